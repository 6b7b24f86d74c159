"""Shared drawing kit for Flagged's generated art: one palette, 4x supersampling, soft shadows.

Why: every tile and sprite is drawn with plain ``pygame.draw`` shapes at four times its final
size and smooth-scaled down, which gives anti-aliased edges that look hand-made; one palette
and one light direction (from the north-west, shadows fall south-east) keep the city coherent.
The tileset and sprite writers, the tile table's row and the camera icon live here too, so the
scripts of both cities (make_tiles*.py, make_sprites*.py) write their files in one way.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import numpy as np
import pygame

SCALE = 4
TILE = 32
S = TILE * SCALE  # a tile on the 4x canvas
M = S // 2  # the centre of a tile's 4x canvas
COLUMNS = 8  # tiles to a row of a tileset's sheet
ASSETS = Path(__file__).resolve().parent.parent

Colour = tuple[int, int, int]
Draw = Callable[[pygame.Surface], None]

# One palette. The city is muted greys and greens; walkable ground is light, what blocks is dark.
PALETTE: dict[str, Colour] = {
    "pavement": (214, 210, 201),
    "pavement_joint": (192, 187, 177),
    "plaza": (226, 221, 208),
    "plaza_joint": (204, 197, 182),
    "road": (150, 154, 156),
    "road_dark": (139, 143, 146),
    "marking": (238, 236, 228),
    "highway": (118, 123, 127),
    "highway_shoulder": (135, 139, 142),
    "median": (214, 190, 118),
    "cobble": (128, 120, 108),
    "cobble_gap": (101, 94, 84),
    "grass": (163, 184, 139),
    "grass_dark": (146, 168, 124),
    "tree": (78, 110, 80),
    "tree_light": (99, 133, 96),
    "water": (118, 160, 178),
    "water_light": (146, 184, 198),
    "roof_slate": (76, 86, 97),
    "roof_sage": (84, 100, 82),
    "roof_umber": (104, 92, 80),
    "roof_blue": (72, 84, 104),
    "roof_court": (120, 112, 96),
    "wall": (56, 60, 66),
    "wall_top": (70, 75, 82),
    "fence": (66, 72, 78),
    "stall_a": (150, 96, 82),
    "stall_b": (104, 122, 104),
    "stall_cream": (222, 210, 184),
    "home_floor": (200, 168, 128),
    "home_plank": (178, 146, 108),
    "court_floor": (222, 214, 196),
    "court_step": (200, 192, 174),
    "health_floor": (204, 226, 214),
    "health_grid": (182, 208, 194),
    "gate_floor": (218, 212, 192),
    "gate_stripe": (214, 160, 64),
    "door": (146, 100, 70),
    "door_frame": (96, 72, 56),
    "glass": (170, 204, 216),
    "classroom": (214, 206, 186),
    "shadow": (20, 24, 30),
    # People: warm.
    "skin": (226, 172, 128),
    "skin_dark": (178, 124, 88),
    "hair": (58, 40, 32),
    "coat": (214, 102, 60),
    "coat_dark": (172, 74, 44),
    "scarf": (236, 186, 72),
    "uniform": (64, 76, 96),
    "uniform_dark": (46, 54, 70),
    "police": (34, 52, 108),  # the officers' dark blue: darker and bluer than any roof
    "police_light": (58, 82, 150),
    "police_dark": (18, 26, 58),
    "visor": (12, 14, 20),
    "braid": (236, 196, 84),
    "shirt": (150, 190, 226),  # the officers' light-blue shirt, against the navy
    "shirt_dark": (104, 142, 182),
    "reflective": (214, 220, 224),
    "chair": (150, 150, 146),
    "chair_seat": (176, 132, 86),  # a folding chair's wooden slats
    "chair_frame": (52, 56, 62),
    # Signals.
    "red": (212, 72, 60),
    "green": (78, 168, 96),
    "amber": (232, 170, 56),
    "camera": (44, 48, 54),
    "camera_light": (226, 232, 236),
    "cyan": (92, 196, 212),
    # The Dutch city of "Here" (make_tiles_here.py), kept as muted as the rest.
    "klinker": (206, 190, 176),
    "klinker_joint": (186, 168, 154),
    "quay": (184, 176, 164),
    "quay_gap": (160, 151, 140),
    "kerb": (222, 218, 208),
    "kerb_edge": (120, 116, 110),
    "bollard": (112, 62, 50),
    "canal": (104, 142, 146),
    "canal_light": (128, 166, 168),
    "canal_dark": (92, 128, 134),
    "cycle": (170, 104, 92),
    "asphalt": (118, 123, 127),
    "parking": (146, 150, 152),
    "bus_lane": (128, 131, 134),
    "platform": (212, 211, 204),
    "tactile": (226, 196, 96),
    "night": (98, 94, 104),
    "night_joint": (84, 80, 90),
    "square": (228, 222, 210),
    "square_joint": (206, 198, 184),
    "square_band": (176, 132, 112),
    "hedge": (92, 122, 88),
    "hedge_light": (112, 142, 104),
    "roof_red": (152, 88, 72),
    "roof_brown": (120, 90, 74),
    "roof_anthracite": (82, 84, 90),
    "roof_ochre": (160, 116, 82),
    "gable": (132, 74, 58),
    "coping": (226, 220, 206),
    "roof_flat": (136, 136, 132),
    "roof_flat_rim": (156, 156, 150),
    "roof_townhall": (96, 104, 116),
    "copper": (112, 154, 136),
    "copper_light": (140, 180, 160),
    "gold": (214, 176, 84),
    "brick": (140, 82, 64),
    "brick_joint": (118, 66, 52),
    "door_green": (52, 92, 70),
    "door_red": (120, 48, 44),
    "door_blue": (48, 64, 96),
    "step": (200, 196, 188),
    "iron": (58, 62, 68),
    "boat": (86, 98, 110),
    "boat_deck": (176, 150, 116),
}


def c(name: str, alpha: int | None = None) -> tuple[int, ...]:
    """A palette colour by name, optionally with alpha."""
    rgb = PALETTE[name]
    return rgb if alpha is None else (*rgb, alpha)


def canvas(w: int, h: int) -> pygame.Surface:
    """A transparent 4x canvas for a final image of ``w`` x ``h`` pixels."""
    surf = pygame.Surface((w * SCALE, h * SCALE), pygame.SRCALPHA)
    surf.fill((0, 0, 0, 0))
    return surf


def down(surf: pygame.Surface) -> pygame.Surface:
    """Smooth-scale a 4x canvas down to its final size (this is where edges get anti-aliased)."""
    w, h = surf.get_size()
    return pygame.transform.smoothscale(surf, (w // SCALE, h // SCALE))


def blur_alpha(alpha: np.ndarray, radius: int) -> np.ndarray:
    """Separable box blur, three passes (close to Gaussian), on a float array indexed [x, y]."""
    out = alpha.astype(np.float32)
    if radius <= 0:
        return out
    k = 2 * radius + 1
    for _ in range(3):
        for axis in (0, 1):
            pad = [(0, 0), (0, 0)]
            pad[axis] = (radius + 1, radius)
            p = np.pad(out, pad, mode="constant")
            cs = np.cumsum(p, axis=axis)
            out = (cs[k:, :] - cs[:-k, :]) / k if axis == 0 else (cs[:, k:] - cs[:, :-k]) / k
    return out


def with_shadow(
    shape: pygame.Surface,
    offset: tuple[int, int] = (3 * SCALE // 2, 2 * SCALE),
    radius: int = 2 * SCALE,
    strength: float = 0.45,
) -> pygame.Surface:
    """Put a soft drop shadow (south-east, light from the north-west) under a 4x shape."""
    w, h = shape.get_size()
    alpha = pygame.surfarray.array_alpha(shape).astype(np.float32) / 255.0
    shifted = np.zeros_like(alpha)
    dx, dy = offset
    shifted[dx:, dy:] = alpha[: w - dx, : h - dy]
    soft = blur_alpha(shifted, radius) * strength
    shadow = pygame.Surface((w, h), pygame.SRCALPHA)
    shadow.fill((*PALETTE["shadow"], 0))
    pygame.surfarray.pixels_alpha(shadow)[:] = np.clip(soft * 255, 0, 255).astype(np.uint8)
    shadow.blit(shape, (0, 0))
    return shadow


def draw_object(
    w: int, h: int, draw: Callable[[pygame.Surface], None], shadow: bool = True
) -> pygame.Surface:
    """Draw an object on a 4x canvas, add its drop shadow and scale it down to ``w`` x ``h``."""
    surf = canvas(w, h)
    draw(surf)
    if shadow:
        surf = with_shadow(surf)
    return down(surf)


def noise(surf: pygame.Surface, amount: int, seed: int) -> None:
    """Add a faint deterministic grain so flat fills do not look digital."""
    rng = np.random.default_rng(seed)
    px = pygame.surfarray.pixels3d(surf)
    grain = rng.integers(-amount, amount + 1, size=px.shape[:2])[..., None]
    px[:] = np.clip(px.astype(np.int16) + grain, 0, 255).astype(np.uint8)
    del px


def init() -> None:
    """Start pygame headless enough to draw and save PNGs."""
    pygame.display.init()
    pygame.display.set_mode((1, 1))


def shift(rgb: tuple[int, ...], d: int) -> Colour:
    """A colour made lighter (``d`` > 0) or darker, clipped to 0..255."""
    return tuple(max(0, min(255, v + d)) for v in rgb[:3])  # type: ignore[return-value]


def mottle(surf: pygame.Surface, amount: int, radius: int, seed: int) -> None:
    """Soft light and dark patches (wrapped at the edges, so the tile repeats without a seam).

    Why: grain alone reads as digital noise; patches a few pixels wide read as wear on asphalt or
    as uneven grass.
    """
    rng = np.random.default_rng(seed)
    w, h = surf.get_size()
    field = rng.standard_normal((w, h)).astype(np.float32)
    for _ in range(3):  # a wrapped box blur, three passes
        acc = np.zeros_like(field)
        for d in range(-radius, radius + 1):
            acc += np.roll(field, d, axis=0)
        field = acc / (2 * radius + 1)
        acc = np.zeros_like(field)
        for d in range(-radius, radius + 1):
            acc += np.roll(field, d, axis=1)
        field = acc / (2 * radius + 1)
    field /= max(float(np.abs(field).max()), 1e-6)
    px = pygame.surfarray.pixels3d(surf)
    px[:] = np.clip(px.astype(np.float32) + field[..., None] * amount, 0, 255).astype(np.uint8)
    del px


def bond(s: pygame.Surface, joint: tuple[int, ...], brick: tuple[int, ...], rows: int, cols: int, seed: int,
         var: int, gap: int = 2, radius: int = 3) -> None:
    """Bricks or setts in stretcher bond on a ``joint`` colour, rows offset by half a brick, each
    brick ``var`` lighter or darker at most; whole bricks to a tile, so it repeats without a seam."""
    s.fill(joint)
    rng = np.random.default_rng(seed)
    bw, bh = S // cols, S // rows
    for r in range(rows):
        off = bw // 2 if r % 2 else 0
        for k in range(-1, cols + 1):
            tone = shift(brick, int(rng.integers(-var, var + 1)))
            pygame.draw.rect(s, tone, (k * bw + off + gap, r * bh + gap, bw - 2 * gap, bh - 2 * gap),
                             border_radius=radius)


def speckle(surf: pygame.Surface, colours: list[Colour], count: int, size: int, seed: int) -> None:
    """Scatter small dots (stone chips in asphalt, flowers in grass), kept away from the edges."""
    rng = np.random.default_rng(seed)
    w, h = surf.get_size()
    for _ in range(count):
        x, y = int(rng.integers(size, w - size)), int(rng.integers(size, h - size))
        colour = colours[int(rng.integers(len(colours)))]
        pygame.draw.circle(surf, colour, (x, y), max(1, int(rng.integers(size // 2, size + 1))))


# ----------------------------------------------------------------------------------------------
# Tilesets
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TileSpec:
    """One tile: its key (used by level scripts), Tiled properties and how to draw it."""

    key: str
    walkable: bool
    opaque: bool
    speed: float
    draw: Draw
    driving: bool = False  # a number-plate camera reads the plate of whoever is here (written where true)


def lane(road: Draw, horizontal: bool) -> Draw:
    """A road tile with its broken centre line, two dashes to a tile, east-west (``horizontal``) or
    north-south."""

    def draw(s: pygame.Surface) -> None:
        road(s)
        for i in range(2):
            a = i * S // 2 + S // 8
            rect = (a, S // 2 - 4, S // 4, 8) if horizontal else (S // 2 - 4, a, 8, S // 4)
            pygame.draw.rect(s, c("marking"), rect, border_radius=3)

    return draw


def render_png(tiles: Sequence[TileSpec]) -> pygame.Surface:
    """Draw every tile onto one sheet, ``COLUMNS`` tiles wide."""
    rows = math.ceil(len(tiles) / COLUMNS)
    sheet = pygame.Surface((COLUMNS * TILE, rows * TILE), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for i, spec in enumerate(tiles):
        big = canvas(TILE, TILE)
        spec.draw(big)
        sheet.blit(down(big), ((i % COLUMNS) * TILE, (i // COLUMNS) * TILE))
    return sheet


def tsx_text(name: str, tiles: Sequence[TileSpec], image_w: int, image_h: int) -> str:
    """A tileset ``NAME.tsx`` in Tiled 1.8 format, properties typed; ``driving`` only where true."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.8" tiledversion="1.8.2" name="{name}" tilewidth="{TILE}" tileheight="{TILE}"'
        f' tilecount="{len(tiles)}" columns="{COLUMNS}">',
        f' <image source="{name}.png" width="{image_w}" height="{image_h}"/>',
    ]
    for i, spec in enumerate(tiles):
        lines += [f' <tile id="{i}">', "  <properties>"]
        if spec.driving:
            lines.append('   <property name="driving" type="bool" value="true"/>')
        lines += [
            f'   <property name="name" value={quoteattr(spec.key)}/>',
            f'   <property name="opaque" type="bool" value="{str(spec.opaque).lower()}"/>',
            f'   <property name="speed" type="float" value="{spec.speed:g}"/>',
            f'   <property name="walkable" type="bool" value="{str(spec.walkable).lower()}"/>',
            "  </properties>",
            " </tile>",
        ]
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"


def write_tileset(name: str, tiles: Sequence[TileSpec]) -> None:
    """Draw the tiles and write ``assets/tiles/NAME.png`` and ``NAME.tsx``."""
    sheet = render_png(tiles)
    out = ASSETS / "tiles"
    out.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out / f"{name}.png"))
    (out / f"{name}.tsx").write_text(tsx_text(name, tiles, *sheet.get_size()), encoding="utf-8")
    print(f"wrote {out / f'{name}.png'} and {name}.tsx with {len(tiles)} tiles")


# ----------------------------------------------------------------------------------------------
# Sprites
# ----------------------------------------------------------------------------------------------
def camera_body(s: pygame.Surface, badge: Draw) -> None:
    """The shared camera icon: a dark disc with a lens looking east, and the kind's emblem."""
    pygame.draw.circle(s, c("camera_light"), (M, M), 58)
    pygame.draw.circle(s, c("camera"), (M, M), 52)
    badge(s)
    body = pygame.Rect(M - 30, M + 14, 46, 26)
    pygame.draw.rect(s, c("camera_light"), body, border_radius=6)
    pygame.draw.polygon(
        s,
        c("camera_light"),
        [
            (body.right, body.centery - 6),
            (body.right + 16, body.top - 2),
            (body.right + 16, body.bottom + 2),
            (body.right, body.centery + 6),
        ],
    )
    pygame.draw.circle(s, c("cyan"), (body.x + 14, body.centery), 7)


def camera(badge: Draw) -> Draw:
    """A camera kind's icon: the shared body with that kind's emblem."""
    return lambda s: camera_body(s, badge)


def write_sprites(sprites: dict[str, Draw], sizes: dict[str, int] | None = None) -> Path:
    """Draw each sprite with its shadow at its size (``sizes``, else a tile) into ``assets/sprites/``."""
    out = ASSETS / "sprites"
    out.mkdir(parents=True, exist_ok=True)
    for name, draw in sprites.items():
        size = (sizes or {}).get(name, TILE)
        pygame.image.save(draw_object(size, size, draw), str(out / f"{name}.png"))
    return out
