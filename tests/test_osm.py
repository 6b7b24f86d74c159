"""``import-osm`` on invented extracts (tests/osmmaker.py; no downloaded data): the level it builds,
the cameras it reads from their tags, and the one-line refusals of a bad or hostile extract."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from game.app import main
from game.events import ENDINGS
from game.level import load_level
from game.level.osm import (
    CREDIT,
    FIXED_FOV,
    OsmError,
    camera_from_tags,
    game_facing,
    parse_direction,
    read_extract,
)
from game.sim import World
from game.sim.bot import Bot
from game.system.presets import RuleChoice, preset_of_level, save_preset
from tests.osmmaker import Extract, few_streets

REPO = Path(__file__).resolve().parent.parent


def imported(tmp_path: Path, extract: Extract, *options: str, overpass: bool = False, name: str = "ours"):
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = extract.write(tmp_path / ("extract.json" if overpass else "extract.osm"), overpass=overpass)
    out = tmp_path / "levels" / f"{name}.tmx"
    code = main(["import-osm", str(source), "--out", str(out), *options])
    return code, out


@pytest.fixture(scope="module")
def streets(tmp_path_factory):
    """The few invented streets, imported once."""
    code, out = imported(tmp_path_factory.mktemp("osm"), few_streets())
    assert code == 0
    return load_level(out)


def camera_of(level, osm_id: int):
    """A camera by the OSM node it came from (the importer keeps its id in ``osm_id``)."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(level.path).getroot()
    for item in root.iter("object"):
        props = {p.get("name"): p.get("value") for p in item.iter("property")}
        if props.get("osm_id") == str(osm_id):
            return next(camera for camera in level.cameras if camera.label == item.get("name"))
    raise AssertionError(f"no camera from node {osm_id}")


def camera_ids() -> dict[str, int]:
    """The node ids of few_streets()'s cameras, by what each one tests."""
    osm = few_streets()
    ids = [ident for ident, _lat, _lon, tags in osm.nodes if tags.get("man_made") == "surveillance"]
    return dict(zip(("degrees", "dome", "compass", "range", "one_way", "on_building", "indoor", "bare"),
                    ids, strict=True))


# --- directions and tags ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("90", (90.0, None)), ("450", (90.0, None)), ("NE", (45.0, None)), ("nne", (22.5, None)),
    ("W", (270.0, None)), ("north", (0.0, None)), ("0-90", (45.0, 90.0)), ("270-90", (0.0, 180.0)),
    ("N-E", (45.0, 90.0)), ("90;270", (90.0, None)), (" 180 ", (180.0, None)),
    ("up", None), ("", None), ("10-x", None), ("nan", None),
])
def test_direction_forms(text: str, expected) -> None:
    assert parse_direction(text) == expected


def test_osm_degrees_become_the_games_angles() -> None:
    assert [game_facing(degrees) for degrees in (0, 90, 180, 270)] == [270, 0, 90, 180]


def test_a_camera_with_no_tags_but_its_own_gets_every_default_and_says_so() -> None:
    camera = camera_from_tags(1, {"man_made": "surveillance"}, 3.0, 4.0)
    assert (camera.kind, camera.fov, camera.sweep, camera.facing) == ("lamp", FIXED_FOV, 0.0, 90.0)
    assert camera.guessed == "range, fov, facing"


@pytest.mark.parametrize(("tags", "kind", "fov", "sweep", "guessed"), [
    ({"camera:type": "dome"}, "lamp", 360, 0, ["range"]),
    ({"camera:type": "panning"}, "lamp", 60, 360, ["range"]),
    ({"camera:type": "fixed", "camera:direction": "S"}, "lamp", FIXED_FOV, 0, ["range"]),
    ({"camera:direction": "45-135"}, "lamp", 90, 0, ["range"]),
    ({"surveillance:type": "ALPR", "camera:direction": "0"}, "anpr", FIXED_FOV, 0,
     ["retention_days", "range", "fov"]),
    ({"surveillance:type": "guard", "camera:direction": "0"}, "door", 120, 0, ["fov", "range"]),
    ({"surveillance": "outdoor", "camera:type": "dome"}, "shop", 360, 0, ["registered", "range"]),
    ({"surveillance:zone": "traffic", "camera:type": "dome"}, "traffic", 360, 0, ["range"]),
    ({"camera:mount": "wall", "camera:type": "dome"}, "door", 360, 0, ["range"]),
    ({"camera:direction": "sideways", "camera:type": "fixed"}, "lamp", FIXED_FOV, 0, ["range", "facing"]),
])
def test_camera_tags(tags: dict[str, str], kind: str, fov: float, sweep: float, guessed: list[str]) -> None:
    camera = camera_from_tags(1, {"man_made": "surveillance", **tags}, 0.0, 0.0)
    assert (camera.kind, camera.fov, camera.sweep, camera.guessed) == (kind, fov, sweep, ", ".join(guessed))


def test_an_indoor_camera_is_skipped() -> None:
    assert camera_from_tags(1, {"man_made": "surveillance", "surveillance": "indoor"}, 0, 0) is None


# --- the level --------------------------------------------------------------------------------


def test_a_few_streets_give_a_level_that_check_accepts(tmp_path: Path, capsys) -> None:
    code, out = imported(tmp_path, few_streets())
    assert code == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith(f"wrote {out}: 69x56 tiles, 7 cameras (7 with guessed values), "
                              "1 indoor skipped")
    assert said[-1] == f"{out}: ok"
    level = load_level(out)
    assert level.credit == CREDIT
    assert "ODbL 1.0" in level.credit and "OpenStreetMap contributors" in level.credit
    assert '<property name="licence" value="ODbL-1.0"/>' in out.read_text()
    assert len(level.cameras) == 7 and all("range" in camera.guessed for camera in level.cameras)
    assert [rule.rule_id for rule in level.rules] == [rule.rule_id for rule in load_level(
        REPO / "levels" / "hearing_day.tmx").rules]
    assert len(level.gates) == 3 and sum(gate.court for gate in level.gates) == 1
    assert level.home.area.contains(*level.spawn)


def test_overpass_json_gives_the_same_level_as_xml(tmp_path: Path) -> None:
    code, from_xml = imported(tmp_path / "x", few_streets())
    code_json, from_json = imported(tmp_path / "j", few_streets(), overpass=True)
    assert code == code_json == 0
    as_xml = from_xml.read_text().replace("extract.osm", "X")
    assert as_xml == from_json.read_text().replace("extract.json", "X")


def test_the_bot_plays_an_imported_level_to_an_ending(streets) -> None:
    for seed in range(2):
        world, bot = World(streets, seed), Bot(streets, seed)
        while world.ending is None and world.tick < 60 * 60 * 20:
            world.step(bot.command(world))
        assert world.ending in ENDINGS
        assert any(event.kind == "gate" for event in world.events), "the walk to the court meets a gate"


def test_a_way_clipped_at_the_extracts_edge_keeps_the_part_inside(streets) -> None:
    # The main street names a node west of the extract that the extract does not hold; what it holds
    # still runs from the west edge to the east edge.
    row = next(y for y in range(streets.height) if streets.walkable[y].all())
    assert streets.walkable[row, 0] and streets.walkable[row, -1]


def test_a_street_whose_nodes_are_all_outside_is_left_out_without_error(tmp_path: Path) -> None:
    osm = few_streets()
    osm.way([888_001, 888_002], highway="residential")
    osm.way([888_003, 888_004, 888_005, 888_003], building="yes")
    assert imported(tmp_path, osm)[0] == 0


def test_a_camera_on_a_building_moves_to_its_edge_and_looks_out(streets) -> None:
    camera = camera_of(streets, camera_ids()["on_building"])
    x, y = int(camera.x), int(camera.y)
    assert not streets.opaque[y, x]
    back = np.radians(camera.facing + 180)
    behind = (int(camera.x + np.cos(back) * 1.2), int(camera.y + np.sin(back) * 1.2))
    assert streets.opaque[behind[1], behind[0]], "the building is behind the camera"
    assert camera.kind == "door" and "facing" in camera.guessed


def test_on_a_one_way_street_a_camera_faces_the_oncoming_traffic(tmp_path: Path, streets) -> None:
    camera = camera_of(streets, camera_ids()["one_way"])
    assert camera.kind == "anpr"
    assert camera.facing == pytest.approx(180), "eastbound traffic comes from the west"
    assert "facing" in camera.guessed
    reverse = few_streets()
    for ident, _refs, tags in reverse.ways:
        if tags.get("oneway") == "yes":
            tags["oneway"] = "-1"  # the same street, traffic the other way
            changed = ident
    code, out = imported(tmp_path, reverse)
    assert code == 0 and changed
    assert camera_of(load_level(out), camera_ids()["one_way"]).facing == pytest.approx(0)


def test_a_one_way_street_is_a_lane_narrower_and_walked_both_ways(tmp_path: Path, streets) -> None:
    column = 60  # east of the cross street, west of the one-way street's end: only it crosses here
    two_way = few_streets()
    for _ident, _refs, tags in two_way.ways:
        tags.pop("oneway", None)
    code, out = imported(tmp_path, two_way)
    assert code == 0
    wider = load_level(out)
    rows_one = int(streets.walkable[40:, column].sum())
    rows_two = int(wider.walkable[40:, column].sum())
    assert rows_two == rows_one + 1


def test_rules_from_a_preset_drop_its_rules_off_and_those_that_wait_for_them(tmp_path: Path) -> None:
    hearing_day = load_level(REPO / "levels" / "hearing_day.tmx")
    base = preset_of_level(hearing_day, "group-b")
    preset = base.__class__("group-b", "hearing_day", {"relative_of_detainee": False},
                            {**base.rules, "R-2": RuleChoice(False, False), "R-4": RuleChoice(False, False),
                             "R-6": RuleChoice(True, False)})
    path = save_preset(tmp_path / "data", preset)
    code, out = imported(tmp_path, few_streets(), "--preset", str(path))
    assert code == 0
    rules = json.loads(out.with_name("ours.rules.json").read_text())
    ids = [rule["id"] for rule in rules["rules"]]
    assert "R-2" not in ids and "R-1" in ids
    assert "R-4" not in ids and "R-4b" not in ids, "R-4b waits for R-4 alone"
    held = next(rule for rule in rules["rules"] if rule["id"] == "R-7")  # held after
    assert held["when"] == {"any": [{"fired": "R-8"}]}, "the option that waits for R-2 is gone"
    assert rules["profile"] == {"relative_of_detainee": False}
    assert next(rule for rule in rules["rules"] if rule["id"] == "R-6")["told"] is False
    assert f"group-b ({preset.content_hash})" in out.read_text()


def test_home_and_court_can_be_chosen(tmp_path: Path) -> None:
    # The retail building as the court, the apartments as the home.
    code, out = imported(tmp_path, few_streets(), "--court", "52.09137,5.12125", "--home", "52.09062,5.1209",
                         "--gates", "1")
    assert code == 0
    level = load_level(out)
    assert level.court.area.contains(*_tile_of(level, 52.09137, 5.12125))
    assert level.home.area.contains(*_tile_of(level, 52.09062, 5.1209))
    assert len(level.gates) == 2


def test_a_home_or_court_outside_the_extract_is_refused_not_guessed(tmp_path: Path, capsys) -> None:
    for option, point in (("--home", "0,0"), ("--court", "5.1225,52.091")):  # far away; lat, lon swapped
        code, out = imported(tmp_path, few_streets(), option, point)
        assert code == 2 and not out.exists()
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"{option} {point} lies outside the extract" in err


def _tile_of(level, lat: float, lon: float) -> tuple[float, float]:
    from game.level.osm import ImportOptions, _projection

    projection, _w, _h = _projection(read_extract_of_few(), ImportOptions())
    return projection.tile(lat, lon)


def read_extract_of_few():
    from game.level.osm import parse_osm_xml

    return parse_osm_xml(few_streets().xml().encode(), "few")


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words"), [
    ('<?xml version="1.0"?><osm version="0.6"></osm>', "the extract is empty"),
    ('{"elements": []}', "the extract is empty"),
    ('<osm><node id="1" lat="52" lon="5"/></osm>', "the extract is empty"),
    ('<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY a "aaaa">]><osm>&a;</osm>', "refused"),
    ("<osm><node id='1' lat='52'", "broken XML"),
    ("<gpx></gpx>", "root element <gpx>"),
    ('<osm><node id="x" lat="52" lon="5"/></osm>', "id 'x' is not a whole number"),
    ('<osm><node id="1" lat="north" lon="5"/></osm>', "lat 'north' is not a number"),
    ('<osm><node id="1" lat="91" lon="5"/></osm>', "outside -90..90"),
    ('{"elements": [{"type": "way", "id": 1, "nodes": "abc"}]}', "nodes or geometry is not a list"),
    ("{not json", "broken JSON"),
], ids=["empty-xml", "empty-json", "no-ways", "entities", "broken-xml", "not-osm", "bad-id", "bad-lat",
        "lat-range", "bad-nodes", "broken-json"])
def test_a_bad_extract_is_one_clear_line_and_exit_2(tmp_path: Path, capsys, text: str, words: str) -> None:
    source = tmp_path / "bad.osm"
    source.write_text(text, encoding="utf-8")
    assert main(["import-osm", str(source), "--out", str(tmp_path / "x.tmx")]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and err.startswith(f"flagged: import-osm: {source}: ")
    assert not (tmp_path / "x.tmx").exists()


def test_an_extract_over_the_cap_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    source = few_streets().write(tmp_path / "big.osm")
    with pytest.raises(OsmError, match="more than 0 MB"):
        read_extract(source, limit=1000)


def test_no_buildings_and_no_route_are_clear_errors(tmp_path: Path, capsys) -> None:
    bare = Extract()
    bare.line([(52.0905, 5.1201), (52.0905, 5.1239)], highway="residential")
    assert imported(tmp_path / "a", bare)[0] == 2
    assert "no building footprints" in capsys.readouterr().err
    moat = few_streets()
    moat.box(52.09040, 5.12250, 52.09090, 5.12350, natural="water")  # water all round the court
    assert imported(tmp_path / "b", moat)[0] == 2
    assert "the court has no door onto open ground" in capsys.readouterr().err


def test_a_missing_file_and_a_bad_out_name_are_one_line(tmp_path: Path, capsys) -> None:
    assert main(["import-osm", str(tmp_path / "none.osm"), "--out", str(tmp_path / "x.tmx")]) == 2
    assert "cannot read" in capsys.readouterr().err
    source = few_streets().write(tmp_path / "ok.osm")
    assert main(["import-osm", str(source), "--out", str(tmp_path / "bad name.tmx")]) == 2
    assert "letters, digits" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["import-osm", str(source), "--out", str(tmp_path / "x.tmx"), "--home", "north"])
    assert caught.value.code == 2 and "is not LAT,LON" in capsys.readouterr().err
    for scale in ("nan", "inf", "0", "-1", "1e9", "four"):
        with pytest.raises(SystemExit) as caught:
            main(["import-osm", str(source), "--out", str(tmp_path / "x.tmx"), f"--metres-per-tile={scale}"])
        err = capsys.readouterr().err
        assert caught.value.code == 2 and err.count("\n") == 1 and "is not a number of metres" in err
    for title, words in (("", "empty"), ("  ", "empty"), ("x" * 81, "at most 80"), ("a\nb", "one line")):
        with pytest.raises(SystemExit) as caught:
            main(["import-osm", str(source), "--out", str(tmp_path / "x.tmx"), "--title", title])
        err = capsys.readouterr().err
        assert caught.value.code == 2 and err.count("\n") == 1 and "--title" in err and words in err
    assert not (tmp_path / "x.tmx").exists()


def test_a_level_of_that_name_is_not_written_over_without_replace(tmp_path: Path, capsys) -> None:
    levels = tmp_path / "levels"
    levels.mkdir()
    shipped = levels / "hearing_day.tmx"
    shipped.write_text("the shipped level")
    (levels / "mine.rules.json").write_text("{}")
    for name in ("hearing_day", "mine"):
        code, out = imported(tmp_path, few_streets(), name=name)
        assert code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "exists; choose another name, or add --replace" in err
    assert shipped.read_text() == "the shipped level" and not (levels / "mine.tmx").exists()
    assert not (levels / "hearing_day.rules.json").exists()
    code, out = imported(tmp_path, few_streets(), "--replace", name="hearing_day")
    assert code == 0 and load_level(out).credit == CREDIT


def test_a_node_far_outside_costs_no_more_than_the_map(tmp_path: Path) -> None:
    from game.level.osm import clip_segment, stroke

    start, end = np.array([5.0, 5.0]), np.array([5.0 + 4e7, 5.0])
    clipped_start, clipped_end = clip_segment(start, end, 30, 20)
    assert clipped_start == pytest.approx(start) and clipped_end == pytest.approx([32.0, 5.0])
    assert clip_segment(np.array([-50.0, -50.0]), np.array([-40.0, -60.0]), 30, 20) is None
    mask = stroke(np.array([[5.0, 5.0], [5.0 + 4e7, 5.0]]), 1, 30, 20)
    assert mask[5, 5:].all() and mask.sum() == 25
    osm = few_streets()
    far = osm.node(10.0, 100.0)  # thousands of kilometres away, in the same way as a street
    osm.way([osm.node(52.0918, 5.1201), far], highway="residential")
    assert imported(tmp_path, osm)[0] == 0


def test_an_extract_of_too_many_buildings_is_refused(tmp_path: Path, capsys) -> None:
    from game.level import osm as importer

    many = few_streets()
    for index in range(30):
        lat = 52.0901 + 0.00001 * index
        many.box(lat, 5.1238, lat + 0.000005, 5.12385, building="shed")
    original, importer.MAX_BUILDINGS = importer.MAX_BUILDINGS, 20
    try:
        assert imported(tmp_path, many)[0] == 2
    finally:
        importer.MAX_BUILDINGS = original
    assert "more than 20 buildings" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("tiled") is None,
                    reason="the Tiled editor is not installed (apt-get install tiled)")
def test_an_imported_level_opens_in_tiled_and_keeps_every_object(tmp_path: Path) -> None:
    code, out = imported(tmp_path, few_streets())
    assert code == 0
    exported = tmp_path / "out.json"
    result = subprocess.run([shutil.which("tiled"), "--export-map", "json", str(out), str(exported)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    data = json.loads(exported.read_text())
    objects = [item for layer in data["layers"] if layer["type"] == "objectgroup"
               for item in layer["objects"]]
    assert len(objects) == out.read_text().count("<object ")
    guessed = [item for item in objects
               if any(prop["name"] == "guessed" for prop in item.get("properties", []))]
    assert len(guessed) == 7


def _title_picture(tmp_path: Path, level_path: Path) -> np.ndarray:
    import pygame

    from tests.test_kiosk import Run

    shot = tmp_path / f"{level_path.stem}-title.png"
    Run(tmp_path, "--level", str(level_path), "--frames", "2", "--screenshot", str(shot), "--lang", "en")
    return pygame.surfarray.array3d(pygame.image.load(str(shot)))


def test_the_title_and_the_file_show_the_openstreetmap_credit(tmp_path: Path, streets) -> None:
    import dataclasses

    from game.render.debrief import file_of, file_of_run, render_debrief_png

    uncredited = streets.path.with_name("plain.tmx")  # beside it: the same tileset, the same rules
    text = streets.path.read_text().replace(f'<property name="credit" value="{CREDIT}"/>', "")
    assert text != streets.path.read_text()
    uncredited.write_text(text)
    assert load_level(uncredited).credit is None
    with_credit, without = _title_picture(tmp_path, streets.path), _title_picture(tmp_path, uncredited)
    rows = np.nonzero((with_credit != without).any(axis=(0, 2)))[0]
    assert rows.size, "the credit changes the title screen"
    # The credit stands low, above the privacy line (the menu above it may move up to make room).
    assert (rows > with_credit.shape[1] * 0.8).any(), "the credit stands low, above the privacy line"

    world, bot, commands = World(streets, 1), Bot(streets, 1), []
    while world.ending is None and world.tick < 600:
        commands.append(bot.command(world))
        world.step(commands[-1])
    file = file_of(world, commands)
    render_debrief_png(file, tmp_path / "a.png", size=(1280, 720))
    plain = dataclasses.replace(streets, credit=None)
    render_debrief_png(file_of_run(file.record, plain, world.cameras), tmp_path / "b.png", size=(1280, 720))
    assert (tmp_path / "a.png").read_bytes() != (tmp_path / "b.png").read_bytes()
