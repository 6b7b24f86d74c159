"""Loading levels: a sound map becomes plain data; every broken map is a LevelError naming what is wrong."""

from __future__ import annotations

import base64
import copy
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from game.level import LevelError, Problem, load_level
from tests.mapmaker import (
    DEFAULT_RULES,
    MapObject,
    basic_objects,
    camera,
    court_door,
    open_rows,
    rewrite,
    tiny_png,
    write_map,
)

# A small sound map: walls, water, an alley (,) and a highway (=).
SOUND_ROWS = [
    "####################",
    "#...#..............#",
    "#..................#",
    "#...#...~~.........#",
    "#,,,#..............#",
    "#==================#",
    "#..................#",
    "#..................#",
    "#..................#",
    "####################",
]


def sound_objects() -> list[MapObject]:
    return [
        *basic_objects(),
        court_door(15, 2),
        MapObject("gate", 6, 6, 1, 2, name="G1"),
        camera("C-1", 8.5, 4.5, kind="gantry", facing=90, sweep=40, fov=50, reach=7, sweep_speed=10),
        camera("C-2", 12.5, 7.5, kind="classroom", facing=180.5, fov=30, reach=5),
        camera("C-3", 2.5, 6.5, kind="tree", facing=-90, fov=60, reach=4, reads_emotion=True),
        MapObject("bin", 7.5, 7.5, name="B1"),
        MapObject("rack", 9.5, 7.5, name="K1"),
        MapObject("officer", 5.5, 2.5, name="O1"),
        MapObject("crossing", 10, 5, 2, 1, name="X1", properties={"period": 10.0, "green": 4.0}),
        MapObject("district", 0, 0, 5, 10, name="Home district"),
        MapObject("district", 5, 0, 15, 10, name="Civic"),
    ]


WALL_ROW = ",".join(["2"] * 20)  # the last CSV row of an open_rows() map


def objects() -> list[MapObject]:
    """The least a playable level needs: the basic places and a court door."""
    return [*basic_objects(), court_door(15, 2)]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(LevelError) as caught:
        load_level(path)
    error = caught.value
    assert error.problems, "a LevelError lists at least one problem"
    assert str(error) == "\n".join(str(problem) for problem in error.problems)
    for problem in error.problems:
        assert "\n" not in str(problem), "every problem is one line"
    return error.problems


def only_problem(path: Path) -> str:
    problems = problems_of(path)
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


def rules_with(change) -> dict:
    rules = copy.deepcopy(DEFAULT_RULES)
    change(rules)
    return rules


# --- a sound map ------------------------------------------------------------------------------


def test_sound_map_grids(tmp_path):
    level = load_level(write_map(tmp_path, SOUND_ROWS, sound_objects()))
    assert (level.width, level.height, level.tile_px) == (20, 10, 32)
    assert level.name == "test" and level.title == "Test"
    for grid in (level.walkable, level.opaque, level.speed, level.district):
        assert grid.shape == (10, 20)
    expected_walkable = np.array([[c in ".,=" for c in row] for row in SOUND_ROWS])
    expected_opaque = np.array([[c == "#" for c in row] for row in SOUND_ROWS])
    np.testing.assert_array_equal(level.walkable, expected_walkable)
    np.testing.assert_array_equal(level.opaque, expected_opaque)
    assert not level.walkable[3, 8] and not level.opaque[3, 8], "water: neither walkable nor opaque"
    assert level.speed[4, 1] == pytest.approx(0.7)
    assert level.speed[5, 10] == pytest.approx(2.5)
    assert level.speed[2, 2] == pytest.approx(1.0)
    assert level.district_names == ("outside", "Home district", "Civic")
    assert level.district[5, 4] == 1 and level.district[5, 5] == 2 and level.district[9, 19] == 2


def test_sound_map_objects(tmp_path):
    level = load_level(write_map(tmp_path, SOUND_ROWS, sound_objects()))
    cameras = {c.label: c for c in level.cameras}
    assert set(cameras) == {"C-1", "C-2", "C-3"}
    gantry = cameras["C-1"]
    assert (gantry.kind, gantry.x, gantry.y) == ("gantry", 8.5, 4.5)
    assert (gantry.facing, gantry.sweep, gantry.fov, gantry.range, gantry.sweep_speed) == (90, 40, 50, 7, 10)
    assert gantry.reads_emotion is False
    assert cameras["C-2"].reads_emotion is True, "a classroom camera reads emotion by default"
    assert cameras["C-2"].facing == pytest.approx(180.5)
    assert cameras["C-3"].facing == 270, "facing is kept in 0..360"
    assert cameras["C-3"].reads_emotion is True
    gates = {g.name: g for g in level.gates}
    assert gates["CD"].court and not gates["G1"].court
    assert (gates["G1"].area.x, gates["G1"].area.y, gates["G1"].area.w, gates["G1"].area.h) == (6, 6, 1, 2)
    spots = {s.name: s for s in level.spots}
    assert (spots["B1"].kind, spots["B1"].x, spots["B1"].y) == ("bin", 7.5, 7.5)
    assert spots["K1"].kind == "rack"
    (crossing,) = level.crossings
    assert (crossing.name, crossing.period, crossing.green) == ("X1", 10.0, 4.0)
    assert not crossing.is_red(3.9) and crossing.is_red(4.0) and not crossing.is_red(10.5)
    assert level.officers == ((5.5, 2.5),)
    assert level.spawn == (2.5, 2.5)
    assert level.home.area.contains(2.5, 2.5)
    assert level.front_door.area.contains(4.5, 2.5)
    assert level.court.name == "court" and level.court.area.centre == (17.5, 2.5)
    assert level.health_station.area.contains(11, 7)
    assert (level.start_minutes, level.hearing_minutes) == (8 * 60, 10 * 60)


def test_sound_map_rules_and_profile(tmp_path):
    level = load_level(write_map(tmp_path, SOUND_ROWS, sound_objects()))
    assert level.profile == {"relative_of_detainee": True}
    assert [r.rule_id for r in level.rules] == [r["id"] for r in DEFAULT_RULES["rules"]]
    r2 = level.rules[1]
    assert (r2.on, r2.when, r2.then, r2.told, r2.once) == (
        "observed", {"near_court": 4, "risk_at_least": 1}, {"pass": "yellow"}, False, True)
    r5 = next(r for r in level.rules if r.rule_id == "R-5")
    assert r5.once is False and r5.told is True


@pytest.mark.parametrize("encoding", ["base64", "base64-zlib"])
def test_base64_layers_read_like_csv(tmp_path, encoding):
    csv = load_level(write_map(tmp_path / "csv", SOUND_ROWS, sound_objects()))
    other = load_level(write_map(tmp_path / encoding, SOUND_ROWS, sound_objects(), encoding=encoding))
    np.testing.assert_array_equal(csv.walkable, other.walkable)
    np.testing.assert_array_equal(csv.opaque, other.opaque)
    np.testing.assert_array_equal(csv.speed, other.speed)


def test_layers_combine(tmp_path):
    """Walkable when every tile is, opaque when any is, lowest speed; empty cells change nothing."""
    rows = open_rows()
    upper = [" " * 20 for _ in rows]
    upper[6] = "  #  ,   ~   =      "
    level = load_level(write_map(tmp_path, rows, objects(), upper_layers=[upper]))
    assert not level.walkable[6, 2] and level.opaque[6, 2]
    assert level.walkable[6, 5] and level.speed[6, 5] == pytest.approx(0.7)
    assert not level.walkable[6, 9] and not level.opaque[6, 9]
    assert level.walkable[6, 13] and level.speed[6, 13] == pytest.approx(1.0), "floor (1.0) under a 2.5 tile"
    assert level.walkable[6, 3] and not level.opaque[6, 3], "an empty upper cell changes nothing"
    assert level.opaque[0].all() and not level.walkable[0].any(), "the bottom layer's walls stay"


def test_cell_empty_in_every_layer_is_neither(tmp_path):
    rows = open_rows()
    path = write_map(tmp_path, rows, objects())
    # Make cell (x=10, y=8) empty: the last-but-one row of the CSV.
    floor, hole = "2," + "1," * 18 + "2,\n2,2", "2," + "1," * 9 + "0," + "1," * 8 + "2,\n2,2"
    rewrite(path, floor, hole)
    level = load_level(path)
    assert not level.walkable[8, 10] and not level.opaque[8, 10]
    assert level.walkable[8, 9]


# --- broken maps: each problem names the file, the object (name and id) and the field ----------


def test_missing_map_width(tmp_path):
    path = rewrite(write_map(tmp_path, open_rows(), objects()), ' width="20" height="10" tilewidth',
                   ' height="10" tilewidth')
    assert only_problem(path) == f"{path}: map: width: missing"


def test_missing_map_height(tmp_path):
    path = rewrite(write_map(tmp_path, open_rows(), objects()), ' height="10" tilewidth', " tilewidth")
    assert only_problem(path) == f"{path}: map: height: missing"


def test_absurd_size_fails_fast_without_allocating(tmp_path):
    # 100000 x 100000 tiles would be 10^10 cells: if anything allocated a grid, this would not return.
    path = rewrite(write_map(tmp_path, open_rows(), objects()), 'width="20" height="10" tilewidth',
                   'width="100000" height="100000" tilewidth')
    problems = [str(p) for p in problems_of(path)]
    assert problems == [f"{path}: map: width: 100000 is outside 1..1024",
                        f"{path}: map: height: 100000 is outside 1..1024"]


def test_size_not_a_number(tmp_path):
    path = rewrite(write_map(tmp_path, open_rows(), objects()), 'width="20" height="10" tilewidth',
                   'width="-5" height="ten" tilewidth')
    problems = [str(p) for p in problems_of(path)]
    assert problems == [f"{path}: map: width: -5 is outside 1..1024",
                        f"{path}: map: height: not a whole number: 'ten'"]


def test_short_layer_data(tmp_path):
    path = rewrite(write_map(tmp_path, open_rows(), objects()), WALL_ROW + "\n</data>", "2,2\n</data>")
    assert only_problem(path) == f"{path}: layer layer0: data: 182 tiles, the map needs 200"


def _replace_data(path: Path, data_xml: str) -> Path:
    text = path.read_text(encoding="utf-8")
    start, end = text.index('<data encoding="csv">'), text.index("</data>") + len("</data>")
    path.write_text(text[:start] + data_xml + text[end:], encoding="utf-8")
    return path


@pytest.mark.parametrize("compression", ["", ' compression="zlib"'])
def test_short_base64_layer_data(tmp_path, compression):
    raw = struct.pack("<150I", *([1] * 150))
    packed = base64.b64encode(zlib.compress(raw) if compression else raw).decode()
    path = _replace_data(write_map(tmp_path, open_rows(), objects()),
                         f'<data encoding="base64"{compression}>{packed}</data>')
    assert only_problem(path) == f"{path}: layer layer0: data: 150 tiles, the map needs 200"


def test_zlib_layer_with_one_tile_too_many(tmp_path):
    raw = struct.pack("<201I", *([1] * 201))
    packed = base64.b64encode(zlib.compress(raw)).decode()
    path = _replace_data(write_map(tmp_path, open_rows(), objects()),
                         f'<data encoding="base64" compression="zlib">{packed}</data>')
    assert only_problem(path).startswith(f"{path}: layer layer0: data: ")
    assert only_problem(path).endswith("tiles, the map needs 200")


def test_zlib_bomb_is_reported_not_inflated(tmp_path):
    compressor = zlib.compressobj()
    chunk = bytes(1024 * 1024)
    packed = b"".join(compressor.compress(chunk) for _ in range(64)) + compressor.flush()  # 64 MB of gid 0
    path = _replace_data(write_map(tmp_path, open_rows(), objects()),
                         f'<data encoding="base64" compression="zlib">{base64.b64encode(packed).decode()}'
                         "</data>")
    assert only_problem(path) == f"{path}: layer layer0: data: more than 200 tiles, the map needs 200"


def test_layer_size_mismatch(tmp_path):
    path = rewrite(write_map(tmp_path, open_rows(), objects()), 'name="layer0" width="20"',
                   'name="layer0" width="19"')
    assert only_problem(path) == f"{path}: layer layer0: size: 19x10, the map is 20x10"


def test_object_outside_the_map(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), camera("C-far", 30.5, 4.5)])
    assert only_problem(path) == f"{path}: object C-far (id 7): position: (976, 144) lies outside the map"


def test_rectangle_reaching_outside_the_map(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), MapObject("district", 15, 5, 10, 2, name="East")])
    assert only_problem(path) == f"{path}: object East (id 7): position: (480, 160) lies outside the map"


def test_unknown_class(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), MapObject("dragon", 3, 3, name="Puff")])
    assert only_problem(path) == f"{path}: object Puff (id 7): class: unknown class 'dragon'"


def test_missing_class(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), MapObject("", 3, 3, name="nameless")])
    assert only_problem(path) == f"{path}: object nameless (id 7): class: missing"


def test_unnamed_object_is_named_by_id(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), MapObject("dragon", 3, 3)])
    assert only_problem(path) == f"{path}: object (unnamed) (id 7): class: unknown class 'dragon'"


@pytest.mark.parametrize("name", ["kind", "facing", "sweep", "fov", "range", "sweep_speed"])
def test_missing_camera_property(tmp_path, name):
    lamp = camera("C-2", 5.5, 5.5)
    del lamp.properties[name]
    path = write_map(tmp_path, open_rows(), [*objects(), lamp])
    assert only_problem(path) == f"{path}: object C-2 (id 7): {name}: missing"


def test_mistyped_camera_property(tmp_path):
    lamp = camera("C-2", 5.5, 5.5)
    lamp.properties["range"] = "far"
    path = write_map(tmp_path, open_rows(), [*objects(), lamp])
    assert only_problem(path) == f"{path}: object C-2 (id 7): range: expected a number, got 'far'"


def test_number_written_as_text_is_mistyped(tmp_path):
    lamp = camera("C-2", 5.5, 5.5)
    lamp.properties["fov"] = "60"
    path = write_map(tmp_path, open_rows(), [*objects(), lamp])
    assert only_problem(path) == f"{path}: object C-2 (id 7): fov: expected a number, got '60'"


def test_bool_is_not_a_number(tmp_path):
    lamp = camera("C-2", 5.5, 5.5)
    lamp.properties["sweep"] = True
    path = write_map(tmp_path, open_rows(), [*objects(), lamp])
    assert only_problem(path) == f"{path}: object C-2 (id 7): sweep: expected a number, got True"


def test_mistyped_optional_property(tmp_path):
    door = MapObject("gate", 8, 8, 1, 1, name="G9", properties={"court": "yes"})
    path = write_map(tmp_path, open_rows(), [*objects(), door])
    assert only_problem(path) == f"{path}: object G9 (id 7): court: expected bool, got 'yes'"


def test_crossing_needs_its_properties(tmp_path):
    crossing = MapObject("crossing", 8, 8, 2, 1, name="X1", properties={"period": 10.0})
    path = write_map(tmp_path, open_rows(), [*objects(), crossing])
    assert only_problem(path) == f"{path}: object X1 (id 7): green: missing"


def test_camera_kind_unknown(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), camera("C-2", 5.5, 5.5, kind="drone")])
    assert only_problem(path) == (f"{path}: object C-2 (id 7): kind: 'drone' is not one of "
                                  "lamp, tree, door, gantry, traffic, classroom, doorbell, shop, "
                                  "counting, sound, anpr")


@pytest.mark.parametrize(("field", "value"), [("fov", 0), ("fov", 361), ("range", 0.1), ("range", 41),
                                              ("sweep", -1), ("sweep_speed", 400)])
def test_camera_values_out_of_range(tmp_path, field, value):
    lamp = camera("C-2", 5.5, 5.5)
    lamp.properties[field] = float(value)
    path = write_map(tmp_path, open_rows(), [*objects(), lamp])
    assert only_problem(path).startswith(f"{path}: object C-2 (id 7): {field}: {float(value)} is outside")


def test_camera_value_not_finite(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), camera("C-2", 5.5, 5.5, facing=float("nan"))])
    assert only_problem(path) == f"{path}: object C-2 (id 7): facing: not a finite number: nan"


def test_no_spawn(tmp_path):
    path = write_map(tmp_path, open_rows(), [o for o in objects() if o.cls != "spawn"])
    assert only_problem(path) == f"{path}: map: spawn: missing: the level needs one"


def test_spawn_on_a_wall(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(), upper_layers=[
        [" " * 20, " " * 20, "  #" + " " * 17, *([" " * 20] * 7)]])
    assert only_problem(path) == f"{path}: object spawn (id 5): position: the spawn is not on a walkable tile"


def test_no_court(tmp_path):
    path = write_map(tmp_path, open_rows(), [o for o in objects() if o.cls != "court"])
    assert only_problem(path) == f"{path}: map: court: missing: the level needs one"


@pytest.mark.parametrize("kind", ["home", "front_door", "health_station"])
def test_no_other_single_place(tmp_path, kind):
    path = write_map(tmp_path, open_rows(), [o for o in objects() if o.cls != kind])
    assert only_problem(path) == f"{path}: map: {kind}: missing: the level needs one"


def test_two_spawns(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), MapObject("spawn", 5.5, 5.5, name="spawn2")])
    assert only_problem(path) == f"{path}: map: spawn: 2 objects, the level needs exactly one"


def test_no_court_door(tmp_path):
    path = write_map(tmp_path, open_rows(), [*basic_objects(), MapObject("gate", 8, 8, 1, 1, name="G1")])
    assert only_problem(path) == f"{path}: map: gate: no court door (a gate with court = true) and no goal"


def test_gate_must_be_a_rectangle(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), MapObject("gate", 8, 8, name="G2")])
    assert only_problem(path) == f"{path}: object G2 (id 7): size: a gate must be a rectangle with a size"


def test_duplicate_object_ids(tmp_path):
    duplicate = camera("C-2", 5.5, 5.5)
    duplicate.object_id = 3
    path = write_map(tmp_path, open_rows(), [*objects(), duplicate])
    problems = [str(p) for p in problems_of(path)]
    # Both objects that share the id are named, with their name and id, so either can be found.
    assert f"{path}: object court (id 3): id: used by 2 objects" in problems
    assert f"{path}: object C-2 (id 3): id: used by 2 objects" in problems
    assert len(problems) == 2


def test_duplicate_camera_names(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), camera("C-1", 5.5, 5.5), camera("C-1", 6.5, 6.5)])
    assert only_problem(path) == (f"{path}: object C-1 (id 8): name: another camera (id 7) "
                                  "is also called C-1")


def test_duplicate_gate_names(tmp_path):
    path = write_map(tmp_path, open_rows(), [*objects(), MapObject("gate", 8, 8, 1, 1, name="CD")])
    assert only_problem(path) == f"{path}: object CD (id 7): name: another gate (id 6) is also called CD"


def test_missing_tileset_file(tmp_path):
    path = write_map(tmp_path, open_rows(), objects())
    (tmp_path / "test.tsx").unlink()
    tsx = tmp_path / "test.tsx"
    assert only_problem(path) == f"{path}: tileset test.tsx: source: no such tileset file: {tsx}"


def test_broken_tileset_file(tmp_path):
    path = write_map(tmp_path, open_rows(), objects())
    (tmp_path / "test.tsx").write_text("<tileset", encoding="utf-8")
    tsx = tmp_path / "test.tsx"
    expected = f"{path}: tileset test.tsx: source: {tsx}: not a tileset (broken XML"
    assert only_problem(path).startswith(expected)


def test_missing_tileset_image(tmp_path):
    path = write_map(tmp_path, open_rows(), objects())
    (tmp_path / "test.png").unlink()
    assert only_problem(path) == f"{path}: tileset test.tsx: image: no such image: {tmp_path / 'test.png'}"


def test_missing_map_file(tmp_path):
    path = tmp_path / "nowhere.tmx"
    assert only_problem(path) == f"{path}: map: file: no such file"


def test_broken_xml(tmp_path):
    path = rewrite(write_map(tmp_path, open_rows(), objects()), "</map>", "")
    assert only_problem(path).startswith(f"{path}: map: file: not a Tiled map (broken XML: ")


@pytest.mark.parametrize("content", [tiny_png(), b"", b"\x00\xff\xfe garbage", "kaart ☂".encode("utf-16")])
def test_non_xml_bytes(tmp_path, content):
    path = tmp_path / "picture.tmx"
    path.write_bytes(content)
    assert only_problem(path).startswith(f"{path}: map: file: not a Tiled map (broken XML: ")


def test_xml_that_is_not_a_map(tmp_path):
    path = tmp_path / "tileset.tmx"
    path.write_text("<tileset/>", encoding="utf-8")
    assert only_problem(path) == f"{path}: map: file: not a Tiled map (root element <tileset>)"


def test_tile_size_other_than_32(tmp_path):
    path = rewrite(write_map(tmp_path, open_rows(), objects()), 'tilewidth="32" tileheight="32" infinite',
                   'tilewidth="16" tileheight="32" infinite')
    assert only_problem(path) == f"{path}: map: tilewidth: 16 px, levels use 32 px tiles"


def test_bad_clock(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(), map_properties={"start_time": "8am"})
    assert only_problem(path) == f"{path}: map: start_time: '8am' is not a time like 08:00"


def test_hearing_before_start(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(), map_properties={"hearing_time": "07:30"})
    assert only_problem(path) == f"{path}: map: hearing_time: must be later than start_time"


# --- the rules file --------------------------------------------------------------------------


def test_rules_file_missing(tmp_path):
    path = write_map(tmp_path, open_rows(), objects())
    (tmp_path / "test.rules.json").unlink()
    assert only_problem(path) == f"{path}: map: rules: no such rules file: {tmp_path / 'test.rules.json'}"


@pytest.mark.parametrize("content", [b"{oops", b"\xff\xfe{", b""])
def test_rules_broken_json(tmp_path, content):
    path = write_map(tmp_path, open_rows(), objects())
    rules_path = tmp_path / "test.rules.json"
    rules_path.write_bytes(content)
    problem = only_problem(path)
    assert problem.startswith(f"{rules_path}: rules: file: not ")
    assert "broken JSON" in problem or "not UTF-8" in problem


def test_rules_not_an_object(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(), rules=[1, 2])  # type: ignore[arg-type]
    assert only_problem(path) == (f"{tmp_path / 'test.rules.json'}: rules: file: "
                                  "expected a JSON object with profile and rules")


def test_rules_unknown_condition(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][0]["when"].update(weather="rain")))
    assert only_problem(path).startswith(
        f"{tmp_path / 'test.rules.json'}: rule R-1: when.weather: unknown condition (known: profile, ")


def test_rules_unknown_condition_inside_any(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][3]["when"]["any"].append({"moon": "full"})))
    assert only_problem(path).startswith(f"{tmp_path / 'test.rules.json'}: rule R-4: when.any[2].moon: "
                                         "unknown condition")


def test_rules_unknown_effect(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][0]["then"].update(jail=True)))
    assert only_problem(path).startswith(
        f"{tmp_path / 'test.rules.json'}: rule R-1: then.jail: unknown effect (known: risk, ")


def test_rules_profile_key_not_in_profile(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][0]["when"].update(profile="dual_nationality")))
    assert only_problem(path) == (f"{tmp_path / 'test.rules.json'}: rule R-1: when.profile: "
                                  "'dual_nationality' is not a key of the profile (relative_of_detainee)")


def test_rules_fired_names_unknown_rule(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][-1]["when"].update(fired="R-99")))
    assert only_problem(path) == (f"{tmp_path / 'test.rules.json'}: rule R-7: when.fired: "
                                  "expected rule id, got 'R-99'")


def test_rules_fired_may_name_a_later_rule(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][0]["when"].update(fired="R-7")))
    assert load_level(path).rules[0].when["fired"] == "R-7"


@pytest.mark.parametrize("value", [["R-2"], {"id": "R-2"}])
def test_rules_fired_not_a_string(tmp_path, value):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][-1]["when"].update(fired=value)))
    assert only_problem(path) == (f"{tmp_path / 'test.rules.json'}: rule R-7: when.fired: "
                                  f"expected rule id, got {value!r}")


@pytest.mark.parametrize("value", [["R-2"], {"x": 1}, 7])
def test_rules_id_not_a_string(tmp_path, value):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][-1].update(id=value)))
    assert only_problem(path) == f"{tmp_path / 'test.rules.json'}: rule 8: id: missing"


def test_rules_duplicate_id(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(),
                     rules=rules_with(lambda r: r["rules"][2].update(id="R-1")))
    assert only_problem(path) == f"{tmp_path / 'test.rules.json'}: rule R-1: id: used by another rule"


@pytest.mark.parametrize(("key", "value", "message"), [
    ("on", "lunch", "'lunch' is not one of start, observed, score, station, front_door, visit, goal, "
     "minute, tension"),
    ("told", "no", "missing or not a bool"),
    ("reason", None, "missing or not a str"),
    ("once", "twice", "not a bool"),
    ("then", {}, "expected an object with at least one effect"),
])
def test_rules_bad_fields(tmp_path, key, value, message):
    rules = rules_with(lambda r: r["rules"][1].update({key: value}))
    path = write_map(tmp_path, open_rows(), objects(), rules=rules)
    assert only_problem(path) == f"{tmp_path / 'test.rules.json'}: rule R-2: {key}: {message}"


@pytest.mark.parametrize(("effect", "value"), [("pass", "purple"), ("pass_worse", 1.5),
                                               ("ending", "in_courtroom"), ("hold_pass", 1), ("risk", True)])
def test_rules_bad_effect_values(tmp_path, effect, value):
    rules = rules_with(lambda r: r["rules"][1]["then"].update({effect: value}))
    path = write_map(tmp_path, open_rows(), objects(), rules=rules)
    rules_path = tmp_path / "test.rules.json"
    assert only_problem(path).startswith(f"{rules_path}: rule R-2: then.{effect}: expected ")


def test_several_problems_are_all_reported(tmp_path):
    lamp = camera("C-2", 5.5, 5.5, kind="drone")
    del lamp.properties["range"]
    broken = [o for o in objects() if o.cls != "spawn"] + [
        lamp, MapObject("dragon", 3, 3, name="Puff"), camera("C-far", 30.5, 4.5)]
    path = write_map(tmp_path, open_rows(), broken,
                     rules=rules_with(lambda r: r["rules"][0]["when"].update(weather="rain")))
    problems = [str(p) for p in problems_of(path)]
    rules_path = tmp_path / "test.rules.json"
    expected_starts = [
        f"{path}: object C-2 (id 6): range: missing",
        f"{path}: object Puff (id 7): class: unknown class 'dragon'",
        f"{path}: object C-far (id 8): position: ",
        f"{path}: map: spawn: missing",
        f"{rules_path}: rule R-1: when.weather: unknown condition",
    ]
    for start in expected_starts:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected_starts)


def test_several_xml_problems_are_all_reported(tmp_path):
    path = write_map(tmp_path, open_rows(), objects(), upper_layers=[open_rows(19, 10), open_rows()])
    path = rewrite(path, WALL_ROW + "\n</data>", "2,2\n</data>")
    (tmp_path / "test.png").unlink()
    problems = [str(p) for p in problems_of(path)]
    assert problems == [
        f"{path}: tileset test.tsx: image: no such image: {tmp_path / 'test.png'}",
        f"{path}: layer layer0: data: 182 tiles, the map needs 200",
        f"{path}: layer layer1: data: 190 tiles, the map needs 200",
    ]


def test_problem_format():
    problem = Problem(Path("levels/x.tmx"), "object C-14 (id 31)", "range", "missing")
    assert str(problem) == "levels/x.tmx: object C-14 (id 31): range: missing"


def test_rules_json_written_by_mapmaker_is_valid_json(tmp_path):
    write_map(tmp_path, open_rows(), objects())
    assert json.loads((tmp_path / "test.rules.json").read_text(encoding="utf-8")) == DEFAULT_RULES


def test_the_stories_say_which_levels_are_scenarios_and_in_what_order(tmp_path):
    from game.level.story import GAME_LEVELS, first_scenario, offered, scenarios

    for name, story in (("b_city", {"title": "B", "scenario": 1}), ("a_city", {"title": "A", "scenario": 2}),
                        ("bench", None), ("broken", {"title": "X", "scenario": "first"})):
        (tmp_path / f"{name}.tmx").write_text("<map/>", encoding="utf-8")
        if story is not None:
            (tmp_path / f"{name}.story.json").write_text(json.dumps(story), encoding="utf-8")
    maps = sorted(tmp_path.glob("*.tmx"))
    assert [path.stem for path in scenarios(maps)] == ["b_city", "a_city"]
    assert first_scenario(tmp_path) == "b_city"
    assert first_scenario(tmp_path / "nowhere") == ""
    shipped = [path.stem for path in scenarios(sorted(GAME_LEVELS.glob("*.tmx")))]
    assert len(shipped) == 2 and "stress" not in shipped, "the benchmark city is not a scenario"
    # a level without a story is offered to the facilitator; the benchmark is not
    assert [path.stem for path in offered([tmp_path / "bench.tmx", GAME_LEVELS / "stress.tmx"])] == ["bench"]
