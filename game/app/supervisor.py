"""The kiosk's keeper: runs the game as a child process and restarts it when it crashes.

A festival PC runs for ten days with nobody watching, so a crash must not leave a desktop behind.
But a game that crashes again at once would flicker forever; after ``max_crashes`` crashes within
``window_s`` seconds the child starts once more with ``--out-of-order``, which shows a calm "please
tell the staff" screen, and the keeper stops restarting. Each crash is a line in
``logs/supervisor.log`` with the tail of the child's stderr (the child writes its own traceback to
``logs/`` too). Exit code 0 from the child means the facilitator quit, and the keeper quits with it.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from game.app.frozen import game_command

SUPERVISED_FLAG = "--supervised"
OUT_OF_ORDER_FLAG = "--out-of-order"
LOG_FILE = "supervisor.log"
CHILD_STDERR_FILE = "child-stderr.log"
TAIL_LINES = 20

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


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
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _tail(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return lines[-TAIL_LINES:]


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
            sys.stderr.write(f"flagged: supervisor: {text}")

    def run(self, argv: list[str]) -> int:
        """Run the child to its end; its stderr goes to a file so a crash's last words are kept."""
        environment = {**os.environ, "PYTHONFAULTHANDLER": "1"}  # a crash in C still prints a traceback
        try:
            self.logs.mkdir(parents=True, exist_ok=True)
            stderr: IO[Any] | None = self.child_stderr.open("w", encoding="utf-8")
        except OSError:
            stderr = None
        try:
            return self.spawn(argv, stderr=stderr, env=environment).returncode
        finally:
            if stderr is not None:
                stderr.close()

    def crashed(self, code: int, what_next: str) -> None:
        self.log(f"the game stopped: {_describe(code)}; {what_next}", _tail(self.child_stderr))


def supervise(child_argv: list[str], data_dir: Path, *, spawn: Spawn = subprocess.run,
              clock: Callable[[], float] = time.monotonic, stamp: Callable[[], str] = _now,
              max_crashes: int = 3, window_s: float = 60.0) -> int:
    """Run ``child_argv`` (plus ``--supervised``) until it quits; restart it after each crash.

    ``spawn`` is called like ``subprocess.run(argv, stderr=..., env=...)``, ``clock`` gives seconds
    for the crash window, ``stamp`` the time written in the log. Returns the exit code to end with.
    """
    keeper = _Keeper(data_dir / "logs", spawn, stamp)
    crashes: deque[float] = deque()
    keeper.log(f"starting: {shlex.join(child_argv)}")
    try:
        while True:
            code = keeper.run([*child_argv, SUPERVISED_FLAG])
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
            if len(crashes) >= max_crashes:
                keeper.crashed(code, f"{len(crashes)} crashes within {window_s:g} s; showing out of order")
                break
            keeper.crashed(code, f"restarting ({len(crashes)} crashes within {window_s:g} s; "
                                 f"out of order at {max_crashes})")
        code = keeper.run([*child_argv, SUPERVISED_FLAG, OUT_OF_ORDER_FLAG])
        if code == EXIT_OK:
            keeper.log("the out-of-order screen was closed; the supervisor stops")
            return EXIT_OK
        keeper.crashed(code, "the out-of-order screen failed too; the supervisor stops")
        return code if 0 < code < 256 else EXIT_BUG
    except KeyboardInterrupt:
        keeper.log("interrupted; the supervisor stops")
        return EXIT_INTERRUPTED
