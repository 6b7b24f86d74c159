"""Everything drawn from files: fonts, sprites and the tiled maps, loaded once after the display exists.

Why one loader: a missing or broken file must end the game with one line naming the file (DESIGN.md,
"The command line"), found at start-up rather than in the middle of a run; and fonts, text and maps
are kept (in the compositor's pictures) so that a frame allocates almost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pygame
import pyscroll
from pytmx.util_pygame import load_pygame

from game.level.model import CAMERA_KINDS, Level
from game.render.compositor import Compositor
from game.render.sound import SoundError, Sounds

ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets"

# Sprites every level may show, by file stem in assets/sprites/.
SPRITES = (
    *(f"camera_{kind}" for kind in CAMERA_KINDS),
    "player", "player_walk_a", "player_walk_b", "officer_chair", "gate_open", "gate_closed", "bin", "rack",
    "traffic_red", "traffic_green", "court_marker", "health_marker",
    # The second scenario, "Here":
    "registered_badge", "bus_stop", "smart_lamp", "townhall_marker", "officer_standing",
)

# Font roles: (file, pixel size at 1080 lines, smallest size at any window). Sizes are chosen to be
# read from two metres on a 1080p screen; the smallest keeps 720p windows readable at a desk.
FONT_FILES = {"regular": "AtkinsonHyperlegible-Regular.ttf", "bold": "AtkinsonHyperlegible-Bold.ttf"}
FONT_ROLES: dict[str, tuple[str, int, int]] = {
    "title": ("bold", 150, 80),
    "heading": ("bold", 64, 38),
    "score": ("bold", 72, 42),
    "clock": ("bold", 60, 36),
    "body": ("regular", 40, 26),
    "label": ("bold", 36, 24),
    "small": ("regular", 30, 20),
}


class AssetError(Exception):
    """A missing or broken asset; the message is one line that names the file."""


def _load_image(path: Path) -> pygame.Surface:
    if not path.is_file():
        raise AssetError(f"{path}: missing image")
    try:
        image = pygame.image.load(str(path))
    except (pygame.error, OSError, ValueError) as error:
        raise AssetError(f"{path}: not a readable PNG ({error})") from None
    return image.convert_alpha() if pygame.display.get_surface() is not None else image


class Art:
    """Fonts, sprites and map tiles; ``load`` once after ``pygame.display.set_mode``. Its
    ``compositor`` keeps every picture drawn from them and what the window shows between frames."""

    def __init__(self, assets_dir: Path, sprites: dict[str, pygame.Surface],
                 font_paths: dict[str, Path], sounds: Sounds | None = None,
                 compositor: Compositor | None = None) -> None:
        self.assets_dir = assets_dir
        self.sprites = sprites
        self.sounds = sounds if sounds is not None else Sounds({})
        self.compositor = compositor if compositor is not None else Compositor()
        self._font_paths = font_paths
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}
        self._text = self.compositor.part("text")  # by (role, font size, text, colour)
        self._maps: dict[Path, pyscroll.TiledMapData] = {}
        self._cone_pixels: dict[Path, dict[tuple[int, int], ConePixels]] = {}
        # The player's settings that change how things are drawn, set by the app:
        self.text_scale = 1.0  # text size (1.0, 1.25, 1.5): every font role grows by it
        self.reduced_motion = False  # nothing pulses or sweeps
        self.high_contrast = False  # cones get an outline and hatching

    @classmethod
    def load(cls, assets_dir: Path = ASSETS_DIR) -> Art:
        """Load fonts and sprites; raises AssetError naming the first missing or broken file."""
        pygame.font.init()
        font_paths: dict[str, Path] = {}
        for weight, name in FONT_FILES.items():
            path = assets_dir / "fonts" / name
            if not path.is_file():
                raise AssetError(f"{path}: missing font")
            try:
                # SDL_ttf may accept a broken file and fail only when it first measures text.
                pygame.font.Font(str(path), 12).size("Ag")
            except (pygame.error, OSError, ValueError) as error:
                raise AssetError(f"{path}: not a readable font ({error})") from None
            font_paths[weight] = path
        sprites = {name: _load_image(assets_dir / "sprites" / f"{name}.png") for name in SPRITES}
        try:
            sounds = Sounds.load(assets_dir / "sounds")
        except SoundError as error:
            raise AssetError(str(error)) from None
        return cls(assets_dir, sprites, font_paths, sounds)

    # --- text ---------------------------------------------------------------------------------

    @staticmethod
    def font_size(role: str, window_height: int, scale: float = 1.0) -> int:
        """The pixel size of a font role at this window height (scaled from 1080 lines) and text scale."""
        _, base, smallest = FONT_ROLES[role]
        return round(max(smallest, base * window_height / 1080) * scale)

    def font(self, role: str, window_height: int) -> pygame.font.Font:
        """The font for a role (``title``, ``heading``, ``score``, ``clock``, ``body``, ``label``,
        ``small``), sized for the window height and the player's text size."""
        size = self.font_size(role, window_height, self.text_scale)
        key = (role, size)
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(str(self._font_paths[FONT_ROLES[role][0]]), size)
            self._fonts[key] = font
        return font

    def text(self, role: str, window_height: int, text: str, colour: tuple[int, ...]) -> pygame.Surface:
        """Rendered, anti-aliased text, cached: the HUD redraws the same strings every frame."""
        key = (role, self.font_size(role, window_height, self.text_scale), text, tuple(colour))
        surface = self._text.get(key)
        if surface is None:
            surface = self._text.put(key, self.font(role, window_height).render(text, True, colour))
        return surface

    # --- maps ---------------------------------------------------------------------------------

    def map_data(self, level: Level) -> pyscroll.TiledMapData:
        """The level's tiles for pyscroll, read with pytmx once per level file."""
        data = self._maps.get(level.path)
        if data is None:
            try:
                tiled_map = load_pygame(str(level.path))
            except (pygame.error, OSError, ValueError, KeyError, TypeError) as error:
                raise AssetError(f"{level.path}: cannot draw the map ({error})") from None
            data = pyscroll.TiledMapData(tiled_map)
            self._maps[level.path] = data
        return data

    def cone_pixels(self, level: Level) -> dict[tuple[int, int], ConePixels]:
        """The level's cones in map pixels by (camera, degree), kept as long as the program runs:
        world views come and go with runs, a cone's geometry does not."""
        return self._cone_pixels.setdefault(level.path, {})

    def view_canvas(self, size: tuple[int, int]) -> ViewCanvas:
        """The world view's map canvas of ``size`` pixels: one for the whole program, since only
        one world view is drawn in a frame; a new size replaces the old one."""
        return self.compositor.for_window("canvas", size, _new_canvas, nbytes=4 * size[0] * size[1])


def _new_canvas(size: tuple[int, int]) -> ViewCanvas:
    surface = pygame.Surface(size)
    return ViewCanvas(surface.convert() if pygame.display.get_surface() is not None else surface)


class ConePixels(NamedTuple):
    """A cone as the world view draws it: points in pixels of its own image, placed at ``box``."""

    polygon: np.ndarray  # the fill: the detecting polygon, every point half a pixel toward the apex
    outline: np.ndarray  # the edge: a pixel toward the apex, so a 1-pixel line stays inside
    box: tuple[int, int, int, int]  # the image's place in map pixels: left, top, right, bottom


@dataclass(eq=False)
class ViewCanvas:
    """The map as the world view keeps it drawn, a margin larger than the window; ``owner`` is the
    view whose map it holds, so a view that finds another's redraws it whole."""

    map: pygame.Surface
    owner: object | None = None
