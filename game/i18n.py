"""Translation of every player-visible string, switchable while the game runs.

Catalogues are gettext `.po` files in `game/locale/<lang>/LC_MESSAGES/flagged.po`. They are
compiled in memory with Babel when first used, so no compiled `.mo` file is ever committed and a
translator's edit shows up on the next start. English is the source language: its catalogue may be
missing, and any message without a translation is shown as written.

Screens call `_()` when they draw, not at import, so `set_language()` takes effect on the next
frame without a restart. No pygame here: the model layers and the tests use it without a display.
"""

from __future__ import annotations

import gettext
import locale
import os
import re
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

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


def load_catalogue(lang: str, locale_dir: Path = LOCALE_DIR) -> gettext.NullTranslations:
    """Compile `<locale_dir>/<lang>/LC_MESSAGES/flagged.po` in memory; identity if there is none.

    Raises ValueError naming the file when the catalogue exists but cannot be read.
    """
    po_path = Path(locale_dir) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.is_file():
        return gettext.NullTranslations()
    try:
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=lang, domain=DOMAIN, abort_invalid=True)
    except (OSError, PoFileError, ValueError) as exc:
        raise ValueError(f"{po_path}: cannot read translation catalogue: {exc}") from exc
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


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
