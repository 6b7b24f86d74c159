"""Sounds: which event makes which sound, the volume, and broken sound files as one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.events import GateScanned, Letter, Observed, PhoneLooked, ScoreChanged
from game.render import ASSETS_DIR, Art, AssetError
from game.render.sound import SOUND_NAMES, Sounds


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    copy = tmp_path / "assets"
    shutil.copytree(ASSETS_DIR, copy, ignore=shutil.ignore_patterns("src", "tiles"))
    return copy


@pytest.fixture(autouse=True)
def display():
    pygame.display.init()
    pygame.display.set_mode((64, 64))
    yield
    pygame.display.quit()


def test_events_map_to_sounds() -> None:
    sounds = Sounds({})
    assert sounds.sound_for(Observed(1, "08:00", "C-1", "lamp", 1.0, 1.0, 0.9, "walking")) == "shutter"
    assert sounds.sound_for(GateScanned(1, "08:00", "G1", "green", "passed")) == "gate_ok"
    sent_away = GateScanned(1, "08:00", "G1", "yellow", "sent_to_health_station")
    assert sounds.sound_for(sent_away) == "gate_refused"
    assert sounds.sound_for(GateScanned(1, "08:00", "G1", "red", "held")) == "gate_refused"
    assert sounds.sound_for(ScoreChanged(1, "08:00", 5, "waste_sorted", 1005)) == "chime"
    assert sounds.sound_for(Letter(1, "10:05", "Selected.")) == "chime"
    assert sounds.sound_for(PhoneLooked(1, "08:00", "green")) is None


def test_the_shipped_sounds_load_and_the_volume_is_clamped() -> None:
    art = Art.load()
    art.sounds.volume = 3.0
    assert art.sounds.volume == 1.0
    art.sounds.volume = -1
    assert art.sounds.volume == 0.0
    art.sounds.play_for([Observed(1, "08:00", "C-1", "lamp", 1.0, 1.0, 0.9, "walking")])  # silent, no error


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_a_missing_sound_is_one_line_naming_the_file(assets: Path, name: str) -> None:
    (assets / "sounds" / f"{name}.wav").unlink()
    with pytest.raises(AssetError) as caught:
        Art.load(assets)
    assert str(caught.value) == f"{assets / 'sounds' / name}.wav: missing sound"


def test_a_corrupt_sound_is_one_line_naming_the_file(assets: Path) -> None:
    broken = assets / "sounds" / "chime.wav"
    broken.write_bytes(b"RIFF\x00\x00not really a wave file")
    if not pygame.mixer.get_init():
        try:
            pygame.mixer.init()
        except pygame.error:
            pytest.skip("no mixer here, not even SDL's dummy audio driver")
    with pytest.raises(AssetError) as caught:
        Art.load(assets)
    message = str(caught.value)
    assert message.startswith(f"{broken}: not a readable sound") and "\n" not in message
