"""The subcommands: ``check``, ``replay`` and ``debrief`` (DESIGN.md, "The command line")."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

from game import __version__
from game.app.data_dir import default_data_dir
from game.app.options import (
    DEFAULT_LEVEL,
    LEVELS_DIR,
    OneLineParser,
    OptionError,
    Options,
    check_output,
    check_profile,
    parse_profile,
    resolve_level,
    window_size,
)
from game.app.runs import read_run_file
from game.events import RunFileError, RunRecord
from game.level import Level, LevelError, load_level

EXIT_OK = 0
EXIT_DIFFERS = 1
EXIT_BAD_INPUT = 2


def fail(message: str) -> int:
    """Say one line on stderr (newlines in it flattened, its length bounded) and give exit code 2."""
    line = " ".join(message.split("\n"))
    sys.stderr.write(f"flagged: {line[:2000]}\n")
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
            level = load_level(path)
            problems = drawing_problems(level)
        except LevelError as error:
            problems = [str(problem) for problem in error.problems]
        if problems:
            status = EXIT_BAD_INPUT
            for problem in problems:
                print(problem)
        else:
            print(f"{path}: ok")
    return status


def drawing_problems(level: Level) -> list[str]:
    """What play would fail to draw from a level that loads: its tileset images, decoded as the
    world view decodes them (a PNG header can be sound over a broken body), each a line naming the
    file."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.render import Art, AssetError

    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    try:
        Art(LEVELS_DIR.parent / "assets", {}, {}).map_data(level)
    except AssetError as error:
        return [str(error)]
    return []


def check_preset(path: Path) -> int:
    """A rule preset (``presets/NAME.json``) checked against the level it names, from ``levels/``."""
    from game.system.presets import ACTIVE_FILE, PresetError, read_json_capped, read_preset

    try:
        data = read_json_capped(path)
        if path.name == ACTIVE_FILE:
            return check_active_choice(path, data)
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


def check_active_choice(path: Path, data: object) -> int:
    """``presets/active.json``, the kiosk's choice of preset by name, beside the presets: so that
    ``check presets/*.json`` passes on a sound data dir, it is checked as a choice, not as a preset."""
    from game.system.presets import NAME

    name = data.get("name", False) if isinstance(data, dict) and set(data) <= {"name"} else False
    if name is None:
        print(f"{path}: ok (the kiosk's choice: no preset, the level as it is)")
        return EXIT_OK
    if not isinstance(name, str) or not NAME.fullmatch(name):
        print(f"{path}: not the kiosk's choice of preset (expected {{\"name\": NAME}} or {{\"name\": null}})")
        return EXIT_BAD_INPUT
    if not (path.parent / f"{name}.json").is_file():
        print(f"{path}: the kiosk's choice names preset {name!r}, but {name}.json is not beside it")
        return EXIT_BAD_INPUT
    print(f"{path}: ok (the kiosk's choice: preset {name})")
    return EXIT_OK


def load_run(path: Path) -> tuple[RunRecord, Level]:
    """A run file and the level it was played on, set up with the run's preset if it had one;
    raises RunFileError or LevelError."""
    from game.system.presets import PresetError, apply_preset, preset_from_stamp

    record = read_run_file(path, expected_version=__version__)
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
    from game.events import write_run
    from game.sim.record import record_of
    from game.sim.replay import Replay, compare

    replay = Replay(record, level, profile)
    world = replay.run_to_end()
    if run_out is not None:
        # The same walk on the same window: the cameras on her screen are the recorded run's.
        write_run(run_out, record_of(world, replay.commands[:world.tick], record.cameras_on_screen))
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
        check_profile(level.name, level.profile, profile)
        for path, option in ((args.run_out, "--run-out"), (args.screenshot, "--screenshot")):
            check_output(path, option)
        check_output(args.trace, "--trace", stream=True)
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
    from game.app.loop import App, Services
    from game.screens.replay import ReplayScreen
    from game.sim.replay import Replay

    options = Options(
        level=level.path, lang=args.lang, seed=record.seed, fullscreen=args.fullscreen, size=args.size,
        kiosk=False, headless=args.headless, autoplay=False, frames=args.frames, fps=60,
        screenshot=args.screenshot, run_out=None, trace=args.trace, profile=profile, data_dir=args.data_dir,
    )

    def first_screen(services: Services) -> ReplayScreen:
        replay = Replay(record, level, profile)
        return ReplayScreen(services, replay, system_view=args.system_view, what_if=bool(profile))

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
    from game.render.debrief import file_of_run, render_comparison_png, render_debrief_png

    args = debrief_parser().parse_args(argv)
    if len(args.runs) > 2:
        return fail("debrief: give one run file, or two to compare")
    i18n.set_language(args.lang or i18n.system_language())
    try:
        check_output(args.png, "--png")
        runs = [file_of_run(*load_run(path)) for path in args.runs]
    except (RunFileError, OptionError) as error:
        return fail(str(error))
    except LevelError as error:
        return fail(str(error.problems[0]))
    try:
        if len(runs) == 1:
            render_debrief_png(runs[0], args.png, size=args.size or (1920, 1080))
        elif runs[0].record.level != runs[1].record.level:
            render_scenario_comparison_png(runs[0], runs[1], args.png, size=args.size or (2560, 1440))
        else:
            render_comparison_png(runs[0], runs[1], args.png, size=args.size or (2560, 1440))
    except AssetError as error:
        return fail(str(error))
    except (OSError, RuntimeError) as error:  # pygame.error is a RuntimeError
        return fail(f"{args.png}: cannot write the picture ({getattr(error, 'strerror', None) or error})")
    print(f"wrote {args.png}")
    return EXIT_OK


# --- import-osm -----------------------------------------------------------------------------------


def _lat_lon(text: str) -> tuple[float, float]:
    lat, separator, lon = text.partition(",")
    try:
        point = (float(lat), float(lon))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not LAT,LON, e.g. 52.0907,5.1214") from None
    if not separator or not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
        raise argparse.ArgumentTypeError(f"{text!r} is not LAT,LON, e.g. 52.0907,5.1214")
    return point


def _metres_per_tile(text: str) -> float:
    """A map scale the importer can draw: a finite number of metres, neither a blur nor a speck."""
    from game.level.osm import MAX_METRES_PER_TILE, MIN_METRES_PER_TILE  # only import-osm needs osm

    try:
        metres = float(text)
    except ValueError:
        metres = math.nan
    if not MIN_METRES_PER_TILE <= metres <= MAX_METRES_PER_TILE:  # False for nan
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of metres from {MIN_METRES_PER_TILE:g} "
                                         f"to {MAX_METRES_PER_TILE:g}")
    return metres


def _title(text: str) -> str:
    """The level's name as the title screen shows it: a line of text, checked before anything is written."""
    from game.level.loader import MAX_TITLE
    from game.level.untrusted import text_problem

    problem = text_problem(text, MAX_TITLE) or ("more than one line" if "\n" in text else None)
    if problem:
        raise argparse.ArgumentTypeError(f"{text[:40]!r}: {problem}")
    return text.strip()


def import_osm_parser() -> argparse.ArgumentParser:
    from game.level.osm import MAX_METRES_PER_TILE, MIN_METRES_PER_TILE  # at use: start-up skips osm

    parser = OneLineParser(prog="python main.py import-osm",
                           description="Build a playable level from an OpenStreetMap extract, offline.")
    parser.add_argument("extract", type=Path, help="an .osm (XML) or Overpass JSON extract")
    parser.add_argument("--out", type=Path, required=True,
                        help="the level to write, e.g. levels/our_streets.tmx")
    parser.add_argument("--title", type=_title, default="Our streets",
                        help="the level's name as the player sees it")
    parser.add_argument("--home", type=_lat_lon, metavar="LAT,LON", help="the home's building (default: "
                        "the house farthest from the court)")
    parser.add_argument("--court", type=_lat_lon, metavar="LAT,LON", help="the court's building (default: a "
                        "courthouse, a town hall, or the largest building)")
    parser.add_argument("--gates", type=int, choices=range(0, 5), default=2,
                        help="checkpoint gates on the way from home to court (default 2)")
    parser.add_argument("--metres-per-tile", type=_metres_per_tile, default=4.0,
                        help=f"map scale, {MIN_METRES_PER_TILE:g} to {MAX_METRES_PER_TILE:g} (default 4)")
    parser.add_argument("--replace", action="store_true",
                        help="write over a level of that name (default: refuse, so a shipped level or an "
                             "earlier import is never lost by a typo)")
    parser.add_argument("--rules-from", default=DEFAULT_LEVEL,
                        help=f"the level whose hidden rules the new level takes (default {DEFAULT_LEVEL})")
    parser.add_argument("--preset", type=Path, help="a rule preset for that level: only its rules, "
                        "told as it says, with its hidden attributes")
    return parser


def _without_dropped(when: dict[str, Any], dropped: set[str]) -> dict[str, Any] | None:
    """A rule's conditions without the options that wait for a dropped rule; None if it never holds."""
    if when.get("fired") in dropped:
        return None
    if "any" not in when:
        return when
    options = [kept for option in when["any"] if (kept := _without_dropped(option, dropped)) is not None]
    if not options:
        return None
    return {**when, "any": options}


def rules_from_preset(data: dict[str, object], preset: object | None) -> dict[str, object]:
    """A rules file's data as a preset sets it: its rules off dropped (and any rule that waits for
    one of them, which could never fire), told as it says, its hidden attributes."""
    from game.system.presets import Preset

    rules = [dict(rule) for rule in data.get("rules", [])]  # type: ignore[union-attr]
    profile = dict(data.get("profile", {}))  # type: ignore[call-overload]
    if isinstance(preset, Preset):
        profile.update(preset.profile)
        dropped = {rule_id for rule_id, choice in preset.rules.items() if not choice.active}
        changed = True
        while changed:
            changed = False
            for rule in rules:
                if rule["id"] in dropped:
                    continue
                when = _without_dropped(rule.get("when", {}), dropped)
                if when is None:
                    dropped.add(rule["id"])
                    changed = True
                else:
                    rule["when"] = when
        rules = [rule for rule in rules if rule["id"] not in dropped]
        for rule in rules:
            choice = preset.rules.get(str(rule["id"]))
            if choice is not None:
                rule["told"] = choice.told
    return {"profile": profile, "rules": rules}


def import_osm_command(argv: list[str]) -> int:
    """``import-osm EXTRACT --out levels/NAME.tmx``: the level, its rules file, then ``check`` on it."""
    import json
    import os

    from game.level.osm import (
        CREDIT,
        LEVEL_NAME,
        LICENCE,
        ImportOptions,
        OsmError,
        Tileset,
        plan_level,
        read_extract,
        tmx_text,
    )
    from game.system.presets import PresetError, read_preset

    args = import_osm_parser().parse_args(argv)
    out: Path = args.out
    if out.suffix != ".tmx" or not LEVEL_NAME.fullmatch(out.stem):
        return fail(f"import-osm: --out {out}: name a .tmx file of letters, digits, - and _, "
                    "e.g. levels/our_streets.tmx")
    rules_out = out.parent / f"{out.stem}.rules.json"
    existing = next((path for path in (out, rules_out) if path.exists()), None)
    if existing is not None and not args.replace:
        return fail(f"import-osm: --out {out}: {existing} exists; choose another name, or add --replace "
                    "to write over it")
    source = LEVELS_DIR / f"{args.rules_from}.rules.json"
    if not LEVEL_NAME.fullmatch(args.rules_from) or not source.is_file():
        return fail(f"import-osm: --rules-from: no level {args.rules_from!r} with rules in {LEVELS_DIR}")
    try:
        preset = None
        if args.preset is not None:
            preset = read_preset(args.preset, load_level(LEVELS_DIR / f"{args.rules_from}.tmx"))
        rules = rules_from_preset(json.loads(source.read_text(encoding="utf-8")), preset)
        extract = read_extract(args.extract)
        options = ImportOptions(title=args.title, home=args.home, court=args.court, gates=args.gates,
                                metres_per_tile=args.metres_per_tile)
        tileset = Tileset()
        plan = plan_level(extract, options, tileset)
    except (OsmError, PresetError) as error:
        text = str(error)
        where = "" if text.startswith(str(args.extract)) else f"{args.extract}: "
        return fail(f"import-osm: {where}{text}")
    except LevelError as error:
        return fail(f"import-osm: --rules-from: {error.problems[0]}")
    guessed = sum(1 for camera in plan.cameras if camera.guessed)
    properties = {
        "title": args.title, "rules": f"{out.stem}.rules.json",
        "start_time": "08:00", "hearing_time": "10:00",
        "credit": CREDIT, "licence": LICENCE,
        "source": f"OpenStreetMap extract {args.extract.name}; cameras whose 'guessed' property is set "
                  "have defaults where OSM said nothing",
    }
    if preset is not None:
        properties["rules_preset"] = f"{preset.name} ({preset.content_hash}) of {args.rules_from}"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tileset_source = os.path.relpath(tileset.path, out.parent.resolve())
        rules_text = json.dumps(rules, indent=2, ensure_ascii=False) + "\n"
        rules_out.write_text(rules_text, encoding="utf-8")
        map_text = tmx_text(plan, tileset, tileset_source.replace(os.sep, "/"), properties)
        out.write_text(map_text, encoding="utf-8")
    except OSError as error:
        return fail(f"import-osm: {out}: cannot write ({error.strerror or error})")
    height, width = plan.tiles.shape
    skipped = f", {plan.skipped_indoor} indoor skipped" if plan.skipped_indoor else ""
    print(f"wrote {out}: {width}x{height} tiles, {len(plan.cameras)} cameras ({guessed} with guessed "
          f"values){skipped}; {CREDIT}")
    return check_command([str(out)])
