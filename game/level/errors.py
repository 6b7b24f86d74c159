"""Level problems, each one line that names the file, the object and the field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a level: ``FILE: object NAME (id N): field: what is wrong``."""

    file: Path
    where: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.field}: {self.message}"


class LevelError(Exception):
    """A level that cannot be played; ``problems`` lists every problem found, one line each."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def object_where(name: str | None, object_id: int | str | None) -> str:
    """How a problem names an object: ``object C-14 (id 31)``."""
    label = name if name else "(unnamed)"
    if len(label) > 48:  # a name from a hostile file must not make a line of megabytes
        label = label[:48] + "..."
    return f"object {label} (id {object_id})" if object_id is not None else f"object {label}"
