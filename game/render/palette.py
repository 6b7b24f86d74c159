"""One palette for everything drawn in code, matching the generated art (``assets/src/artkit.py``).

Why: the city is muted greys and greens, people are warm, camera cones are a cool cyan and turn
amber while tracking; the pass uses green, yellow and red, always with a symbol beside the colour.
"""

from __future__ import annotations

Colour = tuple[int, int, int]

BACKGROUND: Colour = (206, 202, 193)
INK: Colour = (34, 38, 44)  # text on light panels
INK_SOFT: Colour = (88, 94, 102)
PAPER: Colour = (246, 243, 236)  # HUD panels
PAPER_DARK: Colour = (40, 44, 52)  # panels over the map when text is light
TEXT_LIGHT: Colour = (246, 243, 236)
SHADOW: Colour = (20, 24, 30)

CYAN: Colour = (92, 196, 212)
CYAN_EDGE: Colour = (56, 150, 172)
AMBER: Colour = (232, 170, 56)
AMBER_DARK: Colour = (170, 104, 24)
COURT_GOLD: Colour = (196, 150, 72)
COAT: Colour = (214, 102, 60)
DOOR: Colour = (146, 100, 70)
DOOR_FRAME: Colour = (96, 72, 56)

PASS_COLOURS: dict[str, Colour] = {
    "green": (78, 168, 96),
    "yellow": (232, 190, 56),
    "red": (212, 72, 60),
}
SCORE_UP: Colour = (60, 150, 84)
SCORE_DOWN: Colour = (200, 64, 52)

# Cone alphas: translucent enough to read the street under them, solid enough to read at a glance.
CONE_ALPHA = 80
CONE_EDGE_ALPHA = 170
TRACKING_ALPHA = 96
HATCH_ALPHA = 120
