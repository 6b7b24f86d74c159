"""A level's own words: its name among the title's scenarios, the task, what its deadline is, its
endings' titles, the questions to discuss, the article's line for each ending and its sources.

Why data beside the map (``levels/NAME.story.json``): a new scenario brings its texts without a line
of code, and no module names a level. The file comes from outside, so it is read through
``game.level.untrusted`` and checked like the rules file: each problem is one line naming the file
and the field. Every text is an English message, translated where it is drawn; ``game.i18n_extract``
reads these files into the catalogue. A level without a story file tells the default story below,
and a story file that leaves a field out keeps the default's (for each ending, too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from game.i18n import N_
from game.level.errors import Problem
from game.level.untrusted import KIB, FileKind, UntrustedFileError, confined, read_json, text_problem

GAME_LEVELS = Path(__file__).resolve().parents[2] / "levels"  # the game's own levels
STORY = FileKind("story file", 256 * KIB, max_depth=6, max_text=1000)
SUFFIX = ".story.json"
# Every ending a run can have: the goals', the rules', and the clock's.
ENDINGS = ("in_courtroom", "held_at_gate", "pulled_off_highway", "too_late", "stayed_home", "spoke_at_square")
FALLBACK_ENDING = "too_late"  # whose questions and line a file without an ending (or an unknown one) shows
_PROFILE_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_QUESTIONS = 5
MAX_SOURCES = 12
MAX_SCENARIOS = 99
# The longest text of each field, in characters (the file wraps them; the title row does not).
LIMITS = {"title": 48, "task": 200, "deadline": 60, "endings": 80, "attributes": 60, "questions": 300,
          "article": 600, "article_source": 200, "sources": 200}


@dataclass(frozen=True)
class Story:
    """A level's texts, untranslated (English messages); ``scenario`` is its place on the title's
    scenario row (None: not offered there), ``title`` its name there."""

    title: str | None = None
    scenario: int | None = None
    benchmark: bool = False  # made to load the renderer, not to be played: no menu offers it
    task: str = N_("Reach the court before {time}.")  # {time}: the deadline (``fill_goal_label``)
    deadline: str = N_("the hearing")
    endings: Mapping[str, str] = field(default_factory=dict)
    questions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    article: Mapping[str, str] = field(default_factory=dict)
    article_source: str = ""
    sources: tuple[str, ...] = ()
    attributes: Mapping[str, str] = field(default_factory=dict)  # how the file names a profile key

    def attribute_name(self, key: str) -> str:
        """How a hidden attribute of the profile is named (untranslated): the story's words for it,
        else its key with spaces."""
        return self.attributes.get(key, key.replace("_", " "))

    def ending_title(self, ending: str | None) -> str | None:
        return self.endings.get(ending or "")

    def questions_for(self, ending: str | None) -> tuple[str, ...]:
        return self.questions.get(ending or "", self.questions.get(FALLBACK_ENDING, ()))

    def article_line(self, ending: str | None) -> str:
        return self.article.get(ending or "", self.article.get(FALLBACK_ENDING, ""))


DEFAULT_STORY = Story(
    endings={
        "in_courtroom": N_("In the courtroom"),
        "held_at_gate": N_("Held at the gate"),
        "pulled_off_highway": N_("Pulled off the highway"),
        "too_late": N_("Too late"),
        "stayed_home": N_("Stayed home"),
        "spoke_at_square": N_("You spoke at the square"),
    },
    # The questions of the first scenario, which fit any city of gates and a court.
    questions={
        "in_courtroom": (
            N_("You made it. What did you give up on the way to stay out of sight?"),
            N_("Your file keeps every camera that saw you and every gate that scanned you. Who else can "
               "read it, and for how long?"),
            N_("Would you walk the same route tomorrow, knowing what was recorded?"),
        ),
        "held_at_gate": (
            N_("The gate said no, but never why. Which rule do you think it was?"),
            N_("Could you have done anything differently, or was it decided before you left home?"),
            N_("Where in your own life does a system decide without telling you the reason?"),
        ),
        "pulled_off_highway": (
            N_("The highway was fast and watched. Was taking it a mistake, or a right?"),
            N_("The stop was about who you are, not what you did. How would you prove that?"),
            N_("Number-plate cameras keep every passage here too. Who should be allowed to search them?"),
        ),
        "too_late": (
            N_("How much of your time did the system take? Did you notice it happening?"),
            N_("Did you walk slower or take detours to avoid cameras? That is the chilling effect."),
            N_("When does feeling watched change what you do, even if you do nothing wrong?"),
        ),
        "stayed_home": (
            N_("Nothing happened to you today. Is that the same as being free?"),
            N_("The officers never touched you. What kept you home?"),
            N_("Police visits to activists happen in the Netherlands too. What do they say without words?"),
        ),
        "spoke_at_square": (
            N_("Nobody stopped you. Afterwards, doorbells told the police your route. Who hung them up?"),
            N_("A letter said you were selected for a check, and not why. How would you find out?"),
            N_("How different are we, really, from the city of the first scenario?"),
        ),
    },
    # One sentence at a time from the source article (Nienke Schipper, 29 March 2023), in English;
    # the Dutch catalogue gives back the original words.
    article={
        "in_courtroom": N_("“How exactly you get a flag behind your name often stays unclear, and that too "
                           "is part of the strategy.” (Hans de Zwart)"),
        "held_at_gate": N_("“She has no real proof, but it is too much of a coincidence that the covid QR "
                           "code on her smartphone suddenly stops being valid for no reason.”"),
        "pulled_off_highway": N_("“For hours she is not allowed off the asphalt, so she misses the trial.”"),
        "too_late": N_("“They stop doing things because they think they might be on camera.” "
                       "(Hans de Zwart)"),
        "stayed_home": N_("“According to Zhang, in China it is common to lock activists up at home on days "
                          "like these.”"),
        "spoke_at_square": N_("“Only here it is largely a private infrastructure that we put up ourselves, "
                              "think of the security camera with which you can see from afar who is at your "
                              "door.” (Hans de Zwart)"),
    },
    article_source=N_("Nienke Schipper, on the documentary Total Trust (Jialing Zhang, 2023), 29 March 2023"),
)


def story_path(level_path: Path) -> Path:
    """Where a level's story lies: beside its map, named after it."""
    return level_path.with_name(level_path.stem + SUFFIX)


def _shown(key: str) -> str:
    """A key from the file as a problem line may name it: short, and on one line."""
    return key[:48] if key[:48].isprintable() else repr(key[:48])


def _text(path: Path, name: str, value: Any, problems: list[Problem]) -> str | None:
    message = text_problem(value, LIMITS[name.split(".")[0].split("[")[0]])
    if message:
        problems.append(Problem(path, "story", name, message))
        return None
    return value


def _by_ending(path: Path, name: str, value: Any, problems: list[Problem]) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        problems.append(Problem(path, "story", name,
                                f"expected an object by ending, got {type(value).__name__}"))
        return None
    unknown = [key for key in value if key not in ENDINGS]
    for key in unknown:
        problems.append(Problem(path, "story", f"{name}.{_shown(key)}",
                                f"not an ending (known: {', '.join(ENDINGS)})"))
    return {key: item for key, item in value.items() if key in ENDINGS}


def _texts(path: Path, name: str, value: Any, most: int, problems: list[Problem]) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not 1 <= len(value) <= most:
        problems.append(Problem(path, "story", name, f"expected a list of 1 to {most} texts"))
        return None
    texts = [_text(path, f"{name}[{index}]", item, problems) for index, item in enumerate(value)]
    return None if any(text is None for text in texts) else tuple(texts)  # type: ignore[arg-type]


def check_story(path: Path, data: Any, problems: list[Problem]) -> Story:
    """A parsed story file as a Story over the default; each problem names the file and the field."""
    if not isinstance(data, dict):
        problems.append(Problem(path, "story", "file", "expected a JSON object of texts"))
        return DEFAULT_STORY
    before = len(problems)
    known = ("title", "scenario", "benchmark", "task", "deadline", "endings", "questions", "article",
             "article_source", "sources", "attributes")
    for key in data:
        if key not in known:
            problems.append(Problem(path, "story", _shown(key), f"unknown field (known: {', '.join(known)})"))
    given: dict[str, Any] = {}
    for name in ("title", "task", "deadline", "article_source"):
        if name in data:
            given[name] = _text(path, name, data[name], problems)
    scenario = data.get("scenario")
    if scenario is not None and (not isinstance(scenario, int) or isinstance(scenario, bool)
                                 or not 1 <= scenario <= MAX_SCENARIOS):
        problems.append(Problem(path, "story", "scenario",
                                f"expected a whole number from 1 to {MAX_SCENARIOS}"))
    elif scenario is not None:
        given["scenario"] = scenario
    if "benchmark" in data:
        if isinstance(data["benchmark"], bool):
            given["benchmark"] = data["benchmark"]
        else:
            problems.append(Problem(path, "story", "benchmark", "expected true or false"))
    for name in ("endings", "article"):
        found = _by_ending(path, name, data[name], problems) if name in data else None
        if found is not None:
            texts = {key: _text(path, f"{name}.{key}", item, problems) for key, item in found.items()}
            given[name] = {**getattr(DEFAULT_STORY, name), **texts}
    found = _by_ending(path, "questions", data["questions"], problems) if "questions" in data else None
    if found is not None:
        questions = {key: _texts(path, f"questions.{key}", item, MAX_QUESTIONS, problems)
                     for key, item in found.items()}
        given["questions"] = {**DEFAULT_STORY.questions, **questions}
    if "sources" in data:
        given["sources"] = _texts(path, "sources", data["sources"], MAX_SOURCES, problems)
    if "attributes" in data:
        attributes = data["attributes"]
        if not isinstance(attributes, dict) or not all(_PROFILE_KEY.match(str(key)) for key in attributes):
            problems.append(Problem(path, "story", "attributes",
                                    "expected an object of profile keys (lower case, _) and their names"))
        else:
            given["attributes"] = {key: _text(path, f"attributes.{key}", item, problems)
                                   for key, item in attributes.items()}
    if "title" not in given and "scenario" in given:
        problems.append(Problem(path, "story", "title", "a scenario on the title needs a title"))
    if len(problems) > before:
        return DEFAULT_STORY  # the problems say what; nothing half-checked is used
    return replace(DEFAULT_STORY, **given)


def load_story(level_path: Path, problems: list[Problem], roots: Sequence[Path] | None = None) -> Story:
    """The story beside a level's map, checked (problems appended), or the default if it has none.

    Like every file a level uses, it must lie (links resolved) in one of ``roots`` (default: the
    map's folder)."""
    try:
        path = confined(level_path.parent, story_path(level_path).name, roots or (level_path.parent,))
        data = read_json(path, STORY)
    except UntrustedFileError as error:
        if error.reason != "no such file":
            problems.append(Problem(error.path, "story", "file", error.reason))
        return DEFAULT_STORY
    return check_story(path, data, problems)


def scenarios(level_paths: Iterable[Path]) -> list[Path]:
    """The maps among ``level_paths`` that the title offers as scenarios, in their stories' order.

    Which levels are scenarios is the stories' to say (``scenario``), not the code's: a level
    without one (a benchmark city, a story that does not pass its check) is not offered."""
    offered = []
    for path in level_paths:
        problems: list[Problem] = []
        story = load_story(path, problems)
        if not problems and story.scenario is not None:
            offered.append((story.scenario, path.stem, path))
    return [path for _order, _name, path in sorted(offered)]


def _is_benchmark(path: Path) -> bool:
    """Whether the story beside ``path`` says it is a benchmark; read again only when it changes (the
    title asks every frame, and a workshop may add a level while the game runs)."""
    try:
        changed = story_path(path).stat().st_mtime_ns
    except OSError:
        return False  # no story: not a benchmark
    return _benchmark_story(path, changed)


@lru_cache(maxsize=64)
def _benchmark_story(path: Path, _changed: int) -> bool:
    problems: list[Problem] = []
    return load_story(path, problems).benchmark


def offered(level_paths: Iterable[Path]) -> list[Path]:
    """The maps among ``level_paths`` a facilitator may choose: all but the benchmarks (a workshop's
    own imported city, with no story file, is offered)."""
    return [path for path in level_paths if not _is_benchmark(path)]


def benchmarks(level_paths: Iterable[Path]) -> list[Path]:
    """The maps among ``level_paths`` made to load the renderer (``"benchmark": true``), for the bench."""
    return [path for path in level_paths if _is_benchmark(path)]


def first_scenario(levels_dir: Path = GAME_LEVELS) -> str:
    """The name of the level a plain start plays: the first scenario of ``levels_dir``."""
    offered = scenarios(sorted(levels_dir.glob("*.tmx")))
    return offered[0].stem if offered else ""


__all__ = ["DEFAULT_STORY", "ENDINGS", "GAME_LEVELS", "STORY", "Story", "benchmarks", "check_story",
           "first_scenario", "load_story", "offered", "scenarios", "story_path"]
