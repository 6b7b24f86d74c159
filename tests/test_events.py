"""Commands, events and the run file: what goes in comes back out, and a bad file is one clear line."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.events import (
    EVENT_TYPES,
    RUN_FORMAT,
    BusRide,
    Command,
    Footage,
    GateScanned,
    Letter,
    Observed,
    Passage,
    PassChanged,
    PhoneLooked,
    PoliceAction,
    RuleFired,
    RunEnded,
    RunFileError,
    RunRecord,
    ScoreChanged,
    StationVisit,
    TensionRaised,
    Visit,
    decode_inputs,
    encode_inputs,
    event_from_dict,
    read_run,
    write_run,
)

# --- commands ----------------------------------------------------------------------------------


# The run file's input format, bit by bit: a contract with every run file already written, so the
# expected values are written out here, not computed the way the code computes them.
@pytest.mark.parametrize(("bits", "command"), [
    (0, Command()),
    (1, Command(move_x=-1)), (2, Command(move_x=1)), (4, Command(move_y=-1)), (8, Command(move_y=1)),
    (16, Command(run=True)), (32, Command(act=True)), (64, Command(look_at_phone=True)),
    (128, Command(give_up=True)), (256, Command(choice=1)), (512, Command(choice=2)),
    (1 | 8 | 16, Command(move_x=-1, move_y=1, run=True)),
    (2 | 4 | 32 | 64 | 128, Command(move_x=1, move_y=-1, act=True, look_at_phone=True, give_up=True)),
])
def test_each_bit_of_the_run_file_means_one_thing(bits, command):
    assert Command.from_bits(bits) == command
    assert command.to_bits() == bits


@pytest.mark.parametrize(("bits", "command"), [
    (1 | 2, Command()), (4 | 8, Command()), (1 | 2 | 8, Command(move_y=1)),
    (1 | 2 | 4 | 8 | 16, Command(run=True))])
def test_opposite_keys_at_once_cancel_out(bits, command):
    assert Command.from_bits(bits) == command


commands = st.builds(Command, move_x=st.integers(-1, 1), move_y=st.integers(-1, 1), run=st.booleans(),
                     act=st.booleans(), look_at_phone=st.booleans(), give_up=st.booleans())


@given(st.builds(Command, move_x=st.integers(-1, 1), move_y=st.integers(-1, 1), run=st.booleans(),
                 act=st.booleans(), look_at_phone=st.booleans(), give_up=st.booleans(),
                 choice=st.integers(0, 2)))
def test_every_command_comes_back_from_its_bits(command):
    assert Command.from_bits(command.to_bits()) == command


@given(st.lists(commands, max_size=300))
def test_inputs_round_trip(sequence):
    text = encode_inputs(sequence)
    assert decode_inputs(text) == sequence
    assert text == encode_inputs(decode_inputs(text))


@given(st.lists(st.tuples(commands, st.integers(1, 50)), max_size=20))
def test_inputs_encoding_is_run_length(runs):
    sequence = [command for command, count in runs for _ in range(count)]
    text = encode_inputs(sequence)
    pairs = [tuple(map(int, chunk.split(":"))) for chunk in text.split(",")] if text else []
    assert sum(count for _, count in pairs) == len(sequence)
    assert all(a[0] != b[0] for a, b in itertools.pairwise(pairs)), "equal neighbours merge"


def test_inputs_examples():
    assert encode_inputs([]) == ""
    assert encode_inputs([Command()] * 120 + [Command(move_y=1, move_x=1)] * 35) == "0:120,10:35"


@pytest.mark.parametrize("text", ["0:1,", "x:1", "0:y", "0", "0:1:2", "1024:1", "-1:1", "3:0", "3:-2", " :1",
                                  "1:1,,2:1"])
def test_decode_rejects_malformed_inputs(text):
    with pytest.raises(RunFileError) as caught:
        decode_inputs(text)
    assert str(caught.value).startswith("inputs: entry ")
    assert "\n" not in str(caught.value)


# --- events ------------------------------------------------------------------------------------


SAMPLE_EVENTS = (
    Observed(640, "08:11", "C-14", "lamp", 40.5, 12.0, 0.93, "anxious"),
    RuleFired(700, "08:12", "R-3", "Seen anxious by three cameras.", False),
    PassChanged(700, "08:12", "green", "yellow", "R-3", False),
    ScoreChanged(910, "08:15", 5, "waste_sorted", 1005),
    GateScanned(1300, "08:21", "G-2", "yellow", "sent_to_health_station"),
    StationVisit(1300, "08:21", "Health station", 15, "pending_review"),
    PoliceAction(1500, "08:40", "walked_home", 4.5, 2.5, 10),
    PhoneLooked(1600, "08:42", "yellow"),
    Footage(2000, "11:58", "D-3", "private", "10:21", 12.5, 30.0),
    Passage(2100, "10:30", "A-1", 40.0, 2.5, "2027-01-07"),
    Letter(2200, "10:40", "You have been selected for an additional check."),
    Visit(10, "10:00", "decline"),
    TensionRaised(2300, "11:02", 0.62, "high"),
    BusRide(2400, "11:10", "Stop Canal", "Stop Square", 12),
    RunEnded(14211, "09:58", "held_at_gate"),
)


def test_every_event_kind_is_sampled():
    assert {type(event) for event in SAMPLE_EVENTS} == set(EVENT_TYPES.values())


def test_event_dicts_use_the_run_file_keys():
    assert SAMPLE_EVENTS[2].to_dict() == {"tick": 700, "clock": "08:12", "kind": "pass", "from": "green",
                                          "to": "yellow", "rule": "R-3", "told": False}
    assert SAMPLE_EVENTS[4].to_dict()["pass"] == "yellow"
    assert SAMPLE_EVENTS[0].to_dict() == {"tick": 640, "clock": "08:11", "kind": "observed", "camera": "C-14",
                                          "camera_kind": "lamp", "x": 40.5, "y": 12.0, "confidence": 0.93,
                                          "inferred": "anxious"}


@pytest.mark.parametrize("event", SAMPLE_EVENTS, ids=lambda event: event.kind)
def test_event_round_trip(event):
    assert event_from_dict(json.loads(json.dumps(event.to_dict()))) == event


def test_event_missing_field_names_it():
    data = SAMPLE_EVENTS[2].to_dict()
    del data["from"]
    with pytest.raises(RunFileError, match="a 'pass' event has no 'from'"):
        event_from_dict(data)


# --- the run file ------------------------------------------------------------------------------


def record(**changes) -> RunRecord:
    values = dict(game_version="0.1.0", level="hearing_day", seed=42, profile={"relative_of_detainee": True},
                  inputs=encode_inputs([Command()] * 10 + [Command(move_x=1, run=True)] * 5),
                  ending="held_at_gate", ticks=14211, events=SAMPLE_EVENTS)
    values.update(changes)
    return RunRecord(**values)


def test_run_record_round_trip(tmp_path):
    path = tmp_path / "runs" / "run.json"
    original = record()
    write_run(path, original)
    assert not path.with_name("run.json.part").exists()
    again = read_run(path, expected_version="0.1.0")
    assert again == original
    assert again.to_json() == original.to_json()
    assert path.read_text(encoding="utf-8") == original.to_json()


def test_run_json_is_deterministic_and_readable():
    text = record().to_json()
    assert text == record().to_json()
    data = json.loads(text)
    assert list(data)[:2] == ["format", "game_version"]
    assert data["format"] == RUN_FORMAT
    assert data["events"][0]["kind"] == "observed"
    assert text.count("\n") == len(SAMPLE_EVENTS) + 1, "one event a line"


def test_run_with_no_ending_and_no_events(tmp_path):
    path = tmp_path / "run.json"
    original = record(ending=None, events=(), inputs="")
    write_run(path, original)
    assert read_run(path) == original


def test_unicode_survives(tmp_path):
    path = tmp_path / "run.json"
    reason = "Familielid van een gedetineerde — niet verteld"
    original = record(events=(RuleFired(1, "08:00", "R-1", reason, False),))
    write_run(path, original)
    assert read_run(path) == original


def assert_one_line_error(path, expected: str, **kwargs) -> None:
    with pytest.raises(RunFileError) as caught:
        read_run(path, **kwargs)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    assert expected in message, message


def test_corrupt_json(tmp_path):
    path = tmp_path / "run.json"
    path.write_text("{not json", encoding="utf-8")
    assert_one_line_error(path, "not a run file (broken JSON")


def test_truncated_file(tmp_path):
    path = tmp_path / "run.json"
    text = record().to_json()
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    assert_one_line_error(path, "not a run file (broken JSON")


def test_not_utf8(tmp_path):
    path = tmp_path / "run.json"
    path.write_bytes(b"\xff\xfe\x00{")
    assert_one_line_error(path, "not a run file")


def test_missing_file(tmp_path):
    assert_one_line_error(tmp_path / "nowhere.json", "cannot read")


def test_not_an_object(tmp_path):
    path = tmp_path / "run.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert_one_line_error(path, "expected a JSON object")


def _edited(tmp_path, change):
    data = json.loads(record().to_json())
    change(data)
    path = tmp_path / "run.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("value", [2, 0, "1", None])
def test_wrong_format_number(tmp_path, value):
    path = _edited(tmp_path, lambda data: data.update(format=value))
    assert_one_line_error(path, f"run file format {value!r}, this game reads {RUN_FORMAT}")


def test_missing_format(tmp_path):
    path = _edited(tmp_path, lambda data: data.pop("format"))
    assert_one_line_error(path, "run file format None")


def test_wrong_game_version(tmp_path):
    path = _edited(tmp_path, lambda data: data.update(game_version="0.0.9"))
    assert_one_line_error(path, "recorded by Flagged '0.0.9', this is 0.1.0", expected_version="0.1.0")
    assert read_run(path).game_version == "0.0.9", "any version is read when none is expected"


def test_unknown_event_kind(tmp_path):
    path = _edited(tmp_path, lambda data: data["events"][1].update(kind="teleported"))
    assert_one_line_error(path, "events: unknown kind 'teleported'")


def test_event_without_a_field(tmp_path):
    path = _edited(tmp_path, lambda data: data["events"][0].pop("camera"))
    assert_one_line_error(path, "events: a 'observed' event has no 'camera'")


@pytest.mark.parametrize("inputs", ["0:12,zz", "0:-1", "1100:2", "0:1,"])
def test_malformed_inputs(tmp_path, inputs):
    path = _edited(tmp_path, lambda data: data.update(inputs=inputs))
    assert_one_line_error(path, "inputs: entry ")


@pytest.mark.parametrize("key", ["game_version", "level", "seed", "profile", "inputs", "ending", "ticks",
                                 "events"])
def test_missing_top_level_field(tmp_path, key):
    path = _edited(tmp_path, lambda data: data.pop(key))
    assert_one_line_error(path, "not a run file (missing or bad field")


@pytest.mark.parametrize(("key", "value"), [("seed", "forty"), ("ticks", None), ("profile", 3),
                                            ("events", 5)])
def test_mistyped_top_level_field(tmp_path, key, value):
    path = _edited(tmp_path, lambda data: data.update({key: value}))
    assert_one_line_error(path, "not a run file")
