"""Kept pictures in named parts that share one budget of bytes, not a count each.

Why: a kiosk runs for days. Text, cones, card pieces and the debrief's map come in sizes that depend
on the run (a debrief's cards are as tall as what they say), so caches bounded by count, each with
its own eviction, can grow by megabytes long after the start. Here every part counts toward one
limit; past it the least recently used picture goes, whichever part it is in.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterator
from typing import Any

import pygame


def picture_bytes(value: object) -> int:
    """The pixel bytes a kept value holds: a surface, or surfaces in a tuple or list (other parts
    of it, such as a place in pixels, count nothing)."""
    if isinstance(value, pygame.Surface):
        return value.get_pitch() * value.get_height()
    if isinstance(value, tuple | list):
        return sum(picture_bytes(item) for item in value)
    return 0


class SurfaceCache:
    """Pictures by (part, key); once all parts hold more than ``limit`` bytes, the least recently
    used go. ``get`` and ``put`` without a part use the unnamed part ``""``."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held = 0  # bytes of pixels held now, all parts together
        self._entries: OrderedDict[tuple[str, Hashable], tuple[Any, int]] = OrderedDict()
        self._held_by: Counter[str] = Counter()
        self._count: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self._entries)

    def part(self, name: str) -> CachePart:
        """One named part of the cache (text, cones...), as a cache of its own."""
        return CachePart(self, name)

    def get(self, key: Hashable, part: str = "") -> Any:
        entry_key = (part, key)
        entry = self._entries.get(entry_key)
        if entry is None:
            return None
        self._entries.move_to_end(entry_key)
        return entry[0]

    def put(self, key: Hashable, value: Any, part: str = "", nbytes: int | None = None) -> Any:
        """Keep ``value`` (a surface, or a tuple holding surfaces) under ``key`` in ``part``,
        dropping the oldest beyond the limit; returns it. ``nbytes``: what it holds, when it is
        neither (then it must be given)."""
        self._forget((part, key))
        size = picture_bytes(value) if nbytes is None else nbytes
        self._entries[(part, key)] = (value, size)
        self.held += size
        self._held_by[part] += size
        self._count[part] += 1
        while self.held > self.limit and len(self._entries) > 1:
            self._forget(next(iter(self._entries)))
        return value

    def held_by(self, part: str) -> int:
        """Bytes that one part holds now."""
        return self._held_by[part]

    def count(self, part: str) -> int:
        """Pictures that one part holds now."""
        return self._count[part]

    def keys(self, part: str) -> Iterator[Hashable]:
        """The keys one part holds, oldest first."""
        return iter([key for name, key in self._entries if name == part])

    def drop(self, part: str, key: Hashable | None = None) -> None:
        """Forget one picture of a part, or (no key) the whole part."""
        if key is not None:
            self._forget((part, key))
            return
        for entry in [entry for entry in self._entries if entry[0] == part]:
            self._forget(entry)

    def clear(self) -> None:
        self._entries.clear()
        self._held_by.clear()
        self._count.clear()
        self.held = 0

    def _forget(self, entry: tuple[str, Hashable]) -> None:
        kept = self._entries.pop(entry, None)
        if kept is not None:
            self.held -= kept[1]
            self._held_by[entry[0]] -= kept[1]
            self._count[entry[0]] -= 1


class CachePart:
    """A named part of a :class:`SurfaceCache`: its own keys, the shared budget."""

    __slots__ = ("cache", "get", "name")

    def __init__(self, cache: SurfaceCache, name: str) -> None:
        self.cache = cache
        self.name = name
        self.get = self._getter(cache, name)

    @staticmethod
    def _getter(cache: SurfaceCache, name: str) -> Callable[[Hashable], Any]:
        """``get`` for this part as one small closure: the world view asks for every calm cone every
        frame, and a call through the shared cache cost it a tenth of a millisecond a frame."""
        entries = cache._entries

        def get(key: Hashable) -> Any:
            entry_key = (name, key)
            entry = entries.get(entry_key)
            if entry is None:
                return None
            entries.move_to_end(entry_key)
            return entry[0]

        return get

    def __len__(self) -> int:
        return self.cache.count(self.name)

    @property
    def held(self) -> int:
        return self.cache.held_by(self.name)

    def put(self, key: Hashable, value: Any, nbytes: int | None = None) -> Any:
        return self.cache.put(key, value, self.name, nbytes)

    def __iter__(self) -> Iterator[Hashable]:
        """The keys it holds, oldest first."""
        return self.cache.keys(self.name)

    def drop(self, key: Hashable | None = None) -> None:
        self.cache.drop(self.name, key)
