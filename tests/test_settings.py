"""Settings: a broken file never stops the game, and saving never leaves half a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.app.settings import (
    DEFAULT_KEY_BINDINGS,
    SETTINGS_VERSION,
    Settings,
    load_settings,
    save_settings,
    settings_path,
    settings_to_json,
    with_changes,
)


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_missing_file_gives_defaults_and_no_notice(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == (Settings(), None)


def test_the_defaults_are_the_designs_timings() -> None:
    settings = Settings()
    assert (settings.attract_after, settings.attract_length, settings.idle_reset, settings.run_cap) == (
        60, 45, 90, 360)
    assert (settings.chord_keyboard_hold, settings.chord_gamepad_hold) == (2, 3)
    assert set(settings.key_bindings) == {"up", "down", "left", "right", "run", "act", "phone", "pause",
                                          "confirm"}


@pytest.mark.parametrize("content, says", [
    (b"{\"version\": 1, \"volume\": ", "broken"),
    (b"", "broken"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2, 3]", "not a JSON object"),
    (b"\"volume\"", "not a JSON object"),
    (b"{\"version\": 99, \"volume\": 0.1}", "version 99"),
    (b"{\"volume\": 0.1}", "version None"),
    (b"{\"version\": true, \"volume\": 0.1}", "version True"),
])
def test_unreadable_or_unknown_files_give_all_defaults_and_a_notice(tmp_path: Path, content: bytes,
                                                                    says: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, notice = load_settings(path)
    assert settings == Settings()
    assert notice is not None and says in notice and str(path) in notice
    assert "\n" not in notice


def test_a_folder_where_the_file_should_be_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    settings, notice = load_settings(path)
    assert settings == Settings() and notice is not None and "a folder" in notice


@pytest.mark.parametrize("field, value", [
    ("volume", "loud"), ("volume", 1.5), ("volume", True), ("volume", None),
    ("text_size", 110), ("text_size", "125"), ("text_size", True),
    ("language", "fr"), ("language", 1),
    ("reduced_motion", "yes"), ("high_contrast", 1),
    ("run_cap", 0), ("idle_reset", -5), ("attract_after", "60"), ("chord_keyboard_hold", 10 ** 9),
    ("key_bindings", ["w"]),
])
def test_a_wrong_value_gives_that_fields_default_only(tmp_path: Path, field: str, value: object) -> None:
    path = write(tmp_path / "settings.json", {"version": SETTINGS_VERSION, "volume": 0.25, "text_size": 150,
                                              field: value})
    settings, notice = load_settings(path)
    kept = {"volume": 0.25, "text_size": 150}
    kept.pop(field, None)
    assert getattr(settings, field) == getattr(Settings(), field)
    assert all(getattr(settings, name) == wanted for name, wanted in kept.items())
    assert notice is not None and field in notice and "\n" not in notice


def test_bindings_are_checked_action_by_action(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {"version": SETTINGS_VERSION, "key_bindings": {
        "up": ["i"], "down": [], "left": [3], "jump": ["space"]}})
    settings, notice = load_settings(path)
    assert settings.key_bindings["up"] == ("i",)
    assert settings.key_bindings["down"] == DEFAULT_KEY_BINDINGS["down"]
    assert settings.key_bindings["left"] == DEFAULT_KEY_BINDINGS["left"]
    assert settings.key_bindings["right"] == DEFAULT_KEY_BINDINGS["right"]
    assert "jump" not in settings.key_bindings
    assert notice is not None
    assert all(word in notice for word in ("key_bindings.down", "key_bindings.left", "key_bindings.jump"))


def test_unknown_keys_are_ignored_with_a_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {"version": SETTINGS_VERSION, "volume": 0.5, "colour": "blue"})
    settings, notice = load_settings(path)
    assert settings == Settings(volume=0.5)
    assert notice is not None and "unknown setting colour" in notice


def test_round_trip(tmp_path: Path) -> None:
    path = settings_path(tmp_path / "data")
    changed = with_changes(Settings(), language="nl", volume=0.3, text_size=125, reduced_motion=True,
                           high_contrast=True, run_cap=240, key_bindings={"act": ["f", "e"]})
    save_settings(path, changed)
    assert load_settings(path) == (changed, None)
    assert changed.key_bindings["act"] == ("f", "e") and changed.key_bindings["up"] == ("w", "up")
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION


def test_save_is_atomic_and_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(volume=0.1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]

    def broken_replace(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("game.app.settings.os.replace", broken_replace)
    with pytest.raises(OSError):
        save_settings(path, Settings(volume=0.9))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
    assert path.read_text(encoding="utf-8") == settings_to_json(Settings(volume=0.1))


def test_with_changes_refuses_what_a_field_cannot_take() -> None:
    with pytest.raises(ValueError, match="volume"):
        with_changes(Settings(), volume=2)
    with pytest.raises(ValueError, match="no setting"):
        with_changes(Settings(), colour="blue")
    with pytest.raises(ValueError, match="key_bindings"):
        with_changes(Settings(), key_bindings={"jump": ["space"]})
    assert with_changes(Settings(), language=None).language is None
