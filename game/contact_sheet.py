"""Every screen, in every language, text size and window size, as PNGs: proof that layouts fit.

Why: a layout that fits in English at 100% can spill in Dutch at 150%, and nobody looks at every
combination by hand. ``python -m game.contact_sheet --out DIR`` draws each screen with real runs of
each ending of both scenarios, writes one PNG per combination and an index picture, and exits 1
listing every text drawn outside the window or its card, or over another text.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import pygame

from game import i18n
from game.app.settings import Settings
from game.events import ENDINGS, Command, GateScanned, PoliceAction, StationVisit
from game.level import Level, load_level
from game.level.story import scenarios
from game.render import Art, panels
from game.render.debrief import draw_comparison, file_of
from game.render.notices import SCANS
from game.screens import EndingScreen, PauseScreen, PhoneScreen, PlayScreen, TitleScreen
from game.screens.compare import CompareScreen
from game.screens.ending import GUARD_TICKS
from game.screens.facilitator import FacilitatorScreen
from game.screens.intents import Held, TickInput
from game.screens.out_of_order import OutOfOrderScreen
from game.screens.presets import PresetScreen
from game.screens.replay import ReplayScreen
from game.screens.settings_menu import SettingsScreen
from game.sim import World
from game.sim.bot import Bot
from game.sim.replay import Replay
from game.system.debrief import Debrief

LEVELS_DIR = Path(__file__).resolve().parents[1] / "levels"
SCENARIOS = tuple(path.stem for path in scenarios(sorted(LEVELS_DIR.glob("*.tmx"))))  # as the title has them
LANGUAGES = ("en", "nl")
TEXT_SIZES = (100, 125, 150)
WINDOW_SIZES = ((1280, 720), (1920, 1080))
BOT_SEEDS = range(1, 25)  # seeds the bot plays until each scenario has shown its endings
RUN_TICKS = 60 * 60 * 30  # a run that has not ended after this long is left out
INDEX_WIDTH = 1800  # the index picture's width at most, in pixels
MIN_OVERLAP = 3  # pixels both ways two texts must share to count as drawn over each other


@dataclass
class SheetRuns:
    """The runs as the sheet's screens ask for them: seed 1, nothing kept."""

    level: Level
    data_dir: Path = Path()
    preset: None = None
    last_records: dict[str, Debrief] = field(default_factory=dict)

    def new_attract_run(self) -> tuple[World, Bot]:
        return World(self.level, 1), Bot(self.level, 1)

    def new_run(self) -> tuple[World, Bot | None]:
        return World(self.level, 1), None

    def finish_run(self, file: Debrief) -> bool:
        return False

    def track(self, world: World, commands: list[Command], cameras_on_screen: Collection[str] = ()) -> None:
        return None

    def level_paths(self) -> list[Path]:
        """The scenarios, so the title shows its row of them as the game does."""
        return [LEVELS_DIR / f"{name}.tmx" for name in SCENARIOS]

    def choose_level(self, path: Path) -> str | None:
        return None

    def use_preset(self, preset: object) -> str | None:
        return None


@dataclass
class SheetSettings:
    """The settings of one sheet (a language and a text size), changed in memory only."""

    current: Settings

    def change(self, **changes: object) -> str | None:
        self.current = replace(self.current, **changes)  # type: ignore[arg-type]
        return None

    def monitors(self) -> list[tuple[int, int]]:
        """Two monitors, so the facilitator's menu shows its longest monitor line."""
        return [(1920, 1080), (1280, 1024)]

    def choose_monitor(self, monitor: int) -> str | None:
        return None


@dataclass
class SheetExhibition:
    """A desktop game with a kiosk's statistics, so the facilitator's figures have rows to show."""

    kiosk: bool = False
    autoplay: bool = False
    notice_heading: str | None = None

    def take_notice(self) -> str | None:
        return None

    def stats_summary(self) -> Summary:
        return Summary(count=128, endings={ending: 20 + number for number, ending in enumerate(ENDINGS)},
                       pass_turned_share=0.42, median_observations=7.5)

    def reset_stats(self) -> str | None:
        return None


class SheetContext:
    """Just what the screens ask of the app, with no files written and no window of its own."""

    def __init__(self, level: Level, art: Art, settings: Settings) -> None:
        self.art = art
        self.runs = SheetRuns(level)
        self.settings = SheetSettings(settings)
        self.exhibition = SheetExhibition()


@dataclass(frozen=True)
class Summary:
    """Statistics as a kiosk that has run a while shows them, every ending counted."""

    count: int
    endings: dict[str, int]
    pass_turned_share: float | None
    median_observations: float | None


@dataclass(frozen=True)
class Run:
    """A finished run of one scenario: its world and the commands that made it."""

    level: Level
    world: World
    commands: tuple[Command, ...]

    @cached_property
    def file(self) -> Debrief:
        """The run's file, built once (``file_of``)."""
        return file_of(self.world, self.commands)


def _play(level: Level, seed: int, choose: Callable[[World], Command]) -> Run | None:
    world, commands = World(level, seed), []
    while world.ending is None and world.tick < RUN_TICKS:
        command = choose(world)
        world.step(command)
        commands.append(command)
    return Run(level, world, tuple(commands)) if world.ending is not None else None


def scenario_runs(level: Level, seeds: range = BOT_SEEDS) -> dict[str, Run]:
    """One run per ending this scenario reached: the bot's, one that stays home, one that waits.
    Where an ending comes up more than once the longest file is kept, since it is the one to fit."""
    runs: dict[str, Run] = {}

    def keep(run: Run | None) -> None:
        if run is not None and (run.world.ending not in runs
                                or len(run.world.events) > len(runs[str(run.world.ending)].world.events)):
            runs[str(run.world.ending)] = run

    for seed in seeds:
        bot = Bot(level, seed)
        keep(_play(level, seed, bot.command))
    keep(_play(level, 1, lambda world: Command(give_up=world.tick > 600)))
    keep(_play(level, 1, lambda world: Command(look_at_phone=world.tick % 900 == 0)))
    return runs


WORLD_MODULES = ("game.render.world_view",)  # their texts are the map's: a card may lie over them


def _asker() -> str:
    """The module that asked for the text being noted: the first caller outside this module, the
    panels and the art."""
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get("__name__") in (
            __name__, "game.render.panels", "game.render.art"):
        frame = frame.f_back
    return str(frame.f_globals.get("__name__", "?"))


class _Texts(list):
    """The log's texts, also noting every message ever logged (a page measured and drawn again,
    ``panels.log_forget``, drops its first texts, but they were laid out all the same) and which
    module drew each."""

    def __init__(self) -> None:
        super().__init__()
        self.ever: set[str] = set()
        self.modules: dict[tuple[int, tuple[int, ...], str], str] = {}

    def append(self, entry: tuple[int, pygame.Rect, str]) -> None:
        self.ever.add(entry[2])
        self.modules[(entry[0], tuple(entry[1]), entry[2])] = _asker()
        super().append(entry)

    def clear(self) -> None:
        super().clear()
        self.ever.clear()
        self.modules.clear()

    def of_world(self, key: int, place: tuple[int, ...], message: str) -> bool:
        return self.modules.get((key, place, message)) in WORLD_MODULES


class SheetLog(panels.LayoutLog):
    """The layout log, and every text rendered through ``Art.text`` while it is open, by the module
    that asked for it: a text rendered but never logged was blitted raw, outside any box the check
    can see."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = _Texts()
        self.rendered: dict[str, str] = {}

    def clear(self) -> None:
        super().clear()
        self.rendered.clear()

    def raw(self) -> list[tuple[str, str]]:
        """(message, module) of each text rendered and never laid out."""
        return [(message, module) for message, module in self.rendered.items()
                if message not in self.texts.ever]


@contextmanager
def watching_text(log: SheetLog) -> Iterator[None]:
    """Note in ``log`` every text ``Art.text`` renders (the class's method, so page copies of the art
    are watched too), and the module that asked for it."""
    render = Art.text

    def text(art: Art, role: str, window_height: int, message: str, colour: tuple[int, ...]
             ) -> pygame.Surface:
        if message.strip():
            log.rendered.setdefault(message, _asker())
        return render(art, role, window_height, message, colour)

    Art.text = text  # type: ignore[method-assign]
    try:
        yield
    finally:
        Art.text = render  # type: ignore[method-assign]


CARD_TICKS = 30  # how long after what a card tells the sheet draws it: the card is up, the moment fresh


def card_moments(runs: dict[str, Run]) -> dict[str, World]:
    """For each card the play screen shows in these runs (the health station, a gate's scan, being
    walked back), a world replayed to just after its first showing: the card at its longest, clock
    and all."""
    moments: dict[str, World] = {}
    for run in sorted(runs.values(), key=lambda run: -len(run.world.events)):
        for event in run.world.events:
            if isinstance(event, StationVisit):
                card = "station"
            elif isinstance(event, PoliceAction) and event.action == "walked_home":
                card = "walked_back"
            elif isinstance(event, GateScanned) and event.result in SCANS:
                card = f"scan_{event.result}"
            else:
                continue
            if card in moments:
                continue
            world = World(run.level, run.world.seed, run.world.profile)
            for command in run.commands[:event.tick + CARD_TICKS]:
                world.step(command)
            moments[card] = world
    return moments


def problems_in(log: panels.LayoutLog, size: tuple[int, int], where: str) -> list[str]:
    """Every text outside the window or its card, and every two texts drawn over each other."""
    found: list[str] = []
    # A surface of the window's size (the HUD's drawing layer) is put on the window as it is: its
    # texts and the window's share one key, so a card drawn over the HUD's words is caught.
    def window_key(key: int) -> int:
        return 0 if log.sizes.get(key) == size else key

    cards = [(window_key(key), box) for key, box in log.cards]
    later = [(key, box, after) for (key, box), after in zip(cards, log.cards_after, strict=True)]
    drawn = [(window_key(key), tuple(rect), message) for key, rect, message in log.texts]
    # The world view's own words (street and camera names) lie under the cards and HUD by design.
    of_world = {entry: isinstance(log.texts, _Texts) and log.texts.of_world(key, tuple(rect), message)
                for entry, (key, rect, message) in zip(drawn, log.texts, strict=True)}
    for number, (key, place, message) in enumerate(drawn):
        if of_world[(key, place, message)]:
            continue
        for card_key, box, after in later:
            hidden = box.clip(pygame.Rect(place))
            if (after > number and card_key == key and hidden.width >= MIN_OVERLAP
                    and hidden.height >= MIN_OVERLAP and (key, place, message) not in drawn[after:]):
                found.append(f"{where}: {message!r} is covered by a card drawn over it at {tuple(box)}")
                break
    texts = list(dict.fromkeys(drawn))
    for number, (key, place, message) in enumerate(texts):
        rect = pygame.Rect(place)
        window = pygame.Rect((0, 0), size if key == 0 else log.sizes.get(key, size))
        same = [box for box_key, box in cards if box_key == key and box.collidepoint(rect.center)]
        whole = window.width >= size[0] and window.height >= size[1]  # the screen or a page, not a
        if whole and not window.contains(rect) and rect.size != (0, 0):  # scrap image being measured
            found.append(f"{where}: {message!r} is drawn outside the window at {tuple(rect)}")
        elif (same and not of_world[(key, place, message)]
              and not min(same, key=lambda box: box.width * box.height).contains(rect)):
            found.append(f"{where}: {message!r} spills out of its card at {tuple(rect)}")
        for other_key, other, other_message in texts[number + 1:]:
            shared = rect.clip(pygame.Rect(other))
            if of_world[(key, place, message)] != of_world[(other_key, other, other_message)]:
                continue
            if whole and other_key == key and shared.width >= MIN_OVERLAP and shared.height >= MIN_OVERLAP:
                found.append(f"{where}: {message!r} and {other_message!r} are drawn over each other")
    if isinstance(log, SheetLog):
        found += [f"{where}: {message!r} is blitted raw by {module}, not laid out in a box"
                  for message, module in log.raw()]
    return found


def _screens(context: SheetContext, runs: dict[str, dict[str, Run]], scenario: str
             ) -> Iterator[tuple[str, Callable[[pygame.Surface], None]]]:
    """(name, draw) for each screen of a scenario; a screen drawn over another resets the log after
    the one beneath, which is dimmed and not what is checked."""
    def over(under: Callable[[pygame.Surface], None], top: Callable[[pygame.Surface], None]
             ) -> Callable[[pygame.Surface], None]:
        def draw(surface: pygame.Surface) -> None:
            under(surface)
            if panels.layout_log is not None:
                panels.layout_log.clear()
            top(surface)
        return draw

    title = TitleScreen(context)
    yield "title", title.draw
    yield "settings", SettingsScreen(context).draw
    play = PlayScreen(context)
    for _step in range(120):
        play.world.step(Command(move_x=1))
    pause = PauseScreen(context, play)
    pause.menu.selected = len(pause.menu.items) - 1
    yield "pause", over(play.draw, pause.draw)
    yield "phone", over(play.draw, PhoneScreen(context, play).draw)
    yield "card-opening", PlayScreen(context, opening=True).draw
    for card, world in card_moments(runs[scenario]).items():
        shown = PlayScreen(context)
        shown.world = world  # the card is drawn from the world's events, over the HUD as in play
        yield f"card-{card}", shown.draw
    for ending, run in sorted(runs[scenario].items()):
        ending_screen = EndingScreen(context, run.world, file=run.file)
        for _tick in range(GUARD_TICKS + 1):  # until its closing hint shows
            ending_screen.update(TickInput(intents=frozenset(), held=Held()))
        yield f"file-{ending}", ending_screen.draw
    others = [name for name in SCENARIOS if name != scenario]
    if others and runs[others[0]]:
        mine = max(runs[scenario].values(), key=lambda run: len(run.world.events))
        theirs = max(runs[others[0]].values(), key=lambda run: len(run.world.events))
        pair = (mine.file, theirs.file)
        yield "comparison", CompareScreen(context, *pair).draw
        yield "what_if", lambda surface: draw_comparison(surface, context.art, pair[0], pair[0])
    longest = max(runs[scenario].values(), key=lambda run: len(run.world.events))
    replay = ReplayScreen(context, Replay(longest.file.record, longest.level), system_view=True,
                          what_if=False)
    replay.replay.seek(len(longest.commands) * 2 // 3)
    yield "replay", replay.draw
    yield "out_of_order", OutOfOrderScreen(context).draw
    facilitator = FacilitatorScreen(context)
    yield "facilitator", facilitator.draw
    statistics = FacilitatorScreen(context)
    statistics.mode, statistics.summary = "statistics", context.exhibition.stats_summary()
    yield "facilitator_statistics", statistics.draw
    presets = PresetScreen(context)
    # The line whose rule takes the most words to say: the longest hint the screen must fit.
    presets.menu.selected = max(range(len(presets.menu.items)), key=lambda index: len(
        presets.rule_words(presets.menu.items[index])))
    yield "presets", presets.draw


def contact_sheet(out: Path, languages: tuple[str, ...] = LANGUAGES, text_sizes: tuple[int, ...] = TEXT_SIZES,
                  window_sizes: tuple[tuple[int, int], ...] = WINDOW_SIZES,
                  scenarios: tuple[str, ...] = SCENARIOS, seeds: range = BOT_SEEDS) -> list[str]:
    """Draw every combination into ``out``; returns the problems found (none: every screen fits)."""
    out.mkdir(parents=True, exist_ok=True)
    pygame.display.init()
    pygame.display.set_mode((1, 1), pygame.HIDDEN)
    art = Art.load()
    levels = {name: load_level(LEVELS_DIR / f"{name}.tmx") for name in SCENARIOS}
    runs = {name: scenario_runs(levels[name], seeds) for name in SCENARIOS}
    problems: list[str] = []
    thumbnails: list[tuple[str, pygame.Surface]] = []
    log = SheetLog()
    panels.layout_log = log
    try:
        with watching_text(log):
            for scenario in scenarios:
                for language in languages:
                    i18n.set_language(language)
                    for text_size in text_sizes:
                        art.text_scale = text_size / 100
                        settings = Settings(language=language, text_size=text_size)
                        context = SheetContext(levels[scenario], art, settings)
                        for size in window_sizes:
                            for name, draw in _screens(context, runs, scenario):
                                surface = pygame.Surface(size)
                                log.clear()
                                draw(surface)
                                label = f"{scenario}-{name}-{language}-{text_size}-{size[0]}x{size[1]}"
                                problems += problems_in(log, size, label)
                                pygame.image.save(surface, str(out / f"{label}.png"))
                                if size == window_sizes[0]:
                                    small = pygame.transform.smoothscale(surface, (256, 144))
                                    thumbnails.append((label, small))
    finally:
        panels.layout_log = None
        i18n.set_language("en")
        art.text_scale = 1.0
    _index(out / "index.png", thumbnails, art)
    return problems


def _index(path: Path, thumbnails: list[tuple[str, pygame.Surface]], art: Art) -> None:
    """All first-size pictures, small, in a grid with their names: the sheet at one glance."""
    columns = 12
    rows = -(-len(thumbnails) // columns)
    cell_w, cell_h = 264, 166
    sheet = pygame.Surface((columns * cell_w, max(1, rows) * cell_h))
    sheet.fill((236, 230, 218))
    font = pygame.font.Font(str(art.assets_dir / "fonts" / "AtkinsonHyperlegible-Regular.ttf"), 11)
    for number, (label, image) in enumerate(thumbnails):
        x, y = number % columns * cell_w + 5, number // columns * cell_h + 4
        sheet.blit(image, (x, y))
        sheet.blit(font.render(label, True, (40, 40, 40)), (x, y + 146))
    if sheet.get_width() > INDEX_WIDTH:  # small enough to sit in the repository's docs
        sheet = pygame.transform.smoothscale(sheet, (INDEX_WIDTH, round(sheet.get_height() * INDEX_WIDTH
                                                                        / sheet.get_width())))
    pygame.image.save(sheet, str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.contact_sheet", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNGs and index.png")
    args = parser.parse_args(argv)
    problems = contact_sheet(args.out)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s); pictures in {args.out}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
