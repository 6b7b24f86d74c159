"""Shortest routes over a level's tiles: the bot walks them, the debrief compares against them."""

from __future__ import annotations

import heapq

import numpy as np


def shortest_path(cost: np.ndarray, start: tuple[int, int], goals: set[tuple[int, int]]
                  ) -> list[tuple[int, int]]:
    """Dijkstra over 4-neighbour tiles from ``start`` to the cheapest of ``goals``; [] if none."""
    height, width = cost.shape
    best = {start: 0.0}
    came: dict[tuple[int, int], tuple[int, int]] = {}
    queue = [(0.0, start)]
    while queue:
        so_far, here = heapq.heappop(queue)
        if here in goals:
            path = [here]
            while path[-1] in came:
                path.append(came[path[-1]])
            return path[::-1]
        if so_far > best.get(here, np.inf):
            continue
        x, y = here
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < width and 0 <= ny < height:
                step = cost[ny, nx]
                if step == np.inf:
                    continue
                total = so_far + step
                if total < best.get((nx, ny), np.inf):
                    best[(nx, ny)] = total
                    came[(nx, ny)] = here
                    heapq.heappush(queue, (total, (nx, ny)))
    return []
