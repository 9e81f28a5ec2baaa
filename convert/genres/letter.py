"""Letter parser: a small zone state (head, body, closer, after) over units and their lines.

Letters have a strong order: letterhead, dateline and inside address come before the
salutation; closing, signature, then addresses, envelope matter and postscripts after the
body. The parser finds the salutation and the closing first, then labels each zone.
"""
from __future__ import annotations

import re

from . import captions, dates, shape
from .lists import group_lists
from .units import Labeled, Unit, as_plain, first_blocks, sub_unit

SALUTATION = re.compile(
    r"^(?:(?:My|Our|Mein(?:e|er)?|Mon|Ma|Mio|Mia|Mi)\.?\s+(?:very\s+|own\s+|sehr\s+|très\s+)?)?"
    r"(?:Dear(?:est)?|Dearest|(?:(?<=My\s)|(?<=My\.\s))(?:Darling|Beloved|Precious)|"
    r"Hon(?:ou)?red|Respected|Sir|Madam|Madame|Gentlemen|"
    r"Ladies|Hello|Hi|Greetings|To whom it may concern|Cher|Chère|Chers|Chères|Lieb(?:st)?e[rn]?|"
    r"Sehr geehrte[rn]?|(?:Hoch)?verehrte[rn]?|(?:Hoch)?geehrte[rn]?|Werte[rn]?|Teure[rn]?|"
    r"Querid[oa]s?|Estimad[oa]s?|Car[oa]|Carissim[oa]|Gentil(?:e|issim[oa])|Egregi[oa]|Illustre|"
    r"Beste|Geachte|Friend|\w+,?\s+(?:dear|darling)(?=\W*$)|"  # 'Mary Dear'
    # 'Monsieur,' or 'Monsieur le Ministre,' ends in a comma; 'Monsieur Dupont' on its own is an address line.
    r"(?:Monsieur|Messieurs|Mademoiselle|Mesdames)(?=[^,!]{0,30}[,!]\s*$))\b",
    re.I,
)
_FAREWELLS = r"Adieu|Farewell|Good\s?bye|Au revoir"
CLOSING = re.compile(
    r"^(?:(?:And\s+)?(?:\w+ly\s+your(?:s|['’]s)\b|Yours|Your[s’']?|Yrs?|Thine|Thy|Ever|Very|Most|Sincerely|Respectfully|Faithfully|"
    r"Cordially|Fraternally|In\s+the\s+Bonds?|Truly|Affectionately|Aff(?:ly|ecly|ectly)|Gratefully|Fondly|Lovingly|Warmly|Obediently|Best|"
    r"Kind(?:est)?|Warm(?:est)?|Regards|With|Love|Believe me|I\s+(?:am|remain)|Thanks|Thank you|Cheers|"
    r"I\s+have\s+the\s+hono(?:u)?r,?\s+(?:(?:my\s+)?(?:dear\s+)?(?:Sir|Madam|Gentlemen),?\s+)?to\s+(?:be|remain|subscribe)|I\s+beg\s+(?:to\s+)?(?:remain|subscribe)|"
    rf"{_FAREWELLS}|As (?:ever|always)|Always|Still\s+your|In haste|Until|"
    r"Thanking|Hoping|Trusting|Awaiting|Wishing|Assuring|Good luck|God bless|"
    r"Mit\s+(?:den\s+)?(?:besten|herzlichen|freundlichen|vielen|hochachtungsvollen)|Hochachtungsvoll|"
    r"Herzlich(?:st|e)?|Ihr(?:e)?\s+(?:sehr\s+)?(?:ergeben|dankbar|treu|aufrichtig)\w*|Dein(?:e)?\s+(?:treu|dankbar|lieb)\w*|"
    r"Bien à vous|Cordialement|Votre\s+(?:tout\s+|très\s+)?(?:dévou|affectionn|respectueu|reconnaissant|obéissant)\w*|"
    r"Tout à vous|Amitiés|Affectueusement|Atentamente|Afectuosamente|"
    r"(?:Suo|Sua|Vostr[oa])\s+(?:devot|affezionat|obbligat|aff)\w*|Distinti saluti|Cordiali saluti|"
    r"Met vriendelijke|Hoogachtend)\b)",
    re.I,
)
POSTSCRIPT = re.compile(r"^(?:P\.?\s?P\.?\s?S|P\.?\s?S|N\.?\s?B)\b\.?", re.I)
_NOTATION = re.compile(r"^(?:[A-Z]{2,4}(?:[ /:][A-Za-z]{1,4}(?: [A-Z])?)?|Enc(?:l|losures?)?\.?:?(?:\s*\(?\d+\)?)?|"
                       r"c\.?c\.?:?.*|bcc:?.*|Attachments?:?.*)$")
_HONORIFIC = re.compile(r"^(?:To\s+(?:the\s+)?)?(?:Mr|Mrs|Ms|Miss|Messrs|Dr|Prof|Rev|Hon|Sir|Dame|Lady|Lord|His|Her|"
                        r"Monsieur|Madame|Mme|M(?!\.\s?[A-Z]\.)|Herr|Frau|Capt(?:ain)?|Col(?:onel)?|Gen(?:eral)?|Gov(?:ernor)?|Major|"
                        r"Admiral|Professor|Judge|Senator|President)\b\.?")
_CARE_OF = re.compile(r"^(?:(?:In\s+)?Care\s+(?:of\s+)?|c/o\b)", re.I)  # where to write back: 'Care Major Hapgood'
_DESCRIBED = re.compile(r"\bsignature\b|^\[?(?:signed|sgd)\b", re.I)
HEAD_WORDS_MAX = 12
LINE_WORDS_MAX = 10


def parse_letter(units: list[Unit]) -> list[Labeled]:
    units = split_formulas(units)
    sal = _find_salutation(units)
    close = _find_closing(units, sal)
    head_end = sal if sal is not None else _head_end(units[:close] if close is not None else units)
    if sal is None and _greets_by_name(units, head_end):
        sal = head_end = head_end - 1
    labels = _head(units[:head_end])
    greetings = _greetings(units, sal)
    labels += [Labeled("salutation", "salutation-formula", [u]) for u in greetings]
    body_start = head_end + len(greetings)
    signed_at = None if close is not None else bare_signature(units, body_start)
    end = close if close is not None else signed_at if signed_at is not None else len(units)
    head = " ".join(lab.text for lab in labels if lab.type == "letterhead")
    labels += [_body(u, head) for u in units[body_start:end]]
    if close is not None:
        labels += _closer(units[close:], head)
    elif signed_at is not None:
        labels += _signed_and_after(units[signed_at:], [], head)
    return group_lists(labels)


def _greetings(units: list[Unit], sal: int | None) -> list[Unit]:
    """The salutation, and a second one right under it ('T. G. Bergen, Esq:' over 'Dear Sir:')."""
    if sal is None:
        return []
    return units[sal:sal + 2] if sal + 1 < len(units) and is_salutation(units[sal + 1]) else [units[sal]]


def bare_signature(units: list[Unit], body_start: int) -> int | None:
    """Without a closing formula: a lone name after the body is the signature. After it may come a
    P.S., addresses, a date, or up to two paragraphs of postscript without a 'P.S.'."""
    unmarked = 0
    for i in range(len(units) - 1, body_start, -1):
        u = units[i]
        if POSTSCRIPT.match(u.text) or _CARE_OF.match(u.text) or _signs_postscript(u, units[i - 1]) \
                or ((i < len(units) - 1 or len(u.lines) > 1) and addressee_like(u)) \
                or (len(u.lines) <= 2 and dateline_like(u)) or u.text == units[0].text:
            continue  # 'Wokingham Sunday' under the name, an envelope's address, the letterhead printed on it
        if _signed_name(u):
            return i
        if _describes_signer(u) and _signed_name(units[i - 1]):
            return i - 1
        if unmarked == 2 or not _prose(u):
            return None
        unmarked += 1
    return None


def _describes_signer(u: Unit) -> bool:
    """'father of B H Wilson' under the name: one short line in lower case, no sentence."""
    return len(u.lines) == 1 and 3 <= len(u.words) <= 8 and u.text[0].islower() and not shape.ends_sentence(u.text)


def _signs_postscript(u: Unit, above: Unit) -> bool:
    """'H. W' or 'HW' right under a P.S.: the postscript's own initials or name, not reference initials
    (which follow the signature)."""
    initials = u.text.isalpha() and u.text.isupper() and len(u.text) <= 3
    return bool(POSTSCRIPT.match(above.text)) and len(u.lines) == 1 and (initials or _signed_name(u))


def _signed_name(u: Unit) -> bool:
    """'Walt Whitman', 'Lieut G. W. Whitman Co D', or a first name alone ('Will')."""
    if u.marker or len(u.lines) > 3:
        return False
    first = u.lines[0].text
    if _INITIALS.match(first):
        return True
    words = first.strip(" ,.;—-").split()
    if len(words) == 1:
        return words[0].isalpha() and words[0].istitle() and not CLOSING.match(words[0])
    return shape.is_name(words, most=6)


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z]\.?$|^(?:[A-Z] ){1,3}[A-Z]$")  # 'W.W.', 'M. R. M.', 'H. W', 'W W'


def split_formulas(units: list[Unit]) -> list[Unit]:
    """Cut a salutation off the text under it, and a closing off the text above it."""
    out = []
    for u in units:
        if u.marker or len(u.lines) < 2:
            out.append(u)
            continue
        short_below = _short_from(u.lines)
        # A salutation line is cut from the text under it; a last-line one from the addressee lines above it.
        salutations = [k for k, line in enumerate(u.lines) if _salutation_line(line.text)]
        around_salutations = {k + 1 for k in salutations} | {k for k in salutations if k == len(u.lines) - 1}
        before_closing = {k for k in range(1, len(u.lines)) if short_below[k] and _closing_line(u.lines[k].text)
                          and not _closing_goes_on(u.lines[k - 1].text) and not (k == 1 and _lead_in(u.lines[0].text))}
        cuts = sorted((around_salutations | before_closing) - {0, len(u.lines)})
        if not cuts:
            out.append(u)
            continue
        bounds = [0, *cuts, len(u.lines)]
        out += [sub_unit(u, u.lines[a:b]) for a, b in zip(bounds, bounds[1:])]
    return out


def _salutation_line(text: str) -> bool:
    return bool(SALUTATION.match(text)) and _short_formula(text) and text[0].isupper()


def _short_from(lines) -> list[bool]:
    """For each line: are it and all lines under it short (a closing and a signature)?"""
    flags, below = [False] * len(lines), True
    for k in range(len(lines) - 1, -1, -1):
        below = below and len(lines[k].text.split()) <= 8
        flags[k] = below
    return flags


def _closing_line(text: str) -> bool:
    return text[0].isupper() and is_closing(text)


def _closing_goes_on(text: str) -> bool:
    """'I have the honour to be, Sir,' over 'Your obedient servant,': one closing on two lines."""
    return _closing_line(text) and not shape.ends_sentence(text)


def _short_formula(text: str) -> bool:
    return len(text.split()) <= 8 and shape.last_char(text) not in "?"


def is_salutation(u: Unit) -> bool:
    if u.marker or len(u.lines) > 1:
        return False
    return (bool(SALUTATION.match(u.text)) and _short_formula(u.text)) or _name_and_colon(u.text)


def _name_and_colon(text: str) -> bool:
    """'T. G. Bergen, Esq:', 'E H Hames & Co:': business letters address their reader by name and a colon."""
    bare = text.rstrip(" -—–")
    return bare.endswith(":") and shape.is_name(bare.rstrip(":").replace(",", " ").split(), most=6)


# French letters close with a whole sentence: 'Veuillez agréer, Monsieur, l'assurance de mes sentiments ...',
# and formal English ones after them: 'Kindly accept, Madam, the assurance of my deep respect.'
_LONG_CLOSING = re.compile(r"^(?:(?:Veuillez|Agréez|Recevez|Je vous prie)\b.*\b(?:sentiments|salutations|hommages|"
                           r"respect|considération)|(?:(?:Kindly|Please)\s+)?accept\b.*\bassurances?\s+of\b)", re.I)


# 'Ever my dear Friend most faithfully & affectionately yours': longer, but it ends as closings end.
# 'Thanking you in advance for the trouble, I am' leads into the signature.
_CLOSING_ENDS = frozenset({"yours", "your's", "your’s", "yrs", "thine", "servant", "i am", "i remain", "we are",
                           "we remain"})


# 'Good bye my Lulu a thousand Kisses to all': a farewell opens a closing of one sentence however long it runs.
_FAREWELL = re.compile(rf"(?:{_FAREWELLS})\b", re.I)


def is_closing(text: str) -> bool:
    text = text.lstrip("-—–")  # '--Goodbye my dear--Ever your's--'
    words = text.split()
    if _LONG_CLOSING.match(text):
        return len(words) <= 40
    if not 1 <= len(words) <= 20 or shape.last_char(text) in "?:" or (len(words) > 14 and shape.sentence_breaks(text)):
        return False
    farewell = _FAREWELL.match(text) and not shape.sentence_breaks(text)
    if len(words) > 8 and not _ends_as_closings_end(words) and not farewell:
        return False
    return CLOSING.match(text) is not None


def ends_in_closing(text: str) -> bool:
    """'... How many has Eliza? Ever yours': the last sentence of a paragraph is the closing."""
    if shape.ends_sentence(text) or not shape.sentence_breaks(text):
        return False
    last = shape.last_sentence(text)
    words = last.split()
    return 2 <= len(words) <= 5 and _ends_as_closings_end(words) and is_closing(last)


def _ends_as_closings_end(words: list[str]) -> bool:
    last = words[-1].strip(",.;!—-").lower()
    return last in _CLOSING_ENDS or f"{words[-2].lower()} {last}" in _CLOSING_ENDS


def _find_salutation(units: list[Unit]) -> int | None:
    """The salutation is near the top, before the second paragraph of prose."""
    prose_seen = False
    for i, u in enumerate(units[: max(len(first_blocks(units, 8)), len(units) // 3)]):
        if u.marker:
            return None  # a list opens the body
        if is_salutation(u):
            return i
        if _prose(u):
            if prose_seen:
                return None
            prose_seen = True
    return None


def _find_closing(units: list[Unit], sal: int | None) -> int | None:
    """The closing formula after the body: the last one with a signature under it, else the last one."""
    first = (sal or 0) + 1
    found = [i for i in range(len(units) - 1, first, -1) if _closing_unit(units[i])]
    signed = [i for i in found if len(units[i].lines) > 1 or (i + 1 < len(units) and _signature_shaped(units[i + 1])
                                                              and not _closing_unit(units[i + 1]))]
    at = (signed or found or [None])[0]
    while at is not None and at - 1 > first and _closing_unit(units[at - 1]) and _goes_on(units[at - 1]):
        at -= 1  # 'I have the honour to be, Sir,' a paragraph above 'Your obedient servant,'
    return at


def _goes_on(u: Unit) -> bool:
    return _closing_goes_on(u.lines[-1].text)


def _closing_unit(u: Unit) -> bool:
    if u.marker or not all(len(x.text.split()) <= 8 for x in u.lines[1:]):
        return False
    lines = u.lines
    return is_closing(lines[0].text) or (len(lines) > 1 and _lead_in(lines[0].text) and _closing_line(lines[1].text))


def _lead_in(text: str) -> bool:
    """'Till I get enough energy together to write you again,' over 'Yours,': the closing's first part."""
    return text.endswith(",") and len(text.split()) <= 14


def _prose(u: Unit) -> bool:
    if _short_lines(u):
        return False
    return len(u.words) > HEAD_WORDS_MAX or (shape.ends_sentence(u.text) and len(u.words) > 6 and not dates.find_date(u.text))


def _short_lines(u: Unit) -> bool:
    """Several short lines, broken where the writer or printer broke them: a letterhead or an address."""
    return len(u.lines) > 1 and all(len(line.text.split()) <= LINE_WORDS_MAX for line in u.lines)


def _greets_by_name(units: list[Unit], head_end: int) -> bool:
    """'Mr. Muchmore,' or 'To My Oldest Sister Julia' alone on the line over the body: the greeting."""
    if not 0 < head_end < len(units) or not _prose(units[head_end]):
        return False
    u = units[head_end - 1]
    return len(u.lines) == 1 and len(u.words) <= 6 and not dateline_like(u) \
        and (addressee_like(u) or u.text.startswith("To "))


def _head_end(units: list[Unit]) -> int:
    """Without a salutation the head is the leading run of short non-prose units."""
    n = 0
    while n < len(units) - 1 and not _prose(units[n]) and not units[n].marker:
        n += 1
    return n


def _head(units: list[Unit]) -> list[Labeled]:
    """Before the salutation: letterhead, then the dateline, then the inside address."""
    units = _split_trailing_dates(units)
    date_at = next((i for i, u in enumerate(units) if dateline_like(u)), None)
    out = []
    for i, u in enumerate(units):
        if i == date_at:
            out.append(dateline(u, "dateline-head"))
        elif date_at is None or i < date_at:
            addressee = date_at is None and addressee_like(u) and i == len(units) - 1
            kind = "address" if addressee or (i == (date_at or 0) - 1 and _written_address(u)) else "letterhead"
            out.append(Labeled(kind, f"{kind}-head", [u]))
        else:
            out.append(Labeled("address", "address-inside", [u]))
    return _rejoin_letterhead(out)


def _rejoin_letterhead(labels: list[Labeled]) -> list[Labeled]:
    """A letterhead cut into one unit a line (one line ran long) is one letterhead again."""
    out: list[Labeled] = []
    for lab in labels:
        if out and lab.type == out[-1].type == "letterhead" and not lab.unit.blank_before:
            out[-1].units.append(lab.unit)
        else:
            out.append(lab)
    return out


def _split_trailing_dates(units: list[Unit]) -> list[Unit]:
    """A printed heading whose last line is the date: the heading, then a dateline of its own."""
    out = []
    for u in units:
        last = u.lines[-1]
        if len(u.lines) > 2 and not dateline_like(u) and len(last.text.split()) <= HEAD_WORDS_MAX \
                and _date_in(last.text):
            out += [sub_unit(u, u.lines[:-1]), sub_unit(u, u.lines[-1:])]
        else:
            out.append(u)
    return out


def dateline_like(u: Unit) -> bool:
    """A date, maybe with the place above it: up to four short lines, the date on the last one."""
    lines = len(u.lines)
    if u.marker or len(u.words) > HEAD_WORDS_MAX:
        return False
    if lines <= 2 and dates.find_date(u.text):
        return True
    if lines > 2 and not (lines <= 4 and _written_place(u)):
        return False
    return _date_in(u.lines[-1].text) is not None


def _written_place(u: Unit) -> bool:
    """Short lines, none in capitals: a place written over the date, not a printed heading."""
    return _short_lines(u) and not any(shape.all_caps(line.text) for line in u.lines)


def _date_in(text: str) -> dates.Found | None:
    """A date in a line; one without a year, or a weekday, only in a line of a few words, or ending
    a longer line that is no sentence ('328 Mickle Street Camden New Jersey U S America Aug: 11')."""
    found = dates.find_date(text)
    if found or len(text.split()) <= 6:
        return found or dates.find_day(text)
    day = None if shape.ends_with_stop(text) else dates.find_day(text)
    return day if day and not text[day.end:].strip(" ,.;—-") else None


def dateline(u: Unit, rule: str) -> Labeled:
    found = dates.find_date(u.text) or dates.find_day(u.text)  # the unit is dateline_like
    attrs: dict = {}
    if found:
        attrs["date"] = {"text": shape.clean(found.text), "when": found.when}
        place = _place_around(u.text, found)
        if place:
            attrs["place"] = place
    return Labeled("dateline", rule, [u], attrs)


# 'Berlin, den 4. Mai', 'Paris, le 12 juin', 'Roma, il 5 maggio': the article belongs to the date.
_ARTICLE_BEFORE_DATE = re.compile(r"[\s,]+(?:den|am|le|el|il|the)\s*$", re.I)


def _place_around(text: str, found: dates.Found) -> str | None:
    before = _trim(_ARTICLE_BEFORE_DATE.sub("", text[: found.start]))
    after = _trim(text[found.end:])
    place = before or after
    return shape.clean(place) if place and len(place.split()) <= 6 and not any(c.isdigit() for c in place) else None


def _trim(place: str) -> str:
    """Punctuation around a place, but the full stop of a final initial ('Newbern N.C.')."""
    place = place.strip(" ,;-").lstrip(".")
    return place if _FINAL_INITIAL.search(place) else place.rstrip(" .")


_FINAL_INITIAL = re.compile(r"\b[A-Z]\.$")


def _written_address(u: Unit) -> bool:
    """'Birmingham Ala', '139 Wakeman Ave. / Newark N.J.' over the date: where the writer was, in a few short
    lines, not a printed letterhead (capitals, a firm's or hotel's name and trade, 'Buffalo Bill's Wild West')."""
    return len(u.lines) <= 2 and all(len(x.text.split()) <= 4 and not shape.all_caps(x.text) for x in u.lines) \
        and shape.has_letters(u.text) and "'s " not in u.text and "’s " not in u.text


def addressee_like(u: Unit) -> bool:
    """An honorific followed by a name ('Mr. Bronson Rumsey,'), not a bare title ('President')."""
    return bool(_HONORIFIC.match(u.text)) and len(u.words) >= 2 and len(u.lines[0].text.split()) <= 8


def _body(u: Unit, head: str) -> Labeled:
    if u.marker:
        return Labeled("list", "list-item", [u], {"style": u.style})
    if _short_lines(u) and _repeats_letterhead(u, head):  # printed again at the top of a later page
        return Labeled("letterhead", "letterhead-repeated", [u])
    return Labeled("paragraph", "paragraph", [u])


def _repeats_letterhead(u: Unit, head: str) -> bool:
    return bool(head) and captions.similarity(head, u.text) >= 0.5


def _closer(units: list[Unit], head: str) -> list[Labeled]:
    """Closing formula, signature, then what follows the signature."""
    first = units[0]
    lines = first.lines
    k = 1
    while k < len(lines) and not shape.ends_sentence(lines[k - 1].text) and _continues_closing(lines[k].text):
        k += 1
    closing = [sub_unit(first, lines[:k])]
    rest = ([sub_unit(first, lines[k:])] if k < len(lines) else []) + list(units[1:])
    # A closing whose second part stands on its own after a blank line.
    while k == len(lines) and rest and _goes_on(closing[-1]) and _closing_unit(rest[0]):
        closing.append(rest.pop(0))
    return _signed_and_after(rest, [Labeled("closing", "closing-formula", closing)], head)


def _signed_and_after(rest: list[Unit], out: list[Labeled], head: str) -> list[Labeled]:
    if rest and not POSTSCRIPT.match(rest[0].text) and _signature_shaped(rest[0]):
        out.append(signature(as_plain(rest[0])))
        rest = rest[1:]
    for i, u in enumerate(rest):
        if _in_list(rest, i):  # '- Peoria, Ills 13' among the writer's coming stops
            out.append(Labeled("list", "list-after", [u], {"style": u.style}))
        else:
            out.append(_after(as_plain(u), out, head))
    return out


def _in_list(units: list[Unit], i: int) -> bool:
    """Two or more items marked alike in a row make a list; one marked line alone is not ('16. Ferdinand Place')."""
    style = units[i].style if units[i].marker else None
    return style is not None and any(0 <= j < len(units) and units[j].marker and units[j].style == style
                                     for j in (i - 1, i + 1))


def _title_lines(u: Unit) -> bool:
    """'President' or 'Cashier, / The Bank of Genesee' under a signature: short capitalised lines."""
    return len(u.lines) <= 2 and all(len(x.text.split()) <= 5 and shape.title_case(x.text.split())
                                     for x in u.lines)


def _continues_closing(text: str) -> bool:
    """'thy friend,' under 'With love,': a short lower-case line ending in a comma or opening with 'from', or a formula."""
    short_lower = len(text.split()) <= 4 and text[:1].islower() and (shape.last_char(text) == ","
                                                                    or text.startswith("from "))  # 'from your Hubby'
    return short_lower or is_closing(text)


def _signature_shaped(u: Unit) -> bool:
    if _DESCRIBED.search(u.text) and len(u.words) <= 40:
        return True
    return len(u.lines) <= 4 and all(len(x.text.split()) <= LINE_WORDS_MAX for x in u.lines) and not u.marker


def signature(u: Unit) -> Labeled:
    described = bool(_DESCRIBED.search(u.text)) and len(u.words) > 3
    name = _quoted_name(u.text) if described else _name_of(u.lines[0].text)
    attrs = {"described": described}
    if name:
        attrs["name"] = name
    return Labeled("signature", "signature-described" if described else "signature-after-closing", [u], attrs)


_QUOTED = re.compile(r"[‘'“\"]([^‘'“\"’”]{3,60})[’'”\"]")


def _quoted_name(text: str) -> str | None:
    m = _QUOTED.search(text)
    return shape.clean(m.group(1)) if m and shape.is_name(m.group(1).split()) else None


def _name_of(line: str) -> str | None:
    words = line.strip(" ,.;").split()
    return shape.clean(" ".join(words)) if shape.is_name(words) else None


def _after(u: Unit, done: list[Labeled], head: str) -> Labeled:
    """After the signature: postscript, notation, repeated letterhead, postmark date, or address."""
    prev = done[-1].type if done else ""
    if POSTSCRIPT.match(u.text):
        return Labeled("postscript", "postscript-marker", [u])
    if done and done[-1].rule == "postscript-marker" and _signs_postscript(u, done[-1].units[0]):
        return Labeled("signature", "signature-postscript", [u], {"described": False})
    if all(_NOTATION.match(line.text) for line in u.lines):
        return Labeled("postscript", "postscript-notation", [u])
    if prev == "postscript" and _prose(u):
        return Labeled("postscript", "postscript-continued", [u])
    if _repeats_letterhead(u, head):
        return Labeled("letterhead", "letterhead-repeated", [u])
    if len(u.lines) <= 2 and dateline_like(u):
        return dateline(u, "dateline-after")
    if addressee_like(u) or _CARE_OF.match(u.text):
        return Labeled("address", "address-after", [u])
    if prev == "signature" and (_title_lines(u) or _describes_signer(u)):
        return Labeled("signature", "signature-title", [u], {"described": False})
    if len(u.lines) >= 2 and not shape.ends_with_stop(u.text) and not _prose(u):
        return Labeled("address", "address-after", [u])
    if len(u.lines) >= 2 and all(len(x.text.split()) <= 6 for x in u.lines):
        return Labeled("address", "address-after", [u])
    return Labeled("postscript", "postscript-after", [u])

