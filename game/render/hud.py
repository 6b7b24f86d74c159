"""The heads-up display: clock, score with its caption, the pass as last seen, and what is watching.

Why it is split in two: ``read_hud`` decides what the HUD says from the world's state and the
system's notices (testable with no window); ``Hud.draw`` only lays it out. The pass shown is
``System.shown_pass``, the pass as the player last saw it, never the true one (DESIGN.md, step 5).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pygame

from game import tuning
from game.i18n import N_, _
from game.render import palette
from game.render.art import Art
from game.render.panels import arrow, card, edge_point, paragraph, text, text_size, unit, wrap
from game.render.phone import draw_badge, draw_messages_badge
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
    meter = float(np.max(cameras.meter[cameras.tracking])) if cameras.tracking.any() else 0.0
    spot = world.nearest_spot()
    player = world.player
    stop = next((s for s in world.level.bus_stops
                 if np.hypot(s.x - player.x, s.y - player.y) <= tuning.ACT_REACH_TILES), None)
    return HudState(
        clock=world.clock_text,
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
    )


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
    template = _(SCORE_CAPTIONS[notice.text]) if notice.text in SCORE_CAPTIONS else "{delta}"
    return template.format(delta=f"{notice.delta:+d}")


class Hud:
    """Lays the HUD out over the world view; sizes scale with the window height."""

    def __init__(self, art: Art, controls: str = CONTROLS) -> None:
        """``controls`` is the untranslated line of keys at the bottom (a kiosk's has no Esc; a
        replay, which has keys of its own, passes an empty line and gets none)."""
        self.art = art
        self.court_icon = art.sprites["court_marker"]
        self.goal_icon = art.sprites["townhall_marker"]
        self.controls = controls

    def draw(self, surface: pygame.Surface, world: World, offset: tuple[int, int]) -> None:
        state = read_hud(world)
        u = unit(surface)
        margin = round(28 * u)
        self._watchers(surface, world, offset, state, u)
        self._clock(surface, state, u, margin)
        self._score(surface, state, u, margin)
        corner = (surface.get_width() - margin, margin)
        if world.level.checks_pass:
            draw_badge(surface, self.art, state.shown_pass, corner)
        else:
            letters = sum(1 for notice in world.system.notices if notice.kind == "letter")
            draw_messages_badge(surface, self.art, letters, corner)
        bottom = self._messages(surface, state, u)
        if state.letter is not None:
            self._letter(surface, state.letter, u, bottom)
        self._hints(surface, state, u, margin)

    # --- corners ------------------------------------------------------------------------------

    def _clock(self, surface: pygame.Surface, state: HudState, u: float, margin: int) -> None:
        pad = round(18 * u)
        hearing = _(state.deadline).format(time=state.hearing)
        clock_w, clock_h = text_size(surface, self.art, "clock", state.clock)
        hearing_w, hearing_h = text_size(surface, self.art, "small", hearing)
        rect = pygame.Rect(margin, margin, max(clock_w, hearing_w) + 2 * pad,
                           clock_h + hearing_h + 2 * pad - round(8 * u))
        card(surface, rect, palette.PAPER, round(16 * u))
        top = text(surface, self.art, "clock", state.clock, palette.INK,
                   topleft=(rect.x + pad, rect.y + pad - round(6 * u)))
        text(surface, self.art, "small", hearing, palette.INK_SOFT,
             topleft=(rect.x + pad, top.bottom - round(4 * u)))

    def _score(self, surface: pygame.Surface, state: HudState, u: float, margin: int) -> None:
        art, pad = self.art, round(18 * u)
        label = _("Score")
        number = str(state.score)
        pulse = 0.0
        colour = palette.INK
        if state.caption is not None and state.caption_age < PULSE_SECONDS:
            pulse = 1.0 - state.caption_age / PULSE_SECONDS
            colour = palette.SCORE_UP if state.caption.delta >= 0 else palette.SCORE_DOWN
        number_w, number_h = text_size(surface, art, "score", number)
        label_w, label_h = text_size(surface, art, "small", label)
        rect = pygame.Rect(0, margin, round(max(number_w * (1 + PULSE_GROWTH), label_w)) + 2 * pad,
                           label_h + number_h + pad)
        rect.centerx = surface.get_width() // 2
        card(surface, rect, palette.PAPER, round(16 * u))
        text(surface, art, "small", label, palette.INK_SOFT, midtop=(rect.centerx, rect.y + round(8 * u)))
        image = art.text("score", surface.get_height(), number, colour)
        if pulse > 0 and not art.reduced_motion:
            scale = 1.0 + PULSE_GROWTH * pulse
            image = pygame.transform.smoothscale_by(image, scale)
        centre = (rect.centerx, rect.y + round(8 * u) + label_h + number_h // 2 - round(4 * u))
        surface.blit(image, image.get_rect(center=centre))
        if state.caption is not None:
            caption = score_caption(state.caption)
            fill = palette.SCORE_UP if state.caption.delta >= 0 else palette.SCORE_DOWN
            caption_w, caption_h = text_size(surface, art, "label", caption)
            pill = pygame.Rect(0, rect.bottom + round(10 * u), caption_w + 2 * pad, caption_h + round(8 * u))
            pill.centerx = rect.centerx
            card(surface, pill, fill, pill.height // 2)
            text(surface, art, "label", caption, palette.TEXT_LIGHT, center=pill.center)

    def _messages(self, surface: pygame.Surface, state: HudState, u: float) -> int:
        """Told rules, in a dark card under the score: the only rules the player ever hears; returns
        where the next card may go."""
        y = round(250 * u)
        width = round(surface.get_width() * 0.6)
        for reason in state.messages:
            message = _(reason)
            line_h = self.art.font("body", surface.get_height()).get_linesize()
            lines = max(1, len(wrap(surface, self.art, "body", message, width)))
            rect = pygame.Rect(0, y, width + round(48 * u), lines * line_h + round(28 * u))
            rect.centerx = surface.get_width() // 2
            card(surface, rect, palette.PAPER_DARK, round(16 * u))
            pygame.draw.rect(surface, palette.AMBER, (rect.x, rect.y, round(10 * u), rect.height),
                             border_top_left_radius=round(16 * u), border_bottom_left_radius=round(16 * u))
            covered = paragraph(surface, self.art, "body", message, palette.TEXT_LIGHT,
                                (rect.centerx, rect.y + round(14 * u)), width)
            y = max(rect.bottom, covered.bottom) + round(12 * u)
        return y

    def _letter(self, surface: pygame.Surface, letter: str, u: float, y: int) -> None:
        """A letter arrived: a paper banner with an envelope, and no reason, because none was given."""
        art = self.art
        message = _(LETTER_BANNER).format(text=_(letter))
        width = round(surface.get_width() * 0.55)
        icon_w, icon_h = round(54 * u), round(36 * u)
        pad = round(20 * u)
        lines = max(1, len(wrap(surface, art, "body", message, width)))
        line_h = art.font("body", surface.get_height()).get_linesize()
        rect = pygame.Rect(0, y, width + icon_w + 3 * pad, max(lines * line_h, icon_h) + 2 * pad)
        rect.centerx = surface.get_width() // 2
        card(surface, rect, palette.PAPER, round(16 * u))
        pygame.draw.rect(surface, palette.COAT, rect, max(2, round(3 * u)), border_radius=round(16 * u))
        envelope = pygame.Rect(rect.x + pad, 0, icon_w, icon_h)
        envelope.centery = rect.centery
        draw_envelope(surface, envelope)
        left = envelope.right + pad
        for index, line in enumerate(wrap(surface, art, "body", message, width)):
            text(surface, art, "body", line, palette.INK,
                 topleft=(left, rect.y + pad + index * line_h + (max(icon_h - lines * line_h, 0)) // 2))

    def _hints(self, surface: pygame.Surface, state: HudState, u: float, margin: int) -> None:
        art, pad = self.art, round(14 * u)
        above = surface.get_height() - margin  # where the hint pill sits: above the keys line
        if self.controls:
            controls = _(self.controls)
            controls_w, controls_h = text_size(surface, art, "small", controls)
            bar = pygame.Rect(margin, 0, controls_w + 2 * pad, controls_h + round(8 * u))
            bar.bottom = surface.get_height() - margin
            card(surface, bar, palette.PAPER, bar.height // 2, lift=2)
            text(surface, art, "small", controls, palette.INK_SOFT, center=bar.center)
            above = bar.top
        hint = None
        if state.bus is not None:  # the bus goes first, as in the world
            hint = _(BUS_HINT).format(stop=_(state.bus))
        elif state.act is not None:
            hint = _(ACT_HINTS[state.act])
        if hint is not None:
            hint_w, hint_h = text_size(surface, art, "label", hint)
            pill = pygame.Rect(0, 0, hint_w + 3 * pad, hint_h + round(14 * u))
            pill.midbottom = (surface.get_width() // 2, above - round(16 * u))
            card(surface, pill, palette.PAPER_DARK, pill.height // 2)
            text(surface, art, "label", hint, palette.TEXT_LIGHT, center=pill.center)

    # --- what is watching ---------------------------------------------------------------------

    def _watchers(self, surface: pygame.Surface, world: World, offset: tuple[int, int], state: HudState,
                  u: float) -> None:
        """The recognition meter over the player, and arrows to off-screen trackers and the court."""
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
            arrow(surface, tip, angle, size, palette.AMBER, palette.AMBER_DARK)
        goal = world.level.goal
        cx, cy = (goal or world.level.court).area.centre
        court = (cx * TILE + offset[0], cy * TILE + offset[1])
        if not screen.collidepoint(court):
            tip, angle = edge_point(inset, player, court)
            arrow(surface, tip, angle, size, palette.COURT_GOLD, palette.INK)
            back = (tip[0] - np.cos(angle) * size * 2.4, tip[1] - np.sin(angle) * size * 2.4)
            icon = self.court_icon if goal is None else self.goal_icon
            name = _("Court") if goal is None else _(goal.name)
            surface.blit(icon, icon.get_rect(center=(round(back[0]), round(back[1]))))
            label = self.art.text("label", surface.get_height(), name, palette.INK)
            place = label.get_rect(midtop=(round(back[0]), round(back[1]) + icon.get_height() // 2))
            surface.blit(label, place.clamp(screen.inflate(-round(12 * u), -round(12 * u))))
        if state.meter > 0:
            self._meter(surface, player, state.meter, u)

    def _meter(self, surface: pygame.Surface, player: tuple[float, float], meter: float, u: float) -> None:
        """A bar over the player's head: how close the cameras are to recognising her."""
        scale = max(u, 0.8)
        width, height = round(72 * scale), round(12 * scale)
        bar = pygame.Rect(0, 0, width, height)
        bar.midbottom = (round(player[0]), round(player[1] - 24))
        eye = (bar.left - round(16 * scale), bar.centery)
        outline = pygame.Rect(0, 0, round(24 * scale), round(15 * scale))
        outline.center = eye
        pygame.draw.ellipse(surface, palette.PAPER_DARK, outline)
        pygame.draw.circle(surface, palette.AMBER, eye, round(4 * scale))
        pygame.draw.rect(surface, palette.PAPER_DARK, bar.inflate(4, 4), border_radius=height)
        filled = bar.copy()
        filled.width = max(height, round(width * meter))
        pygame.draw.rect(surface, palette.AMBER, filled, border_radius=height)
