"""Small Tiled maps written by tests: an ASCII grid, a few objects, a tiny tileset and rules."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

# Tile ids (0-based in the tileset): symbol -> (id, walkable, opaque, speed).
TILES = {
    ".": (0, True, False, 1.0),
    "#": (1, False, True, 1.0),
    "~": (2, False, False, 1.0),
    ",": (3, True, False, 0.7),
    "=": (4, True, False, 2.5),
    "R": (5, True, False, 2.5),  # a ring road: she drives here (the tile has driving = true)
}
DRIVING = {"R"}


def tiny_png(width: int = 32 * len(TILES), height: int = 32) -> bytes:
    """A valid grey PNG, written without pygame."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def tileset_xml() -> str:
    tiles = "".join(
        f'  <tile id="{tid}"><properties>'
        f'<property name="walkable" type="bool" value="{str(walk).lower()}"/>'
        f'<property name="opaque" type="bool" value="{str(opaque).lower()}"/>'
        f'<property name="speed" type="float" value="{speed}"/>'
        + ('<property name="driving" type="bool" value="true"/>' if symbol in DRIVING else "")
        + "</properties></tile>\n"
        for symbol, (tid, walk, opaque, speed) in TILES.items())
    count = len(TILES)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<tileset version="1.10" name="test" tilewidth="32" tileheight="32" tilecount="{count}" '
            f'columns="{count}">\n'
            f' <image source="test.png" width="{32 * count}" height="32"/>\n' + tiles + "</tileset>\n")


@dataclass
class MapObject:
    """One Tiled object; positions in tiles, written in pixels."""

    cls: str
    x: float
    y: float
    w: float = 0
    h: float = 0
    name: str = ""
    properties: dict[str, Any] = field(default_factory=dict)
    object_id: int | None = None  # None: numbered in order from 1; set it to write duplicate ids


def camera(name: str, x: float, y: float, *, kind: str = "lamp", facing: float = 0, sweep: float = 0,
           fov: float = 60, reach: float = 6, sweep_speed: float = 0, **extra: Any) -> MapObject:
    properties: dict[str, Any] = {"kind": kind, "facing": float(facing), "sweep": float(sweep),
                                  "fov": float(fov), "range": float(reach),
                                  "sweep_speed": float(sweep_speed), **extra}
    return MapObject("camera", x, y, name=name, properties=properties)


def _property(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return f'<property name="{name}" type="bool" value="{str(value).lower()}"/>'
    if isinstance(value, float):
        return f'<property name="{name}" type="float" value="{value}"/>'
    if isinstance(value, int):
        return f'<property name="{name}" type="int" value="{value}"/>'
    return f'<property name="{name}" value={quoteattr(str(value))}/>'


DEFAULT_RULES: dict[str, Any] = {
    "profile": {"relative_of_detainee": True},
    "rules": [
        {"id": "R-1", "on": "start", "when": {"profile": "relative_of_detainee"}, "then": {"risk": 1},
         "reason": "Relative of a detainee.", "told": False},
        {"id": "R-2", "on": "observed", "when": {"near_court": 4, "risk_at_least": 1},
         "then": {"pass": "yellow"}, "reason": "Seen near the court.", "told": False},
        {"id": "R-3", "on": "observed", "when": {"anxious_cameras_at_least": 3},
         "then": {"pass_worse": 1}, "reason": "Seen anxious.", "told": False},
        {"id": "R-4", "on": "observed",
         "when": {"camera_kind": "gantry", "any": [{"risk_at_least": 1}, {"pass_not": "green"}]},
         "then": {"pull_over": True}, "reason": "Highway.", "told": False},
        {"id": "R-5", "on": "front_door", "when": {}, "then": {"walk_home": True},
         "reason": "Stay home today.", "told": True, "once": False},
        {"id": "R-5b", "on": "front_door", "when": {"times_at_least": 2}, "then": {"ending": "stayed_home"},
         "reason": "Stay home.", "told": True},
        {"id": "R-6", "on": "score", "when": {"score_below": 950}, "then": {"pass": "yellow"},
         "reason": "Your score is too low.", "told": True},
        {"id": "R-7", "on": "station", "when": {"fired": "R-2"}, "then": {"hold_pass": True},
         "reason": "Pending review.", "told": False},
    ],
}


def _layer_data(rows: list[str], encoding: str) -> str:
    """A layer's ``<data>`` element; ``" "`` in a row is an empty cell (gid 0)."""
    gids = [[0 if symbol == " " else TILES[symbol][0] + 1 for symbol in row] for row in rows]
    if encoding == "csv":
        csv = ",\n".join(",".join(str(gid) for gid in row) for row in gids)
        return f'<data encoding="csv">\n{csv}\n</data>'
    raw = b"".join(struct.pack("<I", gid) for row in gids for gid in row)
    if encoding == "base64":
        return f'<data encoding="base64">{base64.b64encode(raw).decode()}</data>'
    if encoding == "base64-zlib":
        packed = base64.b64encode(zlib.compress(raw)).decode()
        return f'<data encoding="base64" compression="zlib">{packed}</data>'
    raise ValueError(f"unknown encoding {encoding!r}")


def write_map(folder: Path, rows: list[str], objects: list[MapObject], *, name: str = "test",
              rules: dict[str, Any] | None = None, map_properties: dict[str, Any] | None = None,
              raw_objects: str = "", upper_layers: list[list[str]] | None = None,
              encoding: str = "csv") -> Path:
    """Write ``name.tmx`` (with its tileset, image and rules) into ``folder`` and return its path.

    ``upper_layers`` are more tile layers drawn over ``rows`` (``" "`` is an empty cell);
    ``encoding`` is ``csv``, ``base64`` or ``base64-zlib`` for every layer.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test.tsx").write_text(tileset_xml(), encoding="utf-8")
    (folder / "test.png").write_bytes(tiny_png())
    (folder / f"{name}.rules.json").write_text(json.dumps(DEFAULT_RULES if rules is None else rules),
                                               encoding="utf-8")
    height, width = len(rows), len(rows[0])
    properties = {"title": "Test", "rules": f"{name}.rules.json", "start_time": "08:00",
                  "hearing_time": "10:00", **(map_properties or {})}
    object_xml = []
    for index, item in enumerate(objects, start=1):
        size = f' width="{item.w * 32:g}" height="{item.h * 32:g}"' if item.w or item.h else ""
        props = "".join(_property(k, v) for k, v in item.properties.items())
        props_xml = f"<properties>{props}</properties>" if props else ""
        point = "" if item.w or item.h else "<point/>"
        object_id = index if item.object_id is None else item.object_id
        object_xml.append(f'  <object id="{object_id}" name={quoteattr(item.name)} type="{item.cls}" '
                          f'x="{item.x * 32:g}" y="{item.y * 32:g}"{size}>{props_xml}{point}</object>')
    layers_xml = "".join(
        f' <layer id="{10 + number}" name="layer{number}" width="{width}" height="{height}">\n'
        f"  {_layer_data(layer_rows, encoding)}\n </layer>\n"
        for number, layer_rows in enumerate([rows, *(upper_layers or [])]))
    map_props = "".join(_property(k, v) for k, v in properties.items())
    next_id = max([len(objects), *(item.object_id or 0 for item in objects)]) + 1
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" '
        f'width="{width}" height="{height}" tilewidth="32" tileheight="32" infinite="0" '
        f'nextlayerid="{11 + len(upper_layers or [])}" nextobjectid="{next_id}">\n'
        f" <properties>{map_props}</properties>\n"
        ' <tileset firstgid="1" source="test.tsx"/>\n'
        + layers_xml
        + ' <objectgroup id="2" name="objects">\n' + "\n".join(object_xml) + raw_objects
        + "\n </objectgroup>\n</map>\n")
    path = folder / f"{name}.tmx"
    path.write_text(text, encoding="utf-8")
    return path


def basic_objects(spawn: tuple[float, float] = (2.5, 2.5),
                  **places: tuple[float, float, float, float]) -> list[MapObject]:
    """The objects every level needs, at the given rects (x, y, w, h in tiles), and the spawn."""
    defaults = {"home": (1, 1, 3, 3), "front_door": (4, 2, 1, 1), "court": (16, 1, 3, 3),
                "health_station": (10, 6, 2, 2)}
    defaults.update(places)
    objects = [MapObject(cls, *rect, name=cls) for cls, rect in defaults.items()]
    objects.append(MapObject("spawn", *spawn, name="spawn"))
    return objects


def court_door(x: float, y: float, w: float = 1, h: float = 1, name: str = "CD") -> MapObject:
    """A gate with ``court = true``: a door of the court."""
    return MapObject("gate", x, y, w, h, name=name, properties={"court": True})


def open_rows(width: int = 20, height: int = 10) -> list[str]:
    """A walled box of floor, ``width`` x ``height`` tiles."""
    return ["#" * width] + ["#" + "." * (width - 2) + "#"] * (height - 2) + ["#" * width]


def rewrite(path: Path, old: str, new: str, count: int = 1) -> Path:
    """Replace text in a written file (to break it on purpose); fails if ``old`` is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path
