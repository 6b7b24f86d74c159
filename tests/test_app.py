"""The command line end to end: headless runs, run files, replay, what-if, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game import __version__
from game.app import main
from game.app.commands import load_run
from game.events import RuleFired, decode_inputs, encode_inputs, read_run
from game.sim.replay import Replay, compare

REPO = Path(__file__).resolve().parent.parent


def play(tmp_path: Path, seed: int, name: str, *extra: str) -> Path:
    out = tmp_path / f"{name}.json"
    code = main(["--headless", "--autoplay", "--seed", str(seed), "--frames", "40000",
                 "--run-out", str(out), "--data-dir", str(tmp_path / "data"), *extra])
    assert code == 0
    return out


@pytest.fixture(scope="module")
def seed_one_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """One headless autoplay run of the main level, with screenshot and trace."""
    folder = tmp_path_factory.mktemp("seed1")
    shot, trace = folder / "shot.png", folder / "trace.jsonl"
    run = play(folder, 1, "run", "--screenshot", str(shot), "--trace", str(trace))
    return run, shot, trace


def test_autoplay_run_writes_a_complete_run_file(seed_one_run: tuple[Path, Path, Path]) -> None:
    run, _, _ = seed_one_run
    record = read_run(run, expected_version=__version__)
    kinds = {event.kind for event in record.events}
    assert {"observed", "pass", "gate", "ending"} <= kinds
    assert record.ending is not None and record.events[-1].kind == "ending"
    assert len(decode_inputs(record.inputs)) == record.ticks
    assert record.route and record.route[0][0] == 0


def test_the_screenshot_shows_a_drawn_frame(seed_one_run: tuple[Path, Path, Path]) -> None:
    _, shot, _ = seed_one_run
    image = pygame.image.load(str(shot))
    assert image.get_size() == (1280, 720)
    colours = {tuple(image.get_at((x, y))) for x in range(0, 1280, 40) for y in range(0, 720, 40)}
    assert len(colours) > 20, "a real frame has map, cones, sprites and HUD, not a flat fill"


def test_the_trace_records_screens_and_the_ending(seed_one_run: tuple[Path, Path, Path]) -> None:
    run, _, trace = seed_one_run
    entries = [json.loads(line) for line in trace.read_text().splitlines()]
    assert entries[0] == {"frame": 0, "screen": "title"}
    assert entries[1]["screen"] == "play"
    assert entries[-1]["ending"] == read_run(run).ending


def test_the_same_command_twice_gives_identical_files(seed_one_run: tuple[Path, Path, Path],
                                                      tmp_path: Path) -> None:
    run, _, _ = seed_one_run
    again = play(tmp_path, 1, "again")
    assert again.read_bytes() == run.read_bytes()


def test_two_seeds_give_different_runs(seed_one_run: tuple[Path, Path, Path], tmp_path: Path) -> None:
    run, _, _ = seed_one_run
    other = play(tmp_path, 2, "other")
    assert read_run(other).events != read_run(run).events


def test_every_finished_run_is_kept_in_the_data_dir(seed_one_run: tuple[Path, Path, Path]) -> None:
    run, _, _ = seed_one_run
    kept = list((run.parent / "data" / "runs").glob("*.json"))
    assert len(kept) == 1
    assert read_run(kept[0]).events == read_run(run).events


def test_replay_reproduces_the_recorded_events(seed_one_run: tuple[Path, Path, Path], tmp_path: Path) -> None:
    run, _, _ = seed_one_run
    out = tmp_path / "replayed.json"
    assert main(["replay", str(run), "--headless", "--run-out", str(out)]) == 0
    assert read_run(out).events == read_run(run).events


def test_a_replay_keeps_the_cameras_the_run_had_on_screen(seed_one_run: tuple[Path, Path, Path],
                                                          tmp_path: Path) -> None:
    run, _, _ = seed_one_run
    data = json.loads(run.read_text())
    data["cameras_on_screen"] = ["C-1", "C-2"]  # as a window that drew them would have kept
    drawn, out = tmp_path / "drawn.json", tmp_path / "replayed.json"
    drawn.write_text(json.dumps(data))
    assert main(["replay", str(drawn), "--headless", "--run-out", str(out)]) == 0
    assert read_run(out).cameras_on_screen == ("C-1", "C-2"), "the same walk on the same window"


def test_a_tampered_input_stream_is_detected(seed_one_run: tuple[Path, Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    run, _, _ = seed_one_run
    data = json.loads(run.read_text())
    commands = decode_inputs(data["inputs"])
    commands[200:260] = [commands[0]] * 60  # a second of standing still where she walked
    data["inputs"] = encode_inputs(commands)
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(data))
    record, level = load_run(tampered)
    verdict = compare(record, Replay(record, level).run_to_end())
    assert not verdict.matches
    assert main(["replay", str(tampered), "--headless"]) == 1
    assert "does not reproduce" in capsys.readouterr().err


def test_what_if_fires_a_different_set_of_rules(seed_one_run: tuple[Path, Path, Path],
                                                tmp_path: Path) -> None:
    run, _, _ = seed_one_run
    out = tmp_path / "what_if.json"
    code = main(["replay", str(run), "--headless", "--profile", "relative_of_detainee=false",
                 "--run-out", str(out)])
    assert code == 0
    def fired(path: Path) -> set[str]:
        return {e.rule for e in read_run(path).events if isinstance(e, RuleFired)}
    assert "R-1" in fired(run) and "R-1" not in fired(out)
    assert fired(out) != fired(run)
    assert read_run(out).profile["relative_of_detainee"] is False


@pytest.mark.parametrize("content, expected", [
    ("{not json", "broken JSON"),
    ('{"format": 1, "game_version": "0.1.0", "level": "hearing_day"', "broken JSON"),
    ('{"format": 99}', "format"),
    ('{"format": 1, "game_version": "9.9.9"}', "9.9.9"),
    ("[]", "not a run file"),
    ("", "broken JSON"),
])
def test_bad_run_files_end_with_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    content: str, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    assert main(["replay", str(path), "--headless"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and expected in err


def test_a_profile_key_the_level_does_not_have_is_refused(seed_one_run: tuple[Path, Path, Path],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    run, _, _ = seed_one_run
    assert main(["replay", str(run), "--headless", "--profile", "shoe_size=41"]) == 2
    err = capsys.readouterr().err
    assert "shoe_size" in err and "relative_of_detainee" in err and err.count("\n") == 1


def test_check_accepts_the_shipped_levels(capsys: pytest.CaptureFixture[str]) -> None:
    levels = sorted(str(path) for path in (REPO / "levels").glob("*.tmx"))
    assert main(["check", *levels]) == 0
    assert capsys.readouterr().out.count(": ok") == len(levels)


@pytest.mark.parametrize("argv, expected", [
    (["--size", "big"], "--size"),
    (["--level", "atlantis"], "atlantis"),
    (["--seed", "-3"], "--seed"),
    (["--bogus"], "--bogus"),
])
def test_bad_options_end_with_one_line_and_exit_2(argv: list[str], expected: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        code = main(argv)
        raise SystemExit(code)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err


def test_main_py_runs_as_a_program(tmp_path: Path) -> None:
    """The real entry point, in its own process: exit code and no traceback for a broken level."""
    broken = tmp_path / "broken.tmx"
    broken.write_text("<map")
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--level", str(broken),
                             "--frames", "1", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and str(broken) in result.stderr
