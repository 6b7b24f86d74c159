"""Every message the player can see has a Dutch translation, with the same placeholders.

The messages are extracted exactly as ``python -m game.i18n_extract`` does (the code's ``_``, ``N_``,
``n_``, ``p_`` calls and the levels' texts). When a test here fails it lists every message at fault;
run ``python -m game.i18n_extract`` to merge new messages into the catalogue, then translate them in
``game/locale/nl/LC_MESSAGES/flagged.po``.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from game import i18n
from game.i18n_extract import MAP_DEFAULTS, extract, merge, problems, read_catalogue
from game.level.model import Level

NL_CATALOGUE = i18n.LOCALE_DIR / "nl" / "LC_MESSAGES" / "flagged.po"


@pytest.fixture(scope="module")
def template() -> Catalog:
    return extract()


@pytest.fixture(scope="module")
def dutch() -> Catalog:
    return read_catalogue(NL_CATALOGUE)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def _ids(template: Catalog) -> set[str]:
    return {message.id if isinstance(message.id, str) else message.id[0]
            for message in template if message.id}


def test_every_message_has_a_dutch_translation(template: Catalog, dutch: Catalog) -> None:
    untranslated = [line for line in problems(template, dutch) if not line.startswith("placeholders")]
    assert not untranslated, (
        f"{len(untranslated)} message(s) without a Dutch translation (run `python -m game.i18n_extract`, "
        f"then translate them in {NL_CATALOGUE.relative_to(i18n.LOCALE_DIR.parent.parent)}):\n"
        + "\n".join(untranslated))


def test_dutch_placeholders_match_the_english(template: Catalog, dutch: Catalog) -> None:
    wrong = [line for line in problems(template, dutch) if line.startswith("placeholders")]
    assert not wrong, "translations whose {placeholders} differ from the English:\n" + "\n".join(wrong)


def test_the_extraction_finds_code_and_level_texts(template: Catalog) -> None:
    ids = _ids(template)
    assert "Your file" in ids  # N_ in the debrief
    assert "Hearing at {time}" in ids  # _ in the HUD
    assert "{count} observations, by {cameras} camera" in ids  # n_, singular and plural
    assert "Pending review." in ids  # a rule's reason
    assert "You have been selected for an additional check." in ids  # a rule's letter
    assert {"Hearing Day", "Here"} <= ids  # map titles
    assert "Speech at {time}" in ids  # a map's goal label
    assert {"Market", "Town hall square"} <= ids  # district names
    plural = template.get(("{count} observations, by {cameras} camera",
                           "{count} observations, by {cameras} cameras"))
    assert plural is not None and plural.pluralizable


def test_the_checker_names_missing_fuzzy_and_broken_messages(template: Catalog) -> None:
    catalogue = Catalog(locale="nl")
    catalogue.add("Your file", "Jouw dossier")
    catalogue.add("Hearing at {time}", "Zitting om {tijd}")
    catalogue.add("Press any button", "Druk op een knop", flags=["fuzzy"])
    found = problems(template, catalogue)
    assert not any("'Your file'" in line for line in found)
    assert any(line.startswith("placeholders differ: 'Hearing at {time}'") for line in found)
    assert any(line.startswith("fuzzy: 'Press any button'") for line in found)
    assert any(line.startswith("missing: 'Pending review.'") and "levels/hearing_day.rules.json" in line
               for line in found)


def test_the_game_speaks_dutch_at_run_time() -> None:
    i18n.set_language("nl")
    assert i18n._("Your file") == "Jouw dossier"
    assert i18n._("Press any button") == "Druk op een knop"
    assert i18n._("Hearing Day") == "Zittingsdag"  # a level's title, translated where it is drawn
    assert i18n.n_("{count} observations, by {cameras} camera",
                   "{count} observations, by {cameras} cameras", 3).format(count=5, cameras=3) == (
        "5 waarnemingen, door 3 camera's")
    i18n.set_language("en")
    assert i18n._("Your file") == "Your file"


def test_the_catalogue_is_tidy(dutch: Catalog) -> None:
    """It reads strictly (as the game reads it) and round-trips through Babel unchanged in content."""
    with NL_CATALOGUE.open("rb") as po_file:
        read_po(po_file, locale="nl", domain="flagged", abort_invalid=True)
    buffer = BytesIO()
    write_po(buffer, dutch)
    again = read_po(BytesIO(buffer.getvalue()), locale="nl")
    assert {m.id: m.string for m in again if m.id} == {m.id: m.string for m in dutch if m.id}
    assert dutch.plural_forms == "nplurals=2; plural=(n != 1);"


def test_the_template_is_in_the_repository() -> None:
    pot = Path(i18n.LOCALE_DIR) / "flagged.pot"
    assert pot.is_file(), "run `python -m game.i18n_extract` to write game/locale/flagged.pot"


def test_a_map_without_a_goal_label_shows_the_extracted_default() -> None:
    assert MAP_DEFAULTS["goal_label"] == Level.__dataclass_fields__["goal_label"].default


def test_merging_keeps_translations_and_revives_a_returning_message(tmp_path: Path) -> None:
    po = tmp_path / "nl" / "LC_MESSAGES" / "flagged.po"
    po.parent.mkdir(parents=True)
    old = Catalog(locale="nl")
    old.add("Speech at {time}", "Toespraak om {time}")
    old.add("Hearing at {time}", "Zitting om {time}")
    with po.open("wb") as out:
        write_po(out, old)
    first = Catalog()
    first.add("Speech at {time}")
    first.add("Gone for now")
    merge(first, po)  # "Hearing at {time}" becomes obsolete (#~)
    again = Catalog()
    again.add("Speech at {time}")
    again.add("Hearing at {time}")
    merged = merge(again, po)
    assert merged.get("Speech at {time}").string == "Toespraak om {time}"
    returned = merged.get("Hearing at {time}")
    assert returned.string == "Zitting om {time}" and not returned.fuzzy
