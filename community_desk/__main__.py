from community_desk.cli import main

raise SystemExit(main())
