"""The command line (DESIGN.md, "The command line"): parsed once, into one frozen record.

Every option has a sensible default, so ``python main.py`` plays. A bad option ends with one
clear line on stderr and exit code 2, never a usage dump or a traceback.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

REPO_ROOT = Path(__file__).resolve().parents[2]
LEVELS_DIR = REPO_ROOT / "levels"
ASSETS_DIR = REPO_ROOT / "assets"
DEFAULT_LEVEL = "hearing_day"


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
            raise OptionError(f"--profile: {item!r} is not KEY=VALUE")
        profile[key.strip()] = parse_profile_value(value)
    return profile


def window_size(text: str) -> tuple[int, int]:
    width, separator, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x720") from None
    if not separator or not (320 <= size[0] <= 7680 and 240 <= size[1] <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size between 320x240 and 7680x4320")
    return size


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative")
    return value


def play_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python main.py", description="Flagged: reach the court before 10:00.",
                     epilog="Subcommands: check LEVEL..., replay RUN.json, debrief RUN.json --png OUT.png, "
                            "stats [--db PATH] [--csv] [--png OUT.png] [--by preset], "
                            "import-osm EXTRACT.osm --out levels/NAME.tmx")
    parser.add_argument("--level", default=DEFAULT_LEVEL, help="a level from levels/ by name, or a .tmx path")
    parser.add_argument("--lang", choices=("en", "nl"), help="language (default: the system's, else English)")
    parser.add_argument("--seed", type=_non_negative, help="seed of the run (default: random)")
    display = parser.add_mutually_exclusive_group()
    display.add_argument("--fullscreen", action="store_true", help="fullscreen at the desktop resolution")
    display.add_argument("--windowed", action="store_true", help="a resizable window (the default)")
    parser.add_argument("--size", type=window_size, default=(1280, 720),
                        help="window size, WxH (default 1280x720)")
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
    return Options(
        level=resolve_level(args.level), lang=args.lang, seed=args.seed,
        fullscreen=args.fullscreen or (args.kiosk and not args.windowed), size=args.size, kiosk=args.kiosk,
        headless=args.headless, autoplay=args.autoplay, frames=args.frames, fps=args.fps,
        screenshot=args.screenshot, run_out=args.run_out, trace=args.trace,
        profile=parse_profile(args.profile), data_dir=args.data_dir,
        supervised=args.supervised, out_of_order=args.out_of_order,
    )
