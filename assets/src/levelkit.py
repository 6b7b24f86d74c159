"""Shared kit of the level builders (build_hearing_day.py, build_here.py, build_stress.py).

Why: every level is painted in code on a grid of tile keys, gets its objects in layers and is
written as the same Tiled 1.8 map (orthographic, 32 px, CSV layers, one external tileset, object
classes in ``type``, typed properties); the painting, the objects, the one table of camera
defaults, the shadow layer, the routes' BFS and the Tiled writers live here once, so the three
maps cannot drift apart in format. Each builder keeps its own layout, checks and rules.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import quoteattr

import numpy as np

from game.level.camera_kinds import FACE, KINDS
from game.level.tiled_xml import property_xml

ROOT = Path(__file__).resolve().parents[2]
LEVELS = ROOT / "levels"
T = 32  # pixels to a tile

Props = dict[str, "str | float | bool"]

# Camera defaults come from the one registry of camera kinds; a level's calls override per camera.
# The street cameras carry no owner (the loader reads "state"); the others say who owns them.
def camera_defaults(kind: str) -> Props:
    """A new camera's properties, from its kind's entry in ``game.level.camera_kinds``: its cone,
    and what differs from a street camera of the state (written in this order, as the maps are)."""
    entry = KINDS[kind]
    props: Props = {"fov": entry.fov, "range": entry.range, "sweep": entry.sweep,
                    "sweep_speed": entry.sweep_speed}
    if entry.reads_emotion:
        props["reads_emotion"] = True
    if entry.owner != "state" or entry.senses != FACE:
        props["owner"] = entry.owner
    if entry.owner != "state":
        props["registered"] = entry.registered
    if entry.retention_days:
        props["retention_days"] = entry.retention_days
    return props


CAMERA_DEFAULTS: dict[str, Props] = {kind: camera_defaults(kind) for kind in KINDS}


class Tile(Protocol):
    """What a builder reads of a tileset's tile (artkit.TileSpec; this kit stays free of pygame)."""

    key: str
    walkable: bool
    opaque: bool


@dataclass
class Obj:
    """A Tiled object; positions in tiles here, written in pixels."""

    cls: str
    name: str
    x: float
    y: float
    w: float | None = None  # None: a point
    h: float | None = None
    props: Props = field(default_factory=dict)


def camera_template(kind: str) -> Obj:
    """The template object of one camera kind: its defaults, facing east."""
    return Obj("camera", "C-", 0, 0, props={"kind": kind, "facing": 90.0, **CAMERA_DEFAULTS[kind]})


class Level:
    """One level while it is built: a grid of tile keys and the objects, layer by layer.

    Builders bind its methods to module names (``paint = LEVEL.paint``), so their layout code
    reads as plain calls and tests can look at ``grid`` and ``objects`` of the module.
    """

    def __init__(self, width: int, height: int, fill: str, tiles: Sequence[Tile], keys: Collection[str],
                 layers: Sequence[str]) -> None:
        self.width, self.height = width, height
        self.tiles = tiles
        self.ids = {tile.key: i for i, tile in enumerate(tiles)}
        self.keys = keys  # what paint accepts: the tile keys, and any placeholder the builder tones later
        self.grid: list[list[str]] = [[fill] * width for _ in range(height)]
        self.objects: dict[str, list[Obj]] = {name: [] for name in layers}
        self._cameras = 0

    def paint(self, x0: int, y0: int, x1: int, y1: int, key: str) -> None:
        """Fill the inclusive tile rectangle (x0, y0)-(x1, y1) with a tile key."""
        assert key in self.keys, key
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                self.grid[y][x] = key

    def rect(self, layer: str, cls: str, name: str, x: float, y: float, w: float, h: float,
             **props: str | float | bool) -> None:
        self.objects[layer].append(Obj(cls, name, x, y, w, h, dict(props)))

    def point(self, layer: str, cls: str, name: str, x: float, y: float, **props: str | float | bool) -> None:
        self.objects[layer].append(Obj(cls, name, x, y, None, None, dict(props)))

    def cam(self, kind: str, x: float, y: float, facing: float, **over: str | float | bool) -> None:
        """A camera at tile (x, y) (use .5 for a tile's centre); the kind's defaults, then overrides."""
        self._cameras += 1
        props: Props = {"kind": kind, "facing": float(facing), **CAMERA_DEFAULTS[kind], **over}
        self.point("cameras", "camera", f"C-{self._cameras}", x, y, **props)

    def tile_grid(self, prop: str) -> np.ndarray:
        """One property of every cell's tile, as an array indexed [y, x]."""
        return np.array([[getattr(self.tiles[self.ids[k]], prop) for k in row] for row in self.grid])

    def key_mask(self, pred: Callable[[str], bool]) -> np.ndarray:
        """The cells whose tile key ``pred`` accepts."""
        return np.array([[bool(pred(k)) for k in row] for row in self.grid])

    def shade_layer(self, casts: Callable[[str], bool], unshaded: Callable[[str], bool],
                    shade_base: int) -> list[list[int]]:
        """Soft shadows that buildings cast to the south-east, as overlay gids (0 = none).

        ``casts``: a key that casts a shadow; ``unshaded``: a key that takes none (roads, water);
        the shade tile of bits west 1, north 2, north-west 4 has id ``shade_base + bits``.
        """
        grid = self.grid
        out = [[0] * self.width for _ in range(self.height)]
        for y in range(self.height):
            for x in range(self.width):
                if casts(grid[y][x]) or unshaded(grid[y][x]):
                    continue
                bits = 0
                if x > 0 and casts(grid[y][x - 1]):
                    bits |= 1
                if y > 0 and casts(grid[y - 1][x]):
                    bits |= 2
                if x > 0 and y > 0 and casts(grid[y - 1][x - 1]):
                    bits |= 4
                if bits:
                    out[y][x] = shade_base + bits + 1  # gid = id + 1
        return out

    def tmx_text(self, properties: Props, tileset: str, shade: list[list[int]]) -> str:
        """The level as a TMX document: the ground, the shade layer over it, the object groups."""
        ground = [[self.ids[k] + 1 for k in row] for row in self.grid]
        return map_xml(properties, tileset, [("ground", ground), ("shade", shade)], self.objects)

    def misplaced(self, standing: Sequence[str]) -> list[str]:
        """Cameras inside opaque tiles, and objects of the ``standing`` layers off walkable ones."""
        walk, opaque = self.tile_grid("walkable"), self.tile_grid("opaque")
        problems = [f"{o.name} sits in an opaque tile" for o in self.objects["cameras"]
                    if opaque[int(o.y), int(o.x)]]
        return problems + [f"{o.name} is not on a walkable tile" for layer in standing
                           for o in self.objects[layer] if not walk[int(o.y), int(o.x)]]

    def counts(self) -> dict[str, int]:
        """How many objects of each class, for the builder's last line."""
        out: dict[str, int] = {}
        for objs in self.objects.values():
            for o in objs:
                out[o.cls] = out.get(o.cls, 0) + 1
        return out


def reach(walk: np.ndarray, start: tuple[int, int]) -> np.ndarray:
    """Tiles reachable from ``start`` (x, y) by 4-neighbour steps over walkable tiles."""
    seen = np.zeros_like(walk, dtype=bool)
    height, width = walk.shape
    sx, sy = start
    if not walk[sy, sx]:
        return seen
    seen[sy, sx] = True
    todo = deque([(sx, sy)])
    while todo:
        x, y = todo.popleft()
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < width and 0 <= ny < height and walk[ny, nx] and not seen[ny, nx]:
                seen[ny, nx] = True
                todo.append((nx, ny))
    return seen


class Problems(list[str]):
    """What a builder's checks found, in order (empty: none)."""

    def need(self, ok: bool, what: str) -> None:
        """Note ``what`` unless ``ok``."""
        if not ok:
            self.append(what)


def refuse(problems: list[str]) -> None:
    """Print the problems; stop before writing unless ``--draft`` asks to look at them anyway."""
    for problem in problems:
        print("problem:", problem)
    if problems and "--draft" not in sys.argv:
        raise SystemExit("not written: fix the problems above (or pass --draft to look at them)")


# ----------------------------------------------------------------------------------------------
# Writing Tiled files
# ----------------------------------------------------------------------------------------------
def prop_xml(name: str, value: str | float | bool, indent: str) -> str:
    return indent + property_xml(name, value)


def props_xml(props: Props, indent: str) -> list[str]:
    if not props:
        return []
    return [
        f"{indent}<properties>",
        *(prop_xml(k, props[k], indent + " ") for k in sorted(props)),
        f"{indent}</properties>",
    ]


def object_xml(oid: int, o: Obj) -> list[str]:
    attrs = f'id="{oid}" name={quoteattr(o.name)} type="{o.cls}" x="{o.x * T:g}" y="{o.y * T:g}"'
    if o.w is not None:
        attrs += f' width="{o.w * T:g}" height="{(o.h or 0) * T:g}"'
    body = props_xml(o.props, "   ")
    if o.w is None:
        body.append("   <point/>")
    if not body:
        return [f"  <object {attrs}/>"]
    return [f"  <object {attrs}>", *body, "  </object>"]


def csv(rows: list[list[int]]) -> str:
    return "\n".join(
        ",".join(str(v) for v in row) + ("," if i < len(rows) - 1 else "") for i, row in enumerate(rows)
    )


def map_xml(properties: Props, tileset: str, layers: list[tuple[str, list[list[int]]]],
            groups: dict[str, list[Obj]]) -> str:
    """A whole TMX document: map properties, one external tileset, CSV tile layers, object groups."""
    n_objects = sum(len(v) for v in groups.values())
    height, width = len(layers[0][1]), len(layers[0][1][0])
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down"'
        f' width="{width}" height="{height}" tilewidth="{T}" tileheight="{T}" infinite="0"'
        f' nextlayerid="{len(layers) + len(groups) + 1}" nextobjectid="{n_objects + 1}">',
        *props_xml(properties, " "),
        f' <tileset firstgid="1" source="{tileset}"/>',
    ]
    for lid, (name, rows) in enumerate(layers, start=1):
        out += [f' <layer id="{lid}" name="{name}" width="{width}" height="{height}">',
                '  <data encoding="csv">', csv(rows), "</data>", " </layer>"]
    oid = 0
    for lid, (layer, objs) in enumerate(groups.items(), start=len(layers) + 1):
        out.append(f' <objectgroup id="{lid}" name="{layer}">')
        for o in objs:
            oid += 1
            out += object_xml(oid, o)
        out.append(" </objectgroup>")
    out.append("</map>")
    return "\n".join(out) + "\n"


def template_text(o: Obj) -> str:
    """A Tiled object template (``.tx``) of one object, its size and properties."""
    size = "" if o.w is None else f' width="{o.w * T:g}" height="{(o.h or 0) * T:g}"'
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<template>",
        f' <object name={quoteattr(o.name)} type="{o.cls}"{size}>',
    ]
    lines += props_xml(o.props, "  ")
    if o.w is None:
        lines.append("  <point/>")
    lines += [" </object>", "</template>"]
    return "\n".join(lines) + "\n"


def write_templates(templates: dict[str, Obj]) -> None:
    """Write ``levels/templates/NAME.tx`` for each template object."""
    out = LEVELS / "templates"
    out.mkdir(parents=True, exist_ok=True)
    for name, o in templates.items():
        (out / f"{name}.tx").write_text(template_text(o), encoding="utf-8")


def member(name: str, value: str | float | bool) -> dict[str, object]:
    """One typed member of a class in the Tiled project."""
    kind = "bool" if isinstance(value, bool) else "float" if isinstance(value, float) else "string"
    return {"name": name, "type": kind, "value": value}


def class_type(type_id: int, name: str, props: Props) -> dict[str, object]:
    """An object class of the Tiled project, its members sorted by name."""
    return {
        "id": type_id,
        "name": name,
        "type": "class",
        "useAs": ["object"],
        "color": "#ff5f9ea0",
        "members": [member(k, v) for k, v in sorted(props.items())],
    }
