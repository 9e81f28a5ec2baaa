"""Text to segments (runs of non-blank lines) and lines, each with spans into the text.

Only LF, CRLF and CR end a line; other Unicode whitespace stays inside lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


class Line(NamedTuple):
    """A non-blank line; start and end bound its text without surrounding whitespace."""

    number: int
    start: int
    end: int
    indent: int
    text: str


@dataclass(frozen=True, slots=True)
class Segment:
    """Consecutive non-blank lines; blank lines separate segments."""

    lines: tuple[Line, ...]
    blank_before: int

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


def lines_of(text: str) -> list[Line | None]:
    """Every line of the text in order; None stands for a blank line."""
    out: list[Line | None] = []
    for number, m in enumerate(_LINE.finditer(text), 1):
        raw = m.group()
        if not raw:
            break
        body = raw.rstrip("\r\n")
        stripped = body.lstrip()
        if not stripped:
            out.append(None)
            continue
        indent = len(body) - len(stripped)
        content = stripped.rstrip()
        start = m.start() + indent
        out.append(Line(number, start, start + len(content), indent, content))
    return out


def segment(text: str) -> list[Segment]:
    """Split text into segments of consecutive non-blank lines."""
    segments: list[Segment] = []
    current: list[Line] = []
    blanks = 0
    for line in lines_of(text):
        if line is None:
            if current:
                segments.append(Segment(tuple(current), blanks))
                current, blanks = [], 0
            blanks += 1
        else:
            current.append(line)
    if current:
        segments.append(Segment(tuple(current), blanks))
    return segments
