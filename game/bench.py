"""The benchmark behind DESIGN.md's budgets: ``python -m game.bench [--json]``.

Everything is measured in one process and one run, side by side, at 1920x1080 with SDL's dummy
drivers, so the figures compare with each other on any machine:

- ``floor_ms``: the least any frame with a translucent layer costs: one blit of a pre-rendered
  viewport, one blit of a cleared full-screen SRCALPHA surface over it, a flip; timed before and
  after the frames, averaged;
- ``frame_ms_p50`` / ``frame_ms_p99``: a real frame of the benchmark level (world view, HUD, flip)
  drawn as the play screen draws it, with the world stepping in between, so cones sweep and the
  view follows the bot; ``frame_ratio`` is p50 over the floor;
- ``tick_ms_p50``: one ``World.step`` of that level, the bot's command made outside the timing;
- ``load_ms``: ``load_level`` of the largest level (median of a few loads);
- ``first_frame_ms``: wall time of ``python main.py --headless --frames 1`` in a subprocess, after
  one untimed start has compiled the modules;
- ``peak_rss_mb``: the largest resident set of this process and of its children.

The same machinery runs at tiny sizes in the test suite, with no thresholds there.
"""

from __future__ import annotations

import os

# Before pygame is first imported: no window, no sound.
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.app.options import LEVELS_DIR, REPO_ROOT
from game.app.preload import every_cone
from game.level import Level, load_level
from game.level.story import benchmarks
from game.render import Art, Hud, WorldView
from game.sim import World
from game.sim.bot import Bot
from game.sim.cameras import CameraBank

STRESS_LEVEL = benchmarks(sorted(LEVELS_DIR.glob("*.tmx")))[0]  # its story says "benchmark"
SIZE = (1920, 1080)
MIN_CONES_ON_SCREEN = 40

# DESIGN.md, "Budgets": (key, limit, "max" if the figure must be at most the limit, "below" if under it).
BUDGETS: tuple[tuple[str, float, str], ...] = (
    ("frame_ratio", 2.0, "max"),
    ("tick_ms_p50", 1.0, "below"),
    ("first_frame_ms", 600.0, "below"),
    ("load_ms", 300.0, "below"),
    ("peak_rss_mb", 250.0, "below"),
)


@dataclass(frozen=True)
class BenchConfig:
    """What to measure and how much; the defaults are the real benchmark, tests pass tiny ones."""

    size: tuple[int, int] = SIZE
    level: Path = STRESS_LEVEL
    warmup: int = 60
    frames: int = 300
    floor_frames: int = 200
    ticks: int = 600
    loads: int = 5
    first_frame_runs: int = 3
    seed: int = 1
    warm_cones: bool = True


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    rank = min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))
    return ordered[rank]


def _ms(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


def floor_ms(surface: pygame.Surface, viewport: pygame.Surface, frames: int) -> float:
    """Median cost of the least frame with a translucent layer: viewport, cleared alpha layer, flip.

    The median, like the frame's p50, so that one stall of the machine does not move the floor.
    """
    layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    layer.fill((0, 0, 0, 0))
    times = []
    for _ in range(max(frames, 1)):
        start = time.perf_counter_ns()
        surface.blit(viewport, (0, 0))
        surface.blit(layer, (0, 0))
        pygame.display.flip()
        times.append(_ms(start))
    return statistics.median(times)


def cones_on_screen(view: WorldView, world: World, offset: tuple[int, int], size: tuple[int, int]) -> int:
    """Cones whose drawn polygon reaches into the window (what the player sees, not just range)."""
    screen = pygame.Rect((0, 0), size)
    count = 0
    for index in view.cameras_in_reach(world, offset, size):
        points = view.cone_points(world, int(index), offset)
        low, high = points.min(axis=0), points.max(axis=0)
        if screen.colliderect(pygame.Rect(low[0], low[1], high[0] - low[0] + 1, high[1] - low[1] + 1)):
            count += 1
    return count


class Run:
    """A world on the stress level played by the bot; a new run starts when one ends."""

    def __init__(self, level: Level, seed: int) -> None:
        self.level, self.seed = level, seed
        self.cameras = CameraBank(level)
        self.runs = 0
        self._new()

    def _new(self) -> None:
        self.cameras.reset()
        self.world = World(self.level, self.seed + self.runs, cameras=self.cameras)
        self.bot = Bot(self.level, self.seed + self.runs)
        self.runs += 1

    def step(self) -> float:
        """Advance one tick; returns the milliseconds ``World.step`` took (the bot's part not counted)."""
        if self.world.ending is not None:
            self._new()
        command = self.bot.command(self.world)
        start = time.perf_counter_ns()
        self.world.step(command)
        return _ms(start)


def measure_frames(config: BenchConfig, surface: pygame.Surface, art: Art, level: Level
                   ) -> tuple[list[float], list[int], tuple[float, float]]:
    """Frame times (ms) after warm-up, cones on screen per frame, and the floor around them."""
    run = Run(level, config.seed)
    view, hud = WorldView(art, level), Hud(art)
    if config.warm_cones:
        # As a kiosk does at start (game.app.preload): every cone built and worked out in pixels,
        # which a level that has run a few minutes has anyway; --cold-cones times the first sweep.
        every_cone(run.cameras)
        view.prepare(run.cameras)
    size = surface.get_size()
    # The floor's viewport is a real one: the map as the first frame shows it.
    offset = view.draw(surface, run.world)
    viewport = surface.copy()
    floor_before = floor_ms(surface, viewport, config.floor_frames)
    times: list[float] = []
    cones: list[int] = []
    compositor = art.compositor  # as the play screen: the first frame is drawn whole, then mended
    for frame in range(config.warmup + config.frames):
        run.step()
        start = time.perf_counter_ns()
        compositor.begin((run,))
        solid = hud.solid(surface, run.world)
        offset = view.draw(surface, run.world, compositor.kept(run), solid)
        compositor.drew_over(run, hud.draw(surface, run.world, offset))
        pygame.display.flip()
        elapsed = _ms(start)
        if frame >= config.warmup:
            times.append(elapsed)
            cones.append(cones_on_screen(view, run.world, offset, size))
    floor_after = floor_ms(surface, viewport, config.floor_frames)
    return times, cones, (floor_before, floor_after)


def measure_ticks(config: BenchConfig, level: Level) -> list[float]:
    run = Run(level, config.seed)
    return [run.step() for _ in range(config.ticks)]


def largest_level() -> Path:
    return max(LEVELS_DIR.glob("*.tmx"), key=lambda path: path.stat().st_size)


def measure_load(path: Path, loads: int) -> float:
    """Median milliseconds of ``load_level`` (reading, checking and building the level)."""
    times = []
    for _ in range(max(loads, 1)):
        start = time.perf_counter_ns()
        load_level(path)
        times.append(_ms(start))
    return statistics.median(times)


class BenchError(Exception):
    """Something the benchmark needs did not work; the message is one line."""


def measure_first_frame(runs: int) -> float:
    """Median wall time from starting ``python main.py --headless --frames 1`` until it exits.

    Timed as a player's second start and every one after (and as the bundle, which ships compiled
    code): one untimed start first compiles the modules, into a cache of the bench's own, even where
    the environment says not to write bytecode (PYTHONDONTWRITEBYTECODE would make every start
    compile all of the game's modules again, about 0.2 s that no player waits for twice)."""
    times = []
    with tempfile.TemporaryDirectory() as data_dir, tempfile.TemporaryDirectory() as cache:
        command = [sys.executable, str(REPO_ROOT / "main.py"), "--headless", "--frames", "1",
                   "--data-dir", data_dir]
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for run in range(max(runs, 1) + 1):
            start = time.perf_counter_ns()
            done = subprocess.run(command, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True, env=env)
            if run:
                times.append(_ms(start))
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["no message"])[-1]
                raise BenchError(f"python main.py --headless --frames 1 ended with {done.returncode}: {last}")
    return statistics.median(times)


def peak_rss_mb() -> float:
    """The largest resident set of this process or any child it waited for, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return max(own, children) / scale


def run_bench(config: BenchConfig = BenchConfig()) -> dict[str, object]:
    """Measure everything once; returns the figures (keys as in the issue and the README)."""
    pygame.init()
    try:
        surface = pygame.display.set_mode(config.size)
        art = Art.load()
        level = load_level(config.level)
        times, cones, floors = measure_frames(config, surface, art, level)
        ticks = measure_ticks(config, level)
    finally:
        pygame.quit()
    load_path = largest_level()
    floor = sum(floors) / 2
    result: dict[str, object] = {
        "floor_ms": round(floor, 3),
        "frame_ms_p50": round(percentile(times, 0.5), 3),
        "frame_ms_p99": round(percentile(times, 0.99), 3),
        "frame_ratio": round(percentile(times, 0.5) / floor, 3),
        "tick_ms_p50": round(percentile(ticks, 0.5), 4),
        "load_ms": round(measure_load(load_path, config.loads), 1),
        "first_frame_ms": round(measure_first_frame(config.first_frame_runs), 1) if config.first_frame_runs
        else None,
        "peak_rss_mb": 0.0,
        "floor_ms_before_after": [round(value, 3) for value in floors],
        "cones_on_screen_min": min(cones),
        "cones_on_screen_mean": round(statistics.fmean(cones), 1),
        "cameras": len(level.cameras),
        "frames": len(times),
        "cones_warmed": config.warm_cones,
        "size": f"{config.size[0]}x{config.size[1]}",
        "level": level.path.name,
        "load_level": load_path.name,
    }
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def over_budget(result: dict[str, object]) -> list[str]:
    """The budgets a result misses, as readable lines (an empty list: all met)."""
    missed = []
    for key, limit, kind in BUDGETS:
        value = result.get(key)
        if not isinstance(value, (int, float)):
            continue
        if (kind == "max" and value > limit) or (kind == "below" and value >= limit):
            missed.append(f"{key} = {value}, budget {'<=' if kind == 'max' else '<'} {limit:g}")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget is missed")
    defaults = BenchConfig()
    # Smaller runs, for the test suite and quick looks; the budgets are judged at the defaults.
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="window size, WxH")
    for name in ("warmup", "frames", "floor_frames", "ticks", "loads", "first_frame_runs"):
        parser.add_argument(f"--{name.replace('_', '-')}", type=int, default=getattr(defaults, name),
                            help=f"default {getattr(defaults, name)}")
    parser.add_argument("--cold-cones", action="store_true",
                        help="do not build every cone before timing (the first sweep of a fresh level)")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    config = BenchConfig(size=(int(width), int(height)), warmup=max(args.warmup, 0),
                         frames=max(args.frames, 1), floor_frames=max(args.floor_frames, 1),
                         ticks=max(args.ticks, 1), loads=max(args.loads, 1),
                         first_frame_runs=max(args.first_frame_runs, 0), warm_cones=not args.cold_cones)
    try:
        result = run_bench(config)
    except BenchError as error:
        sys.stderr.write(f"bench: {error}\n")
        return 2
    missed = over_budget(result)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
    cones = result["cones_on_screen_min"]
    if isinstance(cones, int) and cones < MIN_CONES_ON_SCREEN:
        sys.stderr.write(f"bench: only {cones} cones on screen, the budget needs {MIN_CONES_ON_SCREEN}\n")
        missed.append("cones_on_screen_min")
    for line in missed:
        sys.stderr.write(f"bench: over budget: {line}\n")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
