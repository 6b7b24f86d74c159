"""The subcommands: ``check``, ``replay`` and ``debrief`` (DESIGN.md, "The command line")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game import __version__
from game.app.options import (
    LEVELS_DIR,
    OneLineParser,
    OptionError,
    Options,
    parse_profile,
    resolve_level,
    window_size,
)
from game.events import RunFileError, RunRecord, read_run
from game.level import Level, LevelError, load_level

EXIT_OK = 0
EXIT_DIFFERS = 1
EXIT_BAD_INPUT = 2


def fail(message: str) -> int:
    sys.stderr.write(f"flagged: {message}\n")
    return EXIT_BAD_INPUT


def check_command(argv: list[str]) -> int:
    """``check LEVEL...``: exit 0 if all levels are sound, else 2 and one line per problem."""
    if not argv:
        return fail("check: name at least one level file, e.g. python main.py check levels/*.tmx")
    status = EXIT_OK
    for name in argv:
        if name.endswith(".json") and not name.endswith(".rules.json"):
            status = max(status, check_preset(Path(name)))
            continue
        try:
            path = resolve_level(name)
        except OptionError:
            path = Path(name)
        try:
            load_level(path)
        except LevelError as error:
            status = EXIT_BAD_INPUT
            for problem in error.problems:
                print(problem)
        else:
            print(f"{path}: ok")
    return status


def check_preset(path: Path) -> int:
    """A rule preset (``presets/NAME.json``) checked against the level it names, from ``levels/``."""
    from game.system.presets import PresetError, read_json_capped, read_preset

    try:
        data = read_json_capped(path)
        level_name = data.get("level") if isinstance(data, dict) else None
        level_path = LEVELS_DIR / f"{level_name}.tmx"
        if not isinstance(level_name, str) or not level_path.is_file():
            raise PresetError(f"{path}: level: {level_name!r:.60} is not a level in {LEVELS_DIR}")
        preset = read_preset(path, load_level(level_path))
    except PresetError as error:
        print(error)
        return EXIT_BAD_INPUT
    except LevelError as error:
        print(f"{path}: level: {error.problems[0]}")
        return EXIT_BAD_INPUT
    print(f"{path}: ok (preset {preset.name}, {preset.content_hash}, level {preset.level})")
    return EXIT_OK


def load_run(path: Path) -> tuple[RunRecord, Level]:
    """A run file and the level it was played on, set up with the run's preset if it had one;
    raises RunFileError or LevelError."""
    from game.system.presets import PresetError, apply_preset, preset_from_stamp

    record = read_run(path, expected_version=__version__)
    level_path = LEVELS_DIR / f"{record.level}.tmx"
    if not level_path.is_file():
        raise RunFileError(f"{path}: recorded on level {record.level!r}, which is not in {LEVELS_DIR}")
    level = load_level(level_path)
    if record.preset is not None:
        try:
            level = apply_preset(level, preset_from_stamp(record.preset, level))
        except PresetError as error:
            raise RunFileError(f"{path}: {error}") from None
    return record, level


def check_profile(level: Level, profile: dict[str, object]) -> None:
    unknown = sorted(set(profile) - set(level.profile))
    if unknown:
        known = ", ".join(sorted(level.profile)) or "none"
        raise OptionError(f"--profile: level {level.name!r} has no hidden attribute {unknown[0]!r} "
                          f"(it has: {known})")


def replay_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python main.py replay", description="Replay a run from its inputs.")
    parser.add_argument("run", type=Path, help="a run file (JSON)")
    parser.add_argument("--system-view", action="store_true", help="show what the system saw and decided")
    parser.add_argument("--profile", action="append", default=[], metavar="KEY=VALUE",
                        help="what-if: change a hidden attribute and replay the same inputs")
    parser.add_argument("--headless", action="store_true", help="no window: replay, check, write --run-out")
    parser.add_argument("--run-out", type=Path, help="write the replayed run file here")
    parser.add_argument("--lang", choices=("en", "nl"))
    parser.add_argument("--size", type=window_size, default=(1280, 720))
    parser.add_argument("--fullscreen", action="store_true")
    parser.add_argument("--frames", type=int)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--trace", type=Path)
    parser.add_argument("--data-dir", type=Path)
    return parser


def replay_headless(record: RunRecord, level: Level, profile: dict[str, object],
                    run_out: Path | None) -> int:
    """Replay to the end; write the replayed run; say whether it reproduced the record."""
    from game.app.runs import record_of
    from game.events import write_run
    from game.sim.replay import Replay, compare

    replay = Replay(record, level, profile)
    world = replay.run_to_end()
    if run_out is not None:
        write_run(run_out, record_of(world, replay.commands[:world.tick]))
    if profile:
        changed = ", ".join(f"{key}={value}" for key, value in profile.items())
        print(f"what-if ({changed}): ending {world.ending}, recorded ending {record.ending}")
        return EXIT_OK
    verdict = compare(record, world)
    if verdict.matches:
        print(verdict.detail)
        return EXIT_OK
    sys.stderr.write(f"flagged: the replay does not reproduce the run: {verdict.detail}\n")
    return EXIT_DIFFERS


def replay_command(argv: list[str]) -> int:
    args = replay_parser().parse_args(argv)
    try:
        record, level = load_run(args.run)
        profile = parse_profile(args.profile)
        check_profile(level, profile)
    except (RunFileError, OptionError) as error:
        return fail(str(error))
    except LevelError as error:
        return fail(str(error.problems[0]))
    if args.headless and args.frames is None and args.screenshot is None:
        return replay_headless(record, level, profile, args.run_out)
    return replay_window(args, record, level, profile)


def replay_window(args: argparse.Namespace, record: RunRecord, level: Level,
                  profile: dict[str, object]) -> int:
    """The replay on screen (or headless, frame by frame, for a screenshot)."""
    from game.app import default_data_dir
    from game.app.loop import App, Session
    from game.screens.replay import ReplayScreen
    from game.sim.replay import Replay

    options = Options(
        level=level.path, lang=args.lang, seed=record.seed, fullscreen=args.fullscreen, size=args.size,
        kiosk=False, headless=args.headless, autoplay=False, frames=args.frames, fps=60,
        screenshot=args.screenshot, run_out=None, trace=args.trace, profile=profile, data_dir=args.data_dir,
    )

    def first_screen(session: Session) -> ReplayScreen:
        replay = Replay(record, level, profile)
        return ReplayScreen(session, replay, system_view=args.system_view, what_if=bool(profile))

    return App(options, args.data_dir or default_data_dir(), first_screen).run()


def debrief_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python main.py debrief",
                           description="Render a run's file (or two side by side) as one picture.")
    parser.add_argument("runs", type=Path, nargs="+", metavar="RUN.json",
                        help="one run file, or two to compare")
    parser.add_argument("--png", type=Path, required=True, help="where to write the picture")
    parser.add_argument("--size", type=window_size,
                        help="picture size, WxH (default 1920x1080; two files: 2560x1440)")
    parser.add_argument("--lang", choices=("en", "nl"))
    return parser


def debrief_command(argv: list[str]) -> int:
    """``debrief RUN.json [RUN2.json] --png OUT.png``: the file as a picture to project or print; two
    files of one level side by side (the what-if), two of different levels as the scenario comparison."""
    from game import i18n
    from game.render import AssetError
    from game.render.compare import render_scenario_comparison_png
    from game.render.debrief import render_comparison_png, render_debrief_png

    args = debrief_parser().parse_args(argv)
    if len(args.runs) > 2:
        return fail("debrief: give one run file, or two to compare")
    i18n.set_language(args.lang or i18n.system_language())
    try:
        runs = [load_run(path) for path in args.runs]
    except RunFileError as error:
        return fail(str(error))
    except LevelError as error:
        return fail(str(error.problems[0]))
    try:
        if len(runs) == 1:
            render_debrief_png(*runs[0], args.png, size=args.size or (1920, 1080))
        elif runs[0][0].level != runs[1][0].level:
            render_scenario_comparison_png(runs[0], runs[1], args.png, size=args.size or (2560, 1440))
        else:
            render_comparison_png(runs[0], runs[1], args.png, size=args.size or (2560, 1440))
    except AssetError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"{args.png}: cannot write the picture ({error.strerror or error})")
    print(f"wrote {args.png}")
    return EXIT_OK
