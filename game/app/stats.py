"""Anonymous exhibition statistics: one SQLite row per finished run, and ``python main.py stats``.

A row holds run outcomes only (hour of day, level, language, ending, duration, score, pass colour,
observations, gates passed): no names, no dates, no inputs, nothing that points at a visitor. The
database is in WAL mode and each run is one transaction, so killing the kiosk at any moment loses
at most the run in progress. Any problem with a database is one line (StatsError), never a traceback.
A database the game cannot use is moved aside (``open_for_writing``) rather than written into or
given up on; one on read-only media is read in SQLite's immutable mode.
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TextIO

from game import tuning
from game.app.data_dir import default_data_dir
from game.app.options import ASSETS_DIR, OneLineParser, OptionError, check_output
from game.events import ENDINGS
from game.level.untrusted import DATABASE, UntrustedFileError, check_regular
from game.system.debrief import Debrief

STATS_FILE = "stats.db"
SCHEMA_VERSION = 2  # 2: the facilitator's preset (name, content hash) and the silent pass turn
# "FLGD": marks the file as Flagged's statistics, so a merge never mixes in some other database.
APPLICATION_ID = 0x464C4744
FONT = ASSETS_DIR / "fonts" / "AtkinsonHyperlegible-Regular.ttf"
FONT_BOLD = ASSETS_DIR / "fonts" / "AtkinsonHyperlegible-Bold.ttf"
CHART_SIZE = (1600, 900)

EXIT_OK = 0
EXIT_BAD_INPUT = 2

_SCHEMA = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    hour_of_day INTEGER NOT NULL CHECK (hour_of_day BETWEEN 0 AND 23),
    level TEXT NOT NULL,
    language TEXT NOT NULL,
    ending TEXT NOT NULL,
    duration_s REAL NOT NULL CHECK (duration_s >= 0),
    final_score INTEGER NOT NULL,
    true_pass TEXT NOT NULL,
    observations INTEGER NOT NULL CHECK (observations >= 0),
    gates_passed INTEGER NOT NULL CHECK (gates_passed >= 0),
    preset_name TEXT NOT NULL DEFAULT '',
    preset_hash TEXT NOT NULL DEFAULT '',
    pass_turned_silently INTEGER NOT NULL DEFAULT 0 CHECK (pass_turned_silently IN (0, 1))
)
"""
# What version 2 added to version 1's table; a version-1 database is brought up to date on open.
_UPGRADE_FROM_1 = (
    "ALTER TABLE runs ADD COLUMN preset_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN preset_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN pass_turned_silently INTEGER NOT NULL DEFAULT 0",
)


class StatsError(Exception):
    """A statistics database that cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class StatsRow:
    """One finished run, as the statistics keep it: outcomes only, nothing personal."""

    hour_of_day: int
    level: str
    language: str
    ending: str
    duration_s: float  # real seconds of play
    final_score: int
    true_pass: str  # the pass colour at the end, which the player may never have seen
    observations: int
    gates_passed: int
    preset_name: str = ""  # the facilitator's rule preset ("" for the level as it is)
    preset_hash: str = ""  # its content hash: two presets of one name but other rules stay apart
    pass_turned_silently: bool = False  # a rule the player was not told changed the pass


COLUMNS = tuple(item.name for item in fields(StatsRow))
COLUMNS_V1 = COLUMNS[:-3]


@dataclass(frozen=True)
class Summary:
    """The figures a facilitator asks for: how runs ended, whose pass turned, how much was seen."""

    count: int
    endings: dict[str, int]  # every ending, in the story's order, then any other in the data
    pass_turned: int  # runs whose pass ended other than green
    median_observations: float | None
    pass_turned_silently: int = 0  # runs whose pass a rule the player was not told turned

    @property
    def pass_turned_share(self) -> float | None:
        return self.pass_turned / self.count if self.count else None

    @property
    def silent_share(self) -> float | None:
        return self.pass_turned_silently / self.count if self.count else None


def stats_path(data_dir: Path) -> Path:
    return data_dir / STATS_FILE


def row_of(file: Debrief, language: str, hour: int) -> StatsRow:
    """The statistics row of a finished run, its numbers the file's own figures (what the debrief
    shows is what is counted); raises ValueError for a run with no ending or a bad hour."""
    record, figures = file.record, file.figures
    if record.ending is None:
        raise ValueError("only a finished run has a statistics row")
    if not 0 <= hour <= 23:
        raise ValueError(f"hour of day {hour} is not 0 to 23")
    return StatsRow(
        hour_of_day=hour,
        level=record.level,
        language=language,
        ending=record.ending,
        duration_s=round(record.ticks / tuning.TICKS_PER_SECOND, 2),
        final_score=figures.final_score,
        true_pass=figures.true_pass,
        observations=figures.observations,
        gates_passed=figures.gates_passed,
        preset_name=str(record.preset["name"]) if record.preset else "",
        preset_hash=str(record.preset["hash"]) if record.preset else "",
        pass_turned_silently=figures.pass_turned_silently,
    )


def summarise(rows: list[StatsRow]) -> Summary:
    seen = Counter(row.ending for row in rows)
    endings = {ending: seen.pop(ending, 0) for ending in ENDINGS}
    endings.update(sorted(seen.items()))
    return Summary(
        count=len(rows),
        endings=endings,
        pass_turned=sum(1 for row in rows if row.true_pass != "green"),
        median_observations=statistics.median(row.observations for row in rows) if rows else None,
        pass_turned_silently=sum(1 for row in rows if row.pass_turned_silently),
    )


def preset_groups(rows: list[StatsRow]) -> dict[tuple[str, str], Summary]:
    """The figures per rule preset (name and content hash), in the order each first appears; runs
    with no preset are the group ``("", "")``."""
    groups: dict[tuple[str, str], list[StatsRow]] = {}
    for row in rows:
        groups.setdefault((row.preset_name, row.preset_hash), []).append(row)
    return {key: summarise(members) for key, members in groups.items()}


def write_by_preset(rows: list[StatsRow], out: TextIO) -> None:
    """One line of figures per preset, side by side: how a change of the system changed the runs."""
    header = ("preset", "hash", "runs", *(ending.replace("_", " ") for ending in ENDINGS),
              "silent pass turn", "median seen")
    body = []
    for (name, content_hash), summary in preset_groups(rows).items():
        median = "-" if summary.median_observations is None else f"{summary.median_observations:g}"
        body.append((name or "(none)", content_hash or "-", str(summary.count),
                     *(str(summary.endings.get(ending, 0)) for ending in ENDINGS),
                     _percent(summary.silent_share), median))
    widths = [max(len(cell) for cell in column) for column in zip(header, *body, strict=True)]
    for line in (header, *body):
        cells = (cell.ljust(width) if index < 2 else cell.rjust(width)
                 for index, (cell, width) in enumerate(zip(line, widths, strict=True)))
        out.write("  ".join(cells).rstrip() + "\n")
    out.write(f"runs: {len(rows)} in {len(body)} group{'s' if len(body) != 1 else ''}\n")


class StatsDB:
    """The statistics database at ``path``; ``create=False`` refuses a file that is not there."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        if not create and not path.is_file():
            raise StatsError(f"{path}: no statistics database there")
        if path.exists() or path.is_symlink():
            try:
                check_regular(path, DATABASE)  # a FIFO or a device would hang or fill the reader
            except UntrustedFileError as error:
                raise StatsError(str(error)) from None
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StatsError(f"{path}: cannot create ({error.strerror or error})") from None
        # Read-only media (a USB stick, a copied folder): SQLite cannot even read a WAL database
        # without writing beside it, unless it is told the file never changes.
        self.read_only = not create and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        try:
            if self.read_only:
                self._db = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
            else:
                self._db = sqlite3.connect(path)
        except (sqlite3.Error, ValueError) as error:
            raise StatsError(f"{path}: cannot open ({error})") from None
        try:
            with self._guard():
                self._prepare(create)
        except StatsError:
            self._db.close()
            raise

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise StatsError(f"{self.path}: not a usable statistics database ({error})") from None

    def _prepare(self, create: bool) -> None:
        """Check that the file is Flagged's statistics (or empty, and make it so); WAL mode."""
        db = self._db
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and create:
            with db:
                db.execute(_SCHEMA)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        application = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        columns = tuple(row[1] for row in db.execute("PRAGMA table_info(runs)"))
        if application == APPLICATION_ID and version == 1 and columns == ("id", *COLUMNS_V1):
            with db:  # additive: every old row reads as a run with no preset
                for statement in _UPGRADE_FROM_1:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            version = SCHEMA_VERSION
            columns = tuple(row[1] for row in db.execute("PRAGMA table_info(runs)"))
        if application != APPLICATION_ID or columns != ("id", *COLUMNS):
            raise StatsError(f"{self.path}: not a Flagged statistics database")
        if version != SCHEMA_VERSION:
            raise StatsError(f"{self.path}: statistics version {version}, this game reads {SCHEMA_VERSION}")
        if not self.read_only:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")  # a committed run survives a pulled plug too

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> StatsDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_run(self, row: StatsRow) -> None:
        """Add one finished run in one transaction: after this returns, a kill cannot lose it."""
        self.add_runs([row])

    def add_runs(self, rows: Iterable[StatsRow]) -> int:
        """Add several runs in one transaction (all or none); returns how many."""
        marks = ", ".join("?" * len(COLUMNS))
        with self._guard(), self._db:
            cursor = self._db.executemany(
                f"INSERT INTO runs ({', '.join(COLUMNS)}) VALUES ({marks})", [astuple(row) for row in rows])
        return cursor.rowcount

    def rows(self) -> list[StatsRow]:
        """Every run, oldest first."""
        with self._guard():
            found = self._db.execute(f"SELECT {', '.join(COLUMNS)} FROM runs ORDER BY id").fetchall()
        return [self._row(number, values) for number, values in enumerate(found, start=1)]

    def _row(self, number: int, values: tuple[object, ...]) -> StatsRow:
        """A row as read, checked: SQLite keeps text in a numeric column of a hand-edited file."""
        for name, value in zip(COLUMNS, values, strict=True):
            kind = _COLUMN_TYPES[name]
            sound = (isinstance(value, kind) and not isinstance(value, bool)
                     and (not isinstance(value, str) or len(value) <= 64))
            if kind is float:
                sound = isinstance(value, (int, float)) and abs(value) < 1e9
            if not sound:
                raise StatsError(f"{self.path}: run {number}: {name} is not "
                                 f"{'text' if kind is str else 'a number'} ({str(value)[:20]!r})")
        *outcomes, silently = values
        return StatsRow(*outcomes, pass_turned_silently=bool(silently))  # type: ignore[arg-type]  # checked above

    def summary(self) -> Summary:
        return summarise(self.rows())

    def reset(self) -> None:
        """Forget every run (the facilitator's "reset statistics")."""
        with self._guard(), self._db:
            self._db.execute("DELETE FROM runs")


_SQLITE_TYPES: dict[str, type] = {"int": int, "float": float, "str": str, "bool": int}  # a flag is 0 or 1
_COLUMN_TYPES: dict[str, type] = {item.name: _SQLITE_TYPES[str(item.type)] for item in fields(StatsRow)}


def count_run(path: Path, row: StatsRow, stamp: str | None = None) -> str | None:
    """Add one run's row to the database at ``path``; a notice if the old file had to be moved aside.

    A database can open and still be broken in its pages (found only when written): then it too is
    moved aside and the row goes into a fresh one, so no row is dropped."""
    db, moved = open_for_writing(path, stamp)
    try:
        with db:
            db.add_run(row)
        return moved
    except StatsError:
        if moved is not None:
            raise
    aside = _move_aside(path, stamp)
    with StatsDB(path) as fresh:
        fresh.add_run(row)
    return f"{path}: broken when written; moved it to {aside.name} and started a new one"


def _move_aside(path: Path, stamp: str | None) -> Path:
    aside = path.with_name(f"{path.name}.broken-{stamp or time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except OSError as moving:
        raise StatsError(f"{path}: cannot move it aside ({moving.strerror or moving})") from None
    return aside


def open_for_writing(path: Path, stamp: str | None = None) -> tuple[StatsDB, str | None]:
    """The statistics database at ``path`` ready for a new row, and a notice if it had to be replaced.

    A file that is not a usable statistics database (corrupt, another program's, another version)
    is moved aside as ``stats.db.broken-STAMP`` and a fresh one started, so the kiosk neither writes
    into a broken file nor drops every row; the old file is kept for whoever looks after it."""
    try:
        return StatsDB(path), None
    except StatsError as error:
        if not (path.is_file() or path.is_symlink()):
            raise
        aside = _move_aside(path, stamp)
        return StatsDB(path), f"{error}; moved it to {aside.name} and started a new one"


def merge(sources: list[Path], into: Path) -> int:
    """Copy every run of several kiosks' databases into ``into`` (new ids); returns how many.

    Every source is read before anything is written, so a bad source leaves ``into`` as it was.
    """
    target = into.resolve()
    rows: list[StatsRow] = []
    for source in sources:
        if source.resolve() == target:
            raise StatsError(f"{source}: is also the --into database; merge into a new file")
        with StatsDB(source, create=False) as db:
            rows.extend(db.rows())
    with StatsDB(into) as db:
        return db.add_runs(rows)


# --- the command line -----------------------------------------------------------------------------


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def write_table(rows: list[StatsRow], out: TextIO) -> None:
    """Runs as a plain-text table, then the summary."""
    summary = summarise(rows)
    if rows:
        header = ("#", "hour", "level", "lang", "ending", "seconds", "score", "pass", "seen", "gates")
        body = [(str(number), f"{row.hour_of_day:02d}", row.level, row.language, row.ending,
                 f"{row.duration_s:.0f}", str(row.final_score), row.true_pass, str(row.observations),
                 str(row.gates_passed)) for number, row in enumerate(rows, start=1)]
        widths = [max(len(cell) for cell in column) for column in zip(header, *body, strict=True)]
        numbers = {0, 1, 5, 6, 8, 9}
        for line in (header, *body):
            cells = (cell.rjust(width) if index in numbers else cell.ljust(width)
                     for index, (cell, width) in enumerate(zip(line, widths, strict=True)))
            out.write("  ".join(cells).rstrip() + "\n")
        out.write("\n")
    out.write(f"runs: {summary.count}\n")
    if not rows:
        return
    out.write("endings: " + ", ".join(f"{ending} {n}" for ending, n in summary.endings.items()) + "\n")
    out.write(f"pass not green at the end: {summary.pass_turned} of {summary.count} "
              f"({_percent(summary.pass_turned_share)})\n")
    out.write(f"median observations: {summary.median_observations:g}\n")


def write_by_preset_csv(rows: list[StatsRow], out: TextIO) -> None:
    """The groups' figures as CSV, for a spreadsheet: the silent share as a fraction, no blanks."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("preset", "hash", "runs", *ENDINGS, "silent_pass_turn_share", "median_observations"))
    for (name, content_hash), summary in preset_groups(rows).items():
        share = "" if summary.silent_share is None else f"{summary.silent_share:.3f}"
        median = "" if summary.median_observations is None else f"{summary.median_observations:g}"
        writer.writerow((name, content_hash, summary.count,
                         *(summary.endings.get(ending, 0) for ending in ENDINGS), share, median))


def write_csv(rows: list[StatsRow], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([int(value) if isinstance(value, bool) else value for value in astuple(row)]
                     for row in rows)


def render_chart(rows: list[StatsRow], out: Path) -> None:
    """One page for a projector: endings, whose pass turned, observations per run, with counts."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.render import palette

    pygame.font.init()
    summary = summarise(rows)
    height = CHART_SIZE[1]
    page = pygame.Surface(CHART_SIZE)
    page.fill(palette.PAPER)
    title_font, head_font = pygame.font.Font(FONT_BOLD, 56), pygame.font.Font(FONT_BOLD, 34)
    font, small = pygame.font.Font(FONT, 30), pygame.font.Font(FONT, 24)

    def text(words: str, where: tuple[int, int], face: pygame.font.Font = font,
             colour: tuple[int, int, int] = palette.INK) -> None:
        page.blit(face.render(words, True, colour), where)

    def bar(rect: tuple[int, int, int, int], colour: tuple[int, int, int]) -> None:
        if rect[2] > 0 and rect[3] > 0:
            pygame.draw.rect(page, colour, rect, border_radius=6)

    text("Flagged: how the runs ended", (80, 50), title_font)
    levels = ", ".join(sorted({row.level for row in rows})) or "none"
    languages = ", ".join(f"{lang} {n}" for lang, n in sorted(Counter(r.language for r in rows).items()))
    text(f"{summary.count} runs · levels: {levels} · languages: {languages or 'none'}", (80, 124),
         small, palette.INK_SOFT)

    # Endings: one horizontal bar each, the count written beside it.
    text("Endings", (80, 200), head_font)
    most = max(summary.endings.values(), default=0) or 1
    for index, (ending, count) in enumerate(summary.endings.items()):
        y = 260 + index * 84
        text(ending.replace("_", " "), (80, y), small, palette.INK_SOFT)
        bar((80, y + 32, round(560 * count / most), 36), palette.CYAN_EDGE)
        text(str(count), (90 + round(560 * count / most), y + 32))

    # The true pass at the end: one bar split by colour, each part named, not only coloured.
    text("The pass at the end (hidden from the player)", (820, 200), head_font)
    colours = Counter(row.true_pass for row in rows)
    x = 820
    for colour in ("green", "yellow", "red"):
        part = round(700 * colours[colour] / summary.count) if summary.count else 0
        bar((x, 260, part, 60), palette.PASS_COLOURS[colour])
        x += part
    text(f"not green: {summary.pass_turned} of {summary.count} ({_percent(summary.pass_turned_share)})",
         (820, 335))
    text(" · ".join(f"{colour} {colours[colour]}" for colour in ("green", "yellow", "red")), (820, 375),
         small, palette.INK_SOFT)

    # Observations per run: a histogram, the median named above it.
    median = "-" if summary.median_observations is None else f"{summary.median_observations:g}"
    text(f"Observations per run (median {median})", (820, 460), head_font)
    per_count = Counter(row.observations for row in rows)
    top = max(per_count, default=0)
    slot = 700 / (top + 1)
    tallest = max(per_count.values(), default=0) or 1
    for seen, count in per_count.items():
        bar_height = round(260 * count / tallest)
        bar((820 + round(seen * slot), 800 - bar_height, max(round(slot) - 4, 2), bar_height), palette.AMBER)
    pygame.draw.line(page, palette.INK_SOFT, (820, 800), (1520, 800), 2)
    text("0", (820, 808), small, palette.INK_SOFT)
    text(str(top), (820 + round(top * slot), 808), small, palette.INK_SOFT)
    text("Anonymous run outcomes, stored locally by the kiosk.", (80, height - 60), small, palette.INK_SOFT)
    pygame.image.save(page, str(out))


def _fail(message: str) -> int:
    sys.stderr.write(f"flagged: {message}\n")
    return EXIT_BAD_INPUT


def stats_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python main.py stats", description="Anonymous exhibition statistics.",
                           epilog="To combine kiosks: python main.py stats merge A.db B.db --into C.db")
    parser.add_argument("--db", type=Path, help="the statistics database (default: the data dir's)")
    parser.add_argument("--csv", action="store_true", help="print CSV with a header instead of a table")
    parser.add_argument("--png", type=Path, metavar="OUT.png", help="draw a one-page chart")
    parser.add_argument("--by", choices=("preset",),
                        help="compare groups: one line of figures per facilitator's rule preset")
    return parser


def merge_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python main.py stats merge", description="Combine kiosks' statistics.")
    parser.add_argument("sources", type=Path, nargs="+", metavar="DB", help="statistics databases to copy")
    parser.add_argument("--into", type=Path, required=True, help="the database to add them to")
    return parser


def stats_command(argv: list[str]) -> int:
    """``stats [--db PATH] [--csv] [--png OUT.png]`` and ``stats merge A.db B.db --into C.db``."""
    if argv[:1] == ["merge"]:
        args = merge_parser().parse_args(argv[1:])
        try:
            copied = merge(args.sources, args.into)
        except StatsError as error:
            return _fail(str(error))
        print(f"merged {copied} runs from {len(args.sources)} databases into {args.into}")
        return EXIT_OK
    args = stats_parser().parse_args(argv)
    if args.db is None:
        args.db = stats_path(default_data_dir())
    try:
        check_output(args.png, "--png")
        with StatsDB(args.db, create=False) as db:
            rows = db.rows()
    except (StatsError, OptionError) as error:
        return _fail(str(error))
    if args.png is not None:
        try:
            render_chart(rows, args.png)
        except (OSError, RuntimeError, ValueError) as error:  # pygame.error is a RuntimeError
            return _fail(f"{args.png}: cannot write the chart ({error})")
        if not args.csv:
            print(f"chart of {len(rows)} runs written to {args.png}")
    if args.by == "preset":
        (write_by_preset_csv if args.csv else write_by_preset)(rows, sys.stdout)
    elif args.csv:
        write_csv(rows, sys.stdout)
    elif args.png is None:
        write_table(rows, sys.stdout)
    return EXIT_OK
