"""Shape of a piece of text: punctuation, case, sentences. No words particular to any document."""
from __future__ import annotations

import re
from functools import lru_cache

from ..reading.decoding import xml_safe

CLOSERS = "’”\"')]»›"
OPENERS = "‘“\"'«‹"
FUNCTION_WORDS = frozenset(
    "a an and as at but by de del der des di du for from in into la le of on or per the to van von via with y"
    .split()
)
_SENTENCE_END = re.compile(r"[.!?…][" + re.escape(CLOSERS) + r"]*\s+(?=[" + re.escape(OPENERS) + r"(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\b(?:[Nn]o|[Vv]ol|[Ss]t|etc))\.$")


# Full-width stops of Chinese and Japanese text read as their ASCII counterparts.
_WIDE_STOPS = {"。": ".", "．": ".", "！": "!", "？": "?", "：": ":", "；": ";", "，": ",", "、": ","}

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def last_char(text: str) -> str:
    """The last character that is not a closing quote or bracket (full-width stops as ASCII ones)."""
    stripped = text.rstrip(CLOSERS + "」』） ")
    return _WIDE_STOPS.get(stripped[-1], stripped[-1]) if stripped else ""


def ends_sentence(text: str) -> bool:
    return last_char(text) in ".!?…"


def ends_with_stop(text: str) -> bool:
    """Ends with a full stop (or ! …), not a question mark."""
    return last_char(text) in ".!…"


@lru_cache(maxsize=1024)
def sentence_breaks(text: str) -> tuple[int, ...]:
    """Offsets where a new sentence starts, skipping common abbreviations ('Mr.', 'U.S.', 'D.')."""
    out = []
    for m in _SENTENCE_END.finditer(text):
        head = text[max(0, m.start() - 8): m.start() + 1]
        if not _ABBREV.search(head):
            out.append(m.end())
    return tuple(out)


def last_sentence(text: str) -> str:
    breaks = sentence_breaks(text)
    return text[breaks[-1]:] if breaks else text


def capitalised(word: str) -> bool:
    word = word.lstrip(OPENERS + "(")
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def title_case(words: list[str]) -> bool:
    """Every word that is not a short function word starts with a capital or a digit."""
    content = [w for w in words[1:] if w.lower().strip(",:;") not in FUNCTION_WORDS]
    return bool(words) and capitalised(words[0]) and all(capitalised(w) for w in content)


def all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|Mc\w+|O’\w+|de|van|von|der|da|di|la|le|and|&)$")


def word_count(text: str, words: list[str]) -> int:
    """Words, two Chinese or Japanese characters counting as one: those scripts put no spaces between words."""
    if text.isascii():
        return len(words)
    return len(words) + len(_CJK.findall(text)) // 2


def has_letters(text: str) -> bool:
    """At least two letters: not a counter ('1 / 5'), a rule ('___') or a page number."""
    return sum(c.isalpha() for c in text) >= 2


def is_name(words: list[str], most: int = 5) -> bool:
    """Looks like a person's name: two to `most` capitalised words (initials and particles allowed)."""
    words = [w.rstrip(",.") if w.endswith(",") else w for w in words]
    return 2 <= len(words) <= most and all(_NAME_WORD.match(w) for w in words) and capitalised(words[0])


def clean(text: str) -> str:
    """Collapse whitespace runs and replace characters XML cannot hold."""
    return xml_safe(" ".join(text.split()))
