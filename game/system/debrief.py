"""The file they kept, in figures: everything computed from a run's own events and route.

Nothing here is canned: a figure that did not happen in the run is zero. The texts (questions and
the article's lines) are the level's story's (``game.level.story``), chosen by the ending and
translated where they are drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from game import tuning
from game.events import (
    GateScanned,
    Observed,
    PassChanged,
    PoliceAction,
    RuleFired,
    RunEnded,
    RunRecord,
    ScoreChanged,
    StationVisit,
)
from game.level.model import Level
from game.level.paths import shortest_path
from game.vision import SightProfile, reach_mask


@dataclass(frozen=True)
class Figures:
    """The debrief's numbers for one run."""

    observations: int
    cameras_that_saw: tuple[str, ...]
    cameras_that_saw_on_screen: int
    minutes_lost: int  # taken by the system before the deadline (see ``taken_spans``)
    lost_to: tuple[tuple[str, int], ...]  # what took them, in order, and how many times
    minutes_played: float
    observations_per_minute: float
    share_in_reach: float
    shortest_share_in_reach: float
    rules_fired: int
    rules_hidden: int
    gates_passed: int
    final_score: int
    true_pass: str
    pass_turned: bool
    pass_turned_silently: bool  # a rule she was not told changed the pass


def camera_reach(level: Level, profiles: Sequence[SightProfile]) -> np.ndarray:
    """Tiles that some camera sees at some point of its sweep, from each camera's sight profile as
    the simulation's camera bank built it (``CameraBank.profiles``, one per ``level.cameras``): the
    file's reach is the sight that detected, not a second computation of it."""
    reach = np.zeros(level.walkable.shape, dtype=bool)
    for camera, profile in zip(level.cameras, profiles, strict=True):
        half = camera.sweep / 2 + camera.fov / 2
        reach |= reach_mask(profile, camera.facing - half, camera.facing + half, reach.shape)
    return reach


def _share(tiles: list[tuple[int, int]], reach: np.ndarray) -> float:
    if not tiles:
        return 0.0
    return float(np.mean([reach[y, x] for x, y in tiles]))


def walked_tiles(record: RunRecord) -> list[tuple[int, int]]:
    """The tiles of the route samples where the player had moved since the last sample."""
    tiles: list[tuple[int, int]] = []
    previous: tuple[float, float] | None = None
    for _, x, y, _ in record.route:
        if previous is not None and (x, y) != previous:
            tiles.append((int(x), int(y)))
        previous = (x, y)
    return tiles


def shortest_route(level: Level) -> list[tuple[int, int]]:
    """The fewest-tiles walk from the spawn to a court door, ignoring every camera."""
    cost = np.where(level.walkable, 1.0, np.inf)
    goals = {(x, y) for gate in level.gates if gate.court
             for y in range(int(gate.area.y), int(np.ceil(gate.area.y + gate.area.h)))
             for x in range(int(gate.area.x), int(np.ceil(gate.area.x + gate.area.w)))}
    return shortest_path(cost, (int(level.spawn[0]), int(level.spawn[1])), goals)


@dataclass(frozen=True)
class Span:
    """From ``start`` to ``end`` (minutes since midnight), something held: a colour or a hold."""

    start: float
    end: float
    what: str


def clock_minutes(clock: str) -> int:
    """``"08:11"`` as minutes since midnight."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def taken_spans(record: RunRecord, level: Level) -> list[Span]:
    """The clock time the system took from her, and by what: the queue at a checkpoint, the health
    station, officers walking her home, a police hold, being held at a gate until the deadline.

    Why only these: time after she arrived early, or after she chose to stay home, was her own.
    A police hold is kept whole (it runs past the hearing); callers cut it where they need.
    """
    start = float(level.start_minutes)
    checkpoints = {gate.name for gate in level.gates if not gate.court}
    spans: list[Span] = []
    sent_at: float | None = None  # when a scan last sent her to the health station
    for event in record.events:
        minute = float(clock_minutes(event.clock))
        if isinstance(event, GateScanned):
            if event.gate in checkpoints:  # the queue is behind her when the scan is written down
                spans.append(Span(max(start, minute - tuning.GATE_QUEUE_MINUTES), minute, "queue"))
            sent_at = minute if event.result == "sent_to_health_station" else sent_at
        elif isinstance(event, StationVisit):
            # From the scan that sent her, whether the visit was written down as it began or ended.
            begun = sent_at if sent_at is not None else minute - event.minutes
            spans.append(Span(max(start, begun), max(start, begun) + event.minutes, "station"))
            sent_at = None
        elif isinstance(event, PoliceAction):
            spans.append(Span(minute, minute + event.minutes, event.action))
        elif isinstance(event, RunEnded) and event.ending == "held_at_gate":
            spans.append(Span(minute, max(minute, float(level.hearing_minutes)), "held"))
        elif isinstance(event, RunEnded) and event.during == "queue":  # the hearing began in the line
            spans.append(Span(max(start, minute - event.waited), minute, "queue"))
    return spans


def _figures(record: RunRecord, level: Level, reach: np.ndarray, taken: Sequence[Span]) -> Figures:
    """Every figure of the debrief, from the run file, its level, the cameras' reach and the time
    taken (``taken_spans``)."""
    events = record.events
    observed = [e for e in events if isinstance(e, Observed)]
    saw = tuple(dict.fromkeys(e.camera for e in observed))
    on_screen = set(record.cameras_on_screen)
    deadline = float(level.hearing_minutes)
    minutes_lost = round(sum(max(0.0, min(span.end, deadline) - span.start) for span in taken))
    lost_to = tuple(dict.fromkeys(span.what for span in taken))
    minutes_played = max(record.ticks * tuning.GAME_SECONDS_PER_TICK / 60, 0.0)
    per_minute = len(observed) / minutes_played if minutes_played > 0 else 0.0
    rules = [e for e in events if isinstance(e, RuleFired)]
    scores = [e.score for e in events if isinstance(e, ScoreChanged)]
    passes = [e for e in events if isinstance(e, PassChanged)]
    gates = [e for e in events if isinstance(e, GateScanned)]
    return Figures(
        observations=len(observed),
        cameras_that_saw=saw,
        cameras_that_saw_on_screen=sum(1 for label in saw if label in on_screen),
        minutes_lost=minutes_lost,
        lost_to=tuple((what, sum(1 for span in taken if span.what == what)) for what in lost_to),
        minutes_played=round(minutes_played, 1),
        observations_per_minute=round(per_minute, 2),
        share_in_reach=round(_share(walked_tiles(record), reach), 3),
        shortest_share_in_reach=round(_share(shortest_route(level), reach), 3),
        rules_fired=len(rules),
        rules_hidden=sum(1 for e in rules if not e.told),
        gates_passed=sum(1 for e in gates if e.result in ("passed", "entered")),
        final_score=scores[-1] if scores else tuning.START_SCORE,
        true_pass=passes[-1].to if passes else "green",
        pass_turned=any(p.to != "green" for p in passes),
        pass_turned_silently=any(not p.told for p in passes),
    )


@dataclass(frozen=True, eq=False)
class Debrief:
    """One run's file as every reader of it needs it (the page, its picture, the what-if, the
    comparison of two cities, the statistics), computed once when the run ends.

    Why one model: the figures, the time taken and the cameras' reach were computed again by each
    reader; built once here, they cannot disagree, and a page drawn again costs no figures."""

    record: RunRecord
    level: Level
    figures: Figures
    spans: tuple[Span, ...]  # the time the system took (``taken_spans``)
    reach: np.ndarray  # tiles some camera sees at some point of its sweep (``camera_reach``)


def debrief_of(record: RunRecord, level: Level, profiles: Sequence[SightProfile]) -> Debrief:
    """The file of a run on its level; ``profiles``: the camera bank's sight profiles of that level."""
    reach = camera_reach(level, profiles)
    spans = tuple(taken_spans(record, level))
    return Debrief(record, level, _figures(record, level, reach, spans), spans, reach)
