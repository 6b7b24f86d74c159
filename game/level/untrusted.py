"""Reading a file from outside the program: every one is hostile until it has been checked.

Levels, tilesets, templates, rules, images, run files, settings and databases all come from folders
that a visitor, a workshop or a broken disk may have filled. So every such file is read here, and
only here: it must be a regular file (a FIFO would hang the reader, ``/dev/zero`` never ends), no
larger than its kind allows, found inside the folders it may come from, and a JSON file must be
shallow, with sane whole numbers, finite numbers and texts of a bounded length. Each refusal is an
``UntrustedFileError`` whose message is one line that names the file.
"""

from __future__ import annotations

import json
import os
import re
import stat
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class FileKind:
    """What a kind of file may be: its size, how deep its JSON or XML nests, how long its texts are."""

    name: str  # as the refusal says it: "level", "run file"
    max_bytes: int
    max_depth: int = 32
    max_text: int = 2000  # characters of the longest JSON text (key or value)
    long_texts: tuple[str, ...] = ()  # JSON keys whose text may be as long as the file


LEVEL = FileKind("level", 8 * MIB, max_depth=24)
TILESET = FileKind("tileset", 2 * MIB, max_depth=12)
TEMPLATE = FileKind("template", 256 * KIB, max_depth=12)
RULES = FileKind("rules file", 1 * MIB, max_depth=24, max_text=1000)
IMAGE = FileKind("image", 64 * MIB)
RUN = FileKind("run file", 32 * MIB, max_depth=6, max_text=1000, long_texts=("inputs",))
SETTINGS = FileKind("settings file", 64 * KIB, max_depth=6, max_text=200)
DATABASE = FileKind("statistics database", 512 * MIB)
TRACE = FileKind("trace", 64 * MIB, max_depth=4, max_text=200)

MAX_INT_DIGITS = 18  # a whole number in a JSON file from outside fits in 64 bits with room to spare
MAX_NUMBER = 1e12  # no count, coordinate or time in this game comes near it


class UntrustedFileError(Exception):
    """A file from outside that cannot be used; the message is ``FILE: what is wrong``."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def _what_it_is(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular(path: Path, kind: FileKind) -> int:
    """The size of ``path`` if it is a regular file within its kind's size; else UntrustedFileError.

    Links are followed: a link is as good as what it points at (a confined reader checks where)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UntrustedFileError(path, "no such file") from None
    except (OSError, ValueError) as error:
        raise UntrustedFileError(path, f"cannot read ({getattr(error, 'strerror', None) or error})") from None
    if not stat.S_ISREG(info.st_mode):
        raise UntrustedFileError(path, f"{_what_it_is(info.st_mode)}, not a {kind.name}")
    if info.st_size > kind.max_bytes:
        raise UntrustedFileError(path, f"{info.st_size} bytes, more than a {kind.name} may be "
                                       f"({kind.max_bytes})")
    return info.st_size


def read_bytes(path: Path, kind: FileKind, head: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``kind.max_bytes`` (or its first ``head`` bytes);
    never blocks, never reads more."""
    check_regular(path, kind)
    wanted = kind.max_bytes + 1 if head is None else head
    try:
        # O_NONBLOCK: if a FIFO was swapped in after the check, opening it must not wait for a writer.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise UntrustedFileError(path, f"cannot read ({error.strerror or error})") from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise UntrustedFileError(path, f"not a regular file, not a {kind.name}")
        chunks: list[bytes] = []
        total = 0
        while total < wanted:
            chunk = os.read(descriptor, min(MIB, wanted - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise UntrustedFileError(path, f"cannot read ({error.strerror or error})") from None
    finally:
        os.close(descriptor)
    if total > kind.max_bytes:
        raise UntrustedFileError(path, f"more than a {kind.name} may be ({kind.max_bytes} bytes)")
    return b"".join(chunks)


def decode_text(path: Path, data: bytes, kind: FileKind) -> str:
    """UTF-8 text, with or without the byte-order mark some editors write."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UntrustedFileError(path, f"not UTF-8 text, not a {kind.name} ({error.reason} at byte "
                                       f"{error.start})") from None


def read_text(path: Path, kind: FileKind) -> str:
    return decode_text(path, read_bytes(path, kind), kind)


# --- JSON -------------------------------------------------------------------------------------

_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_OPEN = np.frombuffer(b"[{", dtype=np.uint8)
_CLOSE = np.frombuffer(b"]}", dtype=np.uint8)


def nesting_depth(data: bytes) -> int:
    """How deep the arrays and objects of a JSON text nest, found without parsing it (so without
    recursion): texts are blanked, then brackets are counted."""
    bare = np.frombuffer(_JSON_STRING.sub(b'""', data), dtype=np.uint8)
    if bare.size == 0:
        return 0
    step = np.isin(bare, _OPEN).astype(np.int32) - np.isin(bare, _CLOSE).astype(np.int32)
    return int(np.cumsum(step).max(initial=0))


class _Refused(ValueError):
    pass


def _whole(text: str) -> int:
    digits = text.lstrip("-")
    if len(digits) > MAX_INT_DIGITS:
        raise _Refused(f"a whole number of {len(digits)} digits")
    return int(text)


def _number(text: str) -> float:
    value = float(text)
    if not abs(value) <= MAX_NUMBER:  # also false for inf and nan
        raise _Refused(f"the number {text[:24]} is out of range")
    return value


def _constant(text: str) -> float:
    raise _Refused(f"{text} is not a number JSON allows")


def _long_text(data: Any, kind: FileKind) -> str | None:
    """The first text longer than the kind allows, as where it is; None if every text fits."""
    pending: list[tuple[Any, int]] = [(data, kind.max_text)]
    while pending:
        value, limit = pending.pop()
        if isinstance(value, str):
            if len(value) > limit:
                return f"a text of {len(value)} characters (at most {limit})"
        elif isinstance(value, dict):
            for key, item in value.items():
                if len(key) > kind.max_text:
                    return f"a key of {len(key)} characters"
                pending.append((item, 64 * MIB if key in kind.long_texts else kind.max_text))
        elif isinstance(value, list):
            pending.extend((item, limit) for item in value)
    return None


def parse_json(path: Path, data: bytes, kind: FileKind) -> Any:
    """Parse a JSON text from outside: shallow, sane numbers, bounded texts; else UntrustedFileError."""
    depth = nesting_depth(data)
    if depth > kind.max_depth:
        raise UntrustedFileError(path, f"not a {kind.name} (nested {depth} deep, at most {kind.max_depth})")
    text = decode_text(path, data, kind)
    try:
        parsed = json.loads(text, parse_int=_whole, parse_float=_number, parse_constant=_constant)
    except _Refused as error:
        raise UntrustedFileError(path, f"not a {kind.name} ({error})") from None
    except json.JSONDecodeError as error:
        raise UntrustedFileError(path, f"not a {kind.name} (broken JSON: {error})") from None
    except (ValueError, RecursionError) as error:
        raise UntrustedFileError(path, f"not a {kind.name} ({error})") from None
    problem = _long_text(parsed, kind)
    if problem:
        raise UntrustedFileError(path, f"not a {kind.name} ({problem})")
    return parsed


def read_json(path: Path, kind: FileKind) -> Any:
    return parse_json(path, read_bytes(path, kind), kind)


# --- XML --------------------------------------------------------------------------------------

_DECLARATIONS = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_xml(path: Path, data: bytes, kind: FileKind) -> ElementTree.Element:
    """Parse XML from outside: no DOCTYPE or entities (no entity bombs), shallow; else refused."""
    if _DECLARATIONS.search(data):
        raise UntrustedFileError(path, f"not a {kind.name} (a DOCTYPE or entity declaration)")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise UntrustedFileError(path, f"not a {kind.name} (broken XML: {error})") from None
    pending = [(root, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > kind.max_depth:
            raise UntrustedFileError(path, f"not a {kind.name} (elements nested more than "
                                           f"{kind.max_depth} deep)")
        pending.extend((child, depth + 1) for child in node)
    return root


def read_xml(path: Path, kind: FileKind) -> ElementTree.Element:
    return parse_xml(path, read_bytes(path, kind), kind)


# --- where a file may be ----------------------------------------------------------------------


def is_inside(path: Path, roots: Iterable[Path]) -> bool:
    """Whether ``path``, links resolved, lies in one of the folders ``roots``."""
    try:
        real = path.resolve()
        return any(real.is_relative_to(root.resolve()) for root in roots)
    except (OSError, RuntimeError, ValueError):
        return False


def confined(base: Path, reference: str, roots: Sequence[Path]) -> Path:
    """The file that ``reference`` (as a level or tileset names it) means, relative to ``base``; it
    must lie, links resolved, in one of ``roots``, or UntrustedFileError says where it points."""
    if not reference or "\x00" in reference or len(reference) > 1024:
        raise UntrustedFileError(base, f"{reference[:60]!r} is not a file name")
    path = base / reference
    if not is_inside(path, roots):
        allowed = " or ".join(str(root) for root in roots)
        raise UntrustedFileError(path, f"outside the folders a level may use ({allowed})")
    return path


def text_problem(value: object, limit: int, *, required: bool = True) -> str | None:
    """What is wrong with a text field of a file from outside (not text, empty, too long), or None."""
    if not isinstance(value, str):
        return f"expected text, got {type(value).__name__}"
    if required and not value.strip():
        return "empty"
    if len(value) > limit:
        return f"{len(value)} characters, at most {limit}"
    if any(ord(char) < 32 and char not in "\n\t" for char in value):
        return "contains control characters"
    return None


__all__ = ["DATABASE", "IMAGE", "LEVEL", "RULES", "RUN", "SETTINGS", "TEMPLATE", "TILESET", "TRACE",
           "FileKind", "UntrustedFileError", "check_regular", "confined", "decode_text", "is_inside",
           "nesting_depth", "parse_json", "parse_xml", "read_bytes", "read_json", "read_text",
           "read_xml", "text_problem"]
