"""The play screen: turns input (or the bot) into one command per tick and draws the world.

Why it records every command: the run file replays a run from its inputs alone, so the list handed
to ``finish_run`` must hold exactly the commands the world stepped, in order, including the idle
ones the phone screen sends while the player looks at her phone.

In kiosk mode a run is capped at the settings' ``run_cap`` seconds of play. The cap adds nothing to
the simulation: the world runs on, ``RACE_STEPS`` idle ticks per tick, until its own clock reaches
the hearing and it ends the run as "too late" itself. The visitor sees the clock race to 10:00, the
story stays honest, and the run file still replays, since every raced tick is a recorded command.
"""

from __future__ import annotations

import pygame

from game import tuning
from game.events import IDLE, Command, PoliceAction
from game.i18n import N_, _
from game.render import Hud, WorldView, palette
from game.render.notices import (
    PlayCard,
    card_layout,
    draw_card,
    draw_opening_marks,
    opening_marks,
    play_card,
)
from game.render.panels import card, unit
from game.render.text import paragraph, text_size, wrap
from game.render.world_view import TILE
from game.screens import registry
from game.screens.base import AppContext, Push, Quit, Replace, Screen, Transition
from game.screens.intents import Held, Intent, TickInput
from game.screens.touch_walk import TouchWalk

RACE_STEPS = 8  # world ticks per tick once a kiosk run has reached its cap
ENDING_BEAT_TICKS = 150  # each ending's moment in the world before the file (2.5 s)
OPENING_BEAT_TICKS = 480  # the opening moment before she can move (8 s), unless a fresh key skips it
# The opening card: who sits at the front door as its headline, the way out as its line below.
OPENING = PlayCard(N_("Two officers sit at your front door."), N_("The back door is open."))
OPENING_NO_OFFICERS = PlayCard(N_("The street outside is watching."), N_("Nobody tells you what it sees."))
TIME_UP = N_("Time is up: the day runs on without you.")
# In kiosk mode Esc does not pause (a gamepad's Start does), so the keys line does not offer it.
KIOSK_CONTROLS = N_("Arrows or WASD: walk · Shift: run · E: act · Tab: phone")


class PlayScreen(Screen):
    """One run, from a fresh world to its ending."""

    name = "play"

    def __init__(self, context: AppContext, opening: bool = False) -> None:
        """``opening``: show the opening moment first (a run started from the title; the bot skips it)."""
        super().__init__(context)
        self.world, self.bot = context.runs.new_run()
        self.commands: list[Command] = []
        self.on_screen: set[str] = set()  # every camera the world view drew in this run, for its file
        context.runs.track(self.world, self.commands, self.on_screen)
        self.view = WorldView(context.art, self.world.level)
        self.hud = Hud(context.art, KIOSK_CONTROLS) if context.exhibition.kiosk else Hud(context.art)
        self.touch_walk = TouchWalk(self.world.level)
        self._give_up = False
        self._to_title = False
        self._finished = False
        self.beat_ticks = 0  # ticks of the ending's moment shown so far
        # The opening moment: the world does not tick (nothing is recorded), so replays are untouched.
        self.opening_ticks = OPENING_BEAT_TICKS if opening and self.bot is None else 0
        # Walked back from the front door: the keys she still holds must not walk her out again.
        self._hold_moves = False
        cap = context.settings.current.run_cap if context.exhibition.kiosk else None
        self.cap_ticks = round(cap * tuning.TICKS_PER_SECOND) if cap is not None else None
        self.paused_ticks = 0  # the cap counts time in the pause menu too: a visitor's turn is real time

    def pausing(self) -> None:
        """The pause menu calls this once a tick: the world stands still, the visitor's time does not."""
        self.paused_ticks += 1

    @property
    def racing(self) -> bool:
        """The run has reached the kiosk's cap: the clock races to the hearing."""
        return (self.cap_ticks is not None and self.world.tick + self.paused_ticks >= self.cap_ticks
                and self.world.ending is None)

    def advance(self, command: Command) -> None:
        """Step the world once and record the command; the phone screen calls this too."""
        self.commands.append(command)
        events = self.world.step(command)
        self.context.art.sounds.play_for(events)
        if any(isinstance(event, PoliceAction) and event.action == "walked_home" for event in events):
            self._hold_moves = True

    @property
    def leaving(self) -> bool:
        """The pause menu chose to stay home or to quit: a screen over this one steps aside for it."""
        return self._give_up or self._to_title

    def give_up(self) -> None:
        """'Stay home' from the pause menu: the next command gives up."""
        self._give_up = True

    def leave_to_title(self) -> None:
        """'Quit to title' from the pause menu: the run is dropped, not kept."""
        self._to_title = True

    def command_for(self, tick_input: TickInput) -> Command:
        """This tick's command: the bot's if it plays, else the held keys and pressed intents."""
        if self.bot is not None:
            command = self.bot.command(self.world)
        else:
            player = self.world.player
            touch = self.touch_walk.orders(tick_input.touch, (player.x, player.y), tick_input.held,
                                           self.hud.badge_rect)
            held = touch.held or tick_input.held
            if self._hold_moves and (held.move_x or held.move_y):
                held = Held(run=held.run)  # keys held through the front door wait to be let go
            else:
                self._hold_moves = False
            command = Command(move_x=held.move_x, move_y=held.move_y, run=held.run,
                              act=tick_input.pressed(Intent.ACT) or touch.act,
                              look_at_phone=tick_input.pressed(Intent.PHONE) or touch.phone)
        if self._give_up:
            command = Command(give_up=True)
        return command

    def update(self, tick_input: TickInput) -> Transition | None:
        if self._to_title:
            return Replace(registry.make("title", self.context))  # the title imports play
        if self.opening_ticks:
            self.opening_ticks -= 1
            if tick_input.pressed(Intent.ANY):  # every key, button or touch, Enter too
                self.opening_ticks = 0
            if not self.opening_ticks:
                self._hold_moves = True  # keys held through the opening must be let go before she walks
            if tick_input.pressed(Intent.PAUSE):  # Esc or Start in the opening: the pause menu, as in play
                from game.screens.pause import PauseScreen

                return Push(PauseScreen(self.context, self))
            return None
        if self.racing:
            for _step in range(RACE_STEPS):
                self.advance(IDLE)
                if self.world.ending is not None:
                    break
        elif self.world.ending is None:
            if tick_input.pressed(Intent.PAUSE):
                from game.screens.pause import PauseScreen

                return Push(PauseScreen(self.context, self))
            if self.world.pending_choice == "visit" and self.bot is None and not self._give_up:
                from game.screens.visit import VisitScreen  # officers at the door: she must answer

                return Push(VisitScreen(self.context, self))
            command = self.command_for(tick_input)
            self.advance(command)
            if self.world.ending is None and command.look_at_phone and self.bot is None:
                from game.screens.phone import PhoneScreen

                return Push(PhoneScreen(self.context, self))
        if self.world.ending is not None and not self._finished:
            self.beat_ticks += 1
            if self.beat_ticks > ENDING_BEAT_TICKS:
                return self._finish()
        return None

    def _finish(self) -> Transition:
        """Hand the run to the app to keep, then show the ending (or quit, for --autoplay runs)."""
        from game.render.debrief import file_of
        from game.screens.ending import EndingScreen

        self._finished = True
        file = file_of(self.world, self.commands, self.on_screen)  # built once: kept, counted, opened
        if self.context.runs.finish_run(file):
            return Quit()
        return Replace(EndingScreen(self.context, self.world, file=file))

    def draw(self, surface: pygame.Surface) -> None:
        # When the window still shows this screen's last frame, the world view mends only what
        # changed, including where the HUD was drawn over it (the compositor keeps both).
        art = self.context.art
        compositor = art.compositor
        solid = self.hud.solid(surface, self.world)
        offset = self.view.draw(surface, self.world, compositor.kept(self), solid)
        self.on_screen |= self.view.drawn_cameras
        compositor.drew_over(self, self._draw_over(surface, offset))

    def _draw_over(self, surface: pygame.Surface, offset: tuple[int, int]) -> list[pygame.Rect]:
        """The HUD and the cards over the world view; returns the areas drawn on."""
        art = self.context.art
        # The card is laid out before the HUD draws, so the court's marker can keep off it.
        shown, clock, marks, clear_of = None, None, [], None
        if self.opening_ticks and not self.racing:
            shown = OPENING if self.world.level.officers else OPENING_NO_OFFICERS
            marks = opening_marks(surface, art, self.world.level, offset, TILE)
            clear_of = max((mark.box.bottom for mark in marks), default=None)
        elif not self.racing:
            shown = play_card(self.world)
            clock = self.world.clock_text if shown is not None and shown.runs_clock else None
        layout = card_layout(surface, art, shown, clock, clear_of) if shown is not None else None
        drawn = self.hud.draw(surface, self.world, offset, avoid=() if layout is None else (layout.box,))
        if self.racing:
            drawn.append(self._draw_time_up(surface))
            return drawn
        drawn += draw_opening_marks(surface, marks, art)
        if shown is not None:
            drawn.append(draw_card(surface, art, shown, clock, layout))
        return drawn

    def _draw_time_up(self, surface: pygame.Surface) -> pygame.Rect:
        """A dark card in the middle while the clock races: the run is over, the day is not.
        Returns the area it covers."""
        art, u = self.context.art, unit(surface)
        words = _(TIME_UP)
        inner = round(surface.get_width() * 0.7)
        lines = wrap(surface, art, "label", words, inner)
        line_h = art.font("label", surface.get_height()).get_linesize()
        widest = max(text_size(surface, art, "label", line)[0] for line in lines)
        box = pygame.Rect(0, 0, widest + round(80 * u), len(lines) * line_h + round(36 * u))
        box.center = (surface.get_width() // 2, round(surface.get_height() * 0.42))
        covered = card(surface, box, palette.PAPER_DARK, round(24 * u), lift=round(6 * u),
                       shadows=art.compositor.shadows)
        top = (box.centerx, box.top + round(18 * u))
        return covered.union(paragraph(surface, art, "label", words, palette.TEXT_LIGHT, top, inner))
