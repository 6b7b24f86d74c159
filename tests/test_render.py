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
from tests.mapmaker import MapObject, basic_objects, camera, court_door, open_rows, write_map

SIZE = (1280, 720)
CAMERA = camera("C-1", 10.5, 5.5, kind="lamp", facing=0, fov=60, reach=6)


@pytest.fixture(scope="module")
def art() -> Art:
    pygame.display.init()
    pygame.display.set_mode(SIZE)
    return Art.load()


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


def test_map_and_cones_share_one_offset(art, level):
    world = World(level, 1)
    view = WorldView(art, level)
    surface = pygame.Surface(SIZE)
    offset = view.draw(surface, world)
    assert art.map_renderer(level, SIZE).get_center_offset() == offset


@pytest.mark.parametrize("tracking", [False, True])
def test_cone_is_drawn_exactly_where_it_detects(art, level, tracking):
    world = World(level, 1)
    if tracking:
        world.player.x, world.player.y = 13.0, 5.5
        world.step(Command())
    assert bool(world.cameras.tracking[0]) == tracking
    view = WorldView(art, level)
    surface = pygame.Surface(SIZE)
    surface.fill((0, 0, 0))
    offset = view.offset(world, SIZE)
    view.draw_cones(surface, world, offset)
    pixels = pygame.surfarray.array3d(surface)
    cone = world.cameras.cone(0)

    def inside(px: float, py: float) -> bool:
        return cone.contains((px + 0.5 - offset[0]) / 32, (py + 0.5 - offset[1]) / 32)

    cx, cy = round(10.5 * 32 + offset[0]), round(5.5 * 32 + offset[1])
    checked = {True: 0, False: 0}
    for px in range(cx - 40, cx + 6 * 32 + 8, 3):
        for py in range(cy - 6 * 32, cy + 6 * 32, 3):
            verdict = inside(px, py)
            near_edge = any(inside(px + dx, py + dy) != verdict for dx in (-1, 0, 1) for dy in (-1, 0, 1))
            if near_edge:
                continue
            tinted = bool(pixels[px, py].any())
            assert tinted == verdict, (px, py, verdict)
            checked[verdict] += 1
    assert checked[True] > 500 and checked[False] > 500


def test_tracking_cone_turns_amber(art, level):
    world = World(level, 1)
    world.player.x, world.player.y = 13.0, 5.5
    world.step(Command())
    view = WorldView(art, level)
    surface = pygame.Surface(SIZE)
    surface.fill((0, 0, 0))
    offset = view.offset(world, SIZE)
    view.draw_cones(surface, world, offset)
    x, y = round(12.0 * 32 + offset[0]), round(5.0 * 32 + offset[1])
    red, _, blue = surface.get_at((x, y))[:3]
    assert red > blue, "amber, not cyan"


def test_cameras_off_screen_are_skipped(art, level):
    world = World(level, 1)
    view = WorldView(art, level)
    assert list(view.cameras_on_screen(world, (0, 0), SIZE)) == [0]
    assert list(view.cameras_on_screen(world, (-5000, 0), SIZE)) == []


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
    world.system.observed(world.tick, world.clock_text, camera="C-1", camera_kind="lamp",
                          x=court_x, y=court_y, confidence=0.9, inferred="walking")
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
