"""The screens others reach by name, so that no two screen modules import each other.

The title starts play and the attract loop, and both go back to the title; the ending opens the
comparison, which draws on the ending's page canvas. Written as imports both ways, each is a cycle:
neither module can be read, loaded or tested without the other. So a screen that goes to one that
imports it asks here instead: ``make("title", context)``. The package (``game/screens/__init__.py``)
registers those screens after importing them, and Python runs a package's ``__init__`` before any of
its modules, so the registry is full before the first screen runs.
"""

from __future__ import annotations

from collections.abc import Callable

from game.screens.base import AppContext, Screen

SCREENS: dict[str, Callable[..., Screen]] = {}  # a screen's ``name`` (as the trace says) -> its class


def register(*screens: type[Screen]) -> None:
    """Let other screens reach these by their ``name``."""
    for screen in screens:
        SCREENS[screen.name] = screen


def make(name: str, context: AppContext, *args: object) -> Screen:
    """A new screen of the class registered as ``name``, given the context and its other arguments."""
    return SCREENS[name](context, *args)
