"""The HUD keeps its panels as drawn: kept cards must look exactly like cards drawn straight on the
screen, and a card is drawn anew when, and only when, what it shows changed.

Why pixel for pixel: the kept cards are blitted over a world that changes every frame, so a card
kept with the wrong key, a shadow cut short or blended twice would show as a stale number or a
darker edge; comparing with ``Hud.draw_straight`` (every card drawn on the screen, nothing kept)
and with a fresh ``Hud`` catches all of these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pygame
import pytest

from game import i18n, tuning
from game.events import Command
from game.level import Level, load_level
from game.render import Art, Hud, WorldView, read_hud
from game.render import hud as hud_module
from game.render.hud import PULSE_SECONDS
from game.sim import World
from game.system import Notice
from tests.mapmaker import MapObject, basic_objects, camera, court_door, open_rows, write_map
from tests.test_here import here_level, walk

SIZES = ((1280, 720), (1920, 1080))
ANXIOUS = "Seen looking anxious by three cameras."  # a told rule's reason, translated in Dutch
RELATIVE = "Relative of a detainee seen near the court on a hearing day."


@pytest.fixture(scope="module")
def art() -> Art:
    pygame.display.init()
    pygame.display.set_mode(SIZES[0])
    return Art.load()


@pytest.fixture(scope="module")
def level(tmp_path_factory: pytest.TempPathFactory) -> Level:
    objects = [*basic_objects(), court_door(15, 2), camera("C-1", 10.5, 5.5, kind="lamp", facing=0, fov=60,
                                                           reach=6),
               MapObject("bin", 3.5, 6.5, name="B1")]
    return load_level(write_map(tmp_path_factory.mktemp("map"), open_rows(20, 10), objects))


@pytest.fixture(scope="module")
def here(tmp_path_factory: pytest.TempPathFactory) -> Level:
    stops = [MapObject("bus_stop", 5.5, 2.5, name="Canal", properties={"to": "Square", "minutes": 12.0}),
             MapObject("bus_stop", 16.5, 2.5, name="Square", properties={"to": "Canal", "minutes": 12.0})]
    return here_level(Path(tmp_path_factory.mktemp("here")), stops)


@pytest.fixture(autouse=True)
def english(art: Art) -> Iterator[None]:
    """Every test starts and ends in English at the default text settings."""
    i18n.set_language("en")
    art.text_scale, art.reduced_motion = 1.0, False
    yield
    i18n.set_language("en")
    art.text_scale, art.reduced_motion = 1.0, False


def tell(world: World, kind: str, text: str, delta: int = 0) -> None:
    """A notice from the system, as its rules would tell it this tick."""
    world.system.notices.append(Notice(world.tick, kind, text, delta))


def tick(world: World, ticks: int, command: Command | None = None) -> None:
    for _ in range(ticks):
        world.step(command or Command())


def assert_kept_as_drawn(art: Art, hud: Hud, world: World, size: tuple[int, int], what: str) -> None:
    """The kept HUD, a fresh HUD and the HUD drawn straight on the screen agree pixel for pixel."""
    background = pygame.Surface(size)
    offset = WorldView(art, world.level).draw(background, world)
    kept, fresh, straight = background.copy(), background.copy(), background.copy()
    hud.draw(kept, world, offset)
    Hud(art, hud.controls).draw(fresh, world, offset)
    hud.draw_straight(straight, world, offset)
    kept_pixels = pygame.surfarray.array3d(kept)
    assert np.array_equal(kept_pixels, pygame.surfarray.array3d(straight)), f"{what}: kept != straight"
    assert np.array_equal(kept_pixels, pygame.surfarray.array3d(fresh)), f"{what}: kept != fresh"
    assert not np.array_equal(kept_pixels, pygame.surfarray.array3d(background)), f"{what}: no HUD"


@pytest.mark.parametrize("size", SIZES)
def test_kept_cards_look_as_drawn_through_a_run(art: Art, level: Level, size: tuple[int, int]) -> None:
    """One HUD through clock, score pulse, pass, told rules, hint, language and text-size changes."""
    world = World(level, 1)
    hud = Hud(art)
    assert_kept_as_drawn(art, hud, world, size, "start")
    tick(world, 200)
    assert_kept_as_drawn(art, hud, world, size, "the clock moved on")
    world.player.x, world.player.y = 13.0, 5.5  # in the camera's cone: the meter fills
    tick(world, 20)
    assert read_hud(world).meter > 0
    assert_kept_as_drawn(art, hud, world, size, "the recognition meter with its kept frame")
    world.player.x, world.player.y = 3.5, 6.0
    assert_kept_as_drawn(art, hud, world, size, "the act hint")
    world.step(Command(act=True))
    assert read_hud(world).caption is not None
    for age in (0, 1, 20):  # ticks into the pulse, then past it
        tick(world, age)
        assert_kept_as_drawn(art, hud, world, size, f"score pulse, {age} ticks on")
    tick(world, round(PULSE_SECONDS * tuning.TICKS_PER_SECOND))
    assert_kept_as_drawn(art, hud, world, size, "the caption after its pulse")
    world.system.shown_pass = "yellow"
    assert_kept_as_drawn(art, hud, world, size, "the pass turned yellow")
    tell(world, "rule", ANXIOUS)
    assert_kept_as_drawn(art, hud, world, size, "a told rule")
    tell(world, "rule", RELATIVE)
    tell(world, "score", "crossed_on_red", -20)
    assert_kept_as_drawn(art, hud, world, size, "two told rules and a fall in score")
    tick(world, round(tuning.MESSAGE_SECONDS * tuning.TICKS_PER_SECOND) + 1)
    assert read_hud(world).messages == ()
    assert_kept_as_drawn(art, hud, world, size, "the told rules expired")
    tell(world, "rule", ANXIOUS)
    i18n.set_language("nl")
    assert_kept_as_drawn(art, hud, world, size, "in Dutch")
    art.text_scale = 1.25
    assert_kept_as_drawn(art, hud, world, size, "in Dutch, larger text")
    art.text_scale, art.reduced_motion = 1.0, True
    tell(world, "score", "bike_parked", 3)
    assert_kept_as_drawn(art, hud, world, size, "a score change with reduced motion")
    art.reduced_motion = False
    i18n.set_language("en")
    assert_kept_as_drawn(art, hud, world, size, "back in English")


@pytest.mark.parametrize("size", SIZES)
def test_a_letter_a_bus_and_the_phone_badge_look_as_drawn(art: Art, here: Level,
                                                           size: tuple[int, int]) -> None:
    world = World(here, 1)
    world.step(Command(choice=1))
    hud = Hud(art, controls="")  # a replay's HUD: no line of keys
    assert_kept_as_drawn(art, hud, world, size, "no messages")
    tell(world, "letter", "You have been selected for an additional check.")
    assert read_hud(world).letter is not None
    assert_kept_as_drawn(art, hud, world, size, "a letter arrived")
    tell(world, "rule", ANXIOUS)
    assert_kept_as_drawn(art, hud, world, size, "a told rule above the letter")
    walk(world, Command(move_x=1), 40)
    assert read_hud(world).bus == "Square"
    assert_kept_as_drawn(art, hud, world, size, "a bus in reach")
    tick(world, round(hud_module.LETTER_SECONDS * tuning.TICKS_PER_SECOND) + 1)
    assert read_hud(world).letter is None
    assert_kept_as_drawn(art, hud, world, size, "the banner went, the letter stays on the phone")


def test_nothing_is_drawn_again_until_it_changes(art: Art, level: Level,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A frame where nothing changed draws no card; a change draws only the parts that show it."""
    cards: list[pygame.Rect] = []
    real_card = hud_module.card

    def counting_card(*args: object, **kwargs: object) -> pygame.Rect:
        cards.append(args[1])  # the card's rect
        return real_card(*args, **kwargs)

    monkeypatch.setattr(hud_module, "card", counting_card)
    world = World(level, 1)
    hud = Hud(art)
    surface = pygame.Surface(SIZES[0])
    hud.draw(surface, world, (0, 0))
    assert set(hud.renders) == set(hud_module.PARTS)
    assert len(cards) == 3, "clock, score and the keys line (the badge's card is the phone's)"
    before = dict(hud.renders)
    for _ in range(3):
        hud.draw(surface, world, (0, 0))
    assert dict(hud.renders) == before and len(cards) == 3, "an unchanged HUD draws no card"

    clock = world.clock_text
    while world.clock_text == clock:
        world.step(Command())
    hud.draw(surface, world, (0, 0))
    assert hud.renders - Counter(before) == Counter(clock=1), "only the clock changed"

    world.system.shown_pass = "red"
    before = dict(hud.renders)
    hud.draw(surface, world, (0, 0))
    assert hud.renders - Counter(before) == Counter(badge=1)

    tell(world, "rule", ANXIOUS)
    before = dict(hud.renders)
    hud.draw(surface, world, (0, 0))
    hud.draw(surface, world, (0, 0))
    assert hud.renders - Counter(before) == Counter(notes=1)

    before = dict(hud.renders)
    i18n.set_language("nl")
    hud.draw(surface, world, (0, 0))
    assert hud.renders - Counter(before) == Counter(dict.fromkeys(hud_module.PARTS, 1)), "a new language"
    before = dict(hud.renders)
    art.text_scale = 1.5
    hud.draw(surface, world, (0, 0))
    assert hud.renders - Counter(before) == Counter(dict.fromkeys(hud_module.PARTS, 1)), "larger text"
    before = dict(hud.renders)
    hud.draw(pygame.Surface(SIZES[1]), world, (0, 0))
    assert hud.renders - Counter(before) == Counter(dict.fromkeys(hud_module.PARTS, 1)), "a larger window"
    before = dict(hud.renders)
    hud.draw(pygame.Surface(SIZES[1]), world, (0, 0))
    assert dict(hud.renders) == before


def test_only_the_number_is_drawn_every_frame_while_it_pulses(art: Art, level: Level) -> None:
    """The pulse scales the number each frame, over a kept card and under a kept caption; then the
    number is kept on the card again. With reduced motion (no scaling) nothing is drawn through
    the pulse, and the number is kept in the change's colour."""
    world = World(level, 1)
    world.player.x, world.player.y = 3.5, 6.0
    hud = Hud(art)
    surface = pygame.Surface(SIZES[0])
    hud.draw(surface, world, (0, 0))
    world.step(Command(act=True))
    pulse_ticks = round(PULSE_SECONDS * tuning.TICKS_PER_SECOND)
    before = Counter(hud.renders)
    for _ in range(pulse_ticks - 1):
        hud.draw(surface, world, (0, 0))
        world.step(Command())
    drawn = hud.renders - before
    assert drawn["number"] == pulse_ticks - 1, "a new size every frame of the pulse"
    assert drawn["score"] == 1 and drawn["caption"] == 1, "the card (without its number) and the caption once"
    tick(world, 2)
    before = Counter(hud.renders)
    hud.draw(surface, world, (0, 0))
    assert hud.renders - before == Counter(score=1, number=1), "the number back on the kept card"
    before = Counter(hud.renders)
    for _ in range(10):
        world.step(Command())
        hud.draw(surface, world, (0, 0))
    assert (hud.renders - before)["score"] == 0 and (hud.renders - before)["number"] == 0

    art.reduced_motion = True
    tell(world, "score", "crossed_on_red", -20)
    world.system.knowledge.score -= 20
    hud.draw(surface, world, (0, 0))
    before = Counter(hud.renders)
    for _ in range(10):
        world.step(Command())
        hud.draw(surface, world, (0, 0))
    drawn = hud.renders - before
    assert drawn["score"] == drawn["number"] == 0, "reduced motion: nothing pulses, nothing is drawn again"
    tick(world, pulse_ticks)
    hud.draw(surface, world, (0, 0))
    assert (hud.renders - before)["score"] == 1, "the number turns back to ink after the pulse"


def test_kept_cards_cost_no_state(art: Art, level: Level) -> None:
    """Drawing, kept or straight, reads the world and changes none of it."""
    world = World(level, 1)
    tell(world, "rule", ANXIOUS)
    before = (world.tick, world.player.x, world.player.y, len(world.system.notices), world.system.score,
              world.system.shown_pass, world.cameras.meter.tobytes())
    hud = Hud(art)
    surface = pygame.Surface(SIZES[0])
    for _ in range(3):
        hud.draw(surface, world, (0, 0))
        hud.draw_straight(surface, world, (0, 0))
    assert (world.tick, world.player.x, world.player.y, len(world.system.notices), world.system.score,
            world.system.shown_pass, world.cameras.meter.tobytes()) == before


def test_the_hud_offers_what_the_world_can_reach(here: Level) -> None:
    """``read_hud`` skips the exact reach tests when nothing is near; the answer must not change."""
    world = World(here, 1)
    stop = here.bus_stops[0]
    for dx in np.linspace(-2.5, 2.5, 41):
        for dy in np.linspace(-2.5, 2.5, 41):
            x, y = world.player.x, world.player.y = stop.x + dx, stop.y + dy
            expected = next((s.to for s in here.bus_stops
                             if np.hypot(s.x - x, s.y - y) <= tuning.ACT_REACH_TILES), None)
            spot = world.nearest_spot()
            state = read_hud(world)
            assert (state.bus, state.act) == (expected, spot.kind if spot else None), (dx, dy)


def test_the_act_hint_follows_the_world_around_a_bin(level: Level) -> None:
    world = World(level, 1)
    bin_spot = level.spots[0]
    offered = 0
    for dx in np.linspace(-2.0, 2.0, 81):
        for dy in np.linspace(-2.0, 2.0, 81):
            world.player.x, world.player.y = bin_spot.x + dx, bin_spot.y + dy
            spot = world.nearest_spot()
            assert read_hud(world).act == (spot.kind if spot else None), (dx, dy)
            offered += spot is not None
    assert offered, "the bin is offered somewhere in the sweep"


def test_a_core_that_is_not_opaque_is_blended_not_copied(art: Art) -> None:
    """A card's middle is copied, not blended, only where the layer really is opaque there: a
    translucent middle (a card drawn in a see-through colour, say) falls back to blending."""
    layer = pygame.Surface((64, 48), pygame.SRCALPHA)
    layer.fill((0, 0, 0, 0))
    layer.fill((200, 100, 50, 255), (8, 8, 48, 32))
    layer.fill((10, 20, 30, 128), (20, 16, 8, 8))
    shown = pygame.Rect(4, 4, 56, 40)
    background = pygame.Surface((64, 48))
    background.fill((90, 140, 60))
    expected = background.copy()
    expected.blit(layer, shown, shown)
    for core, copied in ((pygame.Rect(8, 8, 48, 32), False), (pygame.Rect(8, 28, 48, 12), True)):
        blits = hud_module._card_blits(layer, shown, core)
        assert any(not image.get_flags() & pygame.SRCALPHA for image, _, _ in blits) == copied
        screen = background.copy()
        screen.blits(blits, doreturn=False)
        assert pygame.image.tobytes(screen, "RGB") == pygame.image.tobytes(expected, "RGB")


def test_huds_share_one_clear_layer(art: Art, level: Level, here: Level) -> None:
    """The play screen, a replay and the attract loop each keep a HUD; they share one window-sized
    layer, which must be clear after every use for the next HUD to draw on."""
    size = SIZES[0]
    worlds = [World(level, 1), World(here, 1)]
    tell(worlds[0], "rule", ANXIOUS)
    tell(worlds[1], "letter", "You have been selected for an additional check.")
    for world, hud in zip(worlds, (Hud(art), Hud(art, controls="")), strict=True):
        assert_kept_as_drawn(art, hud, world, size, "one of two HUDs")
    layer = art.compositor.window("hud layer")  # one for every HUD, kept by the compositor
    assert layer.get_size() == size
    assert layer.get_bounding_rect().width == 0, "nothing left on the shared layer"
