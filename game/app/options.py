"""The command line (DESIGN.md, "The command line"): parsed once, into one frozen record.

Every option has a sensible default, so ``python main.py`` plays. A bad option ends with one
clear line on stderr and exit code 2, never a usage dump or a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import stat
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from game.app.settings import MAX_DISPLAYS
from game.level.story import first_scenario

REPO_ROOT = Path(__file__).resolve().parents[2]
LEVELS_DIR = REPO_ROOT / "levels"
ASSETS_DIR = REPO_ROOT / "assets"
DEFAULT_LEVEL = first_scenario(LEVELS_DIR)  # the first scenario the stories name
OUTPUT_PROBE_BYTES = 64 * 1024  # written and removed to check an output path: about one run file
MAX_SEED = 2**32 - 1  # game.events.MAX_SEED: what a run file, and so replay, accepts
_PROFILE_CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")  # a text attribute is a code, never free text


class OptionError(Exception):
    """A bad option; the message is the one line the user sees."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but an error is one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"flagged: {message} (see python main.py --help)\n")
        raise SystemExit(2)


@dataclass(frozen=True)
class Options:
    level: Path
    lang: str | None
    seed: int | None
    fullscreen: bool
    size: tuple[int, int]
    kiosk: bool
    headless: bool
    autoplay: bool
    frames: int | None
    fps: int
    screenshot: Path | None
    run_out: Path | None
    trace: Path | None
    profile: dict[str, Any]
    data_dir: Path | None
    supervised: bool = False  # a kiosk run started by the supervisor (which adds the flag)
    out_of_order: bool = False  # show only the calm "out of order" screen
    display: int | None = None  # the monitor (from 1) for fullscreen; None: the settings' choice


def resolve_level(name_or_path: str) -> Path:
    """A level by name from ``levels/``, or a path to a ``.tmx`` file."""
    path = Path(name_or_path)
    if path.suffix == ".tmx":
        if not path.is_file():
            raise OptionError(f"--level: no such level file: {path}")
        return path
    candidate = LEVELS_DIR / f"{name_or_path}.tmx"
    if candidate.is_file():
        return candidate
    known = ", ".join(sorted(p.stem for p in LEVELS_DIR.glob("*.tmx"))) or "none"
    raise OptionError(f"--level: no level called {name_or_path!r} (levels: {known})")


def parse_profile_value(text: str) -> Any:
    """``true``/``false`` become bools, numbers become numbers, anything else stays text."""
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "1"):
        return True
    if lowered in ("false", "no", "0"):
        return False
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def parse_profile(items: list[str]) -> dict[str, Any]:
    profile: dict[str, Any] = {}
    for item in items:
        key, separator, value = item.partition("=")
        if not separator or not key.strip():
            raise OptionError(f"--profile: {item[:40]!r} is not KEY=VALUE")
        profile[key.strip()] = parse_profile_value(value)
    return profile


def _same_kind(declared: object, value: object) -> bool:
    if isinstance(declared, bool) or isinstance(value, bool):
        return isinstance(declared, bool) and isinstance(value, bool)
    if isinstance(declared, int):
        return isinstance(value, int)
    if isinstance(declared, float):
        return isinstance(value, (int, float))
    return isinstance(value, str) and bool(_PROFILE_CODE.fullmatch(value))


def check_profile(level_name: str, declared: Mapping[str, object], profile: Mapping[str, object]) -> None:
    """Refuse a --profile that is not one of the level's declared hidden attributes, or not of its
    type (the game keeps nothing personal: no names, no free text in a run file)."""
    known = ", ".join(f"{key} ({type(value).__name__})" for key, value in sorted(declared.items())) or "none"
    for key, value in profile.items():
        if key not in declared:
            raise OptionError(f"--profile: level {level_name!r} has no hidden attribute {key[:40]!r} "
                              f"(it has: {known})")
        if not _same_kind(declared[key], value):
            kind = type(declared[key]).__name__
            raise OptionError(f"--profile: {key} is a {kind} attribute, not {str(value)[:40]!r}")


def check_output(path: Path | None, option: str, *, stream: bool = False) -> None:
    """Refuse, before a run starts, an output path that cannot be written (a folder, a device,
    ``/proc``, a read-only place), so a run is never played to be lost at its end. A ``stream``
    (the trace) may also go to a pipe or a terminal, such as ``/dev/stdout``."""
    if path is None:
        return
    try:
        if path.is_dir():
            raise OptionError(f"{option}: {path} is a folder, not a file")
        mode = path.stat().st_mode if path.exists() else 0
        if stream and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)) and os.access(path, os.W_OK):
            return
        if path.exists() and not path.is_file():
            raise OptionError(f"{option}: {path} is not a regular file")
        blocker = next((folder for folder in path.parents if folder.exists() and not folder.is_dir()), None)
        if blocker is not None:  # mkdir would only say "File exists"
            raise OptionError(f"{option}: cannot write {path} ({blocker} is a file, not a folder)")
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".flagged-check-") as probe:
            probe.write(bytes(OUTPUT_PROBE_BYTES))  # room for a run file: a full disk fails now
            probe.flush()
            os.fsync(probe.fileno())
    except OptionError:
        raise
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        raise OptionError(f"{option}: cannot write {path} ({reason})") from None


def window_size(text: str) -> tuple[int, int]:
    width, separator, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x720") from None
    if not separator or not (320 <= size[0] <= 7680 and 240 <= size[1] <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size between 320x240 and 7680x4320")
    return size


def _seed(text: str) -> int:
    try:
        value = int(text) if len(text) <= 12 else -1
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a whole number") from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a seed from 0 to {MAX_SEED}")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text) if len(text) <= 12 else int("too long")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is negative")
    return value


def _monitor(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a monitor's number (1, 2, ...)") from None
    if not 1 <= value <= MAX_DISPLAYS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a monitor's number from 1 to {MAX_DISPLAYS}")
    return value


def play_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python main.py", description="Flagged: reach the court before 10:00.",
                     epilog="Subcommands: check LEVEL..., replay RUN.json, debrief RUN.json --png OUT.png, "
                            "stats [--db PATH] [--csv] [--png OUT.png] [--by preset], "
                            "import-osm EXTRACT.osm --out levels/NAME.tmx")
    parser.add_argument("--level", default=DEFAULT_LEVEL, help="a level from levels/ by name, or a .tmx path")
    parser.add_argument("--lang", choices=("en", "nl"), help="language (default: the system's, else English)")
    parser.add_argument("--seed", type=_seed, help=f"seed of the run, 0 to {MAX_SEED} (default: random)")
    display = parser.add_mutually_exclusive_group()
    display.add_argument("--fullscreen", action="store_true", help="fullscreen at the desktop resolution")
    display.add_argument("--windowed", action="store_true", help="a resizable window (the default)")
    parser.add_argument("--size", type=window_size, default=(1280, 720),
                        help="window size, WxH (default 1280x720)")
    parser.add_argument("--display", type=_monitor, metavar="N",
                        help="the monitor for fullscreen, counted from 1 (default: the settings', else 1)")
    parser.add_argument("--kiosk", action="store_true", help="exhibition mode")
    parser.add_argument("--headless", action="store_true", help="no window and no sound (dummy drivers)")
    parser.add_argument("--autoplay", action="store_true", help="the built-in bot plays")
    parser.add_argument("--frames", type=_non_negative, help="quit after N frames")
    parser.add_argument("--fps", type=_non_negative, default=60, help="frame cap (0 = uncapped)")
    parser.add_argument("--screenshot", type=Path, help="save the last frame as PNG on exit")
    parser.add_argument("--run-out", type=Path, help="write the run file here when the run ends or on exit")
    parser.add_argument("--trace", type=Path, help="write JSON lines of screen changes and endings")
    parser.add_argument("--profile", action="append", default=[], metavar="KEY=VALUE",
                        help="override a hidden attribute of the player (repeatable)")
    parser.add_argument("--data-dir", type=Path, help="where settings, runs and logs live")
    parser.add_argument("--supervised", action="store_true",
                        help="kiosk: run in this process, not under the restarting supervisor")
    parser.add_argument("--out-of-order", action="store_true",
                        help="show only the 'out of order, please tell the staff' screen")
    return parser


def parse_play(argv: list[str]) -> Options:
    """Parse the options of a play session; raises OptionError or SystemExit(2)."""
    args = play_parser().parse_args(argv)
    outputs = ((args.run_out, "--run-out"), (args.trace, "--trace"), (args.screenshot, "--screenshot"))
    for path, option in outputs:
        check_output(path, option, stream=option == "--trace")
    return Options(
        level=resolve_level(args.level), lang=args.lang, seed=args.seed,
        fullscreen=args.fullscreen or (args.kiosk and not args.windowed), size=args.size, kiosk=args.kiosk,
        headless=args.headless, autoplay=args.autoplay, frames=args.frames, fps=args.fps,
        screenshot=args.screenshot, run_out=args.run_out, trace=args.trace,
        profile=parse_profile(args.profile), data_dir=args.data_dir,
        supervised=args.supervised, out_of_order=args.out_of_order, display=args.display,
    )
