"""A corpus of hostile files: levels, tilesets, images, templates, rules, run files, settings and
statistics databases that try to crash, hang or fill the game (issue 13's bad inputs and more).

Nothing large is committed: every file is made here, when the corpus is built (sparse files for the
huge ones). ``python tests/hostile.py OUT_DIR`` writes the corpus and prints one line per case;
``tests/test_hostile.py`` builds it in a temporary folder and runs every case through the code and
through the command line.

Each case says how it is fed to the game (``use``) and what must happen (``expect``): ``refuse``
is exit 2 and one line naming the file; ``play`` is a run (or a check) that goes on as normal,
with at most a notice for a settings file.
"""

from __future__ import annotations

import base64
import json
import os
import random
import shutil
import sqlite3
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LEVEL = REPO / "levels" / "hearing_day.tmx"
RULES = REPO / "levels" / "hearing_day.rules.json"
TILESET = REPO / "assets" / "tiles" / "city.tsx"
BIG = 10 * 1024 * 1024

USES = ("level", "run", "settings", "stats")


@dataclass(frozen=True)
class Case:
    """One hostile file: ``path`` is what the command is given (a level, a run file, a data dir's
    settings file, a database); ``use`` how it is fed; ``expect`` "refuse" or "play"."""

    name: str
    use: str
    expect: str
    path: Path


# --- ways of making a file ------------------------------------------------------------------


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link_to_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as stream:
            stream.truncate(size)
    return make


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _folder(path: Path) -> None:
    path.mkdir()


def _base_level() -> str:
    """The shipped Hearing Day, its tileset named by an absolute path into the game's assets."""
    text = LEVEL.read_text(encoding="utf-8")
    return text.replace('source="../assets/tiles/city.tsx"', f'source="{TILESET}"')


def _with_map_property(text: str, name: str, value: str) -> str:
    escaped = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return text.replace("<properties>", f'<properties>\n  <property name="{name}" value="{escaped}"/>', 1)


def _deep_json(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


class Corpus:
    """Builds the cases into one folder: levels/, runs/, settings/NAME/, stats/."""

    def __init__(self, root: Path, run_file: Path | None = None) -> None:
        self.root = root
        self.cases: list[Case] = []
        self.levels = root / "levels"
        self.runs = root / "runs"
        self.stats = root / "stats"
        for folder in (self.levels, self.runs, self.stats, root / "settings"):
            folder.mkdir(parents=True, exist_ok=True)
        self.base = _base_level()
        self.rules = json.loads(RULES.read_text(encoding="utf-8"))
        shutil.copy(RULES, self.levels / RULES.name)  # each level case is broken in one way only
        self.run = json.loads(run_file.read_text(encoding="utf-8")) if run_file else None

    def add(self, name: str, use: str, expect: str, path: Path, make: Callable[[Path], None]) -> None:
        make(path)
        self.cases.append(Case(name, use, expect, path))

    # --- levels ----------------------------------------------------------------------------

    def level(self, name: str, make: Callable[[Path], None], expect: str = "refuse") -> Path:
        path = self.levels / f"{name}.tmx"
        self.add(name, "level", expect, path, make)
        return path

    def level_text(self, name: str, text: str, expect: str = "refuse") -> Path:
        return self.level(name, lambda path: path.write_text(text, encoding="utf-8"), expect)

    def level_with_rules(self, name: str, make_rules: Callable[[Path], None], expect: str = "refuse") -> None:
        rules = self.levels / f"{name}.rules.json"
        make_rules(rules)
        self.level_text(name, self.base.replace("hearing_day.rules.json", rules.name), expect)

    def rules_text(self, data: object) -> Callable[[Path], None]:
        return lambda path: path.write_text(json.dumps(data), encoding="utf-8")

    def build_levels(self) -> None:
        base = self.base
        self.level_with_rules("sound_level", self.rules_text(self.rules), expect="play")
        self.level_with_rules("bom_level", self.rules_text(self.rules), expect="play")
        bom = self.levels / "bom_level.tmx"
        bom.write_bytes(b"\xef\xbb\xbf" + bom.read_bytes())
        self.level("level_fifo", _fifo)
        self.level("level_dev_zero", _link_to_zero)
        self.level("level_folder", _folder)
        self.level("level_huge", _sparse(9 * 1024 * 1024))
        self.level("level_empty", _bytes(b""))
        self.level("level_binary", _bytes(random.Random(13).randbytes(4096)))
        self.level("level_not_utf8", _bytes(b"<?xml version='1.0' encoding='utf-8'?><map \xff\xfe/>"))
        self.level_text("level_deep_xml", "<map>" + "<group>" * 50000 + "</group>" * 50000 + "</map>")
        laughs = ('<?xml version="1.0"?><!DOCTYPE map [<!ENTITY a "aaaaaaaaaa">'
                  + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
                  + ']><map width="&i;"/>')
        self.level_text("level_entity_bomb", laughs)
        # 1500 layers that compress to almost nothing: small on disk, huge once read.
        zeros = base64.b64encode(zlib.compress(bytes(4 * 100 * 64))).decode()
        layers = "".join(f'<layer id="{1000 + n}" name="extra {n}" width="100" height="64"><data '
                         f'encoding="base64" compression="zlib">{zeros}</data></layer>' for n in range(1500))
        self.level_text("level_1500_layers", base.replace("</map>", layers + "</map>"))
        self.level_text("level_huge_map",
                        base.replace('width="100" height="64"', 'width="1000000" height="64"', 1))
        for name, source in (("tileset_absolute", "/etc/passwd"),
                             ("tileset_dotdot", "../../../../etc/passwd"),
                             ("tileset_dev_zero", "/dev/zero"), ("tileset_proc", "/proc/self/environ")):
            self.level_text(name, base.replace(str(TILESET), source))
        zero_tsx = self.levels / "zero.tsx"
        zero_tsx.symlink_to("/dev/zero")
        self.level_text("tileset_link_to_zero", base.replace(str(TILESET), "zero.tsx"))
        fifo_tsx = self.levels / "fifo.tsx"
        os.mkfifo(fifo_tsx)
        self.level_text("tileset_fifo", base.replace(str(TILESET), "fifo.tsx"))
        tsx = TILESET.read_text(encoding="utf-8")
        for name, image in (("image_passwd", "/etc/passwd"), ("image_dev_zero", "/dev/zero"),
                            ("image_dotdot", "../../../../../../etc/hostname")):
            (self.levels / f"{name}.tsx").write_text(tsx.replace('source="city.png"', f'source="{image}"'),
                                                     encoding="utf-8")
            self.level_text(name, base.replace(str(TILESET), f"{name}.tsx"))
        (self.levels / "junk.png").write_bytes((TILESET.parent / "city.png").read_bytes()[:33] + b"junk" * 64)
        (self.levels / "image_junk_body.tsx").write_text(
            tsx.replace('source="city.png"', 'source="junk.png"'), encoding="utf-8")
        self.level_text("image_junk_body", base.replace(str(TILESET), "image_junk_body.tsx"))
        camera = '<object id="40" name="C-1" type="camera"'
        for name, template in (("template_dev_zero", "/dev/zero"), ("template_fifo", "fifo.tsx"),
                               ("template_passwd", "/etc/passwd")):
            self.level_text(name, base.replace(camera, f'<object id="40" name="C-1" template="{template}" '
                                                       'type="camera"'))
        (self.levels / "deep.tx").write_text("<template>" + "<object>" * 5000 + "</object>" * 5000
                                             + "</template>", encoding="utf-8")
        self.level_text("template_deep", base.replace(camera, '<object id="40" name="C-1" template="deep.tx" '
                                                              'type="camera"'))
        for name, label in (("goal_label_unknown_field", "{time} {oops}"), ("goal_label_index", "{time} {0}"),
                            ("goal_label_attribute", "{time.__class__}"), ("goal_label_no_time", "Hearing"),
                            ("goal_label_long", "{time}" + "x" * 100_000)):
            self.level_text(name, _with_map_property(base, "goal_label", label))
        self.level_text("title_long", base.replace('value="Hearing Day"', f'value="{"T" * 1_000_000}"'))
        self.level_text("camera_name_long", base.replace('name="C-1"', f'name="{"C" * 1_000_000}"'))
        range_property = 'name="range" type="float" value="'
        self.level_text("camera_range_5000_digits",
                        base.replace(range_property, range_property + "9" * 5000, 1))
        for name, rules_path in (("rules_dev_zero", "/dev/zero"), ("rules_passwd", "/etc/passwd"),
                                 ("rules_dotdot", "../../../../etc/passwd"), ("rules_fifo", "fifo.tsx")):
            self.level_text(name, base.replace("hearing_day.rules.json", rules_path))
        self.level_with_rules("rules_deep", _bytes(_deep_json(100_000)))
        self.level_with_rules("rules_5000_digits",
                              _bytes(b'{"profile": {}, "rules": [], "x": ' + b"9" * 5000 + b"}"))
        self.level_with_rules("rules_infinity", _bytes(b'{"profile": {"a": Infinity}, "rules": []}'))
        self.level_with_rules("rules_nan", _bytes(b'{"profile": {"a": NaN}, "rules": []}'))
        self.level_with_rules("rules_1e400", _bytes(b'{"profile": {"a": 1e400}, "rules": []}'))
        self.level_with_rules("rules_huge", _sparse(5 * 1024 * 1024))
        self.level_with_rules("rules_not_utf8", _bytes(b'{"profile": {"\xff": true}}'))
        long_reason = json.loads(json.dumps(self.rules))
        long_reason["rules"][0]["reason"] = "R" * 900
        self.level_with_rules("rules_long_reason", self.rules_text(long_reason))
        long_letter = json.loads(json.dumps(self.rules))
        long_letter["rules"][0]["then"] = {"letter": "L" * 900}
        self.level_with_rules("rules_long_letter", self.rules_text(long_letter))
        control = json.loads(json.dumps(self.rules))
        control["rules"][0]["reason"] = "bell\x07\x1b[2J"
        self.level_with_rules("rules_control_characters", self.rules_text(control))

    # --- run files -------------------------------------------------------------------------

    def run_case(self, name: str, make: Callable[[Path], None], expect: str = "refuse") -> None:
        self.add(name, "run", expect, self.runs / f"{name}.json", make)

    def run_edit(self, name: str, edit: Callable[[dict], object], expect: str = "refuse") -> None:
        data = json.loads(json.dumps(self.run))
        edit(data)
        self.run_case(name, _bytes(json.dumps(data).encode()), expect)

    def run_raw(self, name: str, old: str, new: str) -> None:
        text = json.dumps(self.run)
        assert old in text, old
        self.run_case(name, _bytes(text.replace(old, new, 1).encode()))

    def build_runs(self) -> None:
        if self.run is None:
            return
        seed = f'"seed": {self.run["seed"]}'
        ticks = f'"ticks": {self.run["ticks"]}'
        self.run_edit("run_sound", lambda data: None, expect="play")
        self.run_case("run_bom", _bytes(b"\xef\xbb\xbf" + json.dumps(self.run).encode()), expect="play")
        self.run_case("run_fifo", _fifo)
        self.run_case("run_dev_zero", _link_to_zero)
        self.run_case("run_folder", _folder)
        self.run_case("run_200_mb", _sparse(200 * 1024 * 1024))
        self.run_case("run_empty", _bytes(b""))
        self.run_case("run_not_utf8", _bytes(b'{"format": 1, "level": "\xff"}'))
        self.run_case("run_deep", _bytes(_deep_json(100_000)))
        self.run_raw("run_ticks_1e9", ticks, '"ticks": 1000000000')
        self.run_raw("run_ticks_5000_digits", ticks, '"ticks": ' + "9" * 5000)
        self.run_raw("run_seed_infinity", seed, '"seed": Infinity')
        self.run_raw("run_seed_5000_digits", seed, '"seed": ' + "9" * 5000)
        self.run_raw("run_seed_2_32", seed, '"seed": 4294967296')
        self.run_raw("run_seed_float", seed, '"seed": 3.5')
        self.run_raw("run_negative_ticks", ticks, '"ticks": -1')

        def first_event(kind: str, key: str, value: object) -> Callable[[dict], None]:
            def edit(data: dict) -> None:
                event = next(event for event in data["events"] if event["kind"] == kind)
                event[key] = value
            return edit

        kinds = {event["kind"] for event in self.run["events"]}
        self.run_edit("run_clock_zz", first_event(self.run["events"][0]["kind"], "clock", "zz:zz"))
        self.run_edit("run_clock_10_mb", first_event(self.run["events"][0]["kind"], "clock", "9" * BIG))
        if "rule" in kinds:
            self.run_edit("run_rule_text_10_mb", first_event("rule", "text", "x" * BIG))
        if "pass" in kinds:
            self.run_edit("run_pass_purple", first_event("pass", "to", "purple"))
        if "gate" in kinds:
            self.run_edit("run_gate_pass_purple", first_event("gate", "pass", "purple"))
        self.run_edit("run_route_1e300", lambda data: data["route"].__setitem__(0, [0, 1e300, 1e300, 0]))
        self.run_edit("run_route_short_point", lambda data: data["route"].__setitem__(0, [0, 1]))
        self.run_edit("run_ending_edited", lambda data: data.__setitem__(
            "ending", "in_courtroom" if data["ending"] != "in_courtroom" else "too_late"))
        self.run_edit("run_inputs_huge_count", lambda data: data.__setitem__("inputs", "0:999999999999"))
        self.run_edit("run_inputs_many_ticks", lambda data: data.__setitem__("inputs", "0:9999999"))
        self.run_edit("run_level_traversal", lambda data: data.__setitem__("level", "../../etc/passwd"))
        self.run_edit("run_level_unknown", lambda data: data.__setitem__("level", "atlantis"))
        self.run_edit("run_events_not_a_list", lambda data: data.__setitem__("events", {"a": 1}))
        self.run_edit("run_event_tick_after_end", first_event(self.run["events"][0]["kind"], "tick", 10**8))
        self.run_edit("run_profile_nested", lambda data: data.__setitem__("profile", {"a": {"b": [1]}}))
        self.run_edit("run_not_an_object", lambda data: data.clear())

    # --- settings --------------------------------------------------------------------------

    def settings(self, name: str, make: Callable[[Path], None]) -> None:
        folder = self.root / "settings" / name
        folder.mkdir()
        self.add(name, "settings", "play", folder / "settings.json", make)

    def build_settings(self) -> None:
        good = {"version": 1, "volume": 0.3}
        self.settings("settings_bom", _bytes(b"\xef\xbb\xbf" + json.dumps(good).encode()))
        self.settings("settings_fifo", _fifo)
        self.settings("settings_dev_zero", _link_to_zero)
        self.settings("settings_folder", _folder)
        self.settings("settings_5000_digits", _bytes(b'{"version": 1, "volume": ' + b"9" * 5000 + b"}"))
        self.settings("settings_deep", _bytes(b'{"version": 1, "key_bindings": ' + _deep_json(20_000) + b"}"))
        self.settings("settings_tiny_timings", _bytes(json.dumps(
            {"version": 1, "attract_after": 0.001, "attract_length": 0.001, "idle_reset": 0.001}).encode()))
        self.settings("settings_huge", _sparse(2 * 1024 * 1024))
        self.settings("settings_nan", _bytes(b'{"version": 1, "volume": NaN}'))
        self.settings("settings_long_key", _bytes(json.dumps({"version": 1, "k" * 30_000: 1}).encode()))

    # --- statistics databases --------------------------------------------------------------

    def stats_case(self, name: str, make: Callable[[Path], None], expect: str = "refuse") -> None:
        self.add(name, "stats", expect, self.stats / f"{name}.db", make)

    def build_stats(self) -> None:
        from game.app.stats import StatsDB, StatsRow

        self.stats_case("stats_garbage", _bytes(b"not a database at all" * 100))
        self.stats_case("stats_fifo", _fifo)
        self.stats_case("stats_dev_zero", _link_to_zero)
        other = self.stats / "stats_other_program.db"
        with sqlite3.connect(other) as db:
            db.execute("CREATE TABLE t (x)")
        db.close()
        self.cases.append(Case("stats_other_program", "stats", "refuse", other))
        good = self.stats / "stats_text_in_a_number.db"
        with StatsDB(good) as stats:
            stats.add_run(StatsRow(10, "hearing_day", "en", "too_late", 100.0, 1000, "green", 3, 1))
        with sqlite3.connect(good) as db:
            db.execute("UPDATE runs SET duration_s = 'abc', observations = 'many'")
        db.close()
        self.cases.append(Case("stats_text_in_a_number", "stats", "refuse", good))
        cut = self.stats / "stats_truncated.db"
        cut.write_bytes(good.read_bytes()[:1500])
        self.cases.append(Case("stats_truncated", "stats", "refuse", cut))

    def build(self) -> list[Case]:
        self.build_levels()
        self.build_runs()
        self.build_settings()
        self.build_stats()
        return self.cases


def build_corpus(root: Path, run_file: Path | None = None) -> list[Case]:
    """Write every hostile file under ``root``; run files are edits of ``run_file`` (a sound run)."""
    return Corpus(root, run_file).build()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python tests/hostile.py OUT_DIR [SOUND_RUN.json]")
    sys.path.insert(0, str(REPO))
    found = build_corpus(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else None)
    for case in found:
        print(f"{case.use:8} {case.expect:6} {case.name}")
    print(f"{len(found)} cases")
