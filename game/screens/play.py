"""The play screen: turns input (or the bot) into one command per tick and draws the world.

Why it records every command: the run file replays a run from its inputs alone, so the list handed
to ``finish_run`` must hold exactly the commands the world stepped, in order, including the idle
ones the phone screen sends while the player looks at her phone.
"""

from __future__ import annotations

import pygame

from game.events import Command
from game.render import Hud, WorldView
from game.screens.base import AppContext, Intent, Push, Quit, Replace, Screen, TickInput, Transition


class PlayScreen(Screen):
    """One run, from a fresh world to its ending."""

    name = "play"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.world, self.bot = context.new_run()
        self.commands: list[Command] = []
        context.track(self.world, self.commands)
        self.view = WorldView(context.art, self.world.level)
        self.hud = Hud(context.art)
        self._give_up = False
        self._to_title = False
        self._finished = False

    def advance(self, command: Command) -> None:
        """Step the world once and record the command; the phone screen calls this too."""
        self.commands.append(command)
        self.world.step(command)

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
            held = tick_input.held
            command = Command(move_x=held.move_x, move_y=held.move_y, run=held.run,
                              act=tick_input.pressed(Intent.ACT),
                              look_at_phone=tick_input.pressed(Intent.PHONE))
        if self._give_up:
            command = Command(give_up=True)
        return command

    def update(self, tick_input: TickInput) -> Transition | None:
        if self._to_title:
            from game.screens.title import TitleScreen  # the title starts play: import at use

            return Replace(TitleScreen(self.context))
        if self.world.ending is None:
            if tick_input.pressed(Intent.PAUSE):
                from game.screens.pause import PauseScreen

                return Push(PauseScreen(self.context, self))
            command = self.command_for(tick_input)
            self.advance(command)
            if self.world.ending is None and command.look_at_phone and self.bot is None:
                from game.screens.phone import PhoneScreen

                return Push(PhoneScreen(self.context, self))
        if self.world.ending is not None and not self._finished:
            return self._finish()
        return None

    def _finish(self) -> Transition:
        """Hand the run to the app to keep, then show the ending (or quit, for --autoplay runs)."""
        from game.screens.ending import EndingScreen

        self._finished = True
        if self.context.finish_run(self.world, self.commands):
            return Quit()
        return Replace(EndingScreen(self.context, self.world, self.commands))

    def draw(self, surface: pygame.Surface) -> None:
        offset = self.view.draw(surface, self.world)
        self.hud.draw(surface, self.world, offset)
