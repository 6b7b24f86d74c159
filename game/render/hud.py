"""The heads-up display: clock, score with its caption, the pass as last seen, and what is watching.

Why it is split in two: ``read_hud`` decides what the HUD says from the world's state and the
system's notices (testable with no window); ``Hud.draw`` only lays it out. The pass shown is
``System.shown_pass``, the pass as the player last saw it, never the true one (DESIGN.md, step 5).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pygame

from game import tuning
from game.events import PassChanged, StationVisit
from game.i18n import N_, _, current_language
from game.level.model import fill_goal_label
from game.render import palette
from game.render.art import Art
from game.render.panels import arrow, card, card_core, edge_point, log_text, unit
from game.render.phone import badge_area, badge_core, draw_badge, draw_messages_badge
from game.render.text import paragraph, text, text_size, wrap
from game.sim.world import World, format_clock
from game.system import Notice

TILE = tuning.TILE_PX
PULSE_SECONDS = 0.8  # how long the score "moves loudly" after it changed
PULSE_GROWTH = 0.25  # how much larger the number is at the start of the pulse

SCORE_CAPTIONS = {
    "waste_sorted": N_("{delta} waste sorted"),
    "bike_parked": N_("{delta} bike parked right"),
    "crossed_on_red": N_("{delta} crossed on red"),
}
ACT_HINTS = {"bin": N_("E: sort the waste"), "rack": N_("E: park the bike")}
BUS_HINT = N_("E: take the bus to {stop}")
LETTER_BANNER = N_("A letter: {text}")
LETTER_SECONDS = 8.0  # a letter stays on screen a little longer than a told rule: it is a letter
BUZZ_SECONDS = 1.0  # the phone buzzes this long when the pass changes without her being told
BUZZ_STEPS_PER_SECOND = 16  # the phone shakes from side to side this often
CONTROLS = N_("Arrows or WASD: walk · Shift: run · E: act · Tab: phone · Esc: pause")


@dataclass(frozen=True)
class HudState:
    """What the HUD says this tick; every field comes from the world or the system's notices."""

    clock: str
    hearing: str
    score: int
    shown_pass: str
    caption: Notice | None  # the last score change, while its caption is on screen
    caption_age: float  # seconds of play since that change
    messages: tuple[str, ...]  # told rules' reasons (untranslated), newest last
    meter: float  # recognition of the camera closest to seeing the player, 0 to 1
    act: str | None  # kind of the bin or rack within reach
    deadline: str = "Hearing at {time}"  # the level's goal label (untranslated), e.g. "Speech at {time}"
    bus: str | None = None  # the stop a bus within reach goes to
    letter: str | None = None  # a letter that just arrived (untranslated)
    pending_review: bool = False  # a station visit left the pass "pending review" and she knows no more
    buzz_age: float | None = None  # seconds since the pass changed untold: the phone buzzes, no colour


def read_hud(world: World) -> HudState:
    """Choose what the HUD shows from the world's state; changes nothing."""
    tick = world.tick
    caption: Notice | None = None
    messages: list[str] = []
    letter: str | None = None
    for notice in reversed(world.system.notices):
        age = (tick - notice.tick) / tuning.TICKS_PER_SECOND
        if age > max(tuning.CAPTION_SECONDS, tuning.MESSAGE_SECONDS, LETTER_SECONDS):
            break
        if notice.kind == "score" and caption is None and age <= tuning.CAPTION_SECONDS:
            caption = notice
        elif notice.kind == "rule" and age <= tuning.MESSAGE_SECONDS and len(messages) < 2:
            messages.insert(0, notice.text)
        elif notice.kind == "letter" and letter is None and age <= LETTER_SECONDS:
            letter = notice.text
    cameras = world.cameras
    tracking = cameras.tracking
    meter = float(cameras.meter[tracking].max()) if tracking.any() else 0.0
    player = world.player
    x, y, reach = player.x, player.y, tuning.ACT_REACH_TILES
    # A square around the player holds every spot and stop within reach: when it holds none, the
    # exact (and, run every frame, costly) distance tests are skipped; their answer would be no.
    # While she waits (a queue, the station, the bus) there is nothing to act on.
    idle = world.waiting is None
    spot = world.nearest_spot() if idle and any(abs(s.x - x) <= reach and abs(s.y - y) <= reach
                                                for s in world.level.spots) else None
    stop = next((s for s in world.level.bus_stops
                 if abs(s.x - x) <= reach and abs(s.y - y) <= reach and np.hypot(s.x - x, s.y - y) <= reach),
                None) if idle else None
    return HudState(
        clock=world.clock_text,  # during a wait the simulation itself runs it forward, as the card shows
        hearing=format_clock(world.level.hearing_minutes),
        score=world.system.score,
        shown_pass=world.system.shown_pass,
        caption=caption,
        caption_age=(tick - caption.tick) / tuning.TICKS_PER_SECOND if caption else 0.0,
        messages=tuple(messages),
        meter=meter,
        act=spot.kind if spot else None,
        deadline=world.level.goal_label,
        bus=stop.to if stop else None,
        letter=letter,
        pending_review=pending_review(world),
        buzz_age=buzz_age(world),
    )


def pending_review(world: World) -> bool:
    """The pass as last seen is still the one a station visit left "pending review": no change she
    was told of since, and what she last saw is still yellow (a station only ever sees a yellow
    pass). A change she was not told of leaves it pending, as it does the colour."""
    if world.system.shown_pass != "yellow":
        return False
    for event in reversed(world.events):
        if isinstance(event, PassChanged) and event.told:
            return False
        if isinstance(event, StationVisit):
            return event.result == "pending_review"
    return False


def buzz_age(world: World) -> float | None:
    """Seconds since the pass changed without her being told, while the phone still buzzes."""
    for event in reversed(world.events):
        age = (world.tick - event.tick) / tuning.TICKS_PER_SECOND
        if age > BUZZ_SECONDS:
            return None
        if isinstance(event, PassChanged) and not event.told:
            return age
    return None


def draw_envelope(surface: pygame.Surface, rect: pygame.Rect) -> None:
    """A closed envelope: a paper rectangle with its flap, drawn in ink (the font has no such glyph)."""
    width = max(2, rect.height // 12)
    pygame.draw.rect(surface, palette.TEXT_LIGHT, rect, border_radius=max(2, width))
    pygame.draw.rect(surface, palette.INK, rect, width, border_radius=max(2, width))
    pygame.draw.lines(surface, palette.INK, False,
                      [(rect.x + width, rect.y + width), (rect.centerx, rect.y + rect.height * 0.58),
                       (rect.right - width, rect.y + width)], width)


def score_caption(notice: Notice) -> str:
    """'+5 waste sorted': the reason code translated, with the signed change."""
    return _caption_text(notice.text, notice.delta)


def _caption_text(reason: str, delta: int) -> str:
    template = _(SCORE_CAPTIONS[reason]) if reason in SCORE_CAPTIONS else "{delta}"
    return template.format(delta=f"{delta:+d}")


# The panels at fixed places on the screen, in the order they are drawn (a later one covers an
# earlier one's shadow). Each is drawn from its key alone (see ``Hud._keys``), so it is kept as drawn.
PARTS = ("clock", "score", "number", "caption", "badge", "notes", "hints")
_COLUMN = 16  # SDL fills and blits SRCALPHA areas far faster when x and width are multiples of 16
_CLEAR = (0, 0, 0, 0)

Blit = tuple[pygame.Surface, pygame.Rect, pygame.Rect]  # source, where on the screen, area of the source


def _cover(areas: list[pygame.Rect]) -> pygame.Rect:
    """The bounding box of what a card and its contents drew."""
    return areas[0].unionall(areas[1:])


def _columns(area: pygame.Rect, screen: pygame.Rect) -> pygame.Rect:
    """``area`` widened to whole 16-pixel columns and kept on the screen: cheap to clear."""
    left = area.left // _COLUMN * _COLUMN
    right = -(-area.right // _COLUMN) * _COLUMN
    return pygame.Rect(left, area.top, right - left, area.height).clip(screen)


def _card_blits(layer: pygame.Surface, shown: pygame.Rect, core: pygame.Rect) -> list[Blit]:
    """How to put a card drawn on the layer in ``shown`` on the screen: its opaque ``core`` copied
    from an opaque image, which is three times cheaper than blending it, and the rest (rounded
    corners, soft shadow) alpha-blended; each pixel once and as drawn. Each piece is an image of
    its own, so that a frame reads it in one run of memory."""
    core = core.clip(shown)
    if core.width * core.height < shown.width * shown.height // 4 or (
            pygame.surfarray.pixels_alpha(layer)[core.left:core.right, core.top:core.bottom].min() < 255):
        areas = [shown]  # little to copy, or not opaque after all: blend it all
        blits: list[Blit] = []
    else:
        solid = pygame.Surface(core.size)
        solid.blit(layer, (0, 0), core)  # every pixel is opaque: an exact copy
        blits = [(solid, core, solid.get_rect())]
        areas = [pygame.Rect(shown.left, shown.top, shown.width, core.top - shown.top),
                 pygame.Rect(shown.left, core.bottom, shown.width, shown.bottom - core.bottom),
                 pygame.Rect(shown.left, core.top, core.left - shown.left, core.height),
                 pygame.Rect(core.right, core.top, shown.right - core.right, core.height)]
    for area in areas:
        if area.width > 0 and area.height > 0:
            piece = layer.subsurface(area).copy()
            blits.append((piece, area, piece.get_rect()))
    return blits


def _clear_layer(size: tuple[int, int]) -> pygame.Surface:
    layer = pygame.Surface(size, pygame.SRCALPHA)
    layer.fill(_CLEAR)
    return layer


def _meter_frame_shapes(surface: pygame.Surface | None, bar: pygame.Rect, scale: float) -> pygame.Rect:
    """The meter's eye and its empty bar around ``bar``; returns the area they cover (and with no
    surface only that)."""
    eye = (bar.left - round(16 * scale), bar.centery)
    radius = round(4 * scale)
    outline = pygame.Rect(0, 0, round(24 * scale), round(15 * scale))
    outline.center = eye
    back = bar.inflate(4, 4)
    if surface is not None:
        pygame.draw.ellipse(surface, palette.PAPER_DARK, outline)
        pygame.draw.circle(surface, palette.AMBER, eye, radius)
        pygame.draw.rect(surface, palette.PAPER_DARK, back, border_radius=bar.height)
    return outline.union(back).union((eye[0] - radius, eye[1] - radius, 2 * radius + 1, 2 * radius + 1))


class Hud:
    """Lays the HUD out over the world view; sizes scale with the window height.

    Why it keeps the panels as images: the panels at fixed places (clock, score, phone badge, told
    rules and letter, keys and hint) cost half a millisecond a frame to draw with their shadows and
    text, yet change a few times a minute. Each part is drawn from its key (``_keys``) and kept as
    one image per card, shadow included, and drawn anew only when its key, the window size, the
    language or the text settings change; a frame blits the kept cards in the order they were
    drawn, so overlapping shadows blend exactly as when each card is drawn straight on the screen.
    What moves with the map is drawn every frame.
    """

    def __init__(self, art: Art, controls: str = CONTROLS) -> None:
        """``controls`` is the untranslated line of keys at the bottom (a kiosk's has no Esc; a
        replay, which has keys of its own, passes an empty line and gets none)."""
        self.art = art
        self.court_icon = art.sprites["court_marker"]
        self.goal_icon = art.sprites["townhall_marker"]
        self.controls = controls
        self.renders: Counter[str] = Counter()  # how often each part was drawn anew (tests read it)
        self.badge_rect: pygame.Rect | None = None  # where the phone badge was drawn, for a tap to find
        self._setting: tuple[object, ...] = ()  # size, language and text settings the cards hold
        self._drawn: dict[str, tuple[object, ...]] = {}  # the key each part's cards were drawn from
        self._pieces: dict[str, list[Blit]] = {}  # how to put each part's cards on, in drawing order
        self._blits: list[Blit] = []  # all parts' blits, in drawing order

    def solid(self, surface: pygame.Surface, world: World) -> list[pygame.Rect]:
        """Where this frame's cards will be opaque (their middles, copied whole): a world view
        drawn before them need not mend its picture there. Brings the kept cards up to date."""
        self._refresh(surface, self._keys(world, read_hud(world)))
        return [where for source, where, _ in self._blits if not source.get_flags() & pygame.SRCALPHA]

    def draw(self, surface: pygame.Surface, world: World, offset: tuple[int, int],
             avoid: Sequence[pygame.Rect] = ()) -> list[pygame.Rect]:
        """What moves with the map, then the kept cards over it (drawing anew any that changed);
        returns every area drawn on, so a world view that keeps its picture can mend it there.
        ``avoid``: where a card will be drawn over the HUD this frame; the court's marker keeps off."""
        state = read_hud(world)
        self._refresh(surface, self._keys(world, state))  # first, so the court's marker knows the cards
        drawn = self._watchers(surface, world, offset, state, unit(surface), avoid=avoid)
        drawn.extend(surface.blits(self._blits))
        return drawn

    # --- the kept cards -----------------------------------------------------------------------

    def _keys(self, world: World, state: HudState) -> dict[str, tuple[object, ...]]:
        """Everything each part is drawn from, besides the window size, language and text settings."""
        caption = None if state.caption is None else (state.caption.text, state.caption.delta)
        scale, colour = self._pulse(state)
        pulsing = scale != 1.0
        if world.level.checks_pass:
            badge: tuple[object, ...] = ("pass", state.shown_pass, state.pending_review, self._shake(state))
        else:
            badge = ("letters", sum(1 for notice in world.system.notices if notice.kind == "letter"))
        return {
            "clock": (state.clock, state.deadline, state.hearing),
            "score": (state.score, None if pulsing else colour),  # no number on it while it pulses
            "number": (state.score, scale, colour) if pulsing else (),
            "caption": (state.score, caption),
            "badge": badge,
            "notes": (state.messages, state.letter),
            "hints": (self.controls, state.bus, state.act),
        }

    def _shake(self, state: HudState) -> int:
        """Where the buzzing phone sits this frame: -1 or 1 while it buzzes (1 held still when
        motion is reduced, its buzz marks still drawn), 0 when it is still."""
        if state.buzz_age is None:
            return 0
        if self.art.reduced_motion:
            return 1
        return 1 if int(state.buzz_age * BUZZ_STEPS_PER_SECOND) % 2 else -1

    def _pulse(self, state: HudState) -> tuple[float, tuple[int, ...]]:
        """The score number's scale and colour: larger, in the change's colour, while it is young."""
        if state.caption is None or state.caption_age >= PULSE_SECONDS:
            return 1.0, palette.INK
        colour = palette.SCORE_UP if state.caption.delta >= 0 else palette.SCORE_DOWN
        pulse = 1.0 - state.caption_age / PULSE_SECONDS
        if pulse > 0 and not self.art.reduced_motion:
            return 1.0 + PULSE_GROWTH * pulse, colour
        return 1.0, colour

    def _refresh(self, surface: pygame.Surface, keys: dict[str, tuple[object, ...]]) -> None:
        """Draw anew the parts whose keys changed, and every part after a change of window size,
        language or text settings."""
        size = surface.get_size()
        art = self.art
        setting = (size, current_language(), art.text_scale, art.reduced_motion)
        if setting != self._setting:
            self._setting, self._drawn = setting, {}
        changed = [name for name in PARTS if self._drawn.get(name) != keys[name]]
        if not changed:
            return
        # The one window-sized, clear layer on which every HUD draws a changed part before it cuts
        # the cards out: window-sized so that text is sized by the real window height. Every cut
        # clears what it took, so the play screen's, the replay's and the attract loop's HUDs share
        # it (8 MB at 1080 lines), and a new window size replaces it.
        layer = art.compositor.for_window("hud layer", size, _clear_layer)
        for name in changed:
            pieces: list[Blit] = []
            self._part(name, layer, keys[name], pieces)
            self._pieces[name] = pieces
            self._drawn[name] = keys[name]
            self.renders[name] += 1
        self._blits = [blit for name in PARTS for blit in self._pieces[name]]

    def _cut(self, layer: pygame.Surface, area: pygame.Rect, core: pygame.Rect,
             pieces: list[Blit] | None) -> None:
        """Take the card just drawn in ``area`` (``core`` is its opaque middle) off the layer as an
        image of its own, trimmed to what shows, and leave the layer clear for the next card. With
        no ``pieces`` the card was drawn straight on the screen (``draw_straight``) and stays."""
        area = _columns(area, layer.get_rect())
        if pieces is None or area.width <= 0 or area.height <= 0:
            return
        shown = layer.subsurface(area).get_bounding_rect().move(area.topleft)
        if shown.width > 0 and shown.height > 0:
            pieces += _card_blits(layer, shown, core)
        layer.fill(_CLEAR, area)

    def draw_straight(self, surface: pygame.Surface, world: World, offset: tuple[int, int]) -> None:
        """Draw the HUD as ``draw`` shows it, but every card straight on ``surface`` and nothing
        kept: what the kept cards must look like (the tests compare the two)."""
        state = read_hud(world)
        self._watchers(surface, world, offset, state, unit(surface), keep=False)
        for name, key in self._keys(world, state).items():
            self._part(name, surface, key, None)

    def _part(self, name: str, layer: pygame.Surface, key: tuple[object, ...],
              pieces: list[Blit] | None) -> None:
        """Draw one part from its key alone, adding its cards to ``pieces``."""
        u = unit(layer)
        margin = round(28 * u)
        if name == "clock":
            self._clock(layer, key, u, margin, pieces)
        elif name == "score":
            self._score(layer, key, u, margin, pieces)
        elif name == "number":
            self._pulsing_number(layer, key, u, margin, pieces)
        elif name == "caption":
            self._caption(layer, key, u, margin, pieces)
        elif name == "badge":
            corner = (layer.get_width() - margin, margin)
            kind, value = key[:2]
            if kind == "pass":
                pending, shake = key[2:]
                badge = draw_badge(layer, self.art, str(value), corner, bool(pending), int(shake))
            else:
                badge = draw_messages_badge(layer, self.art, int(value), corner)
            self.badge_rect = badge
            self._cut(layer, badge_area(layer, badge), badge_core(layer, badge), pieces)
        elif name == "notes":
            messages, letter = key
            bottom = self._messages(layer, tuple(str(reason) for reason in messages), u, pieces)
            if letter is not None:
                self._letter(layer, str(letter), u, bottom, pieces)
        else:
            self._hints(layer, key, u, margin, pieces)

    # --- the parts ----------------------------------------------------------------------------

    def _clock(self, layer: pygame.Surface, key: tuple[object, ...], u: float, margin: int,
               pieces: list[Blit] | None) -> None:
        clock, deadline, hearing_time = (str(value) for value in key)
        pad = round(18 * u)
        hearing = fill_goal_label(_(deadline), hearing_time)
        clock_w, clock_h = text_size(layer, self.art, "clock", clock)
        hearing_w, hearing_h = text_size(layer, self.art, "small", hearing)
        rect = pygame.Rect(margin, margin, max(clock_w, hearing_w) + 2 * pad,
                           clock_h + hearing_h + 2 * pad - round(8 * u))
        areas = [card(layer, rect, palette.PAPER, round(16 * u), shadows=self.art.compositor.shadows)]
        top = text(layer, self.art, "clock", clock, palette.INK,
                   topleft=(rect.x + pad, rect.y + pad - round(6 * u)))
        areas.append(top)
        areas.append(text(layer, self.art, "small", hearing, palette.INK_SOFT,
                          topleft=(rect.x + pad, top.bottom - round(4 * u))))
        self._cut(layer, _cover(areas), card_core(rect, round(16 * u)), pieces)

    def _score_card(self, surface: pygame.Surface, score: int, u: float, margin: int
                    ) -> tuple[pygame.Rect, tuple[int, int]]:
        """Where the score card goes, and where the centre of its number lies."""
        pad = round(18 * u)
        number_w, number_h = text_size(surface, self.art, "score", str(score))
        label_w, label_h = text_size(surface, self.art, "small", _("Score"))
        rect = pygame.Rect(0, margin, round(max(number_w * (1 + PULSE_GROWTH), label_w)) + 2 * pad,
                           label_h + number_h + pad)
        rect.centerx = surface.get_width() // 2
        return rect, (rect.centerx, rect.y + round(8 * u) + label_h + number_h // 2 - round(4 * u))

    def _number(self, surface: pygame.Surface, score: int, scale: float, colour: tuple[int, ...]
                ) -> pygame.Surface:
        """The score's number, larger while it pulses."""
        image = self.art.text("score", surface.get_height(), str(score), colour)
        return pygame.transform.smoothscale_by(image, scale) if scale != 1.0 else image

    def _score(self, layer: pygame.Surface, key: tuple[object, ...], u: float, margin: int,
               pieces: list[Blit] | None) -> None:
        """The score card; its number too unless the number pulses (then it is the "number" part,
        drawn every frame over the kept card)."""
        score, colour = key
        rect, centre = self._score_card(layer, int(score), u, margin)
        areas = [card(layer, rect, palette.PAPER, round(16 * u), shadows=self.art.compositor.shadows),
                 text(layer, self.art, "small", _("Score"), palette.INK_SOFT,
                      midtop=(rect.centerx, rect.y + round(8 * u)))]
        if colour is not None:
            image = self._number(layer, int(score), 1.0, tuple(colour))
            place = image.get_rect(center=centre)
            areas.append(layer.blit(image, place))
            log_text(layer, image, place, str(score))
        self._cut(layer, _cover(areas), card_core(rect, round(16 * u)), pieces)

    def _pulsing_number(self, surface: pygame.Surface, key: tuple[object, ...], u: float, margin: int,
                        pieces: list[Blit] | None) -> None:
        """The number while it pulses: a new size every frame, so it is not drawn on the layer but
        put straight in ``pieces`` (or on the screen)."""
        if not key:
            return
        score, scale, colour = key
        image = self._number(surface, int(score), float(scale), tuple(colour))
        place = image.get_rect(center=self._score_card(surface, int(score), u, margin)[1])
        log_text(surface, image, place, str(score))
        if pieces is None:
            surface.blit(image, place)
        else:
            pieces.append((image, place, image.get_rect()))

    def _caption(self, layer: pygame.Surface, key: tuple[object, ...], u: float, margin: int,
                 pieces: list[Blit] | None) -> None:
        """'+5 waste sorted' in a pill under the score card, while the change is recent."""
        score, caption = key
        if caption is None:
            return
        reason, delta = caption
        art, pad = self.art, round(18 * u)
        rect = self._score_card(layer, int(score), u, margin)[0]
        message = _caption_text(reason, delta)
        fill = palette.SCORE_UP if delta >= 0 else palette.SCORE_DOWN
        caption_w, caption_h = text_size(layer, art, "label", message)
        pill = pygame.Rect(0, rect.bottom + round(10 * u), caption_w + 2 * pad, caption_h + round(8 * u))
        pill.centerx = rect.centerx
        areas = [card(layer, pill, fill, pill.height // 2, shadows=art.compositor.shadows),
                 text(layer, art, "label", message, palette.TEXT_LIGHT, center=pill.center)]
        self._cut(layer, _cover(areas), card_core(pill, pill.height // 2), pieces)

    def _messages(self, layer: pygame.Surface, messages: tuple[str, ...], u: float,
                  pieces: list[Blit] | None) -> int:
        """Told rules, in a dark card under the score: the only rules the player ever hears; returns
        where the next card may go."""
        # Below the score card and room for its caption pill, which large text makes taller.
        score = self._score_card(layer, 0, u, round(28 * u))[0]
        pill_h = text_size(layer, self.art, "label", "Ag")[1] + round(8 * u)
        y = max(round(250 * u), score.bottom + round(10 * u) + pill_h + round(12 * u))
        width = round(layer.get_width() * 0.6)
        for reason in messages:
            message = _(reason)
            line_h = self.art.font("body", layer.get_height()).get_linesize()
            lines = max(1, len(wrap(layer, self.art, "body", message, width)))
            rect = pygame.Rect(0, y, width + round(48 * u), lines * line_h + round(28 * u))
            rect.centerx = layer.get_width() // 2
            area = card(layer, rect, palette.PAPER_DARK, round(16 * u), shadows=self.art.compositor.shadows)
            pygame.draw.rect(layer, palette.AMBER, (rect.x, rect.y, round(10 * u), rect.height),
                             border_top_left_radius=round(16 * u), border_bottom_left_radius=round(16 * u))
            covered = paragraph(layer, self.art, "body", message, palette.TEXT_LIGHT,
                                (rect.centerx, rect.y + round(14 * u)), width)
            self._cut(layer, _cover([area, covered]), card_core(rect, round(16 * u)), pieces)
            y = max(rect.bottom, covered.bottom) + round(12 * u)
        return y

    def _letter(self, layer: pygame.Surface, letter: str, u: float, y: int,
                pieces: list[Blit] | None) -> None:
        """A letter arrived: a paper banner with an envelope, and no reason, because none was given."""
        art = self.art
        message = _(LETTER_BANNER).format(text=_(letter))
        width = round(layer.get_width() * 0.55)
        icon_w, icon_h = round(54 * u), round(36 * u)
        pad = round(20 * u)
        lines = max(1, len(wrap(layer, art, "body", message, width)))
        line_h = art.font("body", layer.get_height()).get_linesize()
        rect = pygame.Rect(0, y, width + icon_w + 3 * pad, max(lines * line_h, icon_h) + 2 * pad)
        rect.centerx = layer.get_width() // 2
        areas = [card(layer, rect, palette.PAPER, round(16 * u), shadows=art.compositor.shadows)]
        pygame.draw.rect(layer, palette.COAT, rect, max(2, round(3 * u)), border_radius=round(16 * u))
        envelope = pygame.Rect(rect.x + pad, 0, icon_w, icon_h)
        envelope.centery = rect.centery
        draw_envelope(layer, envelope)
        left = envelope.right + pad
        for index, line in enumerate(wrap(layer, art, "body", message, width)):
            areas.append(text(layer, art, "body", line, palette.INK,
                              topleft=(left, rect.y + pad + index * line_h
                                       + (max(icon_h - lines * line_h, 0)) // 2)))
        self._cut(layer, _cover(areas), card_core(rect, round(16 * u)), pieces)

    def _hints(self, layer: pygame.Surface, key: tuple[object, ...], u: float, margin: int,
               pieces: list[Blit] | None) -> None:
        controls, bus, act = key
        art, pad = self.art, round(14 * u)
        above = layer.get_height() - margin  # where the hint pill sits: above the keys line
        if controls:
            line = _(str(controls))
            controls_w, controls_h = text_size(layer, art, "small", line)
            bar = pygame.Rect(margin, 0, controls_w + 2 * pad, controls_h + round(8 * u))
            bar.bottom = layer.get_height() - margin
            areas = [card(layer, bar, palette.PAPER, bar.height // 2, lift=2, shadows=art.compositor.shadows),
                     text(layer, art, "small", line, palette.INK_SOFT, center=bar.center)]
            self._cut(layer, _cover(areas), card_core(bar, bar.height // 2), pieces)
            above = bar.top
        hint = None
        if bus is not None:  # the bus goes first, as in the world
            hint = _(BUS_HINT).format(stop=_(str(bus)))
        elif act is not None:
            hint = _(ACT_HINTS[str(act)])
        if hint is not None:
            hint_w, hint_h = text_size(layer, art, "label", hint)
            pill = pygame.Rect(0, 0, hint_w + 3 * pad, hint_h + round(14 * u))
            pill.midbottom = (layer.get_width() // 2, above - round(16 * u))
            areas = [card(layer, pill, palette.PAPER_DARK, pill.height // 2, shadows=art.compositor.shadows),
                     text(layer, art, "label", hint, palette.TEXT_LIGHT, center=pill.center)]
            self._cut(layer, _cover(areas), card_core(pill, pill.height // 2), pieces)

    # --- what is watching ---------------------------------------------------------------------

    def _watchers(self, surface: pygame.Surface, world: World, offset: tuple[int, int], state: HudState,
                  u: float, keep: bool = True, avoid: Sequence[pygame.Rect] = ()) -> list[pygame.Rect]:
        """The recognition meter over the player, and arrows to off-screen trackers and the court;
        returns the areas drawn on."""
        drawn: list[pygame.Rect] = []
        player = (world.player.x * TILE + offset[0], world.player.y * TILE + offset[1])
        screen = surface.get_rect()
        inset = pygame.Rect(0, 0, screen.width - round(120 * u), screen.height - round(360 * u))
        inset.center = (screen.centerx, screen.centery + round(10 * u))
        size = round(30 * max(u, 0.8))
        cameras = world.cameras
        for index in np.flatnonzero(cameras.tracking):
            camera = cameras.cameras[index]
            where = (camera.x * TILE + offset[0], camera.y * TILE + offset[1])
            if screen.collidepoint(where):
                continue
            tip, angle = edge_point(inset, player, where)
            drawn.append(arrow(surface, tip, angle, size, palette.AMBER, palette.AMBER_DARK))
        goal = world.level.goal
        cx, cy = (goal or world.level.court).area.centre
        court = (cx * TILE + offset[0], cy * TILE + offset[1])
        if not screen.collidepoint(court):
            tip, angle = edge_point(inset, player, court)
            drawn.append(arrow(surface, tip, angle, size, palette.COURT_GOLD, palette.INK))
            icon = self.court_icon if goal is None else self.goal_icon
            name = _("Court") if goal is None else _(goal.name)
            label = self.art.text("label", surface.get_height(), name, palette.INK)
            # Icon and name stand on a paper card of their own, so the marker never mixes with the
            # camera icons of the map beneath it.
            pad = round(6 * u)
            marker = pygame.Rect(0, 0, max(icon.get_width(), label.get_width()) + 2 * pad,
                                 icon.get_height() + label.get_height() + 2 * pad)
            # Behind the arrow by the arrow's length and half the card, whichever way it points.
            reach = size * 1.4 + (abs(np.cos(angle)) * marker.width + abs(np.sin(angle)) * marker.height) / 2
            marker.center = (round(tip[0] - np.cos(angle) * reach), round(tip[1] - np.sin(angle) * reach))
            marker.clamp_ip(screen.inflate(-round(12 * u), -round(12 * u)))
            cards = [where for _source, where, _area in self._blits]
            for _attempt in range(len(cards)):  # below any card it would hide under
                hit = marker.collidelist(cards)
                if hit < 0:
                    break
                marker.top = cards[hit].bottom + pad
            for other in avoid:  # a card drawn over the HUD this frame: stand above it
                if marker.colliderect(other):
                    marker.bottom = other.top - pad
            drawn.append(card(surface, marker, palette.PAPER, round(10 * u), lift=2,
                              shadows=self.art.compositor.shadows))
            drawn.append(surface.blit(icon, icon.get_rect(midtop=(marker.centerx, marker.top + pad))))
            place = label.get_rect(midbottom=(marker.centerx, marker.bottom - pad))
            drawn.append(surface.blit(label, place))
            log_text(surface, label, place, name)
        if state.meter > 0:
            drawn.append(self._meter(surface, player, state.meter, u, keep))
        return drawn

    def _meter(self, surface: pygame.Surface, player: tuple[float, float], meter: float, u: float,
               keep: bool = True) -> pygame.Rect:
        """A bar over the player's head: how close the cameras are to recognising her. The eye and
        the empty bar are kept as one image (``_meter_frame``) unless ``keep`` is off; only the
        amber fill is drawn each time. Returns the area drawn on."""
        scale = max(u, 0.8)
        width, height = round(72 * scale), round(12 * scale)
        bar = pygame.Rect(0, 0, width, height)
        bar.midbottom = (round(player[0]), round(player[1] - 24))
        if keep:
            frame, corner = self._meter_frame(width, height, scale)
            covered = surface.blit(frame, (bar.x + corner[0], bar.y + corner[1]))
        else:
            covered = _meter_frame_shapes(surface, bar, scale)
        filled = bar.copy()
        filled.width = max(height, round(width * meter))
        return covered.union(pygame.draw.rect(surface, palette.AMBER, filled, border_radius=height))

    def _meter_frame(self, width: int, height: int, scale: float) -> tuple[pygame.Surface, tuple[int, int]]:
        """The meter's eye and empty bar, drawn once per size; returns the image and where its
        corner lies from the bar's. Opaque shapes on a clear image, so a blit puts down the very
        pixels that drawing them on the screen would. Kept by the compositor, for every HUD."""
        frames = self.art.compositor.part("meter")
        key = (width, height, scale)
        kept = frames.get(key)
        if kept is None:
            bar = pygame.Rect(0, 0, width, height)
            area = _meter_frame_shapes(None, bar, scale)
            image = pygame.Surface(area.size, pygame.SRCALPHA)
            image.fill(_CLEAR)
            _meter_frame_shapes(image, bar.move(-area.x, -area.y), scale)
            kept = frames.put(key, (image, (area.x, area.y)))
        return kept
