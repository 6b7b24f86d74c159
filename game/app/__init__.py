"""The program: the command line, its subcommands, and the promise of no traceback on screen.

Anything that goes wrong ends with one clear line on stderr and exit code 2 (bad input) or 1 (a bug,
whose traceback goes to the data dir's ``logs/``, not to the player). ``--kiosk`` runs the game as a
child of the supervisor (``game.app.supervisor``), which restarts it after a crash; the child gets
``--supervised``, and ``--out-of-order`` after too many crashes.
"""

from __future__ import annotations

import os
import signal
import sys
import time
import traceback
from pathlib import Path

from game.app.commands import check_command, debrief_command, fail, import_osm_command, replay_command
from game.app.data_dir import default_data_dir
from game.app.frozen import attach_missing_streams
from game.app.options import OptionError, parse_play
from game.app.stats import stats_command

SUBCOMMANDS = {"check": check_command, "replay": replay_command, "debrief": debrief_command,
               "stats": stats_command, "import-osm": import_osm_command}

EXIT_BAD_INPUT = 2
EXIT_BUG = 1


def _log_crash(data_dir: Path) -> Path | None:
    """Write the traceback to a new file in ``logs/``: never over another crash's, even in one second."""
    try:
        logs = data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        stem = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        for number in range(1000):
            path = logs / (f"{stem}.log" if number == 0 else f"{stem}-{number}.log")
            try:
                with path.open("x", encoding="utf-8") as stream:
                    stream.write(traceback.format_exc())
                return path
            except FileExistsError:
                continue
    except OSError:
        pass
    return None


def _writes_fail_instead_of_killing() -> None:
    """Past a file size limit (``ulimit -f``) the system sends SIGXFSZ, which kills the process; ignored,
    the write fails with an error the game can report while the run is kept elsewhere."""
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def main(argv: list[str]) -> int:
    """Run the command line; returns the exit code."""
    attach_missing_streams(argv, default_data_dir)  # a windowed build has no stderr to write to
    _writes_fail_instead_of_killing()
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
        except (AssetError, OptionError) as error:
            return fail(str(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last line of defence: no traceback reaches a visitor
        log = _log_crash(data_dir)
        where = f" (details in {log})" if log else ""
        if sys.stderr is not None:
            said = f"{type(error).__name__}: {error!s:.300}"
            sys.stderr.write(f"flagged: something went wrong: {said}{where}\n")
        return EXIT_BUG
