"""The player's and the facilitator's settings: one small JSON file in the data dir.

A kiosk runs for days with nobody watching, so a settings file never stops the game: a missing file
means the defaults, and a broken, unknown or half-wrong file (a FIFO, a link to a device, a number of
5000 digits, nesting thousands deep) means the defaults for what is wrong plus one line of notice for
the screen to show. It is read through ``game.level.untrusted``; a UTF-8 byte-order mark is fine.
Kiosk timings below a sane minimum are raised to it, so a typo cannot flip screens every frame.
Saving is atomic, so a crash or a pulled plug leaves either the old file or the new one.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeGuard

from game.level.untrusted import SETTINGS, UntrustedFileError, read_json

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1

LANGUAGES = ("en", "nl")
TEXT_SIZES = (100, 125, 150)
ACTIONS = ("up", "down", "left", "right", "run", "act", "phone", "pause", "confirm")
# pygame key names (pygame.key.name / pygame.key.key_code), so the file stays readable and editable.
DEFAULT_KEY_BINDINGS: dict[str, tuple[str, ...]] = {
    "up": ("w", "up"),
    "down": ("s", "down"),
    "left": ("a", "left"),
    "right": ("d", "right"),
    "run": ("left shift", "right shift"),
    "act": ("e",),
    "phone": ("tab",),
    "pause": ("escape",),
    "confirm": ("return", "space"),
}
MAX_DISPLAYS = 16  # more monitors than this on one PC is a typo
# No kiosk timing may exceed a day: a larger number is a typo, not a wish.
_LONGEST_TIMING_S = 24 * 3600
# The least each timing may be (seconds); a smaller one is raised to it, with a notice. A second is
# short for a person but long for the loop: no screen can flip every frame.
SHORTEST_TIMINGS_S = {
    "attract_after": 1.0,
    "attract_length": 1.0,
    "idle_reset": 1.0,
    "run_cap": 1.0,
    "chord_keyboard_hold": 0.5,
    "chord_gamepad_hold": 0.5,
    "out_of_order_retry_seconds": 10.0,
}


@dataclass(frozen=True)
class Settings:
    """Everything a player or facilitator may change; kiosk timings are in real seconds."""

    language: str | None = None  # None: follow the system's language
    volume: float = 0.8
    text_size: int = 100  # percent
    reduced_motion: bool = False
    high_contrast: bool = False  # cones get an outline and hatching, so colour is never the only cue
    key_bindings: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_KEY_BINDINGS))
    attract_after: float = 60.0  # title without input, then the attract loop
    attract_length: float = 45.0  # the bot plays this long, then the title again
    idle_reset: float = 90.0  # a run left idle this long returns to the title
    run_cap: float = 360.0  # a kiosk run ends as "too late" after this long
    chord_keyboard_hold: float = 2.0  # F10+F12
    chord_gamepad_hold: float = 3.0  # Back+Start
    display: int = 1  # the monitor for fullscreen, counted from 1 as the facilitator's menu lists them
    out_of_order_retry_seconds: float = 300.0  # the supervisor tries the game again after this long
    keep_runs: bool = True  # keep the latest runs' files in the data dir's runs/ (README, privacy)
    version: int = SETTINGS_VERSION


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


# --- checking one value -----------------------------------------------------------------------


class _Bad(ValueError):
    """A value that a field cannot take; the message says what the field wants."""


def _is_number(value: object) -> TypeGuard[float]:
    """JSON numbers only: true and false are ints to Python but not numbers to a person."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _language(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value in LANGUAGES:
        return value
    raise _Bad(f"one of {', '.join(LANGUAGES)} or null")


def _volume(value: object) -> float:
    if _is_number(value) and 0 <= value <= 1:
        return float(value)
    raise _Bad("a number from 0 to 1")


def _text_size(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value in TEXT_SIZES:
        return value
    raise _Bad(f"one of {', '.join(map(str, TEXT_SIZES))}")


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise _Bad("true or false")


def _seconds(value: object) -> float:
    if _is_number(value) and 0 < value <= _LONGEST_TIMING_S:
        return float(value)
    raise _Bad(f"seconds, more than 0 and at most {_LONGEST_TIMING_S}")


def _display(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_DISPLAYS:
        return value
    raise _Bad(f"a monitor's number, 1 to {MAX_DISPLAYS}")


def _keys(value: object) -> tuple[str, ...]:
    if (isinstance(value, (list, tuple)) and value
            and all(isinstance(name, str) and name.strip() for name in value)):
        return tuple(value)
    raise _Bad("a list of key names")


_CHECKS: dict[str, Callable[[object], Any]] = {
    "language": _language,
    "volume": _volume,
    "text_size": _text_size,
    "reduced_motion": _flag,
    "high_contrast": _flag,
    "attract_after": _seconds,
    "attract_length": _seconds,
    "idle_reset": _seconds,
    "run_cap": _seconds,
    "chord_keyboard_hold": _seconds,
    "chord_gamepad_hold": _seconds,
    "display": _display,
    "out_of_order_retry_seconds": _seconds,
    "keep_runs": _flag,
}


def _key_bindings(value: object, base: Mapping[str, tuple[str, ...]],
                  ignored: list[str]) -> dict[str, tuple[str, ...]]:
    """``base`` with the actions in ``value`` rebound; a bad or unknown action is noted and skipped."""
    bindings = dict(base)
    if not isinstance(value, Mapping):
        ignored.append("key_bindings (want an object of action: [key names])")
        return bindings
    for action, keys in value.items():
        if action not in ACTIONS:
            ignored.append(f"unknown action key_bindings.{action}")
            continue
        try:
            bindings[action] = _keys(keys)
        except _Bad as bad:
            ignored.append(f"key_bindings.{action} (want {bad})")
    return bindings


# --- the file ---------------------------------------------------------------------------------


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings in ``path`` and a one-line notice of what was ignored; never raises.

    A missing file gives the defaults with no notice. A file that cannot be read, is not a JSON
    object or has another version gives all the defaults; a wrong value gives that field's default.
    """
    try:
        if not path.exists():
            return Settings(), None
        data = read_json(path, SETTINGS)
    except UntrustedFileError as error:
        return Settings(), f"{error}; using the default settings"
    except (OSError, ValueError) as error:  # a path that cannot even be looked at
        return Settings(), f"{path}: cannot read ({error}); using the default settings"
    if not isinstance(data, dict):
        return Settings(), f"{path}: not a settings file (not a JSON object); using the default settings"
    if data.get("version") != SETTINGS_VERSION or isinstance(data.get("version"), bool):
        return Settings(), (f"{path}: settings version {data.get('version')!r}, this game reads "
                            f"{SETTINGS_VERSION}; using the default settings")
    values: dict[str, Any] = {}
    ignored: list[str] = []
    for name, value in data.items():
        if name == "version":
            continue
        if name == "key_bindings":
            values[name] = _key_bindings(value, DEFAULT_KEY_BINDINGS, ignored)
        elif name in _CHECKS:
            try:
                values[name] = _CHECKS[name](value)
            except _Bad as bad:
                ignored.append(f"{name} (want {bad})")
        else:
            ignored.append(f"unknown setting {name}"[:80])
    raised = [name for name, least in SHORTEST_TIMINGS_S.items() if values.get(name, least) < least]
    values.update({name: SHORTEST_TIMINGS_S[name] for name in raised})
    said = []
    if ignored:
        said.append(f"ignored {'; '.join(ignored)}; using the defaults there")
    if raised:
        said.append("raised " + ", ".join(f"{name} to {SHORTEST_TIMINGS_S[name]:g} s" for name in raised))
    return Settings(**values), f"{path}: {'; '.join(said)}" if said else None


def settings_to_json(settings: Settings) -> str:
    data = asdict(settings)
    data["key_bindings"] = {action: list(keys) for action, keys in settings.key_bindings.items()}
    return json.dumps({"version": data.pop("version"), **data}, indent=2, ensure_ascii=False) + "\n"


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a temporary file in the same folder, flushed to disk, then renamed over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(settings_to_json(settings))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def with_changes(settings: Settings, **changes: Any) -> Settings:
    """A copy with some fields changed; raises ValueError on a value the field cannot take."""
    known = {item.name for item in fields(Settings)} - {"version"}
    for name, value in changes.items():
        if name not in known:
            raise ValueError(f"no setting called {name!r}")
        if name == "key_bindings":
            ignored: list[str] = []
            changes[name] = _key_bindings(value, settings.key_bindings, ignored)
            if ignored:
                raise ValueError(f"key_bindings: {'; '.join(ignored)}")
        else:
            try:
                changes[name] = _CHECKS[name](value)
            except _Bad as bad:
                raise ValueError(f"{name}: want {bad}, not {value!r:.40}") from None
            if name in SHORTEST_TIMINGS_S and changes[name] < SHORTEST_TIMINGS_S[name]:
                raise ValueError(f"{name}: want at least {SHORTEST_TIMINGS_S[name]:g} s, not {value!r:.40}")
    return replace(settings, **changes)
