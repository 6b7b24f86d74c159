"""Rendering with no window: the assets, the cone that is drawn where it detects, and an honest HUD."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.events import Command
from game.level import load_level
from game.render import ASSETS_DIR, Art, AssetError, Hud, WorldView, palette, read_hud, view_offset
from game.sim import World
from game.system.facts import Recognised
from tests.mapmaker import MapObject, basic_objects, camera, court_door, open_rows, write_map

SIZE = (1280, 720)
CAMERA = camera("C-1", 10.5, 5.5, kind="lamp", facing=0, fov=60, reach=6)


@pytest.fixture(scope="module")
def level(tmp_path_factory):
    objects = [*basic_objects(), court_door(15, 2), CAMERA, MapObject("bin", 3.5, 6.5, name="B1")]
    return load_level(write_map(tmp_path_factory.mktemp("map"), open_rows(20, 10), objects))


def _state(world: World) -> tuple:
    """Everything drawing could change by mistake."""
    return (world.tick, world.player.x, world.player.y, world.cameras.meter.tobytes(),
            world.cameras.tracking.tobytes(), world.cameras.angle.tobytes(), len(world.events),
            len(world.system.notices), world.system.shown_pass, world.system.true_pass)


# --- assets -----------------------------------------------------------------------------------


def _copy_assets(tmp_path: Path) -> Path:
    target = tmp_path / "assets"
    shutil.copytree(ASSETS_DIR / "fonts", target / "fonts")
    shutil.copytree(ASSETS_DIR / "sprites", target / "sprites")
    return target


@pytest.mark.parametrize("relative", ["sprites/player.png", "fonts/AtkinsonHyperlegible-Bold.ttf"])
def test_missing_asset_names_the_file(art, tmp_path, relative):
    assets = _copy_assets(tmp_path)
    (assets / relative).unlink()
    with pytest.raises(AssetError) as caught:
        Art.load(assets)
    message = str(caught.value)
    assert Path(relative).name in message and "\n" not in message


@pytest.mark.parametrize("relative", ["sprites/bin.png", "fonts/AtkinsonHyperlegible-Regular.ttf"])
def test_corrupt_asset_names_the_file(art, tmp_path, relative):
    assets = _copy_assets(tmp_path)
    (assets / relative).write_bytes(b"this is not an image or a font")
    with pytest.raises(AssetError) as caught:
        Art.load(assets)
    message = str(caught.value)
    assert Path(relative).name in message and "\n" not in message


def test_fonts_scale_with_the_window(art):
    assert art.font_size("body", 1080) > art.font_size("body", 720) >= 26
    assert art.font("body", 720) is art.font("body", 720)


# --- the view ---------------------------------------------------------------------------------


def test_view_follows_the_player_and_stays_inside_the_map(level):
    big = type(level)(**{**level.__dict__, "width": 100, "height": 60})
    assert view_offset(big, 0.0, 0.0, SIZE) == (0, 0)
    assert view_offset(big, 99.0, 59.0, SIZE) == (SIZE[0] - 100 * 32, SIZE[1] - 60 * 32)
    assert view_offset(big, 50.0, 30.0, SIZE) == (SIZE[0] // 2 - 1600, SIZE[1] // 2 - 960)
    assert view_offset(level, 2.0, 2.0, SIZE) == ((SIZE[0] - 640) // 2, (SIZE[1] - 320) // 2)


def _without(level, *fields: str):
    """The level with some of its things taken away (cameras, spots...), to draw the difference."""
    return type(level)(**{**level.__dict__, **{name: () for name in fields}})


def _frame(art: Art, world: World, size: tuple[int, int] = SIZE) -> np.ndarray:
    """One whole frame of a fresh view (no HUD), as an array of pixels."""
    surface = pygame.Surface(size)
    WorldView(art, world.level).draw(surface, world)
    return pygame.surfarray.array3d(surface).astype(np.int16)


def test_the_map_is_what_pyscroll_draws(art, level):
    """The view paints the map from pyscroll's tile data onto its own canvas: it must match what
    pyscroll's own renderer draws for the same view, everywhere but the sprites."""
    bare = _without(level, "cameras", "spots", "gates", "crossings", "officers")
    world = World(bare, 1)
    big = (900, 300)  # smaller than the map one way, larger the other: both edges of the view code
    for size in (SIZE, big):
        frame = _frame(art, world, size)
        offset = view_offset(bare, world.player.x, world.player.y, size)
        fits = bare.width * 32 >= size[0] and bare.height * 32 >= size[1]
        renderer = __import__("pyscroll").BufferedRenderer(art.map_data(bare), size, clamp_camera=fits)
        renderer.center((size[0] // 2 - offset[0], size[1] // 2 - offset[1]))
        expected = pygame.Surface(size)
        renderer.draw(expected, expected.get_rect())
        inside = pygame.Rect(offset, (bare.width * 32, bare.height * 32))
        margins = pygame.Surface(size)
        margins.fill(palette.BACKGROUND)
        margins.blit(expected, inside, inside)  # a map smaller than the window has calm margins
        expected = margins
        reference = pygame.surfarray.array3d(expected).astype(np.int16)
        differs = np.abs(frame - reference).sum(axis=2) > 0
        # Only the court marker and the player may differ.
        for x, y in (bare.court.area.centre, (world.player.x, world.player.y)):
            cx, cy = round(x * 32 + offset[0]), round(y * 32 + offset[1])
            differs[max(cx - 40, 0):cx + 40, max(cy - 40, 0):cy + 40] = False
        assert not differs.any(), np.argwhere(differs)[:5]


@pytest.mark.parametrize("tracking", [False, True])
def test_cone_is_drawn_exactly_where_it_detects(art, level, tracking):
    """Every pixel the cone tints lies inside the polygon that detects, and every pixel well inside
    it is tinted: drawn with the camera against drawn without it."""
    world = World(level, 1)
    if tracking:
        world.player.x, world.player.y = 13.0, 5.5
        world.step(Command())
    assert bool(world.cameras.tracking[0]) == tracking
    with_cone = _frame(art, world)
    alone = World(_without(level, "cameras"), 1)
    alone.player.x, alone.player.y, alone.player.facing_x, alone.player.facing_y = (
        world.player.x, world.player.y, world.player.facing_x, world.player.facing_y)
    tinted = np.abs(with_cone - _frame(art, alone)).sum(axis=2) > 0
    offset = view_offset(level, world.player.x, world.player.y, SIZE)
    cone = world.cameras.cone(0)

    def inside(px: float, py: float) -> bool:
        return cone.contains((px + 0.5 - offset[0]) / 32, (py + 0.5 - offset[1]) / 32)

    cx, cy = round(10.5 * 32 + offset[0]), round(5.5 * 32 + offset[1])
    player = (round(world.player.x * 32 + offset[0]), round(world.player.y * 32 + offset[1]))
    sprites = [pygame.Rect(cx - 26, cy - 26, 52, 52),  # the camera's icon, and its ring while tracking
               pygame.Rect(player[0] - 24, player[1] - 24, 48, 48),
               pygame.Rect(15 * 32 + offset[0], 2 * 32 + offset[1], 32, 32)]  # the court door
    checked = {True: 0, False: 0}
    for px in range(cx - 40, cx + 6 * 32 + 8, 3):
        for py in range(cy - 6 * 32, cy + 6 * 32, 3):
            if any(sprite.collidepoint(px, py) for sprite in sprites):
                continue  # drawn over the cone in both frames
            verdict = inside(px, py)
            near_edge = any(inside(px + dx, py + dy) != verdict for dx in (-1, 0, 1) for dy in (-1, 0, 1))
            if near_edge:
                continue
            assert tinted[px, py] == verdict, (px, py, verdict)
            checked[verdict] += 1
    assert checked[True] > 500 and checked[False] > 500


def test_tracking_cone_turns_amber(art, level):
    world = World(level, 1)
    world.player.x, world.player.y = 13.0, 5.5
    world.step(Command())
    surface = pygame.Surface(SIZE)
    offset = WorldView(art, level).draw(surface, world)
    x, y = round(12.0 * 32 + offset[0]), round(5.0 * 32 + offset[1])
    red, _, blue = surface.get_at((x, y))[:3]
    assert red > blue, "amber, not cyan"


def test_two_cameras_tint_twice(art, level):
    """Where two calm cones overlap, the street is tinted by both: darker than under one."""
    twin = camera("C-2", 10.5, 5.5, kind="lamp", facing=0, fov=60, reach=6)
    doubled = type(level)(**{**level.__dict__, "cameras": (*level.cameras, *_twin(level, twin))})
    world, once = World(doubled, 1), World(level, 1)
    offset = view_offset(level, world.player.x, world.player.y, SIZE)
    x, y = round(14.0 * 32 + offset[0]), round(5.7 * 32 + offset[1])
    bare = _frame(art, World(_without(level, "cameras"), 1))[x, y]
    one, two = _frame(art, once)[x, y], _frame(art, world)[x, y]
    assert np.abs(one - bare).sum() > 0 and np.abs(two - bare).sum() > np.abs(one - bare).sum()


def _twin(level, spec: MapObject):
    """The level's camera again under another label (a second camera on the same pole)."""
    original = level.cameras[0]
    return (type(original)(**{**original.__dict__, "label": spec.name}),)


def test_kept_frames_equal_whole_frames():
    """Drawing only what changed (scrolled picture, turned cones, gates and lights, sprites, the
    HUD and whatever else the caller drew over it, nothing under the HUD cards' opaque middles)
    gives the same pixels as drawing everything, frame after frame, while the bot walks Hearing Day
    and the cameras sweep."""
    from game.sim.bot import Bot

    level = load_level(Path(__file__).resolve().parents[1] / "levels" / "hearing_day.tmx")
    kept_art, whole_art = Art.load(), Art.load()  # each view keeps its own canvas
    kept_view, whole_view = WorldView(kept_art, level), WorldView(whole_art, level)
    kept_hud, whole_hud = Hud(kept_art), Hud(whole_art)
    world, bot = World(level, 3), Bot(level, 3)
    kept, whole = pygame.Surface(SIZE), pygame.Surface(SIZE)
    rng = np.random.default_rng(5)
    overdrawn: list[pygame.Rect] | None = None
    compared = tracked = 0
    for tick in range(1500):
        world.step(bot.command(world))
        if tick % 3:
            continue
        solid = kept_hud.solid(kept, world)
        offset = kept_view.draw(kept, world, overdrawn, solid)
        overdrawn = kept_hud.draw(kept, world, offset)
        whole_hud.draw(whole, world, whole_view.draw(whole, world))
        assert pygame.surfarray.array3d(kept).tobytes() == pygame.surfarray.array3d(whole).tobytes(), tick
        compared += 1
        tracked += bool(world.cameras.tracking.any())
        for _ in range(2):  # anything else the caller draws over the picture, and says where
            rect = pygame.Rect(*rng.integers(0, 1200, 1), *rng.integers(0, 650, 1), 80, 60)
            overdrawn.append(kept.fill((255, 0, 255), rect))
    assert compared == 500 and tracked > 0


def test_a_view_redraws_whole_after_another_view_drew(art, level):
    """Two views share the art's canvas: the one that finds the other's picture draws everything."""
    world = World(level, 1)
    first, second = WorldView(art, level), WorldView(art, level)
    surface = pygame.Surface(SIZE)
    first.draw(surface, world)
    second.draw(surface, world)
    surface.fill((255, 0, 255))
    first.draw(surface, world, overdrawn=[])
    assert not (pygame.surfarray.array3d(surface) == (255, 0, 255)).all(axis=2).any()


def test_cameras_off_screen_are_skipped(art, level):
    world = World(level, 1)
    view = WorldView(art, level)
    assert list(view.cameras_in_reach(world, (0, 0), SIZE)) == [0]
    assert list(view.cameras_in_reach(world, (-5000, 0), SIZE)) == []


def test_the_view_says_which_cameras_it_drew(art, tmp_path):
    """On screen is what the window showed: a camera whose icon was drawn, not one whose cone
    alone reaches in from beyond the edge, nor one out of sight."""
    far = camera("C-2", 60.5, 5.5, kind="lamp", facing=180, fov=60, reach=38)  # reaches x = 22.5
    objects = [*basic_objects(), court_door(15, 2), CAMERA, far]
    level = load_level(write_map(tmp_path, open_rows(120, 10), objects))
    world, view = World(level, 1), WorldView(art, level)
    assert view.drawn_cameras == frozenset()
    offset = view.draw(pygame.Surface(SIZE), world)
    assert view.cone_points(world, 1, offset)[:, 0].min() < SIZE[0], "C-2's cone reaches the window"
    assert view.drawn_cameras == {"C-1"}, "its icon does not"
    world.player.x = 60.0
    view.draw(pygame.Surface(SIZE), world)
    assert view.drawn_cameras == {"C-2"}


def test_drawing_changes_no_state(art, level):
    world = World(level, 1)
    world.player.x, world.player.y = 13.0, 5.5
    for _ in range(10):
        world.step(Command())
    before = _state(world)
    surface = pygame.display.get_surface()
    view, hud = WorldView(art, level), Hud(art)
    for _ in range(3):
        offset = view.draw(surface, world)
        hud.draw(surface, world, offset)
    assert _state(world) == before


# --- the HUD ----------------------------------------------------------------------------------


def _badge_colours(art, world: World) -> set[str]:
    """Which pass colours appear in the HUD's phone badge (top right)."""
    surface = pygame.Surface(SIZE)
    Hud(art).draw(surface, world, WorldView(art, world.level).draw(surface, world))
    badge = pygame.surfarray.array3d(surface)[SIZE[0] - 420:, :140].reshape(-1, 3)
    return {name for name, rgb in palette.PASS_COLOURS.items() if (badge == rgb).all(axis=1).any()}


def test_hud_shows_the_pass_as_last_seen_not_the_true_one(art, level):
    world = World(level, 1)
    # A camera near the court sees a relative of a detainee: a hidden rule turns the pass yellow.
    court_x, court_y = level.court.area.centre
    lamp = next(camera for camera in level.cameras if camera.kind == "lamp")
    world.system.report(world.now, Recognised(lamp, court_x, court_y, 0.9, "walking"))
    assert world.system.true_pass == "yellow"
    assert read_hud(world).shown_pass == "green"
    assert _badge_colours(art, world) == {"green"}
    world.step(Command(look_at_phone=True))
    assert read_hud(world).shown_pass == "yellow"
    assert _badge_colours(art, world) == {"yellow"}


def test_score_caption_and_act_hint(art, level):
    world = World(level, 1)
    world.player.x, world.player.y = 3.5, 6.0
    assert read_hud(world).act == "bin"
    world.step(Command(act=True))
    state = read_hud(world)
    assert state.caption is not None and state.caption.text == "waste_sorted"
    assert state.score == 1005 and state.act is None
    for _ in range(int(4.5 * 60)):
        world.step(Command())
    assert read_hud(world).caption is None


def test_meter_reads_the_tracking_cameras(level):
    world = World(level, 1)
    assert read_hud(world).meter == 0.0
    world.player.x, world.player.y = 13.0, 5.5
    for _ in range(20):
        world.step(Command())
    assert 0.0 < read_hud(world).meter == pytest.approx(float(world.cameras.meter[0]))


def test_hud_reads_at_both_window_sizes(art, level):
    world = World(level, 1)
    for size in ((1280, 720), (1920, 1080)):
        surface = pygame.Surface(size)
        offset = WorldView(art, level).draw(surface, world)
        Hud(art).draw(surface, world, offset)
    assert np.asarray(pygame.surfarray.array3d(surface)).any()


def test_surface_cache_holds_at_most_its_limit_and_keeps_the_recent():
    from game.render.cache import SurfaceCache

    cache = SurfaceCache(limit=3 * 100 * 100 * 4)  # three 100x100 surfaces
    for key in range(5):
        cache.put(key, pygame.Surface((100, 100), pygame.SRCALPHA))
        cache.get(0)  # 0 stays the most recently used
    assert cache.held <= cache.limit and len(cache) == 3
    assert cache.get(0) is not None and cache.get(4) is not None and cache.get(1) is None
    cache.put("big", pygame.Surface((400, 400)))  # larger than the limit alone: kept, the rest go
    assert len(cache) == 1 and cache.get("big") is not None
