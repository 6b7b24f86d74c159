"""Generate the sprites of the level "Here" into ``assets/sprites/``: the Dutch camera kinds, the
"registered" badge, the bus stop, the smart lamp post, the town-hall marker (the standing
officer, shared with the first level, is drawn by make_sprites.py).

Why: the same camera icon as the first level (a dark disc, a lens looking east) with each kind's
emblem, so a player who knows one city reads the other; who owns a camera is not drawn here but a
camera registered with the police gets the small police-blue badge on top (the game overlays
``registered_badge.png``, 16x16, at the icon's upper right). The smart lamp is drawn neutral, with
a white lamp head, because the game tints its light with the street's tension reading.
Run: ``SDL_VIDEODRIVER=dummy python assets/src/make_sprites_here.py`` (the first level's sprites,
from make_sprites.py, are not touched).
"""

from __future__ import annotations

import math

import pygame
from artkit import SCALE, Draw, M, c, camera, draw_object, init, write_sprites

POLICE_BLUE = (38, 66, 128)
PLATE_YELLOW = (236, 196, 60)
EU_BLUE = (40, 70, 150)


def badge_doorbell(s: pygame.Surface) -> None:
    """A video doorbell: a tall rounded unit with a round lens on top and the bell button below."""
    unit = pygame.Rect(M - 15, M - 48, 30, 58)
    pygame.draw.rect(s, c("camera_light"), unit, border_radius=12)
    pygame.draw.circle(s, c("camera"), (M, M - 34), 9)
    pygame.draw.circle(s, c("cyan"), (M, M - 34), 4)
    pygame.draw.circle(s, c("amber"), (M, M - 8), 8)
    pygame.draw.circle(s, c("camera_light"), (M, M - 8), 3)


def badge_shop(s: pygame.Surface) -> None:
    """A shop front under a striped awning."""
    pygame.draw.rect(s, c("camera_light"), (M - 34, M - 28, 68, 34), border_radius=3)
    pygame.draw.rect(s, c("glass"), (M - 28, M - 20, 24, 22))
    pygame.draw.rect(s, c("door"), (M + 6, M - 20, 20, 26))
    for i in range(5):
        col = c("red") if i % 2 == 0 else c("camera_light")
        pygame.draw.polygon(
            s,
            col,
            [
                (M - 40 + i * 16, M - 46),
                (M - 24 + i * 16, M - 46),
                (M - 24 + i * 16, M - 30),
                (M - 40 + i * 16, M - 30),
            ],
        )


def badge_counting(s: pygame.Surface) -> None:
    """People as the counting cameras show them: anonymous dots, and a tally."""
    for dx, dy in ((-26, -34), (-6, -22), (14, -36), (28, -16), (-30, -10), (6, -2)):
        pygame.draw.circle(s, c("camera_light"), (M + dx, M + dy), 7)
    pygame.draw.rect(s, c("amber"), (M - 36, M - 50, 72, 62), 4, border_radius=6)


def camera_sound(s: pygame.Surface) -> None:
    """A sound sensor: not a camera but a microphone capsule on the disc, with sound waves."""
    pygame.draw.circle(s, c("camera_light"), (M, M), 58)
    pygame.draw.circle(s, c("camera"), (M, M), 52)
    pygame.draw.rect(s, c("camera_light"), (M - 13, M - 36, 26, 44), border_radius=13)
    for y in range(M - 28, M + 4, 8):
        pygame.draw.line(s, c("camera"), (M - 8, y), (M + 8, y), 2)
    pygame.draw.arc(s, c("camera_light"), (M - 22, M - 20, 44, 44), math.pi, 2 * math.pi, 4)
    pygame.draw.line(s, c("camera_light"), (M, M + 24), (M, M + 36), 5)
    pygame.draw.line(s, c("camera_light"), (M - 14, M + 36), (M + 14, M + 36), 5)
    for r in (30, 40):
        pygame.draw.arc(s, c("amber"), (M - r, M - 14 - r, 2 * r, 2 * r), -0.6, 0.6, 4)
        pygame.draw.arc(s, c("amber"), (M - r, M - 14 - r, 2 * r, 2 * r), math.pi - 0.6, math.pi + 0.6, 4)


def badge_anpr(s: pygame.Surface) -> None:
    """A number-plate camera: a gantry over a yellow Dutch plate with its blue strip."""
    pygame.draw.rect(s, c("camera_light"), (M - 42, M - 48, 84, 8))
    plate = pygame.Rect(M - 34, M - 32, 68, 24)
    pygame.draw.rect(s, PLATE_YELLOW, plate, border_radius=4)
    pygame.draw.rect(
        s,
        EU_BLUE,
        (plate.x, plate.y, 12, plate.height),
        border_top_left_radius=4,
        border_bottom_left_radius=4,
    )
    for i in range(4):
        x = plate.x + 18 + i * 12
        pygame.draw.rect(s, c("camera"), (x, plate.y + 6, 7, 12), border_radius=1)


def registered_badge(s: pygame.Surface) -> None:
    """A police-blue shield with a small white camera: registered with the police (Camera in Beeld)."""
    m = s.get_width() // 2
    top, bottom, half = 2, s.get_height() - 2, m - 3
    shield = [
        (m - half, top + 8),
        (m, top),
        (m + half, top + 8),
        (m + half, m + 4),
        (m, bottom),
        (m - half, m + 4),
    ]
    pygame.draw.polygon(s, (255, 255, 255), shield)  # a white rim, so it reads on any icon
    inner = [(m + (x - m) * 0.8, m + (y - m) * 0.8) for x, y in shield]
    pygame.draw.polygon(s, POLICE_BLUE, inner)
    body = pygame.Rect(m - 14, m - 10, 20, 14)
    pygame.draw.rect(s, (255, 255, 255), body, border_radius=3)
    pygame.draw.polygon(
        s,
        (255, 255, 255),
        [
            (body.right, body.centery - 3),
            (body.right + 8, body.y - 2),
            (body.right + 8, body.bottom + 2),
            (body.right, body.centery + 3),
        ],
    )
    pygame.draw.circle(s, POLICE_BLUE, (body.x + 7, body.centery), 3)


def bus_stop(s: pygame.Surface) -> None:
    """A bus shelter seen from above (glass roof on a frame) and the round stop sign with a bus."""
    shelter = pygame.Rect(M - 54, M - 6, 108, 40)
    pygame.draw.rect(s, (*c("glass"), 255), shelter, border_radius=6)
    pygame.draw.rect(s, c("fence"), shelter, 5, border_radius=6)
    pygame.draw.line(s, c("fence"), (shelter.centerx, shelter.y), (shelter.centerx, shelter.bottom), 3)
    pygame.draw.line(
        s, c("camera_light"), (shelter.x + 12, shelter.y + 10), (shelter.x + 36, shelter.y + 10), 3
    )
    sign = (M - 24, M - 30)
    pygame.draw.line(s, c("fence"), sign, (sign[0], M - 6), 5)
    pygame.draw.circle(s, c("amber"), sign, 24)
    pygame.draw.circle(s, c("camera"), sign, 24, 4)
    bus = pygame.Rect(sign[0] - 14, sign[1] - 10, 28, 18)
    pygame.draw.rect(s, c("camera"), bus, border_radius=4)
    pygame.draw.rect(s, c("amber"), (bus.x + 4, bus.y + 4, 20, 6))
    pygame.draw.circle(s, c("camera"), (bus.x + 6, bus.bottom + 1), 4)
    pygame.draw.circle(s, c("camera"), (bus.right - 6, bus.bottom + 1), 4)


def smart_lamp(s: pygame.Surface) -> None:
    """A street lamp from above: the pole's foot, the arm and a white lamp head (tinted in game)."""
    foot = (M - 30, M + 30)
    pygame.draw.circle(s, c("fence"), foot, 12)
    pygame.draw.line(s, c("fence"), foot, (M + 4, M - 4), 9)
    head = pygame.Rect(M - 18, M - 34, 48, 48)
    pygame.draw.ellipse(s, c("fence"), head)
    pygame.draw.ellipse(s, (250, 250, 246), head.inflate(-12, -12))
    pygame.draw.ellipse(s, (255, 255, 255), (head.x + 12, head.y + 10, 14, 10))


def townhall_marker(s: pygame.Surface) -> None:
    """The goal: a Dutch town hall front (a stepped gable, a tower) on the amber disc."""
    pygame.draw.circle(s, c("amber"), (M, M), 58)
    ink = c("camera")
    pygame.draw.rect(s, ink, (M - 40, M - 6, 80, 40))
    steps = [
        (M - 40, M - 6),
        (M - 40, M - 14),
        (M - 30, M - 14),
        (M - 30, M - 22),
        (M - 20, M - 22),
        (M - 20, M - 30),
        (M + 20, M - 30),
        (M + 20, M - 22),
        (M + 30, M - 22),
        (M + 30, M - 14),
        (M + 40, M - 14),
        (M + 40, M - 6),
    ]
    pygame.draw.polygon(s, ink, steps)
    pygame.draw.rect(s, ink, (M - 8, M - 44, 16, 16))
    pygame.draw.polygon(s, ink, [(M - 10, M - 44), (M, M - 56), (M + 10, M - 44)])
    for x in (M - 30, M - 14, M + 6, M + 22):
        pygame.draw.rect(s, c("amber"), (x, M + 2, 8, 12), border_radius=3)
    pygame.draw.rect(s, c("amber"), (M - 6, M + 18, 12, 16), border_radius=3)
    pygame.draw.circle(s, c("amber"), (M, M - 16), 5)


SPRITES: dict[str, Draw] = {
    "camera_doorbell": camera(badge_doorbell),
    "camera_shop": camera(badge_shop),
    "camera_counting": camera(badge_counting),
    "camera_sound": camera_sound,
    "camera_anpr": camera(badge_anpr),
    "bus_stop": bus_stop,
    "smart_lamp": smart_lamp,
    "townhall_marker": townhall_marker,
}
BADGE = 16  # the registered badge is drawn small, to sit on a camera icon's corner


def main() -> None:
    init()
    out = write_sprites(SPRITES)
    badge = draw_object(BADGE, BADGE, registered_badge, shadow=False)
    pygame.image.save(badge, str(out / "registered_badge.png"))
    print(
        f"wrote {len(SPRITES) + 1} sprites to {out} (registered_badge.png at {BADGE}x{BADGE}, 4x = {SCALE})"
    )


if __name__ == "__main__":
    main()
