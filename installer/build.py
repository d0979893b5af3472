"""Build the frozen 社区工作台 with PyInstaller, then smoke-test the executables that came out.

    python installer/build.py                  # build into <temp>/community-desk-build, then smoke-test
    python installer/build.py --out D:\\build   # somewhere else
    python installer/build.py --skip-build     # smoke-test an existing build again
    python installer/build.py --installer      # Windows: also compile the Inno Setup installer (iscc)

PyInstaller is a build tool, not a dependency of the program: when the current Python lacks it, it is
installed with pip into the current environment. Output never goes into the repository.
Exit status 0 only when the build and every smoke test passed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "installer" / "community_desk.spec"
ISS = REPO / "installer" / "community_desk.iss"
IS_WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""
APP_DIR = "CommunityDesk"  # COLLECT name in the spec
GUI_EXE = "CommunityDesk" + EXE_SUFFIX
CLI_EXE = "community-desk-cli" + EXE_SUFFIX
CONTENTS_DIR = "_internal"  # PyInstaller ≥ 6 onedir layout
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"

# A valid GB 11643 number (check character X) and what check-id must say about it.
SMOKE_ID = "11010519491231002X"
SMOKE_BIRTH_LINE = "出生日期：1949-12-31"
SMOKE_BAD_ID = "110105194912310021"  # same number, wrong check character
SMOKE_HOUSEHOLDS = 50
TIMEOUT_SECONDS = 180


class SmokeFailure(Exception):
    """A smoke test saw something other than what a working program produces."""


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}"


def log(message: str = "") -> None:
    print(message, flush=True)


def read_version() -> str:
    text = (REPO / "community_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise SystemExit("community_desk/__init__.py has no __version__")
    return match.group(1)


# --- preparing -----------------------------------------------------------------------------------------------


def ensure_pyinstaller() -> str:
    """PyInstaller's version, after installing it with pip into this environment if it is missing or too old."""
    try:
        import PyInstaller
        from packaging.requirements import Requirement

        if Requirement(PYINSTALLER_REQUIREMENT).specifier.contains(PyInstaller.__version__):
            return PyInstaller.__version__
    except ImportError:
        pass
    log(f"Installing {PYINSTALLER_REQUIREMENT} into {sys.prefix} (build tool only) …")
    subprocess.run([sys.executable, "-m", "pip", "install", "--upgrade", PYINSTALLER_REQUIREMENT], check=True)
    version = subprocess.run(
        [sys.executable, "-c", "import PyInstaller; print(PyInstaller.__version__)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return version


def check_requirements() -> list[str]:
    """Problems with the installed runtime dependencies: what gets frozen is what is installed here."""
    from importlib import metadata

    from packaging.requirements import Requirement

    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    problems = []
    for line in pyproject["project"]["dependencies"]:
        requirement = Requirement(line)
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            problems.append(f"{requirement.name} is not installed (run: pip install .)")
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            problems.append(f"{requirement.name} {installed} does not satisfy {line!r} (run: pip install .)")
    return problems


def run_pyinstaller(dist: Path, work: Path, *, clean: bool) -> float:
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
    ]
    if clean:
        command.append("--clean")
    log(f"$ {subprocess.list2cmdline(command)}")
    subprocess.run(command, check=True, cwd=work.parent)
    return time.perf_counter() - started


# --- running the frozen program ------------------------------------------------------------------------------


def smoke_environment(home: Path) -> dict[str, str]:
    """The caller's environment, minus anything that could point the program at a real database or settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNITY_DESK_")}
    env["COMMUNITY_DESK_LANG"] = "zh_CN"
    # Linux: QSettings and platformdirs follow XDG. Windows has no such variable: the window test saves its
    # size to %APPDATA%\CommunityDesk\CommunityDesk.ini like a real start would (the database is --db anyway).
    if not IS_WINDOWS:
        env["XDG_CONFIG_HOME"] = str(home / "config")
        env["XDG_DATA_HOME"] = str(home / "data")
    return env


def run(exe: Path, args: Sequence[str], env: dict[str, str], timeout: float = TIMEOUT_SECONDS) -> Result:
    started = time.perf_counter()
    try:
        completed = subprocess.run(
            [str(exe), *args], env=env, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired as error:
        raise SmokeFailure(f"{exe.name} {' '.join(args)} did not finish within {timeout:.0f} s") from error
    # The executables run in UTF-8 mode (see the spec), so their pipes carry UTF-8 on every platform.
    return Result(
        completed.returncode,
        completed.stdout.decode("utf-8", errors="replace"),
        completed.stderr.decode("utf-8", errors="replace"),
        time.perf_counter() - started,
    )


def expect(condition: bool, message: str, result: Result) -> None:
    if not condition:
        raise SmokeFailure(f"{message}\n{result.describe()}")
    if "Traceback (most recent call last)" in result.stderr:
        raise SmokeFailure(f"a Python traceback was printed\n{result.describe()}")


@dataclass
class Bundle:
    """The built folder and a scratch folder for the smoke tests."""

    app_dir: Path
    scratch: Path

    @property
    def gui(self) -> Path:
        return self.app_dir / GUI_EXE

    @property
    def cli(self) -> Path:
        return self.app_dir / CLI_EXE

    @property
    def contents(self) -> Path:
        return self.app_dir / CONTENTS_DIR

    @property
    def demo_db(self) -> Path:
        return self.scratch / "demo.sqlite3"

    @property
    def env(self) -> dict[str, str]:
        return smoke_environment(self.scratch)


def source_files_expected_in_bundle() -> Iterator[tuple[Path, Path]]:
    """(file in the checkout, where the frozen program expects it, relative to the contents folder).

    The same rules as the spec: pyproject's package-data patterns (resources/ is community_desk.resources,
    see setup.py), plus the Alembic migrations as source files.
    """
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    for package, patterns in pyproject["tool"]["setuptools"]["package-data"].items():
        source_dir = REPO / "resources" if package == "community_desk.resources" else REPO.joinpath(*package.split("."))
        for pattern in patterns:
            for file in sorted(source_dir.glob(pattern)):
                if file.is_file():
                    yield file, Path(*package.split("."), file.relative_to(source_dir))
    migrations = REPO / "community_desk" / "db" / "migrations"
    for file in sorted(migrations.rglob("*")):
        if file.is_file() and file.suffix in {".py", ".mako"} and "__pycache__" not in file.parts:
            yield file, Path("community_desk", "db", "migrations", file.relative_to(migrations))


def test_layout(bundle: Bundle) -> str:
    """Both executables exist and every data file of the checkout sits where the program looks for it."""
    for exe in (bundle.gui, bundle.cli):
        if not exe.is_file():
            raise SmokeFailure(f"missing executable {exe}")
    missing, differing, count = [], [], 0
    for source, relative in source_files_expected_in_bundle():
        target = bundle.contents / relative
        count += 1
        if not target.is_file():
            missing.append(str(relative))
        elif target.stat().st_size != source.stat().st_size:
            differing.append(str(relative))
    qt_catalogues = [p.name for p in bundle.contents.rglob("qtbase_zh_*.qm")]
    for name in ("qtbase_zh_CN.qm", "qtbase_zh_TW.qm"):
        if name not in qt_catalogues:
            missing.append(name)
    if missing or differing:
        raise SmokeFailure(f"bundle incomplete: missing {missing}, differing from the checkout {differing}")
    networked = [str(p.relative_to(bundle.contents)) for p in bundle.contents.rglob("*") if "Network" in p.name]
    if networked:
        raise SmokeFailure(f"Qt's network module is in the bundle (the spec excludes it): {networked}")
    catalogues = ", ".join(sorted(qt_catalogues))
    return f"{GUI_EXE}, {CLI_EXE}, {count} data files from the checkout, {catalogues}, no Qt network module"


def test_version(bundle: Bundle) -> str:
    result = run(bundle.cli, ["--version"], bundle.env)
    version = read_version()
    expect(result.returncode == 0 and version in result.stdout, f"--version should print {version}", result)
    return result.stdout.strip()


def test_bundle_check(bundle: Bundle) -> str:
    env = {**bundle.env, "COMMUNITY_DESK_BUNDLE_CHECK": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = run(bundle.cli, [], env)
    expect(result.returncode == 0, "the in-bundle check failed", result)
    return "\n" + "\n".join(f"      {line}" for line in result.stdout.strip().splitlines())


def test_check_id(bundle: Bundle) -> str:
    result = run(bundle.cli, ["check-id", SMOKE_ID], bundle.env)
    expect(result.returncode == 0 and SMOKE_BIRTH_LINE in result.stdout, f"expected {SMOKE_BIRTH_LINE}", result)
    refused = run(bundle.cli, ["check-id", SMOKE_BAD_ID], bundle.env)
    expect(refused.returncode == 1 and "校验位" in refused.stderr, "a wrong check character must exit 1", refused)
    return f"{SMOKE_ID} → {SMOKE_BIRTH_LINE}; {SMOKE_BAD_ID} refused: {refused.stderr.strip()}"


def test_demo_data(bundle: Bundle) -> str:
    args = ["demo-data", "--db", str(bundle.demo_db), "--households", str(SMOKE_HOUSEHOLDS)]
    result = run(bundle.cli, args, bundle.env)
    expect(result.returncode == 0 and bundle.demo_db.is_file(), "demo-data should create the database", result)
    connection = sqlite3.connect(bundle.demo_db)
    try:
        residents = connection.execute("SELECT COUNT(*) FROM resident").fetchone()[0]
        households = connection.execute("SELECT COUNT(*) FROM household").fetchone()[0]
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        (integrity,) = connection.execute("PRAGMA integrity_check").fetchone()
    finally:
        connection.close()
    if residents == 0 or households != SMOKE_HOUSEHOLDS or integrity != "ok":
        raise SmokeFailure(f"demo database wrong: {households} households, {residents} residents, {integrity}")
    return f"{households} households, {residents} residents, schema {revision}, in {result.seconds:.1f} s"


def test_backup(bundle: Bundle) -> str:
    target = bundle.scratch / "manual-backups"
    result = run(bundle.cli, ["backup", "--db", str(bundle.demo_db), "--to", str(target)], bundle.env)
    written = sorted(target.glob("*.sqlite3")) if target.is_dir() else []
    expect(result.returncode == 0 and len(written) == 1, "backup should write one checked copy", result)
    return written[0].name


def test_window(bundle: Bundle) -> str:
    """The window opens on the demo database, lists its residents and quits (COMMUNITY_DESK_SMOKE, in the program)."""
    env = {**bundle.env, "COMMUNITY_DESK_SMOKE": "1"}
    offscreen = any(bundle.contents.rglob("*qoffscreen*"))
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"  # no window on screen; otherwise it flashes up for a moment
    result = run(bundle.gui, ["--db", str(bundle.demo_db)], env)
    expect(result.returncode == 0, "the window should open and close cleanly", result)
    listed = re.search(r"smoke ok: (\d+) residents", result.stdout)
    # A windowed Windows exe may have no stdout to print to; there the exit code has to do.
    expect(bool(listed and int(listed.group(1)) > 0) or IS_WINDOWS, "the registry should list residents", result)
    platform = "offscreen" if offscreen else "native"
    shown = listed.group(0) if listed else "exit 0"
    return f"{shown} ({platform} platform) in {result.seconds:.1f} s"


SMOKE_TESTS: tuple[Callable[[Bundle], str], ...] = (
    test_layout,
    test_version,
    test_bundle_check,
    test_check_id,
    test_demo_data,
    test_backup,
    test_window,
)


def smoke_test(app_dir: Path) -> bool:
    with tempfile.TemporaryDirectory(prefix="community-desk-smoke-") as scratch:
        bundle = Bundle(app_dir, Path(scratch))
        failures = 0
        for test in SMOKE_TESTS:
            name = test.__name__.removeprefix("test_")
            try:
                detail = test(bundle)
            except SmokeFailure as error:
                failures += 1
                log(f"  FAIL {name}: {error}")
                continue
            log(f"  ok   {name}: {detail}")
    log(f"Smoke tests: {len(SMOKE_TESTS) - failures}/{len(SMOKE_TESTS)} passed")
    return failures == 0


# --- reporting and packaging ---------------------------------------------------------------------------------


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def report_sizes(app_dir: Path) -> None:
    total = folder_size(app_dir)
    files = sum(1 for f in app_dir.rglob("*") if f.is_file())
    log(f"Size of {app_dir}: {megabytes(total)} in {files} files")
    for exe in (GUI_EXE, CLI_EXE):
        log(f"  {exe}: {megabytes((app_dir / exe).stat().st_size)}")
    contents = app_dir / CONTENTS_DIR
    entries = (p for p in contents.iterdir() if not p.is_symlink())
    parts = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size, p.name) for p in entries), reverse=True)
    log(f"  largest parts of {CONTENTS_DIR}: " + ", ".join(f"{name} {megabytes(size)}" for size, name in parts[:8]))
    files = (f for f in contents.rglob("*") if f.is_file() and not f.is_symlink())  # Linux links libs twice
    biggest = sorted(((f.stat().st_size, f) for f in files), reverse=True)[:5]
    log("  largest files: " + ", ".join(f"{f.name} {megabytes(size)}" for size, f in biggest))


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for folder in (Path(root), Path(root) / "Programs"):  # machine-wide, or a per-user Inno Setup
            candidate = folder / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def iscc_command(iscc: str | Path, app_dir: Path, output_dir: Path) -> list[str]:
    return [
        str(iscc),
        f"/DAppVersion={read_version()}",
        f"/DDistDir={app_dir}",
        f"/O{output_dir}",
        str(ISS),
    ]


def build_installer(app_dir: Path, output_dir: Path) -> bool:
    iscc = find_iscc()
    if not IS_WINDOWS or iscc is None:
        log("Inno Setup (ISCC.exe) not found; it runs on Windows only. By hand:")
        log("  " + subprocess.list2cmdline(iscc_command("iscc", app_dir, output_dir)))
        return False
    command = iscc_command(iscc, app_dir, output_dir)
    log(f"$ {subprocess.list2cmdline(command)}")
    subprocess.run(command, check=True)
    for setup in sorted(output_dir.glob("*.exe")):
        log(f"Installer: {setup} ({megabytes(setup.stat().st_size)})")
    return True


# --- main ----------------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build and smoke-test the frozen 社区工作台.")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "community-desk-build",
        help="build folder; dist/, work/ and installer/ go inside (default: %(default)s)",
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--skip-build", action="store_true", help="only smoke-test an existing build")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    parser.add_argument(
        "--ignore-requirements", action="store_true", help="build even if installed packages do not match pyproject"
    )
    parser.add_argument("--installer", action="store_true", help="then compile installer/community_desk.iss (Windows)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    args = parse_args(argv)
    out = args.out.expanduser().resolve()
    if out.is_relative_to(REPO):
        log(f"Refusing to build inside the repository ({out}); choose --out elsewhere.")
        return 2
    dist, work = out / "dist", out / "work"
    app_dir = dist / APP_DIR
    log(f"社区工作台 {read_version()} — Python {sys.version.split()[0]} on {sys.platform}, build folder {out}")

    if not args.skip_build:
        log(f"PyInstaller {ensure_pyinstaller()}")
        problems = check_requirements()
        for problem in problems:
            log(f"  requirement: {problem}")
        if problems and not args.ignore_requirements:
            log("The installed packages are what gets frozen; fix them or pass --ignore-requirements.")
            return 2
        work.mkdir(parents=True, exist_ok=True)
        try:
            seconds = run_pyinstaller(dist, work, clean=args.clean)
        except subprocess.CalledProcessError as error:
            log(f"PyInstaller failed (exit {error.returncode})")
            return 1
        log(f"Built {app_dir} in {seconds:.0f} s")
    if not app_dir.is_dir():
        log(f"No build at {app_dir}")
        return 1
    report_sizes(app_dir)

    if not args.no_smoke:
        log("Smoke tests of the frozen program:")
        if not smoke_test(app_dir):
            return 1
    if args.installer and not build_installer(app_dir, out / "installer"):
        return 1
    if not args.installer:
        installer_command = iscc_command("iscc", app_dir, out / "installer")
        log("Installer (Windows, Inno Setup 6): " + subprocess.list2cmdline(installer_command))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
