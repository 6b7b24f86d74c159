"""Two scenarios side by side: "How different are we, really?" One page, a column per run file.

Why its own page rather than the what-if columns: the what-if compares one walk under two profiles,
this compares two cities (two levels, two scenarios), so it asks other questions of each file: how often
she was recorded and how (live, footage handed over afterwards, number plates), who owned the
cameras, what was kept and for how long, and what she was told. The figures come from
``game.system.compare``; this module only places them, at any size from 1280x720 up.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pygame

from game.i18n import N_, _, format_number, n_
from game.render import palette
from game.render.art import Art
from game.render.debrief import on_page, page_art, save_picture
from game.render.debrief_map import FOOTAGE_BLUE, draw_map
from game.render.debrief_story import ending_clock, ending_title, long_date
from game.render.panels import card, log_forget, unit
from game.render.text import line_height, text, text_lines, text_size, wrap
from game.system.compare import ScenarioFigures, compare_scenarios
from game.system.debrief import Debrief

HEADLINE = N_("How different are we, really?")
SUBTITLE = N_("Two cities, one player: what each file holds, who owned the cameras, what was kept "
              "and for how long, and what you were told.")
OWNER_NAMES = {"state": N_("State"), "business": N_("Business"), "private": N_("Private")}
OWNER_COLOURS = {"state": palette.INK_SOFT, "business": (38, 140, 150), "private": (150, 84, 48)}
SECTIONS = {
    "recorded": N_("How you were recorded"),
    "owners": N_("Who owned the cameras that recorded you"),
    "kept": N_("What was kept, and for how long"),
    "told": N_("What you were told"),
}


def _heading(surface: pygame.Surface, art: Art, key: str, x: int, y: int, width: int, u: float,
             draw: bool = True) -> int:
    """A small capitals section title over a rule, wrapped if wider than the card; returns the y
    below it."""
    words = _(SECTIONS[key]).upper()
    line_h = line_height(surface, art, "label", 0.78)
    lines = wrap(surface, art, "label", words, width, 0.78)
    if draw:
        for number, line in enumerate(lines):
            text(surface, art, "label", line, palette.INK_SOFT, 0.78, topleft=(x, y + number * line_h))
    rule_y = y + len(lines) * line_h + round(6 * u)
    if draw:
        pygame.draw.line(surface, palette.BACKGROUND, (x, rule_y), (x + width, rule_y), max(2, round(3 * u)))
    return rule_y + round(10 * u)


def _numbers(surface: pygame.Surface, art: Art, figures: ScenarioFigures, x: int, y: int, width: int,
             u: float) -> int:
    """Three big numbers: live, footage handed over, plates read; returns the y below them."""
    cells = (
        (figures.observations, n_("observation live", "observations live", figures.observations)),
        (figures.footage, n_("recording handed over afterwards", "recordings handed over afterwards",
                             figures.footage)),
        (figures.passages, n_("number plate read", "number plates read", figures.passages)),
    )
    cell_w = width // 3
    bottom = y
    for index, (number, words) in enumerate(cells):
        left = x + index * cell_w
        big = text(surface, art, "score", str(number), FOOTAGE_BLUE if index == 1 else palette.INK, 0.9,
                    topleft=(left, y))
        words_w = cell_w - round(16 * u)
        height = text_lines(surface, art, "small", words, palette.INK, (left, big.bottom), words_w, 0.85)
        bottom = max(bottom, big.bottom + height)
    return bottom + round(14 * u)


def _owners(surface: pygame.Surface, art: Art, figures: ScenarioFigures, scale_max: int, x: int, y: int,
            width: int, u: float) -> int:
    """One bar per owner, with its name and count (the colour is never the only cue)."""
    name_w = max(text_size(surface, art, "small", _(name))[0] for name in OWNER_NAMES.values())
    name_w += round(20 * u)
    bar_h = line_height(surface, art, "small") - round(8 * u)
    bar_w = width - name_w - round(70 * u)
    for owner, name in OWNER_NAMES.items():
        count = figures.owners.get(owner, 0)
        text(surface, art, "small", _(name), palette.INK, topleft=(x, y))
        length = max(round(4 * u), round(bar_w * count / scale_max))
        bar = pygame.Rect(x + name_w, y + round(5 * u), length, bar_h)
        pygame.draw.rect(surface, OWNER_COLOURS[owner] if count else palette.BACKGROUND, bar,
                         border_radius=round(4 * u))
        text(surface, art, "label", str(count), palette.INK,
              midleft=(bar.right + round(12 * u), bar.centery))
        y += line_height(surface, art, "small") + round(4 * u)
    return y + round(10 * u)


def _kept_lines(figures: ScenarioFigures) -> list[str]:
    lines = []
    if figures.passages:
        lines.append(n_("{count} number-plate passage, kept {days} days: until {date}.",
                        "{count} number-plate passages, kept {days} days: until {date}.", figures.passages)
                     .format(count=figures.passages, days=format_number(figures.retention_days),
                             date=long_date(figures.passages_until or "")))
    elif figures.bus_rides:
        lines.append(_("No number plate read: you took the bus."))
    else:
        lines.append(_("No number plate read."))
    if figures.footage:
        cameras = n_("{cameras} registered camera", "{cameras} registered cameras",
                     figures.footage_cameras).format(cameras=figures.footage_cameras)
        lines.append(n_("{count} recording of you, from {cameras}, handed to the police on order.",
                        "{count} recordings of you, from {cameras}, handed to the police on order.",
                        figures.footage).format(count=figures.footage, cameras=cameras))
    else:
        lines.append(_("No footage was ordered from registered cameras."))
    lines.append(n_("Your file: {count} entry. How long it is kept, you were not told.",
                    "Your file: {count} entries. How long it is kept, you were not told.", figures.entries)
                 .format(count=figures.entries))
    return lines


def _told_lines(figures: ScenarioFigures) -> list[str]:
    lines = [_("Rules that fired: {fired}; you were told of {told}.").format(
        fired=figures.rules_fired, told=figures.rules_told)]
    if figures.pass_changes:
        lines.append(_("Changes of your pass: {changes}; you were told of {told}.").format(
            changes=figures.pass_changes, told=figures.pass_changes_told))
    if figures.letters:
        lines.append(n_("{count} letter on your phone, with no reason given.",
                        "{count} letters on your phone, with no reason given.", figures.letters)
                     .format(count=figures.letters))
    return lines


def _column(surface: pygame.Surface, art: Art, file: Debrief, figures: ScenarioFigures,
            scale_max: int, rect: pygame.Rect, accent: tuple[int, ...], u: float) -> tuple[int, bool]:
    """One scenario's card; returns how far down its words reach (the map takes what is left) and
    whether lines were left out: those that do not fit above its foot are counted in a last line."""
    record, level = file.record, file.level
    card(surface, rect, palette.PAPER, round(14 * u), lift=round(5 * u), shadows=art.compositor.shadows)
    pygame.draw.rect(surface, accent, (rect.x, rect.y, rect.width, round(14 * u)),
                     border_top_left_radius=round(14 * u), border_top_right_radius=round(14 * u))
    pad = round(28 * u)
    x, y, width = rect.x + pad, rect.y + pad + round(6 * u), rect.width - 2 * pad
    foot = rect.bottom - pad
    title = text(surface, art, "heading", _(level.title), palette.INK, topleft=(x, y))
    ending = f"{ending_title(record.ending, level.story)} · {ending_clock(record, level)}"
    y = title.bottom + text_lines(surface, art, "label", ending, palette.COAT, (x, title.bottom), width, 0.9)
    y += round(10 * u)
    y = _heading(surface, art, "recorded", x, y, width, u)
    y = _numbers(surface, art, figures, x, y, width, u)
    if figures.dots:
        y += text_lines(surface, art, "small", n_("{count} of them saw you only as a dot.",
                                               "{count} of them saw you only as dots.", figures.dots)
                    .format(count=figures.dots), palette.INK_SOFT, (x, y), width, 0.85) + round(8 * u)
    y = _heading(surface, art, "owners", x, y, width, u)
    y = _owners(surface, art, figures, scale_max, x, y, width, u)
    bullets = [(key, line) for key, lines in (("kept", _kept_lines(figures)), ("told", _told_lines(figures)))
               for line in lines]
    indent = round(22 * u)

    def more_h(rest: int) -> int:
        words = _("{count} more at a smaller text size").format(count=rest)
        return text_lines(surface, art, "small", words, palette.INK_SOFT, (x, y), width, 0.85, draw=False)

    shown_key = None
    for number, (key, line) in enumerate(bullets):
        line_h = text_lines(surface, art, "small", line, palette.INK, (x + indent, y), width - indent,
                            draw=False)
        heading_h = _heading(surface, art, key, x, y, width, u, draw=False) - y if key != shown_key else 0
        need = line_h + heading_h + (round(12 * u) if number + 1 < len(bullets)
                                     and bullets[number + 1][0] != key else 0)
        rest = len(bullets) - number - 1
        if y + need + (more_h(rest) if rest else 0) > foot:
            words = _("{count} more at a smaller text size").format(count=len(bullets) - number)
            y += text_lines(surface, art, "small", words, palette.INK_SOFT, (x, y), width, 0.85)
            return y + pad, True
        if key != shown_key:
            if shown_key is not None:
                y += round(12 * u)
            y = _heading(surface, art, key, x, y, width, u)
            shown_key = key
        bullet = (x + round(6 * u), y + line_height(surface, art, "small") // 2)
        pygame.draw.circle(surface, palette.COAT, bullet, round(5 * u))
        y += text_lines(surface, art, "small", line, palette.INK, (x + indent, y), width - indent)
    y += round(12 * u)
    room = rect.bottom - pad - y
    if room > round(120 * u):  # the walk, and the route the footage tells, if there is room
        draw_map(surface, art, record, level, pygame.Rect(x, y, width, room), u * 0.8)
    return y + pad, False


def draw_scenario_comparison(surface: pygame.Surface, art: Art, left: Debrief,
                             right: Debrief) -> None:
    """Two runs of different levels side by side under 'How different are we, really?'."""
    art = page_art(art)
    on_page(surface, lambda page: _draw(page, art, left, right))


TIGHTENINGS = (1.0, 0.95, 0.9, 0.85, 0.8)  # the type's scale, tried in turn until the words fit


def _draw(surface: pygame.Surface, art: Art, left: Debrief,
          right: Debrief) -> None:
    """The page, with its type a step smaller when the cards' words would run past their foot
    (long real runs), at a larger text size by no more than 15% (the player's choice stands); what
    then still does not fit is counted in a last line. The cards keep their places and no line ever
    falls below its card."""
    steps = [scale for scale in TIGHTENINGS if art.text_scale <= 1.0 or scale >= 0.85]
    for scale in steps:
        tight = art
        if scale != 1.0:
            tight = copy.copy(art)  # shares the font caches; only the scale differs
            tight.text_scale = art.text_scale * scale
        if not _draw_page(surface, tight, left, right) or scale == steps[-1]:
            break
        log_forget(surface)


def _draw_page(surface: pygame.Surface, art: Art, left: Debrief,
               right: Debrief) -> bool:
    """The page at this surface's size; returns whether a card had lines left out."""
    width, height = surface.get_size()
    u = unit(surface)
    surface.fill(palette.BACKGROUND)
    margin, gap = round(28 * u), round(28 * u)
    title = text(surface, art, "heading", _(HEADLINE), palette.INK, topleft=(margin, margin))
    note_h = text_lines(surface, art, "small", _(SUBTITLE), palette.INK_SOFT, (margin, title.bottom),
                    width - 2 * margin)
    top = title.bottom + note_h + round(18 * u)
    figures = compare_scenarios(left, right)
    scale_max = max(1, *(max(f.owners.values(), default=0) for f in figures))
    col_w = (width - 2 * margin - gap) // 2
    accents = (palette.INK_SOFT, palette.COAT)
    shortened = False
    for index, (file, numbers) in enumerate(zip((left, right), figures, strict=True)):
        rect = pygame.Rect(margin + index * (col_w + gap), top, col_w, height - margin - top)
        shortened = _column(surface, art, file, numbers, scale_max, rect, accents[index], u)[1] or shortened
    return shortened


def render_scenario_comparison_png(left: Debrief, right: Debrief, out: Path,
                                   size: tuple[int, int] = (2560, 1440)) -> None:
    """The two scenarios side by side as one picture of ``size`` pixels; needs no window."""
    save_picture(lambda surface, art: draw_scenario_comparison(surface, art, left, right), out, size)
