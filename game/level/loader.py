"""Read a Tiled map with pytmx into a checked :class:`Level`.

pytmx accepts much that the game cannot play (no spawn, short layer data, a camera with its range
as text, a 100000x100000 map that would eat the machine's memory). The XML is checked first, cheaply
and with bounded memory, then pytmx reads it, then every object is checked. All problems are
collected, so ``main.py check`` can report them at once, each naming file, object and field.

Every file a level names (tilesets, their images, templates, rules), and its story beside it, is read
through ``game.level.untrusted``: it must lie in the level's own folder tree or the game's ``assets/``,
be a regular file of a sane size, and every text that play or the file will draw has a length limit,
so a level that ``check`` accepts is one that play and the debrief can use.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ElementTree
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytmx

from game.level.camera_kinds import KINDS
from game.level.errors import LevelError, Problem, object_where
from game.level.model import (
    CAMERA_KINDS,
    CAMERA_OWNERS,
    BusStop,
    Camera,
    Crossing,
    Gate,
    Level,
    Place,
    Rect,
    Rule,
    Spot,
)
from game.level.rules_schema import check_rules
from game.level.story import load_story
from game.level.untrusted import (
    IMAGE,
    LEVEL,
    RULES,
    TEMPLATE,
    TILESET,
    UntrustedFileError,
    check_regular,
    confined,
    parse_xml,
    read_bytes,
    read_json,
    read_xml,
    text_problem,
)

MAX_FILE_BYTES = LEVEL.max_bytes
MAX_TILES_PER_SIDE = 1024
MAX_LAYERS = 32
MAX_LAYER_CELLS = 4 * 1024 * 1024  # tiles of all layers together: what pytmx and numpy hold
MAX_OBJECTS = 4096
MAX_TILESETS = 16
TILE_PX = 32
GAME_ASSETS = Path(__file__).resolve().parents[2] / "assets"
# Longest texts (characters) that play, the HUD and the file draw from a level and its rules.
MAX_NAME = 48  # an object's name: a camera's label, a district, a bus stop
MAX_TITLE = 80
MAX_LABEL = 80  # the goal label, e.g. "Hearing at {time}"
MAX_REASON = 300  # a rule's reason, shown in the file
MAX_LETTER = 300  # a letter on the phone
MAX_PROPERTY_TEXT = 200  # any other text property

POINT_CLASSES = ("spawn", "officer", "camera", "bin", "rack", "bus_stop", "smart_lamp")
RECT_CLASSES = ("home", "front_door", "court", "health_station", "district", "gate", "crossing", "goal")
SINGLE_CLASSES = ("spawn", "home", "front_door", "court", "health_station")

# Required properties per class: name -> accepted python types (bool is not a number here).
_NUMBER = (int, float)
REQUIRED: dict[str, dict[str, tuple[type, ...]]] = {
    "camera": {"kind": (str,), "facing": _NUMBER, "sweep": _NUMBER, "fov": _NUMBER,
               "range": _NUMBER, "sweep_speed": _NUMBER},
    "crossing": {"period": _NUMBER, "green": _NUMBER},
    "bus_stop": {"to": (str,), "minutes": _NUMBER},
}
OPTIONAL: dict[str, dict[str, tuple[type, ...]]] = {
    "camera": {"reads_emotion": (bool,), "owner": (str,), "registered": (bool,), "retention_days": _NUMBER,
               "guessed": (str,)},
    "gate": {"court": (bool,)},
}
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
GOAL_ENDINGS = ("in_courtroom", "spoke_at_square")

ImageLoader = Callable[..., Any]


def level_roots(path: Path) -> tuple[Path, ...]:
    """The folders a level's files may come from: its own folder tree and the game's assets."""
    return (path.parent, GAME_ASSETS)


def load_level(path: Path, image_loader: ImageLoader | None = None,
               roots: Sequence[Path] | None = None) -> Level:
    """Load and check a level; raises LevelError listing every problem.

    ``image_loader`` is pytmx's hook, passed in by the renderer; the simulation needs no images.
    ``roots`` are the folders its tilesets, images, templates and rules may lie in (default:
    ``level_roots``).
    """
    problems: list[Problem] = []
    tiled_map = read_tiled_map(path, problems, image_loader, roots)
    if tiled_map is None:
        raise LevelError(problems)
    level = _build_level(path, tiled_map, problems, tuple(roots or level_roots(path)))
    if problems or level is None:
        raise LevelError(problems)
    return level


def read_tiled_map(path: Path, problems: list[Problem], image_loader: ImageLoader | None = None,
                   roots: Sequence[Path] | None = None) -> pytmx.TiledMap | None:
    """Pre-check the XML, then let pytmx read it; None (with problems) if it cannot be read."""
    allowed = tuple(roots or level_roots(path))
    root = _read_xml(path, problems)
    if (root is None or not _check_map_xml(path, root, problems, allowed)
            or not _apply_templates(path, root, problems, allowed)):
        return None
    try:
        tiled_map = pytmx.TiledMap() if image_loader is None else pytmx.TiledMap(image_loader=image_loader)
        tiled_map.filename = str(path)  # tilesets are found relative to it
        tiled_map.parse_xml(root)
        return tiled_map
    except Exception as error:  # pytmx raises bare Exception, ValueError, KeyError, OSError...
        detail = str(error) or type(error).__name__
        problems.append(Problem(path, "map", "file", f"pytmx cannot read it: {detail}"))
        return None


def _apply_templates(path: Path, root: ElementTree.Element, problems: list[Problem],
                     roots: tuple[Path, ...]) -> bool:
    """Fill in objects placed from Tiled templates (``.tx``), which pytmx does not read.

    The template gives every attribute and property the object does not set itself.
    """
    before = len(problems)
    templates: dict[str, ElementTree.Element | None] = {}
    for item in root.iter("object"):
        source = item.get("template")
        if source is None:
            continue
        if source not in templates:
            try:
                template = read_xml(confined(path.parent, source, roots), TEMPLATE)
                templates[source] = template.find("object")
            except UntrustedFileError as error:
                templates[source] = None
                problems.append(Problem(path, object_where(item.get("name"), item.get("id")), "template",
                                        str(error)))
        base = templates[source]
        if base is None:
            continue
        for name, value in base.attrib.items():
            if name not in item.attrib and name != "id":
                item.set(name, value)
        own = item.find("properties")
        inherited = base.find("properties")
        if inherited is not None:
            if own is None:
                own = ElementTree.SubElement(item, "properties")
            named = {prop.get("name") for prop in own.findall("property")}
            for prop in inherited.findall("property"):
                if prop.get("name") not in named:
                    own.append(prop)
        for shape in ("point", "ellipse", "polygon", "polyline"):
            if base.find(shape) is not None and item.find(shape) is None:
                item.append(base.find(shape))
        del item.attrib["template"]
    return len(problems) == before


def _read_xml(path: Path, problems: list[Problem]) -> ElementTree.Element | None:
    try:
        root = parse_xml(path, read_bytes(path, LEVEL), LEVEL)
    except UntrustedFileError as error:
        reason = error.reason.replace("not a level (", "not a Tiled map (")
        problems.append(Problem(path, "map", "file", reason))
        return None
    if root.tag != "map":
        problems.append(Problem(path, "map", "file", f"not a Tiled map (root element <{root.tag}>)"))
        return None
    return root


def _int_attribute(path: Path, node: ElementTree.Element, where: str, name: str,
                   problems: list[Problem], low: int, high: int) -> int | None:
    text = node.get(name)
    if text is None:
        problems.append(Problem(path, where, name, "missing"))
        return None
    try:
        value = int(text)
    except ValueError:
        problems.append(Problem(path, where, name, f"not a whole number: {text[:20]!r}"))
        return None
    if not low <= value <= high:
        problems.append(Problem(path, where, name, f"{value} is outside {low}..{high}"))
        return None
    return value


def _check_map_xml(path: Path, root: ElementTree.Element, problems: list[Problem],
                   roots: tuple[Path, ...]) -> bool:
    """Check sizes, layers and tilesets in the raw XML, before pytmx allocates anything."""
    before = len(problems)
    if root.get("orientation") != "orthogonal":
        problems.append(Problem(path, "map", "orientation", f"{root.get('orientation')!r}, "
                                "only orthogonal maps are supported"))
    if root.get("infinite") == "1":
        problems.append(Problem(path, "map", "infinite", "infinite maps are not supported"))
    width = _int_attribute(path, root, "map", "width", problems, 1, MAX_TILES_PER_SIDE)
    height = _int_attribute(path, root, "map", "height", problems, 1, MAX_TILES_PER_SIDE)
    for name in ("tilewidth", "tileheight"):
        value = _int_attribute(path, root, "map", name, problems, 1, 4096)
        if value is not None and value != TILE_PX:
            problems.append(Problem(path, "map", name, f"{value} px, levels use {TILE_PX} px tiles"))
    if len(problems) > before or width is None or height is None:
        return False
    layers = list(root.iter("layer"))
    counts = (("layer", len(layers), MAX_LAYERS), ("tileset", len(root.findall("tileset")), MAX_TILESETS),
              ("object", sum(1 for _ in root.iter("object")), MAX_OBJECTS))
    for name, count, most in counts:
        if count > most:
            problems.append(Problem(path, "map", name, f"{count} of them, a level may have {most}"))
    if len(layers) * width * height > MAX_LAYER_CELLS:
        problems.append(Problem(path, "map", "layer", f"{len(layers)} layers of {width}x{height} tiles, "
                                f"more than {MAX_LAYER_CELLS} tiles in all"))
    if len(problems) > before:
        return False
    for tileset in root.findall("tileset"):
        _check_tileset_xml(path, tileset, problems, roots)
    for layer in layers:
        _check_layer_xml(path, layer, width, height, problems)
    by_id: dict[str, list[ElementTree.Element]] = {}
    for item in root.iter("object"):
        by_id.setdefault(item.get("id", ""), []).append(item)
    for object_id, items in by_id.items():
        if len(items) > 1:  # name every object that shares the id, so each can be found and fixed
            for item in items:
                problems.append(Problem(path, object_where(item.get("name"), object_id), "id",
                                        f"used by {len(items)} objects"))
    return len(problems) == before


def _check_tileset_xml(path: Path, tileset: ElementTree.Element, problems: list[Problem],
                       roots: tuple[Path, ...]) -> None:
    source = tileset.get("source")
    where = f"tileset {source or tileset.get('name') or '(unnamed)'}"
    if _int_attribute(path, tileset, where, "firstgid", problems, 1, 2**29) is None:
        return
    if source is None:
        node = tileset
        base = path.parent
    else:
        try:
            tsx = confined(path.parent, source, roots)
            node = read_xml(tsx, TILESET)
        except UntrustedFileError as error:
            if error.reason == "no such file":
                problems.append(Problem(path, where, "source", f"no such tileset file: {error.path}"))
            else:
                problems.append(Problem(path, where, "source", str(error)))
            return
        base = tsx.parent
    image = node.find("image")
    if image is None or not image.get("source"):
        problems.append(Problem(path, where, "image", "the tileset has no image"))
        return
    try:
        image_path = confined(base, image.get("source", ""), roots)
        check_regular(image_path, IMAGE)
    except UntrustedFileError as error:
        if error.reason == "no such file":
            problems.append(Problem(path, where, "image", f"no such image: {error.path}"))
        else:
            problems.append(Problem(path, where, "image", str(error)))
        return
    if image_path.suffix.lower() != ".png" or not _png_header_ok(image_path):
        problems.append(Problem(path, where, "image", f"not a readable PNG of a sane size: {image_path}"))


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_SIDE = 16384


def _png_header_ok(image_path: Path) -> bool:
    """A PNG signature and a header of a sane size: junk or a bomb is found by ``check``, not mid-run."""
    try:
        head = read_bytes(image_path, IMAGE, head=24)
    except UntrustedFileError:
        return False
    if len(head) < 24 or head[:8] != _PNG_SIGNATURE or head[12:16] != b"IHDR":
        return False
    width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return 0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE


def _check_layer_xml(path: Path, layer: ElementTree.Element, width: int, height: int,
                     problems: list[Problem]) -> None:
    where = f"layer {layer.get('name') or '(unnamed)'}"
    if layer.get("width") != str(width) or layer.get("height") != str(height):
        problems.append(Problem(path, where, "size", f"{layer.get('width')}x{layer.get('height')}, "
                                f"the map is {width}x{height}"))
        return
    data = layer.find("data")
    if data is None or data.find("chunk") is not None or data.find("tile") is not None:
        problems.append(Problem(path, where, "data", "missing, or not CSV or base64"))
        return
    encoding, compression = data.get("encoding"), data.get("compression")
    text = (data.text or "").strip()
    more = False
    try:
        if encoding == "csv":
            count = len([cell for cell in text.replace("\n", "").split(",") if cell.strip()])
        elif encoding == "base64":
            raw = base64.b64decode(text, validate=False)
            if compression == "zlib":
                # Inflate at most one tile more than the map needs: enough to see data is too long,
                # never a zlib bomb's worth of memory.
                inflater = zlib.decompressobj()
                raw = inflater.decompress(raw, 4 * width * height + 4)
                more = bool(inflater.unconsumed_tail)
            elif compression is not None:
                problems.append(Problem(path, where, "data", f"compression {compression!r} not supported"))
                return
            count = len(raw) // 4
        else:
            problems.append(Problem(path, where, "data", f"encoding {encoding!r}, use CSV or base64"))
            return
    except (ValueError, zlib.error) as error:
        problems.append(Problem(path, where, "data", f"cannot be decoded: {error}"))
        return
    if count != width * height:
        found = f"more than {width * height}" if more else str(count)
        problems.append(Problem(path, where, "data", f"{found} tiles, the map needs {width * height}"))


# --- from pytmx to plain data ----------------------------------------------------------------


def _tile_grids(path: Path, tiled_map: pytmx.TiledMap, problems: list[Problem]
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Combine every tile layer into walkable, opaque, speed and driving grids, via per-gid tables."""
    shape = (tiled_map.height, tiled_map.width)
    walkable = np.ones(shape, dtype=bool)
    opaque = np.zeros(shape, dtype=bool)
    speed = np.full(shape, np.inf, dtype=np.float32)
    covered = np.zeros(shape, dtype=bool)
    driving = np.zeros(shape, dtype=bool)
    gid_count = max(len(tiled_map.images), 1)
    gid_walkable = np.ones(gid_count, dtype=bool)
    gid_opaque = np.zeros(gid_count, dtype=bool)
    gid_speed = np.ones(gid_count, dtype=np.float32)
    gid_driving = np.zeros(gid_count, dtype=bool)
    reported: set[int] = set()
    for layer in tiled_map.visible_layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        gids = np.asarray(layer.data, dtype=np.int64)
        # A set, not np.unique: that would pull in numpy.ma at start-up (18 ms) for a few hundred ids.
        for gid in sorted(set(gids.ravel().tolist())):
            if gid == 0 or gid in reported:
                continue
            reported.add(gid)
            if gid >= gid_count:
                problems.append(Problem(path, f"layer {layer.name}", "data", f"tile {gid} is in no tileset"))
                continue
            properties = tiled_map.get_tile_properties_by_gid(gid) or {}
            where = f"tile {tiled_map.tiledgidmap.get(gid, gid)}"
            for name in ("walkable", "opaque"):
                if not isinstance(properties.get(name), bool):
                    problems.append(Problem(path, where, name, "missing or not a bool"))
            tile_speed = properties.get("speed", 1.0)
            if isinstance(tile_speed, bool) or not isinstance(tile_speed, (int, float)) or tile_speed <= 0:
                problems.append(Problem(path, where, "speed", f"not a positive number: {tile_speed!r}"))
                tile_speed = 1.0
            gid_walkable[gid] = properties.get("walkable") is True
            gid_opaque[gid] = properties.get("opaque") is True
            gid_speed[gid] = float(tile_speed)
            if not isinstance(properties.get("driving", False), bool):
                problems.append(Problem(path, where, "driving", "not a bool"))
            gid_driving[gid] = properties.get("driving") is True
        gids = np.clip(gids, 0, gid_count - 1)
        present = gids != 0
        covered |= present
        walkable &= ~present | gid_walkable[gids]
        opaque |= present & gid_opaque[gids]
        driving |= present & gid_driving[gids]
        speed = np.where(present, np.minimum(speed, gid_speed[gids]), speed)
    walkable &= covered
    speed = np.where(np.isfinite(speed), speed, 1.0).astype(np.float32)
    return walkable, opaque, speed, driving


def _typed(path: Path, obj: Any, where: str, spec: dict[str, tuple[type, ...]], required: bool,
           problems: list[Problem]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, kinds in spec.items():
        if name not in obj.properties:
            if required:
                problems.append(Problem(path, where, name, "missing"))
            continue
        value = obj.properties[name]
        is_number = kinds == _NUMBER
        if (is_number and isinstance(value, bool)) or not isinstance(value, kinds):
            wanted = "a number" if is_number else kinds[0].__name__
            problems.append(Problem(path, where, name, f"expected {wanted}, got {value!r}"))
            continue
        if is_number and not np.isfinite(value):
            problems.append(Problem(path, where, name, f"not a finite number: {value!r}"))
            continue
        values[name] = value
    return values


def _camera(path: Path, obj: Any, where: str, values: dict[str, Any], x: float, y: float,
            problems: list[Problem]) -> Camera | None:
    if len(values) < len(REQUIRED["camera"]):
        return None
    checks = (
        ("kind", values["kind"] in CAMERA_KINDS,
         f"{values['kind']!r} is not one of {', '.join(CAMERA_KINDS)}"),
        ("fov", 1 <= values["fov"] <= 360, f"{values['fov']} is outside 1..360 degrees"),
        ("range", 0.5 <= values["range"] <= 40, f"{values['range']} is outside 0.5..40 tiles"),
        ("sweep", 0 <= values["sweep"] <= 360, f"{values['sweep']} is outside 0..360 degrees"),
        ("sweep_speed", 0 <= values["sweep_speed"] <= 360, f"{values['sweep_speed']} is outside 0..360"),
    )
    bad = [Problem(path, where, name, message) for name, ok, message in checks if not ok]
    problems.extend(bad)
    if bad:
        return None
    optional = _typed(path, obj, where, OPTIONAL["camera"], False, problems)
    defaults = KINDS[values["kind"]]  # what a map leaves out, its kind says
    owner = optional.get("owner", defaults.owner)
    if owner not in CAMERA_OWNERS:
        problems.append(Problem(path, where, "owner", f"{owner!r} is not one of {', '.join(CAMERA_OWNERS)}"))
        return None
    if optional.get("retention_days", 0.0) < 0:
        problems.append(Problem(path, where, "retention_days", "must not be negative"))
        return None
    return Camera(object_id=obj.id, label=obj.name or f"C-{obj.id}", kind=values["kind"], x=x, y=y,
                  facing=float(values["facing"]) % 360, sweep=float(values["sweep"]),
                  fov=float(values["fov"]), range=float(values["range"]),
                  sweep_speed=float(values["sweep_speed"]),
                  reads_emotion=bool(optional.get("reads_emotion", defaults.reads_emotion)),
                  owner=owner, registered=bool(optional.get("registered", defaults.registered)),
                  retention_days=float(optional.get("retention_days", defaults.retention_days)),
                  guessed=str(optional.get("guessed", "")))


def _text_properties(path: Path, where: str, properties: dict[str, Any], limits: dict[str, int],
                     problems: list[Problem]) -> bool:
    """Check the length of every text property (a name the file draws, a label): False if one is bad."""
    sound = True
    for name, value in properties.items():
        if isinstance(value, str):
            message = text_problem(value, limits.get(name, MAX_PROPERTY_TEXT), required=False)
            if message:
                problems.append(Problem(path, where, name, message))
                sound = False
    return sound


def goal_label_problem(label: object) -> str | None:
    """What is wrong with a level's goal label, or None: text with ``{time}`` once, no other braces
    (the label is filled in by ``fill_goal_label``, never used as a format string)."""
    if not isinstance(label, str):
        return "must be text containing {time}"
    message = text_problem(label, MAX_LABEL)
    if message:
        return message
    if label.count("{time}") != 1:
        return "must contain {time} exactly once"
    if "{" in label.replace("{time}", "") or "}" in label.replace("{time}", ""):
        return "may hold {time} and no other braces"
    return None


def _build_level(path: Path, tiled_map: pytmx.TiledMap, problems: list[Problem],
                 roots: tuple[Path, ...]) -> Level | None:
    width, height, tile = tiled_map.width, tiled_map.height, tiled_map.tilewidth
    walkable, opaque, speed, driving = _tile_grids(path, tiled_map, problems)
    by_class: dict[str, list[tuple[Any, Any]]] = {name: [] for name in POINT_CLASSES + RECT_CLASSES}
    names_seen: dict[tuple[str, str], int] = {}
    cameras: list[Camera] = []
    gates: list[Gate] = []
    spots: list[Spot] = []
    crossings: list[Crossing] = []
    bus_stops: list[BusStop] = []

    for obj in tiled_map.objects:
        where = object_where(obj.name, obj.id)
        kind = obj.type
        name_problem = text_problem(obj.name, MAX_NAME, required=False) if obj.name is not None else None
        if name_problem:
            problems.append(Problem(path, where, "name", name_problem))
            continue
        if not _text_properties(path, where, dict(obj.properties), {}, problems):
            continue
        if kind not in by_class:
            problems.append(Problem(path, where, "class", f"unknown class {kind!r}" if kind else "missing"))
            continue
        x, y = obj.x / tile, obj.y / tile
        w, h = (obj.width or 0) / tile, (obj.height or 0) / tile
        if not (0 <= x <= width and 0 <= y <= height and x + w <= width and y + h <= height):
            problems.append(Problem(path, where, "position", f"({obj.x:g}, {obj.y:g}) lies outside the map"))
            continue
        if kind in RECT_CLASSES and (w <= 0 or h <= 0):
            problems.append(Problem(path, where, "size", f"a {kind} must be a rectangle with a size"))
            continue
        if obj.name and kind in ("camera", "gate"):
            key = (kind, obj.name)
            if key in names_seen:
                problems.append(Problem(path, where, "name", f"another {kind} (id {names_seen[key]}) "
                                        f"is also called {obj.name}"))
            names_seen[key] = obj.id
        values = _typed(path, obj, where, REQUIRED.get(kind, {}), True, problems)
        area = Rect(x, y, w, h)
        if kind == "camera":
            camera = _camera(path, obj, where, values, x, y, problems)
            if camera is not None:
                cameras.append(camera)
        elif kind == "gate":
            optional = _typed(path, obj, where, OPTIONAL["gate"], False, problems)
            gates.append(Gate(obj.id, obj.name or f"G-{obj.id}", area, bool(optional.get("court", False))))
        elif kind in ("bin", "rack"):
            spots.append(Spot(obj.id, obj.name or f"{kind}-{obj.id}", kind, x, y))
        elif kind == "bus_stop" and len(values) == 2:
            if values["minutes"] < 0:
                problems.append(Problem(path, where, "minutes", "must not be negative"))
            bus_stops.append(BusStop(obj.id, obj.name or f"stop-{obj.id}", x, y, values["to"],
                                     float(values["minutes"])))
        elif kind == "crossing" and len(values) == 2:
            if not 0 < values["green"] < values["period"]:
                problems.append(Problem(path, where, "green", "must be more than 0 and less than period"))
            else:
                crossings.append(Crossing(obj.id, obj.name or f"X-{obj.id}", area,
                                          float(values["period"]), float(values["green"])))
        by_class[kind].append((obj, area))

    for kind in SINGLE_CLASSES:
        found = by_class[kind]
        if len(found) != 1:
            problems.append(Problem(path, "map", kind, "missing: the level needs one" if not found else
                                    f"{len(found)} objects, the level needs exactly one"))
    stop_names = {stop.name for stop in bus_stops}
    for stop in bus_stops:
        if stop.to not in stop_names or stop.to == stop.name:
            problems.append(Problem(path, object_where(stop.name, stop.object_id), "to",
                                    f"{stop.to!r} is not another bus stop of this level"))
    properties = tiled_map.properties
    goal_ending = properties.get("goal_ending")
    if len(by_class["goal"]) > 1:
        count = len(by_class["goal"])
        problems.append(Problem(path, "map", "goal", f"{count} objects, a level has one at most"))
    if goal_ending is not None and goal_ending not in GOAL_ENDINGS:
        known = ", ".join(GOAL_ENDINGS)
        problems.append(Problem(path, "map", "goal_ending", f"{goal_ending!r} is not one of {known}"))
    if bool(by_class["goal"]) != (goal_ending is not None):
        problems.append(Problem(path, "map", "goal_ending", "a goal area and goal_ending go together"))
    if not any(gate.court for gate in gates) and not by_class["goal"]:
        problems.append(Problem(path, "map", "gate", "no court door (a gate with court = true) and no goal"))
    goal_label = properties.get("goal_label", "Hearing at {time}")
    label_problem = goal_label_problem(goal_label)
    if label_problem:
        problems.append(Problem(path, "map", "goal_label", label_problem))
    _text_properties(path, "map", {key: value for key, value in properties.items() if key != "goal_label"},
                     {"title": MAX_TITLE}, problems)
    date = properties.get("date")
    if date is not None and not _DATE.match(str(date)):
        problems.append(Problem(path, "map", "date", f"{date!r} is not a date like 2026-12-10"))
    police_visit = properties.get("police_visit", False)
    if not isinstance(police_visit, bool):
        problems.append(Problem(path, "map", "police_visit", "not a bool"))
    credit = properties.get("credit")
    if credit is not None and (not isinstance(credit, str) or not credit.strip() or len(credit) > 200):
        problems.append(Problem(path, "map", "credit", "must be a line of text (at most 200 characters)"))

    spawn_point: tuple[float, float] | None = None
    if len(by_class["spawn"]) == 1:
        spawn_obj, spawn_area = by_class["spawn"][0]
        spawn_point = (spawn_area.x, spawn_area.y)
        col, row = int(spawn_area.x), int(spawn_area.y)
        if not (0 <= col < width and 0 <= row < height and walkable[row, col]):
            problems.append(Problem(path, object_where(spawn_obj.name, spawn_obj.id), "position",
                                    "the spawn is not on a walkable tile"))

    district = np.zeros((height, width), dtype=np.int16)
    district_names = ["outside"]
    for obj, area in by_class["district"]:
        district_names.append(obj.name or f"district {obj.id}")
        district[int(area.y):int(np.ceil(area.y + area.h)), int(area.x):int(np.ceil(area.x + area.w))] = (
            len(district_names) - 1)

    title = properties.get("title", path.stem)
    start = _clock_property(path, properties, "start_time", "08:00", problems)
    hearing = _clock_property(path, properties, "hearing_time", "10:00", problems)
    if start is not None and hearing is not None and hearing <= start:
        problems.append(Problem(path, "map", "hearing_time", "must be later than start_time"))
    profile, rules = _rules(path, properties, problems, roots)
    story = load_story(path, problems, roots)

    if problems or spawn_point is None or start is None or hearing is None:
        return None

    def place(kind: str) -> Place:
        obj, area = by_class[kind][0]
        return Place(obj.id, obj.name or kind, area)

    return Level(
        name=path.stem, path=path, title=str(title), width=width, height=height, tile_px=tile,
        walkable=walkable, opaque=opaque, speed=speed, district=district,
        district_names=tuple(district_names), cameras=tuple(cameras), gates=tuple(gates),
        spots=tuple(spots), crossings=tuple(crossings),
        officers=tuple((area.x, area.y) for _, area in by_class["officer"]),
        spawn=spawn_point, home=place("home"), front_door=place("front_door"), court=place("court"),
        health_station=place("health_station"), start_minutes=start, hearing_minutes=hearing,
        rules=rules, profile=profile, driving=driving if driving.any() else None,
        goal=place("goal") if by_class["goal"] else None, goal_ending=goal_ending,
        goal_label=goal_label, date=date, police_visit=police_visit, bus_stops=tuple(bus_stops),
        smart_lamps=tuple((area.x, area.y) for _, area in by_class["smart_lamp"]),
        credit=credit, story=story,
    )


def _clock_property(path: Path, properties: dict[str, Any], name: str, default: str,
                    problems: list[Problem]) -> int | None:
    text = str(properties.get(name, default))
    match = _CLOCK.match(text)
    if not match:
        problems.append(Problem(path, "map", name, f"{text!r} is not a time like 08:00"))
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def _rules(path: Path, properties: dict[str, Any], problems: list[Problem], roots: tuple[Path, ...]
           ) -> tuple[dict[str, Any], tuple[Rule, ...]]:
    name = properties.get("rules")
    if not name:
        return {}, ()
    try:
        rules_path = confined(path.parent, str(name), roots)
    except UntrustedFileError as error:
        problems.append(Problem(path, "map", "rules", str(error)))
        return {}, ()
    try:
        data = read_json(rules_path, RULES)
    except UntrustedFileError as error:
        if error.reason == "no such file":
            problems.append(Problem(path, "map", "rules", f"no such rules file: {rules_path}"))
        else:
            problems.append(Problem(rules_path, "rules", "file", error.reason))
        return {}, ()
    before = len(problems)
    profile, rules = check_rules(rules_path, data, problems)
    for key in profile:
        if text_problem(key, MAX_NAME):
            problems.append(Problem(rules_path, "rules", "profile", f"{key[:MAX_NAME]!r}...: a key of at "
                                    f"most {MAX_NAME} characters"))
    for rule in rules:
        texts = {"id": (rule.rule_id, MAX_NAME), "reason": (rule.reason, MAX_REASON)}
        if "letter" in rule.then:
            texts["then.letter"] = (rule.then["letter"], MAX_LETTER)
        for field, (text, limit) in texts.items():
            message = text_problem(text, limit)
            if message:
                problems.append(Problem(rules_path, f"rule {rule.rule_id[:MAX_NAME]}", field, message))
    return (profile, rules) if len(problems) == before else ({}, ())


__all__ = ["load_level", "read_tiled_map"]
