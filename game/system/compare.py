"""Two scenarios side by side in figures: what each file holds, who owned the cameras, what was kept
for how long, and what the player was told; everything from the two runs' own events and levels.

Why apart from the drawing: the workshop's question ("how different are we, really?") rests on these
numbers, so they are computed where they can be tested without pygame, and the page only places them.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.events import (
    BusRide,
    Footage,
    Letter,
    Observed,
    Passage,
    PassChanged,
    RuleFired,
)
from game.level.model import CAMERA_OWNERS
from game.system.debrief import Debrief


@dataclass(frozen=True)
class ScenarioFigures:
    """One run's file in the comparison's figures."""

    level: str  # the level's name
    title: str  # the level's title (untranslated)
    ending: str | None
    observations: int  # observations live: the system knew at once
    cameras_live: int  # distinct cameras behind those observations
    dots: int  # of the observations, how many saw her only as an anonymous dot
    footage: int  # recordings handed to the police afterwards, on order
    footage_cameras: int
    passages: int  # number plates read
    passages_until: str | None  # the latest date a passage is kept until, as the file gives it
    retention_days: float  # how long the plate cameras that read her keep a passage (0: none read her)
    owners: dict[str, int]  # distinct cameras that recorded her (live, footage or plate), by owner
    entries: int  # lines in the file
    rules_fired: int
    rules_told: int
    pass_changes: int
    pass_changes_told: int
    letters: int  # letters on the phone: none of them gives a reason
    bus_rides: int

    @property
    def rules_hidden(self) -> int:
        return self.rules_fired - self.rules_told

    @property
    def recorded(self) -> int:
        """Every time a camera put her in the file: live, in footage handed over, or by her plate."""
        return self.observations + self.footage + self.passages


def scenario_figures(file: Debrief) -> ScenarioFigures:
    """The comparison's figures of one run's file."""
    record, level = file.record, file.level
    events = record.events
    cameras = {camera.label: camera for camera in level.cameras}
    observed = [e for e in events if isinstance(e, Observed)]
    footage = [e for e in events if isinstance(e, Footage)]
    passages = [e for e in events if isinstance(e, Passage)]
    rules = [e for e in events if isinstance(e, RuleFired)]
    passes = [e for e in events if isinstance(e, PassChanged)]
    owners = dict.fromkeys(CAMERA_OWNERS, 0)
    recorders: dict[str, str] = {}
    for label in [e.camera for e in observed] + [e.camera for e in passages]:
        recorders[label] = cameras[label].owner if label in cameras else "state"
    for event in footage:
        recorders[event.camera] = event.owner
    for owner in recorders.values():
        owners[owner] = owners.get(owner, 0) + 1
    readers = {e.camera for e in passages}
    retention = max((cameras[label].retention_days for label in readers if label in cameras), default=0.0)
    return ScenarioFigures(
        level=record.level,
        title=level.title,
        ending=record.ending,
        observations=len(observed),
        cameras_live=len({e.camera for e in observed}),
        dots=sum(1 for e in observed if e.inferred == "dot"),
        footage=len(footage),
        footage_cameras=len({e.camera for e in footage}),
        passages=len(passages),
        passages_until=passages[-1].kept_until if passages else None,
        retention_days=retention,
        owners=owners,
        entries=len(events),
        rules_fired=len(rules),
        rules_told=sum(1 for e in rules if e.told),
        pass_changes=len(passes),
        pass_changes_told=sum(1 for e in passes if e.told),
        letters=sum(1 for e in events if isinstance(e, Letter)),
        bus_rides=sum(1 for e in events if isinstance(e, BusRide)),
    )


def compare_scenarios(left: Debrief, right: Debrief) -> tuple[ScenarioFigures, ScenarioFigures]:
    """Both runs' figures, in the order given (the first scenario on the left)."""
    return scenario_figures(left), scenario_figures(right)
