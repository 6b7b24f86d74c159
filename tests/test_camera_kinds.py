"""Camera kinds are one registry: every entry is whole, and every part of the game reads it.

Adding a kind is one entry in ``game/level/camera_kinds.py`` plus its sprite; these tests fail until
the entry can be loaded, sensed, drawn and named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.level import camera_kinds
from game.level.camera_kinds import COUNT, FACE, KINDS, PLATE, RECORDING, SOUND, senses_of
from game.level.model import CAMERA_KINDS
from game.sim import world as world_module

SPRITES = Path(__file__).parent.parent / "assets" / "sprites"


@pytest.mark.parametrize("key", list(KINDS))
def test_every_kind_is_whole(key):
    kind = KINDS[key]
    assert kind.key == key
    assert kind.senses in camera_kinds.SENSES
    assert kind.senses != RECORDING, "whether a camera only records is its registered flag's"
    assert kind.mark in camera_kinds.MARKS
    assert kind.name.strip()
    assert len(kind.colour) == 3 and all(0 <= channel <= 255 for channel in kind.colour)
    assert 0.5 <= kind.range <= 40, "the loader's limits for a camera's range"
    assert kind.owner in camera_kinds.CAMERA_OWNERS
    assert kind.recognition_factor > 0 and kind.retention_days >= 0
    assert (SPRITES / f"camera_{key}.png").is_file(), "the world view draws every kind's sprite"


def test_the_level_model_names_the_registrys_kinds_in_its_order():
    assert tuple(KINDS) == CAMERA_KINDS


def test_every_sense_has_its_handling_in_the_world():
    assert set(world_module._SENSE) == set(camera_kinds.SENSES)


@pytest.mark.parametrize(("kind", "registered", "senses"), [
    ("lamp", False, FACE), ("lamp", True, RECORDING), ("doorbell", True, RECORDING),
    ("counting", False, COUNT), ("counting", True, RECORDING),
    ("anpr", False, PLATE), ("anpr", True, PLATE), ("sound", False, SOUND), ("sound", True, SOUND)])
def test_a_registered_camera_records_where_it_would_recognise_or_count(kind, registered, senses):
    assert senses_of(kind, registered) == senses


@pytest.mark.parametrize("key", list(KINDS))
def test_the_files_map_draws_every_kind_in_its_own_colour_and_shape(key):
    import pygame

    from game.render.debrief_map import MARK_POINTS, ROUND_MARKS, kind_mark

    kind = KINDS[key]
    assert kind.mark in MARK_POINTS or kind.mark in ROUND_MARKS
    surface = pygame.Surface((40, 40))
    surface.fill((0, 0, 0))
    kind_mark(surface, key, (20, 20), 10)
    pixels = pygame.surfarray.array3d(surface).reshape(-1, 3)
    assert (pixels == kind.colour).all(axis=1).any(), "the mark is filled with its kind's colour"


def test_an_unknown_kind_from_an_old_file_is_a_plain_mark():
    import pygame

    from game.render import palette
    from game.render.debrief_map import kind_mark

    for kind in ("periscope", None):
        surface = pygame.Surface((40, 40))
        kind_mark(surface, kind, (20, 20), 10)
        assert tuple(surface.get_at((20, 20)))[:3] == palette.INK_SOFT, "a grey circle, not an error"
