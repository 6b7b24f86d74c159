"""A level's words as data (``levels/NAME.story.json``): checked like the rules file, the default for
a level without one, the same texts as when they were code, and every text in the catalogue.

``data/story_texts_before.json`` holds what the title and the file showed for both scenarios in both
languages when these texts were still keyed by the level's name in code (written by that code).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game import i18n
from game.app.commands import check_command
from game.events import RunEnded, RunRecord
from game.i18n import _
from game.i18n_extract import extract, story_texts
from game.level import LevelError, load_level
from game.level.loader import GOAL_ENDINGS
from game.level.story import DEFAULT_STORY, ENDINGS, check_story, story_path
from game.render.debrief import file_of_run
from game.render.debrief_story import series, timeline
from game.rulebook import ENDINGS_BY_RULE
from game.screens import TitleScreen
from tests.mapmaker import basic_objects, court_door, open_rows, write_map
from tests.test_screens import FakeApp, FakeRuns

REPO = Path(__file__).resolve().parent.parent
LEVELS = REPO / "levels"
BEFORE = json.loads((Path(__file__).parent / "data" / "story_texts_before.json").read_text(encoding="utf-8"))
SCENARIOS = ("hearing_day", "here")


def _map(folder: Path, story: object | None = None, name: str = "test") -> Path:
    path = write_map(folder, open_rows(20, 10), [*basic_objects(), court_door(15, 2)], name=name)
    if story is not None:
        story_path(path).write_text(story if isinstance(story, str) else json.dumps(story), encoding="utf-8")
    return path


class TitleRuns(FakeRuns):
    """Fake runs that offer levels to choose from, as the app's title does."""

    def __init__(self, level, paths: list[Path]) -> None:
        super().__init__(level)
        self.paths = paths

    def level_paths(self) -> list[Path]:
        return self.paths

    def choose_level(self, path: Path) -> None:
        self.level = load_level(path)


def title_app(level, art, paths: list[Path]) -> FakeApp:
    app = FakeApp(level, art)
    app.runs = TitleRuns(level, paths)
    return app


# --- the check --------------------------------------------------------------------------------


@pytest.mark.parametrize(("story", "field", "says"), [
    ({"questions": {"too_late": ["One?", 7]}}, "questions.too_late[1]", "expected text, got int"),
    ({"endings": {"in_court": "In court"}}, "endings.in_court", "not an ending"),
    ({"scenario": 3}, "title", "needs a title"),
    ({"title": "A", "scenario": "first"}, "scenario", "whole number"),
    ({"task": "x" * 201}, "task", "201 characters, at most 200"),
    ({"sources": []}, "sources", "a list of 1 to 12 texts"),
    ({"colour": "red"}, "colour", "unknown field"),
    ({"endings": {"in\ncourt": "x"}}, "endings.'in\\ncourt'", "not an ending"),  # one line, whatever the key
    ("[1, 2", "file", "broken JSON"),
    ("{" + '"title": "a", ' * 30000 + "}", "file", "more than a story file may be"),
])
def test_a_broken_story_names_its_file_and_field(tmp_path: Path, story: object, field: str,
                                                 says: str) -> None:
    path = _map(tmp_path, story)
    with pytest.raises(LevelError) as raised:
        load_level(path)
    line = next(str(problem) for problem in raised.value.problems if problem.file == story_path(path))
    assert line.startswith(f"{story_path(path)}: story: {field}: ") and says in line


def test_a_story_linked_from_outside_the_levels_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text(json.dumps({"title": "Somewhere else"}), encoding="utf-8")
    path = _map(tmp_path / "levels")
    story_path(path).symlink_to(outside)
    with pytest.raises(LevelError) as raised:
        load_level(path)
    assert "story: file: outside the folders a level may use" in str(raised.value)


def test_check_exits_2_on_a_broken_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _map(tmp_path, {"deadline": 10})
    assert check_command([str(path)]) == 2
    assert f"{story_path(path)}: story: deadline: expected text, got int" in capsys.readouterr().out
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "check", str(path)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "SDL_VIDEODRIVER": "dummy"})
    assert done.returncode == 2 and "story: deadline" in done.stdout


def test_the_shipped_stories_pass_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_command([str(LEVELS / f"{name}.tmx") for name in SCENARIOS]) == 0


# --- the default ------------------------------------------------------------------------------


def test_a_level_without_a_story_tells_the_default(tmp_path: Path) -> None:
    level = load_level(_map(tmp_path))
    assert level.story is DEFAULT_STORY and level.story.scenario is None
    stress = load_level(LEVELS / "stress.tmx").story
    assert stress.benchmark and stress.scenario is None and stress.endings == DEFAULT_STORY.endings
    assert series(file_of_run(RunRecord("t", "test", 1, {}, "", "too_late", 0, ()), level)).deadline \
        == "the hearing"
    i18n.set_language("nl")
    try:
        assert _(level.story.task).replace("{time}", "10:00") == "Wees vóór 10:00 bij de rechtbank."
    finally:
        i18n.set_language("en")


def test_a_story_that_leaves_fields_out_keeps_the_default_for_them(tmp_path: Path) -> None:
    level = load_level(_map(tmp_path, {"deadline": "the vote", "article": {"too_late": "“Late.”"}}))
    story = level.story
    assert story.deadline == "the vote" and story.article_line("too_late") == "“Late.”"
    assert story.article_line("in_courtroom") == DEFAULT_STORY.article_line("in_courtroom")
    assert story.questions_for("held_at_gate") == DEFAULT_STORY.questions_for("held_at_gate")
    assert story.questions_for(None) == DEFAULT_STORY.questions["too_late"]
    ended = RunRecord("t", "test", 1, {}, "", "too_late", 0, (RunEnded(0, "08:00", "too_late"),))
    assert timeline(ended, level)[-1].sentence == "Ending: Too late"


def test_every_ending_a_run_can_have_has_a_default_title_and_questions() -> None:
    # the clock ends the rest: too late, or too late while held on the hard shoulder
    assert set(ENDINGS) == {*GOAL_ENDINGS, *ENDINGS_BY_RULE, "too_late", "pulled_off_highway"}
    default = DEFAULT_STORY
    assert set(default.endings) == set(default.questions) == set(default.article) == set(ENDINGS)


# --- the same texts as before -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", SCENARIOS)
def test_the_title_and_the_file_say_what_they_said_before(art, name: str, lang: str) -> None:
    level = load_level(LEVELS / f"{name}.tmx")
    story, before = level.story, BEFORE[f"{name}/{lang}"]
    title = TitleScreen(title_app(level, art, [LEVELS / f"{other}.tmx" for other in reversed(SCENARIOS)]))
    i18n.set_language(lang)
    try:
        assert title.task() == before["task"]
        assert [path.stem for path in title.scenario_paths()] == list(SCENARIOS)  # the stories' order
        assert _(title._story(LEVELS / f"{name}.tmx").title) == before["name"]
        unfinished = file_of_run(RunRecord("t", name, 1, {}, "", None, 0, ()), level)
        assert _(series(unfinished).deadline) == before["deadline"]
        assert _(story.article_source) == before["source"]
        assert [_(source) for source in story.sources] == before["sources"]
        for ending, then in before["endings"].items():
            assert _(story.ending_title(ending)) == then["title"]
            assert _(story.article_line(ending)) == then["article"]
            assert [_(question) for question in story.questions_for(ending)] == then["questions"]
    finally:
        i18n.set_language("en")


def test_the_title_offers_the_levels_whose_story_says_so(art, tmp_path: Path) -> None:
    second = _map(tmp_path / "b", {"title": "Second", "scenario": 2}, name="b")
    first = _map(tmp_path / "a", {"title": "First", "scenario": 1}, name="a")
    plain = _map(tmp_path / "c", name="c")
    title = TitleScreen(title_app(load_level(plain), art, [second, plain, first]))
    assert title.scenario_paths() == [first, second]
    assert title.task() == "Reach the court before 10:00."


# --- the catalogue ----------------------------------------------------------------------------


def test_the_extractor_finds_every_text_of_every_story() -> None:
    catalog = extract()
    for path in sorted(LEVELS.glob("*.story.json")):
        found = list(story_texts(path))
        data = json.loads(path.read_text(encoding="utf-8"))
        single = sum(key in data for key in ("title", "task", "deadline", "article_source"))
        assert len(found) == (single + len(data.get("endings", {}))
                              + sum(map(len, data.get("questions", {}).values()))
                              + len(data.get("article", {})) + len(data.get("sources", ()))
                              + len(data.get("attributes", {})))
        for text, filename, line, _note in found:
            message = catalog.get(text)
            assert message is not None and (filename, line) in message.locations
            assert text in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_story_names_its_hidden_attributes_and_a_bad_name_is_refused(tmp_path: Path) -> None:
    story = load_level(LEVELS / "hearing_day.tmx").story
    assert story.attribute_name("relative_of_detainee") == "relative of a detainee"
    assert story.attribute_name("left_handed") == "left handed", "one a workshop adds is shown as its key"
    problems: list = []
    check_story(tmp_path / "x.story.json", {"attributes": {"Bad Key!": "x"}}, problems)
    assert [problem.field for problem in problems] == ["attributes"]
