"""The ending: what became of the day, and the first glimpse of the file the system kept.

Why the true pass appears only here: during play the player sees the pass as last seen; the ending
reveals what it really was, and how often she was watched and judged without being told.
"""

from __future__ import annotations

import pygame

from game.events import Observed, RuleFired
from game.i18n import N_, _
from game.render import palette
from game.render.panels import card, paragraph, text, text_size, unit
from game.render.phone import PASS_WORDS, pass_symbol
from game.screens.base import AppContext, Intent, Replace, Screen, TickInput, Transition
from game.sim.world import World

TITLES = {
    "in_courtroom": N_("In the courtroom"),
    "held_at_gate": N_("Held at the gate"),
    "pulled_off_highway": N_("Pulled off the highway"),
    "too_late": N_("Too late"),
    "stayed_home": N_("Stayed home"),
}
SENTENCES = {
    "in_courtroom": N_("You reached the court before the hearing. The file on you stays open."),
    "held_at_gate": N_("The gate read your pass and held you until the hearing was over."),
    "pulled_off_highway": N_(
        "Police held you on the hard shoulder for hours. The hearing ended without you."),
    "too_late": N_("The hearing started without you."),
    "stayed_home": N_("Nothing happened to you today."),
}
# A key still held from play must not skip the ending unread.
GUARD_TICKS = 45


class EndingScreen(Screen):
    """A plain ending card; any button returns to the title."""

    name = "debrief"

    def __init__(self, context: AppContext, world: World) -> None:
        super().__init__(context)
        self.world = world
        events = world.events
        self.observed = sum(isinstance(event, Observed) for event in events)
        self.untold = sum(isinstance(event, RuleFired) and not event.told for event in events)
        self.ticks = 0

    def update(self, tick_input: TickInput) -> Transition | None:
        self.ticks += 1
        pressed = tick_input.pressed(Intent.ANY) or tick_input.pressed(Intent.CONFIRM)
        if self.ticks > GUARD_TICKS and pressed:
            from game.screens.title import TitleScreen  # the title leads here: import at use

            return Replace(TitleScreen(self.context))
        return None

    def draw(self, surface: pygame.Surface) -> None:
        art, u, world = self.context.art, unit(surface), self.world
        width, height = surface.get_size()
        surface.fill(palette.BACKGROUND)
        ending = world.ending or "too_late"
        panel = pygame.Rect(0, 0, min(width - round(80 * u), round(1300 * u)),
                            min(height - round(80 * u), round(820 * u)))
        panel.center = (width // 2, height // 2)
        card(surface, panel, palette.PAPER, round(28 * u), lift=round(8 * u))
        inner = panel.width - round(120 * u)
        title = text(surface, art, "heading", _(TITLES[ending]), palette.INK,
                     midtop=(panel.centerx, panel.top + round(50 * u)))
        said = paragraph(surface, art, "body", _(SENTENCES[ending]), palette.INK_SOFT,
                         (panel.centerx, title.bottom + round(14 * u)), inner)
        rows = [
            (_("Clock"), world.clock_text),
            (_("Score"), str(world.system.score)),
            (_("Times the cameras saw you"), str(self.observed)),
            (_("Rules that judged you without telling you"), str(self.untold)),
        ]
        line = text_size(surface, art, "body", "Ag")[1] + round(14 * u)
        y = said.bottom + round(40 * u)
        left, right = panel.left + round(80 * u), panel.right - round(80 * u)
        true_pass = world.system.true_pass
        pass_label = _("Your pass was really")
        text(surface, art, "body", pass_label, palette.INK, topleft=(left, y))
        word = text(surface, art, "label", _(PASS_WORDS[true_pass]), palette.INK, topright=(right, y + 4))
        pass_symbol(surface, true_pass, (word.left - round(34 * u), word.centery), round(22 * u))
        y += line + round(8 * u)
        for label, value in rows:
            rule_y = y - round(8 * u)
            pygame.draw.line(surface, palette.BACKGROUND, (left, rule_y), (right, rule_y), 2)
            text(surface, art, "body", label, palette.INK, topleft=(left, y))
            text(surface, art, "label", value, palette.INK, topright=(right, y + 4))
            y += line
        if self.ticks > GUARD_TICKS:
            text(surface, art, "label", _("Press any button"), palette.INK_SOFT,
                 midbottom=(panel.centerx, panel.bottom - round(36 * u)))
