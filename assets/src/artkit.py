"""Shared drawing kit for Flagged's generated art: one palette, 4x supersampling, soft shadows.

Why: every tile and sprite is drawn with plain ``pygame.draw`` shapes at four times its final
size and smooth-scaled down, which gives anti-aliased edges that look hand-made; one palette
and one light direction (from the north-west, shadows fall south-east) keep the city coherent.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import numpy as np
import pygame

SCALE = 4
TILE = 32
ASSETS = Path(__file__).resolve().parent.parent

Colour = tuple[int, int, int]

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


def speckle(surf: pygame.Surface, colours: list[Colour], count: int, size: int, seed: int) -> None:
    """Scatter small dots (stone chips in asphalt, flowers in grass), kept away from the edges."""
    rng = np.random.default_rng(seed)
    w, h = surf.get_size()
    for _ in range(count):
        x, y = int(rng.integers(size, w - size)), int(rng.integers(size, h - size))
        colour = colours[int(rng.integers(len(colours)))]
        pygame.draw.circle(surf, colour, (x, y), max(1, int(rng.integers(size // 2, size + 1))))
