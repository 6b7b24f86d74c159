"""Statistics: rows, summary, CSV, chart, merge, one-line errors, and no lost runs when killed."""

from __future__ import annotations

import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from game.app.stats import (
    COLUMNS,
    StatsDB,
    StatsError,
    StatsRow,
    merge,
    row_of,
    stats_command,
    summarise,
    write_csv,
)
from game.events import GateScanned, Observed, PassChanged, RunEnded, RunRecord, ScoreChanged
from game.level import Level, load_level
from game.sim.cameras import CameraBank
from game.system.debrief import debrief_of
from tests.mapmaker import basic_objects, court_door, open_rows, write_map


def make_row(ending: str = "too_late", observations: int = 3, true_pass: str = "green",
             hour: int = 14) -> StatsRow:
    return StatsRow(hour_of_day=hour, level="hearing_day", language="nl", ending=ending, duration_s=251.5,
                    final_score=995, true_pass=true_pass, observations=observations, gates_passed=1)


ROWS = [make_row("in_courtroom", 2), make_row("held_at_gate", 7, "red"),
        make_row("held_at_gate", 4, "yellow"), make_row("too_late", 5)]


def filled(path: Path, rows: list[StatsRow] = ROWS) -> Path:
    with StatsDB(path) as db:
        for row in rows:
            db.add_run(row)
    return path


@pytest.fixture(scope="module")
def level(tmp_path_factory: pytest.TempPathFactory) -> Level:
    return load_level(write_map(tmp_path_factory.mktemp("stats"), open_rows(20, 10),
                                [*basic_objects(), court_door(15, 2)]))


def test_a_row_counts_what_happened_as_the_file_does(level: Level) -> None:
    """The row's numbers are the file's figures: what the debrief shows is what is counted."""
    def row_from_record(record: RunRecord, language: str, hour: int) -> StatsRow:
        return row_of(debrief_of(record, level, CameraBank(level).profiles), language, hour)

    seen = Observed(100, "08:05", "C-1", "lamp", 3.0, 4.0, 0.9, "anxious")
    events = (
        seen, seen,
        ScoreChanged(200, "08:10", 5, "waste_sorted", 1005),
        ScoreChanged(300, "08:12", -20, "red_light", 985),
        GateScanned(400, "08:20", "G-1", "green", "passed"),
        PassChanged(500, "08:30", "green", "yellow", "R-3", False),
        GateScanned(600, "08:40", "G-2", "yellow", "sent_to_health_station"),
        GateScanned(700, "08:50", "court", "green", "entered"),
        RunEnded(700, "08:50", "in_courtroom"),
    )
    record = RunRecord(game_version="0.1.0", level="hearing_day", seed=3, profile={}, inputs="0:15000",
                       ending="in_courtroom", ticks=15000, events=events)
    row = row_from_record(record, "en", 9)
    assert row == StatsRow(hour_of_day=9, level="hearing_day", language="en", ending="in_courtroom",
                           duration_s=250.0, final_score=985, true_pass="yellow", observations=2,
                           gates_passed=2, pass_turned_silently=True)
    quiet = RunRecord("0.1.0", "hearing_day", 3, {}, "0:60", "stayed_home", 60, ())
    assert row_from_record(quiet, "nl", 0).final_score == 1000
    assert row_from_record(quiet, "nl", 0).true_pass == "green"
    with pytest.raises(ValueError):
        row_from_record(quiet, "nl", 24)
    with pytest.raises(ValueError):
        row_from_record(RunRecord("0.1.0", "hearing_day", 3, {}, "", None, 0, ()), "nl", 1)


def test_rows_keep_order_and_the_table_has_only_the_anonymous_columns(tmp_path: Path) -> None:
    path = filled(tmp_path / "stats.db")
    with StatsDB(path) as db:
        assert db.rows() == ROWS
    with sqlite3.connect(path) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(runs)")]
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()
    assert columns == ["id", *COLUMNS]
    assert COLUMNS == ("hour_of_day", "level", "language", "ending", "duration_s", "final_score",
                       "true_pass", "observations", "gates_passed", "preset_name", "preset_hash",
                       "pass_turned_silently")


def test_summary() -> None:
    summary = summarise(ROWS)
    assert summary.count == 4
    assert summary.endings == {"in_courtroom": 1, "held_at_gate": 2, "pulled_off_highway": 0,
                               "too_late": 1, "stayed_home": 0, "spoke_at_square": 0}
    assert summary.pass_turned == 2 and summary.pass_turned_share == 0.5
    assert summary.median_observations == 4.5
    empty = summarise([])
    assert (empty.count, empty.pass_turned_share, empty.median_observations) == (0, None, None)


def test_reset_forgets_every_run(tmp_path: Path) -> None:
    with StatsDB(filled(tmp_path / "stats.db")) as db:
        db.reset()
        assert db.rows() == [] and db.summary().count == 0


def test_csv_has_a_header_and_one_line_per_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = filled(tmp_path / "stats.db")
    assert stats_command(["--db", str(path), "--csv"]) == 0
    lines = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert lines[0] == list(COLUMNS)
    assert len(lines) == 1 + len(ROWS)
    assert lines[2] == ["14", "hearing_day", "nl", "held_at_gate", "251.5", "995", "red", "7", "1", "", "",
                        "0"]
    buffer = io.StringIO()
    write_csv([], buffer)
    assert buffer.getvalue() == ",".join(COLUMNS) + "\n"


def test_table_lists_runs_and_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = filled(tmp_path / "stats.db")
    assert stats_command(["--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "held_at_gate" in out and "runs: 4" in out
    assert "pass not green at the end: 2 of 4 (50%)" in out and "median observations: 4.5" in out
    empty = filled(tmp_path / "empty.db", [])
    assert stats_command(["--db", str(empty)]) == 0
    assert capsys.readouterr().out == "runs: 0\n"


def test_png_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pygame

    path = filled(tmp_path / "stats.db")
    out = tmp_path / "chart.png"
    assert stats_command(["--db", str(path), "--png", str(out)]) == 0
    assert pygame.image.load(str(out)).get_size() == (1600, 900)
    assert "chart of 4 runs" in capsys.readouterr().out
    empty = filled(tmp_path / "empty.db", [])
    assert stats_command(["--db", str(empty), "--png", str(tmp_path / "empty.png")]) == 0
    (tmp_path / "a file").write_text("not a folder")
    assert stats_command(["--db", str(path), "--png", str(tmp_path / "a file" / "chart.png")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_merge_copies_every_run_with_new_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = filled(tmp_path / "a.db", ROWS[:2])
    second = filled(tmp_path / "b.db", ROWS[2:])
    into = tmp_path / "all.db"
    assert merge([first, second], into) == 4
    with StatsDB(into) as db:
        assert db.rows() == ROWS
    assert stats_command(["merge", str(first), str(second), "--into", str(into)]) == 0
    assert "merged 4 runs" in capsys.readouterr().out
    with sqlite3.connect(into) as raw:
        ids = [row[0] for row in raw.execute("SELECT id FROM runs ORDER BY id")]
    raw.close()
    assert ids == list(range(1, 9))


def test_merge_refuses_a_bad_source_and_writes_nothing(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    good = filled(tmp_path / "a.db", ROWS)
    into = filled(tmp_path / "all.db", ROWS[:1])
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE notes (text TEXT)")
    raw.close()
    for bad in (junk, other, tmp_path / "missing.db", into):
        assert stats_command(["merge", str(good), str(bad), "--into", str(into)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("flagged: ") and err.count("\n") == 1 and str(bad) in err
    with StatsDB(into) as db:
        assert db.rows() == ROWS[:1]


def test_a_corrupt_database_is_one_line_never_a_traceback(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "stats.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    with pytest.raises(StatsError, match=r"stats\.db"):
        StatsDB(junk)
    assert stats_command(["--db", str(junk)]) == 2
    assert stats_command(["--db", str(tmp_path / "missing.db")]) == 2
    assert not (tmp_path / "missing.db").exists()
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("flagged: ") for line in err)
    assert "no statistics database" in err[1]


def test_bad_arguments_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--frobnicate"], ["merge", "a.db"], ["merge", "--into", "c.db"]):
        with pytest.raises(SystemExit) as stop:
            stats_command(argv)
        assert stop.value.code == 2
        assert capsys.readouterr().err.count("\n") == 1


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from game.app.stats import StatsDB, StatsRow
    row = StatsRow(12, "hearing_day", "en", "too_late", 360.0, 990, "yellow", 6, 1)
    db = StatsDB(__import__("pathlib").Path(sys.argv[1]))
    count = 0
    while True:
        db.add_run(row)
        count += 1
        print(count, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_writer_killed_mid_run_loses_no_committed_run(tmp_path: Path, repo_root: Path) -> None:
    path = tmp_path / "stats.db"
    wanted = 300
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(repo_root)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    committed = 0
    for line in child.stdout:
        committed = int(line)
        if committed >= wanted:
            break
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read().split()  # lines printed before the kill: those runs committed too
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    committed = int(rest[-1]) if rest else committed
    assert committed >= wanted
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = raw.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    raw.close()
    # Every printed run is in; at most the one between its commit and its print is extra.
    assert committed <= stored <= committed + 1
    with StatsDB(path) as db:
        assert len(db.rows()) == stored
