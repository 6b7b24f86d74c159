"""``check`` is the gate: a level it accepts plays and its file draws, texts at their longest too; a
kiosk starts with a bad file among its levels; the out-of-order screen starts with no settings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.app.commands import check_command
from game.app.loop import App
from game.app.options import parse_play
from game.app.runs import read_run_file
from game.events import Command, write_run
from game.level import Level, load_level
from game.level.loader import MAX_LABEL, MAX_LETTER, MAX_NAME, MAX_REASON, MAX_TITLE
from game.level.model import fill_goal_label
from game.render.debrief import file_of, render_debrief_png
from game.sim.bot import Bot
from game.sim.world import World

REPO = Path(__file__).resolve().parent.parent
SHIPPED = [path for path in sorted((REPO / "levels").glob("*.tmx")) if path.stem != "stress"]
TILES = REPO / "assets" / "tiles"
MAX_TICKS = 60 * 60 * 30  # half an hour of play: every run ends long before


def test_the_goal_label_is_filled_in_never_formatted() -> None:
    assert fill_goal_label("Hearing at {time}", "10:00") == "Hearing at 10:00"
    assert fill_goal_label("{time.__class__} {0} {oops}", "10:00") == "{time.__class__} {0} {oops}"


def _copy_level(source: Path, folder: Path) -> Path:
    """A shipped level in ``folder``, its tileset named by its absolute path in the game's assets."""
    text = source.read_text(encoding="utf-8")
    for tileset in TILES.glob("*.tsx"):
        text = text.replace(f'source="../assets/tiles/{tileset.name}"', f'source="{tileset}"')
    path = folder / source.name
    path.write_text(text, encoding="utf-8")
    rules = source.with_suffix("").with_suffix(".rules.json")
    if rules.exists():
        shutil.copy(rules, folder / rules.name)
    return path


def _longest_texts(path: Path) -> None:
    """Every text the HUD and the file draw, at the longest ``check`` allows."""
    text = path.read_text(encoding="utf-8")
    text = text.replace("<properties>", "<properties>\n  <property name=\"goal_label\" value=\""
                        + "W" * (MAX_LABEL - 7) + " {time}\"/>", 1) if "goal_label" not in text else text
    title_start = text.index('name="title" value="') + len('name="title" value="')
    title_end = text.index('"', title_start)
    text = text[:title_start] + "W" * MAX_TITLE + text[title_end:]
    text = text.replace('name="C-1"', f'name="{"C" * MAX_NAME}"', 1)
    path.write_text(text, encoding="utf-8")
    rules_path = path.with_suffix("").with_suffix(".rules.json")
    rules = json.loads(rules_path.read_text(encoding="utf-8"))
    for rule in rules["rules"]:
        rule["reason"] = ("Wide words " * 100)[:MAX_REASON]
        if "letter" in rule["then"]:
            rule["then"]["letter"] = ("Wide words " * 100)[:MAX_LETTER]
    rules_path.write_text(json.dumps(rules), encoding="utf-8")


def _play(level: Level, seed: int, how: str) -> tuple[World, list[Command]]:
    """Play to an ending: the bot's walk, giving up at once (stayed home), or never moving (too late)."""
    world, bot = World(level, seed, {}), Bot(level, seed)
    commands: list[Command] = []
    while world.ending is None and world.tick < MAX_TICKS:
        if how == "bot":
            command = bot.command(world)
        else:
            answer = 1 if world.pending_choice else 0
            command = Command(give_up=how == "give_up" and world.tick > 30, choice=answer)
        commands.append(command)
        world.step(command)
    return world, commands


@pytest.mark.parametrize("level", SHIPPED, ids=lambda path: path.stem)
def test_a_level_check_accepts_at_its_longest_texts_plays_and_its_file_draws(
        level: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy_level(level, tmp_path)
    _longest_texts(path)
    assert check_command([str(path)]) == 0, capsys.readouterr().out
    loaded = load_level(path)
    assert len(loaded.title) == MAX_TITLE
    # The HUD (the goal label, the title) in play, drawn by the game itself.
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay",
                           "--level", str(path), "--frames", "120", "--data-dir", str(tmp_path / "data"),
                           "--screenshot", str(tmp_path / "play.png")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    endings = set()
    for seed, how in ((1, "bot"), (2, "give_up"), (3, "idle")):
        world, commands = _play(loaded, seed, how)
        assert world.ending is not None, how
        endings.add(world.ending)
        file = file_of(world, commands)
        write_run(tmp_path / f"{how}.json", file.record)
        assert read_run_file(tmp_path / f"{how}.json").ending == world.ending
        render_debrief_png(file, tmp_path / f"{how}.png", size=(1280, 720))
        assert (tmp_path / f"{how}.png").stat().st_size > 10_000
    assert len(endings) >= 2


def _kiosk_levels(tmp_path: Path) -> Path:
    folder = tmp_path / "levels"
    folder.mkdir()
    for level in SHIPPED:
        _copy_level(level, folder)
    os.mkfifo(folder / "a_fifo.tmx")
    (folder / "a_folder.tmx").mkdir()
    junk = (folder / "hearing_day.tmx").read_text(encoding="utf-8")
    junk = junk.replace(str(TILES / "city.tsx"), "junk.tsx")
    (folder / "junk_image.tmx").write_text(junk, encoding="utf-8")
    (folder / "junk.tsx").write_text((TILES / "city.tsx").read_text().replace('source="city.png"',
                                                                             'source="junk.png"'))
    (folder / "junk.png").write_bytes((TILES / "city.png").read_bytes()[:33] + b"junk" * 64)
    (folder / "deep.tmx").write_text("<map>" + "<g>" * 10000 + "</g>" * 10000 + "</map>")
    return folder


def test_a_kiosk_starts_with_bad_files_among_its_levels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = _kiosk_levels(tmp_path)
    monkeypatch.setattr("game.app.run_service.LEVELS_DIR", folder)
    options = parse_play(["--kiosk", "--headless", "--frames", "5",
                          "--level", str(folder / "hearing_day.tmx"), "--data-dir", str(tmp_path / "data")])
    app = App(options, tmp_path / "data")
    assert app.run() == 0
    assert sorted(path.name for path in app.services.runs.levels) == sorted(path.name for path in SHIPPED)
    said = capsys.readouterr().err
    for bad in ("a_fifo.tmx", "a_folder.tmx", "junk_image.tmx", "deep.tmx"):
        assert f"left out {bad}" in said


def test_the_out_of_order_screen_starts_without_readable_settings(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "settings.json")
    trace = tmp_path / "trace.jsonl"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--kiosk", "--supervised", "--out-of-order",
                           "--headless", "--frames", "3", "--data-dir", str(data), "--trace", str(trace)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(trace.read_text().splitlines()[0])["screen"] == "out_of_order"
    assert "a FIFO, not a settings file" in done.stderr and "Traceback" not in done.stderr
