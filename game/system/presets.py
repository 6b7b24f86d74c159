"""Rule presets: a facilitator's choice of which hidden rules run, who the player is, and what is told.

Why a small file of its own: a workshop changes the system between two groups and compares them
afterwards, so the choice must be named, copied to another kiosk, checked like a level, and
recorded in every run file and statistics row (by name and by a hash of its content, so two files
that share a name but not their rules are never counted as one group). A preset only switches and
re-labels the level's own rules; it never writes a rule, so the rules' meaning stays the level's.

The file (``presets/NAME.json`` in the data dir)::

    {"preset": 1, "name": "group-b", "level": "our_street",
     "profile": {"relative_of_detainee": false},
     "rules": {"R-2": {"active": true, "told": true}, "R-7": {"active": false}}}

A rule the preset does not name keeps the level's setting; so does a hidden attribute.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.level.model import Level
from game.level.untrusted import FileKind, UntrustedFileError, read_json

PRESET_FORMAT = 1
MAX_PRESET_BYTES = 64 * 1024  # a preset names a few dozen rules; anything larger is not one
PRESETS_DIR = "presets"
ACTIVE_FILE = "active.json"  # which preset a kiosk uses, by name; kept apart from the presets
HASH_LENGTH = 12
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
_TOP_KEYS = ("preset", "name", "level", "profile", "rules")
_RULE_KEYS = ("active", "told")


class PresetError(ValueError):
    """A preset that cannot be used; every message is one line naming the file and the field."""


@dataclass(frozen=True)
class RuleChoice:
    """One rule as a preset sets it: whether it runs, and whether the player is told."""

    active: bool
    told: bool


@dataclass(frozen=True)
class Preset:
    """A named choice of rules and hidden attributes for one level."""

    name: str
    level: str
    profile: dict[str, Any]
    rules: dict[str, RuleChoice]

    def content(self) -> dict[str, Any]:
        """What the preset sets, without its name: what the hash is taken of."""
        return {
            "level": self.level,
            "profile": dict(sorted(self.profile.items())),
            "rules": {rule_id: {"active": choice.active, "told": choice.told}
                      for rule_id, choice in sorted(self.rules.items())},
        }

    @property
    def content_hash(self) -> str:
        """The first hex digits of SHA-256 over the canonical content: the same rules, the same hash."""
        canonical = json.dumps(self.content(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return hashlib.sha256(canonical.encode("ascii")).hexdigest()[:HASH_LENGTH]

    def to_json(self) -> str:
        return json.dumps({"preset": PRESET_FORMAT, "name": self.name, **self.content()},
                          indent=2, ensure_ascii=False) + "\n"

    def stamp(self) -> dict[str, Any]:
        """What a run file keeps of the preset: enough to replay it on a kiosk that lacks the file."""
        return {"name": self.name, "hash": self.content_hash, "content": self.content()}


def preset_of_level(level: Level, name: str) -> Preset:
    """A preset that sets every rule and attribute as the level itself does (the menu starts here)."""
    return Preset(name=name, level=level.name, profile=dict(level.profile),
                  rules={rule.rule_id: RuleChoice(True, rule.told) for rule in level.rules})


def parse_preset(data: Any, level: Level | None, where: str = "preset") -> Preset:
    """Check a parsed preset (against its level, when given) and build it; raises PresetError."""
    if not isinstance(data, dict):
        raise PresetError(f"{where}: expected a JSON object")
    unknown = sorted(set(data) - set(_TOP_KEYS))
    if unknown:
        raise PresetError(f"{where}: {unknown[0]}: unknown field (known: {', '.join(_TOP_KEYS)})")
    if data.get("preset", PRESET_FORMAT) != PRESET_FORMAT:
        raise PresetError(f"{where}: preset: format {data.get('preset')!r}, this game reads {PRESET_FORMAT}")
    name = data.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise PresetError(f"{where}: name: {name!r:.50} is not a name of letters, digits, - and _ "
                          "(at most 40)")
    level_name = data.get("level")
    if not isinstance(level_name, str) or not level_name:
        raise PresetError(f"{where}: level: missing")
    if level is not None and level_name != level.name:
        raise PresetError(f"{where}: level: the preset is for {level_name!r}, not {level.name!r}")
    profile = data.get("profile", {})
    if not isinstance(profile, dict):
        raise PresetError(f"{where}: profile: expected an object of hidden attributes")
    for key, value in profile.items():
        if not isinstance(value, (bool, int, float, str)) or (isinstance(value, float) and value != value):
            raise PresetError(f"{where}: profile.{key}: expected true/false, a number or text")
        if level is not None:
            if key not in level.profile:
                known = ", ".join(sorted(level.profile)) or "none"
                raise PresetError(f"{where}: profile.{key}: level {level.name!r} has no such hidden "
                                  f"attribute (it has: {known})")
            if type(value) is not type(level.profile[key]):
                raise PresetError(f"{where}: profile.{key}: expected "
                                  f"{type(level.profile[key]).__name__}, got {value!r:.40}")
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise PresetError(f"{where}: rules: expected an object of rule ids")
    rule_told = {rule.rule_id: rule.told for rule in level.rules} if level is not None else {}
    choices: dict[str, RuleChoice] = {}
    for rule_id, entry in rules.items():
        if level is not None and rule_id not in rule_told:
            known = ", ".join(rule_told) or "none"
            raise PresetError(f"{where}: rules.{rule_id}: level {level.name!r} has no such rule "
                              f"(it has: {known})")
        if not isinstance(entry, dict) or set(entry) - set(_RULE_KEYS):
            raise PresetError(f"{where}: rules.{rule_id}: expected an object with active and told")
        for key in _RULE_KEYS:
            if key in entry and not isinstance(entry[key], bool):
                raise PresetError(f"{where}: rules.{rule_id}.{key}: expected true or false")
        choices[rule_id] = RuleChoice(bool(entry.get("active", True)),
                                      bool(entry.get("told", rule_told.get(rule_id, False))))
    return Preset(name=name, level=level_name, profile=dict(profile), rules=choices)


def read_json_capped(path: Path, limit: int = MAX_PRESET_BYTES) -> Any:
    """A small JSON file read by the guarded reader (a copied file is hostile: a FIFO, a device, a
    5000-digit number, nesting thousands deep); raises PresetError."""
    try:
        return read_json(path, FileKind("preset", limit, max_depth=6, max_text=200))
    except UntrustedFileError as error:
        raise PresetError(str(error)) from None


def read_preset(path: Path, level: Level | None = None) -> Preset:
    """Read and check a preset file; raises PresetError with one line."""
    return parse_preset(read_json_capped(path), level, where=str(path))


def apply_preset(level: Level, preset: Preset) -> Level:
    """The level as the preset sets it: some rules off, some told, other hidden attributes.

    Only ``rules``, ``profile`` and the ``preset`` stamp change, so the grids and the cameras are
    shared with the level it came from (no copy, no new camera bank)."""
    if preset.level != level.name:
        raise PresetError(f"preset {preset.name!r} is for level {preset.level!r}, not {level.name!r}")
    rules = []
    for rule in level.rules:
        choice = preset.rules.get(rule.rule_id)
        if choice is None:
            rules.append(rule)
        elif choice.active:
            rules.append(dataclasses.replace(rule, told=choice.told))
    return dataclasses.replace(level, rules=tuple(rules), profile={**level.profile, **preset.profile},
                               preset=preset.stamp())


def preset_from_stamp(stamp: dict[str, Any], level: Level) -> Preset:
    """The preset a run file recorded, checked against its level and its own hash."""
    content = stamp.get("content")
    if not isinstance(content, dict):
        raise PresetError("preset: the run file keeps no preset content")
    preset = parse_preset({"name": stamp.get("name"), **content}, level, where="preset")
    if preset.content_hash != stamp.get("hash"):
        raise PresetError(f"preset: hash {stamp.get('hash')!r:.20} does not match its content "
                          f"({preset.content_hash})")
    return preset


# --- the data dir's presets/ -----------------------------------------------------------------


def presets_dir(data_dir: Path) -> Path:
    return data_dir / PRESETS_DIR


def save_preset(data_dir: Path, preset: Preset) -> Path:
    """Write ``presets/NAME.json`` atomically; the file can be copied to another kiosk as it is."""
    folder = presets_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{preset.name}.json"
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(preset.to_json(), encoding="utf-8")
    temporary.replace(path)
    return path


def level_presets(data_dir: Path, level: Level) -> tuple[list[Preset], list[str]]:
    """Every sound preset for ``level`` in the data dir, by name; and one line per file that is not."""
    found: list[Preset] = []
    problems: list[str] = []
    folder = presets_dir(data_dir)
    if not folder.is_dir():
        return found, problems
    for path in sorted(folder.glob("*.json")):
        if path.name == ACTIVE_FILE:
            continue
        try:
            data = read_json_capped(path)
            if isinstance(data, dict) and data.get("level") != level.name:
                continue  # another level's preset: not an error
            found.append(parse_preset(data, level, where=str(path)))
        except PresetError as error:
            problems.append(str(error))
    return found, problems


def save_active(data_dir: Path, preset: Preset | None) -> None:
    """Remember which preset the kiosk uses (None: the level as it is), across restarts."""
    folder = presets_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ACTIVE_FILE
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(json.dumps({"name": preset.name if preset else None}) + "\n", encoding="utf-8")
    temporary.replace(path)


def load_active(data_dir: Path, level: Level) -> tuple[Preset | None, str | None]:
    """The preset the kiosk was set to use, if it is for this level; and a problem line, if any."""
    path = presets_dir(data_dir) / ACTIVE_FILE
    if not path.is_file():
        return None, None
    try:
        name = read_json_capped(path).get("name")
    except (PresetError, AttributeError):
        return None, f"{path}: not a preset choice; playing the level as it is"
    if not isinstance(name, str) or not NAME.fullmatch(name):
        return None, None
    preset_path = presets_dir(data_dir) / f"{name}.json"
    try:
        data = read_json_capped(preset_path)
        if isinstance(data, dict) and data.get("level") != level.name:
            return None, None  # the kiosk now plays another level: its preset waits
        return parse_preset(data, level, where=str(preset_path)), None
    except PresetError as error:
        return None, str(error)
