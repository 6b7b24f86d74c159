"""Cards in play: what the system just did to her, shown as it happens, never why.

DESIGN.md, "Hidden reasons, visible actions": being walked back from the front door, a gate's scan,
being sent to the health station and each ending are seen on screen when they happen. The card
names the action and what it costs (minutes, a place); the rule that fired is kept for the file.
``play_card`` decides what the card says from the world's events (testable with no window);
``draw_card`` only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import pygame

from game import tuning
from game.events import BusRide, Event, GateScanned, PoliceAction, StationVisit
from game.i18n import N_, _
from game.level.model import Level
from game.render import palette
from game.render.art import Art
from game.render.panels import card, unit
from game.render.text import line_height, paragraph, text, text_size, wrap
from game.sim.world import World

E = TypeVar("E", bound=Event)

# The card's type, headline and lines under it: the first pair that keeps the card clear of her.
TYPE_STEPS = (("heading", "label"), ("label", "small"))
CARD_SECONDS = 3.5  # a card stays this long after what it tells happened

WALKED_BACK = N_("The officers at the front door walk you back inside.")
WALKED_BACK_COST = N_("{minutes} minutes lost")
STATION = N_("Sent to the health station")
STATION_COST = N_("{minutes} minutes at the station")
STATION_AND_QUEUE = N_("{queue} minutes in the queue, {minutes} at the station")
# Pending review, as it is to her: the pass stays as it is and nobody says why or until when.
PENDING = {"yellow": N_("Your pass is pending review. It stays yellow.")}
PENDING_ANY = N_("Your pass is pending review.")
CLEARED = N_("Your pass is green again.")
SCANS = {
    "passed": N_("Gate scan: you may pass"),
    "entered": N_("Court door scan: you may enter"),
    "sent_to_health_station": N_("Gate scan: not cleared"),
    "held": N_("Gate scan: the barrier stays shut"),
}
QUEUE = N_("{minutes} minutes in the queue")
OFFICERS_MARK = N_("Officers")
BACK_DOOR_MARK = N_("Back door: open")
IN_QUEUE = N_("In the queue at the checkpoint")
HELD = N_("Police hold you on the hard shoulder.")
HELD_NOTE = N_("The morning runs out while you wait.")
ON_THE_BUS = N_("On the bus")
BUS_COST = N_("{minutes} minutes on the bus")
# Each ending's moment in the world before the file opens.
ENDING_BEATS = {
    "in_courtroom": N_("The courtroom door opens."),
    "spoke_at_square": N_("You step up to speak at the square."),
    "held_at_gate": N_("The barrier closes. Officers come for you."),
    "pulled_off_highway": N_("A police car pulls you onto the hard shoulder."),
    "too_late": N_("The clock strikes ten. The hearing begins without you."),
    "stayed_home": N_("The front door shuts. You stay inside."),
}


@dataclass(frozen=True)
class PlayCard:
    """A card's words, untranslated: a headline and an optional line under it (already filled in)."""

    headline: str
    detail: str = ""
    detail_minutes: int = 0
    note: str = ""  # a further line under the detail
    queue_minutes: int = 0  # minutes in a checkpoint's queue before the station (``STATION_AND_QUEUE``)
    runs_clock: bool = False  # the card shows the clock running forward over what it cost


def play_card(world: World) -> PlayCard | None:
    """The card for this tick, if something the system did is still being told.

    While she waits (``world.waiting``) the card stays up with the clock under it, which the
    simulation runs forward at the wait's pace; after a scan or a wait it stays CARD_SECONDS."""
    if world.ending is not None:
        headline = ENDING_BEATS.get(world.ending)
        return PlayCard(headline) if headline is not None else None
    if world.waiting is not None:
        return _waiting_card(world, world.waiting.kind)
    limit = CARD_SECONDS * tuning.TICKS_PER_SECOND
    for event in reversed(world.events):
        if world.tick - event.tick > limit:
            return None
        if isinstance(event, GateScanned) and event.result in SCANS:
            queue = _queue_minutes(world, event)
            return PlayCard(SCANS[event.result], QUEUE if queue else "", queue)
    return None


def _waiting_card(world: World, kind: str) -> PlayCard | None:
    """What she is kept waiting for, and what it costs; never why."""
    if kind == "station":
        visit = _last(world, StationVisit)
        if visit is None:
            return None
        note = CLEARED if visit.result == "cleared" else PENDING.get(world.system.shown_pass, PENDING_ANY)
        scan = _last(world, GateScanned)
        queue = _queue_minutes(world, scan) if scan is not None and scan.tick == visit.tick else 0
        cost = STATION_AND_QUEUE if queue else STATION_COST
        return PlayCard(STATION, cost, visit.minutes, note, queue_minutes=queue, runs_clock=True)
    if kind == "queue":
        return PlayCard(IN_QUEUE, QUEUE, tuning.GATE_QUEUE_MINUTES, runs_clock=True)
    if kind == "walked_home":
        walk = _last(world, PoliceAction)
        minutes = walk.minutes if walk is not None else tuning.WALKED_HOME_MINUTES
        return PlayCard(WALKED_BACK, WALKED_BACK_COST, minutes, runs_clock=True)
    if kind == "held":
        return PlayCard(HELD, HELD_NOTE, runs_clock=True)
    if kind == "bus":
        ride = _last(world, BusRide)
        minutes = ride.minutes if ride is not None else 0
        return PlayCard(ON_THE_BUS, BUS_COST, minutes, runs_clock=True)
    return None


def _last(world: World, kind: type[E]) -> E | None:
    """The latest event of ``kind`` in the log, if any."""
    return next((event for event in reversed(world.events) if isinstance(event, kind)), None)


def _queue_minutes(world: World, scan: GateScanned) -> int:
    """The minutes a checkpoint's queue took before its scan (a court door has none)."""
    gate = next((gate for gate in world.level.gates if gate.name == scan.gate), None)
    return tuning.GATE_QUEUE_MINUTES if gate is not None and not gate.court else 0


def card_words(play: PlayCard) -> tuple[str, tuple[str, ...]]:
    """The card's headline and the lines under it, translated."""
    detail = ""
    if play.detail:
        detail = _(play.detail).format(minutes=play.detail_minutes, queue=play.queue_minutes)
    note = _(play.note) if play.note else ""
    return _(play.headline), tuple(line for line in (detail, note) if line)


@dataclass(frozen=True)
class CardLayout:
    """Where a card goes and how its words are set, worked out before anything is drawn, so the
    HUD can keep its court marker off it."""

    box: pygame.Rect
    headline: str
    lines: tuple[str, ...]
    extra: tuple[str, ...]
    big: str
    small: str
    pad: int


def card_layout(surface: pygame.Surface, art: Art, play: PlayCard, clock: str | None = None,
                clear_of: int | None = None) -> CardLayout:
    """A dark card low in the view, clear of the HUD's messages and of her (she stands in the middle
    of the view: a card that would reach her steps its type down), and of anything else above
    ``clear_of`` (a y on the surface) that must stay seen."""
    u = unit(surface)
    headline, below = card_words(play)
    inner = round(surface.get_width() * 0.7)
    pad = round(28 * u)
    bottom = round(surface.get_height() * 0.88)
    clear = max(surface.get_height() // 2 + round(48 * u), clear_of or 0)  # below her feet
    for big, small in TYPE_STEPS:
        lines = wrap(surface, art, big, headline, inner)
        extra = [part for line in (*below, clock or "") if line
                 for part in wrap(surface, art, small, line, inner)]
        big_h = line_height(surface, art, big)
        small_h = line_height(surface, art, small)
        height = len(lines) * big_h + len(extra) * small_h + 2 * pad
        if bottom - height >= clear:
            break
    widest = max(text_size(surface, art, role, line)[0]
                 for role, group in ((big, lines), (small, extra)) for line in group)
    box = pygame.Rect(0, 0, widest + 2 * pad, height)
    box.midbottom = (surface.get_width() // 2, bottom)
    return CardLayout(box, headline, tuple(lines), tuple(extra), big, small, pad)


def draw_card(surface: pygame.Surface, art: Art, play: PlayCard, clock: str | None = None,
              layout: CardLayout | None = None) -> pygame.Rect:
    """Draw the card (laid out by ``card_layout`` unless given); returns the area it covers."""
    u = unit(surface)
    layout = layout or card_layout(surface, art, play, clock)
    box, big, small = layout.box, layout.big, layout.small
    covered = card(surface, box, palette.PAPER_DARK, round(20 * u), lift=round(6 * u),
                   shadows=art.compositor.shadows)
    top = box.top + layout.pad
    inner = round(surface.get_width() * 0.7)
    covered = covered.union(paragraph(surface, art, big, layout.headline, palette.TEXT_LIGHT,
                                      (box.centerx, top), inner))
    top += len(layout.lines) * line_height(surface, art, big)
    small_h = line_height(surface, art, small)
    for line in layout.extra:
        covered = covered.union(text(surface, art, small, line, palette.TEXT_LIGHT,
                                     midtop=(box.centerx, top)))
        top += small_h
    return covered


def back_doors(level: Level) -> list[tuple[float, float]]:
    """The ways out of her home other than the front door: walkable tiles just outside the home's
    area, found from the grid (a level marks only the front door)."""
    area, door = level.home.area, level.front_door.area
    left, top = int(area.x) - 1, int(area.y) - 1
    right, bottom = int(area.x + area.w), int(area.y + area.h)
    height, width = level.walkable.shape
    doors = []
    for row in range(max(top, 0), min(bottom, height - 1) + 1):
        for col in range(max(left, 0), min(right, width - 1) + 1):
            on_ring = row in (top, bottom) or col in (left, right)
            corner = row in (top, bottom) and col in (left, right)
            at = (col + 0.5, row + 0.5)
            if on_ring and not corner and level.walkable[row, col] and not door.contains(*at):
                doors.append(at)
    return doors


@dataclass(frozen=True)
class Mark:
    """One of the opening's pointers: a ring on the map and its name on a pill beside it."""

    centre: tuple[int, int]
    radius: int
    label: str
    box: pygame.Rect


def opening_marks(surface: pygame.Surface, art: Art, level: Level, offset: tuple[int, int],
                  tile: int) -> list[Mark]:
    """Where the opening's pointers go: round the officers at the front door and round each open back
    door, each with its name (none where no one sits at the door)."""
    if not level.officers:  # no one at the door: no way out to point at
        return []
    u = unit(surface)
    xs, ys = [x for x, _y in level.officers], [y for _x, y in level.officers]
    centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    places = [(centre, (max(xs) - min(xs)) / 2 + 0.9, OFFICERS_MARK)]
    places += [(door, 0.9, BACK_DOOR_MARK) for door in back_doors(level)]
    marks = []
    for (x, y), radius, words in places:
        at = (round(x * tile + offset[0]), round(y * tile + offset[1]))
        ring_r = round(radius * tile)
        label = _(words)
        width, height = text_size(surface, art, "small", label)
        pad = round(8 * u)
        box = pygame.Rect(0, 0, width + 2 * pad, height + pad)
        box.midleft = (at[0] + ring_r + round(6 * u), at[1])
        marks.append(Mark(at, ring_r, label, box))
    return marks


def draw_opening_marks(surface: pygame.Surface, marks: list[Mark], art: Art) -> list[pygame.Rect]:
    """The pointers drawn: amber rings and their names, so the first thing she sees says where the
    way out is; returns the areas drawn on."""
    u = unit(surface)
    covered = []
    for mark in marks:
        ring = max(3, round(4 * u))
        covered.append(pygame.draw.circle(surface, palette.AMBER, mark.centre, mark.radius, ring))
        covered.append(card(surface, mark.box, palette.PAPER_DARK, mark.box.height // 2, lift=2,
                            shadows=art.compositor.shadows))
        covered.append(text(surface, art, "small", mark.label, palette.AMBER, center=mark.box.center))
    return covered
