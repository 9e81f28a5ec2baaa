"""`text2tei validate`: check TEI and JSON files, one outcome per file."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from . import validation
from .batch import Outcome
from .reading import path_text

SUFFIXES = (".tei.xml", ".json")


def files_of(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(2, "no such file", str(path))
        if not path.is_dir():
            yield path
            continue
        for top, dirs, files in os.walk(path, followlinks=False):
            dirs.sort()
            yield from (Path(top, n) for n in sorted(files) if n.endswith(SUFFIXES) and not n.startswith("."))


def validate_paths(paths: list[Path], *, tei_all: bool) -> Iterator[Outcome]:
    for path in files_of(paths):
        yield validate_file(path, tei_all)


def validate_file(path: Path, tei_all: bool) -> Outcome:
    shown = path_text(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return Outcome(shown, "failed", error=f"cannot read: {err.strerror}", code="io-error")
    if path.name.endswith(".json"):
        errors = validation.json_errors(data)
    else:
        errors = validation.tei_errors(data, "tei-all" if tei_all else "profile")
    if errors:
        return Outcome(shown, "failed", error="; ".join(errors[:3]), code="invalid")
    return Outcome(shown, "ok")
