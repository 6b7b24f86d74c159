"""The kiosk's supervisor: restarts a crashing or hung game, shows out of order and tries again, stops
when the game quits or when it is told to (SIGTERM). Fake games run on a fake clock; the real
processes are watched with fake clocks too, so nothing here waits on wall-clock time."""

from __future__ import annotations

import itertools
import os
import select
import signal
import subprocess
import sys
import textwrap
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from game.app.supervisor import (
    ENDED_HUNG,
    ENDED_TIME_UP,
    OUT_OF_ORDER_FLAG,
    SUPERVISED_FLAG,
    Watch,
    child_command,
    supervise,
)

CHILD = ["python", "main.py", "--kiosk"]


@dataclass
class Finished:
    returncode: int


@dataclass
class FakeGame:
    """Plays back exit codes, one per start, each after some seconds of a fake clock."""

    script: list[tuple[float, int]]  # (seconds the run lasts, its exit code)
    now: float = 0.0
    started: list[list[str]] = field(default_factory=list)

    def spawn(self, argv: list[str], *, stderr: IO[str] | None = None, env: Any = None,
              limit_s: float | None = None) -> Finished:
        self.started.append(argv)
        seconds, code = self.script.pop(0)
        if limit_s is not None and seconds >= limit_s:  # the watch ends it when its time is up
            self.now += limit_s
            return Finished(ENDED_TIME_UP)
        self.now += seconds
        if code and stderr is not None:
            stderr.write(f"Traceback (most recent call last):\nRuntimeError: crash at {self.now:g}\n")
        return Finished(code)

    def clock(self) -> float:
        return self.now


def run(game: FakeGame, data_dir: Path, waits: list[float] | None = None) -> int:
    return supervise(CHILD, data_dir, spawn=game.spawn, clock=game.clock, stamp=lambda: "T", retry_s=300,
                     sleep=(waits if waits is not None else []).append)


def test_a_quit_by_the_facilitator_ends_the_supervisor(tmp_path: Path) -> None:
    game = FakeGame([(500.0, 0)])
    assert run(game, tmp_path) == 0
    assert game.started == [[*CHILD, SUPERVISED_FLAG]]


def test_a_crash_is_logged_and_the_game_restarted(tmp_path: Path) -> None:
    game = FakeGame([(5.0, 1), (300.0, 0)])
    assert run(game, tmp_path) == 0
    assert game.started == [[*CHILD, SUPERVISED_FLAG]] * 2
    log = (tmp_path / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "T the game stopped: exit code 1; restarting" in log
    assert "    RuntimeError: crash at 5" in log


def test_three_crashes_in_a_minute_show_out_of_order_then_the_game_again(tmp_path: Path) -> None:
    # Three crashes; out of order would show for 900 s, but after 300 the game is tried again, and runs.
    game = FakeGame([(10.0, 1), (10.0, -11), (10.0, 1), (900.0, 0), (500.0, 0)])
    assert run(game, tmp_path) == 0
    assert game.started[:3] == [[*CHILD, SUPERVISED_FLAG]] * 3
    assert game.started[3] == [*CHILD, SUPERVISED_FLAG, OUT_OF_ORDER_FLAG]
    assert game.started[4] == [*CHILD, SUPERVISED_FLAG]
    assert game.now == 30 + 300 + 500
    log = (tmp_path / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "killed by SIGSEGV" in log and "3 crashes within 60 s; showing out of order" in log
    assert "out of order for 300 s; trying the game again" in log


def test_after_out_of_order_the_crash_count_starts_again(tmp_path: Path) -> None:
    # The retried game crashes once: that is a restart, not out of order at once.
    game = FakeGame([(1.0, 1), (1.0, 1), (1.0, 1), (900.0, 0), (1.0, 1), (50.0, 0)])
    assert run(game, tmp_path) == 0
    assert [OUT_OF_ORDER_FLAG in argv for argv in game.started] == [False, False, False, True, False, False]


def test_crashes_older_than_the_window_do_not_count(tmp_path: Path) -> None:
    # Crashes at 10, 40, 110, 140, 210: never three within 60 s, so the game keeps being restarted.
    game = FakeGame([(10.0, 1), (30.0, 1), (70.0, 1), (30.0, 1), (70.0, 1), (1000.0, 0)])
    assert run(game, tmp_path) == 0
    assert all(OUT_OF_ORDER_FLAG not in argv for argv in game.started)
    assert len(game.started) == 6


def test_an_out_of_order_screen_that_fails_too_does_not_end_supervision(tmp_path: Path) -> None:
    waits: list[float] = []
    game = FakeGame([(1.0, 1), (1.0, 1), (1.0, 1), (1.0, -9), (100.0, 0)])
    assert run(game, tmp_path, waits) == 0
    assert [OUT_OF_ORDER_FLAG in argv for argv in game.started] == [False, False, False, True, False]
    assert waits == [300], "it waits the retry interval before trying the game again"
    log = (tmp_path / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "the out-of-order screen failed too; trying the game again in 300 s" in log


def test_bad_options_are_not_restarted(tmp_path: Path) -> None:
    game = FakeGame([(0.1, 2)])
    assert run(game, tmp_path) == 2
    assert len(game.started) == 1


def test_child_command_runs_main_py_with_this_python(repo_root: Path) -> None:
    assert child_command(["--kiosk"]) == [sys.executable, str(repo_root / "main.py"), "--kiosk"]


CRASHER = textwrap.dedent("""
    import sys
    if "--out-of-order" in sys.argv:
        sys.exit(0)
    raise RuntimeError("the real child crashed")
""")


def test_a_real_crashing_process_is_restarted_then_out_of_order(tmp_path: Path) -> None:
    started: list[list[str]] = []
    watch = Watch(threading.Event())

    def spawn(argv: list[str], **options: Any) -> Any:
        started.append(argv)
        return watch(argv, **options)

    assert supervise([sys.executable, "-c", CRASHER], tmp_path, spawn=spawn, retry_s=300) == 0
    assert [OUT_OF_ORDER_FLAG in argv for argv in started] == [False, False, False, True]
    log = (tmp_path / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert log.count("the game stopped: exit code 1") == 3
    assert "RuntimeError: the real child crashed" in log
    assert "the out-of-order screen was closed" in log


def ticking(step: float) -> Any:
    """A fake clock that moves ``step`` seconds each time it is read: hours pass in a few polls."""
    counter = itertools.count()
    return lambda: next(counter) * step


def test_a_child_that_never_beats_is_stopped_as_hung(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "print('started', flush=True)"])  # warm the cache
    child.wait(60)
    watch = Watch(threading.Event(), clock=ticking(30.0), hang_s=60, start_grace_s=120)
    ended = watch([sys.executable, "-c", "import signal; signal.pause()"])
    assert ended.returncode == ENDED_HUNG


RETRIED = textwrap.dedent("""
    import signal, sys
    from pathlib import Path
    if "--out-of-order" in sys.argv:
        signal.pause()  # the calm screen shows until the keeper ends it
    counter = Path(sys.argv[1])
    starts = int(counter.read_text() or 0) + 1 if counter.exists() else 1
    counter.write_text(str(starts))
    sys.exit(1 if starts <= 3 else 0)
""")


def test_a_real_out_of_order_child_is_ended_and_the_game_tried_again(tmp_path: Path) -> None:
    """The retry interval is injected, and the watch's clock is fake: the retry comes at once."""
    counter = tmp_path / "starts"
    watch = Watch(threading.Event(), clock=ticking(60.0), hang_s=10_000, start_grace_s=10_000)
    code = supervise([sys.executable, "-c", RETRIED, str(counter)], tmp_path / "data", spawn=watch,
                     retry_s=300)
    assert code == 0
    assert counter.read_text() == "4", "three crashes, out of order, then the fourth start ran"
    log = (tmp_path / "data" / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "showing out of order" in log and "out of order for 300 s; trying the game again" in log


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text()
        found.extend(int(word) for word in text.split())
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _first_line(stream: IO[bytes], timeout: float) -> bytes:
    """The first line a process writes, or b"" if none comes in ``timeout`` (the failure bound)."""
    ready, _, _ = select.select([stream], [], [], timeout)
    return stream.readline() if ready else b""


def test_sigterm_to_a_supervised_kiosk_stops_the_game_and_the_supervisor(tmp_path: Path,
                                                                         repo_root: Path) -> None:
    supervisor = subprocess.Popen(
        [sys.executable, str(repo_root / "main.py"), "--kiosk", "--headless", "--fps", "30",
         "--data-dir", str(tmp_path), "--trace", "/dev/stdout"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert b'"screen": "title"' in _first_line(supervisor.stdout, 120), "the game never started"  # type: ignore[arg-type]
        games = _children(supervisor.pid)
        assert len(games) == 1
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=30) == 0  # generous: the supervisor gives the game 3 s, then kills
        assert not _alive(games[0]), "the game outlived its supervisor"
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()
    log = (tmp_path / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "asked to stop (a signal)" in log
    stderr = (tmp_path / "logs" / "child-stderr.log").read_text(encoding="utf-8")
    assert "stopped by SIGTERM" in stderr and "Traceback" not in stderr


def test_sigterm_and_sigint_end_the_game_cleanly_and_keep_the_run(tmp_path: Path, repo_root: Path) -> None:
    for number in (signal.SIGTERM, signal.SIGINT):
        run_out = tmp_path / f"run-{number}.json"
        game = subprocess.Popen(
            [sys.executable, str(repo_root / "main.py"), "--headless", "--autoplay", "--kiosk",
             "--supervised", "--data-dir", str(tmp_path / "data"), "--run-out", str(run_out),
             "--trace", "/dev/stdout"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert _first_line(game.stdout, 120), "the game never started"  # type: ignore[arg-type]
            game.send_signal(number)
            _, stderr = game.communicate(timeout=60)
        finally:
            if game.poll() is None:
                game.kill()
                game.wait()
        assert game.returncode == 128 + number, stderr
        assert f"stopped by {signal.Signals(number).name}".encode() in stderr
        assert b"Traceback" not in stderr
