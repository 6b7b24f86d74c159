"""The runs: which level is played and with which preset, each run from its start to its file.

Why a service of its own: the title and the facilitator's menu choose the level, the play screen
starts, tracks and finishes runs, the attract loop asks for the bot's, and the app saves the run in
progress on exit; all of them go through here, so a finished run is kept one way only: run file,
statistics row, and only then the trace's word that it ended.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from game.app.kiosk_service import KioskService, notice
from game.app.options import LEVELS_DIR, Options
from game.app.runs import keep_run
from game.app.settings_service import SettingsService
from game.events import Command, write_run
from game.level import Level, LevelError, load_level
from game.level.story import offered
from game.render import Art, AssetError
from game.sim import World
from game.sim.bot import Bot
from game.sim.cameras import CameraBank
from game.sim.record import record_of
from game.system.debrief import Debrief
from game.system.presets import Preset, apply_preset, save_active


@dataclass
class Trace:
    """JSON lines of screen changes and run endings, for tests and the attract-loop checks."""

    stream: IO[str] | None

    def write(self, **entry: object) -> None:
        if self.stream is not None:
            self.stream.write(json.dumps(entry) + "\n")
            self.stream.flush()


def write_or_notice(what: str, write: Callable[[], object]) -> None:
    """A write that must not end a kiosk: a full disk is a notice, never a crash."""
    try:
        write()
    except OSError as error:
        notice(f"{what}: cannot write ({error.strerror or error})")


@dataclass
class RunService:
    """The level, its preset and camera bank, and the runs played on them."""

    options: Options
    level: Level
    art: Art
    data_dir: Path
    trace: Trace
    settings: SettingsService  # whether finished runs are kept in runs/
    exhibition: KioskService  # where finished runs are counted
    frame_source: Callable[[], int]
    stamp_source: Callable[[], str]
    seed_source: Callable[[], int]
    cameras: CameraBank | None = None
    active: tuple[World, list[Command], Collection[str]] | None = None
    finished_runs: int = field(default=0)
    attract_runs: int = field(default=0)
    # The last finished run of each level this sitting, so the debrief can offer the scenario comparison.
    last_records: dict[str, Debrief] = field(default_factory=dict)
    # What a kiosk loads at start (``game.app.preload``): every level it offers and its camera bank, by
    # path, so choosing a scenario later loads nothing.
    levels: dict[Path, Level] = field(default_factory=dict)
    banks: dict[Path, CameraBank] = field(default_factory=dict)
    # The facilitator's rule preset (``game.system.presets``), applied to every new run of its level.
    preset: Preset | None = None

    def _camera_bank(self) -> CameraBank:
        """The level's cameras, ready for a new run: the preloaded bank if there is one, else made now
        and kept until the level changes."""
        if self.cameras is None:
            kept = self.banks.get(self.level.path)
            preloaded = kept is not None and self.levels.get(self.level.path) is self.level
            self.cameras = kept if kept is not None and preloaded else CameraBank(self.level)
        self.cameras.reset()
        return self.cameras

    def new_run(self) -> tuple[World, Bot | None]:
        seed = self.options.seed if self.options.seed is not None else self.seed_source()
        world = World(self.run_level(), seed, self.options.profile, cameras=self._camera_bank())
        bot = Bot(self.level, seed) if self.options.autoplay else None
        return world, bot

    def run_level(self) -> Level:
        """The level of the next run: the chosen one, set up by the facilitator's preset if it is for
        this level (the camera bank is the level's own either way)."""
        if self.preset is None or self.preset.level != self.level.name:
            return self.level
        return apply_preset(self.level, self.preset)

    def use_preset(self, preset: Preset | None) -> str | None:
        """Use ``preset`` (None: the level as it is) from the next run on, and remember it across
        restarts; a one-line problem, or None."""
        self.preset = preset
        try:
            save_active(self.data_dir, preset)
        except OSError as error:
            notice(f"presets: cannot save the choice ({error})")
            return f"{self.data_dir}: cannot save the preset choice ({error.strerror or error})"
        return None

    def new_attract_run(self) -> tuple[World, Bot]:
        """A bot's run for the attract loop: a new seed each time, so each loop walks another route."""
        seed = self.attract_runs
        self.attract_runs += 1
        world = World(self.level, seed, self.options.profile, cameras=self._camera_bank())
        return world, Bot(self.level, seed)

    def track(self, world: World, commands: list[Command], cameras_on_screen: Collection[str] = ()) -> None:
        """The play screen tells the app which run is in progress, the commands so far and the cameras
        it has drawn, so an exit can still save it."""
        self.active = (world, commands, cameras_on_screen)

    def finish_run(self, file: Debrief) -> bool:
        """Keep a finished run: its file, its statistics row, and only then the trace's word that it
        ended (a kill between them must not leave a trace that tells of a run that is not kept)."""
        record = file.record
        if self.options.run_out is not None:
            run_out = self.options.run_out
            write_or_notice("run file", lambda: write_run(run_out, record))
        if self.settings.current.keep_runs:
            write_or_notice("runs", lambda: keep_run(self.data_dir / "runs", record, self.stamp_source()))
        self.active = None
        self.exhibition.count(file)
        self.trace.write(frame=self.frame_source(), ending=record.ending)
        self.last_records[record.level] = file
        self.finished_runs += 1
        return self.options.autoplay and not self.options.kiosk

    def save_in_progress(self) -> None:
        """The program ends with a run in progress: ``--run-out`` keeps it as it stands."""
        if self.active is not None and self.options.run_out is not None:
            run_out, active = self.options.run_out, self.active
            write_or_notice("run file", lambda: write_run(run_out, record_of(*active)))

    def level_paths(self) -> list[Path]:
        """The levels a facilitator may choose: every map in ``levels/`` (a workshop may add its own)
        but the benchmark's, and the one now played."""
        found = offered(sorted(LEVELS_DIR.glob("*.tmx")))
        if self.level is not None and self.level.path not in found:
            found.insert(0, self.level.path)
        return found

    def choose_level(self, path: Path) -> str | None:
        """Play ``path`` from the next run on; a one-line problem (the old level stays), or None.

        A level the kiosk preloaded is taken as it is; any other is read from its file now."""
        level = self.levels.get(path)
        if level is None:
            try:
                level = load_level(path)
                self.art.map_data(level)  # a tileset image that does not decode is refused here
            except LevelError as error:
                return str(error.problems[0])
            except AssetError as error:
                return str(error)
        self.level = level
        self.cameras = None
        return None
