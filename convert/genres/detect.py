"""Genre detection from structure: a letter opens with a salutation and ends with a closing
and a signature; an article has a headline, a byline, captions and subheadings."""
from __future__ import annotations

from . import article, captions, dates, letter, shape
from .units import Unit, first_blocks

LETTER_AT = 3.0


def detect_genre(units: list[Unit]) -> tuple[str, float, list[str]]:
    """(genre, confidence 0..1, cues that decided it)."""
    cues = _letter_cues(letter.split_formulas(units))
    score = sum(w for w, _ in cues)
    against = _article_cues(units)
    score -= sum(w for w, _ in against)
    genre = "letter" if score >= LETTER_AT else "article"
    confidence = min(1.0, abs(score - LETTER_AT + 0.5) / 3)
    chosen = cues if genre == "letter" else against
    names = [name for _, name in sorted(chosen, key=lambda c: -c[0])]
    return genre, round(confidence, 2), names or ["no letter formulas found"]


def _letter_cues(units: list[Unit]) -> list[tuple[float, str]]:
    cues = []
    head = first_blocks(units, 8)
    if any(letter.is_salutation(u) for u in head):
        cues.append((3.5, "salutation near the top"))  # outweighs a title-case first line on its own
    tail = units[-8:]
    if any(not u.marker and (any(_closing_line(line.text) for line in u.lines) or letter.ends_in_closing(u.text))
           for u in tail):
        cues.append((2.0, "closing formula near the end"))
    cues += _date_cues(units)
    # After the first unit (a date or a headline may open the text); in a note of two, after the body.
    if len(units) >= 2 and letter.bare_signature(units, 1 if len(units) > 2 else 0) is not None:
        cues.append((1.0, "name at the end"))
        note = units[0]  # when there are two: the body, signed, no headline over it
        if len(units) == 2 and not note.marker and len(note.words) > 12 and shape.sentence_breaks(note.text):
            cues.append((2.0, "a note and its name"))
    if any(letter.POSTSCRIPT.match(u.text) for u in units[-4:]):
        cues.append((1.0, "postscript at the end"))
    return cues


def _date_cues(units: list[Unit]) -> list[tuple[float, str]]:
    if units and letter.dateline_like(units[0]):
        cues = [(2.0, "dateline opens the text")]  # articles open with their headline
        if len(units) > 1 and _body_paragraph(units[1]):
            cues.append((1.0, "the body right under the date"))  # no headline between them
    elif any(letter.dateline_like(u) for u in units[1:4]):
        cues = [(1.0, "dateline at the top")]
    else:
        return []
    if any(letter.addressee_like(u) for u in units[1:4]):
        cues.append((1.0, "addressee near the date"))  # 'Mr W. Whitman'
    return cues


def _article_cues(units: list[Unit]) -> list[tuple[float, str]]:
    cues = []
    texts = [u.text for u in units if not u.marker]
    if any(captions.credit_tail(t) or captions.pictured(t) for t in texts):
        cues.append((2.0, "photo captions"))
    if any(article.BYLINE.match(u.text) for u in units[1:3]):  # under the headline, maybe under a date line
        cues.append((2.0, "byline under the headline"))
    # A headline is one line without a full stop; a place over a date ('On Board / Steamer Far West /
    # Sep 4th') or 'Friday Evening.' opens letters.
    one_line = bool(units) and len(units[0].lines) == 1 and not shape.ends_with_stop(units[0].text) \
        and not letter.dateline_like(units[0])
    headline = texts[0].split() if texts else []
    if len(texts) > 2 and one_line and shape.title_case(headline) and not letter.SALUTATION.match(texts[0]) \
            and not any(dates.find_date(t) for t in texts[:3]) and not any(map(letter.dateline_like, units[1:3])):
        cues.append((0.5, "title-case headline"))
    return cues


def _closing_line(text: str) -> bool:
    return letter.is_closing(text) and text.lstrip("-—–")[:1].isupper()  # '--Ever yours'


def _body_paragraph(u: Unit) -> bool:
    return not u.marker and len(u.words) > 12 and shape.ends_sentence(u.text)
