"""The kiosk's keeper: runs the game as a child process, restarts it when it crashes or hangs.

A festival PC runs for ten days with nobody watching, so a crash must not leave a desktop behind.
But a game that crashes again at once would flicker forever; after ``max_crashes`` crashes within
``window_s`` seconds the child starts with ``--out-of-order``, which shows a calm "please tell the
staff" screen, and after ``out_of_order_retry_seconds`` (a setting, default 300) the keeper tries
the game again: a loose cable or a full disk that was fixed brings the kiosk back by itself. A
crash of the out-of-order screen ends nothing either: the keeper waits the same interval and tries
again.

The child beats a heartbeat (a byte down a pipe, about once a second, from its loop); a child that
stops beating for ``hang_s`` seconds is stopped and counted as a crash. SIGTERM or SIGINT to the
keeper stops the child (SIGTERM, then SIGKILL if it does not go within ``STOP_GRACE_S``) and then the
keeper, well within five seconds. Each event is a line in ``logs/supervisor.log``, a crash with the
tail of the child's stderr. Exit code 0 from the child means the facilitator quit, and the keeper
quits with it.
"""

from __future__ import annotations

import contextlib
import os
import select
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from game.app.frozen import game_command

SUPERVISED_FLAG = "--supervised"
OUT_OF_ORDER_FLAG = "--out-of-order"
HEARTBEAT_ENV = "FLAGGED_HEARTBEAT_FD"
LOG_FILE = "supervisor.log"
CHILD_STDERR_FILE = "child-stderr.log"
TAIL_LINES = 20

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
# What the keeper's own watch reports when it ended a child: its time was up, or it hung.
ENDED_TIME_UP = -1000
ENDED_HUNG = -1001

HEARTBEAT_EVERY_S = 1.0
HANG_S = 60.0  # no heartbeat this long: the game is stuck
START_GRACE_S = 180.0  # a kiosk's start (every scenario and screen preloaded) may take long on a busy PC
STOP_GRACE_S = 3.0  # SIGTERM, then this long, then SIGKILL: within the five seconds a stop may take
POLL_S = 0.2


class Finished(Protocol):
    returncode: int


Spawn = Callable[..., Finished]


def child_command(args: list[str]) -> list[str]:
    """The command that runs the game itself with ``args``: this Python with ``main.py``, or in a
    standalone bundle the bundle's own executable (``game.app.frozen``)."""
    return [*game_command(), *args]


def _now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S")


def _describe(code: int) -> str:
    if code == ENDED_HUNG:
        return "no heartbeat, so it was stopped"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _tail(path: Path) -> list[str]:
    try:
        with path.open("rb") as stream:
            stream.seek(max(0, path.stat().st_size - 16384))
            lines = stream.read().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return lines[-TAIL_LINES:]


class Heartbeat:
    """The child's side: a byte down the keeper's pipe at most once a second; nothing unsupervised."""

    def __init__(self, descriptor: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.descriptor = descriptor
        self.clock = clock
        self.last = float("-inf")

    @classmethod
    def from_environment(cls) -> Heartbeat:
        text = os.environ.get(HEARTBEAT_ENV, "")
        return cls(int(text) if text.isdigit() else None)

    def beat(self) -> None:
        if self.descriptor is None:
            return
        now = self.clock()
        if now - self.last < HEARTBEAT_EVERY_S:
            return
        self.last = now
        try:
            os.write(self.descriptor, b".")
        except BlockingIOError:
            pass  # the keeper is slow to read: the pipe is full of beats already
        except OSError:
            self.descriptor = None  # the keeper is gone


@dataclass
class _Ended:
    returncode: int


class Watch:
    """The keeper's side of one child: Popen, watch the heartbeat, end it on time-up, hang or stop."""

    def __init__(self, stop: threading.Event, clock: Callable[[], float] = time.monotonic,
                 hang_s: float = HANG_S, start_grace_s: float = START_GRACE_S) -> None:
        self.stop = stop
        self.clock = clock
        self.hang_s = hang_s
        self.start_grace_s = start_grace_s

    def __call__(self, argv: list[str], *, stderr: IO[Any] | None = None, env: dict[str, str] | None = None,
                 limit_s: float | None = None) -> _Ended:
        if os.name != "posix":  # no inherited pipe ends there: the child runs unwatched for hangs
            return _Ended(subprocess.run(argv, stdin=subprocess.DEVNULL, stderr=stderr, env=env,
                                         check=False).returncode)
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        environment = {**(env or os.environ), HEARTBEAT_ENV: str(write_end)}
        try:
            child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stderr=stderr, env=environment,
                                     pass_fds=(write_end,))
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return _Ended(EXIT_BUG)
        os.close(write_end)
        try:
            return _Ended(self._watch(child, read_end, limit_s))
        finally:
            os.close(read_end)
            if child.poll() is None:  # whatever happened here, no child is left behind
                self._end(child)

    def _watch(self, child: subprocess.Popen[bytes], beats: int, limit_s: float | None) -> int:
        started = self.clock()
        last_beat: float | None = None
        listening = True
        while True:
            code = child.poll()
            if code is not None:
                return code
            if self.stop.is_set():
                self._end(child)
                return child.returncode
            if listening:
                ready, _, _ = select.select([beats], [], [], POLL_S)
                if ready:
                    if os.read(beats, 4096):
                        last_beat = self.clock()
                    else:  # the child closed its end: no more beats will come, so it will hang out
                        listening = False
            else:
                self.stop.wait(POLL_S)
            now = self.clock()
            if limit_s is not None and now - started >= limit_s:
                self._end(child)
                return ENDED_TIME_UP
            silent_since = started + self.start_grace_s - self.hang_s if last_beat is None else last_beat
            if now - silent_since >= self.hang_s:
                self._end(child)
                return ENDED_HUNG

    @staticmethod
    def _end(child: subprocess.Popen[bytes]) -> None:
        """SIGTERM (the game saves and exits), then SIGKILL if it has not gone in STOP_GRACE_S."""
        with contextlib.suppress(OSError):
            child.terminate()
        try:
            child.wait(STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(OSError):
                child.kill()
            child.wait()


class _Keeper:
    """One supervision: the spawn, the log, and the child's stderr file, all under ``logs``."""

    def __init__(self, logs: Path, spawn: Spawn, stamp: Callable[[], str]) -> None:
        self.logs = logs
        self.spawn = spawn
        self.stamp = stamp
        self.child_stderr = logs / CHILD_STDERR_FILE

    def log(self, line: str, detail: Sequence[str] = ()) -> None:
        """Append a line (and indented detail) to the log; a full disk must not stop the kiosk."""
        text = f"{self.stamp()} {line.replace(chr(10), ' ')}\n" + "".join(f"    {item}\n" for item in detail)
        try:
            self.logs.mkdir(parents=True, exist_ok=True)
            with (self.logs / LOG_FILE).open("a", encoding="utf-8") as stream:
                stream.write(text)
        except OSError:
            write_notice(f"supervisor: {text}")

    def run(self, argv: list[str], limit_s: float | None = None) -> int:
        """Run the child to its end; its stderr goes to a file so a crash's last words are kept."""
        environment = {**os.environ, "PYTHONFAULTHANDLER": "1"}  # a crash in C still prints a traceback
        try:
            self.logs.mkdir(parents=True, exist_ok=True)
            stderr: IO[Any] | None = self.child_stderr.open("w", encoding="utf-8")
        except OSError:
            stderr = None
        try:
            options: dict[str, Any] = {"stderr": stderr, "env": environment}
            if limit_s is not None:
                options["limit_s"] = limit_s
            return self.spawn(argv, **options).returncode
        finally:
            if stderr is not None:
                stderr.close()

    def crashed(self, code: int, what_next: str) -> None:
        self.log(f"the game stopped: {_describe(code)}; {what_next}", _tail(self.child_stderr))


def write_notice(text: str) -> None:
    """A line for whoever looks after the kiosk when the log cannot be written: stderr, if any."""
    stream = sys.stderr
    if stream is not None:
        with contextlib.suppress(OSError, ValueError):
            stream.write(f"flagged: {text.rstrip()}\n")


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set ``stop`` (the watch then ends the child); the old handlers come back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}

    def handle(number: int, frame: object) -> None:
        stop.set()

    for number in previous:
        signal.signal(number, handle)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def retry_interval(data_dir: Path) -> float:
    """``out_of_order_retry_seconds`` from the settings (their default when they cannot be read)."""
    from game.app.settings import load_settings, settings_path

    settings, _ = load_settings(settings_path(data_dir))
    return settings.out_of_order_retry_seconds


def supervise(child_argv: list[str], data_dir: Path, *, spawn: Spawn | None = None,
              clock: Callable[[], float] = time.monotonic, stamp: Callable[[], str] = _now,
              max_crashes: int = 3, window_s: float = 60.0, retry_s: float | None = None,
              sleep: Callable[[float], object] | None = None, stop: threading.Event | None = None) -> int:
    """Run ``child_argv`` (plus ``--supervised``) until it quits; restart it after each crash or hang.

    ``spawn`` is called like ``subprocess.run(argv, stderr=..., env=...)``, with ``limit_s=`` for the
    out-of-order screen (after which it must end it and report ENDED_TIME_UP); by default a ``Watch``.
    ``clock`` gives seconds for the crash window, ``stamp`` the time written in the log, ``retry_s``
    the seconds before "out of order" tries the game again (default: the setting), ``sleep`` waits
    after a failed out-of-order screen. Returns the exit code to end with.
    """
    stop = stop or threading.Event()
    spawn = spawn or Watch(stop)
    wait = sleep or stop.wait
    retry = retry_s if retry_s is not None else retry_interval(data_dir)
    keeper = _Keeper(data_dir / "logs", spawn, stamp)
    keeper.log(f"starting: {shlex.join(child_argv)}")
    with _stop_on_signals(stop):
        try:
            return _keep(keeper, child_argv, stop, clock, max_crashes, window_s, retry, wait)
        except KeyboardInterrupt:
            keeper.log("interrupted; the supervisor stops")
            return EXIT_INTERRUPTED


def _keep(keeper: _Keeper, child_argv: list[str], stop: threading.Event, clock: Callable[[], float],
          max_crashes: int, window_s: float, retry_s: float, wait: Callable[[float], object]) -> int:
    crashes: deque[float] = deque()
    while True:
        code = keeper.run([*child_argv, SUPERVISED_FLAG])
        if stop.is_set():
            keeper.log("asked to stop (a signal); the game and the supervisor stop")
            return EXIT_OK
        if code == EXIT_OK:
            keeper.log("the game quit (the facilitator's choice); the supervisor stops")
            return EXIT_OK
        if code == EXIT_BAD_INPUT:
            # A bad option, level or asset fails the same way every time: restarting cannot help.
            keeper.crashed(code, "it refused its options or files; not restarting")
            return EXIT_BAD_INPUT
        now = clock()
        crashes.append(now)
        while now - crashes[0] >= window_s:
            crashes.popleft()
        if len(crashes) < max_crashes:
            keeper.crashed(code, f"restarting ({len(crashes)} crashes within {window_s:g} s; "
                                 f"out of order at {max_crashes})")
            continue
        keeper.crashed(code, f"{len(crashes)} crashes within {window_s:g} s; showing out of order, "
                             f"trying again in {retry_s:g} s")
        crashes.clear()
        code = keeper.run([*child_argv, SUPERVISED_FLAG, OUT_OF_ORDER_FLAG], limit_s=retry_s)
        if stop.is_set():
            keeper.log("asked to stop (a signal); the out-of-order screen and the supervisor stop")
            return EXIT_OK
        if code == EXIT_OK:
            keeper.log("the out-of-order screen was closed; the supervisor stops")
            return EXIT_OK
        if code == ENDED_TIME_UP:
            keeper.log(f"out of order for {retry_s:g} s; trying the game again")
            continue
        keeper.crashed(code, f"the out-of-order screen failed too; trying the game again in {retry_s:g} s")
        wait(retry_s)
        if stop.is_set():
            keeper.log("asked to stop (a signal); the supervisor stops")
            return EXIT_OK
