"""Nothing lost: a kill at any write, a data dir that cannot be written, a broken or read-only
statistics database, crash logs of one second; and privacy as promised: what ``runs/`` keeps, and
``--profile`` only of the level's own attributes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from game.app import _log_crash
from game.app.data_dir import usable_data_dir
from game.app.options import OptionError, check_output
from game.app.runs import HOUR_STAMP, keep_run, read_run_file
from game.app.settings import SETTINGS_VERSION
from game.app.stats import StatsDB, StatsRow, count_run, open_for_writing
from game.events import RunFileError, read_run

REPO = Path(__file__).resolve().parent.parent

# Runs main.py with each durable write wrapped: after the KILL_AFTER-th returns, SIGKILL, at once.
KILLER = textwrap.dedent("""
    import os, runpy, signal, sys
    after = int(os.environ["KILL_AFTER"])
    done = 0

    def then_kill(write):
        def wrapped(*args, **kwargs):
            global done
            result = write(*args, **kwargs)
            done += 1
            if done == after:
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return wrapped

    import game.app.run_service as run_service, game.app.runs as runs, game.app.stats as stats
    run_service.write_run = then_kill(run_service.write_run)  # --run-out
    runs.write_run = then_kill(runs.write_run)  # the data dir's runs/
    stats.StatsDB.add_runs = then_kill(stats.StatsDB.add_runs)  # the statistics row
    run_service.Trace.write = then_kill(run_service.Trace.write)  # every trace line
    sys.argv = [os.environ["MAIN"], *sys.argv[1:]]
    runpy.run_path(os.environ["MAIN"], run_name="__main__")
""")


def _play_and_kill(tmp_path: Path, after: int) -> tuple[int, Path]:
    folder = tmp_path / f"kill-{after}"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", KILLER, "--headless", "--autoplay", "--seed", "3", "--frames", "30000",
         "--data-dir", str(folder / "data"), "--run-out", str(folder / "run.json"),
         "--trace", str(folder / "trace.jsonl")],
        env={**os.environ, "KILL_AFTER": str(after), "MAIN": str(REPO / "main.py")},
        capture_output=True, text=True, timeout=120)
    return done.returncode, folder


def test_a_kill_right_after_any_write_loses_nothing_the_trace_reported(tmp_path: Path) -> None:
    after = 0
    while True:
        after += 1
        assert after < 20, "the game never finished its run"
        code, folder = _play_and_kill(tmp_path, after)
        trace = [json.loads(line) for line in (folder / "trace.jsonl").read_text().splitlines()]
        endings = [entry["ending"] for entry in trace if "ending" in entry]
        kept = sorted((folder / "data" / "runs").glob("*.json"))
        for path in [*kept, *([folder / "run.json"] if (folder / "run.json").exists() else [])]:
            read_run(path)  # whatever was written is whole: the rename is atomic
        rows = []
        if (folder / "data" / "stats.db").exists():
            with StatsDB(folder / "data" / "stats.db") as db:
                rows = db.rows()
        if endings:  # the trace told of the run: the run file, the kept run and its row are there
            assert read_run(folder / "run.json").ending == endings[0]
            assert [read_run(path).ending for path in kept] == endings
            assert [row.ending for row in rows] == endings
        if code == 0:
            assert endings, "a run that finished is in the trace"
            break
        assert code == -signal.SIGKILL
    assert after >= 4, "the run file, the kept run, the row and the trace line: each was killed after"


def test_a_data_dir_that_cannot_be_written_falls_back_and_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    chosen, notice = usable_data_dir(blocker / "data", fallback_root=tmp_path)
    assert chosen != blocker / "data" and chosen.is_dir() and chosen.parent == tmp_path
    assert notice is not None and str(blocker / "data") in notice and str(chosen) in notice
    fine, none = usable_data_dir(tmp_path / "fine")
    assert fine == tmp_path / "fine" and none is None


def test_the_game_keeps_its_run_when_the_data_dir_is_unusable(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    run_out = tmp_path / "run.json"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay", "--seed", "3",
                           "--frames", "30000", "--data-dir", str(blocker / "data"),
                           "--run-out", str(run_out)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "runs are kept in" in done.stderr and "Traceback" not in done.stderr
    fallback = next(tmp_path.glob("flagged-data-*"))
    assert len(list((fallback / "runs").glob("*.json"))) == 1
    with StatsDB(fallback / "stats.db") as db:
        assert len(db.rows()) == 1
    assert read_run(run_out).ending is not None


def test_bad_output_paths_are_refused_before_the_run(tmp_path: Path) -> None:
    for option, path in (("--run-out", tmp_path), ("--trace", "/proc/no/such"), ("--screenshot", tmp_path)):
        done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay",
                               "--data-dir", str(tmp_path / "data"), option, str(path)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert done.stderr.startswith(f"flagged: {option}: ") and str(path) in done.stderr
        assert not (tmp_path / "data" / "runs").exists(), "nothing was played"


def test_an_output_path_under_a_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "a_file").write_text("")
    with pytest.raises(OptionError, match=r"a_file is a file, not a folder\)$"):
        check_output(tmp_path / "a_file" / "deeper" / "run.json", "--run-out")


def _row() -> StatsRow:
    return StatsRow(10, "hearing_day", "en", "too_late", 100.0, 1000, "green", 3, 1)


def test_a_corrupt_database_is_moved_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "stats.db"
    path.write_bytes(b"this is not sqlite" * 100)
    db, notice = open_for_writing(path, stamp="T")
    with db:
        db.add_run(_row())
    assert notice is not None and "stats.db.broken-T" in notice
    assert (tmp_path / "stats.db.broken-T").read_bytes() == b"this is not sqlite" * 100
    with StatsDB(path, create=False) as again:
        assert again.rows() == [_row()]


def test_a_read_only_database_is_read_in_immutable_mode(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "stats.db"
    with StatsDB(path) as db:
        db.add_runs([_row(), _row()])
    path.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user that can write anything (root)")
        with StatsDB(path, create=False) as db:
            assert db.read_only and len(db.rows()) == 2
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_database_is_opened_immutable_even_as_root(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "stats.db"
    with StatsDB(path) as db:
        db.add_run(_row())
    monkeypatch.setattr("game.app.stats.os.access", lambda *args: False)  # as on read-only media
    with StatsDB(path, create=False) as db:
        assert db.read_only and db.rows() == [_row()]
        with pytest.raises(Exception, match=r"readonly|read-only"):
            db.add_run(_row())


def test_text_in_a_numeric_column_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "stats.db"
    with StatsDB(path) as db:
        db.add_run(_row())
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE runs SET final_score = 'lots'")
    raw.close()
    with StatsDB(path) as db, pytest.raises(Exception, match="final_score is not a number"):
        db.rows()


def test_crash_logs_of_one_second_never_overwrite_each_other(tmp_path: Path) -> None:
    paths = []
    for number in range(3):
        try:
            raise RuntimeError(f"crash {number}")
        except RuntimeError:
            paths.append(_log_crash(tmp_path))
    assert len(set(paths)) == 3
    assert [f"crash {number}" in path.read_text() for number, path in enumerate(paths)] == [True] * 3


# --- privacy ------------------------------------------------------------------------------------


def test_kept_runs_carry_no_time_finer_than_the_hour(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay", "--seed", "3",
                           "--frames", "30000", "--run-out", str(tmp_path / "run.json"),
                           "--data-dir", str(tmp_path / "data")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    record = read_run(tmp_path / "run.json")
    stamp = time.strftime(HOUR_STAMP)
    first = keep_run(tmp_path / "runs", record, stamp)
    second = keep_run(tmp_path / "runs", record, stamp)
    assert first.name.startswith(f"{stamp}-0001-") and second.name.startswith(f"{stamp}-0002-")
    for path in (first, second):
        modified = time.localtime(path.stat().st_mtime)
        assert (modified.tm_min, modified.tm_sec) == (0, 0)
        text = path.read_text()
        assert time.strftime("%H:%M:%S") not in text


def test_keep_runs_false_keeps_no_run_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"version": SETTINGS_VERSION, "keep_runs": False}))
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay", "--seed", "3",
                           "--frames", "30000", "--data-dir", str(data)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert not list((data / "runs").glob("*.json")) if (data / "runs").exists() else True
    with StatsDB(data / "stats.db") as db:
        assert len(db.rows()) == 1, "the anonymous statistics row is still counted"


@pytest.mark.parametrize("profile, says", [
    ("visitor_name=Alice", "no hidden attribute 'visitor_name'"),
    ("relative_of_detainee=Alice", "relative_of_detainee is a bool attribute"),
    ("relative_of_detainee=3", "relative_of_detainee is a bool attribute"),
])
def test_profile_takes_only_the_levels_attributes_and_types(tmp_path: Path, profile: str, says: str) -> None:
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay", "--frames", "5",
                           "--profile", profile, "--data-dir", str(tmp_path),
                           "--run-out", str(tmp_path / "r.json")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and says in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert not (tmp_path / "r.json").exists()


def test_the_largest_seed_the_game_takes_is_one_its_replay_takes(tmp_path: Path) -> None:
    run_out = tmp_path / "run.json"
    played = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay",
                             "--seed", str(2**32 - 1), "--frames", "300", "--run-out", str(run_out),
                             "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert played.returncode == 0, played.stderr
    assert read_run_file(run_out).seed == 2**32 - 1
    refused = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--seed", str(2**32),
                              "--frames", "1", "--data-dir", str(tmp_path)], capture_output=True, text=True,
                             timeout=60)
    assert refused.returncode == 2 and "--seed" in refused.stderr


def test_a_run_file_from_outside_is_read_by_the_guarded_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "run.json"
    os.mkfifo(fifo)
    with pytest.raises(RunFileError, match="a FIFO"):
        read_run_file(fifo)


def test_a_database_broken_in_its_pages_is_moved_aside_when_written(tmp_path: Path) -> None:
    path = tmp_path / "stats.db"
    with StatsDB(path) as db:
        db.add_runs([_row()] * 200)
    data = bytearray(path.read_bytes())
    data[len(data) // 2:] = b"\xff" * (len(data) - len(data) // 2)  # the header survives, the pages do not
    path.write_bytes(bytes(data))
    notice = count_run(path, _row(), stamp="T")
    assert notice is not None and "broken when written" in notice and "stats.db.broken-T" in notice
    with StatsDB(path, create=False) as db:
        assert db.rows() == [_row()]
    assert (tmp_path / "stats.db.broken-T").exists()
