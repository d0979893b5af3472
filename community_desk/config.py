"""Where things live: the database (platformdirs, --db, COMMUNITY_DESK_DB), its backups, bundled resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import user_data_path

from community_desk import APP_NAME

DB_ENV_VAR = "COMMUNITY_DESK_DB"
DB_FILE_NAME = "community_desk.sqlite3"
DEMO_DB_FILE_NAME = "demo.sqlite3"


def data_dir() -> Path:
    """The per-user data folder, e.g. %LOCALAPPDATA%\\CommunityDesk on Windows."""
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """--db wins, then the COMMUNITY_DESK_DB variable, then the platform data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database they protect, in a `backups` folder."""
    return db_path.parent / "backups"


def resource_path(*parts: str) -> Path:
    """A bundled resource: from the installed package, or from the repository's resources/ in a checkout."""
    try:
        base = resources.files("community_desk.resources")
    except ModuleNotFoundError:  # running from a checkout that was never installed
        pass
    else:
        for part in parts:
            base = base / part
        candidate = Path(str(base))
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parent.parent.joinpath("resources", *parts)
