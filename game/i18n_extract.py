"""Collect every player-visible message into the template and merge it into each catalogue.

    python -m game.i18n_extract            # write game/locale/flagged.pot, merge it into every .po
    python -m game.i18n_extract --check    # change nothing; list messages with no translation (exit 1)

Two sources of messages:

- the code under ``game/``: string literals in calls of ``_``, ``N_`` (one message), ``n_`` (singular
  and plural) and ``p_`` (context, message), read with Babel's Python extractor;
- the levels under ``levels/``: each rule's ``reason`` and ``then.letter`` in ``*.rules.json``, each
  map's ``title`` and ``goal_label`` properties (or the loader's default ``Hearing at {time}``) and the
  names of districts, bus stops and the health station in ``*.tmx``, and every text of a level's
  story in ``*.story.json`` (``game.level.story``). The game draws these with ``_(text)``, so a
  level's texts are translated like the code's.

Merging keeps every translation already in a catalogue; a message that is new gets an empty
translation (or a fuzzy guess from a similar old one, which the game does not use until a translator
removes the ``fuzzy`` flag), and a message that is gone is kept as an obsolete ``#~`` entry.
No pygame here, and nothing is compiled: `game.i18n` compiles the ``.po`` files in memory.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from game.i18n import DOMAIN, LOCALE_DIR

REPO_ROOT = Path(__file__).resolve().parent.parent
GAME_DIR = REPO_ROOT / "game"
LEVELS_DIR = REPO_ROOT / "levels"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"

# The marking functions of game.i18n and where their messages are in the call.
KEYWORDS = {
    "_": None,
    "N_": None,
    "n_": (1, 2),
    "p_": ((1, "c"), 2),
}
# Comments just above a marked string that start with this go to the translator.
COMMENT_TAGS = ("TRANSLATORS:",)
# Map properties that the player reads, and what a map without them shows (the loader's defaults).
MAP_PROPERTIES = ("title", "goal_label")
MAP_DEFAULTS = {"goal_label": "Hearing at {time}"}  # game.level.model.Level.goal_label (a test checks)
# Map objects whose names the player reads, with a note for the translator.
NAMED_OBJECTS = {
    "district": "A district of the map.",
    "bus_stop": "A bus stop (a place name: often kept as it is).",
    "health_station": "The health station, named in the debrief's timeline.",
}
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

Found = tuple[str, str, int, str]  # (message, file relative to the repository, line, translator note)


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _line_of(text: str, needle: str) -> int:
    """The 1-based line where `needle` first occurs in `text` (1 when it does not)."""
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def rules_texts(path: Path) -> Iterator[Found]:
    """Each rule's `reason` and `then.letter` in one rules file."""
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    for rule in data.get("rules", []):
        rule_id = rule.get("id", "?")
        reason = rule.get("reason")
        if isinstance(reason, str) and reason:
            yield reason, _relative(path), _line_of(raw, json.dumps(reason)[1:-1]), (
                f"Rule {rule_id}: the reason, shown in the debrief (and on screen when told).")
        letter = (rule.get("then") or {}).get("letter")
        if isinstance(letter, str) and letter:
            yield letter, _relative(path), _line_of(raw, json.dumps(letter)[1:-1]), (
                f"Rule {rule_id}: a letter that arrives on the player's phone, with no reason given.")


STORY_NOTES = {
    "title": "The scenario's name on the title's scenario row.",
    "task": "What to do, under the title; {{time}}, if there, is the deadline.",
    "deadline": "What the deadline is, named on the file's chart (lower case).",
    "endings": "The title of the ending {key}, at the top of the file.",
    "questions": "A question to discuss after the ending {key}.",
    "article": "The article's line on the file after the ending {key}.",
    "article_source": "Where the article's lines come from, under each line.",
    "sources": "A source the level's facts rest on, listed on the file.",
    "attributes": "How the facilitator's menu and the file name the hidden attribute {key}.",
}


def story_texts(path: Path) -> Iterator[Found]:
    """Every text of one story file, in the order of its fields, with a note on where it is shown."""
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    for name, note in STORY_NOTES.items():
        value = data.get(name)
        items: list[tuple[str, object]] = []
        if isinstance(value, dict):
            for key, entry in value.items():
                items.extend((key, text) for text in (entry if isinstance(entry, list) else [entry]))
        else:
            items.extend(("", text) for text in (value if isinstance(value, list) else [value]))
        for key, text in items:
            if isinstance(text, str) and text:
                yield text, _relative(path), _line_of(raw, json.dumps(text, ensure_ascii=False)[1:-1]), (
                    note.format(key=key))


def map_texts(path: Path) -> Iterator[Found]:
    """A map's `title` and `goal_label` (or the default) and its named places."""
    raw = path.read_text(encoding="utf-8")
    root = ET.fromstring(raw)
    properties = root.find("properties")
    given = {prop.get("name"): prop.get("value", prop.text or "")
             for prop in (properties if properties is not None else ())}
    for name in MAP_PROPERTIES:
        value = given.get(name) or MAP_DEFAULTS.get(name)
        if value:
            note = ("The level's name as the player sees it." if name == "title"
                    else "The deadline in the HUD; keep {time}.")
            line = _line_of(raw, f'name="{name}"') if given.get(name) else _line_of(raw, "<map ")
            yield value, _relative(path), line, note
    for obj in root.iter("object"):
        kind = obj.get("type") or obj.get("class")
        if kind in NAMED_OBJECTS and obj.get("name"):
            line = _line_of(raw, f'<object id="{obj.get("id")}"')
            yield obj.get("name", ""), _relative(path), line, NAMED_OBJECTS[kind]


def level_texts(levels_dir: Path = LEVELS_DIR) -> Iterator[Found]:
    """Every translatable text of every level, in file order."""
    for path in sorted(levels_dir.glob("*.rules.json")):
        yield from rules_texts(path)
    for path in sorted(levels_dir.glob("*.tmx")):
        yield from map_texts(path)
    for path in sorted(levels_dir.glob("*.story.json")):
        yield from story_texts(path)


Marked = tuple[str | tuple[str, str], str, int, list[str], str | None]


def code_messages(game_dir: Path = GAME_DIR) -> Iterator[Marked]:
    """(message or (singular, plural), file, line, translator comments, context) for every marked string."""
    for filename, lineno, message, comments, context in extract_from_dir(
            game_dir, method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS, strip_comment_tags=True):
        yield message, _relative(game_dir / filename), lineno, list(comments), context


def extract(game_dir: Path = GAME_DIR, levels_dir: Path = LEVELS_DIR) -> Catalog:
    """The template: every message of the code and the levels, with where each one is used."""
    catalog = Catalog(project="flagged", version="0.1.0", copyright_holder="Flagged developers",
                      msgid_bugs_address="", charset="utf-8", fuzzy=False,
                      creation_date=datetime(2026, 1, 1, tzinfo=timezone.utc))
    for message, filename, lineno, comments, context in code_messages(game_dir):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    for text, filename, lineno, note in level_texts(levels_dir):
        existing = catalog.get(text)
        if existing is not None:
            existing.locations.append((filename, lineno))
            if note not in existing.auto_comments:
                existing.auto_comments.append(note)
        else:
            catalog.add(text, None, [(filename, lineno)], auto_comments=[note])
    for message in catalog:
        if message.id and any(PLACEHOLDER.search(part) for part in _ids(message)):
            message.flags.add("python-brace-format")
    return catalog


def _ids(message: Message) -> tuple[str, ...]:
    return tuple(message.id) if isinstance(message.id, (list, tuple)) else (message.id,)


def write_template(catalog: Catalog, path: Path = TEMPLATE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(out, catalog, width=100, sort_by_file=False, omit_header=False)


def catalogue_paths(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """The `.po` file of every language that has one."""
    return sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read_catalogue(path: Path) -> Catalog:
    lang = path.parent.parent.name
    with path.open("rb") as po_file:
        return read_po(po_file, locale=lang, domain=DOMAIN)


def merge(template: Catalog, path: Path) -> Catalog:
    """Update the catalogue at `path` to the template, keeping its translations; write and return it."""
    catalog = read_catalogue(path)
    # A message that comes back (it was marked obsolete `#~` by an earlier merge) gets its old
    # translation back, not a fuzzy guess from a similar message.
    for key, old in list(catalog.obsolete.items()):
        current = catalog.get(old.id, context=old.context)
        if template.get(old.id, context=old.context) is not None and old.string and (
                current is None or current.fuzzy or not current.string):
            old.flags.discard("fuzzy")
            if current is not None:
                catalog.delete(old.id, context=old.context)
            catalog[old.id] = old
            del catalog.obsolete[key]
    catalog.update(template, no_fuzzy_matching=False, update_header_comment=False,
                   update_creation_date=False)
    with path.open("wb") as out:
        write_po(out, catalog, width=100, ignore_obsolete=False, include_previous=True)
    return catalog


def placeholders(text: str) -> set[str]:
    """The `{name}` fields of a message (escaped `{{` `}}` are not fields)."""
    return set(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def problems(template: Catalog, catalog: Catalog) -> list[str]:
    """One line per message of the template that the catalogue does not translate, or translates badly."""
    found: list[str] = []
    for message in template:
        if not message.id:
            continue
        shown = message.id if isinstance(message.id, str) else " | ".join(message.id)
        if message.context:
            shown = f"[{message.context}] {shown}"
        where = ", ".join(f"{file}:{line}" for file, line in message.locations[:2])
        entry = catalog.get(message.id, context=message.context)
        strings = () if entry is None else (
            tuple(entry.string) if isinstance(entry.string, (list, tuple)) else (entry.string,))
        if entry is None or not all(strings):
            found.append(f"missing: {shown!r} ({where})")
            continue
        if entry.fuzzy:
            found.append(f"fuzzy: {shown!r} ({where})")
            continue
        ids = _ids(message)
        for index, translated in enumerate(strings):
            source = ids[min(index, len(ids) - 1)]
            if placeholders(translated) != placeholders(source):
                found.append(f"placeholders differ: {shown!r} -> {translated!r} ({where})")
                break
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.i18n_extract", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change no file; list every message without a translation, exit 1 if any")
    args = parser.parse_args(argv)
    template = extract()
    count = sum(1 for message in template if message.id)
    if not args.check:
        write_template(template)
        print(f"{_relative(TEMPLATE)}: {count} messages")
    status = 0
    for path in catalogue_paths():
        catalog = read_catalogue(path) if args.check else merge(template, path)
        found = problems(template, catalog)
        print(f"{_relative(path)}: {count - len(found)} of {count} translated")
        for line in found:
            print(f"  {line}")
        status = status or (1 if found else 0)
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
