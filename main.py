"""Flagged: start here. ``python main.py --help`` lists the options; no option is needed to play."""

from __future__ import annotations

import os
import sys


def _prepare_environment(argv: list[str]) -> None:
    """Choose SDL's drivers before pygame is first imported: headless means no window, no sound."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if "--headless" in argv or (argv and argv[0] in ("check", "debrief", "stats")):
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"


if __name__ == "__main__":
    _prepare_environment(sys.argv[1:])
    from game.app import main

    sys.exit(main(sys.argv[1:]))
