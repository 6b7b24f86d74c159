"""Every kind of camera a level may place, one entry each: how it senses, its defaults, its legend.

Adding a kind is one entry here, its sprite (``assets/sprites/camera_KIND.png``) and its test
(tests/test_camera_kinds.py checks every entry is whole). The simulation asks an entry what the camera
senses, not its name; the OSM import and the level builders take its defaults; the file names it
and draws its mark from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.i18n import N_

# What a camera picks up of her. A registered camera (``Camera.registered``) only records what it
# sees, for the police to order later, whatever its kind would otherwise sense.
FACE = "face"  # recognises her face: a meter fills while she is in the cone, then an observation
COUNT = "count"  # counts her as a head in a crowd: an observation of "a dot", and the street's tension
PLATE = "plate"  # reads her number plate while she drives; the passage is kept
SOUND = "sound"  # hears running feet; the street's tension rises
RECORDING = "recording"  # keeps footage nobody watches until it is ordered
SENSES = (FACE, COUNT, PLATE, SOUND, RECORDING)

# The shapes the file's map marks a kind with (``game/render/debrief_map.kind_mark``).
MARKS = ("circle", "triangle", "square", "diamond", "hexagon", "pentagon", "point_down", "plus",
         "wide_diamond", "star", "ring")


@dataclass(frozen=True)
class CameraKind:
    """One kind of camera: what it senses, the defaults a level that leaves them out gets, its legend."""

    key: str
    senses: str
    name: str  # how the file's legend and timeline name it (translated when drawn)
    mark: str  # its shape on the file's map
    colour: tuple[int, int, int]  # its mark's colour
    range: float  # tiles, for an imported map that does not say
    owner: str = "state"
    recognition_factor: float = 1.0  # how many times faster than a street camera it recognises her
    reads_emotion: bool = False  # reads "anxious" or "calm" into her, as the classroom camera does
    retention_days: float = 0.0  # how long what it reads is kept (the number-plate cameras: 28)


KINDS: dict[str, CameraKind] = {kind.key: kind for kind in (
    CameraKind("lamp", FACE, N_("lamp post"), "circle", (214, 138, 28), 8.0),
    CameraKind("tree", FACE, N_("tree"), "triangle", (44, 112, 70), 6.0),
    CameraKind("door", FACE, N_("front door"), "square", (150, 84, 48), 6.0),
    # A gantry reads a passing car at speed: it recognises her six times faster than a street camera.
    CameraKind("gantry", FACE, N_("highway gantry"), "diamond", (112, 72, 168), 8.0, recognition_factor=6.0),
    CameraKind("traffic", FACE, N_("traffic light"), "hexagon", (38, 96, 178), 10.0),
    CameraKind("classroom", FACE, N_("classroom"), "star", (196, 56, 128), 8.0, reads_emotion=True),
    CameraKind("doorbell", FACE, N_("doorbell"), "pentagon", (150, 84, 48), 4.5, owner="private"),
    CameraKind("shop", FACE, N_("shop camera"), "point_down", (38, 140, 150), 6.0, owner="business"),
    CameraKind("counting", COUNT, N_("crowd counter"), "plus", (96, 104, 40), 8.0),
    CameraKind("sound", SOUND, N_("sound sensor"), "ring", (38, 96, 178), 5.0),
    # The Dutch police keep every passage 28 days (sources/dutch-parallels.md, section 5).
    CameraKind("anpr", PLATE, N_("number-plate camera"), "wide_diamond", (112, 72, 168), 10.0,
               retention_days=28.0),
)}
CAMERA_OWNERS = ("state", "business", "private")


def senses_of(kind: str, registered: bool) -> str:
    """What a camera of ``kind`` senses; a registered one records where it would recognise or count."""
    senses = KINDS[kind].senses
    return RECORDING if registered and senses in (FACE, COUNT) else senses
