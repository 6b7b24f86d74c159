"""Keeping finished runs, and reading run files from outside.

The data dir's ``runs/`` keeps the latest KEEP_RUNS run files (a setting, ``keep_runs``, turns it off).
A run file holds the level, the seed, the hidden profile, every input and every event of one run,
and no wall-clock time finer than the hour: its name carries the date and the hour and a number, and
its modification time is set back to the start of that hour.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

from game.events import RunFileError, RunRecord, read_run, write_run
from game.level.untrusted import RUN, UntrustedFileError, read_json

KEEP_RUNS = 50
HOUR_STAMP = "%Y%m%d-%H"
_KEPT_NAME = re.compile(r"(\d{8}-\d{2})-(\d{4})-")


def hour_stamp(now: float | None = None) -> str:
    """The local date and hour, as kept runs are named: ``20261210-14``."""
    return time.strftime(HOUR_STAMP, time.localtime(now))


def _guarded_json(path: Path) -> Any:
    try:
        return read_json(path, RUN)
    except UntrustedFileError as error:
        raise RunFileError(str(error)) from None


def read_run_file(path: Path, expected_version: str | None = None) -> RunRecord:
    """A run file from outside (``replay``, ``debrief``), read through the guarded reader."""
    return read_run(path, expected_version, load_json=_guarded_json)


def keep_run(runs_dir: Path, record: RunRecord, stamp: str) -> Path:
    """Write a finished run into ``runs_dir`` and drop all but the newest KEEP_RUNS files.

    ``stamp`` is the hour (``hour_stamp``); runs of one hour are numbered, so none overwrites another.
    """
    runs_dir.mkdir(parents=True, exist_ok=True)
    numbers = [int(match.group(2)) for name in os.listdir(runs_dir)
               if (match := _KEPT_NAME.match(name)) and match.group(1) == stamp]
    number = max(numbers, default=0) + 1
    path = runs_dir / f"{stamp}-{number:04d}-{record.level}-seed{record.seed}.json"
    write_run(path, record)
    try:
        hour = time.mktime(time.strptime(stamp, HOUR_STAMP))
        os.utime(path, (hour, hour))
    except (ValueError, OSError, OverflowError):
        pass  # a stamp that is not an hour (a test's) keeps the file's own time
    kept = sorted(runs_dir.glob("*.json"))
    for old in kept[:-KEEP_RUNS]:
        old.unlink(missing_ok=True)
    return path
