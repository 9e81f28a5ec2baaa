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
    if "\r" not in text:
        return _split_lines(text, "\n")
    if text.count("\r") == text.count("\n") == text.count("\r\n"):
        return _split_lines(text, "\r\n")
    return _match_lines(text)  # lone CRs, or mixed line endings


def _split_lines(text: str, newline: str) -> list[Line | None]:
    # str.split is many times faster than matching line by line; it serves texts with one kind of newline.
    out: list[Line | None] = []
    pos = 0
    pieces = text.split(newline)
    if not pieces[-1]:
        pieces.pop()  # a final newline ends the last line; it does not open another
    for number, body in enumerate(pieces, 1):
        stripped = body.lstrip()
        if stripped:
            indent = len(body) - len(stripped)
            content = stripped.rstrip()
            out.append(Line(number, pos + indent, pos + indent + len(content), indent, content))
        else:
            out.append(None)
        pos += len(body) + len(newline)
    return out


def _match_lines(text: str) -> list[Line | None]:
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
