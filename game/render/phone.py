"""The phone: its small badge in the HUD and the large phone with the health-pass QR card.

Why it only ever takes a colour: the HUD and the phone must show the pass as the player last saw it
(``System.shown_pass``), never the true one, so nothing here can reach the true pass by accident.
Colour is never the only cue: green has a tick, yellow an exclamation mark, red a cross, and a word.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pygame

from game.i18n import N_, _, n_
from game.render import palette
from game.render.art import Art
from game.render.panels import card, card_area, card_core, unit
from game.render.text import line_height, paragraph, text, text_size, wrap

PASS_WORDS = {"green": N_("Green"), "yellow": N_("Yellow"), "red": N_("Red")}
PASS_ADVICE = {
    "green": N_("You may pass the gates."),
    "yellow": N_("Report to a health station."),
    "red": N_("Do not travel. Wait for instructions."),
}
NO_REASON = N_("No reason given.")
PENDING_REVIEW = N_("Pending review")
PENDING_ADVICE = N_("Pending review. No reason given, no date.")
_QR_MODULES = 25
_PHONE_BODY = (36, 40, 48)
_PHONE_SCREEN = (246, 244, 238)
_BADGE_RADIUS = 16  # the badge card's corner radius at 1080 lines


def pass_symbol(surface: pygame.Surface, colour: str, centre: tuple[int, int], radius: int) -> None:
    """A disc in the pass colour with its shape: tick (green), exclamation (yellow), cross (red)."""
    cx, cy = centre
    pygame.draw.circle(surface, palette.PASS_COLOURS[colour], centre, radius)
    mark = palette.INK if colour == "yellow" else palette.TEXT_LIGHT
    width = max(3, radius // 4)
    r = radius * 0.5
    if colour == "green":
        pygame.draw.lines(surface, mark, False, [(cx - r, cy), (cx - r * 0.3, cy + r * 0.7),
                                                 (cx + r, cy - r * 0.6)], width)
    elif colour == "yellow":
        pygame.draw.line(surface, mark, (cx, cy - r * 1.1), (cx, cy + r * 0.25), width)
        pygame.draw.circle(surface, mark, (cx, round(cy + r * 0.85)), max(2, width // 2 + 1))
    else:
        pygame.draw.line(surface, mark, (cx - r * 0.8, cy - r * 0.8), (cx + r * 0.8, cy + r * 0.8), width)
        pygame.draw.line(surface, mark, (cx + r * 0.8, cy - r * 0.8), (cx - r * 0.8, cy + r * 0.8), width)


def _qr_pattern() -> np.ndarray:
    """A fixed, meaningless QR-like pattern (it encodes nothing, least of all the player)."""
    modules = np.random.default_rng(2023).random((_QR_MODULES, _QR_MODULES)) < 0.45
    for x, y in ((0, 0), (_QR_MODULES - 7, 0), (0, _QR_MODULES - 7)):
        modules[y:y + 7, x:x + 7] = False
        modules[y:y + 7, x] = modules[y:y + 7, x + 6] = True
        modules[y, x:x + 7] = modules[y + 6, x:x + 7] = True
        modules[y + 2:y + 5, x + 2:x + 5] = True
    return modules


def qr_card(art: Art, colour: str, size: int) -> pygame.Surface:
    """The health code, drawn in the pass colour on white, kept per colour and size."""
    key = (colour, size)
    image = art.compositor.part("qr").get(key)
    if image is None:
        image = pygame.Surface((size, size))
        image.fill((255, 255, 255))
        module = size / (_QR_MODULES + 2)
        ink = palette.PASS_COLOURS[colour]
        for row, col in zip(*np.nonzero(_qr_pattern()), strict=True):
            x0, y0 = round((col + 1) * module), round((row + 1) * module)
            x1, y1 = round((col + 2) * module), round((row + 2) * module)
            image.fill(ink, (x0, y0, x1 - x0, y1 - y0))
        art.compositor.part("qr").put(key, image)
    return image


def _badge(surface: pygame.Surface, art: Art, title: str, note: str, topright: tuple[int, int],
           status: str = "", shake: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    """The HUD's phone card: a small phone, a title, a note and an optional status line under them;
    returns the card and the phone's screen. ``shake`` (-1, 0 or 1) moves the phone sideways and
    draws its buzz marks: it buzzes."""
    u = unit(surface)
    pad = round(18 * u)
    phone_w, phone_h = round(44 * u), round(76 * u)
    (title_w, title_h), (note_w, note_h) = (text_size(surface, art, "label", title),
                                            text_size(surface, art, "small", note))
    status_w, status_h = text_size(surface, art, "small", status) if status else (0, 0)
    text_h = title_h + note_h + status_h  # at a large text size the words, not the phone, set the height
    rect = pygame.Rect(0, 0, pad * 3 + phone_w + max(title_w, note_w, status_w),
                       max(phone_h, text_h) + 2 * pad)
    rect.topright = topright
    card(surface, rect, palette.PAPER, round(_BADGE_RADIUS * u), shadows=art.compositor.shadows)
    phone = pygame.Rect(rect.x + pad + shake * round(3 * u), rect.centery - phone_h // 2, phone_w, phone_h)
    pygame.draw.rect(surface, _PHONE_BODY, phone, border_radius=round(9 * u))
    screen = phone.inflate(-round(8 * u), -round(16 * u))
    pygame.draw.rect(surface, _PHONE_SCREEN, screen, border_radius=round(4 * u))
    if shake:
        _buzz_marks(surface, phone, u)
    text_x = rect.x + 2 * pad + phone_w
    top = rect.centery - text_h // 2
    text(surface, art, "label", title, palette.INK, topleft=(text_x, top))
    text(surface, art, "small", note, palette.INK_SOFT, topleft=(text_x, top + title_h))
    if status:
        text(surface, art, "small", status, palette.AMBER_DARK, topleft=(text_x, top + title_h + note_h))
    return rect, screen


def _buzz_marks(surface: pygame.Surface, phone: pygame.Rect, u: float) -> None:
    """Two short strokes each side of the phone, as a vibrating phone is drawn."""
    width = max(2, round(4 * u))
    gap, length = round(4 * u), round(22 * u)
    for side in (-1, 1):
        x = phone.left - gap if side < 0 else phone.right + gap
        for step in (0, 1):
            dx = side * step * round(6 * u)
            y = phone.centery + (step - 0.5) * round(20 * u)
            top, bottom = (x + dx, y - length // 2), (x + dx, y + length // 2)
            pygame.draw.line(surface, palette.INK, top, bottom, width)


def badge_area(surface: pygame.Surface, badge: pygame.Rect) -> pygame.Rect:
    """All that a badge drawn on ``surface`` covers, its shadow included (``badge`` is the card that
    ``draw_badge`` or ``draw_messages_badge`` returned): the HUD keeps exactly this much of it."""
    return card_area(badge, round(_BADGE_RADIUS * unit(surface)))


def badge_core(surface: pygame.Surface, badge: pygame.Rect) -> pygame.Rect:
    """The part of a badge's card that its rounded corners leave whole (``panels.card_core``)."""
    return card_core(badge, round(_BADGE_RADIUS * unit(surface)))


def draw_badge(surface: pygame.Surface, art: Art, shown: str, topright: tuple[int, int],
               pending: bool = False, shake: int = 0) -> pygame.Rect:
    """The HUD's phone: a small phone with the pass symbol, the word, 'as last seen', and 'pending
    review' while a station visit left it so. ``shake``: the phone buzzes (see ``_badge``); the
    colour stays the one last seen."""
    title = f"{_('Pass')}: {_(PASS_WORDS[shown])}"
    status = _(PENDING_REVIEW) if pending else ""
    rect, screen = _badge(surface, art, title, _("as last seen"), topright, status, shake)
    pass_symbol(surface, shown, screen.center, round(screen.width * 0.42))
    return rect


def draw_messages_badge(surface: pygame.Surface, art: Art, letters: int,
                        topright: tuple[int, int]) -> pygame.Rect:
    """The HUD's phone where no pass is scanned: how many letters it holds."""
    if letters:
        note = n_("{count} letter", "{count} letters", letters).format(count=letters)
    else:
        note = _("No messages")
    rect, screen = _badge(surface, art, _("Phone"), note, topright)
    if letters:
        envelope = pygame.Rect(0, 0, round(screen.width * 0.8), round(screen.width * 0.56))
        envelope.center = screen.center
        line = max(2, round(3 * unit(surface)))
        pygame.draw.rect(surface, palette.COAT, envelope, line)
        flap = [envelope.topleft, envelope.center, envelope.topright]
        pygame.draw.lines(surface, palette.COAT, False, flap, line)
    return rect


def _held_up(surface: pygame.Surface, art: Art, clock: str, heading: str
             ) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
    """The phone held up, with the clock and a heading; returns the phone, its screen and the heading."""
    width, height = surface.get_size()
    u = unit(surface)
    phone_h = round(height * 0.84)
    phone_w = min(round(phone_h * 0.56), width - round(40 * u))
    phone = pygame.Rect(0, 0, phone_w, phone_h)
    phone.center = (width // 2, round(height * 0.47))
    card(surface, phone, _PHONE_BODY, round(48 * u), lift=round(10 * u), shadows=art.compositor.shadows)
    screen = phone.inflate(-round(36 * u), -round(64 * u))
    pygame.draw.rect(surface, _PHONE_SCREEN, screen, border_radius=round(28 * u))
    text(surface, art, "label", clock, palette.INK, midtop=(screen.centerx, screen.top + round(16 * u)))
    # A long word ("Gezondheidspas" at 150 %) steps down to the label type rather than leave the phone.
    fits = text_size(surface, art, "heading", heading)[0] <= screen.width - round(24 * u)
    role = "heading" if fits else "label"
    title = text(surface, art, role, heading, palette.INK,
                 midtop=(screen.centerx, screen.top + round(70 * u)))
    return phone, screen, title


def _letters_below(surface: pygame.Surface, art: Art, letters: Sequence[str], screen: pygame.Rect,
                   top: int) -> None:
    """The latest letter in a card from ``top`` down to the screen's foot."""
    u = unit(surface)
    _letter_card(surface, art, letters[-1], len(letters),
                 pygame.Rect(screen.x + round(16 * u), top, screen.width - round(32 * u),
                             screen.bottom - top - round(16 * u)))


def draw_messages(surface: pygame.Surface, art: Art, clock: str, letters: Sequence[str]) -> pygame.Rect:
    """The phone held up where no pass is scanned: the clock and the latest letter."""
    u = unit(surface)
    phone, screen, heading = _held_up(surface, art, clock, _("Messages"))
    if letters:
        _letters_below(surface, art, letters, screen, heading.bottom + round(24 * u))
    else:
        paragraph(surface, art, "small", _("No messages"), palette.INK_SOFT,
                  (screen.centerx, heading.bottom + round(30 * u)), screen.width - round(40 * u))
    return phone


def draw_phone(surface: pygame.Surface, art: Art, shown: str, clock: str,
               letters: Sequence[str] = (), pending: bool = False) -> pygame.Rect:
    """The phone held up: clock, the health-pass card in the pass colour, its word and advice (or,
    ``pending``, that it is under review, and no more), and under the pass the latest of ``letters``
    (untranslated), which come with no reason."""
    u = unit(surface)
    advice_words = _(PENDING_ADVICE) if pending else _(PASS_ADVICE[shown])
    phone, screen, heading = _held_up(surface, art, clock, _("Health pass"))
    # The pass's QR code takes what the words under it leave of the screen, so large text or a
    # letter shrinks the code instead of pushing the advice off the phone.
    inner = screen.width - round(40 * u)
    small_h = line_height(surface, art, "small")
    below = (round(22 * u) + round(40 * u) + round(58 * u) + round(46 * u)
             + text_size(surface, art, "heading", _(PASS_WORDS[shown]))[1] + round(6 * u)
             + small_h * len(wrap(surface, art, "small", advice_words, inner)) + round(16 * u))
    if letters:
        letter_w = screen.width - round(32 * u)
        below += round(14 * u) + _letter_height(surface, art, letters[-1], len(letters), letter_w)
    room = screen.bottom - heading.bottom - below
    qr_size = max(round(40 * u), min(round(screen.width * (0.4 if letters else 0.72)), room))
    band = pygame.Rect(0, 0, inner, qr_size + round(40 * u))
    band.midtop = (screen.centerx, heading.bottom + round(22 * u))
    pygame.draw.rect(surface, palette.PASS_COLOURS[shown], band, border_radius=round(18 * u))
    qr = qr_card(art, shown, qr_size)
    surface.blit(qr, qr.get_rect(center=band.center))
    symbol_y = band.bottom + round(58 * u)
    pass_symbol(surface, shown, (screen.centerx, symbol_y), round(40 * u))
    word = text(surface, art, "heading", _(PASS_WORDS[shown]), palette.INK,
                midtop=(screen.centerx, symbol_y + round(46 * u)))
    advice = paragraph(surface, art, "small", advice_words, palette.INK_SOFT,
                       (screen.centerx, word.bottom + round(6 * u)), screen.width - round(40 * u))
    if letters:
        _letters_below(surface, art, letters, screen, advice.bottom + round(14 * u))
    return phone


def _letter_height(surface: pygame.Surface, art: Art, letter: str, count: int, width: int) -> int:
    """How tall a letter's card is at this width, all its words shown."""
    pad = round(14 * unit(surface))
    head = _("A letter") if count == 1 else _("{count} letters").format(count=count)
    line_h = line_height(surface, art, "small")
    lines = sum(len(wrap(surface, art, "small", words, width - 2 * pad))
                for words in (_(letter), _(NO_REASON)))
    return text_size(surface, art, "label", head)[1] + lines * line_h + 2 * pad


def _letter_card(surface: pygame.Surface, art: Art, letter: str, count: int, rect: pygame.Rect) -> None:
    """A letter on the phone: what it says, and that it says no more."""
    u = unit(surface)
    pad = round(14 * u)
    inner = rect.width - 2 * pad
    head = _("A letter") if count == 1 else _("{count} letters").format(count=count)
    body = _(letter)
    height = min(rect.height, _letter_height(surface, art, letter, count, rect.width))
    box = pygame.Rect(rect.x, rect.y, rect.width, height)
    pygame.draw.rect(surface, palette.PAPER, box, border_radius=round(12 * u))
    pygame.draw.rect(surface, palette.COAT, box, max(2, round(3 * u)), border_radius=round(12 * u))
    title = text(surface, art, "label", head, palette.INK, midtop=(box.centerx, box.y + pad))
    said = paragraph(surface, art, "small", body, palette.INK, (box.centerx, title.bottom), inner)
    paragraph(surface, art, "small", _(NO_REASON), palette.INK_SOFT, (box.centerx, said.bottom), inner)
