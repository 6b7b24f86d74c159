"""The program: the command line, its subcommands, and the promise of no traceback on screen.

Anything that goes wrong ends with one clear line on stderr and exit code 2 (bad input) or 1 (a bug,
whose traceback goes to the data dir's ``logs/``, not to the player). ``--kiosk`` runs the game as a
child of the supervisor (``game.app.supervisor``), which restarts it after a crash; the child gets
``--supervised``, and ``--out-of-order`` after too many crashes.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

from game.app.commands import check_command, debrief_command, fail, import_osm_command, replay_command
from game.app.options import OptionError, parse_play
from game.app.stats import stats_command

SUBCOMMANDS = {"check": check_command, "replay": replay_command, "debrief": debrief_command,
               "stats": stats_command, "import-osm": import_osm_command}

EXIT_BAD_INPUT = 2
EXIT_BUG = 1


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("flagged", appauthor=False))


def _log_crash(data_dir: Path) -> Path | None:
    try:
        logs = data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log"
        path.write_text(traceback.format_exc(), encoding="utf-8")
        return path
    except OSError:
        return None


def main(argv: list[str]) -> int:
    """Run the command line; returns the exit code."""
    if argv and argv[0] in SUBCOMMANDS:
        return SUBCOMMANDS[argv[0]](argv[1:])
    try:
        options = parse_play(argv)
    except OptionError as error:
        return fail(str(error))
    data_dir = options.data_dir or default_data_dir()
    if options.kiosk and not options.supervised:
        from game.app.supervisor import child_command, supervise

        return supervise(child_command(argv), data_dir)
    try:
        from game.app.loop import App
        from game.level import LevelError
        from game.render import AssetError
        from game.screens.out_of_order import OutOfOrderScreen
        from game.screens.title import TitleScreen

        first_screen = OutOfOrderScreen if options.out_of_order else TitleScreen
        try:
            return App(options, data_dir, first_screen=first_screen).run()
        except LevelError as error:
            more = len(error.problems) - 1
            hint = f" (and {more} more; see python main.py check)" if more else ""
            return fail(f"{error.problems[0]}{hint}")
        except AssetError as error:
            return fail(str(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last line of defence: no traceback reaches a visitor
        log = _log_crash(data_dir)
        where = f" (details in {log})" if log else ""
        sys.stderr.write(f"flagged: something went wrong: {type(error).__name__}: {error}{where}\n")
        return EXIT_BUG
