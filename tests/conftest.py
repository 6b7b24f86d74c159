"""Shared test set-up: no window, no sound, and the repository importable as is."""

import os

# Before anything imports pygame: SDL must pick the dummy drivers, so tests run with no display.
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


@pytest.fixture
def repo_root() -> Path:
    """The root of the repository (where pyproject.toml and main.py live)."""
    return REPO_ROOT


@pytest.fixture(scope="module")
def art():
    """The game's art with a 1280x720 display (fonts and sprites need one); a module may define its
    own where it needs another size or a fresh one per test."""
    import pygame

    from game.render import Art

    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    return Art.load()
