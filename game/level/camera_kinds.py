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
    """One kind of camera: what it senses, its legend, and the defaults a camera of it starts with.

    The defaults are what the level builders and Tiled's templates give a new camera, what the OSM
    import gives a camera its source says nothing of, and what the loader assumes for a property a
    map leaves out.
    """

    key: str
    senses: str
    name: str  # how the file's legend and timeline name it (translated when drawn)
    mark: str  # its shape on the file's map
    colour: tuple[int, int, int]  # its mark's colour
    fov: float  # degrees
    range: float  # tiles
    sweep: float = 0.0  # degrees it turns through, there and back
    sweep_speed: float = 0.0  # degrees a second
    owner: str = "state"
    registered: bool = False  # registered with the police: it only records, footage on order
    recognition_factor: float = 1.0  # how many times faster than a street camera it recognises her
    reads_emotion: bool = False  # reads "anxious" or "calm" into her, as the classroom camera does
    retention_days: float = 0.0  # how long what it reads is kept (the number-plate cameras: 28)


KINDS: dict[str, CameraKind] = {kind.key: kind for kind in (
    CameraKind("lamp", FACE, N_("lamp post"), "circle", (214, 138, 28), 55.0, 8.0, 90.0, 18.0),
    CameraKind("tree", FACE, N_("tree"), "triangle", (44, 112, 70), 50.0, 6.0, 100.0, 14.0),
    CameraKind("door", FACE, N_("front door"), "square", (150, 84, 48), 50.0, 6.0, 40.0, 12.0),
    # A gantry looks down from above the top shoulder across every lane, a band no lane passes
    # under, and reads a passing car at speed: six times faster than a street camera.
    CameraKind("gantry", FACE, N_("highway gantry"), "diamond", (112, 72, 168), 150.0, 8.0,
               recognition_factor=6.0),
    CameraKind("traffic", FACE, N_("traffic light"), "hexagon", (38, 96, 178), 45.0, 7.0, 30.0, 10.0),
    CameraKind("classroom", FACE, N_("classroom"), "star", (196, 56, 128), 70.0, 8.0, 60.0, 12.0,
               reads_emotion=True),
    CameraKind("doorbell", FACE, N_("doorbell"), "pentagon", (150, 84, 48), 80.0, 4.5, owner="private"),
    CameraKind("shop", FACE, N_("shop camera"), "point_down", (38, 140, 150), 70.0, 6.0, owner="business",
               registered=True),
    CameraKind("counting", COUNT, N_("crowd counter"), "plus", (96, 104, 40), 70.0, 8.0),
    CameraKind("sound", SOUND, N_("sound sensor"), "ring", (38, 96, 178), 360.0, 5.0),
    # The Dutch police keep every passage 28 days (sources/dutch-parallels.md, section 5).
    CameraKind("anpr", PLATE, N_("number-plate camera"), "wide_diamond", (112, 72, 168), 80.0, 6.0,
               retention_days=28.0),
)}
CAMERA_OWNERS = ("state", "business", "private")


def senses_of(kind: str, registered: bool) -> str:
    """What a camera of ``kind`` senses; a registered one records where it would recognise or count."""
    senses = KINDS[kind].senses
    return RECORDING if registered and senses in (FACE, COUNT) else senses


def first_sensing(sense: str) -> str | None:
    """The first kind that senses ``sense``: whose mark stands for that sense in a legend."""
    return next((kind.key for kind in KINDS.values() if kind.senses == sense), None)
