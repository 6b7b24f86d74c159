"""What differs when the game runs from a standalone bundle (``game.freeze``) or with no console.

In a PyInstaller bundle ``sys.executable`` is the game itself, not a Python that could run
``main.py``, so whoever restarts the game (the kiosk's supervisor) must run that executable with
the options alone. A windowed build on Windows, or ``pythonw``, starts with ``sys.stderr`` (and
``sys.stdout``) set to None: every one-line error and notice would then be an AttributeError, so
they go to a log file in the data dir instead, opened only when there is something to write.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

from game.app.options import REPO_ROOT

LOG_FILE = "flagged.log"  # under the data dir's logs/, beside the supervisor's log


def is_frozen() -> bool:
    """True in a standalone bundle: PyInstaller sets ``sys.frozen``."""
    return bool(getattr(sys, "frozen", False))


def game_command() -> list[str]:
    """The command that starts the game (options follow it): the bundle's own executable when frozen,
    else this Python with the repository's ``main.py``."""
    if is_frozen():
        return [sys.executable]
    return [sys.executable, str(REPO_ROOT / "main.py")]


class LogStream(io.TextIOBase):
    """A text stream that appends to ``path()`` from its first write on, each line stamped.

    ``path`` is asked only then, so a run with nothing to say creates no file; a log that cannot be
    written is dropped quietly (nobody could be told anyway).
    """

    def __init__(self, path: Callable[[], Path], stamp: Callable[[], str] | None = None) -> None:
        super().__init__()
        self._path = path
        self._stamp = stamp or (lambda: time.strftime("%Y-%m-%d %H:%M:%S"))
        self._stream: io.TextIOBase | None = None
        self._failed = False
        self._line_start = True

    def writable(self) -> bool:
        return True

    def _open(self) -> io.TextIOBase | None:
        if self._stream is None and not self._failed:
            try:
                path = self._path()
                path.parent.mkdir(parents=True, exist_ok=True)
                self._stream = path.open("a", encoding="utf-8")  # type: ignore[assignment]
            except OSError:
                self._failed = True
        return self._stream

    def write(self, text: str) -> int:
        stream = self._open()
        if stream is None or not text:
            return len(text)
        out = []
        for piece in text.splitlines(keepends=True):
            if self._line_start:
                out.append(f"{self._stamp()} ")
            out.append(piece)
            self._line_start = piece.endswith("\n")
        try:
            stream.write("".join(out))
            stream.flush()
        except OSError:
            pass
        return len(text)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        super().close()


def data_dir_of(argv: list[str], default: Callable[[], Path]) -> Path:
    """The ``--data-dir`` that ``argv`` names (before it is parsed properly), else ``default()``."""
    for index, item in enumerate(argv):
        if item == "--data-dir" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if item.startswith("--data-dir="):
            return Path(item.split("=", 1)[1])
    return default()


def attach_missing_streams(argv: list[str], default_data_dir: Callable[[], Path]) -> None:
    """Give a process with no stderr or stdout (windowed build, ``pythonw``) the data dir's log instead."""
    if sys.stderr is not None and sys.stdout is not None:
        return
    log = LogStream(lambda: data_dir_of(argv, default_data_dir) / "logs" / LOG_FILE)
    if sys.stderr is None:
        sys.stderr = log
    if sys.stdout is None:
        sys.stdout = log
