"""Generate the game's few sounds with numpy: a soft shutter, a two-tone gate beep, a low refusal
buzz, a soft chime and the phone's vibration.

Why generated: sound is optional at a festival and never the only cue (DESIGN.md, "Look and feel"),
so a handful of short, quiet, synthetic sounds is enough, and a script keeps them reproducible and
free of licences. Run: ``python assets/src/make_sounds.py`` (writes ``assets/sounds/*.wav``).
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 44100
OUT = Path(__file__).resolve().parents[1] / "sounds"


def envelope(samples: int, attack: float, release: float) -> np.ndarray:
    """A linear attack and an exponential release, so nothing clicks."""
    t = np.arange(samples) / RATE
    rise = np.clip(t / max(attack, 1e-4), 0.0, 1.0)
    fall = np.exp(-np.maximum(t - attack, 0.0) / max(release, 1e-4))
    return rise * fall


def tone(frequency: float, seconds: float, *, attack: float = 0.005, release: float = 0.08) -> np.ndarray:
    samples = int(seconds * RATE)
    t = np.arange(samples) / RATE
    # A sine with a little of its octave: softer than a square, clearer than a bare sine.
    wave_form = np.sin(2 * np.pi * frequency * t) + 0.25 * np.sin(4 * np.pi * frequency * t)
    return wave_form * envelope(samples, attack, release)


def shutter() -> np.ndarray:
    """Two short filtered noise clicks: the camera recognised you."""
    rng = np.random.default_rng(7)
    click = rng.standard_normal(int(0.03 * RATE))
    click = np.convolve(click, np.ones(6) / 6, mode="same") * envelope(click.size, 0.001, 0.008)
    gap = np.zeros(int(0.045 * RATE))
    return np.concatenate([click, gap, 0.7 * click])


def gate_ok() -> np.ndarray:
    """Rising two-tone beep: the gate let you through."""
    return np.concatenate([tone(660, 0.11), np.zeros(int(0.02 * RATE)), tone(880, 0.16)])


def gate_refused() -> np.ndarray:
    """A low, rough buzz: refused, sent away or held."""
    samples = int(0.45 * RATE)
    t = np.arange(samples) / RATE
    buzz = np.sign(np.sin(2 * np.pi * 110 * t)) * 0.5 + np.sin(2 * np.pi * 113 * t) * 0.5
    return buzz * envelope(samples, 0.01, 0.2)


def chime() -> np.ndarray:
    """A soft chime: the score moved, or a message arrived."""
    return tone(988, 0.25, release=0.12) * 0.6 + tone(1319, 0.25, release=0.1) * 0.3


def phone_buzz() -> np.ndarray:
    """Two short, dull rattles, as a phone vibrating in a pocket: the pass changed, nobody said so."""
    samples = int(0.16 * RATE)
    t = np.arange(samples) / RATE
    rattle = np.sin(2 * np.pi * 165 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 28 * t))
    pulse = rattle * envelope(samples, 0.01, 0.06)
    return np.concatenate([pulse, np.zeros(int(0.08 * RATE)), pulse])


SOUNDS = {"shutter": shutter, "gate_ok": gate_ok, "gate_refused": gate_refused, "chime": chime,
          "phone_buzz": phone_buzz}
LOUDNESS = {"shutter": 0.35, "gate_ok": 0.3, "gate_refused": 0.3, "chime": 0.25, "phone_buzz": 0.3}


def write_wav(path: Path, samples: np.ndarray, loudness: float) -> None:
    peak = float(np.max(np.abs(samples))) or 1.0
    pcm = np.round(samples / peak * loudness * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        write_wav(OUT / f"{name}.wav", make(), LOUDNESS[name])
        print(f"wrote {OUT / name}.wav")


if __name__ == "__main__":
    main()
