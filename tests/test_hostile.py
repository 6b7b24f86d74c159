"""Every file of the hostile corpus (``tests/hostile.py``), through the code and the command line.

Each one either gives exit 2 and one line naming the file, or plays correctly (a settings file:
the game starts, with at most a notice). None may give a traceback, die of a signal or hang: each
command runs with a timeout and an address-space limit, which are the failure conditions; nothing
here times anything.
"""

from __future__ import annotations

import contextlib
import io
import resource
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from game.app.commands import check_command, debrief_command, replay_command
from game.app.settings import Settings, load_settings
from game.app.stats import stats_command
from tests.hostile import Case, build_corpus

REPO = Path(__file__).resolve().parent.parent
SECONDS = 20  # each command, at most (a hang is a failure)
ADDRESS_SPACE = 2 * 1024**3  # each command's memory, at most
MIN_CASES = 60


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    folder = tmp_path_factory.mktemp("hostile")
    sound_run = folder / "sound-run.json"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay", "--seed", "3",
                           "--frames", "30000", "--run-out", str(sound_run),
                           "--data-dir", str(folder / "data")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return build_corpus(folder / "corpus", sound_run)


def test_the_corpus_is_large_and_covers_every_kind_of_file(corpus: list[Case]) -> None:
    assert len(corpus) >= MIN_CASES
    assert {case.use for case in corpus} == {"level", "run", "settings", "stats"}
    assert sum(case.expect == "play" for case in corpus) >= 4, "sound files must still play"


def _names_the_file(line: str, case: Case) -> bool:
    """A refusal names the hostile file, or the file in its folder that the hostile one names."""
    return str(case.path) in line or line.removeprefix("flagged: ").startswith(str(case.path.parent))


@contextlib.contextmanager
def _captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def _in_process(case: Case, scratch: Path) -> str | None:
    """What is wrong with how the code handles ``case``, or None."""
    with _captured() as (out, err):
        if case.use == "level":
            status = check_command([str(case.path)])
            lines = out.getvalue().splitlines()
        elif case.use == "run":
            status = replay_command([str(case.path), "--headless"])
            if status == 0:
                status = debrief_command([str(case.path), "--png", str(scratch / f"{case.name}.png")])
            lines = err.getvalue().splitlines()
        elif case.use == "settings":
            settings, notice = load_settings(case.path)
            if not isinstance(settings, Settings) or (notice is not None and "\n" in notice):
                return f"settings: {settings!r} {notice!r}"
            if settings.attract_after < 1 or settings.idle_reset < 1:
                return "a timing below its minimum was kept"
            return None
        else:
            status = stats_command(["--db", str(case.path)])
            lines = err.getvalue().splitlines()
    if case.expect == "play":
        return None if status == 0 else f"exit {status}: {lines}"
    if status != 2 or not lines:
        return f"exit {status}, said {lines}"
    if case.use != "level" and len(lines) != 1:
        return f"said {len(lines)} lines: {lines}"
    unnamed = [line for line in lines if not _names_the_file(line, case)]
    return f"does not name the file: {unnamed[0]}" if unnamed else None


def test_every_hostile_file_is_refused_in_one_line_or_plays_in_process(corpus: list[Case],
                                                                       tmp_path: Path) -> None:
    wrong = {case.name: _in_process(case, tmp_path) for case in corpus}
    assert {name: said for name, said in wrong.items() if said} == {}


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _commands(case: Case, scratch: Path) -> list[list[str]]:
    data = scratch / case.name
    if case.use == "level":
        return [["check", str(case.path)],
                ["--headless", "--autoplay", "--level", str(case.path), "--frames", "1",
                 "--data-dir", str(data)]]
    if case.use == "run":
        return [["replay", str(case.path), "--headless"]]
    if case.use == "settings":
        return [["--headless", "--frames", "2", "--data-dir", str(case.path.parent)]]
    return [["stats", "--db", str(case.path)]]


def _through_the_command_line(case: Case, scratch: Path) -> str | None:
    for args in _commands(case, scratch):
        try:
            done = subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                                  text=True, timeout=SECONDS, preexec_fn=_limit, cwd=scratch)
        except subprocess.TimeoutExpired:
            return f"{args[0]}: no answer within {SECONDS} s"
        said = [line for line in (done.stdout if args[0] == "check" else done.stderr).splitlines()
                if not line.startswith("libpng ")]  # libpng's own chatter, from C, before our line
        if done.returncode < 0:
            return f"{args[0]}: killed by signal {-done.returncode}"
        if "Traceback" in done.stderr:
            return f"{args[0]}: a traceback: {done.stderr[-300:]}"
        if case.expect == "play" or case.use == "settings":
            if done.returncode != 0:
                return f"{args[0]}: exit {done.returncode}: {said}"
            notices = [line for line in said if line.startswith("flagged: ")]
            if case.use == "settings" and any(str(case.path) not in line for line in notices):
                return f"a notice that does not name the file: {notices}"
            continue
        if done.returncode != 2 or not said:
            return f"{args[0]}: exit {done.returncode}, said {said}"
        if args[0] != "check" and len(said) != 1:
            return f"{args[0]}: said {len(said)} lines: {said}"
        unnamed = [line for line in said if not _names_the_file(line, case)]
        if unnamed:
            return f"{args[0]}: does not name the file: {unnamed[0]}"
    return None


def test_every_hostile_file_is_refused_in_one_line_or_plays_on_the_command_line(corpus: list[Case],
                                                                                tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        said = pool.map(lambda case: _through_the_command_line(case, tmp_path), corpus)
        wrong = dict(zip((case.name for case in corpus), said, strict=True))
    assert {name: said for name, said in wrong.items() if said} == {}
