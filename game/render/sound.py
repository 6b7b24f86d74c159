"""The few sounds: a shutter when a camera recognises you, a gate's beep or buzz, a soft chime, and
the phone's vibration when the pass changes without her being told (the HUD's phone shakes too).

Sound is optional and never the only cue (every sound has a picture on screen too), so a machine
with no audio device plays silently instead of failing. A missing or broken sound file is a broken
install, though, and ends like a missing sprite: one line naming the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pygame

from game.events import Event, GateScanned, Letter, Observed, PassChanged, ScoreChanged

SOUND_NAMES = ("shutter", "gate_ok", "gate_refused", "chime", "phone_buzz")


class SoundError(Exception):
    """A missing or unreadable sound file; the message is one line naming it."""


class Sounds:
    """Plays the sound that belongs to an event, at the player's volume."""

    def __init__(self, sounds: dict[str, pygame.mixer.Sound]) -> None:
        self._sounds = sounds
        self._volume = 0.8

    @classmethod
    def load(cls, folder: Path) -> Sounds:
        """Check every file; load them only if the mixer runs (no audio device: silence)."""
        for name in SOUND_NAMES:
            path = folder / f"{name}.wav"
            if not path.is_file():
                raise SoundError(f"{path}: missing sound")
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init()
        except pygame.error:
            return cls({})
        sounds: dict[str, pygame.mixer.Sound] = {}
        for name in SOUND_NAMES:
            path = folder / f"{name}.wav"
            try:
                sounds[name] = pygame.mixer.Sound(str(path))
            except (pygame.error, OSError) as error:
                raise SoundError(f"{path}: not a readable sound ({error})") from None
        return cls(sounds)

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = min(max(float(value), 0.0), 1.0)
        for sound in self._sounds.values():
            sound.set_volume(self._volume)

    def sound_for(self, event: Event) -> str | None:
        """Which sound an event makes, if any."""
        if isinstance(event, Observed):
            return "shutter"
        if isinstance(event, GateScanned):
            return "gate_ok" if event.result in ("passed", "entered") else "gate_refused"
        if isinstance(event, (ScoreChanged, Letter)):
            return "chime"
        if isinstance(event, PassChanged) and not event.told:
            return "phone_buzz"
        return None

    def play_for(self, events: Iterable[Event]) -> None:
        """Play each distinct sound these events make, once."""
        names = {name for name in map(self.sound_for, events) if name is not None}
        for name in names:
            sound = self._sounds.get(name)
            if sound is not None and self._volume > 0:
                sound.play()
