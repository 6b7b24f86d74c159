"""Drawing state: the map, the cones, the sprites, the HUD and the phone; pure readers of the world.

The app makes one :class:`Art` after the display exists (``Art.load()``) and hands it to the screens
through its context; the play screen draws with a :class:`WorldView` and a :class:`Hud`. The art's
:class:`Compositor` keeps every picture they draw from and knows what the window still shows.
"""

from __future__ import annotations

from game.render.art import ASSETS_DIR, Art, AssetError
from game.render.compositor import Compositor
from game.render.hud import Hud, HudState, read_hud
from game.render.world_view import WorldView, view_offset

__all__ = ["ASSETS_DIR", "Art", "AssetError", "Compositor", "Hud", "HudState", "WorldView", "read_hud",
           "view_offset"]
