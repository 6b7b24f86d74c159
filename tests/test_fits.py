"""Numbers in the reader's language, and the file and comparison pages at every text size."""

from __future__ import annotations

import pygame
import pytest

from game import contact_sheet, i18n
from game.app.settings import Settings
from game.level import load_level
from game.render import Art, panels
from game.screens.facilitator import FacilitatorScreen


@pytest.fixture
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("en")


@pytest.fixture
def log():
    panels.layout_log = panels.LayoutLog()
    yield panels.layout_log
    panels.layout_log = None


@pytest.fixture(scope="module")
def art() -> Art:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1), pygame.HIDDEN)
    return Art.load()


def test_a_number_is_written_with_the_languages_decimal_mark(dutch):
    assert i18n.format_number(7.5) == "7,5"
    assert i18n.format_number(7.0) == "7"
    assert i18n.format_number(2.25, 2) == "2,25"
    i18n.set_language("en")
    assert i18n.format_number(7.5) == "7.5"
    assert i18n.format_number(0.04) == "0"
    assert i18n.format_number(28) == "28"


def test_the_facilitators_figures_use_a_dutch_comma(art, dutch, log):
    level = load_level(contact_sheet.LEVELS_DIR / "hearing_day.tmx")
    context = contact_sheet.SheetContext(level, art, Settings(language="nl", run_cap=150))
    screen = FacilitatorScreen(context)
    screen.draw(pygame.Surface((1280, 720)))
    assert any(message.endswith("2,5 minuten") for _key, _rect, message in log.texts)
    screen.mode, screen.summary = "statistics", context.stats_summary()
    log.clear()
    screen.draw(pygame.Surface((1280, 720)))
    assert "7,5" in [message for _key, _rect, message in log.texts]
    assert not any("7.5" in message for _key, _rect, message in log.texts)
