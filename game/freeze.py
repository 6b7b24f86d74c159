"""``make dist``: a standalone one-folder bundle of the game, for PCs without Python.

    python -m game.freeze [--dist DIR] [--no-zip]

PyInstaller (the ``dist`` extra) builds ``dist/flagged/`` for the machine it runs on, with an
executable ``flagged`` (``flagged.exe`` on Windows) and the levels, assets and catalogues inside;
each operating system builds its own. One folder, not one file: a one-file build unpacks itself to a
temporary folder at every start (and every restart by the kiosk's supervisor), and those are the
builds antivirus tools flag. The folder then gets the licences, a short READ-ME for facilitators and
the workshop guides, is measured against ``MAX_BUNDLE_MB`` and zipped beside itself.

Babel is left out: the game reads its catalogues without it (``game.i18n``), and its locale data
alone would be a third of the bundle. On Windows the build is windowed, so no console window opens
behind the game; its notices go to the data dir's ``logs/flagged.log`` (``game.app.frozen``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from game import __version__

REPO_ROOT = Path(__file__).resolve().parent.parent
NAME = "flagged"
MAX_BUNDLE_MB = 110  # unpacked, the whole folder: a festival PC's download and its USB stick
# Inside the bundle, where the game's modules find them (game.app.options, game.render.art, game.i18n).
DATA = (("levels", "levels"), ("assets/fonts", "assets/fonts"), ("assets/sounds", "assets/sounds"),
        ("assets/sprites", "assets/sprites"), ("assets/tiles", "assets/tiles"),
        ("assets/LICENSE-art.md", "assets"), ("game/locale", "game/locale"))
# Never needed at run time; pulled in only because something mentions them. The game has no network,
# so ssl and OpenSSL (5 MB) stay out too: only the standard library's web modules would use them.
EXCLUDED = ("babel", "ssl", "_ssl", "_hashlib", "tkinter", "pytest", "_pytest", "hypothesis", "ruff",
            "setuptools", "pip", "PyInstaller", "IPython", "matplotlib", "PIL")
# Beside the executable in the folder: what a facilitator reads first, and what the licences ask.
BESIDE = (("docs/READ-ME.txt", "READ-ME.txt"), ("LICENSE", "LICENSE"),
          ("LICENSE-CC-BY-4.0.md", "LICENSE-CC-BY-4.0.md"), ("assets/fonts/OFL.txt", "LICENSE-font-OFL.txt"),
          ("assets/LICENSE-art.md", "LICENSE-art.md"), ("docs/workshop.md", "docs/workshop.md"),
          ("docs/workshop.nl.md", "docs/workshop.nl.md"), ("docs/title_nl.png", "docs/title_nl.png"),
          ("docs/play_nl.png", "docs/play_nl.png"), ("docs/debrief_nl.png", "docs/debrief_nl.png"),
          ("docs/compare.png", "docs/compare.png"))


class FreezeError(Exception):
    """The build cannot go on; the message is the one line the user sees."""


def executable_name() -> str:
    return f"{NAME}.exe" if sys.platform == "win32" else NAME


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``: which machines the zip is for."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def pyinstaller_arguments(dist: Path, work: Path, windowed: bool) -> list[str]:
    """The PyInstaller command line for the one-folder bundle (paths absolute: the spec lives in work)."""
    arguments = [str(REPO_ROOT / "main.py"), "--name", NAME, "--onedir", "--noconfirm", "--clean",
                 "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work / "build"),
                 "--specpath", str(work), "--collect-submodules", "game"]
    for source, target in DATA:
        arguments += ["--add-data", f"{REPO_ROOT / source}{os.pathsep}{target}"]
    for module in EXCLUDED:
        arguments += ["--exclude-module", module]
    if windowed:
        arguments.append("--windowed")
    return arguments


def strip_python(bundle: Path) -> None:
    """Drop the debug symbols of the Python runtime (18 MB in libpython alone where Python was built
    from source). Only Python's own files: the libraries that wheels bring (``numpy.libs``, SDL) are
    patched by auditwheel in ways that ``strip`` breaks, and they come stripped anyway."""
    strip = shutil.which("strip")
    if sys.platform == "win32" or strip is None:
        return
    internal = bundle / "_internal"
    runtime = [*internal.glob("libpython*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    for path in runtime:
        if path.is_file() and not path.is_symlink():
            subprocess.run([strip, "--strip-debug", str(path)], check=False)


def folder_size(folder: Path) -> tuple[int, int]:
    """Files and bytes in ``folder``, as unpacked on disk (symbolic links counted once, as links)."""
    files = size = 0
    for path in folder.rglob("*"):
        if path.is_file() or path.is_symlink():
            files += 1
            size += path.lstat().st_size
    return files, size


def add_beside(bundle: Path) -> None:
    for source, target in BESIDE:
        destination = bundle / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / source, destination)


def zip_folder(bundle: Path, archive: Path) -> None:
    """Zip ``bundle`` as one top folder; the executable keeps its execute bit (unzip restores it)."""
    archive.unlink(missing_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for path in sorted(bundle.rglob("*")):
            name = Path(bundle.name) / path.relative_to(bundle)
            if path.is_symlink():
                info = zipfile.ZipInfo(name.as_posix())
                info.external_attr = 0o120777 << 16  # stored as a link, as unzip and macOS expect
                out.writestr(info, os.readlink(path))
            elif path.is_file():
                out.write(path, name.as_posix())


def build(dist: Path, *, make_zip: bool = True, windowed: bool | None = None) -> Path:
    """Build ``dist/flagged/`` (and its zip); returns the bundle's folder. Raises FreezeError."""
    try:
        import PyInstaller  # noqa: F401  (only to say how to get it)
    except ImportError:
        raise FreezeError("PyInstaller is not installed: pip install -e '.[dist]', or make dist") from None
    windowed = sys.platform == "win32" if windowed is None else windowed
    work = REPO_ROOT / "build" / "pyinstaller"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "PyInstaller",
                           *pyinstaller_arguments(dist.resolve(), work, windowed)], cwd=REPO_ROOT)
    if done.returncode != 0:
        raise FreezeError(f"PyInstaller failed (exit code {done.returncode}); its messages are above")
    bundle = dist / NAME
    if not (bundle / executable_name()).is_file():
        raise FreezeError(f"PyInstaller made no {bundle / executable_name()}")
    strip_python(bundle)
    add_beside(bundle)
    files, size = folder_size(bundle)
    megabytes = size / 1e6
    print(f"freeze: {bundle}: {files} files, {megabytes:.1f} MB unpacked (at most {MAX_BUNDLE_MB}), "
          f"built in {time.perf_counter() - started:.0f} s")
    if megabytes > MAX_BUNDLE_MB:
        raise FreezeError(f"the bundle is {megabytes:.1f} MB, over {MAX_BUNDLE_MB} MB: "
                          "see what is in it with du -a | sort -n")
    if make_zip:
        archive = dist / f"{NAME}-{__version__}-{platform_tag()}.zip"
        zip_folder(bundle, archive)
        print(f"freeze: {archive}: {archive.stat().st_size / 1e6:.1f} MB")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.freeze", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--no-zip", action="store_true", help="build the folder only")
    look = parser.add_mutually_exclusive_group()
    look.add_argument("--windowed", action="store_true", default=None,
                      help="no console window (the default on Windows)")
    look.add_argument("--console", dest="windowed", action="store_false",
                      help="a console window for messages (the default elsewhere)")
    args = parser.parse_args(argv)
    try:
        build(args.dist, make_zip=not args.no_zip, windowed=args.windowed)
    except (FreezeError, OSError) as error:
        sys.stderr.write(f"freeze: {error}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
