"""A playable level from an OpenStreetMap extract: the workshop's own streets and their real cameras.

Why: a workshop plays the same morning among the cameras that are really there. OpenStreetMap
holds many of them (``man_made=surveillance``), tagged by volunteers such as Amnesty's Decode
Surveillance mappers; the facilitator saves an extract of a few streets (``.osm`` XML, or Overpass
JSON) and this module turns it, offline, into a Tiled map the game and the Tiled editor both read.

The extract is hostile input: it is read with a size cap, refused if it declares a DTD or entities
(no entity expansion, however harmless expat's limits make it), and every tag is checked; anything
wrong is one line (:class:`OsmError`). Where OSM says nothing the defaults below are used and the
camera says so in its ``guessed`` property, which the file's map marks.

Defaults (documented in README, "A level of your own streets"):
- a fixed camera sees about ``FIXED_FOV`` degrees; a dome, or a panning camera, all round;
- a camera with no direction faces the oncoming traffic on a one-way street within reach, else away
  from the building it hangs on, else south; its reach is its kind's default range
  (``game.level.camera_kinds``);
- a camera whose point lies inside a building footprint is moved to the nearest open tile;
- ``surveillance=indoor`` is skipped; ``surveillance=outdoor`` (a private camera over a public place)
  is a shop camera registered with the police, which records and is not watched live.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from game.level.camera_kinds import KINDS
from game.level.model import Camera
from game.level.paths import shortest_path

MAX_EXTRACT_BYTES = 32 * 1024 * 1024  # a few streets are far less; a city would not play anyway
MAX_TILES_PER_SIDE = 200
MIN_TILES = (32, 24)  # a smaller extract is padded to this, so the HUD never covers the whole city
METRES_PER_TILE = 4.0
MIN_METRES_PER_TILE, MAX_METRES_PER_TILE = 0.5, 50.0  # finer is a blur of tiles, coarser a speck
MAX_BUILDINGS = 5000  # a few streets have a few hundred; more is a city, or a hostile file
MAX_AREA_POINTS = 4000  # a footprint or a pond has far fewer; a larger outline is skipped
FIXED_FOV = 85.0
PANNING_FOV, PANNING_SPEED = 60.0, 24.0
GUARD_RANGE, GUARD_FOV = 5.0, 120.0
ONE_WAY_REACH = 3.0  # tiles: a camera this near a one-way street faces its oncoming traffic
CREDIT = "© OpenStreetMap contributors, ODbL 1.0"
LICENCE = "ODbL-1.0"
TILESET = Path(__file__).resolve().parents[2] / "assets" / "tiles" / "here.tsx"
LEVEL_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")

COMPASS = {name: index * 22.5 for index, name in enumerate(
    ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"))}
COMPASS.update({"NORTH": 0.0, "EAST": 90.0, "SOUTH": 180.0, "WEST": 270.0})

# Roads by type: (tile, width in tiles). A one-way street is a lane narrower.
ROADS = {
    "motorway": ("ring_lane_h", 4), "trunk": ("ring_lane_h", 4), "primary": ("ring_road", 3),
    "motorway_link": ("ring_road", 2), "trunk_link": ("ring_road", 2), "primary_link": ("ring_road", 2),
    "secondary": ("klinkers", 3), "tertiary": ("klinkers", 3), "residential": ("klinkers", 2),
    "unclassified": ("klinkers", 2), "living_street": ("klinkers", 2), "service": ("klinkers", 1),
    "road": ("klinkers", 2), "pedestrian": ("square", 2),
    "footway": ("quay", 1), "path": ("quay", 1), "cycleway": ("cycle_path", 1), "steps": ("quay", 1),
    "track": ("quay", 1), "bridleway": ("quay", 1),
}
GREEN = {("leisure", "park"), ("leisure", "garden"), ("landuse", "grass"), ("landuse", "meadow"),
         ("landuse", "recreation_ground"), ("leisure", "pitch"), ("landuse", "village_green")}
WOOD = {("landuse", "forest"), ("natural", "wood"), ("natural", "scrub")}
WATER_AREA = {("natural", "water"), ("waterway", "riverbank"), ("landuse", "reservoir"), ("landuse", "basin")}
WATER_LINES = {"river": 3, "canal": 3, "stream": 1, "drain": 1, "ditch": 1}
BARRIERS = {"wall": "brick_wall", "city_wall": "brick_wall", "retaining_wall": "brick_wall",
            "fence": "hedge", "hedge": "hedge"}
ROOFS = ("roof_flat", "roof_red_w", "roof_brown_w", "roof_anthracite_w", "roof_ochre_w")
GROUND = "hedge"  # the inside of a block: gardens and yards, seen across, not walked through
GARDEN_PATH = "quay"  # what the importer lays from a door through the gardens to the street
# Walkable, but not the street: a way out is never laid back through a house, the court or the clinic.
INDOORS = ("home_floor", "door_home_s", "door_home_n", "townhall_steps", "clinic_floor")


class OsmError(ValueError):
    """An extract that cannot become a level; the message is the one line the facilitator sees."""


@dataclass(frozen=True)
class Node:
    node_id: int
    lat: float
    lon: float
    tags: dict[str, str]


@dataclass(frozen=True)
class Way:
    way_id: int
    refs: tuple[int, ...]
    tags: dict[str, str]


@dataclass(frozen=True)
class Extract:
    """What the importer reads of an extract: nodes, ways, and the box it was cut to."""

    nodes: dict[int, Node]
    ways: tuple[Way, ...]
    bounds: tuple[float, float, float, float] | None  # min lat, min lon, max lat, max lon


# --- reading ------------------------------------------------------------------------------------


def read_extract(path: Path, limit: int = MAX_EXTRACT_BYTES) -> Extract:
    """Read an ``.osm`` XML or Overpass JSON extract, capped at ``limit`` bytes; raises OsmError."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as error:
        raise OsmError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(raw) > limit:
        raise OsmError(f"{path}: more than {limit // (1024 * 1024)} MB; "
                       "save a smaller extract of a few streets")
    if raw.lstrip()[:1] in (b"{", b"["):
        extract = parse_overpass_json(raw, str(path))
    else:
        extract = parse_osm_xml(raw, str(path))
    if not extract.nodes or not extract.ways:
        raise OsmError(f"{path}: the extract is empty (no streets or buildings: nodes {len(extract.nodes)}, "
                       f"ways {len(extract.ways)})")
    return extract


def _number(text: Any, where: str, what: str, low: float, high: float) -> float:
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise OsmError(f"{where}: {what} {str(text)[:30]!r} is not a number") from None
    if not (low <= value <= high):
        raise OsmError(f"{where}: {what} {value} is outside {low}..{high}")
    return value


def _ident(text: Any, where: str) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        raise OsmError(f"{where}: id {str(text)[:30]!r} is not a whole number") from None


def parse_osm_xml(raw: bytes, where: str) -> Extract:
    """OSM XML, with no DTD and no entities allowed (a real extract has neither)."""
    head = raw[:4096].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in raw.upper():
        raise OsmError(f"{where}: declares a DTD or entities, which an OSM extract never does; refused")
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as error:
        raise OsmError(f"{where}: not an OSM extract (broken XML: {error})") from None
    if root.tag != "osm":
        raise OsmError(f"{where}: not an OSM extract (root element <{root.tag[:30]}>, expected <osm>)")
    nodes: dict[int, Node] = {}
    ways: list[Way] = []
    bounds = None
    for item in root:
        tags = {tag.get("k", ""): tag.get("v", "") for tag in item.findall("tag")}
        if item.tag == "bounds":
            bounds = tuple(_number(item.get(key), where, f"bounds {key}", -180, 180)
                           for key in ("minlat", "minlon", "maxlat", "maxlon"))
        elif item.tag == "node":
            ident = _ident(item.get("id"), where)
            nodes[ident] = Node(ident, _number(item.get("lat"), where, f"node {ident} lat", -90, 90),
                                _number(item.get("lon"), where, f"node {ident} lon", -180, 180), tags)
        elif item.tag == "way":
            ident = _ident(item.get("id"), where)
            refs = tuple(_ident(nd.get("ref"), where) for nd in item.findall("nd"))
            ways.append(Way(ident, refs, tags))
    return Extract(nodes, tuple(ways), bounds)  # type: ignore[arg-type]


def parse_overpass_json(raw: bytes, where: str) -> Extract:
    """Overpass JSON (``[out:json]``), with ``out body`` node lists or ``out geom`` geometries."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise OsmError(f"{where}: not an Overpass extract (broken JSON: {error})") from None
    elements = data.get("elements") if isinstance(data, dict) else None
    if not isinstance(elements, list):
        raise OsmError(f"{where}: not an Overpass extract (no list of elements)")
    nodes: dict[int, Node] = {}
    ways: list[Way] = []
    made = -1  # ids for the points of an ``out geom`` way, which has no node ids of its own
    for element in elements:
        if not isinstance(element, dict):
            raise OsmError(f"{where}: an element is not an object")
        tags = element.get("tags") or {}
        if not isinstance(tags, dict):
            raise OsmError(f"{where}: element {str(element.get('id'))[:20]}: tags are not an object")
        tags = {str(key): str(value) for key, value in tags.items()}
        kind = element.get("type")
        if kind == "node":
            ident = _ident(element.get("id"), where)
            nodes[ident] = Node(ident, _number(element.get("lat"), where, f"node {ident} lat", -90, 90),
                                _number(element.get("lon"), where, f"node {ident} lon", -180, 180), tags)
        elif kind == "way":
            ident = _ident(element.get("id"), where)
            refs = element.get("nodes") or []
            geometry = element.get("geometry")
            if not isinstance(refs, list) or (geometry is not None and not isinstance(geometry, list)):
                raise OsmError(f"{where}: way {ident}: nodes or geometry is not a list")
            ids = [_ident(ref, where) for ref in refs]
            if geometry:
                ids = []
                for point in geometry:
                    if not isinstance(point, dict):
                        continue  # Overpass writes null for a point outside a clipped query
                    nodes[made] = Node(made, _number(point.get("lat"), where, f"way {ident} lat", -90, 90),
                                       _number(point.get("lon"), where, f"way {ident} lon", -180, 180), {})
                    ids.append(made)
                    made -= 1
            ways.append(Way(ident, tuple(ids), tags))
    bounds = None
    box = data.get("bounds") if isinstance(data, dict) else None
    if isinstance(box, dict):
        bounds = tuple(_number(box.get(key), where, f"bounds {key}", -180, 180)
                       for key in ("minlat", "minlon", "maxlat", "maxlon"))
    return Extract(nodes, tuple(ways), bounds)  # type: ignore[arg-type]


# --- cameras from their tags ----------------------------------------------------------------------


def parse_direction(text: str) -> tuple[float, float | None] | None:
    """An OSM direction (degrees clockwise from north, a compass point, or a range ``a-b``) as its
    centre in OSM degrees and, for a range, its span; None when it cannot be read."""
    text = text.strip().upper()
    if not text:
        return None
    if ";" in text:  # several directions: the first (the others would be cameras of their own)
        text = text.split(";")[0].strip()

    def one(part: str) -> float | None:
        part = part.strip()
        if part in COMPASS:
            return COMPASS[part]
        try:
            value = float(part)
        except ValueError:
            return None
        return value % 360 if math.isfinite(value) else None

    if "-" in text[1:]:
        first, _, second = text.partition("-") if not text.startswith("-") else ("", "", "")
        start, end = one(first), one(second)
        if start is None or end is None:
            return None
        span = (end - start) % 360 or 360.0
        return (start + span / 2) % 360, span
    value = one(text)
    return None if value is None else (value, None)


def game_facing(osm_degrees: float) -> float:
    """OSM's 0 = north, clockwise, as the game's 0 = east, 90 = south."""
    return (osm_degrees - 90.0) % 360


def camera_from_tags(node_id: int, tags: dict[str, str], x: float, y: float) -> Camera | None:
    """A camera from a ``man_made=surveillance`` node's tags (its id the node's), None for an indoor
    one; ``guessed`` names what OSM did not say."""
    where = tags.get("surveillance", "").lower()
    if where == "indoor":
        return None
    kind_tag = tags.get("surveillance:type", "camera").lower()
    zone = tags.get("surveillance:zone", "").lower()
    mount = tags.get("camera:mount", "").lower()
    camera_type = tags.get("camera:type", "").lower()
    guessed: list[str] = []
    owner, registered, retention = "state", False, 0.0
    if kind_tag == "alpr":
        kind = "anpr"
        retention = KINDS["anpr"].retention_days  # what the Dutch police keep; a guess here
        guessed.append("retention_days")
    elif kind_tag == "guard":
        kind = "door"
    elif where == "outdoor" or zone in ("shop", "building"):
        kind, owner, registered = "shop", "business", True
        guessed.append("registered")
    elif zone == "traffic" or mount == "traffic_signals":
        kind = "traffic"
    elif mount in ("wall", "building", "ceiling", "facade"):
        kind = "door"
    else:
        kind = "lamp"
    if kind_tag == "guard":
        fov, sweep, speed, reach = GUARD_FOV, 0.0, 0.0, GUARD_RANGE
        guessed += ["fov", "range"]
    else:
        reach = KINDS[kind].range
        guessed.append("range")
        if camera_type == "dome":
            fov, sweep, speed = 360.0, 0.0, 0.0
        elif camera_type == "panning":
            fov, sweep, speed = PANNING_FOV, 360.0, PANNING_SPEED
        else:
            fov, sweep, speed = FIXED_FOV, 0.0, 0.0
            if camera_type != "fixed":
                guessed.append("fov")
    facing, known = 90.0, fov >= 360 or sweep >= 360
    direction = parse_direction(tags.get("camera:direction", tags.get("direction", "")))
    if direction is not None:
        facing, known = game_facing(direction[0]), True
        if direction[1] is not None and fov < 360 and sweep == 0:
            fov = max(1.0, min(direction[1], 360.0))
            if "fov" in guessed:
                guessed.remove("fov")
    elif not known:
        guessed.append("facing")
    return Camera(object_id=node_id, label="", kind=kind, x=x, y=y, facing=facing, sweep=sweep, fov=fov,
                  range=reach, sweep_speed=speed, owner=owner, registered=registered,
                  retention_days=retention, guessed=", ".join(guessed))


# --- the grid ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Projection:
    """Latitude and longitude to tiles: a local flat projection, fine for a few streets."""

    north: float
    west: float
    metres_per_tile: float
    metres_per_degree_lon: float

    def tile(self, lat: float, lon: float) -> tuple[float, float]:
        x = (lon - self.west) * self.metres_per_degree_lon / self.metres_per_tile
        y = (self.north - lat) * 110_574.0 / self.metres_per_tile
        return x, y


def fill_polygon(points: np.ndarray, width: int, height: int) -> np.ndarray:
    """Tiles whose centre lies inside the polygon (even-odd rule, numpy over the polygon's box); the
    tile under the polygon's centre is always in, so a small footprint still covers one tile."""
    mask = np.zeros((height, width), dtype=bool)
    x0, y0 = max(int(np.floor(points[:, 0].min())), 0), max(int(np.floor(points[:, 1].min())), 0)
    x1 = min(int(np.ceil(points[:, 0].max())) + 1, width)
    y1 = min(int(np.ceil(points[:, 1].max())) + 1, height)
    if x0 >= x1 or y0 >= y1:
        return mask
    gx, gy = np.meshgrid(np.arange(x0, x1) + 0.5, np.arange(y0, y1) + 0.5)
    inside = np.zeros(gx.shape, dtype=bool)
    previous = points[-1]
    for point in points:
        (xa, ya), (xb, yb) = point, previous
        crosses = (ya > gy) != (yb > gy)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = (xb - xa) * (gy - ya) / (yb - ya) + xa
        inside ^= crosses & (gx < at)
        previous = point
    mask[y0:y1, x0:x1] = inside
    cx, cy = points.mean(axis=0)
    if 0 <= cx < width and 0 <= cy < height:
        mask[int(cy), int(cx)] = True
    return mask


def clip_segment(start: np.ndarray, end: np.ndarray, width: int, height: int,
                 margin: float = 2.0) -> tuple[np.ndarray, np.ndarray] | None:
    """The part of a segment inside the map and a small margin (Liang-Barsky), or None: a node far
    outside the extract never costs more than the map's own size to draw."""
    low, high = 0.0, 1.0
    delta = end - start
    for axis, limit in ((0, width), (1, height)):
        for direction, bound in ((-1.0, -margin), (1.0, limit + margin)):
            step = direction * delta[axis]
            room = direction * (bound - start[axis])
            if step == 0:
                if room < 0:
                    return None
                continue
            share = room / step
            if step < 0:
                low = max(low, share)
            else:
                high = min(high, share)
    if low > high:
        return None
    return start + delta * low, start + delta * high


def stroke(points: np.ndarray, width_tiles: int, width: int, height: int) -> np.ndarray:
    """Tiles a line of ``width_tiles`` covers; the parts outside the map are clipped off."""
    mask = np.zeros((height, width), dtype=bool)
    samples = [points[:1]]
    for first, last in itertools.pairwise(points):
        clipped = clip_segment(first, last, width, height)
        if clipped is None:
            continue
        start, end = clipped
        samples.append(start[None, :])
        steps = max(int(np.hypot(*(end - start)) * 3), 1)
        share = np.linspace(0, 1, steps + 1)[1:, None]
        samples.append(start + (end - start) * share)
    every = np.concatenate(samples)
    low = -(width_tiles // 2)
    for dy in range(low, low + width_tiles):
        for dx in range(low, low + width_tiles):
            xs = np.floor(every[:, 0]).astype(int) + dx
            ys = np.floor(every[:, 1]).astype(int) + dy
            keep = (xs >= 0) & (xs < width) & (ys >= 0) & (ys < height)
            mask[ys[keep], xs[keep]] = True
    return mask


# --- the level ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOptions:
    """What the facilitator may say; every choice has a default the importer picks."""

    title: str = "Our streets"
    home: tuple[float, float] | None = None  # lat, lon inside or near the home's building
    court: tuple[float, float] | None = None
    gates: int = 2
    metres_per_tile: float = METRES_PER_TILE


@dataclass
class Building:
    way_id: int
    tags: dict[str, str]
    mask: np.ndarray

    @property
    def size(self) -> int:
        return int(self.mask.sum())

    @property
    def centre(self) -> tuple[float, float]:
        ys, xs = np.nonzero(self.mask)
        return float(xs.mean()) + 0.5, float(ys.mean()) + 0.5

    @property
    def box(self) -> tuple[int, int, int, int]:
        ys, xs = np.nonzero(self.mask)
        return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


Box = tuple[int, int, int, int]  # x0, y0, x1, y1, inclusive
PlacedObject = tuple[str, str, float, float, float, float, dict[str, Any]]  # class, name, x, y, w, h, props


@dataclass
class LevelPlan:
    """The map as the importer built it, before it is written as Tiled XML."""

    tiles: np.ndarray  # tile names, [y, x]
    cameras: list[Camera]
    objects: list[PlacedObject]
    skipped_indoor: int = 0
    skipped_outside: int = 0


class Tileset:
    """The tile names of ``here.tsx`` and what each is (the importer's own asset, read once)."""

    def __init__(self, path: Path = TILESET) -> None:
        self.path = path
        root = ElementTree.parse(path).getroot()
        self.ids: dict[str, int] = {}
        self.walkable: dict[str, bool] = {}
        self.opaque: dict[str, bool] = {}
        for tile in root.findall("tile"):
            props = {prop.get("name"): prop.get("value") for prop in tile.iter("property")}
            name = str(props.get("name"))
            self.ids[name] = int(tile.get("id", "0"))
            self.walkable[name] = props.get("walkable") == "true"
            self.opaque[name] = props.get("opaque") == "true"


def _segments(way: Way, extract: Extract, projection: Projection) -> list[np.ndarray]:
    """The way's runs of consecutive nodes present in the extract (a way clipped at the extract's
    edge names nodes it does not hold), in tiles."""
    runs: list[list[tuple[float, float]]] = [[]]
    for ref in way.refs:
        node = extract.nodes.get(ref)
        if node is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(projection.tile(node.lat, node.lon))
    return [np.array(run, dtype=float) for run in runs if run]


def _is_area(way: Way) -> bool:
    return len(way.refs) >= 4 and way.refs[0] == way.refs[-1] and way.tags.get("area") != "no"


def plan_level(extract: Extract, options: ImportOptions, tileset: Tileset) -> LevelPlan:
    """Lay the extract out on tiles, place the cameras, and pick home, court, station and gates."""
    projection, width, height = _projection(extract, options)
    names = np.full((height, width), GROUND, dtype=object)
    walkable_of = np.vectorize(lambda name: tileset.walkable[name], otypes=[bool])

    def area_points(way: Way) -> np.ndarray | None:
        points = np.concatenate(_segments(way, extract, projection) or [np.zeros((0, 2))])
        return points if 3 <= len(points) <= MAX_AREA_POINTS else None

    def tagged(way: Way, pairs: set[tuple[str, str]]) -> bool:
        return any(way.tags.get(key) == value for key, value in pairs)

    # Ground first, then water and green, buildings, barriers, and the roads over them all (a street
    # that runs under a building in the data is a passage); rivers under the roads (bridges).
    for pairs, tile in ((GREEN, "grass"), (WOOD, "tree_grass"), (WATER_AREA, "canal")):
        for way in extract.ways:
            if _is_area(way) and tagged(way, pairs) and (points := area_points(way)) is not None:
                names[fill_polygon(points, width, height)] = tile
    for way in extract.ways:
        reach = WATER_LINES.get(way.tags.get("waterway", ""))
        if reach:
            for run in _segments(way, extract, projection):
                names[stroke(run, reach, width, height)] = "canal"
    buildings: list[Building] = []
    for way in sorted(extract.ways, key=lambda item: item.way_id):
        if way.tags.get("building", "no") != "no" and (points := area_points(way)) is not None:
            mask = fill_polygon(points, width, height)
            if mask.any():
                names[mask] = ROOFS[way.way_id % len(ROOFS)]
                buildings.append(Building(way.way_id, way.tags, mask))
                if len(buildings) > MAX_BUILDINGS:
                    raise OsmError(f"more than {MAX_BUILDINGS} buildings: save a smaller extract of a few "
                                   "streets")
    for way in extract.ways:
        tile = BARRIERS.get(way.tags.get("barrier", ""))
        if tile:
            for run in _segments(way, extract, projection):
                names[stroke(run, 1, width, height)] = tile
    one_way_segments: list[tuple[np.ndarray, np.ndarray]] = []
    road_ways = [way for way in extract.ways if way.tags.get("highway") in ROADS]
    for way in sorted(road_ways, key=lambda item: ROADS[item.tags["highway"]][1]):
        tile, lanes = ROADS[way.tags["highway"]]
        one_way = way.tags.get("oneway", "no").lower() in ("yes", "true", "1", "-1")
        if one_way:
            lanes = max(1, lanes - 1)
        for run in _segments(way, extract, projection):
            names[stroke(run, lanes, width, height)] = tile
            if one_way and len(run) >= 2:
                ordered = run[::-1] if way.tags.get("oneway") == "-1" else run
                one_way_segments += list(itertools.pairwise(ordered))
    roofs = np.isin(names, ROOFS)  # a street through a footprint cuts it
    for building in buildings:
        building.mask &= roofs
    buildings = [building for building in buildings if building.size > 0]
    if not buildings:
        raise OsmError("the extract has no building footprints: the game needs a home and a court")
    walkable = walkable_of(names)
    objects: list[tuple[str, str, float, float, float, float, dict[str, Any]]] = []
    home, court = _pick_home_and_court(buildings, projection, options)
    home_box, front_outside, back_outside = _build_home(names, home, court, width, height)
    court_door = _build_court(names, court, home, tileset)
    for door in (front_outside, back_outside, _outside(court_door, court.mask)):
        if door is not None:
            carve_to_street(names, door, tileset)
    walkable = walkable_of(names)
    route = shortest_path(np.where(walkable, 1.0, np.inf), (int(home.centre[0]), int(home.centre[1])),
                          {court_door})
    if not route:
        raise OsmError("no walkable route from the home to the court in this extract; choose them with "
                       "--home and --court, or save a larger extract")
    x0, y0, x1, y1 = home_box
    objects.append(("home", "home", x0, y0, x1 - x0 + 1, y1 - y0 + 1, {}))
    objects.append(("front_door", "front door", *front_outside, 1, 1, {}))
    objects.append(("spawn", "spawn", home.centre[0], home.centre[1], 0, 0, {}))
    for offset in ((0.5, -0.6), (0.5, 1.6), (-0.6, 0.5), (1.6, 0.5)):
        spot = (front_outside[0] + offset[0], front_outside[1] + offset[1])
        if 0 <= spot[0] < width and 0 <= spot[1] < height and walkable[int(spot[1]), int(spot[0])]:
            objects.append(("officer", "officer", spot[0], spot[1], 0, 0, {}))
            if sum(1 for item in objects if item[0] == "officer") == 2:
                break
    cx0, cy0, cx1, cy1 = court.box
    objects.append(("court", "court", cx0, cy0, cx1 - cx0 + 1, cy1 - cy0 + 1, {}))
    objects.append(("gate", "court door", court_door[0], court_door[1], 1, 1, {"court": True}))
    station = _health_station(names, walkable, court_door, home_box, court.box)
    objects.append(("health_station", "health station", station[0], station[1], 2, 2, {}))
    walkable = walkable_of(names)
    for number in range(1, options.gates + 1):
        gate = _gate_across(route, number / (options.gates + 1), walkable, home_box, court.box)
        if gate is not None:
            objects.append(("gate", f"G{number}", *gate, {}))
    if back_outside is None:
        raise OsmError("the home has no back way out; choose another home with --home")
    for node in sorted(extract.nodes.values(), key=lambda item: item.node_id):
        amenity = node.tags.get("amenity")
        if amenity in ("waste_basket", "recycling", "bicycle_parking"):
            x, y = projection.tile(node.lat, node.lon)
            if 0 <= x < width and 0 <= y < height and walkable[int(y), int(x)]:
                kind = "rack" if amenity == "bicycle_parking" else "bin"
                objects.append((kind, f"{kind}-{node.node_id}", x, y, 0, 0, {}))
    plan = LevelPlan(names, [], objects)
    _place_cameras(plan, extract, projection, tileset, one_way_segments, width, height)
    return plan


def _projection(extract: Extract, options: ImportOptions) -> tuple[Projection, int, int]:
    if extract.bounds is not None:
        south, west, north, east = extract.bounds
    else:
        lats = [node.lat for node in extract.nodes.values()]
        lons = [node.lon for node in extract.nodes.values()]
        south, west, north, east = min(lats), min(lons), max(lats), max(lons)
    if not (north > south and east > west):
        raise OsmError("the extract covers no area (its bounds or its nodes are a single point or line)")
    per_lon = 111_320.0 * math.cos(math.radians((north + south) / 2))
    metres_x, metres_y = (east - west) * per_lon, (north - south) * 110_574.0
    per_tile = max(options.metres_per_tile, max(metres_x, metres_y) / MAX_TILES_PER_SIDE)
    width = max(math.ceil(metres_x / per_tile), MIN_TILES[0])
    height = max(math.ceil(metres_y / per_tile), MIN_TILES[1])
    return Projection(north, west, per_tile, per_lon), width, height


def _pick_home_and_court(buildings: list[Building], projection: Projection, options: ImportOptions
                         ) -> tuple[Building, Building]:
    """The court: the building at ``--court``, else a courthouse, a town hall, the largest. The home:
    at ``--home``, else the house farthest from the court."""

    def at(point: tuple[float, float], option: str) -> Building:
        x, y = projection.tile(*point)
        height, width = buildings[0].mask.shape
        if not (0 <= x < width and 0 <= y < height):  # a typo, or lat and lon swapped: never a guess
            raise OsmError(f"{option} {point[0]:g},{point[1]:g} lies outside the extract")
        return min(buildings, key=lambda b: (not b.mask[min(max(int(y), 0), b.mask.shape[0] - 1),
                                                         min(max(int(x), 0), b.mask.shape[1] - 1)],
                                             math.dist(b.centre, (x, y))))

    if options.court is not None:
        court = at(options.court, "--court")
    else:
        court = next((b for b in buildings if b.tags.get("amenity") == "courthouse"), None) or next(
            (b for b in buildings if b.tags.get("amenity") == "townhall"), None) or max(
            buildings, key=lambda b: (b.size, -b.way_id))
    others = [b for b in buildings if b is not court]
    if not others:
        raise OsmError("the extract has one building only: the game needs a home and a court")
    if options.home is not None:
        home = at(options.home, "--home")
        if home is court:
            raise OsmError("--home and --court name the same building")
    else:
        houses = [b for b in others if b.tags.get("building") in ("house", "residential", "apartments",
                                                                 "detached", "terrace", "semidetached_house")]
        home = max(houses or others, key=lambda b: (math.dist(b.centre, court.centre), -b.way_id))
    return home, court


def _build_home(names: np.ndarray, home: Building, court: Building, width: int, height: int
                ) -> tuple[Box, tuple[int, int], tuple[int, int] | None]:
    """The home's footprint as a walled house of at least 4x4 tiles with a front door toward the court
    (where the officers sit) and a back door on another side; returns its box and the tiles outside
    the two doors."""
    x0, y0, x1, y1 = home.box
    x1, y1 = max(x1, x0 + 3), max(y1, y0 + 3)
    if x1 >= width:
        x0, x1 = width - 1 - (x1 - x0), width - 1
    if y1 >= height:
        y0, y1 = height - 1 - (y1 - y0), height - 1
    x0, y0 = max(x0, 0), max(y0, 0)
    names[y0:y1 + 1, x0:x1 + 1] = "brick_wall"
    names[y0 + 1:y1, x0 + 1:x1] = "home_floor"
    home.mask[:] = False
    home.mask[y0:y1 + 1, x0:x1 + 1] = True
    sides = []  # (door tile, outside tile, door art)
    midx, midy = (x0 + x1) // 2, (y0 + y1) // 2
    for door, outside, art in (((midx, y1), (midx, y1 + 1), "door_home_s"),
                               ((midx, y0), (midx, y0 - 1), "door_home_n"),
                               ((x1, midy), (x1 + 1, midy), "door_home_s"),
                               ((x0, midy), (x0 - 1, midy), "door_home_n")):
        if 0 <= outside[0] < width and 0 <= outside[1] < height:
            sides.append((door, outside, art))
    if not sides:
        raise OsmError("the home fills the whole map; choose another home with --home")
    target = court.centre
    sides.sort(key=lambda side: math.dist((side[1][0] + 0.5, side[1][1] + 0.5), target))
    front, back = sides[0], sides[-1] if len(sides) > 1 else None
    for door, outside, art in (side for side in (front, back) if side is not None):
        names[door[1], door[0]] = art
        if names[outside[1], outside[0]] in (*ROOFS, "brick_wall"):
            names[outside[1], outside[0]] = GROUND  # a door opens onto a garden, not a neighbour's roof
    return (x0, y0, x1, y1), front[1], back[1] if back is not None else None


def _build_court(names: np.ndarray, court: Building, home: Building, tileset: Tileset) -> tuple[int, int]:
    """The court's roof, and its door: the footprint's edge tile nearest the home that opens onto
    walkable ground; returns the door tile."""
    names[court.mask] = "townhall_roof"
    height, width = names.shape
    best: tuple[float, tuple[int, int]] | None = None
    for y, x in zip(*np.nonzero(court.mask), strict=True):
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            inside = 0 <= nx < width and 0 <= ny < height
            open_ground = inside and (tileset.walkable[names[ny, nx]] or names[ny, nx] == GROUND)
            if open_ground and not court.mask[ny, nx]:
                distance = math.dist((x + 0.5, y + 0.5), home.centre)
                if best is None or distance < best[0]:
                    best = (distance, (int(x), int(y)))
    if best is None:
        raise OsmError("the court has no door onto open ground; choose another court with --court")
    door = best[1]
    names[door[1], door[0]] = "townhall_steps"
    return door


def carve_to_street(names: np.ndarray, start: tuple[int, int], tileset: Tileset) -> None:
    """Lay a garden path from ``start`` (the tile outside a door) through the gardens to the nearest
    walkable tile, so a house set back from the street still has a way out."""
    if names[start[1], start[0]] != GROUND:
        return
    walkable = np.vectorize(lambda name: tileset.walkable[name], otypes=[bool])(names)
    walkable &= ~np.isin(names, INDOORS)  # the way out is not back through the house
    streets = {(int(x), int(y)) for y, x in zip(*np.nonzero(walkable), strict=True)}
    if not streets:
        return
    cost = np.where(walkable, 1.0, np.where(names == GROUND, 2.0, np.inf))
    for x, y in shortest_path(cost, start, streets):
        if names[y, x] == GROUND:
            names[y, x] = GARDEN_PATH


def _outside(door: tuple[int, int], footprint: np.ndarray) -> tuple[int, int] | None:
    """The tile just outside a door of a footprint."""
    height, width = footprint.shape
    x, y = door
    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
        if 0 <= nx < width and 0 <= ny < height and not footprint[ny, nx]:
            return nx, ny
    return None


def _health_station(names: np.ndarray, walkable: np.ndarray, court_door: tuple[int, int],
                    home_box: Box, court_box: Box) -> tuple[int, int]:
    """A 2x2 clinic on open ground near the court, not right at its door."""
    room = walkable | (names == GROUND)  # on the street, or in a garden beside it
    free = room[:-1, :-1] & room[1:, :-1] & room[:-1, 1:] & room[1:, 1:]
    free &= walkable[:-1, :-1] | walkable[1:, :-1] | walkable[:-1, 1:] | walkable[1:, 1:]
    ys, xs = np.nonzero(free)
    order = np.argsort(np.abs(np.hypot(xs - court_door[0], ys - court_door[1]) - 6.0), kind="stable")
    for index in order:
        x, y = int(xs[index]), int(ys[index])
        if not (_touches((x, y, x + 1, y + 1), home_box) or _touches((x, y, x + 1, y + 1), court_box)):
            names[y:y + 2, x:x + 2] = "clinic_floor"
            return x, y
    raise OsmError("no open ground for the health station near the court")


def _touches(a: Box, b: Box) -> bool:
    return not (a[2] + 1 < b[0] or b[2] + 1 < a[0] or a[3] + 1 < b[1] or b[3] + 1 < a[1])


def _gate_across(route: list[tuple[int, int]], share: float, walkable: np.ndarray,
                 home_box: Box, court_box: Box) -> tuple[int, int, int, int] | None:
    """A checkpoint across the street at ``share`` of the way from home to court: the walkable tiles
    at that point of the route, across its direction, up to three either side."""
    index = min(max(int(len(route) * share), 1), len(route) - 2)
    (x, y), (nx, _) = route[index], route[index + 1]
    across = (0, 1) if nx != x else (1, 0)
    low = high = 0
    while low > -3 and _open(walkable, x + across[0] * (low - 1), y + across[1] * (low - 1)):
        low -= 1
    while high < 3 and _open(walkable, x + across[0] * (high + 1), y + across[1] * (high + 1)):
        high += 1
    gx, gy = x + across[0] * low, y + across[1] * low
    gw, gh = (1, high - low + 1) if across == (0, 1) else (high - low + 1, 1)
    if _touches((gx, gy, gx + gw - 1, gy + gh - 1), home_box) or _touches(
            (gx, gy, gx + gw - 1, gy + gh - 1), court_box):
        return None
    return gx, gy, gw, gh


def _open(walkable: np.ndarray, x: int, y: int) -> bool:
    height, width = walkable.shape
    return 0 <= x < width and 0 <= y < height and bool(walkable[y, x])


def _place_cameras(plan: LevelPlan, extract: Extract, projection: Projection, tileset: Tileset,
                   one_way: list[tuple[np.ndarray, np.ndarray]], width: int, height: int) -> None:
    opaque = np.vectorize(lambda name: tileset.opaque[name], otypes=[bool])(plan.tiles)
    for node in sorted(extract.nodes.values(), key=lambda item: item.node_id):
        if node.tags.get("man_made") != "surveillance":
            continue
        x, y = projection.tile(node.lat, node.lon)
        if not (0 <= x < width and 0 <= y < height):
            plan.skipped_outside += 1
            continue
        camera = camera_from_tags(node.node_id, node.tags, x, y)
        if camera is None:
            plan.skipped_indoor += 1
            continue
        facing_known = "facing" not in camera.guessed.split(", ")
        if opaque[int(y), int(x)]:  # on a building: at its edge, looking out
            spot = _nearest_open(opaque, int(x), int(y))
            if spot is None:
                continue
            camera = replace(camera, x=spot[0] + 0.5, y=spot[1] + 0.5)
            if not facing_known:
                camera = replace(camera, facing=math.degrees(math.atan2(camera.y - y, camera.x - x)) % 360)
        if not facing_known:
            oncoming = _oncoming(one_way, camera.x, camera.y)
            if oncoming is not None:
                camera = replace(camera, facing=oncoming)
        plan.cameras.append(camera)


def _nearest_open(opaque: np.ndarray, x: int, y: int, limit: int = 8) -> tuple[int, int] | None:
    height, width = opaque.shape
    for radius in range(1, limit + 1):
        ring = [(x + dx, y + dy) for dy in range(-radius, radius + 1) for dx in range(-radius, radius + 1)
                if max(abs(dx), abs(dy)) == radius]
        ring.sort(key=lambda spot: (math.dist(spot, (x, y)), spot[1], spot[0]))
        for sx, sy in ring:
            if 0 <= sx < width and 0 <= sy < height and not opaque[sy, sx]:
                return sx, sy
    return None


def _oncoming(segments: Iterable[tuple[np.ndarray, np.ndarray]], x: float, y: float) -> float | None:
    """The game facing toward the traffic coming along the nearest one-way street within reach."""
    best: tuple[float, float] | None = None
    point = np.array([x, y])
    for start, end in segments:
        line = end - start
        length = float(line @ line)
        share = 0.0 if length == 0 else float(np.clip((point - start) @ line / length, 0, 1))
        distance = float(np.hypot(*(start + line * share - point)))
        if distance <= ONE_WAY_REACH and (best is None or distance < best[0]):
            best = (distance, math.degrees(math.atan2(-line[1], -line[0])) % 360)
    return None if best is None else best[1]


# --- writing ------------------------------------------------------------------------------------


def tmx_text(plan: LevelPlan, tileset: Tileset, tileset_source: str, properties: dict[str, Any]) -> str:
    """The plan as a Tiled 1.8 map: one CSV layer, external tileset, classes in ``type``."""
    from xml.sax.saxutils import quoteattr

    from game.level.tiled_xml import property_xml as prop

    height, width = plan.tiles.shape
    gids = np.vectorize(lambda name: tileset.ids[name] + 1, otypes=[int])(plan.tiles)
    csv = ",\n".join(",".join(str(gid) for gid in row) for row in gids)

    objects = []
    number = 0
    for number, (cls, name, x, y, w, h, props) in enumerate(plan.objects, start=1):
        size = f' width="{w * 32:g}" height="{h * 32:g}"' if w or h else ""
        inner = "".join(prop(key, value) for key, value in props.items())
        body = (f"<properties>{inner}</properties>" if inner else "") + ("" if w or h else "<point/>")
        objects.append(f'  <object id="{number}" name={quoteattr(name)} type="{cls}" x="{x * 32:g}" '
                       f'y="{y * 32:g}"{size}>{body}</object>')
    for index, camera in enumerate(plan.cameras, start=1):
        number += 1
        props = {"kind": camera.kind, "facing": round(float(camera.facing), 1), "sweep": float(camera.sweep),
                 "fov": float(camera.fov), "range": float(camera.range),
                 "sweep_speed": float(camera.sweep_speed), "owner": camera.owner,
                 "osm_id": str(camera.object_id)}
        if camera.registered:
            props["registered"] = True
        if camera.retention_days:
            props["retention_days"] = float(camera.retention_days)
        if camera.guessed:
            props["guessed"] = camera.guessed
        inner = "".join(prop(key, value) for key, value in props.items())
        objects.append(f'  <object id="{number}" name="C-{index}" type="camera" x="{camera.x * 32:.1f}" '
                       f'y="{camera.y * 32:.1f}"><properties>{inner}</properties><point/></object>')
    map_props = "".join(prop(key, value) for key, value in properties.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" '
            f'width="{width}" height="{height}" tilewidth="32" tileheight="32" infinite="0" '
            f'nextlayerid="3" nextobjectid="{number + 1}">\n'
            f" <properties>{map_props}</properties>\n"
            f' <tileset firstgid="1" source={quoteattr(tileset_source)}/>\n'
            f' <layer id="1" name="ground" width="{width}" height="{height}">\n'
            f'  <data encoding="csv">\n{csv}\n</data>\n </layer>\n'
            ' <objectgroup id="2" name="objects">\n' + "\n".join(objects) + "\n </objectgroup>\n</map>\n")
