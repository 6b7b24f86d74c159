"""The soak test: ``python -m game.soak --minutes M`` runs the kiosk for M minutes and watches it.

The real :class:`~game.app.loop.App` runs in kiosk mode with SDL's dummy drivers, at its own real-time
pace, drawing every frame, with the bot playing; random bursts of synthetic input are posted into its
event queue (menus, walking, phone, pause, language keys, the facilitator's chord, window close and
Alt+F4, which the kiosk must ignore, a lost focus). The soak fails (exit 1, one clear line, and the
JSON says why) on any exception, or if the resident memory grows more than 10% beyond what it was
after the first five minutes (after the first fifth, for soaks shorter than 25 minutes). It prints one
JSON object; ``--out PATH`` also keeps that object up to date while the soak runs.
"""

from __future__ import annotations

import os

# Before pygame is first imported: no window, no sound.
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame

BASELINE_SECONDS = 300.0  # RSS is compared against what it was after this long...
BASELINE_SHARE = 0.2  # ...or after this share of a shorter soak
MAX_GROWTH = 0.10
SAMPLE_SECONDS = 1.0

_MENU_KEYS = (pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_RETURN, pygame.K_SPACE,
              pygame.K_ESCAPE, pygame.K_w, pygame.K_s)
_WALK_KEYS = (pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_w, pygame.K_a, pygame.K_s,
              pygame.K_d)
_MASH_KEYS = (*_MENU_KEYS, pygame.K_TAB, pygame.K_e, pygame.K_l, pygame.K_n, pygame.K_LSHIFT, pygame.K_F1,
              pygame.K_F5, pygame.K_F11, pygame.K_1, pygame.K_2, pygame.K_q, pygame.K_BACKSPACE)
_BUTTONS = (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B, pygame.CONTROLLER_BUTTON_X,
            pygame.CONTROLLER_BUTTON_Y, pygame.CONTROLLER_BUTTON_START, pygame.CONTROLLER_BUTTON_DPAD_UP,
            pygame.CONTROLLER_BUTTON_DPAD_DOWN, pygame.CONTROLLER_BUTTON_DPAD_LEFT,
            pygame.CONTROLLER_BUTTON_DPAD_RIGHT)


EventSource = Callable[..., list[pygame.event.Event]]


class SoakDone(BaseException):
    """Raised out of the event pump when the time is up; a BaseException so no screen swallows it."""


def rss_mb() -> float:
    """The process's resident memory now, in MB (Linux ``/proc``; elsewhere the peak so far)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 1024)


def _key(kind: int, key: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(kind, key=key, mod=mod, unicode="", scancode=0)


def _button(kind: int, button: int) -> pygame.event.Event:
    return pygame.event.Event(kind, instance_id=0, button=button, which=0)


@dataclass
class Bursts:
    """Random bursts of input, scheduled in real seconds; ``due`` hands out what is due now."""

    rng: random.Random
    queue: list[tuple[float, int, pygame.event.Event]] = field(default_factory=list)
    next_burst: float = 2.0
    counts: dict[str, int] = field(default_factory=dict)
    _order: int = 0

    def _at(self, when: float, event: pygame.event.Event) -> None:
        self._order += 1
        self.queue.append((when, self._order, event))

    def _press(self, when: float, key: int, hold: float = 0.05, mod: int = 0) -> float:
        self._at(when, _key(pygame.KEYDOWN, key, mod))
        self._at(when + hold, _key(pygame.KEYUP, key, mod))
        return when + hold

    def _plan(self, now: float) -> None:
        rng = self.rng
        kinds = ("menu", "walk", "phone", "pause", "mash", "chord", "pad", "quit", "focus", "idle")
        kind = rng.choices(kinds, (5, 5, 2, 2, 3, 1, 2, 1, 1, 1))[0]
        self.counts[kind] = self.counts.get(kind, 0) + 1
        t = now
        if kind == "menu":
            for _ in range(rng.randint(1, 6)):
                t = self._press(t + rng.uniform(0.05, 0.5), rng.choice(_MENU_KEYS))
        elif kind == "walk":
            key = rng.choice(_WALK_KEYS)
            hold = rng.uniform(0.2, 3.0)
            if rng.random() < 0.3:
                self._press(t, pygame.K_LSHIFT, hold)
            t = self._press(t, key, hold)
        elif kind == "phone":
            t = self._press(t, pygame.K_TAB)
            t = self._press(t + rng.uniform(0.5, 3.0), rng.choice((pygame.K_TAB, pygame.K_ESCAPE)))
        elif kind == "pause":
            t = self._press(t, pygame.K_ESCAPE)
            for _ in range(rng.randint(0, 3)):
                t = self._press(t + rng.uniform(0.1, 0.8), rng.choice(_MENU_KEYS))
        elif kind == "mash":
            for _ in range(rng.randint(3, 15)):
                t = self._press(t + rng.uniform(0.0, 0.15), rng.choice(_MASH_KEYS), rng.uniform(0.0, 0.2))
        elif kind == "chord":  # the facilitator's menu, then a few random choices in it
            hold = rng.uniform(2.2, 3.5)
            if rng.random() < 0.5:
                self._press(t, pygame.K_F10, hold)
                t = self._press(t, pygame.K_F12, hold)
            else:
                for button in (pygame.CONTROLLER_BUTTON_BACK, pygame.CONTROLLER_BUTTON_START):
                    self._at(t, _button(pygame.CONTROLLERBUTTONDOWN, button))
                    self._at(t + hold + 1.0, _button(pygame.CONTROLLERBUTTONUP, button))
                t += hold + 1.0
            for _ in range(rng.randint(1, 5)):
                t = self._press(t + rng.uniform(0.2, 1.0), rng.choice(_MENU_KEYS))
        elif kind == "pad":
            for _ in range(rng.randint(1, 6)):
                button = rng.choice(_BUTTONS)
                t += rng.uniform(0.05, 0.5)
                self._at(t, _button(pygame.CONTROLLERBUTTONDOWN, button))
                self._at(t + 0.08, _button(pygame.CONTROLLERBUTTONUP, button))
        elif kind == "quit":  # a visitor closes the window or presses Alt+F4: the kiosk ignores both
            self._at(t, pygame.event.Event(pygame.QUIT))
            t = self._press(t + 0.1, pygame.K_F4, 0.05, pygame.KMOD_LALT)
        elif kind == "focus":
            self._at(t, pygame.event.Event(pygame.WINDOWFOCUSLOST))
            self._at(t + rng.uniform(0.5, 2.0), pygame.event.Event(pygame.WINDOWFOCUSGAINED))
        # Mostly short pauses between bursts; now and then long enough for the attract loop or idle reset.
        gap = rng.uniform(0.5, 8.0) if kind != "idle" else rng.uniform(60.0, 100.0)
        self.next_burst = t + gap
        self.queue.sort()

    def due(self, now: float) -> list[pygame.event.Event]:
        if now >= self.next_burst:
            self._plan(now)
        ready = [event for when, _, event in self.queue if when <= now]
        if ready:
            self.queue = [item for item in self.queue if item[0] > now]
        return ready


@dataclass
class SoakResult:
    minutes: float
    seconds: float = 0.0
    frames: int = 0
    app_starts: int = 0
    events_posted: int = 0
    bursts: dict[str, int] = field(default_factory=dict)
    screens: dict[str, int] = field(default_factory=dict)
    endings: dict[str, int] = field(default_factory=dict)
    rss_mb_start: float = 0.0
    rss_mb_baseline: float = 0.0
    rss_mb_max_after: float = 0.0
    rss_mb_end: float = 0.0
    rss_growth_pct: float = 0.0
    rss_samples: list[tuple[float, float]] = field(default_factory=list)
    status: str = "running"
    error: str | None = None
    traceback: str | None = None

    def summary(self) -> dict[str, Any]:
        """The JSON object: everything but the raw samples, which are thinned to one a minute."""
        data = {key: value for key, value in self.__dict__.items() if key != "rss_samples"}
        step = max(1, round(60 / SAMPLE_SECONDS))
        data["rss_mb_per_minute"] = [round(mb, 1) for _, mb in self.rss_samples[::step]]
        return data


class Soak:
    """Runs the kiosk app until the time is up, feeding it input and sampling its memory."""

    def __init__(self, minutes: float, seed: int, data_dir: Path, size: str,
                 out: Path | None = None, level: str | None = None, autoplay: bool = True,
                 max_growth: float = MAX_GROWTH) -> None:
        self.seconds = minutes * 60.0
        self.max_growth = max_growth
        self.result = SoakResult(minutes=minutes)
        self.bursts = Bursts(random.Random(seed))
        self.seed = seed
        self.data_dir = data_dir
        self.size = size
        self.out = out
        self.level = level
        self.autoplay = autoplay
        self.start = 0.0
        self.next_sample = 0.0
        self.next_write = 0.0
        self.trace = data_dir / "soak-trace.jsonl"

    def _argv(self) -> list[str]:
        argv = ["--kiosk", "--windowed", "--size", self.size, "--data-dir", str(self.data_dir),
                "--trace", str(self.trace), "--lang", "en"]
        if self.autoplay:
            argv.append("--autoplay")
        if self.level:
            argv += ["--level", self.level]
        return argv

    def _pump(self, real_get: EventSource) -> EventSource:
        """pygame's event pump, wrapped: input bursts in, memory samples and the deadline out."""

        def get(*args: Any, **kwargs: Any) -> list[pygame.event.Event]:
            now = time.monotonic() - self.start
            self.result.frames += 1
            if now >= self.next_sample:
                self.next_sample = now + SAMPLE_SECONDS
                self.result.rss_samples.append((round(now, 1), rss_mb()))
            if now >= self.next_write:
                self.next_write = now + 60.0
                self._write()
            if now >= self.seconds:
                raise SoakDone
            for event in self.bursts.due(now):
                pygame.event.post(event)
                self.result.events_posted += 1
            return real_get(*args, **kwargs)

        return get

    def _count_trace(self) -> None:
        if not self.trace.is_file():
            return
        for line in self.trace.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            for key, table in (("screen", self.result.screens), ("ending", self.result.endings)):
                if isinstance(entry.get(key), str):
                    table[entry[key]] = table.get(entry[key], 0) + 1

    def run(self) -> SoakResult:
        result = self.result
        self.start = time.monotonic()
        result.rss_mb_start = rss_mb()
        real_get = pygame.event.get
        pygame.event.get = self._pump(real_get)
        try:
            from game.app.loop import App
            from game.app.options import parse_play

            while True:
                result.app_starts += 1
                App(parse_play(self._argv()), self.data_dir).run()
                # The app returned by itself: the facilitator's menu chose quit. The kiosk's supervisor
                # would start it again; so does the soak.
                if time.monotonic() - self.start >= self.seconds:
                    break
        except SoakDone:
            pass
        except BaseException as error:  # any exception at all fails the soak
            result.status = "failed"
            result.error = f"{type(error).__name__}: {error}"
            result.traceback = traceback.format_exc()
        finally:
            pygame.event.get = real_get
        self._finish()
        return result

    def _finish(self) -> None:
        result = self.result
        result.seconds = round(time.monotonic() - self.start, 1)
        result.bursts = dict(self.bursts.counts)
        self._count_trace()
        samples = result.rss_samples or [(0.0, rss_mb())]
        cut = min(BASELINE_SECONDS, self.seconds * BASELINE_SHARE)
        before = [mb for t, mb in samples if t <= cut] or [samples[0][1]]
        after = [mb for t, mb in samples if t > cut] or [samples[-1][1]]
        result.rss_mb_baseline = round(max(before), 1)
        result.rss_mb_max_after = round(max(after), 1)
        result.rss_mb_end = round(samples[-1][1], 1)
        result.rss_mb_start = round(result.rss_mb_start, 1)
        result.rss_growth_pct = round(100 * (max(after) / max(before) - 1), 2)
        if result.status == "running":
            if max(after) > max(before) * (1 + self.max_growth):
                result.status = "failed"
                result.error = (f"memory grew {result.rss_growth_pct}% after the first {cut:.0f} s "
                                f"({result.rss_mb_baseline} MB to {result.rss_mb_max_after} MB)")
            else:
                result.status = "passed"
        self._write()

    def _write(self) -> None:
        if self.out is not None:
            partial = self.out.with_suffix(self.out.suffix + ".part")
            partial.write_text(json.dumps(self.result.summary(), indent=2) + "\n", encoding="utf-8")
            partial.replace(self.out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="how long to run (default 30)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random input")
    parser.add_argument("--size", default="1280x720", help="window size, WxH")
    parser.add_argument("--level", help="a level by name or .tmx path (default: the first scenario)")
    parser.add_argument("--no-bot", action="store_true",
                        help="no --autoplay: the bot plays only the attract loop")
    parser.add_argument("--data-dir", type=Path, help="where the kiosk keeps its files (default: a temp dir)")
    parser.add_argument("--out", type=Path, help="also write the JSON here, updated every minute")
    parser.add_argument("--max-growth", type=float, default=100 * MAX_GROWTH,
                        help="percent of RSS growth that fails the soak (default 10)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="flagged-soak-") as temp:
        data_dir = args.data_dir or Path(temp)
        data_dir.mkdir(parents=True, exist_ok=True)
        soak = Soak(args.minutes, args.seed, data_dir, args.size, args.out, args.level, not args.no_bot,
                    args.max_growth / 100)
        result = soak.run()
    print(json.dumps(result.summary(), indent=2))
    if result.status != "passed":
        sys.stderr.write(f"soak: failed: {result.error}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
