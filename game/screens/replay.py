"""Replay a run from its inputs, for a workshop: pause, speed, seek, and the system's view.

The replay re-runs the simulation from the recorded seed, profile and inputs, so it shows exactly
what happened, and it checks that it does: when the run ends, the replayed events are compared with
the recorded ones and the screen says whether they match. The system view draws what the player
could not see: every camera's recognition state, a label at each observation, the rules that fired
as captions, and the true pass beside the phone's.
"""

from __future__ import annotations

import math

import pygame

from game.events import Observed, RuleFired
from game.i18n import _
from game.render import Hud, WorldView, palette
from game.render.debrief import draw_comparison, file_of, file_of_run
from game.render.debrief_story import describe_profile_change
from game.render.panels import card, unit
from game.render.phone import pass_symbol
from game.render.text import text, text_size, wrap
from game.screens.base import AppContext, Quit, Screen, Transition
from game.screens.intents import Intent, TickInput
from game.sim.replay import Replay, Verdict, compare
from game.system.debrief import Debrief

SPEEDS = (1, 2, 4, 8)
SEEK_SECONDS = 10
CAPTION_TICKS = 6 * 60


class ReplayScreen(Screen):
    """Plays a recorded run back; LEFT/RIGHT seek, UP/DOWN change speed, CONFIRM pauses."""

    name = "replay"

    def __init__(self, context: AppContext, replay: Replay, system_view: bool, what_if: bool) -> None:
        super().__init__(context)
        self.replay = replay
        self.system_view = system_view
        self.what_if = what_if
        self.speed_index = 0
        self.paused = False
        self.verdict: Verdict | None = None
        self.what_if_files: tuple[Debrief, Debrief] | None = None  # as played and changed, once replayed
        self.view = WorldView(context.art, replay.level)
        self.hud = Hud(context.art, controls="")

    @property
    def speed(self) -> int:
        return SPEEDS[self.speed_index]

    def update(self, tick_input: TickInput) -> Transition | None:
        if tick_input.pressed(Intent.BACK) or tick_input.pressed(Intent.PAUSE):
            return Quit()
        if tick_input.pressed(Intent.CONFIRM):
            self.paused = not self.paused
        if tick_input.pressed(Intent.UP):
            self.speed_index = min(self.speed_index + 1, len(SPEEDS) - 1)
        if tick_input.pressed(Intent.DOWN):
            self.speed_index = max(self.speed_index - 1, 0)
        seek = SEEK_SECONDS * 60
        if tick_input.pressed(Intent.RIGHT):
            self.replay.seek(self.replay.world.tick + seek)
        if tick_input.pressed(Intent.LEFT):
            self.replay.seek(self.replay.world.tick - seek)
            self.verdict = None
        if not self.paused:
            for _step in range(self.speed):
                self.replay.step()
        if self.replay.finished and self.verdict is None and not self.what_if:
            self.verdict = compare(self.replay.record, self.replay.world)
        if self.replay.finished and self.what_if and self.what_if_files is None:
            world, replay = self.replay.world, self.replay
            played = file_of_run(replay.record, replay.level, replay.cameras)
            # The same walk on the same window: the cameras on her screen are the recorded run's.
            changed = file_of(world, replay.commands[:world.tick], replay.record.cameras_on_screen)
            self.what_if_files = (played, changed)
        elif not self.replay.finished:
            self.what_if_files = None
        return None

    # --- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        if self.what_if_files is not None:
            # The same walk, a different file: both files side by side once the inputs are replayed.
            draw_comparison(surface, self.context.art, *self.what_if_files)
            return
        world = self.replay.world
        offset = self.view.draw(surface, world)
        # After the HUD, so that the rule log starts below the clock card and the map's labels keep
        # clear of everything the HUD drew (its cards, the court's marker, the meter).
        taken = self.hud.draw(surface, world, offset)
        taken += self._draw_controls(surface)
        if self.system_view:
            self._draw_system_view(surface, offset, taken)

    def _draw_controls(self, surface: pygame.Surface) -> list[pygame.Rect]:
        """The keys and, once the run is over, the verdict; returns the cards drawn."""
        u = unit(surface)
        art = self.context.art
        total = len(self.replay.commands)
        state = _("paused") if self.paused else f"{self.speed}x"
        line = _("Replay {state} · tick {tick} of {total} · Space: pause · Up/Down: speed · "
                 "Left/Right: 10 s · Esc: leave").format(state=state, tick=self.replay.world.tick,
                                                         total=total)
        if self.what_if:
            changed = describe_profile_change(self.replay.record.profile, self.replay.profile)
            line = _("What if {change}: the same inputs, replayed").format(change=changed) + " · " + line
        pad = round(12 * u)
        # A long line (Dutch, large text) wraps into a taller card instead of running off the window.
        lines = wrap(surface, art, "small", line, surface.get_width() - round(56 * u) - 2 * pad)
        line_h = art.font("small", surface.get_height()).get_linesize()
        width = max(text_size(surface, art, "small", part)[0] for part in lines)
        rect = pygame.Rect(0, 0, width + 2 * pad, line_h * len(lines) + pad)
        rect.midbottom = (surface.get_width() // 2, surface.get_height() - round(28 * u))
        card(surface, rect, palette.PAPER_DARK, round(10 * u), shadows=art.compositor.shadows)
        for number, part in enumerate(lines):
            text(surface, art, "small", part, palette.TEXT_LIGHT,
                 midtop=(rect.centerx, rect.top + pad // 2 + number * line_h))
        drawn = [rect]
        if self.verdict is not None:
            if self.verdict.matches:
                message = _("The replay reproduces the recorded run: all {n} events match.").format(
                    n=len(self.replay.record.events))
            else:
                message = _("The replay does NOT reproduce the recorded run: {detail}").format(
                    detail=self.verdict.detail)
            colour = palette.PASS_COLOURS["green" if self.verdict.matches else "red"]
            width, height = text_size(surface, art, "body", message)
            box = pygame.Rect(0, 0, width + 2 * pad, height + pad)
            box.midbottom = (surface.get_width() // 2, rect.top - pad)
            card(surface, box, colour, round(10 * u), shadows=art.compositor.shadows)
            text(surface, art, "body", message, palette.TEXT_LIGHT, center=box.center)
            drawn.append(box)
        return drawn

    def _draw_system_view(self, surface: pygame.Surface, offset: tuple[int, int],
                          taken: list[pygame.Rect]) -> None:
        """What the system saw: meters on every camera, observation labels, rules, the true pass.
        The rules and the pass go first; a label on the map is left out where it would cover them,
        a card in ``taken`` or another label (the camera and its meter still show)."""
        art = self.context.art
        world = self.replay.world
        u = unit(surface)
        tile = world.level.tile_px
        cameras = world.cameras
        screen_rect = surface.get_rect()
        labels = [*taken, *self._draw_rule_captions(surface, u, taken)]
        labels.append(self._draw_true_pass(surface, u, labels))
        for index in self.view.cameras_in_reach(world, offset, surface.get_size()):
            camera = cameras.cameras[int(index)]
            centre = (round(camera.x * tile) + offset[0], round(camera.y * tile) + offset[1])
            meter = float(cameras.meter[index])
            if meter > 0:
                radius = round(20 * u)
                rect = pygame.Rect(0, 0, 2 * radius, 2 * radius)
                rect.center = centre
                width = max(3, round(5 * u))
                start = math.pi / 2
                pygame.draw.arc(surface, palette.AMBER, rect, start, start + math.tau * meter, width)
            label_at = (centre[0], centre[1] + round(18 * u))
            width, height = text_size(surface, art, "small", camera.label)
            place = pygame.Rect(0, 0, width, height)
            place.midtop = label_at
            # Cameras close together would print their labels over each other: a label that would
            # touch one already placed moves down below it, and one that still cannot fit is left out.
            for _attempt in range(3):
                hit = place.collidelist(labels)
                if hit < 0:
                    break
                place.top = labels[hit].bottom
            if place.collidelist(labels) < 0 and screen_rect.contains(place):
                labels.append(place)
                text(surface, art, "small", camera.label, palette.INK, topleft=place.topleft)
        for event in world.events:
            if isinstance(event, Observed):
                point = (round(event.x * tile) + offset[0], round(event.y * tile) + offset[1])
                if not screen_rect.collidepoint(point):
                    continue
                pygame.draw.circle(surface, palette.PASS_COLOURS["red"], point, round(7 * u))
                label = f"{event.clock} {event.camera}: {_(event.inferred)} {round(event.confidence * 100)}%"
                width, height = text_size(surface, art, "small", label)
                box = pygame.Rect(0, 0, width + round(12 * u), height + round(4 * u))
                box.midbottom = (point[0], point[1] - round(10 * u))
                if box.collidelist(labels) >= 0 or not screen_rect.contains(box):
                    continue
                labels.append(box)
                card(surface, box, palette.PAPER_DARK, round(6 * u), lift=2, shadows=art.compositor.shadows)
                text(surface, art, "small", label, palette.TEXT_LIGHT, center=box.center)

    def _draw_rule_captions(self, surface: pygame.Surface, u: float, taken: list[pygame.Rect]
                            ) -> list[pygame.Rect]:
        art = self.context.art
        world = self.replay.world
        recent = [e for e in world.events if isinstance(e, RuleFired) and world.tick - e.tick < CAPTION_TICKS]
        y = round(150 * u)
        pad = round(10 * u)
        room = round(surface.get_width() * 0.5)  # the left half: the HUD's cards stay clear on the right
        line_height = art.font("body", surface.get_height()).get_linesize()
        drawn: list[pygame.Rect] = []
        # The log stops above the keys' card; what does not fit is counted in a last line, not lost.
        floor = min((rect.top for rect in taken if rect.top > surface.get_height() // 2),
                    default=surface.get_height()) - round(8 * u)
        more_h = text_size(surface, art, "small", "Ag")[1] + pad
        shown = recent[-4:]
        for index, event in enumerate(shown):
            told = _("you were told") if event.told else _("you were not told")
            caption = f"{event.clock}  {event.rule}: {_(event.text)}  ({told})"
            lines = wrap(surface, art, "body", caption, room)
            width = max(text_size(surface, art, "body", line)[0] for line in lines)
            rect = _clear_of(pygame.Rect(round(28 * u), y, width + 2 * pad, line_height * len(lines) + pad),
                             taken, round(8 * u))
            if rect.bottom > floor - (more_h if index < len(shown) - 1 else 0):
                left = len(shown) - index
                more = _("{count} more in the file").format(count=left)
                width, height = text_size(surface, art, "small", more)
                box = _clear_of(pygame.Rect(round(28 * u), y, width + 2 * pad, height + pad), taken,
                                round(8 * u))
                if box.bottom <= floor:
                    card(surface, box, palette.PAPER_DARK, round(8 * u), shadows=art.compositor.shadows)
                    text(surface, art, "small", more, palette.AMBER, center=box.center)
                    drawn.append(box)
                break
            card(surface, rect, palette.PAPER_DARK, round(8 * u), shadows=art.compositor.shadows)
            colour = palette.AMBER if not event.told else palette.TEXT_LIGHT
            for number, line in enumerate(lines):
                at = (rect.x + pad, rect.y + pad // 2 + number * line_height)
                text(surface, art, "body", line, colour, topleft=at)
            y = rect.bottom + round(8 * u)
            drawn.append(rect)
        return drawn

    def _draw_true_pass(self, surface: pygame.Surface, u: float, taken: list[pygame.Rect]) -> pygame.Rect:
        art = self.context.art
        colour = self.replay.world.system.true_pass
        line = _("True pass: {colour}").format(colour=_(colour.capitalize()))
        # A heading, unless large text makes it wider than a third of the window: then body text.
        style = "heading"
        width, height = text_size(surface, art, style, line)
        if width > surface.get_width() // 3:
            style = "body"
            width, height = text_size(surface, art, style, line)
        pad = round(12 * u)
        rect = pygame.Rect(0, 0, width + height + 3 * pad, height + pad)
        # Under the HUD's pass card; when the right side is full (large text, many messages), in
        # the middle under the score, else as low as it fits: always inside the window.
        screen = surface.get_rect()
        for anchor in ((screen.width - round(28 * u), round(150 * u)), (screen.centerx + rect.width // 2,
                                                                         round(150 * u))):
            rect.topright = anchor
            placed = _clear_of(rect, taken, round(12 * u))
            if screen.contains(placed):
                break
        rect = placed.clamp(screen)
        card(surface, rect, palette.PAPER, round(10 * u), shadows=art.compositor.shadows)
        radius = height // 2
        pass_symbol(surface, colour, (rect.x + pad + radius, rect.centery), radius)
        text_at = (rect.x + 2 * pad + 2 * radius, rect.centery)
        text(surface, art, style, line, palette.INK, midleft=text_at)
        return rect


def _clear_of(rect: pygame.Rect, taken: list[pygame.Rect], gap: int) -> pygame.Rect:
    """``rect`` moved down until it touches none of ``taken`` (each step below the one it hit)."""
    rect = rect.copy()
    for _attempt in range(len(taken) + 1):
        hit = rect.collidelist(taken)
        if hit < 0:
            break
        rect.top = taken[hit].bottom + gap
    return rect
