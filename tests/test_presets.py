"""The facilitator's rule presets: checked like a level, made in the menu, applied to the next run,
recorded in its run file, replayed with it, and counted by ``stats --by preset``."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path

import pygame
import pytest

from game.app import main
from game.app.commands import load_run
from game.app.stats import APPLICATION_ID, StatsDB, StatsRow, preset_groups, stats_path, write_by_preset
from game.events import RunRecord, read_run, write_run
from game.level import load_level
from game.sim.replay import Replay, compare
from game.system.presets import (
    MAX_PRESET_BYTES,
    Preset,
    PresetError,
    RuleChoice,
    apply_preset,
    level_presets,
    load_active,
    parse_preset,
    preset_from_stamp,
    preset_of_level,
    read_preset,
    save_active,
    save_preset,
)
from tests.test_kiosk import Run, chord_script, press, write_settings

REPO = Path(__file__).resolve().parent.parent
HEARING_DAY = REPO / "levels" / "hearing_day.tmx"


@pytest.fixture(scope="module")
def hearing_day():
    return load_level(HEARING_DAY)


def group_b(level) -> Preset:
    """Not a relative of a detainee; R-2 off; R-3 told."""
    base = preset_of_level(level, "group-b")
    return Preset("group-b", level.name, {"relative_of_detainee": False},
                  {**base.rules, "R-2": RuleChoice(False, False), "R-3": RuleChoice(True, True)})


# --- the file and its checks ------------------------------------------------------------------


def test_the_hash_is_of_the_content_not_the_name_nor_the_order(hearing_day) -> None:
    preset = group_b(hearing_day)
    renamed = Preset("another-name", preset.level, preset.profile, dict(reversed(preset.rules.items())))
    assert renamed.content_hash == preset.content_hash
    changed = Preset(preset.name, preset.level, preset.profile,
                     {**preset.rules, "R-7": RuleChoice(False, False)})
    assert changed.content_hash != preset.content_hash
    assert len(preset.content_hash) == 12
    assert parse_preset(json.loads(preset.to_json()), hearing_day) == preset


def test_applying_switches_and_relabels_the_levels_own_rules(hearing_day) -> None:
    level = apply_preset(hearing_day, group_b(hearing_day))
    ids = [rule.rule_id for rule in level.rules]
    assert "R-2" not in ids and len(ids) == len(hearing_day.rules) - 1
    told = {rule.rule_id: rule.told for rule in level.rules}
    assert told["R-3"] is True and told["R-1"] is False
    assert level.profile == {"relative_of_detainee": False}
    assert level.preset["name"] == "group-b" and level.preset["hash"] == group_b(hearing_day).content_hash
    assert level.walkable is hearing_day.walkable and level.cameras is hearing_day.cameras
    # A rule the preset does not name keeps the level's setting.
    partial = parse_preset({"name": "p", "level": "hearing_day", "rules": {"R-6": {"active": False}}},
                           hearing_day)
    assert [rule.rule_id for rule in apply_preset(hearing_day, partial).rules] == [
        rule.rule_id for rule in hearing_day.rules if rule.rule_id != "R-6"]


@pytest.mark.parametrize(("data", "words"), [
    ({"name": "x", "level": "here"}, "for 'here', not 'hearing_day'"),
    ({"name": "x", "level": "hearing_day", "rules": {"R-99": {"active": False}}}, "rules.R-99: level"),
    ({"name": "x", "level": "hearing_day", "rules": {"R-2": {"active": "no"}}}, "rules.R-2.active"),
    ({"name": "x", "level": "hearing_day", "rules": {"R-2": {"colour": 1}}}, "rules.R-2: expected"),
    ({"name": "x", "level": "hearing_day", "profile": {"wealthy": True}}, "profile.wealthy: level"),
    ({"name": "x", "level": "hearing_day", "profile": {"relative_of_detainee": "yes"}}, "expected bool"),
    ({"name": "../evil", "level": "hearing_day"}, "name:"),
    ({"name": "x", "level": "hearing_day", "extra": 1}, "extra: unknown field"),
    ({"preset": 9, "name": "x", "level": "hearing_day"}, "format 9"),
    ([1, 2], "expected a JSON object"),
], ids=["other-level", "unknown-rule", "not-bool", "unknown-key", "unknown-attribute", "attribute-type",
        "path-name", "unknown-field", "format", "not-object"])
def test_a_bad_preset_is_one_line_naming_the_field(hearing_day, data, words) -> None:
    with pytest.raises(PresetError) as caught:
        parse_preset(data, hearing_day, where="p.json")
    message = str(caught.value)
    assert words in message and "\n" not in message and message.startswith("p.json: ")


def test_a_hostile_preset_file_is_refused_before_it_is_parsed(tmp_path: Path, hearing_day) -> None:
    large = tmp_path / "large.json"
    large.write_text(json.dumps({"name": "x", "level": "hearing_day", "pad": "a" * MAX_PRESET_BYTES}))
    with pytest.raises(PresetError, match="more than a preset may be"):
        read_preset(large, hearing_day)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 30000 + "]" * 30000)
    with pytest.raises(PresetError, match="nested 30000 deep"):
        read_preset(deep, hearing_day)
    digits = tmp_path / "digits.json"
    digits.write_text('{"preset": 1, "name": "d", "level": "hearing_day", "x": ' + "9" * 5000 + "}")
    with pytest.raises(PresetError, match="5000 digits"):
        read_preset(digits, hearing_day)


def test_a_fifo_as_the_active_preset_is_refused_not_waited_on(tmp_path: Path, hearing_day) -> None:
    """A FIFO among the presets once hung the game at the start of a run (deaf to SIGTERM)."""
    save_active(tmp_path, group_b(hearing_day))
    os.mkfifo(tmp_path / "presets" / "group-b.json")
    preset, problem = load_active(tmp_path, hearing_day)
    assert preset is None and "group-b.json: a FIFO, not a preset" in problem
    found, problems = level_presets(tmp_path, hearing_day)
    assert found == [] and len(problems) == 1 and "a FIFO" in problems[0]
    assert main(["check", str(tmp_path / "presets" / "group-b.json")]) == 2


def test_check_validates_a_preset_against_its_level(tmp_path: Path, capsys, hearing_day) -> None:
    good = save_preset(tmp_path, group_b(hearing_day))
    assert main(["check", str(good)]) == 0
    assert f"ok (preset group-b, {group_b(hearing_day).content_hash}" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "bad", "level": "hearing_day", "rules": {"R-42": {}}}))
    nowhere = tmp_path / "nowhere.json"
    nowhere.write_text(json.dumps({"name": "n", "level": "atlantis"}))
    assert main(["check", str(bad), str(nowhere), str(HEARING_DAY)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and "rules.R-42" in lines[0] and "'atlantis' is not a level" in lines[1]
    assert lines[2].endswith("hearing_day.tmx: ok")


def test_check_over_a_data_dirs_presets_passes_with_the_kiosks_choice_beside_them(
        tmp_path: Path, capsys, hearing_day) -> None:
    save_preset(tmp_path, group_b(hearing_day))
    save_active(tmp_path, group_b(hearing_day))
    folder = tmp_path / "presets"
    assert main(["check", *sorted(str(path) for path in folder.glob("*.json"))]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith("active.json: ok (the kiosk's choice: preset group-b)")
    save_active(tmp_path, None)
    assert main(["check", str(folder / "active.json")]) == 0
    for text, words in (('{"name": "group-z"}', "group-z.json is not beside it"),
                        ('{"name": "../x"}', "not the kiosk's choice"), ("[1]", "not the kiosk's choice")):
        (folder / "active.json").write_text(text)
        capsys.readouterr()
        assert main(["check", str(folder / "active.json")]) == 2
        [line] = capsys.readouterr().out.splitlines()
        assert words in line


def test_presets_in_the_data_dir_by_level_and_the_active_choice(tmp_path: Path, hearing_day) -> None:
    save_preset(tmp_path, group_b(hearing_day))
    save_preset(tmp_path, preset_of_level(hearing_day, "group-a"))
    (tmp_path / "presets" / "broken.json").write_text("{")
    (tmp_path / "presets" / "other.json").write_text(json.dumps({"name": "o", "level": "here"}))
    found, problems = level_presets(tmp_path, hearing_day)
    assert [preset.name for preset in found] == ["group-a", "group-b"]
    assert len(problems) == 1 and "broken.json" in problems[0]
    assert load_active(tmp_path, hearing_day) == (None, None)
    save_active(tmp_path, group_b(hearing_day))
    assert load_active(tmp_path, hearing_day) == (group_b(hearing_day), None)
    (tmp_path / "presets" / "group-b.json").write_text(json.dumps({"name": "group-b", "level": "hearing_day",
                                                                   "rules": {"R-0": {}}}))
    preset, problem = load_active(tmp_path, hearing_day)
    assert preset is None and "rules.R-0" in problem


# --- the run file -----------------------------------------------------------------------------


def test_a_run_without_a_preset_writes_no_preset_field_and_reads_back(tmp_path: Path) -> None:
    record = RunRecord("0.1.0", "hearing_day", 3, {}, "0:60", "stayed_home", 60, ())
    path = tmp_path / "old.json"
    write_run(path, record)
    assert "preset" not in json.loads(path.read_text())
    assert read_run(path).preset is None


def test_a_run_file_with_a_broken_preset_is_one_line(tmp_path: Path, hearing_day) -> None:
    stamp = group_b(hearing_day).stamp()
    record = RunRecord("0.1.0", "hearing_day", 3, {}, "0:60", "stayed_home", 60, (),
                       preset={**stamp, "hash": "000000000000"})
    with pytest.raises(PresetError, match="does not match its content"):
        preset_from_stamp(record.preset, hearing_day)
    path = tmp_path / "bad.json"
    data = json.loads(record.to_json())
    data["preset"] = "group-b"
    path.write_text(json.dumps(data))
    assert main(["replay", str(path), "--headless"]) == 2


# --- end to end: the menu, the next run, its file, the replay, the statistics ------------------


def menu_script() -> dict[int, list[pygame.event.Event]]:
    """Open the facilitator's menu, go to "Rule presets", make group-a's preset and save it, close the
    menus and play: R-1 told, R-2 off, R-3 told."""
    down, up, right, left = (press(code) for code in (pygame.K_DOWN, pygame.K_UP, pygame.K_RIGHT,
                                                        pygame.K_LEFT))
    script = {**chord_script(5, 70, pygame.K_F10, pygame.K_F12)}
    script.update({80 + index: down for index in range(7)})  # "Rule presets" (the eighth line)
    script[87] = press(pygame.K_RETURN)
    script.update({89: down, 90: down, 91: right,  # on, not told -> on, told
                   92: down, 93: left,  # on, not told -> off
                   94: down, 95: right})  # on, not told -> on, told
    script.update({96 + index: up for index in range(7)})  # up past the name, round to "Save"
    script[104] = press(pygame.K_RETURN)
    script.update({106: press(pygame.K_ESCAPE), 108: press(pygame.K_ESCAPE), 110: press(pygame.K_RETURN)})
    return script


def test_a_preset_made_in_the_menu_is_applied_recorded_replayed_and_counted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_settings(data, attract_after=600, chord_keyboard_hold=1)
    run = Run(tmp_path, "--kiosk", "--frames", "114", script=menu_script(), data=data)
    assert "presets" in run.screens
    saved = read_preset(data / "presets" / "group-a.json")
    assert saved.profile == {"relative_of_detainee": True}
    assert saved.rules["R-1"] == RuleChoice(True, True)
    assert saved.rules["R-2"] == RuleChoice(False, False) and saved.rules["R-3"] == RuleChoice(True, True)
    play = run.app.stack[0]
    assert play.name == "play", run.screens
    assert play.world.level.preset == {"name": "group-a", "hash": saved.content_hash,
                                       "content": saved.content()}
    assert "R-2" not in [rule.rule_id for rule in play.world.level.rules]
    assert [rule.told for rule in play.world.level.rules][:3] == [True, True, False]

    # The kiosk remembers the choice: the next start plays with it to the end and keeps the run.
    finished = Run(tmp_path, "--autoplay", "--seed", "3", "--frames", "40000", data=data)
    assert finished.endings
    [path] = sorted((data / "runs").glob("*.json"))
    assert json.loads(path.read_text())["preset"]["hash"] == saved.content_hash
    record, level = load_run(path)
    assert record.preset["name"] == "group-a" and level.preset == record.preset
    assert compare(record, Replay(record, level).run_to_end()).matches
    assert main(["replay", str(path), "--headless"]) == 0
    # Without its preset the same inputs give another file (R-1, at the start, was told): the replay
    # really uses it.
    assert not compare(record, Replay(record, load_level(HEARING_DAY)).run_to_end()).matches

    with StatsDB(stats_path(data), create=False) as db:
        [row] = db.rows()
    assert (row.preset_name, row.preset_hash) == ("group-a", saved.content_hash)
    out = io.StringIO()
    write_by_preset([row], out)
    assert out.getvalue().splitlines()[1].split()[:3] == ["group-a", saved.content_hash, "1"]


def test_the_menu_can_go_back_to_the_level_as_it_is(tmp_path: Path, hearing_day) -> None:
    data = tmp_path / "data"
    write_settings(data, attract_after=600, chord_keyboard_hold=1)
    save_preset(data, group_b(hearing_day))
    save_active(data, group_b(hearing_day))
    script = {**chord_script(5, 70, pygame.K_F10, pygame.K_F12)}
    script.update({80 + index: press(pygame.K_DOWN) for index in range(7)})  # "Rule presets"
    script.update({87: press(pygame.K_RETURN), 89: press(pygame.K_DOWN), 90: press(pygame.K_RIGHT),
                   91: press(pygame.K_UP), 92: press(pygame.K_UP), 93: press(pygame.K_UP),
                   94: press(pygame.K_RETURN)})  # attribute on; up to "Play the level as it is"
    run = Run(tmp_path, "--kiosk", "--frames", "96", script=script, data=data)
    screen = run.app.stack[-1]
    assert screen.name == "presets" and screen.editing.name == "group-b", "the menu opens on the one in use"
    assert screen.editing.profile == {"relative_of_detainee": True}
    runs = run.app.services.runs
    assert runs.preset is None
    assert runs.run_level() is runs.level
    assert load_active(data, hearing_day) == (None, None)


def row(preset: str, content_hash: str, ending: str, silent: bool, seen: int) -> StatsRow:
    return StatsRow(9, "hearing_day", "en", ending, 200.0, 1000, "yellow" if silent else "green", seen, 1,
                    preset, content_hash, silent)


def test_stats_by_preset_compares_the_groups(tmp_path: Path, capsys) -> None:
    rows = [row("group-a", "aaa", "held_at_gate", True, 6), row("group-a", "aaa", "too_late", True, 4),
            row("group-b", "bbb", "in_courtroom", False, 2), row("", "", "too_late", False, 3),
            row("group-a", "ccc", "in_courtroom", False, 1)]
    groups = preset_groups(rows)
    assert list(groups) == [("group-a", "aaa"), ("group-b", "bbb"), ("", ""), ("group-a", "ccc")]
    first = groups[("group-a", "aaa")]
    assert (first.count, first.silent_share, first.median_observations) == (2, 1.0, 5)
    assert first.endings["held_at_gate"] == 1 and groups[("group-b", "bbb")].silent_share == 0
    with StatsDB(tmp_path / "stats.db") as db:
        db.add_runs(rows)
    assert main(["stats", "--db", str(tmp_path / "stats.db"), "--by", "preset"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["preset", "hash", "runs"]
    assert lines[1].split()[:3] == ["group-a", "aaa", "2"] and lines[1].split()[-2:] == ["100%", "5"]
    assert lines[3].split()[:3] == ["(none)", "-", "1"]
    assert lines[-1] == "runs: 5 in 4 groups"
    assert main(["stats", "--db", str(tmp_path / "stats.db"), "--by", "preset", "--csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][:3] == ["preset", "hash", "runs"] and table[0][-2:] == [
        "silent_pass_turn_share", "median_observations"]
    assert table[1][:3] == ["group-a", "aaa", "2"] and table[1][-2:] == ["1.000", "5"]
    assert table[3][:3] == ["", "", "1"] and len(table) == 5


def test_a_version_1_statistics_database_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, hour_of_day INTEGER NOT NULL,"
                   " level TEXT NOT NULL, language TEXT NOT NULL, ending TEXT NOT NULL,"
                   " duration_s REAL NOT NULL, final_score INTEGER NOT NULL, true_pass TEXT NOT NULL,"
                   " observations INTEGER NOT NULL, gates_passed INTEGER NOT NULL)")
        db.execute("INSERT INTO runs VALUES (1, 9, 'hearing_day', 'en', 'too_late', 100, 990, 'red', 4, 1)")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 1")
    db.close()
    with StatsDB(path, create=False) as stats:
        [old] = stats.rows()
        assert (old.preset_name, old.preset_hash, old.pass_turned_silently) == ("", "", False)
        stats.add_run(row("group-a", "aaa", "too_late", True, 2))
        assert len(stats.rows()) == 2


def test_the_comparison_page_sets_two_presets_side_by_side(tmp_path: Path, hearing_day) -> None:
    from game.render.debrief import preset_labels
    from game.sim import World
    from game.sim.bot import Bot
    from game.sim.record import record_of

    paths = []
    for preset in (preset_of_level(hearing_day, "group-a"), group_b(hearing_day)):
        level = apply_preset(hearing_day, preset)
        world, bot, commands = World(level, 1), Bot(level, 1), []
        while world.ending is None and world.tick < 3000:
            commands.append(bot.command(world))
            world.step(commands[-1])
        paths.append(tmp_path / f"{preset.name}.json")
        write_run(paths[-1], record_of(world, commands))
    left, right = (load_run(path)[0] for path in paths)
    assert preset_labels(left, right) == (f"Preset group-a ({left.preset['hash']})",
                                          f"Preset group-b ({right.preset['hash']})")
    assert preset_labels(left, left) is None
    plain = RunRecord("0.1.0", "hearing_day", 3, {}, "0:60", "stayed_home", 60, ())
    assert preset_labels(plain, right)[0] == "No preset: the level as it is"
    out = tmp_path / "cmp.png"
    assert main(["debrief", str(paths[0]), str(paths[1]), "--png", str(out), "--size", "1280x720"]) == 0
    assert pygame.image.load(str(out)).get_size() == (1280, 720)
