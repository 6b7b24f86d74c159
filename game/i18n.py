"""Translation of every player-visible string, switchable while the game runs.

Catalogues are gettext `.po` files in `game/locale/<lang>/LC_MESSAGES/flagged.po`. They are
read and compiled in memory when first used, so no compiled `.mo` file is ever committed and a
translator's edit shows up on the next start. The reader here is the game's own, not Babel's: a
standalone bundle (``game.freeze``) ships without Babel and its 35 MB of locale data, which the
game would use for nothing but this. Babel stays the translators' tool (``game.i18n_extract``).
English is the source language: its catalogue may be missing, and any message without a
translation is shown as written.

Screens call `_()` when they draw, not at import, so `set_language()` takes effect on the next
frame without a restart. No pygame here: the model layers and the tests use it without a display.
"""

from __future__ import annotations

import gettext
import locale
import os
import re
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

DOMAIN = "flagged"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DEFAULT_LANGUAGE = "en"
SUPPORTED_LANGUAGES = ("en", "nl")
# Each language named in itself, for the language choice on the title screen.
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}

# The environment variables gettext consults, in its order of precedence.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_catalogues: dict[str, gettext.NullTranslations] = {}
_language = DEFAULT_LANGUAGE
_translations: gettext.NullTranslations = gettext.NullTranslations()


def normalise_language(lang: str | None) -> str:
    """Return the supported language that a tag like "nl", "nl_NL.UTF-8" or "nl-BE" means, else "en"."""
    if not lang:
        return DEFAULT_LANGUAGE
    base = re.split(r"[-_.@:]", lang.strip().lower(), maxsplit=1)[0]
    if base in SUPPORTED_LANGUAGES:
        return base
    if base == "dutch":  # Windows spells locales out: "Dutch_Netherlands".
        return "nl"
    return DEFAULT_LANGUAGE


class CatalogueError(ValueError):
    """A `.po` file that cannot be read; the message names the line."""


@dataclass
class _Entry:
    """One message of a `.po` file as it is read: its context, ids and translations."""

    line: int
    fuzzy: bool = False
    context: str | None = None
    msgid: str | None = None
    plural: str | None = None
    strings: dict[int, str] | None = None


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f",
            "v": "\v"}
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$')
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(.*)$")


def _unquote(text: str, line: int) -> str:
    match = _QUOTED.fullmatch(text.strip())
    if match is None:
        raise CatalogueError(f"line {line}: not a quoted string: {text.strip()[:40]}")
    body, out, index = match.group(1), [], 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            escape = body[index + 1]
            if escape not in _ESCAPES:
                raise CatalogueError(f"line {line}: unknown escape \\{escape}")
            out.append(_ESCAPES[escape])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _finished(entry: _Entry | None) -> list[_Entry]:
    """The entry as a list of one, or none if it holds no message; raises if it is half a message."""
    if entry is None or (entry.msgid is None and entry.strings is None and entry.context is None):
        return []
    if entry.msgid is None:
        raise CatalogueError(f"line {entry.line}: a message without msgid")
    if entry.strings is None:
        raise CatalogueError(f"line {entry.line}: msgid {entry.msgid[:40]!r} has no msgstr")
    return [entry]


def parse_po(lines: Iterable[str]) -> list[_Entry]:
    """The entries of a `.po` file, obsolete ones (``#~``) left out; raises CatalogueError."""
    entries: list[_Entry] = []
    entry: _Entry | None = None
    field: tuple[str, int] | None = None  # which string a continuation line extends
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            # A blank line or a comment ends a message; a fuzzy flag belongs to the next one.
            if entry is not None and (not text or entry.msgid is not None or entry.strings is not None):
                entries += _finished(entry)
                entry = None
            if text.startswith("#,") and "fuzzy" in text:
                entry = entry or _Entry(number)
                entry.fuzzy = True
            field = None
            continue
        if text.startswith('"'):
            if entry is None or field is None:
                raise CatalogueError(f"line {number}: a string that continues nothing")
            name, index = field
            value = _unquote(text, number)
            if name == "msgstr":
                assert entry.strings is not None
                entry.strings[index] += value
            else:
                setattr(entry, name, getattr(entry, name) + value)
            continue
        match = _KEYWORD.match(text)
        if match is None:
            raise CatalogueError(f"line {number}: not a .po line: {text[:40]}")
        keyword, index_text, rest = match.groups()
        value = _unquote(rest, number)
        if keyword in ("msgctxt", "msgid") and entry is not None and entry.strings is not None:
            entries += _finished(entry)  # the next message follows without a blank line
            entry = None
        entry = entry or _Entry(number)
        if keyword.startswith("msgstr"):
            if entry.msgid is None:
                raise CatalogueError(f"line {number}: msgstr without msgid")
            entry.strings = entry.strings if entry.strings is not None else {}
            index = int(index_text) if index_text is not None else 0
            entry.strings[index] = value
            field = ("msgstr", index)
        else:
            name = {"msgctxt": "context", "msgid": "msgid", "msgid_plural": "plural"}[keyword]
            if getattr(entry, name) is not None:
                raise CatalogueError(f"line {number}: {keyword} where a msgstr was expected")
            setattr(entry, name, value)
            field = (name, 0)
    return entries + _finished(entry)


def compile_mo(entries: Iterable[_Entry]) -> bytes:
    """The `.mo` form of translated, not fuzzy entries (the header always), as gettext reads it."""
    table: dict[bytes, bytes] = {}
    for entry in entries:
        assert entry.msgid is not None and entry.strings is not None
        strings = [entry.strings[index] for index in sorted(entry.strings)]
        if entry.msgid and (entry.fuzzy or not any(strings)):
            continue
        key = entry.msgid if entry.plural is None else f"{entry.msgid}\0{entry.plural}"
        if entry.context is not None:
            key = f"{entry.context}\x04{key}"
        table[key.encode("utf-8")] = "\0".join(strings).encode("utf-8")
    keys = sorted(table)
    header_size = 7 * 4
    ids_start = header_size + len(keys) * 16
    id_blob = b"".join(key + b"\0" for key in keys)
    string_blob = b"".join(table[key] + b"\0" for key in keys)
    offsets, position = [], ids_start
    for key in keys:
        offsets.append((len(key), position))
        position += len(key) + 1
    string_offsets, position = [], ids_start + len(id_blob)
    for key in keys:
        string_offsets.append((len(table[key]), position))
        position += len(table[key]) + 1
    header = struct.pack("<7I", 0x950412DE, 0, len(keys), header_size, header_size + len(keys) * 8, 0, 0)
    tables = b"".join(struct.pack("<2I", *pair) for pair in offsets + string_offsets)
    return header + tables + id_blob + string_blob


def load_catalogue(lang: str, locale_dir: Path = LOCALE_DIR) -> gettext.NullTranslations:
    """Compile `<locale_dir>/<lang>/LC_MESSAGES/flagged.po` in memory; identity if there is none.

    Raises ValueError naming the file when the catalogue exists but cannot be read.
    """
    po_path = Path(locale_dir) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.is_file():
        return gettext.NullTranslations()
    try:
        entries = parse_po(po_path.read_text(encoding="utf-8").splitlines())
        return gettext.GNUTranslations(BytesIO(compile_mo(entries)))
    except (OSError, UnicodeDecodeError, CatalogueError, ValueError) as exc:
        raise ValueError(f"{po_path}: cannot read translation catalogue: {exc}") from exc


def _catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of a supported language, compiled once and then kept."""
    if lang not in _catalogues:
        _catalogues[lang] = load_catalogue(lang)
    return _catalogues[lang]


def set_language(lang: str) -> None:
    """Switch every later `_()` to `lang` ("en" or "nl"); anything else falls back to English."""
    global _language, _translations
    chosen = normalise_language(lang)
    _translations = _catalogue(chosen)
    _language = chosen


def current_language() -> str:
    """The language that `_()` translates into now: "en" or "nl"."""
    return _language


def reload_catalogues() -> None:
    """Forget compiled catalogues and recompile the current one (after a `.po` file changed)."""
    _catalogues.clear()
    set_language(_language)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The player's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else the locale.

    "nl" when the first setting found names Dutch, "en" otherwise. `environ` defaults to
    `os.environ`; when it is given, the process locale is not consulted.
    """
    env = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = env.get(variable, "")
        if value:
            # LANGUAGE is a priority list ("nl:en"); the first entry is the preference.
            return normalise_language(value.split(":", 1)[0])
    if environ is None:
        # Windows sets none of the variables; Python has set LC_CTYPE from the user's locale.
        try:
            name = locale.getlocale(locale.LC_CTYPE)[0]
        except ValueError:
            name = None
        return normalise_language(name)
    return DEFAULT_LANGUAGE


def _(message: str) -> str:
    """Translate `message` into the current language."""
    return _translations.gettext(message)


def n_(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on the number `n` ("1 camera", "3 cameras")."""
    return _translations.ngettext(singular, plural, n)


def p_(context: str, message: str) -> str:
    """Translate `message` in a context, for words that translate differently by use ("Pass")."""
    return _translations.pgettext(context, message)


def N_(message: str) -> str:
    """Mark a string for translation without translating it; call `_()` on it when drawing."""
    return message


DECIMAL_MARKS = {"nl": ","}  # the decimal mark of each language that does not write a point


def format_number(value: float, places: int = 1) -> str:
    """``value`` rounded to ``places`` decimals, as the current language writes it: "7.5" in English,
    "7,5" in Dutch, and "7" rather than "7.0". Why not Babel: the standalone bundle ships without it."""
    written = f"{round(value, places):.{places}f}"
    if "." in written:
        written = written.rstrip("0").rstrip(".")
    if written == "-0":
        written = "0"
    return written.replace(".", DECIMAL_MARKS.get(_language, "."))
