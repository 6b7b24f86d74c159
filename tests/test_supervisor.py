"""The kiosk's supervisor: restarts a crashing game, gives up calmly, and stops when the game quits."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from game.app.supervisor import OUT_OF_ORDER_FLAG, SUPERVISED_FLAG, child_command, supervise

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

    def spawn(self, argv: list[str], *, stderr: IO[str] | None = None, env: Any = None) -> Finished:
        self.started.append(argv)
        seconds, code = self.script.pop(0)
        self.now += seconds
        if code and stderr is not None:
            stderr.write(f"Traceback (most recent call last):\nRuntimeError: crash at {self.now:g}\n")
        return Finished(code)

    def clock(self) -> float:
        return self.now


def run(game: FakeGame, data_dir: Path) -> int:
    return supervise(CHILD, data_dir, spawn=game.spawn, clock=game.clock, stamp=lambda: "T")


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


def test_three_crashes_in_a_minute_show_out_of_order_and_stop(tmp_path: Path) -> None:
    game = FakeGame([(10.0, 1), (10.0, -11), (10.0, 1), (900.0, 0)])
    assert run(game, tmp_path) == 0
    assert game.started[:3] == [[*CHILD, SUPERVISED_FLAG]] * 3
    assert game.started[3] == [*CHILD, SUPERVISED_FLAG, OUT_OF_ORDER_FLAG]
    assert len(game.started) == 4
    log = (tmp_path / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "killed by SIGSEGV" in log and "3 crashes within 60 s; showing out of order" in log


def test_crashes_older_than_the_window_do_not_count(tmp_path: Path) -> None:
    # Crashes at 10, 40, 110, 140, 210: never three within 60 s, so the game keeps being restarted.
    game = FakeGame([(10.0, 1), (30.0, 1), (70.0, 1), (30.0, 1), (70.0, 1), (1000.0, 0)])
    assert run(game, tmp_path) == 0
    assert all(OUT_OF_ORDER_FLAG not in argv for argv in game.started)
    assert len(game.started) == 6


def test_an_out_of_order_screen_that_fails_too_ends_the_supervisor(tmp_path: Path) -> None:
    game = FakeGame([(1.0, 1), (1.0, 1), (1.0, 1), (1.0, -9)])
    assert run(game, tmp_path) == 1
    assert len(game.started) == 4


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

    def spawn(argv: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        started.append(argv)
        return subprocess.run(argv, check=False, timeout=30, **options)

    assert supervise([sys.executable, "-c", CRASHER], tmp_path, spawn=spawn) == 0
    assert [OUT_OF_ORDER_FLAG in argv for argv in started] == [False, False, False, True]
    log = (tmp_path / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert log.count("the game stopped: exit code 1") == 3
    assert "RuntimeError: the real child crashed" in log
    assert "the out-of-order screen was closed" in log
