"""Numbers in the reader's language, and the file and comparison pages at every text size."""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from game import contact_sheet, i18n
from game.app.settings import Settings
from game.level import load_level
from game.render import Art, panels
from game.render.compare import draw_scenario_comparison
from game.render.debrief import draw_file
from game.screens.compare import CompareScreen
from game.screens.ending import EndingScreen, PageCanvas, layout_size
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
    screen.mode, screen.summary = "statistics", context.exhibition.stats_summary()
    log.clear()
    screen.draw(pygame.Surface((1280, 720)))
    assert "7,5" in [message for _key, _rect, message in log.texts]
    assert not any("7.5" in message for _key, _rect, message in log.texts)


# --- the file and the comparison at every text size ---------------------------------------------


@pytest.fixture(scope="module")
def long_runs(art):
    """The longest real runs the bot makes of each scenario in a few seeds (25 and 23 entries)."""
    picked = []
    for name, seeds in (("hearing_day", range(5, 6)), ("here", range(12, 13))):
        level = load_level(contact_sheet.LEVELS_DIR / f"{name}.tmx")
        runs = contact_sheet.scenario_runs(level, seeds)
        picked.append(max(runs.values(), key=lambda run: len(run.world.events)))
    return picked


class Owner:
    """Whoever a page canvas draws for."""


def _laid_out(art, size, scale, draw):
    """Draw a page as its screen does, at text size ``scale``; returns the sheet's log of it."""
    log = contact_sheet.SheetLog()
    panels.layout_log = log
    art.text_scale = scale
    try:
        with contact_sheet.watching_text(log):
            PageCanvas().draw(Owner(), size, draw)
    finally:
        art.text_scale = 1.0
        panels.layout_log = None
    return log


def _height_of(log, message):
    return max(rect.height for _key, rect, text in log.texts if text == message)


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_file_of_a_long_run_fits_every_card_at_every_text_size(art, long_runs, language, size):
    i18n.set_language(language)
    try:
        hint = i18n._("Enter: close your file")
        heights = {}
        for scale in (1.0, 1.25, 1.5):
            for run in long_runs:
                def draw(page, file=run.file):
                    draw_file(page, art, file, scroll=1, hint=hint)

                log = _laid_out(art, size, scale, draw)
                assert contact_sheet.problems_in(log, layout_size(size), f"{language}-{scale}") == []
                heights[scale] = _height_of(log, hint)
        assert heights[1.5] >= 1.4 * heights[1.0]  # the page's reading type follows the setting
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_comparison_of_two_long_runs_fits_at_every_text_size(art, long_runs, language, size):
    pair = [run.file for run in long_runs]
    i18n.set_language(language)
    try:
        heading = i18n._("How you were recorded").upper()
        heights = {}
        for scale in (1.0, 1.25, 1.5):
            log = _laid_out(art, size, scale, lambda page: draw_scenario_comparison(page, art, *pair))
            assert contact_sheet.problems_in(log, layout_size(size), f"{language}-{scale}") == []
            heights[scale] = _height_of(log, heading)
        assert heights[1.5] >= 1.25 * heights[1.0]  # stepped down by 15% at most
    finally:
        i18n.set_language("en")


def test_the_file_and_the_comparison_are_drawn_again_at_a_new_text_size(art, long_runs):
    """The facilitator's menu opens over any screen, so the text size may change under a file."""
    first, second = long_runs
    context = contact_sheet.SheetContext(first.level, art, Settings())
    screens = [EndingScreen(context, first.world, file=first.file),
               CompareScreen(context, first.file, second.file)]
    for screen in screens:
        surface = pygame.Surface((1280, 720))
        screen.draw(surface)
        before = pygame.image.tobytes(surface, "RGB")
        art.text_scale = 1.5
        try:
            screen.draw(surface)
        finally:
            art.text_scale = 1.0
        assert pygame.image.tobytes(surface, "RGB") != before


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_the_files_first_line_keeps_clear_of_the_score_in_dutch(art, long_runs, dutch, scale):
    """'JOUW DOSSIER · Hier · geëindigd om 10:10 · regelset …' wraps before it reaches 'Eindscore'."""
    run = long_runs[1]
    record = dataclasses.replace(run.file.record, preset={"name": "streng-toezicht", "hash": "ab12cd34",
                                                          "content": {}})
    file = dataclasses.replace(run.file, record=record)

    def draw(page):
        draw_file(page, art, file)

    log = _laid_out(art, (1280, 720), scale, draw)
    caption = next(rect for _key, rect, message in log.texts if message == "Eindscore")
    first = [rect for _key, rect, message in log.texts if message.startswith("JOUW DOSSIER")
             or "geëindigd om" in message or "regelset" in message]
    assert first and all(rect.right + 10 < caption.left or rect.top >= caption.bottom for rect in first)
