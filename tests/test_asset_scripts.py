"""The scripts in assets/src still make the shipped files, byte for byte.

Why: the levels, tilesets, sprites and sounds are generated and then committed; the scripts share
their code through levelkit.py and artkit.py, so a change to a shared helper must not move one
byte of any file it makes. Each check draws or writes into memory or ``tmp_path``, never into
assets/ or levels/.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "assets" / "src"
LEVELS = ROOT / "levels"
FRESH = ("build_hearing_day", "build_here", "build_stress", "hearing_day_props")  # they keep state


@pytest.fixture
def script() -> Iterator[Callable[[str], ModuleType]]:
    """Import a script of assets/src by name; the level builders come fresh, with an empty map."""
    sys.path.insert(0, str(SRC))
    for name in FRESH:
        sys.modules.pop(name, None)
    try:
        yield importlib.import_module
    finally:
        sys.path.remove(str(SRC))
        for name in FRESH:
            sys.modules.pop(name, None)


def shipped(path: Path) -> bytes:
    return path.read_bytes()


def test_the_level_builders_write_the_shipped_levels(script) -> None:
    levelkit = script("levelkit")
    hearing_day = script("build_hearing_day")
    hearing_day.build()
    assert hearing_day.check() == []
    assert hearing_day.tmx_text().encode() == shipped(LEVELS / "hearing_day.tmx")
    here = script("build_here")
    here.build()
    assert here.check() == []
    assert here.tmx_text().encode() == shipped(LEVELS / "here.tmx")
    assert here.rules_text().encode() == shipped(LEVELS / "here.rules.json")
    # The first builder writes the Tiled project, the second adds its classes to it.
    project = here.updated_project(hearing_day.project_text())
    assert project.encode() == shipped(LEVELS / "flagged.tiled-project")
    templates = {**hearing_day.templates(), **here.templates()}
    assert sorted(templates) == sorted(p.stem for p in (LEVELS / "templates").glob("*.tx"))
    for name, o in templates.items():
        assert levelkit.template_text(o).encode() == shipped(LEVELS / "templates" / f"{name}.tx"), name
    stress = script("build_stress")
    stress.build()
    assert stress.check() == []
    assert stress.tmx_text().encode() == shipped(LEVELS / "stress.tmx")
    assert (json.dumps(stress.RULES, indent=2) + "\n").encode() == shipped(LEVELS / "stress.rules.json")
    assert (json.dumps(stress.STORY, indent=2) + "\n").encode() == shipped(LEVELS / "stress.story.json")


def test_the_art_scripts_draw_the_shipped_tiles_sprites_and_sounds(script, tmp_path: Path) -> None:
    artkit = script("artkit")
    city = script("make_tiles").TILES
    sheet = artkit.render_png(city)
    pygame.image.save(sheet, str(tmp_path / "city.png"))
    tiles = ROOT / "assets" / "tiles"
    assert shipped(tmp_path / "city.png") == shipped(tiles / "city.png")
    assert artkit.tsx_text("city", city, *sheet.get_size()).encode() == shipped(tiles / "city.tsx")
    here = script("make_tiles_here").TILES
    pygame.font.init()  # Here's road tiles write their names
    here_sheet = artkit.render_png(here)
    pygame.image.save(here_sheet, str(tmp_path / "here.png"))
    assert shipped(tmp_path / "here.png") == shipped(tiles / "here.png")
    assert artkit.tsx_text("here", here, *here_sheet.get_size()).encode() == shipped(tiles / "here.tsx")

    sprites = ROOT / "assets" / "sprites"
    first, second = script("make_sprites"), script("make_sprites_here")
    drawn = {name: (first.OFFICER if name.startswith("officer") else artkit.TILE, draw)
             for name, draw in first.SPRITES.items()}
    drawn |= {name: (artkit.TILE, draw) for name, draw in second.SPRITES.items()}
    for name, (px, draw) in drawn.items():
        pygame.image.save(artkit.draw_object(px, px, draw), str(tmp_path / f"{name}.png"))
        assert shipped(tmp_path / f"{name}.png") == shipped(sprites / f"{name}.png"), name
    badge = artkit.draw_object(second.BADGE, second.BADGE, second.registered_badge, shadow=False)
    pygame.image.save(badge, str(tmp_path / "registered_badge.png"))
    assert shipped(tmp_path / "registered_badge.png") == shipped(sprites / "registered_badge.png")

    sounds = script("make_sounds")
    for name, make in sounds.SOUNDS.items():
        sounds.write_wav(tmp_path / f"{name}.wav", make(), sounds.LOUDNESS[name])
        assert shipped(tmp_path / f"{name}.wav") == shipped(ROOT / "assets" / "sounds" / f"{name}.wav"), name
