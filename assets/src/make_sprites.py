"""Generate the sprites in ``assets/sprites/``: people, camera icons, props and markers.

Why: sprites sit on top of the tiles, so each is drawn at 4x with a soft drop shadow (light from
the north-west) and smooth-scaled to 32x32, in the same palette as the city; people are warm so
they stand out from the muted greys and greens. Run with
``SDL_VIDEODRIVER=dummy python assets/src/make_sprites.py``.
"""

from __future__ import annotations

import pygame
from artkit import SCALE, Draw, M, S, c, camera, init, shift, write_sprites


def player_pose(step: int) -> Draw:
    """A woman seen from above, facing north (up): warm coat, scarf, dark hair in a bun, inside a
    light ring with a dark rim and a pointer where she faces, so she is found at once among the
    city's greys at 1280x720 and her heading reads without looking at her nose.
    ``step`` is the walk: 0 standing, 1 and -1 the left or the right foot forward."""

    def draw(s: pygame.Surface) -> None:
        rim, light = (34, 36, 44), (250, 246, 236)
        pygame.draw.polygon(s, rim, [(M - 22, M - 46), (M + 22, M - 46), (M, M - 64)])  # the pointer
        pygame.draw.circle(s, rim, (M, M), 58)  # the ring's dark rim
        pygame.draw.circle(s, light, (M, M), 53)  # the light ring
        pygame.draw.polygon(s, c("coat"), [(M - 14, M - 47), (M + 14, M - 47), (M, M - 59)])
        pygame.draw.circle(s, (34, 36, 44), (M, M), 45)
        pygame.draw.circle(s, c("marking"), (M, M), 43)
        for side in (-1, 1):  # feet: one forward, one back while walking
            forward = step * side * 12
            pygame.draw.ellipse(s, (40, 36, 40), (M + side * 16 - 8, M + 4 - forward - 12, 16, 26))
        swing = step * 6  # the arms swing against the feet
        pygame.draw.ellipse(s, c("coat_dark"), (M - 40, M - 14, 80, 46))  # shoulders and arms
        pygame.draw.ellipse(s, c("coat"), (M - 34, M - 18, 68, 44))
        pygame.draw.circle(s, c("skin"), (M - 36, M + 2 + swing), 9)  # hands
        pygame.draw.circle(s, c("skin"), (M + 36, M + 2 - swing), 9)
        pygame.draw.ellipse(s, c("scarf"), (M - 22, M - 20, 44, 16))
        pygame.draw.polygon(s, c("skin"), [(M - 9, M - 30), (M + 9, M - 30), (M, M - 42)])  # nose: facing
        pygame.draw.circle(s, c("skin"), (M, M - 14), 18)  # face, seen from above
        pygame.draw.circle(s, c("hair"), (M, M - 8), 18)  # hair covers the back of the head
        pygame.draw.circle(s, c("hair"), (M, M + 10), 8)  # bun

    return draw


OFFICER = 44  # officers are drawn larger than a tile (1.4x), so they read as people at 1280x720


def officer_figure(s: pygame.Surface, seated: bool) -> None:
    """An officer seen from above, facing south (towards the street or the player): a navy peaked
    cap with a black peak and a gold badge, light-blue shirt sleeves, a navy vest with a silver
    reflective band, inside a pale outline so the figure reads at a glance on dark roofs and
    light paving alike."""
    outline = (246, 244, 236)
    legs_y = M + 12 if seated else M + 16
    legs_h = 34 if seated else 22
    legs = [pygame.Rect(M - 23, legs_y, 18, legs_h), pygame.Rect(M + 5, legs_y, 18, legs_h)]
    for leg in legs:
        pygame.draw.rect(s, outline, leg.inflate(10, 10), border_radius=10)
    pygame.draw.ellipse(s, outline, (M - 54, M - 34, 108, 66))  # the outline round the shoulders
    pygame.draw.circle(s, outline, (M, M + 2), 31)
    for leg in legs:
        pygame.draw.rect(s, c("police_dark"), leg, border_radius=7)
        pygame.draw.ellipse(s, c("visor"), (leg.x, leg.bottom - 11, leg.width, 13))  # shoes
    pygame.draw.ellipse(s, c("shirt_dark"), (M - 49, M - 29, 98, 56))  # sleeves: the light-blue shirt
    pygame.draw.ellipse(s, c("shirt"), (M - 46, M - 27, 92, 50))
    pygame.draw.ellipse(s, c("police_dark"), (M - 34, M - 29, 68, 54))  # the vest over the shoulders
    pygame.draw.ellipse(s, c("police"), (M - 31, M - 27, 62, 48))
    pygame.draw.rect(s, c("reflective"), (M - 31, M + 2, 62, 8))  # the reflective band
    for side in (-1, 1):
        pygame.draw.circle(s, c("skin"), (M + side * 43, M + 16), 8)  # hands
        pygame.draw.rect(s, c("braid"), (M + side * 24 - 6, M - 22, 12, 7), border_radius=3)  # epaulettes
    pygame.draw.ellipse(s, c("visor"), (M - 20, M + 2, 40, 32))  # the peak, pointing south
    pygame.draw.arc(s, (110, 116, 132), (M - 14, M + 8, 28, 22), 3.6, 5.8, 3)  # its gloss
    pygame.draw.circle(s, c("police_dark"), (M, M - 6), 23)  # the cap's band
    pygame.draw.circle(s, c("police"), (M, M - 8), 19)  # the crown
    pygame.draw.circle(s, c("police_light"), (M - 7, M - 14), 7)
    badge = [(M, M + 1), (M + 6, M + 6), (M + 5, M + 13), (M, M + 16), (M - 5, M + 13), (M - 6, M + 6)]
    pygame.draw.polygon(s, c("braid"), badge)  # the cap badge, a gold shield above the peak
    pygame.draw.circle(s, shift(c("braid"), 30), (M, M + 8), 2)


def folding_chair(s: pygame.Surface) -> None:
    """A folding chair seen from above, deeper than the seated officer: a slatted wooden seat on
    a dark tube frame that shows round her legs, its feet at the corners, the backrest behind."""
    frame = c("chair_frame")
    seat = pygame.Rect(M - 38, M - 28, 76, 74)
    for x in (seat.x - 4, seat.right + 4):  # the frame's side tubes and feet
        pygame.draw.line(s, frame, (x, M - 50), (x, seat.bottom + 4), 6)
        for y in (M - 50, seat.bottom + 4):
            pygame.draw.circle(s, frame, (x, y), 6)
    pygame.draw.rect(s, frame, seat.inflate(6, 6), border_radius=8)
    for k in range(6):  # slats, running across
        pygame.draw.rect(s, shift(c("chair_seat"), 10 - 5 * k), (seat.x, seat.y + k * 12 + 1, seat.width, 10),
                         border_radius=3)
    pygame.draw.rect(s, frame, (M - 44, M - 58, 88, 16), border_radius=7)  # the backrest
    pygame.draw.rect(s, shift(c("chair_seat"), 14), (M - 38, M - 55, 76, 9), border_radius=4)


def enlarged(draw: Draw, size: int) -> Draw:
    """Draw at the tile's 4x canvas, then scale that canvas up to ``size`` pixels (still 4x), so a
    figure drawn for a tile is made larger without redrawing its shapes."""

    def draw_big(s: pygame.Surface) -> None:
        small = pygame.Surface((S, S), pygame.SRCALPHA)
        small.fill((0, 0, 0, 0))
        draw(small)
        s.blit(pygame.transform.smoothscale(small, (size * SCALE, size * SCALE)), (0, 0))

    return draw_big


def officer(s: pygame.Surface) -> None:
    """An officer on a folding chair at the front door."""
    folding_chair(s)
    officer_figure(s, seated=True)


def officer_standing(s: pygame.Surface) -> None:
    """An officer standing: at the door while they wait, at her side when she is held."""
    officer_figure(s, seated=False)


def badge_lamp(s: pygame.Surface) -> None:
    pygame.draw.rect(s, c("camera_light"), (M - 4, M - 40, 8, 50))
    pygame.draw.ellipse(s, c("amber"), (M - 20, M - 44, 40, 16))


def badge_tree(s: pygame.Surface) -> None:
    pygame.draw.rect(s, c("camera_light"), (M - 4, M - 14, 8, 22))
    pygame.draw.circle(s, c("green"), (M, M - 26), 20)


def badge_door(s: pygame.Surface) -> None:
    pygame.draw.rect(s, c("door"), (M - 16, M - 44, 32, 50), border_radius=3)
    pygame.draw.rect(s, c("camera_light"), (M - 16, M - 44, 32, 50), 4, border_radius=3)
    pygame.draw.circle(s, c("amber"), (M + 8, M - 18), 4)


def badge_gantry(s: pygame.Surface) -> None:
    pygame.draw.rect(s, c("camera_light"), (M - 40, M - 36, 80, 10))
    pygame.draw.rect(s, c("camera_light"), (M - 40, M - 36, 8, 44))
    pygame.draw.rect(s, c("camera_light"), (M + 32, M - 36, 8, 44))
    for x in (M - 22, M - 4, M + 14):
        pygame.draw.rect(s, c("amber"), (x, M - 24, 10, 10))


def badge_traffic(s: pygame.Surface) -> None:
    pygame.draw.rect(s, c("camera_light"), (M - 14, M - 46, 28, 54), border_radius=8)
    pygame.draw.circle(s, c("red"), (M, M - 34), 7)
    pygame.draw.circle(s, c("amber"), (M, M - 19), 7)
    pygame.draw.circle(s, c("green"), (M, M - 4), 7)


def badge_classroom(s: pygame.Surface) -> None:
    pygame.draw.rect(s, c("green"), (M - 34, M - 42, 68, 40), border_radius=4)  # blackboard
    pygame.draw.rect(s, c("camera_light"), (M - 34, M - 42, 68, 40), 4, border_radius=4)
    # a face with a question: emotion reading
    pygame.draw.circle(s, c("camera_light"), (M, M - 22), 11, 3)
    pygame.draw.circle(s, c("camera_light"), (M - 4, M - 25), 2)
    pygame.draw.circle(s, c("camera_light"), (M + 4, M - 25), 2)
    pygame.draw.arc(s, c("camera_light"), (M - 6, M - 22, 12, 8), 3.4, 6.0, 2)


def waste_bin(s: pygame.Surface) -> None:
    """Three bins side by side for sorting: rest, paper, plastic."""
    for i, col in enumerate(((98, 104, 110), (72, 112, 150), (200, 160, 60))):
        x = M - 48 + i * 33
        pygame.draw.rect(s, col, (x, M - 30, 30, 62), border_radius=6)
        pygame.draw.rect(s, tuple(max(0, v - 30) for v in col), (x, M - 30, 30, 14), border_radius=6)


def rack(s: pygame.Surface) -> None:
    """A bike rack: hoops, and one bike parked right."""
    for x in (M - 40, M - 8, M + 24):
        pygame.draw.rect(s, c("fence"), (x, M - 40, 10, 80), 5, border_radius=5)
    pygame.draw.line(s, c("fence"), (M - 52, M + 26), (M + 52, M + 26), 5)
    bike = c("coat_dark")
    pygame.draw.line(s, bike, (M - 2, M - 44), (M - 2, M + 44), 7)
    pygame.draw.line(s, bike, (M - 14, M - 30), (M + 10, M - 30), 5)  # handlebar
    pygame.draw.ellipse(s, (40, 40, 40), (M - 7, M + 24, 10, 24))
    pygame.draw.ellipse(s, (40, 40, 40), (M - 7, M - 48, 10, 24))


def gate(closed: bool) -> Draw:
    """A checkpoint barrier: post with a scanner, arm across (closed) or raised (open)."""

    def draw(s: pygame.Surface) -> None:
        pygame.draw.rect(s, c("camera"), (10, M - 18, 30, 36), border_radius=6)
        pygame.draw.rect(s, c("cyan"), (16, M - 10, 18, 12), border_radius=3)
        if closed:
            arm = pygame.Rect(36, M - 7, S - 46, 14)
            pygame.draw.rect(s, c("marking"), arm, border_radius=6)
            for x in range(arm.x + 12, arm.right - 8, 28):
                pygame.draw.rect(s, c("red"), (x, arm.y, 14, arm.height))
        else:
            arm = pygame.Rect(24, 8, 14, M - 20)
            pygame.draw.rect(s, c("marking"), arm, border_radius=6)
            for y in range(arm.y + 8, arm.bottom - 8, 22):
                pygame.draw.rect(s, c("green"), (arm.x, y, arm.width, 10))

    return draw


def traffic_light(colour: str) -> Draw:
    def draw(s: pygame.Surface) -> None:
        pygame.draw.rect(s, c("camera"), (M - 24, M - 52, 48, 104), border_radius=14)
        top, bottom = (c("red"), (60, 66, 70)) if colour == "red" else ((60, 66, 70), c("green"))
        pygame.draw.circle(s, top, (M, M - 24), 17)
        pygame.draw.circle(s, bottom, (M, M + 24), 17)
        lit = (M, M - 24) if colour == "red" else (M, M + 24)
        pygame.draw.circle(s, (255, 255, 255), (lit[0] - 6, lit[1] - 6), 5)

    return draw


def court_marker(s: pygame.Surface) -> None:
    """A classical building front: the court, the goal."""
    pygame.draw.circle(s, c("amber"), (M, M), 58)
    ink = c("camera")
    pygame.draw.polygon(s, ink, [(M - 40, M - 16), (M, M - 42), (M + 40, M - 16)])
    for x in (M - 32, M - 14, M + 4, M + 22):
        pygame.draw.rect(s, ink, (x, M - 12, 10, 40))
    pygame.draw.rect(s, ink, (M - 42, M + 28, 84, 10))


def health_marker(s: pygame.Surface) -> None:
    """A health cross on a pale disc: where a yellow pass is sent."""
    pygame.draw.circle(s, c("marking"), (M, M), 58)
    pygame.draw.circle(s, c("green"), (M, M), 58, 8)
    pygame.draw.rect(s, c("green"), (M - 12, M - 36, 24, 72), border_radius=4)
    pygame.draw.rect(s, c("green"), (M - 36, M - 12, 72, 24), border_radius=4)


SPRITES: dict[str, Draw] = {
    "player": player_pose(0),
    "player_walk_a": player_pose(1),
    "player_walk_b": player_pose(-1),
    "officer_chair": enlarged(officer, OFFICER),
    "officer_standing": enlarged(officer_standing, OFFICER),
    "camera_lamp": camera(badge_lamp),
    "camera_tree": camera(badge_tree),
    "camera_door": camera(badge_door),
    "camera_gantry": camera(badge_gantry),
    "camera_traffic": camera(badge_traffic),
    "camera_classroom": camera(badge_classroom),
    "bin": waste_bin,
    "rack": rack,
    "gate_open": gate(False),
    "gate_closed": gate(True),
    "traffic_red": traffic_light("red"),
    "traffic_green": traffic_light("green"),
    "court_marker": court_marker,
    "health_marker": health_marker,
}


def main() -> None:
    init()
    out = write_sprites(SPRITES, {name: OFFICER for name in SPRITES if name.startswith("officer")})
    print(f"wrote {len(SPRITES)} sprites to {out}")


if __name__ == "__main__":
    main()
