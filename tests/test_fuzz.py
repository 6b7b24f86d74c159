"""No traceback reaches a player: mutated levels, assets, run files and settings end in one clear line.

Hypothesis mutates the shipped ``.tmx`` files (truncation, removed or retyped attributes, absurd sizes,
missing tilesets and images, unknown classes, duplicate ids, broken XML, non-XML bytes). Most examples
run the in-process ``check`` and ``load_level``; a handful go through ``python main.py`` in a
subprocess, which must end with exit 2 and one line on stderr naming the file, quickly and in bounded
memory. A mutation that happens to leave a sound level is fine, as long as it then loads.
"""

from __future__ import annotations

import json
import random
import re
import resource
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.app.commands import check_command, replay_command
from game.app.settings import load_settings
from game.level import LevelError, load_level
from game.render import Art, AssetError

REPO = Path(__file__).resolve().parent.parent
LEVELS = sorted((REPO / "levels").glob("*.tmx"))
ASSETS = REPO / "assets"
KINDS = ("truncate", "drop_attribute", "retype_attribute", "absurd_size", "missing_tileset", "missing_image",
         "corrupt_image", "corrupt_image_body", "unknown_class", "duplicate_id", "broken_xml", "non_xml",
         "drop_element")
JUNK_VALUES = ("", "abc", "-1", "0", "1e309", "nan", "99999999999999999999", "3.5", "true", "<", "100000")
SUBPROCESS_SECONDS = 20.0
SUBPROCESS_MB = 400


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of levels/ and the tileset, with a tileset whose image is missing and one whose is junk.

    The tiles go inside the copied levels' folder, since a level may use files only from its own
    folder tree and the game's assets."""
    root = tmp_path_factory.mktemp("fuzz")
    (root / "levels").mkdir()
    for path in (REPO / "levels").iterdir():
        if path.is_file():
            text = path.read_bytes().replace(b'source="../assets/tiles/', b'source="tiles/')
            (root / "levels" / path.name).write_bytes(text)
    shutil.copytree(REPO / "levels" / "templates", root / "levels" / "templates")
    tiles = root / "levels" / "tiles"
    tiles.mkdir(parents=True)
    shutil.copy(ASSETS / "tiles" / "city.png", tiles / "city.png")
    shutil.copy(ASSETS / "tiles" / "here.png", tiles / "here.png")
    shutil.copy(ASSETS / "tiles" / "here.tsx", tiles / "here.tsx")
    tsx = (ASSETS / "tiles" / "city.tsx").read_text(encoding="utf-8")
    (tiles / "city.tsx").write_text(tsx, encoding="utf-8")
    for name, image in (("no_image", "gone.png"), ("junk_image", "junk.png"), ("junk_body", "body.png")):
        text = tsx.replace('source="city.png"', f'source="{image}"')
        (tiles / f"{name}.tsx").write_text(text, encoding="utf-8")
    (tiles / "junk.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a png" * 8)
    # A sound PNG header over a junk body: only decoding the image finds it.
    (tiles / "body.png").write_bytes((tiles / "city.png").read_bytes()[:33] + b"junk" * 64)
    return root


def mutate(text: bytes, kind: str, rng: random.Random) -> bytes:
    """One mutation of a .tmx file's bytes."""
    if kind == "truncate":
        return text[: rng.randrange(0, len(text))]
    if kind == "non_xml":
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 2048)))
    if kind == "broken_xml":
        at = rng.randrange(0, len(text))
        return text[:at] + rng.choice((b"<", b"&", b"</map>", b"\x00", b"<x y='1'")) + text[at:]
    root = ElementTree.fromstring(text)
    elements = list(root.iter())
    if kind == "drop_attribute":
        element = rng.choice([e for e in elements if e.attrib])
        del element.attrib[rng.choice(sorted(element.attrib))]
    elif kind == "retype_attribute":
        element = rng.choice([e for e in elements if e.attrib])
        element.set(rng.choice(sorted(element.attrib)), rng.choice(JUNK_VALUES))
    elif kind == "drop_element":
        parent = rng.choice([e for e in elements if len(e)])
        parent.remove(rng.choice(list(parent)))
    elif kind == "absurd_size":
        target = rng.choice([root, *root.iter("layer")])
        target.set(rng.choice(("width", "height")), rng.choice(("100000", "1000000000", "1025")))
        if rng.random() < 0.5:
            root.set("width", "100000")
            root.set("height", "100000")
    elif kind in ("missing_tileset", "missing_image", "corrupt_image", "corrupt_image_body"):
        names = {"missing_tileset": "nowhere", "missing_image": "no_image", "corrupt_image": "junk_image",
                 "corrupt_image_body": "junk_body"}
        source = f"tiles/{names[kind]}.tsx"
        for tileset in root.iter("tileset"):
            tileset.set("source", source)
    elif kind == "unknown_class":
        rng.choice(list(root.iter("object"))).set("type", rng.choice(("ufo", "Camera", "", "spawn ")))
    elif kind == "duplicate_id":
        objects = list(root.iter("object"))
        a, b = rng.sample(objects, 2)
        b.set("id", a.get("id", "1"))
    return ElementTree.tostring(root)


def assert_names_the_file(lines: list[str], path: Path) -> None:
    assert lines, "a broken level must say what is wrong"
    for line in lines:
        assert "Traceback" not in line
        assert str(path) in line or path.name in line or ".rules.json" in line, line


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(level=st.sampled_from(LEVELS), kind=st.sampled_from(KINDS), seed=st.integers(0, 2**32 - 1))
def test_check_names_the_file_of_any_mutated_level(sandbox: Path, capsys: pytest.CaptureFixture[str],
                                                   level: Path, kind: str, seed: int) -> None:
    path = sandbox / "levels" / f"mutated_{level.name}"
    path.write_bytes(mutate(level.read_bytes(), kind, random.Random(seed)))
    status = check_command([str(path)])
    lines = capsys.readouterr().out.splitlines()
    assert status in (0, 2)
    if status == 2:
        assert_names_the_file(lines, path)
    else:
        assert lines == [f"{path}: ok"]
        load_level(path)  # a mutation that left a sound level must load


def _limit_memory() -> None:
    limit = SUBPROCESS_MB * 2**20 * 4  # address space, not resident memory: SDL and numpy reserve a lot
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_main(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([sys.executable, str(REPO / "main.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=SUBPROCESS_SECONDS, preexec_fn=_limit_memory)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < SUBPROCESS_MB or peak_mb <= before / 1024, f"the game used {peak_mb:.0f} MB"
    return done


# One subprocess per kind of mutation, for both the check and the game itself.
@pytest.mark.parametrize("kind", KINDS)
def test_game_and_check_end_with_one_line_naming_the_mutated_level(sandbox: Path, tmp_path: Path,
                                                                   kind: str) -> None:
    level = REPO / "levels" / "hearing_day.tmx"
    rng = random.Random(f"{kind}-7")
    for _ in range(20):  # find a mutation that breaks the level (most do at once)
        path = sandbox / "levels" / f"sub_{kind}.tmx"
        path.write_bytes(mutate(level.read_bytes(), kind, rng))
        try:
            load_level(path)
        except LevelError:
            break
        if kind == "corrupt_image_body":  # sound as a level; only drawing the map finds the junk image
            break
    else:
        pytest.skip(f"no breaking {kind} mutation found")
    # --autoplay: the play screen draws the map in the one frame, so a junk tileset image shows too.
    game = run_main(["--headless", "--autoplay", "--level", str(path), "--frames", "1",
                     "--data-dir", str(tmp_path)], sandbox)
    check = run_main(["check", str(path)], sandbox)
    assert game.returncode == 2, game.stderr
    # libpng itself may complain on stderr before our line; that chatter comes from C, not from the game.
    lines = [line for line in game.stderr.splitlines() if not line.startswith("libpng ")]
    assert len(lines) == 1 and "Traceback" not in game.stderr, game.stderr
    assert str(path) in lines[0] or path.name in lines[0], lines[0]
    # check is the gate: it decodes the tileset images as play does, so a junk body fails there too.
    assert check.returncode == 2, check.stdout
    assert_names_the_file(check.stdout.splitlines(), path)
    assert "Traceback" not in check.stderr


# --- assets ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def display() -> None:
    pygame.display.init()
    pygame.display.set_mode((64, 64))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(relative=st.sampled_from(("sprites/player.png", "sprites/camera_lamp.png",
                                 "fonts/AtkinsonHyperlegible-Regular.ttf",
                                 "fonts/AtkinsonHyperlegible-Bold.ttf", "sounds/shutter.wav",
                                 "sounds/gate_refused.wav")),
       damage=st.sampled_from(("truncate", "junk", "empty", "missing")), seed=st.integers(0, 2**16))
def test_a_broken_asset_is_one_line_naming_the_file(display: None, tmp_path_factory: pytest.TempPathFactory,
                                                    relative: str, damage: str, seed: int) -> None:
    assets = tmp_path_factory.mktemp("assets")
    for folder in ("sprites", "fonts", "sounds"):
        shutil.copytree(ASSETS / folder, assets / folder)
    target = assets / relative
    data = target.read_bytes()
    rng = random.Random(seed)
    if damage == "missing":
        target.unlink()
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "junk":
        target.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4096))))
    else:
        target.write_bytes(data[: rng.randrange(1, max(2, len(data) // 2))])
    try:
        Art.load(assets)
    except AssetError as error:
        message = str(error)
        assert "\n" not in message and str(target) in message
    # A damaged file that SDL still reads in full (rare for a cut font) is no crash either.


# --- run files -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def run_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("run")
    path = folder / "run.json"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--headless", "--autoplay", "--seed", "3",
                           "--frames", "200", "--run-out", str(path), "--data-dir", str(folder)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return path


def _mutate_run(data: dict, rng: random.Random) -> bytes:
    key = rng.choice(sorted(data))
    choice = rng.randrange(4)
    if choice == 0:
        del data[key]
    elif choice == 1:
        data[key] = rng.choice((None, "x", -1, 10**30, [], {}, True, "0:abc"))
    elif choice == 2:
        text = json.dumps(data).encode()
        return text[: rng.randrange(len(text))]
    else:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 512)))
    return json.dumps(data).encode()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_a_broken_run_file_is_one_line_naming_the_file(run_file: Path,
                                                       tmp_path_factory: pytest.TempPathFactory,
                                                       capsys: pytest.CaptureFixture[str], seed: int) -> None:
    path = tmp_path_factory.mktemp("runs") / "broken.json"
    path.write_bytes(_mutate_run(json.loads(run_file.read_text()), random.Random(seed)))
    status = replay_command([str(path), "--headless"])
    captured = capsys.readouterr()
    assert status in (0, 1, 2)  # 0/1: still a run file, replayed (the same, or not reproduced)
    if status == 2:
        lines = captured.err.splitlines()
        assert len(lines) == 1 and str(path) in lines[0], captured.err


# --- settings --------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode),
                      st.dictionaries(st.text(max_size=20), st.none() | st.booleans() | st.integers()
                                      | st.floats() | st.text(max_size=10), max_size=8).map(
                          lambda d: json.dumps(d).encode())))
def test_a_broken_settings_file_falls_back_to_defaults(tmp_path_factory: pytest.TempPathFactory,
                                                       data: bytes) -> None:
    path = tmp_path_factory.mktemp("settings") / "settings.json"
    path.write_bytes(data)
    settings_read, notice = load_settings(path)
    assert settings_read is not None
    assert notice is None or "\n" not in notice


def test_the_game_starts_with_a_corrupt_settings_file(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_bytes(b"\x00{not json" * 10)
    done = run_main(["--headless", "--frames", "3", "--data-dir", str(tmp_path)], REPO)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not re.search(r"something went wrong", done.stderr)
