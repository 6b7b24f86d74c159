"""The contact sheet: a small part of it draws, finds nothing wrong, and catches a real overlap."""

from __future__ import annotations

import pygame
import pytest

from game import contact_sheet
from game.level import load_level
from game.render import Art, panels
from game.render.notices import STATION, play_card


def test_a_small_part_of_the_sheet_fits_and_writes_its_pictures(tmp_path):
    # Hearing Day: the longest rules list, which the preset screen must scroll at this size
    problems = contact_sheet.contact_sheet(tmp_path, languages=("nl",), text_sizes=(150,),
                                           window_sizes=((1280, 720),), scenarios=("hearing_day",),
                                           seeds=range(1, 2))
    assert problems == []
    names = {path.name for path in tmp_path.glob("*.png")}
    for screen in ("title", "settings", "pause", "phone", "card-opening", "comparison", "replay",
                   "out_of_order", "facilitator", "presets"):
        assert f"hearing_day-{screen}-nl-150-1280x720.png" in names
    assert any(name.startswith("hearing_day-file-") for name in names)
    index = pygame.image.load(str(tmp_path / "index.png"))
    assert index.get_width() > 1280 and index.get_height() >= 90


@pytest.fixture
def log():
    panels.layout_log = panels.LayoutLog()
    yield panels.layout_log
    panels.layout_log = None


def test_the_check_names_texts_over_each_other_out_of_their_card_and_off_the_window(log):
    pygame.font.init()
    surface = pygame.Surface((400, 300), pygame.SRCALPHA)
    image = pygame.Surface((100, 20))
    image.fill((255, 255, 255))
    for message, at in (("first", (10, 10)), ("second", (50, 15)), ("gone", (350, 100))):
        surface.blit(image, at)
        panels.log_text(surface, image, image.get_rect(topleft=at), message)
    panels.log_card(surface, pygame.Rect(0, 200, 150, 60))
    panels.log_text(surface, image, image.get_rect(topleft=(80, 220)), "spilling")
    found = contact_sheet.problems_in(log, (400, 300), "test")
    assert any("'first' and 'second'" in line for line in found)
    assert any("'gone' is drawn outside the window" in line for line in found)
    assert any("'spilling' spills out of its card" in line for line in found)
    log.clear()
    panels.log_text(surface, image, image.get_rect(topleft=(10, 10)), "alone")
    assert contact_sheet.problems_in(log, (400, 300), "test") == []


def test_the_check_names_a_text_blitted_raw_and_who_blitted_it(log):
    sheet = contact_sheet.SheetLog()
    panels.layout_log = sheet
    art = Art.load()
    surface = pygame.Surface((400, 300))
    with contact_sheet.watching_text(sheet):
        laid_out = art.text("small", 300, "laid out", (0, 0, 0))
        panels.log_text(surface, laid_out, laid_out.get_rect(), "laid out")
        surface.blit(art.text("small", 300, "raw", (0, 0, 0)), (0, 100))
    found = contact_sheet.problems_in(sheet, (400, 300), "test")
    assert found == [f"test: 'raw' is blitted raw by {__name__}, not laid out in a box"]
    assert Art.text is not None and "watching" not in Art.text.__qualname__  # the method is restored


def test_the_play_screens_cards_are_drawn_at_their_moment():
    level = load_level(contact_sheet.LEVELS_DIR / "hearing_day.tmx")
    runs = contact_sheet.scenario_runs(level, range(1, 6))
    moments = contact_sheet.card_moments(runs)
    assert "station" in moments
    world = moments["station"]
    assert play_card(world) is not None and play_card(world).headline == STATION


def test_a_used_bin_keeps_its_transparency():
    from game.render.world_view import _dimmed
    sprite = pygame.Surface((8, 8), pygame.SRCALPHA)
    sprite.fill((200, 50, 50, 255), (2, 2, 4, 4))
    used = _dimmed(sprite)
    back = pygame.Surface((8, 8))
    back.fill((0, 120, 0))
    back.blit(used, (0, 0))
    assert back.get_at((0, 0))[:3] == (0, 120, 0)  # the corner stays the street, not black
    assert back.get_at((4, 4))[:3] != (200, 50, 50)  # the bin itself is greyed and faded
