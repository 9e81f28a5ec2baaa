"""Dates as written in letters, normalised to ISO 8601 where the parts are known."""
from __future__ import annotations

import datetime
import re

# Month names of the languages text2tei guesses (en, de, fr, es, it, nl, pt), with common
# abbreviations and the old English superscript forms ("Feby", "Septr", "Decr").
_MONTH_WORDS = (
    "january jan jany januar jänner janvier janv enero gennaio januari janeiro",
    "february feb feby februar février fevrier févr febrero febbraio februari fevereiro",
    "march mar märz maerz mars marzo maart março",
    "april apr avril avr abril aprile",
    "may mai mayo maggio mei maio",
    "june jun juni juin junio giugno junho",
    "july jul juli juillet juil julio luglio julho",
    "august aug août aout agosto augustus",
    "september sep sept septr septembre septiembre setiembre settembre setembro",
    "october oct octr oktober okt octobre octubre ottobre outubro",
    "november nov novr novembre noviembre novembro",
    "december dec decr dezember dez décembre decembre déc diciembre dicembre dezembro",
)
_MONTHS = {word: n for n, words in enumerate(_MONTH_WORDS, 1) for word in words.split()}
MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")[.:]?"  # "Oct: 30 '80"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|d|er|º)?\.?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d|'\d\d)"
_OF = r"(?:(?:of|de|di|del)\s+)?"  # '3rd of May', '3 de mayo de 1890'
_PATTERNS = [
    re.compile(rf"\b{_DAY},?\s+{_OF}(?P<month>{MONTH}),?\s+{_OF}{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<month>{MONTH})(?:,?\s*|-){_DAY},?\s+{_YEAR}\b", re.I),  # 'Oct.13th 1878', 'Mar-10th 1902'
    re.compile(rf"\b{_YEAR},?\s+(?P<month>{MONTH})\s+{_DAY}(?!\d)", re.I),
    re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>1[5-9]\d\d|20\d\d)\b"),
    re.compile(rf"\b(?P<month>{MONTH}),?\s+{_YEAR}\b", re.I),
]
# Every pattern has a year in it: text without one is ruled out by one cheap search.
_ANY_YEAR = re.compile(r"1[5-9]\d\d|20\d\d|'\d\d")
# Letters are often dated without a year ('Sep 4th', 'June 9th/62', '4th of May') or by the day
# of the week alone ('Friday Evening', 'Three Mile Cross Thursday').
_NO_YEAR = [
    re.compile(rf"\b(?P<month>{MONTH})\s+{_DAY}(?!\d)", re.I),
    re.compile(rf"\b{_DAY}\s+{_OF}(?P<month>{MONTH})(?!\w)", re.I),
]
_DIGIT = re.compile(r"\d")
_SLASHED = re.compile(r"\b(?P<a>[0-3]?\d)([/-])(?P<b>[0-3]?\d)\2\d\d\b")  # '7/11/18', '9-16-18': the century unknown
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\b",
                      re.I)


class Found:
    """A date found in a line: where it is, what it says, and its ISO form (None if unsure)."""

    def __init__(self, start: int, end: int, text: str, when: str | None):
        self.start, self.end, self.text, self.when = start, end, text, when


def find_date(text: str) -> Found | None:
    """The first date in the text that names at least a month and a year, or a full numeric date."""
    return _through_brackets(_find_date, text) if "[" in text else _find_date(text)


def find_day(text: str) -> Found | None:
    """A month and day without a year, or a weekday: how short letter datelines often read."""
    return _through_brackets(_find_day, text) if "[" in text else _find_day(text)


def _through_brackets(find, text: str) -> Found | None:
    """'June 18th [19]09', 'April [3, 1897]': what an edition supplies in brackets is read as part of the date."""
    kept = [i for i, c in enumerate(text) if c not in "[]"]
    found = find("".join(text[i] for i in kept))
    if found is None:
        return None
    start, end = kept[found.start], kept[found.end - 1] + 1
    close = text.find("]", end)
    if close >= 0 and not text[end:close].strip("? ") and text.count("[", start, end) > text.count("]", start, end):
        end = close + 1  # the bracket that closes the date's supplied part, after a query: '[1880?]'
    return Found(start, end, text[start:end], found.when)


def _find_date(text: str) -> Found | None:
    if not _ANY_YEAR.search(text):
        return None
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m:
            return Found(m.start(), m.end(), m.group(), _iso(m.groupdict()))
    return None


def _find_day(text: str) -> Found | None:
    # Word lookups first: most short lines name no month, and the month pattern is slow to fail.
    m = _SLASHED.search(text) if "/" in text or "-" in text else None
    if m:
        return Found(m.start(), m.end(), m.group(), _iso(m.groupdict()))
    if _DIGIT.search(text) and any(w.strip(".,:").lower() in _MONTHS for w in text.split()):
        for pattern in _NO_YEAR:
            m = pattern.search(text)
            if m:
                return Found(m.start(), m.end(), m.group(), _iso(m.groupdict()))
    m = _WEEKDAY.search(text) if "day" in text.lower() else None
    return Found(m.start(), m.end(), m.group(), None) if m else None


def _iso(parts: dict) -> str | None:
    year = parts.get("year")
    if year and year.startswith("'"):
        year = None
    month = _month(parts)
    day = int(parts["day"]) if parts.get("day") else None
    if month is None or not 1 <= month <= 12:
        return year
    if day is not None and not _real_day(int(year) if year else 2000, month, day):
        day = None
    if year is None:
        return f"--{month:02d}-{day:02d}" if day else None
    return f"{year}-{month:02d}-{day:02d}" if day else f"{year}-{month:02d}"


def _month(parts: dict) -> int | None:
    if parts.get("month"):
        return _MONTHS[parts["month"].rstrip(".:").lower()]
    if parts.get("mnum"):
        return int(parts["mnum"])
    a, b = int(parts["a"]), int(parts["b"])
    if a > 12 >= b:  # day first, as in 25/11/2021
        parts["day"] = str(a)
        return b
    if b > 12 >= a:
        parts["day"] = str(b)
        return a
    return None


def _real_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
