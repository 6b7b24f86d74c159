"""Imports run downward only, and no two modules import each other (DESIGN.md, "Architecture").

What counts as an import here: every ``import`` and ``from ... import`` in a module of ``game/`` or
in ``main.py``, absolute or relative, wherever it stands: at module level, inside a function or a
method (an import at use is still a dependency, only a later one), and under ``if TYPE_CHECKING:``;
plus ``importlib.import_module`` and ``__import__`` with a literal name. ``from game.x import y``
imports the module ``game.x.y`` when there is one, else ``game.x``.

The layer test counts all of them: a type named from a layer above is knowledge of that layer. The
cycle test counts all but the ``TYPE_CHECKING`` ones, which never run; and neither counts the parent
package Python loads before a module (``game/render/__init__.py`` before ``game.render.art``): a
package's ``__init__`` is the front door for callers outside it, and a module that imports its own
package's front door, when that front door imports it, is caught as a cycle.

That the layers below the screens never import pygame is ``test_project.py``'s check.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# The layers, top to bottom: the modules each holds (a package holds all its modules) and the layers
# it may import besides its own modules and the shared leaves. Tools may use each other's helpers,
# and no layer imports a tool; a module in no layer fails.
LAYERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tools":   (("main", "game.bench", "game.soak", "game.contact_sheet", "game.docs_shots", "game.freeze",
                 "game.i18n_extract"),
                ("app", "screens", "render", "sim", "system", "level", "vision", "events", "rulebook")),
    "app":     (("game.app",),     ("screens", "render", "sim", "system", "level", "vision", "events",
                                    "rulebook")),
    "screens": (("game.screens",), ("render", "sim", "system", "level", "vision", "events", "rulebook")),
    "render":  (("game.render",),  ("sim", "system", "level", "vision", "events", "rulebook")),
    "sim":     (("game.sim",),     ("system", "level", "vision", "events", "rulebook")),
    "system":  (("game.system",),  ("level", "vision", "events", "rulebook")),
    "level":   (("game.level",),   ("rulebook",)),
    "vision":  (("game.vision",),  ()),
    "events":  (("game.events",),  ()),
    # The rules' vocabulary: read by the level loader (what a rules file may say) and by the system
    # (what it means), so it sits below both.
    "rulebook": (("game.rulebook",), ()),
    # Shared leaves: the version (game/__init__.py), the fixed step and the catalogue. Every layer
    # may import them; they import nothing of the game.
    "leaves":  (("game", "game.tuning", "game.i18n"), ()),
}
ROOT_PACKAGE = "game"  # its __init__ is a leaf; its modules are placed by the table, not under it

# Cycles known and not yet removed: each entry the set of modules in one cycle, with why it is still
# there. The cycle test fails on any other cycle, and on an entry that is no longer a cycle.
KNOWN_CYCLES: dict[frozenset[str], str] = {}

MODULE_LEVEL, AT_USE, TYPE_CHECKING_ONLY = "module level", "at use", "type checking"


@dataclass(frozen=True)
class Import:
    """One import of a module of the game: who, where, what, and how."""

    importer: str
    path: Path
    line: int
    imported: str
    kind: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.importer} imports {self.imported} ({self.kind})"


def module_names(root: Path) -> dict[str, Path]:
    """Every module of the game and main.py, by dotted name (a package by its own name), with its path
    from the root."""
    names = {"main": Path("main.py")}
    for path in sorted((root / "game").rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path.relative_to(root)
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _named(node: ast.AST, package: str) -> Iterator[str]:
    """The dotted names one node imports, relative imports resolved against ``package``."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            base = ".".join(parent + ([base] if base else []))
        for alias in node.names:
            yield f"{base}.{alias.name}"  # narrowed to ``base`` below when it names no module
    elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
          and isinstance(node.args[0].value, str)
          and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("__import__", "import_module")):
        yield node.args[0].value


def imports_of(root: Path, module: str, path: Path, known: set[str]) -> list[Import]:
    """The imports of modules of the game in one file (``path`` from ``root``), with line and kind."""
    tree = ast.parse((root / path).read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[Import] = []

    def visit(node: ast.AST, kind: str) -> None:
        found_here: list[Import] = []  # one per module named on the line
        for name in _named(node, package):
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module and all(seen.imported != name for seen in found_here):
                found_here.append(Import(module, path, node.lineno, name, kind))
        found.extend(found_here)
        for child in ast.iter_child_nodes(node):
            inner = kind
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and kind == MODULE_LEVEL:
                inner = AT_USE
            if isinstance(node, ast.If) and _is_type_checking(node.test) and child in node.body:
                inner = TYPE_CHECKING_ONLY
            visit(child, inner)

    visit(tree, MODULE_LEVEL)
    return found


def all_imports(root: Path) -> list[Import]:
    names = module_names(root)
    return [found for module, path in names.items() for found in imports_of(root, module, path, set(names))]


def layer_of(module: str) -> str | None:
    """The layer a module belongs to: the table's longest entry that is it or holds it."""
    best: tuple[int, str] | None = None
    for layer, (members, _may) in LAYERS.items():
        for member in members:
            holds = member != ROOT_PACKAGE and module.startswith(member + ".")
            if (module == member or holds) and (best is None or len(member) > best[0]):
                best = (len(member), layer)
    return best[1] if best else None


def upward_imports(imports: list[Import]) -> list[Import]:
    """Imports the table does not allow: upward, sideways, from a layer into a tool, or out of a leaf."""
    wrong = []
    for found in imports:
        source, target = layer_of(found.importer), layer_of(found.imported)
        if source == target != "leaves":
            continue
        allowed = target == "leaves" and source != "leaves"
        if not allowed and source is not None and target is not None:
            allowed = target in LAYERS[source][1]
        if not allowed:
            wrong.append(found)
    return wrong


def cycles(imports: list[Import]) -> list[frozenset[str]]:
    """The modules that import each other, round: each strongly connected set of two or more."""
    graph: dict[str, set[str]] = {}
    for found in imports:
        if found.kind != TYPE_CHECKING_ONLY:
            graph.setdefault(found.importer, set()).add(found.imported)
            graph.setdefault(found.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found_sets: list[frozenset[str]] = []

    def connect(module: str) -> None:  # Tarjan's algorithm; the graph is a hundred modules deep at most
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in index:
                connect(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            members = {module}
            while (member := stack.pop()) != module:
                members.add(member)
            if len(members) > 1:
                found_sets.append(frozenset(members))

    for module in sorted(graph):
        if module not in index:
            connect(module)
    return found_sets


def _describe(cycle: frozenset[str], imports: list[Import]) -> str:
    inside = [f"  {found}" for found in imports
              if found.importer in cycle and found.imported in cycle and found.kind != TYPE_CHECKING_ONLY]
    return f"{sorted(cycle)}:\n" + "\n".join(sorted(set(inside)))


# --- the game's own imports -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def game_imports() -> list[Import]:
    return all_imports(Path(__file__).resolve().parent.parent)


def test_every_module_is_in_a_layer(repo_root):
    unplaced = [module for module in module_names(repo_root) if layer_of(module) is None]
    assert not unplaced, f"modules in no layer (add them to LAYERS in {__file__}): {unplaced}"


def test_imports_run_downward_only(game_imports):
    wrong = upward_imports(game_imports)
    assert not wrong, "imports against the layers (LAYERS in this file):\n" + "\n".join(map(str, wrong))


def test_no_modules_import_each_other(game_imports):
    found = set(cycles(game_imports))
    new = [_describe(cycle, game_imports) for cycle in found if cycle not in KNOWN_CYCLES]
    assert not new, "modules that import each other, round:\n" + "\n".join(new)
    gone = [sorted(cycle) for cycle in KNOWN_CYCLES if cycle not in found]
    assert not gone, f"no longer a cycle, remove from KNOWN_CYCLES: {gone}"


def test_no_module_imports_its_own_package_front_door(repo_root, game_imports):
    # Inside a package, a module imports the module that defines a name (game.render.art), not the
    # package's __init__, which re-exports for callers outside it and imports half the package.
    packages = {module for module, path in module_names(repo_root).items() if path.name == "__init__.py"}
    inward = [found for found in game_imports if found.imported in packages - {ROOT_PACKAGE}
              and found.importer.startswith(found.imported + ".")]
    assert not inward, "import the defining module instead:\n" + "\n".join(map(str, inward))


def _asked_of_registry(root: Path) -> list[str]:
    """Every ``registry.make("NAME", ...)`` in the game, as "FILE:LINE: NAME"."""
    asked = []
    for path in sorted((root / "game").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "make" and getattr(node.func.value, "id", None) == "registry"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                asked.append(f"{path.relative_to(root)}:{node.lineno}: {node.args[0].value}")
    return asked


def test_screens_reached_by_name_are_registered(repo_root):
    # A name nobody registered would fail only when a visitor gets there.
    from game.screens import registry

    asked = _asked_of_registry(repo_root)
    assert asked, "no screen asks the registry any more: remove it (and this test)"
    missing = [where for where in asked if where.rsplit(": ", 1)[1] not in registry.SCREENS]
    assert not missing, f"not registered in game/screens/__init__.py: {missing}"


# --- the scanner itself ---------------------------------------------------------------------------


def _tree(root: Path, files: dict[str, str]) -> list[Import]:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    (root / "main.py").touch()
    return all_imports(root)


def test_scanner_sees_imports_at_use_relative_and_for_types(tmp_path):
    found = _tree(tmp_path, {
        "game/__init__.py": "",
        "game/sim/__init__.py": "from .world import World\n",
        "game/sim/world.py": "World = 1\n",
        "game/level/__init__.py": "",
        "game/level/model.py": ("from typing import TYPE_CHECKING\n"
                                "if TYPE_CHECKING:\n    from game.render import art\n"
                                "def f():\n    from game.sim import World\n"
                                "import importlib\nimportlib.import_module('game.screens.play')\n"),
        "game/render/__init__.py": "", "game/render/art.py": "",
        "game/screens/__init__.py": "", "game/screens/play.py": "",
    })
    assert {(each.importer, each.imported): each.kind for each in found} == {
        ("game.sim", "game.sim.world"): MODULE_LEVEL,
        ("game.level.model", "game.render.art"): TYPE_CHECKING_ONLY,
        ("game.level.model", "game.sim"): AT_USE,
        ("game.level.model", "game.screens.play"): MODULE_LEVEL,
    }
    wrong = upward_imports(found)
    assert {str(each).split(": ", 1)[1] for each in wrong} == {
        "game.level.model imports game.render.art (type checking)",
        "game.level.model imports game.sim (at use)",
        "game.level.model imports game.screens.play (module level)",
    }
    assert str(wrong[0]).startswith("game/level/model.py:3: ")


def test_cycles_count_imports_at_use_but_not_type_names(tmp_path):
    found = _tree(tmp_path, {
        "game/__init__.py": "", "game/screens/__init__.py": "",
        "game/screens/play.py": "def f():\n    from game.screens import title\n",
        "game/screens/title.py": "from game.screens.play import f\n",
        "game/screens/pause.py": ("from typing import TYPE_CHECKING\n"
                                  "if TYPE_CHECKING:\n    import game.screens.phone\n"),
        "game/screens/phone.py": "import game.screens.pause\n",
    })
    assert cycles(found) == [frozenset({"game.screens.play", "game.screens.title"})]


def test_tools_and_leaves_import_as_the_table_says(tmp_path):
    found = _tree(tmp_path, {
        "game/__init__.py": "", "game/bench.py": "import game.app\n", "game/soak.py": "import game.bench\n",
        "game/app/__init__.py": "from game import __version__, tuning\n",
        "game/app/loop.py": "import game.soak\n",
        "game/tuning.py": "from game.events import Command\n", "game/events.py": "",
    })
    assert {(each.importer, each.imported) for each in upward_imports(found)} == {
        ("game.app.loop", "game.soak"), ("game.tuning", "game.events")}
