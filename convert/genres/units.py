"""Units: what the genre parsers classify. A unit is a run of lines or a list item.

Segments are cut further here: a line that starts with a list marker starts an item, an
indented line continues it, and any other line ends the list (a caption may follow the last
bullet without a blank line).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..reading import Line, Segment

# Hard-wrapped text keeps its lines shorter than this; a run of lines with a longer one is text
# whose paragraphs are separated by single newlines, one paragraph a line.
WRAP_WIDTH = 100
RUN_ON_WIDTH = 50  # a wrapped line this long without a stop was cut by the width, mid-sentence
_BULLETS = "•●▪■◦○‣⁃·*"
_DASHES = "-–—"
MARKER = re.compile(
    rf"(?P<bullet>[{_BULLETS}])(?=\s|$)"
    rf"|(?P<dash>[{_DASHES}])(?=\s|$)"
    r"|(?P<num>\(?\d{1,3}[.)])(?=\s|$)"
    r"|(?P<letter>\([a-zA-Z]\)|[a-z][.)])(?=\s|$)"
)

_STYLES = {"bullet": "bulleted", "dash": "dashed", "num": "numbered", "letter": "lettered"}


@dataclass(slots=True)
class Unit:
    """Lines to classify; `marker`/`style` are set when the unit is a list item."""

    lines: tuple[Line, ...]
    blank_before: int
    marker: str = ""
    style: str = ""
    marker_start: int = -1
    raw: Line | None = None  # a list item's first line, marker included
    text: str = field(init=False)
    words: list[str] = field(init=False)

    @property
    def start(self) -> int:
        return self.marker_start if self.marker else self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    def __post_init__(self) -> None:
        if len(self.lines) == 1:
            self.words = self.lines[0].text.split()
        else:
            self.words = [w for line in self.lines for w in line.text.split()]
        self.text = " ".join(self.words)

    def extend(self, line: Line) -> None:
        self.lines += (line,)
        self.__post_init__()


def list_marker(line: Line) -> tuple[str, str, int] | None:
    """(marker, style, length of marker plus following space) for a line that opens a list item."""
    m = MARKER.match(line.text)
    if not m:
        return None
    style = _STYLES[m.lastgroup]
    rest = line.text[m.end():]
    return m.group(), style, m.end() + len(rest) - len(rest.lstrip())


def units_of(segments: list[Segment]) -> list[Unit]:
    """Cut segments into units: list items, and runs of lines between them."""
    units: list[Unit] = []
    for seg in segments:
        if len(seg.lines) == 1 and not MARKER.match(seg.lines[0].text):
            units.append(Unit(seg.lines, seg.blank_before))  # the common case: a paragraph on one line
        else:
            units.extend(u for cut in _cut(seg) for u in _one_per_line(cut))
    return units


def first_blocks(units: list[Unit], n: int) -> list[Unit]:
    """The units of the first n blocks between blank lines: a printed letterhead cut into its lines
    counts once."""
    blocks = 0
    for i, u in enumerate(units):
        blocks += i == 0 or u.blank_before > 0
        if blocks > n:
            return units[:i]
    return units


def _one_per_line(unit: Unit) -> list[Unit]:
    if unit.marker or len(unit.lines) < 2 or max(len(line.text) for line in unit.lines) <= WRAP_WIDTH:
        return [unit]
    return [Unit((line,), unit.blank_before if k == 0 else 0) for k, line in enumerate(unit.lines)]


def _cut(seg: Segment) -> list[Unit]:
    out: list[Unit] = []
    run: list[Line] = []
    item: Unit | None = None
    item_indent = 0
    # Only in text cut at a width does a line run on into the next; lines of any length are paragraphs each.
    wrapped = max(len(line.text) for line in seg.lines) <= WRAP_WIDTH
    prev = None
    for line in seg.lines:
        blank = seg.blank_before if not out else 0
        found = list_marker(line)
        # '... resulted in faster growth / — the economy expanded ...': a line cut at the width runs on.
        runs_on = wrapped and prev is not None and _runs_on(prev)
        prev = line
        if found and not runs_on:
            if run:
                out.append(Unit(tuple(run), blank))
                run, blank = [], 0
            item, item_indent = _item(line, found, blank), line.indent
            out.append(item)
        elif item is not None and (line.indent > item_indent or (runs_on and line.indent == item_indent)):
            item.extend(line)  # indented under the marker, or at its margin after a line cut by the width
        else:
            item = None
            run.append(line)
    if run:
        out.append(Unit(tuple(run), seg.blank_before if not out else 0))
    return out


def _runs_on(line: Line) -> bool:
    return len(line.text) >= RUN_ON_WIDTH and line.text[-1] not in ".:;!?"


def _item(line: Line, found: tuple[str, str, int], blank: int) -> Unit:
    marker, style, skip = found
    body = Line(line.number, line.start + skip, line.end, line.indent + skip, line.text[skip:])
    return Unit((body,), blank, marker=marker, style=style, marker_start=line.start, raw=line)


def as_plain(unit: Unit) -> Unit:
    """A list item read as plain lines, its marker part of the text (where no list can stand)."""
    if not unit.marker:
        return unit
    return Unit((unit.raw, *unit.lines[1:]), unit.blank_before)


@dataclass(slots=True)
class Labeled:
    """A parser's decision: a block type for one unit (or, for a list, its item units)."""

    type: str
    rule: str
    units: list[Unit]
    attrs: dict = field(default_factory=dict)

    @property
    def unit(self) -> Unit:
        return self.units[0]

    @property
    def text(self) -> str:
        # One unit: its own string, whose hash is cached, for the cue caches keyed on text.
        return self.units[0].text if len(self.units) == 1 else " ".join(u.text for u in self.units)


def sub_unit(unit: Unit, lines: tuple[Line, ...]) -> Unit:
    """A unit made of some of another unit's lines (letters split closings from signatures)."""
    return Unit(lines, unit.blank_before if lines[0] is unit.lines[0] else 0)
