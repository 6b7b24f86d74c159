"""The data dir, checked before anything is played: a run is never played only to be lost at its end.

If the chosen folder cannot be written (its parent is a file, it lies under ``/proc``, the disk is
full, the file size limit is tiny), the game keeps its runs, statistics and logs in a temporary
folder for this sitting and says so on screen and on stderr.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MIN_FREE_BYTES = 16 * 1024 * 1024  # a few hundred run files and a statistics database
PROBE_BYTES = 64 * 1024  # written and removed at start: what one run file needs, about


def default_data_dir() -> Path:
    """Where runs, statistics and logs go when no ``--data-dir`` is given: the user's data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir("flagged", appauthor=False))


def data_dir_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot keep the game's files, or None when it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            return "not a folder"
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".flagged-probe-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(b"\0" * PROBE_BYTES)
                stream.flush()
                os.fsync(stream.fileno())
        finally:
            Path(probe).unlink(missing_ok=True)
        free = shutil.disk_usage(folder).free
    except (OSError, ValueError) as error:
        return f"cannot write there ({getattr(error, 'strerror', None) or error})"
    if free < MIN_FREE_BYTES:
        return f"only {free // 1024} KB free"
    return None


def usable_data_dir(folder: Path, fallback_root: Path | None = None) -> tuple[Path, str | None]:
    """``folder`` if it can keep the game's files, else a temporary fallback and a one-line notice."""
    problem = data_dir_problem(folder)
    if problem is None:
        return folder, None
    try:
        fallback = Path(tempfile.mkdtemp(prefix="flagged-data-", dir=fallback_root))
    except OSError:
        fallback = None
    if fallback is None or data_dir_problem(fallback) is not None:  # a full disk, a tiny ulimit -f
        return folder, f"{folder}: {problem}; no temporary folder can be written either: runs are not kept"
    return fallback, f"{folder}: {problem}; runs are kept in {fallback} until the game restarts"
