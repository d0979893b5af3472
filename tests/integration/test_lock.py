"""One instance per database: a second one is refused with the holder named, and a crash leaves no stale lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from community_desk.db.lock import DatabaseInUse, HolderInfo, InstanceLock

REPO_ROOT = Path(__file__).resolve().parents[2]

CHILD_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from community_desk.db.lock import InstanceLock

    lock = InstanceLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "社区数据" / "demo.sqlite3"


def test_lock_file_sits_beside_the_database(db_path: Path) -> None:
    with InstanceLock(db_path) as lock:
        assert lock.lock_path == db_path.with_name("demo.sqlite3.lock")
        assert lock.lock_path.exists()


def test_second_lock_in_same_process_is_refused_naming_the_holder(db_path: Path) -> None:
    first = InstanceLock(db_path)
    first.acquire()
    try:
        with pytest.raises(DatabaseInUse) as refused:
            InstanceLock(db_path).acquire()
    finally:
        first.release()

    message = str(refused.value)
    assert message.startswith("数据库正被另一个社区工作台窗口使用（用户 ")
    assert f"进程 {os.getpid()}" in message
    assert message.endswith("起）。请先关闭那个窗口。")
    assert refused.value.holder.pid == os.getpid()


def test_lock_can_be_taken_again_after_release(db_path: Path) -> None:
    with InstanceLock(db_path):
        pass
    second = InstanceLock(db_path)
    second.acquire()
    assert second.held
    second.release()
    assert not second.held
    assert db_path.with_name("demo.sqlite3.lock").exists(), "the file stays; only the OS lock is dropped"


def test_holder_details_are_readable_after_the_reserved_first_byte(db_path: Path) -> None:
    with InstanceLock(db_path) as lock:
        raw = lock.lock_path.read_bytes()
        holder = InstanceLock(db_path).read_holder()
    assert raw[:1] == b"\n"
    assert holder.pid == os.getpid()
    assert holder.since is not None
    assert InstanceLock(db_path).read_holder() == HolderInfo(), "release blanks the details"


def test_garbled_lock_file_still_gives_a_message() -> None:
    holder = HolderInfo.from_bytes(b'{"user": "\xe5')
    assert holder == HolderInfo()
    assert "进程 未知" in str(DatabaseInUse(Path("x.sqlite3"), holder))


def test_lock_held_by_another_process_is_refused_until_that_process_dies(db_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_SCRIPT, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked", child.stderr.read() if child.stderr else ""

        with pytest.raises(DatabaseInUse, match=f"进程 {child.pid}，"):
            InstanceLock(db_path).acquire()

        child.kill()  # a crash: no release(), no cleanup
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()

    with InstanceLock(db_path) as lock:
        assert lock.read_holder().pid == os.getpid()
