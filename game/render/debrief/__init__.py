"""'Your file', the debrief: the page (``page``), the what-if of two files side by side (``whatif``),
both as pictures (``export``), and the one model they all draw (``model``: a run's
``game.system.debrief.Debrief``, built once when the run ends)."""

from __future__ import annotations

from game.render.debrief.export import offscreen_art, render_comparison_png, render_debrief_png, save_picture
from game.render.debrief.model import file_of, file_of_run
from game.render.debrief.page import PAGE_LINES, draw_file, on_page, page_art, timeline_length
from game.render.debrief.whatif import draw_comparison, preset_labels

__all__ = [
    "PAGE_LINES",
    "draw_comparison",
    "draw_file",
    "file_of",
    "file_of_run",
    "offscreen_art",
    "on_page",
    "page_art",
    "preset_labels",
    "render_comparison_png",
    "render_debrief_png",
    "save_picture",
    "timeline_length",
]
