"""The screens: title, play, phone, pause and ending, a small state machine of transitions.

The app starts with ``TitleScreen(context)`` and calls ``update`` and ``draw`` on the top screen
(drawing the screens below it first while the top one does not cover them).
"""

from __future__ import annotations

from game.screens import registry
from game.screens.compare import CompareScreen
from game.screens.ending import EndingScreen
from game.screens.pause import PauseScreen
from game.screens.phone import PhoneScreen
from game.screens.play import PlayScreen
from game.screens.title import TitleScreen

registry.register(TitleScreen, CompareScreen)  # reached by name from screens they import (registry.py)

__all__ = ["EndingScreen", "PauseScreen", "PhoneScreen", "PlayScreen", "TitleScreen"]
