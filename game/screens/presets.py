"""The facilitator's rule presets: which hidden rules run, who the player is, what she is told.

Why a screen of its own, opened from the facilitator's menu: a workshop changes the system between
two groups (for example, the second group's player is not a relative of a detainee, or is told
every rule) and compares their files afterwards. Everything is chosen with the same five keys or
buttons as the rest of the menu, no typing: names are picked from a short list (``group-a`` to
``group-h``, plus any preset already saved for the level), and a preset copied in from another
kiosk shows up by its own name.
"""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.i18n import N_, _
from game.render import palette
from game.render.debrief_story import value_words
from game.render.panels import scroll_arrow, unit
from game.render.text import text, text_size, wrap
from game.screens.base import AppContext, Pop, Transition
from game.screens.menu import Choice, Menu, MenuScreen, mark, menu_panel
from game.system.explain import rule_sentence
from game.system.presets import (
    Preset,
    RuleChoice,
    level_presets,
    preset_of_level,
    save_preset,
)

NAME, SAVE = N_("Name"), N_("Save and use from the next run")
NO_PRESET, BACK = N_("Play the level as it is"), N_("Back")
RULE_OFF, RULE_HIDDEN, RULE_TOLD = N_("off"), N_("on, not told"), N_("on, told")
YES, NO = N_("yes"), N_("no")
HINT_LINES = 3  # room kept under the list for the hint, or for how the chosen rule works
NEW_NAMES = tuple(f"group-{letter}" for letter in "abcdefgh")
_PROFILE, _RULE = "profile:", "rule:"


class PresetScreen(MenuScreen):
    """Up and down choose a line; left, right or confirm change it; Back (Esc, gamepad B) closes."""

    name = "presets"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        runs = context.runs
        level = runs.level
        self.saved, problems = level_presets(runs.data_dir, level)
        self.message: str | None = problems[0] if problems else None
        in_use = runs.preset if runs.preset is not None and runs.preset.level == level.name else None
        self.names = [preset.name for preset in self.saved]
        self.names += [name for name in NEW_NAMES if name not in self.names]
        start = in_use or (self.saved[0] if self.saved else preset_of_level(level, self.names[0]))
        if start.name not in self.names:
            self.names.insert(0, start.name)
        self.editing = self._full(start)
        bool_keys = [key for key, value in level.profile.items() if isinstance(value, bool)]
        self.menu = Menu((NAME, *(_PROFILE + key for key in bool_keys),
                          *(_RULE + rule.rule_id for rule in level.rules), SAVE, NO_PRESET, BACK))

    def _full(self, preset: Preset) -> Preset:
        """The preset with every rule and attribute of the level named, as the menu shows them."""
        base = preset_of_level(self.context.runs.level, preset.name)
        return Preset(name=preset.name, level=base.level, profile={**base.profile, **preset.profile},
                      rules={**base.rules, **preset.rules})

    # --- input ----------------------------------------------------------------------------------

    def choose(self, choice: Choice) -> Transition | None:
        confirmed = choice.item if choice.confirmed else None
        if confirmed == BACK:
            return Pop()
        if confirmed == SAVE:
            self._save()
        elif confirmed == NO_PRESET:
            problem = self.context.runs.use_preset(None)
            self.message = problem or _("The next run plays the level as it is.")
        else:
            self._change(choice.item, choice.step)
        return None

    def _change(self, item: str, step: int) -> None:
        preset = self.editing
        self.message = None
        if item == NAME:
            index = self.names.index(preset.name) if preset.name in self.names else 0
            name = self.names[(index + step) % len(self.names)]
            saved = next((found for found in self.saved if found.name == name), None)
            self.editing = self._full(saved) if saved is not None else replace(preset, name=name)
        elif item.startswith(_PROFILE):
            key = item[len(_PROFILE):]
            self.editing = replace(preset, profile={**preset.profile, key: not preset.profile[key]})
        elif item.startswith(_RULE):
            rule_id = item[len(_RULE):]
            states = (RuleChoice(False, False), RuleChoice(True, False), RuleChoice(True, True))
            current = preset.rules[rule_id]
            index = states.index(current) if current in states else 1
            following = states[(index + step) % len(states)]
            self.editing = replace(preset, rules={**preset.rules, rule_id: following})

    def _save(self) -> None:
        preset = self.editing
        try:
            save_preset(self.context.runs.data_dir, preset)
        except OSError as error:
            self.message = _("Could not save the preset: {problem}").format(problem=error)
            return
        self.saved = [found for found in self.saved if found.name != preset.name] + [preset]
        problem = self.context.runs.use_preset(preset)
        self.message = problem or _("Saved as {name} ({hash}); the next run uses it.").format(
            name=preset.name, hash=preset.content_hash)

    # --- drawing --------------------------------------------------------------------------------

    def labels(self) -> list[str]:
        """Each line with its value, in the current language."""
        preset = self.editing
        level = self.context.runs.level
        reasons = {rule.rule_id: rule.reason for rule in level.rules}
        story = level.story
        shown: list[str] = []
        for item in self.menu.items:
            if item == NAME:
                shown.append(f"{_(NAME)}: {preset.name}")
            elif item.startswith(_PROFILE):
                key = item[len(_PROFILE):]
                value = _(YES) if preset.profile[key] else _(NO)
                name = _(story.attribute_name(key))
                shown.append(_("Hidden attribute, {name}: {value}").format(name=name,
                                                                           value=value))
            elif item.startswith(_RULE):
                rule_id = item[len(_RULE):]
                choice = preset.rules[rule_id]
                state = RULE_OFF if not choice.active else RULE_TOLD if choice.told else RULE_HIDDEN
                shown.append(f"{rule_id} · {_(state)} · {_(reasons[rule_id])}")
            else:
                shown.append(_(item))
        return shown

    def in_use(self) -> str:
        preset = self.context.runs.preset
        if preset is None or preset.level != self.context.runs.level.name:
            return _("In use: none, the level as it is")
        return _("In use: {name} ({hash})").format(name=preset.name, hash=preset.content_hash)

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        panel = menu_panel(surface, 190, (120, 60), self.context.art.compositor)
        heading = text(surface, art, "heading", _("Rule presets"), palette.INK,
                       midtop=(panel.centerx, panel.top + round(20 * u)))
        status = text(surface, art, "small", f"{_(self.context.runs.level.title)} · {self.in_use()}",
                      palette.INK_SOFT, midtop=(panel.centerx, heading.bottom + round(6 * u)))
        line = text_size(surface, art, "small", "Ag")[1] + round(10 * u)
        left, right = panel.left + round(70 * u), panel.right - round(50 * u)
        hint = self.message or self.rule_words(self.menu.items[self.menu.selected]) or _(
            "Left and right change a line. Rules off never fire; told rules are shown to the player when "
            "they fire.")
        hints = wrap(surface, art, "small", hint, panel.width - round(100 * u))[:HINT_LINES]
        # The lines that fit between the status and the hint, scrolled so the chosen one shows.
        labels = self.labels()
        top, bottom = status.bottom + round(14 * u), panel.bottom - round(16 * u) - line * HINT_LINES
        step = line + round(2 * u)
        room = max(1, (bottom - top) // step)
        first = max(0, min(self.menu.selected - room // 2, len(labels) - room))
        shown = range(first, min(first + room, len(labels)))
        y = top
        for index in shown:
            label = _fit(surface, art, labels[index], right - left - round(62 * u))  # inside its mark
            row = pygame.Rect(left, y, right - left, line)
            ink = mark(surface, row, index == self.menu.selected, round(36 * u), round(line / 3.2),
                       art.compositor.shadows)
            text(surface, art, "small", label, ink, midleft=(left + round(50 * u), row.centery))
            y += step
        size, gutter = max(5, round(line / 4)), right + round(25 * u)  # in the margin right of the marks
        if first > 0:
            scroll_arrow(surface, (gutter, top + line // 2), size, up=True)
        if shown.stop < len(labels):
            scroll_arrow(surface, (gutter, y - step + line // 2), size, up=False)
        for number, words in enumerate(hints):  # under the last line shown, within the room kept for it
            text(surface, art, "small", words, palette.INK_SOFT,
                 midtop=(panel.centerx, y + round(8 * u) + number * line))

    def rule_words(self, item: str) -> str:
        """How the rule on line ``item`` works, in words (the file says the same), or nothing."""
        if not item.startswith(_RULE):
            return ""
        level = self.context.runs.level
        rule = next((rule for rule in level.rules if rule.rule_id == item[len(_RULE):]), None)
        return "" if rule is None else f"{rule.rule_id}: {rule_sentence(rule, value_words(level.story))}"


def _fit(surface: pygame.Surface, art: object, label: str, room: int) -> str:
    """The label, cut with an ellipsis where it would run past ``room`` pixels."""
    if text_size(surface, art, "small", label)[0] <= room:  # type: ignore[arg-type]
        return label
    while label and text_size(surface, art, "small", label + "…")[0] > room:  # type: ignore[arg-type]
        label = label[:-1]
    return label.rstrip() + "…"
