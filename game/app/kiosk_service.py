"""The exhibition's side of the app: kiosk and autoplay, the notices, the anonymous statistics.

Why one service: all of it is for whoever looks after the program rather than for the run being
played: the flags that say who plays and where, the one notice the title shows (a settings file that
could not be read, a data folder that cannot be written, a statistics file put aside), the kiosk's
idle clock, and the rows that count each finished run.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from game import i18n
from game.app.options import Options
from game.app.stats import StatsDB, StatsError, Summary, count_run, row_of, stats_path
from game.i18n import N_
from game.system.debrief import Debrief

# Headings of the notices the title shows (the settings' own is the title's SETTINGS_NOTICE).
DATA_DIR_NOTICE = N_("The data folder cannot be written, so runs are not kept there.")
STATS_NOTICE = N_("The statistics file was broken: it was put aside and a new one started.")


def notice(line: str) -> None:
    """A line for whoever looks after the program: stderr (the supervisor keeps it in logs/)."""
    if sys.stderr is not None:
        sys.stderr.write(f"flagged: {line}\n")


@dataclass
class KioskService:
    """Who plays and where (kiosk, autoplay), the title's notice, the idle clock and the statistics."""

    options: Options
    data_dir: Path
    notice: str | None = None  # what the title should show once (see the module's docstring)
    notice_heading: str | None = None  # what the notice is about, untranslated (None: the settings)
    hour_source: Callable[[], int] = field(default=lambda: time.localtime().tm_hour)
    idle_ticks: int = field(default=0)  # ticks since the last input, for the kiosk's idle reset

    @property
    def autoplay(self) -> bool:
        return self.options.autoplay

    @property
    def kiosk(self) -> bool:
        return self.options.kiosk

    def take_notice(self) -> str | None:
        """The notice for the player, given out once."""
        kept, self.notice = self.notice, None
        return kept

    def count(self, file: Debrief) -> None:
        """One anonymous row in the statistics; a broken database is moved aside, never a crash."""
        try:
            row = row_of(file, i18n.current_language(), self.hour_source())
            moved = count_run(stats_path(self.data_dir), row)
            if moved:
                notice(f"statistics: {moved}")
                self.notice, self.notice_heading = moved, STATS_NOTICE
        except (StatsError, ValueError) as error:
            notice(f"statistics: {error}")

    def stats_summary(self) -> Summary | str:
        """The figures of every run counted here, or a one-line problem."""
        try:
            with StatsDB(stats_path(self.data_dir)) as db:
                return db.summary()
        except StatsError as error:
            return str(error)

    def reset_stats(self) -> str | None:
        try:
            with StatsDB(stats_path(self.data_dir)) as db:
                db.reset()
        except StatsError as error:
            return str(error)
        return None
