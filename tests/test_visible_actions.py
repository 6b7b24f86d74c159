"""The system's actions are seen where she is, its reasons never: the clock running through a wait,
"pending review" on the pass, the barrier at a scan, the phone's buzz (DESIGN.md, "Hidden reasons,
visible actions")."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game import i18n, tuning
from game.events import Command, GateScanned, PassChanged, StationVisit
from game.level import Level, load_level
from game.render import Art, Hud, WorldView, palette, read_hud
from game.render.hud import BUZZ_SECONDS
from game.render.notices import (
    CLEARED,
    IN_QUEUE,
    PENDING,
    QUEUE,
    STATION,
    card_words,
    draw_card,
    play_card,
)
from game.render.sound import Sounds
from game.render.world_view import SCAN_SECONDS, recent_scans
from game.sim import World
from tests.mapmaker import MapObject, basic_objects, court_door, open_rows, write_map

EAST = Command(move_x=1)
# A yellow pass from the start, never told, held at the station: every scan sends her there.
RULES = {"profile": {}, "rules": [
    {"id": "R-1", "on": "start", "when": {}, "then": {"pass": "yellow"}, "reason": "Flagged.", "told": False},
    {"id": "R-7", "on": "station", "when": {"fired": "R-1"}, "then": {"hold_pass": True},
     "reason": "Pending review.", "told": False},
]}


@pytest.fixture(scope="module")
def level(tmp_path_factory: pytest.TempPathFactory) -> Level:
    objects = [*basic_objects(spawn=(6.5, 5.5), health_station=(14, 6, 2, 2)),
               MapObject("gate", 8, 1, 1, 8, name="G1"), court_door(17, 2)]
    return load_level(write_map(tmp_path_factory.mktemp("gate"), open_rows(20, 10), objects, rules=RULES))


def walk_to_station(level: Level) -> World:
    """Walk east into the gate, which sends her to the health station."""
    world = World(level, 1)
    while not any(isinstance(event, StationVisit) for event in world.events):
        world.step(EAST)
        assert world.tick < 1200 and world.ending is None
    return world


def test_the_hud_clock_runs_with_the_station_card(level: Level) -> None:
    """At the station she stands while the clock runs its 15 minutes by; the card stays till they have."""
    world = walk_to_station(level)
    arrived = world.game_minutes
    assert play_card(world).headline == STATION and play_card(world).runs_clock
    seen = [read_hud(world).clock]
    for _ in range(round(tuning.STATION_REAL_SECONDS * tuning.TICKS_PER_SECOND) - 1):
        world.step(Command())
        assert play_card(world).headline == STATION, "the card stays while she waits"
        assert read_hud(world).clock == world.clock_text
        seen.append(read_hud(world).clock)
    assert seen == sorted(seen) and len(set(seen)) >= tuning.STATION_MINUTES, "minute by minute"
    world.step(Command())
    assert world.waiting is None and play_card(world) is None
    assert world.game_minutes - arrived == pytest.approx(tuning.STATION_MINUTES, abs=0.05)


def test_a_pending_review_visit_is_told_as_it_is_to_her_and_stays_on_the_pass(level: Level) -> None:
    world = walk_to_station(level)
    card = play_card(world)
    assert card.note == PENDING["yellow"] and "R-" not in card.note
    assert read_hud(world).pending_review and read_hud(world).shown_pass == "yellow"
    for _ in range(30 * tuning.TICKS_PER_SECOND):  # long after the card has gone
        world.step(Command())
    assert play_card(world) is None and read_hud(world).pending_review, "pending until the pass changes"


def test_a_cleared_visit_leaves_nothing_pending(tmp_path) -> None:
    rules = {"profile": {}, "rules": [RULES["rules"][0]]}  # nothing holds the pass at the station
    objects = [*basic_objects(spawn=(6.5, 5.5), health_station=(14, 6, 2, 2)),
               MapObject("gate", 8, 1, 1, 8, name="G1"), court_door(17, 2)]
    world = walk_to_station(load_level(write_map(tmp_path, open_rows(20, 10), objects, rules=rules)))
    assert play_card(world).note == CLEARED and not read_hud(world).pending_review
    assert read_hud(world).shown_pass == "green"


@pytest.fixture(scope="module")
def turning(tmp_path_factory: pytest.TempPathFactory) -> Level:
    """The pass turns yellow at 08:01, and nobody tells her."""
    rules = {"profile": {}, "rules": [
        {"id": "R-1", "on": "minute", "when": {"clock_at_least": "08:01"}, "then": {"pass": "yellow"},
         "reason": "Flagged.", "told": False}]}
    objects = [*basic_objects(spawn=(6.5, 5.5)), court_door(17, 2)]
    return load_level(write_map(tmp_path_factory.mktemp("turning"), open_rows(20, 10), objects, rules=rules))


def badge_pixels(art: Art, hud: Hud, world: World) -> np.ndarray:
    surface = pygame.Surface((1280, 720))
    hud.draw(surface, world, WorldView(art, world.level).draw(surface, world))
    return pygame.surfarray.pixels3d(surface)[hud.badge_rect.left:hud.badge_rect.right,
                                             hud.badge_rect.top:hud.badge_rect.bottom].copy()


def shows(pixels: np.ndarray, colour: str) -> bool:
    return bool((pixels == palette.PASS_COLOURS[colour]).all(axis=2).any())


def test_an_untold_change_buzzes_the_phone_but_shows_no_colour(art: Art, turning: Level) -> None:
    world, hud = World(turning, 1), Hud(art)
    while not any(isinstance(event, PassChanged) for event in world.events):
        world.step(Command())
    change = next(event for event in world.events if isinstance(event, PassChanged))
    assert not change.told and Sounds({}).sound_for(change) == "phone_buzz"
    still = badge_pixels(art, Hud(art), World(turning, 1))
    shaking = []
    for _ in range(round(BUZZ_SECONDS * tuning.TICKS_PER_SECOND) - 1):
        state = read_hud(world)
        assert state.buzz_age is not None and state.shown_pass == "green"
        pixels = badge_pixels(art, hud, world)
        assert shows(pixels, "green") and not shows(pixels, "yellow"), "the colour waits for her look"
        shaking.append(not np.array_equal(pixels, still))
        world.step(Command())
    assert all(shaking), "the phone buzzes on screen the whole second"
    for _ in range(10):
        world.step(Command())
    assert read_hud(world).buzz_age is None and np.array_equal(badge_pixels(art, hud, world), still)
    world.step(Command(look_at_phone=True))
    assert read_hud(world).shown_pass == "yellow" and read_hud(world).buzz_age is None


def gate_level(folder, colour: str | None) -> Level:
    """The gate level with the pass ``colour`` from the start (None: it stays green)."""
    rules = [] if colour is None else [{"id": "R-1", "on": "start", "when": {}, "then": {"pass": colour},
                                        "reason": "Flagged.", "told": False}]
    objects = [*basic_objects(spawn=(6.5, 5.5), health_station=(14, 6, 2, 2)),
               MapObject("gate", 8, 1, 1, 8, name="G1"), court_door(17, 2)]
    return load_level(write_map(folder, open_rows(20, 10), objects, rules={"profile": {}, "rules": rules}))


def walk_into_gate(level: Level) -> World:
    world = World(level, 1)
    while not any(isinstance(event, GateScanned) for event in world.events):
        world.step(EAST)
        assert world.tick < 1200
    return world


def barrier_drawn(art: Art, world: World) -> set[str]:
    """The barrier pictures the view puts at gate G1 this tick."""
    view = WorldView(art, world.level)
    images = view._still_now(world)
    return {"open" if images[index] is view.barriers[("open", True)] else "closed"
            for index, kind, key in view._changing if kind == "barrier"}


def test_a_passing_scan_opens_the_barrier_shows_a_tick_and_puts_the_queue_on_the_clock(art: Art,
                                                                                          tmp_path) -> None:
    level = gate_level(tmp_path, None)
    world = World(level, 1)
    while world.waiting is None:
        world.step(EAST)
        assert world.tick < 300
    queued = play_card(world)
    assert queued.headline == IN_QUEUE and queued.runs_clock and barrier_drawn(art, world) == {"closed"}
    clock = world.clock_text
    world = walk_into_gate(level)
    assert world.clock_text > clock, "the queue's minutes ran by"
    assert recent_scans(world) == {"G1": "passed"} and barrier_drawn(art, world) == {"open"}
    card = play_card(world)
    assert card.detail == QUEUE and card.detail_minutes == tuning.GATE_QUEUE_MINUTES
    surface = pygame.Surface((1280, 720))
    WorldView(art, world.level).draw(surface, world)
    assert shows(pygame.surfarray.pixels3d(surface), "green"), "a green tick over the gate"
    for _ in range(round(SCAN_SECONDS * tuning.TICKS_PER_SECOND) + 1):
        world.step(Command())  # standing in the gate: open as long as she is in it
    assert recent_scans(world) == {} and barrier_drawn(art, world) == {"open"}


@pytest.mark.parametrize("colour", ["yellow", "red"])
def test_a_refusing_scan_keeps_the_barrier_shut_and_shows_a_cross(art: Art, tmp_path, colour: str) -> None:
    world = walk_into_gate(gate_level(tmp_path, colour))
    result = {"yellow": "sent_to_health_station", "red": "held"}[colour]
    assert recent_scans(world) == {"G1": result} and barrier_drawn(art, world) == {"closed"}
    assert Sounds({}).sound_for(next(e for e in world.events if isinstance(e, GateScanned))) == "gate_refused"
    if colour == "red":
        assert world.ending == "held_at_gate" and world.inside_gate == "G1", "held in the gate, shut"
        surface = pygame.Surface((1280, 720))
        WorldView(art, world.level).draw(surface, world)
        assert shows(pygame.surfarray.pixels3d(surface), "red"), "a red cross over the gate"


def test_the_station_card_counts_the_queue_before_it(level: Level) -> None:
    card = play_card(walk_to_station(level))
    assert (card.queue_minutes, card.detail_minutes) == (tuning.GATE_QUEUE_MINUTES, tuning.STATION_MINUTES)
    assert card_words(card)[1][0] == (f"{tuning.GATE_QUEUE_MINUTES} minutes in the queue, "
                                      f"{tuning.STATION_MINUTES} at the station")


@pytest.mark.parametrize(("lang", "scale"), [("en", 1.0), ("nl", 1.5)])
def test_the_station_card_keeps_clear_of_her(art: Art, level: Level, lang: str, scale: float) -> None:
    world = walk_to_station(level)
    surface = pygame.Surface((1280, 720))
    i18n.set_language(lang)
    art.text_scale = scale
    try:
        covered = draw_card(surface, art, play_card(world), world.clock_text)
    finally:
        i18n.set_language("en")
        art.text_scale = 1.0
    assert covered.top > 360 + 24, "she stands in the middle of the view"


def test_the_phone_says_pending_review_and_nothing_more(art: Art, level: Level) -> None:
    """Looking at her phone after a held visit: the yellow pass, and "pending review", no reason."""
    from game.render import panels
    from game.render.hud import pending_review
    from game.render.phone import PENDING_ADVICE, draw_phone

    world = walk_to_station(level)
    world.step(Command(look_at_phone=True))  # while she waits at the station: her phone still works
    assert world.waiting is not None and world.events[-1].kind == "phone"
    assert pending_review(world) and world.system.shown_pass == "yellow"
    panels.layout_log = log = panels.LayoutLog()
    try:
        draw_phone(pygame.Surface((1280, 720)), art, world.system.shown_pass, world.clock_text,
                   pending=pending_review(world))
    finally:
        panels.layout_log = None
    words = " ".join(message for _key, _rect, message in log.texts)
    assert "Pending review. No reason given" in words and "Report to a health station" not in words
    assert "R-" not in words
    assert PENDING_ADVICE.startswith("Pending review")
