"""The what-if: two files of the same walk side by side, 'As played' and 'What if: KEY = VALUE' (or
two runs under two of the facilitator's rule presets).

Why a page of its own: a workshop asks what changed when only what the system knew changed, so each
column keeps what answers that (the true pass, how often she was seen, the score and the pass over an
axis both share, the rules that fired) and leaves the rest of the file out.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

import pygame

from game.events import RuleFired, RunRecord
from game.i18n import _, n_
from game.render import palette
from game.render.art import Art
from game.render.debrief.page import MAP_LEAST, chip, on_page, page_art
from game.render.debrief_chart import chart_height, draw_chart
from game.render.debrief_map import draw_map
from game.render.debrief_story import NOT_TOLD, comparison_labels, ending_clock, ending_title, series
from game.render.panels import card, log_forget, unit
from game.render.phone import PASS_WORDS, pass_symbol
from game.render.text import line_height, text, text_lines, text_size, wrap
from game.system.debrief import Debrief


def _column(
    surface: pygame.Surface,
    art: Art,
    file: Debrief,
    label: str,
    rect: pygame.Rect,
    axis_end: float,
    u: float,
    accent: tuple[int, ...],
    heading_scale: float,
) -> bool:
    """One file's column; returns whether its chart and the heading of its rules found room."""
    record, level, figures = file.record, file.level, file.figures
    card(surface, rect, palette.PAPER, round(14 * u), lift=round(5 * u), shadows=art.compositor.shadows)
    pad = round(26 * u)
    x, y, w = rect.x + pad, rect.y + pad, rect.width - 2 * pad
    strip = pygame.Rect(rect.x, rect.y, rect.width, round(14 * u))
    pygame.draw.rect(
        surface, accent, strip, border_top_left_radius=round(14 * u), border_top_right_radius=round(14 * u)
    )
    y += round(8 * u)
    y += text_lines(surface, art, "heading", label, palette.INK, (x, y), w, heading_scale)
    y += round(6 * u)
    ending = f"{ending_title(record.ending, level.story)} · {ending_clock(record, level)}"
    y += text_lines(surface, art, "label", ending, palette.INK, (x, y), w)
    y += round(16 * u)
    # The pass as it really was, and how often she was seen.
    symbol_r = round(28 * u)
    pass_symbol(surface, figures.true_pass, (x + symbol_r, y + symbol_r), symbol_r)
    words = f"{_('Your pass was really')}: {_(PASS_WORDS[figures.true_pass])}"
    words_x = x + 2 * symbol_r + round(16 * u)
    words_h = text_lines(surface, art, "body", words, palette.INK, (words_x, y), x + w - words_x, draw=False)
    text_lines(surface, art, "body", words, palette.INK, (words_x, y + max(0, symbol_r - words_h // 2)),
           x + w - words_x)
    y += max(2 * symbol_r, words_h) + round(16 * u)
    cameras = len(figures.cameras_that_saw)
    if figures.observations == 1:
        seen = _("1 observation, by 1 camera")
    else:
        seen = n_(
            "{count} observations, by {cameras} camera", "{count} observations, by {cameras} cameras", cameras
        ).format(count=figures.observations, cameras=cameras)
    y += text_lines(surface, art, "body", seen, palette.INK, (x, y), w) + round(16 * u)
    # The score and the pass over time, on an axis shared with the other column, as tall as leaves
    # the rules their heading and a line.
    map_w = round(w * 0.42)
    list_w = w - map_w - round(24 * u)
    rules = [e for e in record.events if isinstance(e, RuleFired)]

    def more_h(count: int) -> int:
        more = _("{count} more in the file").format(count=count)
        return text_lines(surface, art, "small", more, palette.INK_SOFT, (x, y), list_w, 0.85, draw=False)

    rules_least = line_height(surface, art, "label", 0.82) + round(8 * u) + more_h(len(rules))
    room = rect.bottom - pad - y - round(20 * u) - rules_least
    data = series(file, axis_end)
    least = chart_height(surface, art, data, w, u)
    chart_h = max(least, min(max(round(240 * u), round(rect.height * 0.27)), room))
    draw_chart(surface, art, data, pygame.Rect(x, y, w, chart_h), u)
    y += chart_h + round(20 * u)
    # The rules that fired, hidden ones marked, beside the map of the walk.
    if rect.bottom - pad - y >= round(MAP_LEAST * u):
        draw_map(surface, art, record, level,
                 pygame.Rect(x + list_w + round(24 * u), y, map_w, rect.bottom - pad - y), u * 0.8)
    text(surface, art, "label", _("Rules that fired").upper(), palette.INK_SOFT, 0.82, topleft=(x, y))
    y += line_height(surface, art, "label", 0.82) + round(8 * u)
    tag = _(NOT_TOLD).upper()
    scale = 0.9
    line_h = line_height(surface, art, "small", scale)
    font = art.font("small", round(surface.get_height() * scale))
    tag_w = round(text_size(surface, art, "label", tag)[0] * 0.8 * scale) + round(24 * u)
    for index, event in enumerate(rules):
        lines = wrap(surface, art, "small", f"{event.clock}  {event.rule}: {_(event.text)}", list_w, scale)
        inline = not event.told and font.size(lines[-1])[0] + round(12 * u) + tag_w <= list_w
        height = line_h * (len(lines) + (0 if event.told or inline else 1))
        rest = len(rules) - index - 1
        if y + height + (more_h(rest) if rest else 0) > rect.bottom - pad:
            more = _("{count} more in the file").format(count=len(rules) - index)
            text_lines(surface, art, "small", more, palette.INK_SOFT, (x, y), list_w, 0.85)
            break
        last = pygame.Rect(x, y, 0, 0)
        for number, line in enumerate(lines):
            last = text(surface, art, "small", line, palette.INK, scale, topleft=(x, y + number * line_h))
        if not event.told:
            spot = (last.right + round(12 * u), last.y) if inline else (x, y + len(lines) * line_h)
            chip(surface, art, tag, palette.PASS_COLOURS["red"], palette.TEXT_LIGHT, spot, u, scale,
                  room=x + list_w - spot[0])
        y += height + round(10 * u)
    if not rules:
        text(surface, art, "small", _("No rule fired."), palette.INK_SOFT, topleft=(x, y))
    return least <= room


def preset_labels(left: RunRecord, right: RunRecord) -> tuple[str, str] | None:
    """Column headings for two runs under different rule presets (by content hash), or None."""
    def content_hash(record: RunRecord) -> str | None:
        return record.preset["hash"] if record.preset else None

    if content_hash(left) == content_hash(right):
        return None

    def label(record: RunRecord) -> str:
        if record.preset is None:
            return _("No preset: the level as it is")
        return _("Preset {name} ({hash})").format(name=record.preset["name"], hash=record.preset["hash"])

    return label(left), label(right)


def draw_comparison(
    surface: pygame.Surface, art: Art, left: Debrief, right: Debrief
) -> None:
    """Two files of the same walk side by side: 'As played' and 'What if: KEY = VALUE'."""
    art = page_art(art)
    on_page(surface, lambda page: _tightened(page, art, left, right))


def _tightened(
    surface: pygame.Surface, art: Art, left: Debrief, right: Debrief
) -> None:
    """The what-if page, its type stepped down (at a larger text size by 15% at most) while a
    column's chart would leave its rules no room."""
    steps = [scale for scale in (1.0, 0.95, 0.9, 0.85, 0.8) if art.text_scale <= 1.0 or scale >= 0.85]
    for scale in steps:
        tight = art
        if scale != 1.0:
            tight = copy.copy(art)  # shares the font caches; only the scale differs
            tight.text_scale = art.text_scale * scale
        if _draw_comparison(surface, tight, left, right) or scale == steps[-1]:
            break
        log_forget(surface)


def _draw_comparison(
    surface: pygame.Surface, art: Art, left: Debrief, right: Debrief
) -> bool:
    width, height = surface.get_size()
    u = unit(surface)
    surface.fill(palette.BACKGROUND)
    margin, gap = round(28 * u), round(28 * u)
    by_preset = preset_labels(left.record, right.record)
    heading = _("Two rule presets, two files") if by_preset else _("The same walk, a different file")
    title = text(surface, art, "heading", heading, palette.INK, topleft=(margin, margin))
    note = (_("Two runs of this level, each under the facilitator's rule preset named above it.") if by_preset
            else _("Same inputs, same seed; only what the system knew about you changed."))
    note_h = text_lines(surface, art, "small", note, palette.INK_SOFT, (margin, title.bottom),
                        width - 2 * margin)
    top = title.bottom + note_h + round(18 * u)
    labels = by_preset or comparison_labels(left.record, right.record)
    axis_end = max(series(file).end for file in (left, right))
    col_w = (width - 2 * margin - gap) // 2
    inner = col_w - round(52 * u)
    widest = max(text_size(surface, art, "heading", label)[0] for label in labels)
    heading_scale = max(0.6, min(1.0, 0.96 * inner / widest))
    accents: Sequence[tuple[int, ...]] = (palette.INK_SOFT, palette.COAT)
    fits = True
    for index, (file, label) in enumerate(zip((left, right), labels, strict=True)):
        rect = pygame.Rect(margin + index * (col_w + gap), top, col_w, height - margin - top)
        fits = _column(surface, art, file, label, rect, axis_end, u, accents[index], heading_scale) and fits
    return fits
