"""'Your file': the debrief drawn as one dossier page, on screen and (``export``) as a picture.

Why one drawing function for the screen and the picture: the workshop projects what the player saw,
so the PNG export is the same page at another size. Everything on it comes from the run's file
(``game.system.debrief.Debrief``: its record, level and figures) put in words by
``game.render.debrief_story``; nothing is canned but the questions and the article's line, which
are chosen by the ending. Sizes scale with the height (a layout unit of one pixel at 1080
lines), so the page reads from the back of a room at any size from 1280x720 up.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pygame

from game.events import Footage, GateScanned, Letter, Observed, Passage, RunRecord
from game.i18n import N_, _
from game.level.camera_kinds import PLATE, first_sensing
from game.level.model import CAMERA_KINDS
from game.render import palette
from game.render.art import Art
from game.render.debrief_chart import chart_height, draw_chart
from game.render.debrief_map import FOOTAGE_BLUE, dashed_line, draw_map, kind_mark
from game.render.debrief_story import (
    CAMERA_KIND_NAMES,
    NOT_TOLD,
    Entry,
    ending_clock,
    ending_title,
    figure_lines,
    kept_figures,
    series,
    timeline,
    word,
)
from game.render.panels import card, log_card, log_text, scroll_arrow, unit
from game.render.phone import PASS_WORDS, pass_symbol
from game.render.text import cut, fit, line_height, text, text_lines, text_size, wrap, wrap_pieces
from game.system.debrief import Debrief

FILE_LABEL = N_("Your file")
SECTION_TITLES = {
    "timeline": N_("What the system recorded"),
    "map": N_("Where you were seen"),
    "chart": N_("The number you saw, the flag you did not"),
    "figures": N_("In figures"),
    "questions": N_("To discuss"),
}
PAGE_LINES = 1080  # the page is laid out at no fewer lines than this
HEADER_MOST = 0.34  # of the page's height: a taller header gives the article's line to the discussion
MAP_LEAST = 120  # layout units: a map smaller than this is left out (and said to be) rather than drawn
TIMELINE_SCALE = 0.9  # the timeline's type, a little under the page's smallest, to show more events
DETAIL_SCALE = 0.85  # a rule's workings under its line, smaller and softer than what it did
SOURCES_LABEL = N_("Sources")


# --- small placing helpers --------------------------------------------------------------------


def _section_title(surface: pygame.Surface, art: Art, key: str, width: int) -> tuple[list[str], float]:
    """A card's title in small capitals: stepped down a little to keep one line, else wrapped."""
    words = _(SECTION_TITLES[key]).upper()
    for scale in (0.82, 0.78, 0.74, 0.7):
        if text_size(surface, art, "label", words)[0] * scale <= width * 0.97:
            return [words], scale
    return wrap(surface, art, "label", words, round(width * 0.97), 0.82), 0.82


def _section_overhead(surface: pygame.Surface, art: Art, key: str, width: int, u: float) -> int:
    """How much of a card of ``width`` its title, rule and padding take (see ``_section``)."""
    lines, _scale = _section_title(surface, art, key, width - 2 * round(22 * u))
    return len(lines) * line_height(surface, art, "label", 0.82) + round(56 * u)


def _section(surface: pygame.Surface, art: Art, rect: pygame.Rect, key: str, u: float) -> pygame.Rect:
    """A paper card with its title over a rule, like a form's box; returns the area inside."""
    card(surface, rect, palette.PAPER, round(14 * u), lift=round(5 * u), shadows=art.compositor.shadows)
    pad = round(22 * u)
    lines, scale = _section_title(surface, art, key, rect.width - 2 * pad)
    line_h = line_height(surface, art, "label", 0.82)
    y = rect.y + round(14 * u)
    for number, line in enumerate(lines):
        text(surface, art, "label", line, palette.INK_SOFT, scale,
              topleft=(rect.x + pad, y + number * line_h))
    rule_y = y + len(lines) * line_h + round(8 * u)
    pygame.draw.line(
        surface, palette.BACKGROUND, (rect.x + pad, rule_y), (rect.right - pad, rule_y), max(2, round(3 * u))
    )
    return pygame.Rect(
        rect.x + pad, rule_y + round(12 * u), rect.width - 2 * pad, rect.bottom - rule_y - round(12 * u) - pad
    )


def chip(
    surface: pygame.Surface,
    art: Art,
    message: str,
    colour: tuple[int, ...],
    ink: tuple[int, ...],
    topleft: tuple[int, int],
    u: float,
    scale: float = 1.0,
    room: int | None = None,
) -> pygame.Rect:
    """A tag in a coloured pill at ``topleft``, made smaller to keep it within ``room`` (scaled as an
    image: the type's smallest size would not step down)."""
    image = art.text("label", round(surface.get_height() * scale * 0.8), message, ink)
    if room is not None and image.get_width() + round(20 * u) > room:
        image = pygame.transform.smoothscale_by(image, max(0.3, (room - round(20 * u)) / image.get_width()))
    rect = image.get_rect(topleft=(topleft[0] + round(10 * u), topleft[1] + round(3 * u)))
    back = rect.inflate(round(20 * u), round(6 * u))
    back.topleft = topleft
    pygame.draw.rect(surface, colour, back, border_radius=round(8 * u))
    log_card(surface, back)
    surface.blit(image, rect)
    log_text(surface, image, rect, message)
    return back


# --- the header -------------------------------------------------------------------------------


def _header(
    surface: pygame.Surface,
    art: Art,
    file: Debrief,
    rect: pygame.Rect,
    u: float,
    draw: bool = True,
    with_quote: bool = True,
) -> int:
    """Ending, clock, score, the true pass and (``with_quote``) the article's line; returns the height
    it needs.

    The score's block stands right of the title while the title keeps at least two fifths of the
    width (its captions wrapping first); else it moves below the title, so the two never meet."""
    record, level, figures = file.record, file.level, file.figures
    pad = round(28 * u)
    true_pass = figures.true_pass
    # The right block: the score, the pass as it really was (where a pass is scanned; elsewhere the
    # letters that came with no reason), and the rules never told.
    scans_pass = level.checks_pass
    letters = sum(1 for event in record.events if isinstance(event, Letter))
    middle = _("Your pass was really") if scans_pass else _("Letters, no reason given")
    captions = (_("Final score"), middle, _("Rules you were not told"))
    pass_word = _(PASS_WORDS[true_pass]) if scans_pass else str(letters)
    untold = _("{hidden} of {fired}").format(hidden=figures.rules_hidden, fired=figures.rules_fired)
    symbol_r = round(30 * u)
    values_w = [
        text_size(surface, art, "score", str(figures.final_score))[0],
        (2 * symbol_r + round(14 * u) + text_size(surface, art, "heading", pass_word)[0])
        if scans_pass else text_size(surface, art, "score", pass_word)[0],
        text_size(surface, art, "score", untold)[0],
    ]
    block_gap = round(44 * u)
    left_x = rect.x + pad + round(16 * u)
    full_w = rect.right - pad - left_x
    small_h = line_height(surface, art, "small")
    score_h = line_height(surface, art, "score")

    def block(cap: int) -> tuple[list[list[str]], list[int]]:
        """Each caption's lines, wrapped to ``cap`` (or its value's width), and each cell's width."""
        lines = [wrap(surface, art, "small", caption, max(value_w, cap))
                 for caption, value_w in zip(captions, values_w, strict=True)]
        widths = [max(value_w, *(text_size(surface, art, "small", line)[0] for line in cell))
                  for cell, value_w in zip(lines, values_w, strict=True)]
        return lines, widths

    for cap in (full_w, *(round(width * u) for width in (480, 420, 360, 300, 240))):
        caption_lines, widths = block(cap)
        beside_w = full_w - sum(widths) - 2 * block_gap - round(24 * u)
        beside = beside_w >= full_w * 0.4
        if beside:
            break
    if not beside:  # the block on a row of its own: its cells share the whole width
        caption_lines, widths = block(round(full_w * 0.3))
        spare = max(0, full_w - sum(widths) - 2 * block_gap) // 3
        widths = [width + spare for width in widths]
    left_w = beside_w if beside else full_w
    right_w = sum(widths) + 2 * block_gap
    caption_h = small_h * max(len(cell) for cell in caption_lines)
    right_h = caption_h + score_h
    file_pieces = (
        _(FILE_LABEL).upper(),
        _(level.title),
        _("ended at {clock}").format(clock=ending_clock(record, level)),
        *((_("rule preset {name}").format(name=record.preset["name"]),) if record.preset else ()),
    )
    file_lines = wrap_pieces(surface, art, "label", file_pieces, "  ·  ", left_w, 0.82)
    top = rect.y + round(18 * u)
    label_h = line_height(surface, art, "label", 0.82)
    file_h = label_h * len(file_lines)
    title_lines = wrap(surface, art, "heading", ending_title(record.ending, level.story), left_w)
    title_h = line_height(surface, art, "heading") * len(title_lines)
    left_h = file_h + title_h
    right_top = top if beside else top + left_h + round(12 * u)
    block_h = max(left_h, right_h) if beside else left_h + round(12 * u) + right_h
    quote_y = top + block_h + round(12 * u)
    quote_h = _quote(surface, art, file, (left_x, quote_y), full_w, draw=False) if with_quote else 0
    height = quote_y + quote_h + round(16 * u) - rect.y
    if not draw:
        return height
    box = pygame.Rect(rect.x, rect.y, rect.width, height)
    card(surface, box, palette.PAPER, round(14 * u), lift=round(5 * u), shadows=art.compositor.shadows)
    stripe = pygame.Rect(box.x, box.y, round(16 * u), box.height)
    pygame.draw.rect(
        surface,
        palette.PASS_COLOURS[true_pass] if scans_pass else palette.COAT,
        stripe,
        border_top_left_radius=round(14 * u),
        border_bottom_left_radius=round(14 * u),
    )
    for number, line in enumerate(file_lines):
        text(surface, art, "label", line, palette.INK_SOFT, 0.82, topleft=(left_x, top + number * label_h))
    title = ending_title(record.ending, level.story)
    text_lines(surface, art, "heading", title, palette.INK, (left_x, top + file_h), left_w)
    # Right block (or the row below the title).
    x = box.right - pad - right_w if beside else left_x
    mid_y = right_top + caption_h + score_h // 2
    for index, caption in enumerate(caption_lines):
        if index:
            rule_x = x - block_gap // 2
            pygame.draw.line(
                surface,
                palette.BACKGROUND,
                (rule_x, right_top),
                (rule_x, quote_y - round(14 * u)),
                max(2, round(3 * u)),
            )
        for number, line in enumerate(caption):
            text(surface, art, "small", line, palette.INK_SOFT, topleft=(x, right_top + number * small_h))
        if index == 0:
            text(surface, art, "score", str(figures.final_score), palette.INK, midleft=(x, mid_y))
        elif index == 1 and not scans_pass:
            ink = palette.PASS_COLOURS["red"] if letters else palette.INK
            text(surface, art, "score", pass_word, ink, midleft=(x, mid_y))
        elif index == 1:
            pass_symbol(surface, true_pass, (x + symbol_r, mid_y), symbol_r)
            text(
                surface,
                art,
                "heading",
                pass_word,
                palette.INK,
                midleft=(x + 2 * symbol_r + round(14 * u), mid_y),
            )
        else:
            ink = palette.PASS_COLOURS["red"] if figures.rules_hidden else palette.INK
            text(surface, art, "score", untold, ink, midleft=(x, mid_y))
        x += widths[index] + block_gap
    if with_quote:  # the article's line, under a rule
        pygame.draw.line(
            surface,
            palette.BACKGROUND,
            (left_x, quote_y - round(8 * u)),
            (box.right - pad, quote_y - round(8 * u)),
            max(2, round(2 * u)),
        )
        _quote(surface, art, file, (left_x, quote_y), full_w)
    return height


def _quote(surface: pygame.Surface, art: Art, file: Debrief, topleft: tuple[int, int], width: int,
           draw: bool = True) -> int:
    """The article's line for this ending, its source, and where the level's facts come from;
    returns the height they take."""
    level = file.level
    story = level.story
    quote = _(story.article_line(file.record.ending))
    source = "— " + _(story.article_source)
    sources = story.sources
    facts = f"{_(SOURCES_LABEL)}: " + " · ".join(_(item) for item in sources) if sources else ""
    if level.credit:  # a map built from others' data names them on its file (OpenStreetMap: ODbL)
        credit = _("Map data {credit}").format(credit=level.credit)
        facts = f"{facts} · {credit}" if facts else credit
    x, y = topleft
    y += text_lines(surface, art, "small", quote, palette.INK, (x, y), width, draw=draw)
    y += text_lines(surface, art, "small", source, palette.INK_SOFT, (x, y), width, 0.85, draw=draw)
    if facts:
        y += text_lines(surface, art, "small", facts, palette.INK_SOFT, (x, y), width, 0.8, draw=draw)
    return y - topleft[1]


# --- the timeline -----------------------------------------------------------------------------


def _entry_icon(
    surface: pygame.Surface, entry: Entry, record_event: object, centre: tuple[int, int], u: float
) -> None:
    if entry.camera_kind is not None:
        kind_mark(surface, entry.camera_kind, centre, 11 * u)
        if isinstance(record_event, Footage):  # handed over afterwards: a police-blue ring
            pygame.draw.circle(surface, FOOTAGE_BLUE, centre, 16 * u, max(2, round(3 * u)))
    elif entry.colour is not None:
        pass_symbol(surface, entry.colour, centre, round(14 * u))


def _timeline(surface: pygame.Surface, art: Art, file: Debrief, area: pygame.Rect, scroll: int,
              u: float) -> None:
    record = file.record
    entries = timeline(record, file.level)
    first = max(0, min(scroll, len(entries) - 1))
    scale = TIMELINE_SCALE
    clock_w = round(text_size(surface, art, "label", "00:00")[0] * scale) + round(10 * u)
    gutter = round(44 * u)
    text_x = area.x + clock_w + gutter
    text_w = area.right - text_x
    line_h = line_height(surface, art, "small", scale)
    detail_scale = scale * DETAIL_SCALE
    detail_line_h = line_height(surface, art, "small", detail_scale)
    hint_h = line_height(surface, art, "small", 0.85)
    tag = _(NOT_TOLD).upper()
    tag_w = round(text_size(surface, art, "label", tag)[0] * 0.8 * scale) + round(24 * u)
    y = area.y
    if first > 0:
        words = text(
            surface,
            art,
            "small",
            _("{count} earlier").format(count=first),
            palette.INK_SOFT,
            0.85,
            topright=(area.right, y),
        )
        scroll_arrow(surface, (words.left - round(18 * u), words.centery), 9 * u, up=True)
        y += hint_h
    bottom = area.bottom - hint_h
    shown = first
    font = art.font("small", round(surface.get_height() * scale))
    for index in range(first, len(entries)):
        entry = entries[index]
        lines = wrap(surface, art, "small", entry.sentence, text_w, scale)
        inline = entry.hidden and font.size(lines[-1])[0] + round(12 * u) + tag_w <= text_w
        tag_h = line_h if entry.hidden and not inline else 0
        details = wrap(surface, art, "small", entry.detail, text_w, detail_scale) if entry.detail else []
        detail_h = len(details) * detail_line_h + (round(4 * u) if details else 0)
        height = len(lines) * line_h + tag_h + detail_h + round(14 * u)
        if y + height > bottom and index > first:
            break
        if y + height > bottom and details:  # too tall for the card alone: the rule's workings go first
            height -= detail_h
            details, detail_h = [], 0
        if y + height > bottom:  # one entry taller than the card: the lines that fit, cut with a mark
            room = max(1, (bottom - y - tag_h - round(14 * u)) // line_h)
            if room < len(lines):
                lines = [*lines[:room - 1], cut(font, lines[room - 1], text_w)]
                inline = entry.hidden and font.size(lines[-1])[0] + round(12 * u) + tag_w <= text_w
                tag_h = line_h if entry.hidden and not inline else 0
                height = len(lines) * line_h + tag_h + round(14 * u)
        if entry.hidden:  # a bar in the margin: this one was decided without telling her
            pygame.draw.rect(
                surface,
                palette.PASS_COLOURS["red"],
                (area.x - round(14 * u), y, round(5 * u), height - round(14 * u)),
            )
        text(surface, art, "label", entry.clock, palette.INK, scale, topleft=(area.x, y))
        _entry_icon(
            surface,
            entry,
            record.events[index],
            (area.x + clock_w + gutter // 2 - round(4 * u), y + line_h // 2),
            u,
        )
        last = pygame.Rect(text_x, y, 0, 0)
        for number, line in enumerate(lines):
            last = text(
                surface, art, "small", line, palette.INK, scale, topleft=(text_x, y + number * line_h)
            )
        if entry.hidden:
            spot = (
                (last.right + round(12 * u), y + (len(lines) - 1) * line_h)
                if inline
                else (text_x, y + len(lines) * line_h)
            )
            chip(surface, art, tag, palette.PASS_COLOURS["red"], palette.TEXT_LIGHT, spot, u, scale,
                  room=area.right - spot[0])
        detail_y = y + len(lines) * line_h + tag_h + round(4 * u)
        for number, line in enumerate(details):  # how the rule works, under what it did
            text(surface, art, "small", line, palette.INK_SOFT, detail_scale,
                 topleft=(text_x, detail_y + number * detail_line_h))
        y += height
        pygame.draw.line(
            surface,
            palette.BACKGROUND,
            (area.x, y - round(7 * u)),
            (area.right, y - round(7 * u)),
            max(1, round(2 * u)),
        )
        shown = index + 1
    rest = len(entries) - shown
    if rest > 0:
        words = text(
            surface,
            art,
            "small",
            _("{count} more: scroll down").format(count=rest),
            palette.INK_SOFT,
            0.85,
            bottomright=(area.right, area.bottom),
        )
        scroll_arrow(surface, (words.left - round(18 * u), words.centery), 9 * u, up=False)
    if not entries:
        text(surface, art, "small", _("Nothing was recorded."), palette.INK_SOFT, topleft=area.topleft)


# --- the map's legend -------------------------------------------------------------------------


def _legend(
    surface: pygame.Surface, art: Art, record: RunRecord, area: pygame.Rect, u: float, vertical: bool = False,
    guessed: bool = False,
) -> int:
    """What the marks on the map mean, for the kinds that saw this player only, in rows (or one item
    a row if ``vertical``); ``guessed``: the map marks cameras whose aim an import guessed. Returns
    its height."""
    seen = [e.camera_kind for e in record.events if isinstance(e, Observed)]
    kinds = sorted(
        set(seen), key=lambda kind: (CAMERA_KINDS.index(kind) if kind in CAMERA_KINDS else 99, kind)
    )
    items: list[tuple[str, str]] = [("start", _("home")), ("end", _("where it ended"))]
    if not kept_figures(record) or any(isinstance(e, GateScanned) for e in record.events):
        items.append(("gate", _("gate scan")))
    items += [(kind, word(CAMERA_KIND_NAMES, kind)) for kind in kinds]
    items += _kept_items(record)
    if guessed:
        items.append(("guessed", _("camera, aim or reach guessed")))
    scale = 0.85
    x, y = area.x, area.y
    step = line_height(surface, art, "small", scale) + round(6 * u)
    line_h = line_height(surface, art, "small", scale)
    for key, words in items:
        width = round(34 * u) + text_size(surface, art, "small", words)[0] * scale + round(22 * u)
        if (vertical or x + width > area.right) and x > area.x:
            x, y = area.x, y + step
        # An item wider than the legend (a large text size) wraps under its mark.
        lines = [words] if width <= area.width or area.width <= 0 else wrap(
            surface, art, "small", words, area.width - round(54 * u), scale)
        centre = (x + round(14 * u), y + step // 2 - round(2 * u))
        if key == "start":
            pygame.draw.circle(surface, palette.INK, centre, 11 * u, max(3, round(4 * u)))
        elif key == "end":
            pygame.draw.circle(surface, palette.COAT, centre, 10 * u)
            pygame.draw.circle(surface, palette.INK, centre, 10 * u, max(2, round(3 * u)))
        elif key == "gate":
            pass_symbol(surface, "green", centre, round(12 * u))
        elif key == "footage":
            left, right = (centre[0] - 13 * u, centre[1]), (centre[0] + 13 * u, centre[1])
            dashed_line(surface, FOOTAGE_BLUE, left, right, max(3, round(5 * u)), 6 * u)
            pygame.draw.circle(surface, FOOTAGE_BLUE, centre, 6 * u)
        elif key == "passage":  # a plate read: the mark of the cameras that read plates
            kind_mark(surface, first_sensing(PLATE), centre, 10 * u)
        elif key == "guessed":
            pygame.draw.circle(surface, palette.INK_SOFT, centre, 11 * u, max(2, round(3 * u)))
            text(surface, art, "small", "?", palette.INK_SOFT, 0.6, center=centre)
        else:
            kind_mark(surface, key, centre, 10 * u)
        for number, line in enumerate(lines):
            text(surface, art, "small", line, palette.INK, scale,
                  midleft=(x + round(32 * u), centre[1] + number * line_h))
        if len(lines) > 1:  # the next item starts on a row of its own, under the last line
            x, y = area.right, y + (len(lines) - 1) * line_h
        else:
            x += round(width)
    return y + step - area.y


def _kept_items(record: RunRecord) -> list[tuple[str, str]]:
    """Legend items for what was kept afterwards: the route pieced together from footage, plates read."""
    items = []
    if any(isinstance(e, Footage) for e in record.events):
        items.append(("footage", _("route pieced together from footage")))
    if any(isinstance(e, Passage) for e in record.events):
        items.append(("passage", _("number plate read")))
    return items


def legend_height(
    surface: pygame.Surface, art: Art, record: RunRecord, width: int, u: float, vertical: bool = False,
    guessed: bool = False,
) -> int:
    scratch = pygame.Surface((1, surface.get_height()))
    return _legend(scratch, art, record, pygame.Rect(0, 0, width, 0), u, vertical, guessed)


def legend_width(surface: pygame.Surface, art: Art, record: RunRecord, u: float,
                 guessed: bool = False) -> int:
    """The widest item of the map's legend, for a legend standing beside the map."""
    kinds = {e.camera_kind for e in record.events if isinstance(e, Observed)}
    words = [_("home"), _("where it ended"), _("gate scan")] + [word(CAMERA_KIND_NAMES, k) for k in kinds]
    words += [words_ for _key, words_ in _kept_items(record)]
    words += [_("camera, aim or reach guessed")] if guessed else []
    return max(round(text_size(surface, art, "small", w)[0] * 0.85) for w in words) + round(40 * u)


# --- figures and questions --------------------------------------------------------------------


def _figures(
    surface: pygame.Surface,
    art: Art,
    file: Debrief,
    area: pygame.Rect,
    u: float,
    scale: float = 1.0,
    draw: bool = True,
    count: int | None = None,
) -> int:
    """The figures, the first ``count`` of them (all if None) and a line saying how many are left out;
    returns the height they take."""
    lines = figure_lines(file.record, file.figures, file.level)
    number_w = max(text_size(surface, art, "heading", line.number)[0] for line in lines) * scale + round(
        18 * u
    )
    y = area.y
    for line in lines[:count]:
        x = area.x + round(number_w)
        height = text_lines(
            surface,
            art,
            "small",
            line.sentence,
            palette.INK,
            (x, y + round(6 * u * scale)),
            area.right - x,
            scale,
            draw,
        )
        height = max(height + round(6 * u * scale), line_height(surface, art, "heading", scale))
        if draw:
            text(
                surface,
                art,
                "heading",
                line.number,
                palette.INK,
                scale,
                topright=(x - round(18 * u), y - round(6 * u)),
            )
        y += height + round(12 * u * scale)
    y += _more(surface, art, len(lines) - len(lines[:count]), (area.x, y), area.width, scale, draw)
    return y - area.y


def _more(surface: pygame.Surface, art: Art, rest: int, topleft: tuple[int, int], width: int, scale: float,
          draw: bool) -> int:
    """'2 more at a smaller text size' where a card had no room for all it holds; returns its height."""
    if rest <= 0:
        return 0
    words = _("{count} more at a smaller text size").format(count=rest)
    return text_lines(surface, art, "small", words, palette.INK_SOFT, topleft, width, 0.85 * scale, draw)


def _questions(
    surface: pygame.Surface,
    art: Art,
    file: Debrief,
    area: pygame.Rect,
    u: float,
    scale: float = 1.0,
    draw: bool = True,
    count: int | None = None,
    quote: bool = False,
) -> int:
    """The questions to discuss, then (``quote``) the article's line, the first ``count`` of these
    (all if None); returns their height."""
    questions = file.level.story.questions_for(file.record.ending)
    items = len(questions) + (1 if quote else 0)
    shown = items if count is None else min(count, items)
    y = area.y
    number_w = text_size(surface, art, "label", "3")[0] * scale + round(20 * u)
    for number, question in enumerate(questions[:shown], start=1):
        if draw:
            text(surface, art, "label", str(number), palette.COAT, scale, topleft=(area.x, y))
        y += text_lines(
            surface,
            art,
            "small",
            _(question),
            palette.INK,
            (area.x + round(number_w), y + round(2 * u)),
            area.width - round(number_w),
            scale,
            draw,
        ) + round(12 * u * scale)
    if shown > len(questions):
        y += _quote(surface, art, file, (area.x, y + round(4 * u)), area.width, draw) + round(16 * u)
    y += _more(surface, art, items - shown, (area.x, y), area.width, scale, draw)
    return y - area.y


def _lowest_fit(art: Art) -> float:
    """How far a crowded card may step its type down: at a larger text setting by no more than 15%,
    so the player's choice is not undone (what does not fit then is left out, and counted)."""
    return 0.65 if art.text_scale <= 1.0 else 0.85


# --- the page ---------------------------------------------------------------------------------


def draw_file(
    surface: pygame.Surface,
    art: Art,
    file: Debrief,
    *,
    scroll: int = 0,
    hint: str = "",
) -> None:
    """The run's ``file`` on ``surface`` (any size from 1280x720): header, timeline from entry ``scroll``,
    map, chart, figures and questions; ``hint`` (e.g. 'press any button') goes in the corner.

    Below 1080 lines the page is laid out at 1080 lines and scaled down smoothly: the fonts' smallest
    sizes (kept for the HUD at a desk) would otherwise crowd a page this full out of its boxes.
    """
    art = page_art(art)
    on_page(surface, lambda page: _draw_page(page, art, file, scroll, hint))


def on_page(surface: pygame.Surface, draw: Callable[[pygame.Surface], None]) -> None:
    """Draw a page directly, or, on a surface under 1080 lines or narrower than 16:9, on a page of at
    least 1080 lines and 16:9 that is then scaled into it (letterboxed if narrower).

    Why: the fonts' smallest sizes (kept for the HUD at a desk) would crowd a page this full out of its
    boxes, and its three columns need a wide page.
    """
    width, height = surface.get_size()
    wide = width * 9 >= height * 16
    if wide and height >= PAGE_LINES:
        draw(surface)
        return
    page_h = max(PAGE_LINES, height if wide else round(width * 9 / 16))
    page_w = round(page_h * width / height) if wide else round(page_h * 16 / 9)
    page = pygame.Surface((page_w, page_h))
    draw(page)
    fitted = (width, height) if wide else (width, round(width * page_h / page_w))
    surface.fill(palette.BACKGROUND)
    if fitted == page.get_size():
        surface.blit(page, (0, (height - fitted[1]) // 2))
    else:
        surface.blit(pygame.transform.smoothscale(page, fitted), (0, (height - fitted[1]) // 2))


DISPLAY_ROLES = frozenset({"title", "heading", "score", "clock"})  # the page's big type, see page_art


class _PageArt(Art):
    """The art as a page uses it: reading type (``body``, ``label``, ``small``) grows with the player's
    text size, display type (headings, the score) stays at its own size."""

    def font_size(self, role: str, window_height: int, scale: float = 1.0) -> int:  # type: ignore[override]
        return Art.font_size(role, window_height, 1.0 if role in DISPLAY_ROLES else scale)


def page_art(art: Art) -> Art:
    """The art for a page at the player's text size. Why not grow the display type as well: it is set
    at 64 to 72 pixels a page already, above any text size's reading type, and grown it would take the
    room the reading text needs. A copy, sharing the font caches (kept by the size drawn)."""
    if isinstance(art, _PageArt) or art.text_scale == 1.0:
        return art
    page = copy.copy(art)
    page.__class__ = _PageArt
    return page


def _draw_page(surface: pygame.Surface, art: Art, file: Debrief, scroll: int, hint: str) -> None:
    record, level = file.record, file.level
    width, height = surface.get_size()
    u = unit(surface)
    surface.fill(palette.BACKGROUND)
    margin, gap = round(28 * u), round(22 * u)
    header = pygame.Rect(margin, margin, width - 2 * margin, 0)
    header.height = _header(surface, art, file, header, u, draw=False)
    # A header taller than HEADER_MOST of the page (a large text size) gives the article's line to
    # the discussion's card, where it is read as the first thing to discuss.
    quote_below = header.height > HEADER_MOST * height
    if quote_below:
        header.height = _header(surface, art, file, header, u, draw=False, with_quote=False)
    _header(surface, art, file, header, u, with_quote=not quote_below)
    top = header.bottom + gap
    bottom = height - margin
    inner_w = width - 2 * margin - 2 * gap
    # At a larger text size the timeline widens and the map and chart narrow a little: they scale.
    larger = min(1.0, max(0.0, (art.text_scale - 1.0) / 0.5))
    col_a = pygame.Rect(margin, top, round(inner_w * (0.31 + 0.04 * larger)), bottom - top)
    col_b = pygame.Rect(col_a.right + gap, top, round(inner_w * (0.375 - 0.04 * larger)), bottom - top)
    col_c = pygame.Rect(col_b.right + gap, top, width - margin - col_b.right - gap, bottom - top)

    inside = _section(surface, art, col_a, "timeline", u)
    if hint:
        # A long hint (Dutch) wraps in the card instead of running past its edge.
        hint_h = line_height(surface, art, "label", 0.85)
        hint_lines = wrap(surface, art, "label", hint, col_a.width - round(44 * u), 0.85)
        inside.height -= hint_h * len(hint_lines)
        for number, line in enumerate(reversed(hint_lines)):
            text(surface, art, "label", line, palette.COAT, 0.85,
                  bottomleft=(col_a.x + round(22 * u), col_a.bottom - round(16 * u) - number * hint_h))
    _timeline(surface, art, file, inside, scroll, u)

    # The map, as large as leaves the chart its room, its legend below or beside it; the chart below.
    title_h = _section_overhead(surface, art, "map", col_b.width, u)
    inner_w = col_b.width - round(44 * u)
    ratio = level.width / level.height
    chart_h = max(round(330 * u),
                  chart_height(surface, art, series(file), col_b.width - round(44 * u), u)
                  + _section_overhead(surface, art, "chart", col_b.width, u))
    # A file of what was kept (no gates, no pass to lose) has its story on the map: no chart, all the room.
    with_chart = level.goal is None and not kept_figures(record)
    block_h = col_b.height - (chart_h + gap if with_chart else 0) - title_h - round(10 * u)
    guessed = any(camera.guessed for camera in level.cameras)  # an imported map's guesses, marked
    below_h = legend_height(surface, art, record, inner_w, u, guessed=guessed)
    side_w = legend_width(surface, art, record, u, guessed)
    side_h = legend_height(surface, art, record, side_w, u, vertical=True, guessed=guessed)
    # At a large text size the column may not hold both: the chart stays, the map is named as left out.
    below_map_h = min(round(inner_w / ratio), block_h - below_h)
    side_map_h = min(round((inner_w - side_w - round(20 * u)) / ratio), block_h)
    beside = side_map_h > below_map_h and side_h <= block_h
    with_map = not with_chart or (side_map_h if beside else below_map_h) >= round(MAP_LEAST * u)
    chart_top = top
    if with_map:
        map_h = side_map_h if beside else below_map_h
        used_h = max(map_h, side_h) if beside else map_h + below_h
        map_card = pygame.Rect(col_b.x, top, col_b.width, title_h + used_h + round(10 * u))
        inside = _section(surface, art, map_card, "map", u)
        if beside:
            map_area = pygame.Rect(inside.x, inside.y, inside.width - side_w - round(20 * u), map_h)
            shown = draw_map(surface, art, record, level, map_area, u)
            legend_area = pygame.Rect(inside.right - side_w, inside.y, side_w, 0)
            _legend(surface, art, record, legend_area, u, vertical=True, guessed=guessed)
        else:
            map_area = pygame.Rect(inside.x, inside.y, inside.width, map_h)
            shown = draw_map(surface, art, record, level, map_area, u)
            legend_area = pygame.Rect(inside.x, shown.bottom + round(10 * u), inside.width, 0)
            _legend(surface, art, record, legend_area, u, guessed=guessed)
        chart_top = map_card.bottom + gap
    if with_chart:
        chart_card = pygame.Rect(col_b.x, chart_top, col_b.width, bottom - chart_top)
        inside = _section(surface, art, chart_card, "chart", u)
        if not with_map:
            note = _("The map of where you were seen shows at a smaller text size.")
            note_h = text_lines(surface, art, "small", note, palette.INK_SOFT, (0, 0), inside.width, 0.85,
                            draw=False)
            text_lines(surface, art, "small", note, palette.INK_SOFT, (inside.x, inside.bottom - note_h),
                   inside.width, 0.85)
            inside.height -= note_h + round(10 * u)
        draw_chart(surface, art, series(file), inside, u)

    # Figures, then questions, sharing the third column by what they need.
    scale = 1.0
    titles_h = sum(_section_overhead(surface, art, key, col_c.width, u) + round(14 * u)
                   for key in ("figures", "questions"))
    text_w = col_c.width - round(44 * u)

    probe = pygame.Rect(0, 0, text_w, 0)
    questions = len(level.story.questions_for(record.ending)) + int(quote_below)
    counts = [len(figure_lines(record, file.figures, level)), questions]

    def needed(s: float) -> int:
        return (
            _figures(surface, art, file, probe, u, s, draw=False, count=counts[0])
            + _questions(surface, art, file, probe, u, s, draw=False, count=counts[1],
                         quote=quote_below)
            + titles_h
            + gap
        )

    scale = fit(needed, col_c.height, _lowest_fit(art))
    while needed(scale) > col_c.height and sum(counts):  # leave out the last of the longer list
        counts[1 if (counts[1] >= counts[0] and counts[1] > 1) or not counts[0] else 0] -= 1
    figures_h = _figures(surface, art, file, probe, u, scale, draw=False, count=counts[0])
    figures_h += _section_overhead(surface, art, "figures", col_c.width, u) + round(14 * u)
    figure_card = pygame.Rect(col_c.x, top, col_c.width, figures_h)
    inside = _section(surface, art, figure_card, "figures", u)
    _figures(surface, art, file, inside, u, scale, count=counts[0])
    question_card = pygame.Rect(
        col_c.x, figure_card.bottom + gap, col_c.width, bottom - figure_card.bottom - gap
    )
    inside = _section(surface, art, question_card, "questions", u)
    _questions(surface, art, file, inside, u, scale, count=counts[1], quote=quote_below)


def timeline_length(record: RunRecord) -> int:
    """How many entries the timeline has: the screen scrolls between 0 and this minus one."""
    return len(record.events)
