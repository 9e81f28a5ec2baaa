"""Document-level metadata and correspondence metadata, worked out from the blocks."""
from __future__ import annotations

import re
from collections import Counter

from . import model as m
from .genres import shape

INCIPIT_WORDS = 12
LANGUAGE_SAMPLE = 2000
_STOPWORDS = {
    "en": "the and of to in is that it was for with as on he she you i be this by have not are".split(),
    "fr": "le la les et de des du un une est que qui dans pour pas sur au avec je vous".split(),
    "de": "der die das und ist nicht ein eine zu den mit von sich auf ich sie es dem".split(),
    "es": "el la los las y de que en un una es por con para no se del al lo".split(),
    "it": "il lo la gli le e di che un una per non con del della sono si da".split(),
    "nl": "de het een en van is dat niet op te zijn met voor ik je die".split(),
    "pt": "o a os as e de que em um uma para com não do da no na por se".split(),
}
_TOKEN = re.compile(r"[^\W\d_]+")
_ASCII_TOKEN = re.compile(r"[A-Za-z]+")
_HONORIFICS = re.compile(
    r"^(?:(?:His|Her|Your)\s+(?:Excellency|Majesty|Highness|Grace)|Monsieur|Madame|Mme|le|la|President|"
    r"Mr|Mrs|Ms|Miss|Messrs|Dr|Prof|Rev|Hon|Sir|Dame|Lady|Lord|Herr|Frau|Capt(?:ain)?|Col(?:onel)?|Gen(?:eral)?|"
    r"Major|Admiral|Governor|Professor|Judge|Senator|To(?:\s+the)?)\.?\s+"
)
_SUFFIXES = re.compile(r",?\s+(?:Esq|Bt|Bart|Jr|Sr|Jun|Sen|K\.?C\.?B|M\.?P|R\.?N|U\.?S\.?N)\.?$")
# Words that address someone without naming them ("Dear Sir", "My dear Mother").
GENERIC_ADDRESS = frozenset(
    "Sir Sirs Madam Madame Gentlemen Ladies Friend Friends Mother Father Sister Brother Cousin Aunt Uncle Son "
    "Daughter Wife Husband Child Children Colleague Colleagues Comrade Editor Doctor Professor Reverend "
    "Monsieur Mademoiselle Papa Mama Mamma Grandmother Grandfather All Everyone "
    "Herr Herren Frau Fräulein Freund Freundin Kollege Doktor Ami Amie Amis Collègue Maître Señor Señora Amigo "
    "Amiga Signore Signora Amico Amica".split()
)
_SALUTE = re.compile(r"^(?:(?:My|Mein(?:e|er)?|Mon|Ma|Mio|Mia|Mi)\s+)?(?:Dear(?:est)?|Lieb(?:st)?e[rn]?|Cher|Chère|"
                     r"Sehr\s+geehrte[rn]?|(?:Hoch)?verehrte[rn]?|Querid[oa]|Car[oa]|Carissim[oa])(?:\s+|\W*$)", re.I)
_POSTCODE = re.compile(r"^(?P<town>[A-Za-z][A-Za-z .'-]+?),?\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|"
                       r"[A-Z]\.\s?[A-Z]\.|[A-Z]{2}\s+\d{5})\.?$")


def metadata_of(blocks: list[m.Block], text: str) -> m.Metadata:
    title = next((b.text for b in blocks if b.type == "title"), None)
    date = next((b.date for b in blocks if b.type == "dateline" and b.date), None)
    return m.Metadata(title=title or incipit(blocks), title_is_incipit=title is None,
                      language=guess_language(text), date=date)


def incipit(blocks: list[m.Block]) -> str:
    first = next((b.text for b in blocks if b.type in ("paragraph", "list") and b.text), "")
    if not first:
        first = next((b.text for b in blocks if b.text), "")
    words = first.split()
    return " ".join(words[:INCIPIT_WORDS]) + ("…" if len(words) > INCIPIT_WORDS else "") or "Untitled"


def guess_language(text: str) -> str:
    """The language whose commonest words are commonest in the first 2,000 characters; 'und' if unsure."""
    # About 350 words tell the languages apart; tokenising more text only costs time.
    head = text[:LANGUAGE_SAMPLE]
    # In ASCII text the letters are A-Z and a-z, which a plain class finds twice as fast.
    words = " ".join((_ASCII_TOKEN if head.isascii() else _TOKEN).findall(head)).lower().split()
    if len(words) < 8:
        return "und"
    counts = Counter(words)
    scores = {lang: sum(map(counts.__getitem__, stop)) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] >= 0.15 * len(words) else "und"


def correspondence_of(blocks: list[m.Block]) -> m.Correspondence:
    first = {b.type: b for b in reversed(blocks)}
    dateline = first.get("dateline")
    return m.Correspondence(
        sender=first["signature"].name if "signature" in first else None,
        addressee=_addressee(blocks),
        place=(dateline.place if dateline else None) or _letterhead_place(blocks),
        date=dateline.date if dateline else None,
    )


def _addressee(blocks: list[m.Block]) -> str | None:
    # An address above the date is where the writer was ('Birmingham Ala'), unless it names someone ('Mr. ...').
    dated = not any(b.type == "dateline" for b in blocks)
    for b in blocks:
        dated = dated or b.type == "dateline"
        if b.type == "address" and (dated or _HONORIFICS.match(b.text)):
            for line in b.lines or [b.text]:
                name = person_name(line)
                if name:
                    return name
    sal = next((b for b in blocks if b.type == "salutation"), None)
    if sal:
        words = _SALUTE.sub("", sal.text).rstrip(" ,.:;!-—–").split()
        if words and not GENERIC_ADDRESS & set(words) and all(shape.capitalised(w) for w in words):
            return " ".join(words)
    return None


def person_name(line: str) -> str | None:
    """The name in an address line, without honorifics and suffixes ('His Excellency ... Emmanuel Macron')."""
    text = line.strip(" ,;")
    while (stripped := _HONORIFICS.sub("", text)) != text:
        text = stripped
    text = _SUFFIXES.sub("", text).strip(" ,;")
    words = [w[:-1] if w.endswith(".") and len(w) > 2 else w for w in text.split()]
    return " ".join(words) if shape.is_name(words, most=4) else None


def _letterhead_place(blocks: list[m.Block]) -> str | None:
    for b in blocks:
        if b.type == "letterhead":
            for line in b.lines or [b.text]:
                found = _POSTCODE.match(line)
                if found:
                    town = found.group("town").strip()
                    return town.title() if town.isupper() else town
    return None
