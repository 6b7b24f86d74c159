"""The project's own contracts: packaging, translation, fonts, and the layers that must not draw."""

from __future__ import annotations

import ast
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import game
from game import i18n

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 gets tomli from the test extra
    import tomli as tomllib

# Layers that model the world: they run in tests and on servers with no display (DESIGN.md,
# "Architecture"), so they never import pygame or pyscroll. A folder that does not exist yet is fine.
PURE_LAYERS = ("game/level", "game/vision", "game/sim", "game/system")
PURE_FILES = ("game/events.py", "game/i18n.py", "game/__init__.py")
FORBIDDEN_MODULES = ("pygame", "pyscroll")

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def english_afterwards():
    """Leave the process in English whatever a test switched to."""
    yield
    i18n.set_language("en")


def _requirement_name(requirement: str) -> str:
    """The normalised project name of a PEP 508 requirement ("Pygame_CE>=2.5" -> "pygame-ce")."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, f"not a requirement: {requirement!r}"
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def _pyproject(repo_root: Path) -> dict:
    return tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))


def forbidden_imports(path: Path, forbidden: tuple[str, ...] = FORBIDDEN_MODULES) -> list[str]:
    """Every import of a forbidden top-level module in one Python file, as "FILE:LINE: module"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("__import__", "import_module")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        found += [f"{path}:{node.lineno}: {name}" for name in names if name.split(".")[0] in forbidden]
    return found


def _pure_layer_files(repo_root: Path) -> list[Path]:
    files = [repo_root / name for name in PURE_FILES if (repo_root / name).is_file()]
    for layer in PURE_LAYERS:
        folder = repo_root / layer
        if folder.is_dir():
            files += sorted(folder.rglob("*.py"))
    return files


# --- packaging ---------------------------------------------------------------------------------


def test_depends_on_pygame_ce_and_never_on_pygame(repo_root):
    project = _pyproject(repo_root)["project"]
    runtime = [_requirement_name(r) for r in project["dependencies"]]
    extras = [
        _requirement_name(r) for reqs in project.get("optional-dependencies", {}).values() for r in reqs
    ]
    assert "pygame-ce" in runtime
    assert "pygame" not in runtime + extras, "pygame and pygame-ce install the same package and clash"


def test_every_dependency_has_a_lower_bound(repo_root):
    project = _pyproject(repo_root)["project"]
    for requirement in project["dependencies"] + project["optional-dependencies"]["test"]:
        assert ">=" in requirement, f"{requirement!r} has no lower bound"


def test_package_version_matches_pyproject(repo_root):
    assert _pyproject(repo_root)["project"]["version"] == game.__version__


def test_ci_script_runs_make_test(repo_root):
    script = repo_root / ".ci" / "run"
    assert "make test" in script.read_text(encoding="utf-8")
    assert os.access(script, os.X_OK), ".ci/run must be executable"


# --- layers ------------------------------------------------------------------------------------


def test_model_layers_import_no_pygame_or_pyscroll(repo_root):
    offences = [line for path in _pure_layer_files(repo_root) for line in forbidden_imports(path)]
    assert not offences, "model layers must run without pygame:\n" + "\n".join(offences)


@pytest.mark.parametrize(
    "source",
    [
        "import pygame\n",
        "import pygame.display as display\n",
        "from pygame import Rect\n",
        "from pyscroll.orthographic import BufferedRenderer\n",
        "def f():\n    import pygame\n",
        "import importlib\nimportlib.import_module('pygame')\n",
    ],
)
def test_import_scan_catches_pygame(tmp_path, source):
    module = tmp_path / "bad.py"
    module.write_text(source, encoding="utf-8")
    assert forbidden_imports(module)


@pytest.mark.parametrize(
    "source",
    ["import numpy as np\n", "from .pygame_free import x\n", "import pygamelike\n", "# import pygame\n"],
)
def test_import_scan_allows_other_modules(tmp_path, source):
    module = tmp_path / "good.py"
    module.write_text(source, encoding="utf-8")
    assert forbidden_imports(module) == []


def test_game_package_and_i18n_do_not_load_pygame(repo_root):
    # A fresh interpreter, so modules imported by other tests do not count.
    import subprocess

    code = "import sys, game, game.i18n; sys.exit('pygame' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=repo_root, check=False)
    assert result.returncode == 0, "importing game or game.i18n pulled in pygame"


# --- translation -------------------------------------------------------------------------------


def test_language_switches_at_run_time():
    i18n.set_language("nl")
    assert i18n.current_language() == "nl"
    assert i18n._("Play") == "Spelen"
    assert i18n._("Quit") == "Stoppen"
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    assert i18n._("Play") == "Play"
    i18n.set_language("nl")
    assert i18n._("Play") == "Spelen"


def test_untranslated_message_is_shown_as_written():
    i18n.set_language("nl")
    assert i18n._("A message nobody translated") == "A message nobody translated"
    assert i18n.n_("one camera", "{n} cameras", 1) == "one camera"
    assert i18n.n_("one camera", "{n} cameras", 3) == "{n} cameras"


@pytest.mark.parametrize("lang", ["de", "fr_FR.UTF-8", "", "klingon", "C"])
def test_unknown_language_falls_back_to_english(lang):
    i18n.set_language("nl")
    i18n.set_language(lang)
    assert i18n.current_language() == "en"
    assert i18n._("Play") == "Play"


@pytest.mark.parametrize("lang", ["nl", "NL", "nl_NL.UTF-8", "nl-BE", "nl_NL@euro"])
def test_dutch_tags_mean_dutch(lang):
    i18n.set_language(lang)
    assert i18n.current_language() == "nl"


@given(st.text())
def test_any_language_tag_gives_a_supported_language(tag):
    assert i18n.normalise_language(tag) in i18n.SUPPORTED_LANGUAGES


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "nl:en", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LANGUAGE": "en", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LC_ALL": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LC_MESSAGES": "nl_NL", "LANG": "C.UTF-8"}, "nl"),
        ({"LC_ALL": "C"}, "en"),
    ],
)
def test_system_language_reads_the_environment(monkeypatch, environment, expected):
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert i18n.system_language() == expected
    assert i18n.system_language(environment) == expected


def test_system_language_with_nothing_set_is_english():
    assert i18n.system_language({}) == "en"


def test_missing_catalogue_is_identity(tmp_path):
    catalogue = i18n.load_catalogue("nl", tmp_path)
    assert catalogue.gettext("Play") == "Play"
    assert catalogue.ngettext("a camera", "cameras", 2) == "cameras"


def test_catalogue_with_plurals_compiles_in_memory(tmp_path):
    po = tmp_path / "nl" / "LC_MESSAGES" / "flagged.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "{n} camera saw you"\nmsgid_plural "{n} cameras saw you"\n'
        'msgstr[0] "{n} camera zag je"\nmsgstr[1] "{n} camera\'s zagen je"\n\n'
        'msgctxt "health pass"\nmsgid "Pass"\nmsgstr "Pas"\n',
        encoding="utf-8",
    )
    catalogue = i18n.load_catalogue("nl", tmp_path)
    assert catalogue.ngettext("{n} camera saw you", "{n} cameras saw you", 1) == "{n} camera zag je"
    assert catalogue.ngettext("{n} camera saw you", "{n} cameras saw you", 4) == "{n} camera's zagen je"
    assert catalogue.pgettext("health pass", "Pass") == "Pas"
    assert not list(tmp_path.rglob("*.mo")), "catalogues compile in memory, never to disk"


def test_broken_catalogue_names_its_file(tmp_path):
    po = tmp_path / "nl" / "LC_MESSAGES" / "flagged.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid "Play"\n\nmsgid "Quit"\nmsgstr "Stoppen"\n', encoding="utf-8")  # no msgstr
    with pytest.raises(ValueError, match=r"flagged\.po"):
        i18n.load_catalogue("nl", tmp_path)


def _shipped_catalogues() -> list[Path]:
    return sorted(i18n.LOCALE_DIR.glob(f"*/LC_MESSAGES/{i18n.DOMAIN}.po"))


def test_dutch_catalogue_is_shipped():
    assert i18n.LOCALE_DIR / "nl" / "LC_MESSAGES" / "flagged.po" in _shipped_catalogues()


@pytest.mark.parametrize("po_path", _shipped_catalogues(), ids=lambda p: p.parts[-3])
def test_translations_keep_their_placeholders(po_path):
    """A translation that drops or renames "{score}" would crash `str.format` on screen."""
    from babel.messages.pofile import read_po

    placeholder = re.compile(r"\{[^{}]*\}|%(?:\([^)]*\))?[-#0+]*\d*(?:\.\d+)?[sdif]")
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, abort_invalid=True)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = {p for text in ids for p in placeholder.findall(text)}
        for text in strings:
            if text and set(placeholder.findall(text)) - wanted:
                problems.append(f"{po_path}:{message.lineno}: {text!r} has placeholders not in {ids!r}")
            elif text and len(ids) == 1 and set(placeholder.findall(text)) != wanted:
                problems.append(f"{po_path}:{message.lineno}: {text!r} lost placeholders of {ids!r}")
    assert not problems, "\n".join(problems)


# --- fonts -------------------------------------------------------------------------------------


def test_font_ships_with_its_licence(repo_root):
    fonts = repo_root / "assets" / "fonts"
    assert (fonts / "AtkinsonHyperlegible-Regular.ttf").is_file()
    assert (fonts / "AtkinsonHyperlegible-Bold.ttf").is_file()
    assert "SIL OPEN FONT LICENSE" in (fonts / "OFL.txt").read_text(encoding="utf-8").upper()


def test_font_renders_dutch_text_without_a_display(repo_root):
    pygame = pytest.importorskip("pygame")
    pygame.font.init()
    try:
        for style in ("Regular", "Bold"):
            font = pygame.font.Font(
                str(repo_root / "assets" / "fonts" / f"AtkinsonHyperlegible-{style}.ttf"), 32
            )
            surface = font.render("Spelen · café · één · ‘rood’", True, (0, 0, 0))
            assert surface.get_width() > 0 and surface.get_height() > 0
    finally:
        pygame.font.quit()
