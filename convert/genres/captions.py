"""Photo-caption cues and caption/restatement similarity, weighed together, never alone."""
from __future__ import annotations

import re

from . import shape

_CREDIT_WORD = re.compile(
    r"\b(?:Credits?|Photo(?:graph)?s?|Pictures?|Image|Illustration|Courtesy|Source|Getty|Reuters|"
    r"Shutterstock|Alamy|AFP|EPA|AP|PA|Supplied)\b[:\s]"
)
_CREDIT_TAIL = re.compile(
    r"(?:\b(?:Credits?|Photo(?:graph)?(?: by)?|Picture(?: by)?|Image|Illustration|Courtesy(?: of)?|Source)\b:?\s+"
    r"[^.!?]{1,80}"
    r"|\b(?:Getty Images|Reuters|Shutterstock|Alamy|AFP|EPA|AP Photo|PA(?: Wire| Media)?)\b[^.!?]{0,40}"
    r"|\S+/\S+)$"
)
_PICTURED = re.compile(r"\((?:pictured|above|below|left|right|centre|center|top|bottom)\b[^)]*\)"
                       r"|(?:^|[.!?]\s+)(?:Pictured|Photographed|Above|Below|Left|Right|Top|Video|Watch|Inset)\s*:",
                       re.IGNORECASE)
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_TRAILING_DATE = re.compile(
    rf"(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"[" + re.escape(shape.CLOSERS) + r".]*$"
)
_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset(
    "about after also been before being could from have into more over said says than that their them then "
    "there these they this those were what when where which while will with would your year years".split()
)


def credit_tail(text: str) -> bool:
    """Ends with a photo credit: 'Credit: EPA', 'Photo by ...', 'Getty Images', or a name/agency fragment."""
    if _CREDIT_TAIL.search(text[-120:]):
        return bool(_CREDIT_WORD.search(text[-120:])) or "/" in text[-40:]
    return _name_fragment_after_sentence(text)


def _name_fragment_after_sentence(text: str) -> bool:
    """'... the immune system. RenderBurger for Quanta Magazine': a short capitalised tail after a sentence."""
    breaks = shape.sentence_breaks(text)
    if not breaks:
        return False
    tail = text[breaks[-1]:]
    words = tail.split()
    return 1 <= len(words) <= 6 and not shape.ends_sentence(tail) and shape.title_case(words)


def pictured(text: str) -> bool:
    return bool(_PICTURED.search(text))


def trailing_date(text: str) -> bool:
    return bool(_TRAILING_DATE.search(text))


def terms(text: str) -> set[str]:
    """Content terms: numbers, and longer words cut to a common stem."""
    out = set()
    for w in _WORD.findall(text.lower()):
        if w.isdigit():
            out.add(w)
        elif len(w) >= 4 and w not in _STOP:
            out.add(w[:5])
    return out


RESTATEMENT_MIN = 0.55


def similarity(a: str, b: str) -> float:
    """Share of the smaller text's content terms found in the other one."""
    ta, tb = terms(a), terms(b)
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def restates(caption: str, other: str) -> bool:
    """`other` rewords `caption`: most content terms shared, similar length, enough terms to tell."""
    ta, tb = terms(caption), terms(other)
    if min(len(ta), len(tb)) < 5 or not 0.4 <= len(other) / max(len(caption), 1) <= 2.5:
        return False
    return similarity(caption, other) >= RESTATEMENT_MIN
