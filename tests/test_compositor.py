"""The compositor: every kept picture under one byte budget, and what the window still shows."""

from __future__ import annotations

import pygame

from game.render.compositor import Compositor


def picture(side: int) -> pygame.Surface:
    return pygame.Surface((side, side), pygame.SRCALPHA)  # 4 bytes a pixel


def test_the_parts_share_one_budget_and_the_least_recently_used_goes_first() -> None:
    one = 64 * 64 * 4
    compositor = Compositor(budget=3 * one)
    text, cones = compositor.part("text"), compositor.part("cones")
    first = text.put("a", picture(64))
    cones.put(1, (picture(64), 10, 20))  # a cone's image with its place: only the pixels count
    text.put("b", picture(64))
    assert compositor.held == 3 * one and (text.held, cones.held) == (2 * one, one)
    assert text.get("a") is first  # "a" is now the most recently used
    cones.put(2, (picture(64), 0, 0))
    assert cones.get(1) is None and text.get("a") is first, "the cone, least recently used, went"
    assert compositor.held == 3 * one and (len(text), len(cones)) == (2, 1)


def test_a_window_picture_is_made_once_per_size_and_the_old_one_goes_first() -> None:
    compositor = Compositor()
    made: list[tuple[int, int]] = []

    def make(size: tuple[int, int]) -> pygame.Surface:
        made.append(size)
        return pygame.Surface(size)

    layer = compositor.for_window("layer", (320, 180), make)
    assert compositor.for_window("layer", (320, 180), make) is layer
    larger = compositor.for_window("layer", (640, 360), make)
    assert made == [(320, 180), (640, 360)] and compositor.window("layer") is larger
    assert compositor.held == larger.get_pitch() * 360, "the old one went"


def test_window_pictures_stand_beside_the_budget_and_are_never_pushed_out() -> None:
    compositor = Compositor(budget=64 * 64 * 4)
    canvas = compositor.for_window("canvas", (128, 128), pygame.Surface)
    text = compositor.part("text")
    text.put("a", picture(64))
    text.put("b", picture(64))
    assert compositor.window("canvas") is canvas and len(text) == 1, "the text's own budget is full"
    assert compositor.held == canvas.get_pitch() * 128 + 64 * 64 * 4


def test_only_a_layer_drawn_alone_twice_finds_its_frame_kept_with_what_covered_it() -> None:
    compositor = Compositor()
    play, pause, elsewhere = object(), object(), object()
    hud = [pygame.Rect(0, 0, 10, 10)]
    compositor.begin((play,))
    assert compositor.kept(play) is None, "nothing was drawn before"
    compositor.drew_over(play, hud)
    compositor.drew_over(elsewhere, [pygame.Rect(5, 5, 1, 1)])  # not drawn this frame: not noted
    compositor.begin((play,))
    assert compositor.kept(play) == hud
    compositor.begin((play, pause))
    assert compositor.kept(play) is None
    compositor.begin((play,))
    assert compositor.kept(play) is None, "the pause menu was over it last frame"
    compositor.drew_over(play, hud)
    compositor.forget()  # a new window
    compositor.begin((play,))
    assert compositor.kept(play) is None
