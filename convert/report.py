"""The machine-readable report of a run, streamed to disk so memory does not grow with the batch."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from . import __version__


class Report:
    """Counts outcomes and, with a path, writes them as JSON: {"files": [...], "summary": {...}}."""

    def __init__(self, path: Path | None, command: str):
        self.path = path
        self.converted = self.warned = self.failed = 0
        self._fh = None
        if path is not None:
            self._tmp = path.with_name(f".text2tei-{path.name}.tmp")
            self._fh = open(self._tmp, "w", encoding="utf-8")
            self._fh.write(f'{{"text2tei": "{__version__}", "command": "{command}", "files": [')
            self._first = True

    def add(self, outcome) -> None:
        if outcome.status == "failed":
            self.failed += 1
        else:
            self.converted += 1
            self.warned += outcome.status == "warning"
        if self._fh:
            entry = {k: v for k, v in asdict(outcome).items() if v is not None}
            self._fh.write(("\n  " if self._first else ",\n  ") + json.dumps(entry, ensure_ascii=False))
            self._first = False

    def close(self, elapsed: float, interrupted: bool) -> None:
        if not self._fh:
            return
        summary = {"ok": self.converted - self.warned, "warning": self.warned, "failed": self.failed,
                   "interrupted": interrupted, "seconds": round(elapsed, 3)}
        self._fh.write(f'\n], "summary": {json.dumps(summary)}}}\n')
        self._fh.close()
        self._tmp.replace(self.path)
