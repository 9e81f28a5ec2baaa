"""Photo-caption cues and caption/restatement similarity, weighed together, never alone."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import shape

# 'Credit Jane Doe', 'Courtesy of NASA'; 'Photo:', 'Photograph by', '(All photos: ...)' need the colon or
# 'by' ('... Photo Sparks Controversy' is a headline).
_CREDIT_PHRASE = re.compile(
    r"\b(?:Credits?:?|Courtesy(?: of)?|(?i:photo(?:graph)?s?|fotos?|bild|pictures?|images?|illustration|source)(?::| by))"
    r"\s+[^.!?]{1,80}$"
)
_AGENCY = re.compile(
    r"\b(?:Getty Images|Reuters|Shutterstock|Alamy|AFP|EPA|AP Photo|PA(?: Wire| Media)?)\b[^.!?]{0,40}$"
)
# Each of the two patterns above needs one of these words: searching for them alone is far quicker.
_CREDIT_WORD = re.compile("Credit|Photo|photo|Foto|Bild|Picture|Image|Illustration|Courtesy|Source|"
                          "Reuters|Shutterstock|Alamy|AFP|PA")
# '(John Minchillo / AP)', '(Ellen M. Banner / The Seattle Times)': photographer and agency in brackets.
_BRACKETED_CREDIT = re.compile(r"\([A-Z][^()/]{1,60}\s/\s[A-Z][^()/]{1,60}\)$")
# 'Fuller/PA', 'Heon-Kyun/EPA'; not reference initials such as 'JS/MB' at the foot of a letter.
_SLASH_CREDIT = re.compile(r"^[A-Z][\w.'’-]*[a-z][\w.'’-]*/[A-Z]")
_PICTURED = re.compile(r"\((?:pictured|above|below|left|right|centre|center|top|bottom)\b[^)]*\)", re.IGNORECASE)
# Words that label a photo when they open a sentence and a colon follows: 'Pictured: ...', 'Above: ...',
# also after words of place: 'Clockwise from top: ...', 'Left to right: ...'.
_LABELS = frozenset("pictured photographed above below left right top video watch inset map graphic chart".split())
_PLACE_WORDS = _LABELS | {"clockwise", "anticlockwise", "from", "to", "bottom", "centre", "center", "main"}
# '图注：', '图片来源：', '写真：', '사진=': a photo label in Chinese, Japanese, Korean; '图为' ('the picture shows').
_CJK_LABEL = re.compile(r"(?:图注|图片(?:来源)?|图|照片|配图|资料图|写真|사진)\s*[：:=]|图为")
_AFTER_SENTENCE = re.compile(r".*[.!?]\s+", re.S)
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_TRAILING_DATE = re.compile(
    rf"(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"[" + re.escape(shape.CLOSERS) + r".]*$"
)
_DATE_END = shape.CLOSERS + "."
_TERM = re.compile(r"\d+|[^\W\d_]{4,}")
_WORD_OR_NUMBER = re.compile(r"\w{4,}|\d+")
_STOP = frozenset(
    "about after also been before being could from have into more over said says than that their them then "
    "there these they this those were what when where which while will with would your year years".split()
)


@lru_cache(maxsize=1024)
def credit_tail(text: str) -> bool:
    """Ends with a photo credit: 'Credit: EPA', 'Photo by ...', 'Getty Images', 'Name/Agency',
    or a short capitalised name fragment after the last sentence."""
    tail = text[-120:]
    # Both credit patterns run to the end without a sentence stop: only the tail after the last
    # stop can hold one, and for most paragraphs that is empty.
    after_stop = tail[max(tail.rfind("."), tail.rfind("!"), tail.rfind("?")) + 1:]
    credit = after_stop and _CREDIT_WORD.search(after_stop)
    if credit and (_CREDIT_PHRASE.search(after_stop) or _AGENCY.search(after_stop)):
        return True
    if "/" in tail and (any(_SLASH_CREDIT.match(w) for w in tail.split()[-3:]) or _BRACKETED_CREDIT.search(tail)):
        return True
    return _name_fragment_after_sentence(text)


_BRACKETED_NAME = re.compile(r"\(([^()]{3,40})\)$")


def repeated_credits(texts: list[str]) -> tuple[str, ...]:
    """'(Lucy Akins)' closing several short lines: whose the page's pictures are."""
    tails = Counter(m.group(0) for t in texts if len(t.split()) <= 15 and (m := _BRACKETED_NAME.search(t))
                    and shape.is_name(m.group(1).split(), most=4))
    return tuple(sorted(tail for tail, n in tails.items() if n >= 2))


def _name_fragment_after_sentence(text: str) -> bool:
    """'... the immune system. RenderBurger for Quanta Magazine': a short capitalised tail after a sentence."""
    if shape.ends_sentence(text):
        return False
    breaks = shape.sentence_breaks(text)
    words = text[breaks[-1]:].split() if breaks else []
    # A sentence of some length first: 'Cousin. Will. Cody' under a letter is a signature.
    # A number makes it a date or an address ('Philadelphia, Pa. October 11 1890'), not a name.
    return 1 <= len(words) <= 6 and shape.title_case(words) and len(text[:breaks[-1]].split()) >= 6 \
        and not any(c.isdigit() for w in words for c in w)


@lru_cache(maxsize=1024)
def pictured(text: str) -> bool:
    """'(pictured)', '(left)' in brackets, or a sentence that opens with 'Pictured:', 'Above:'."""
    return ("(" in text and _PICTURED.search(text) is not None) or _labelled(text) \
        or (not text.isascii() and _CJK_LABEL.match(text) is not None)


def _labelled(text: str) -> bool:
    # Looking back from each colon is far quicker than a pattern tried at every position.
    colon = text.find(":")
    while colon >= 0:
        before = text[:colon]
        opened = _AFTER_SENTENCE.match(before)
        words = before[opened.end() if opened else 0:].lower().split()
        if 1 <= len(words) <= 4 and words[-1] in _LABELS and all(w in _PLACE_WORDS for w in words):
            return True
        colon = text.find(":", colon + 1)
    return False


@lru_cache(maxsize=1024)
def trailing_date(text: str) -> bool:
    # A date at the end ends in a digit, maybe followed by closing quotes and a stop.
    return text.rstrip(_DATE_END)[-1:].isdigit() and bool(_TRAILING_DATE.search(text[-40:]))


@lru_cache(maxsize=1024)
def terms(text: str) -> frozenset[str]:
    """Content terms: numbers, and words of four letters or more cut to a common stem."""
    tokens = text.lower().split()
    # Most tokens are plain words; the rest (punctuation, digits) go through the word pattern in one call.
    out = {t[:5] for t in tokens if len(t) >= 4 and t.isalpha() and t not in _STOP}
    rest = [t for t in tokens if not t.isalpha()]
    for token in _WORD_OR_NUMBER.findall(" ".join(rest)) if rest else ():
        if token.isalpha():
            if token not in _STOP:
                out.add(token[:5])
        elif token.isdecimal():
            out.add(token)
        else:
            out.update(w if w[0].isdigit() else w[:5] for w in _TERM.findall(token) if w not in _STOP)
    return frozenset(out)


RESTATEMENT_MIN = 0.55


def similarity(a: str, b: str) -> float:
    """Share of the smaller text's content terms found in the other one."""
    ta, tb = terms(a), terms(b)
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def restates(caption: str, other: str) -> bool:
    """`other` rewords `caption`: most content terms shared, similar length, enough terms to tell."""
    if not 0.4 <= len(other) / max(len(caption), 1) <= 2.5:
        return False
    if len(terms(caption)) < 5:
        return False  # the other text's terms are not needed
    return len(terms(other)) >= 5 and similarity(caption, other) >= RESTATEMENT_MIN
