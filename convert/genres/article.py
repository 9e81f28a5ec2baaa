"""Article parser: an ordered chain of small rules over units, then list and figure grouping.

Each rule looks at one unit in its context (neighbours, position, what came before) and
returns a decision or None; a unit that no rule claims is a paragraph.
"""
from __future__ import annotations

import re

from . import captions, dates, shape
from .lists import group_lists
from .units import Labeled, Unit, as_plain

# Link and sign-up lines of web pages: no caption, whatever their shape.
_BOILERPLATE = re.compile(r"^(?:Read|Also read|Continue reading|More|Related|See also|Sign up|Subscribe|Click here|Learn more|"
                          r"Go to|Back to|Powered by|Expand|Lire)\b", re.IGNORECASE)
# 'By Jane Doe', 'by: Jane Doe', 'Text by ...'; 'Par', 'Von', 'Por' in French, German, Spanish and Portuguese.
BYLINE = re.compile(r"^(?:(?:By|BY|by|(?:Text|Written|Words|Reporting|Story|Posted|Published) by|Par|Von|Por)\s*:?\s+"
                    r"[A-Z\u00c0-\u024f\u3040-\u30ff\u4e00-\u9fff]|(?:作者|记者|撰文)\s*[︱|｜:：/]\s*\S)")
# 'MOSCOW (AP) — ...', 'LONDON, June 3 (Reuters) - ...': the body's first paragraph, however close to a caption.
_WIRE_LEDE = re.compile(r"[A-Z][A-Z .'-]{1,30}\b(?:,[^—–(]{1,30})?\s*(?:\([\w .]{2,30}\)\s*)?[—–-]{1,2}\s")
_FINAL_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}$")
HEADING_MAX_WORDS = 15
HEADING_MAX_CHARS = 120
# Up to this many words an unpunctuated line is a subheading even where captions carry no credit;
# photo captions run longer.
SHORT_HEADING = 9


# What may stand between a headline and the body: bylines, a standfirst, a list of highlights
# (the TEI writer puts all three in the division's head).
_HEAD_ROLES = ("standfirst", "highlights")


class Context:
    """One unit in its place: its neighbour below, what came before, whether captions carry credits."""

    __slots__ = ("i", "credits", "credited", "unit", "next", "prev_type", "prev_rule", "in_head")

    def __init__(self, units: list[Unit], i: int, done: list[Labeled], credits: tuple[str, ...], credited: bool,
                 in_head: bool):
        # Plain attributes, set once: every rule reads them, for every unit.
        self.i, self.credits, self.credited, self.in_head = i, credits, credited, in_head
        self.unit = units[i]
        self.next = units[i + 1] if i + 1 < len(units) else None
        self.prev_type = done[-1].type if done else ""
        self.prev_rule = done[-1].rule if done else ""


def _label(ctx: Context, type_: str, rule: str, **attrs) -> Labeled:
    return Labeled(type_, rule, [ctx.unit], attrs)


def rule_list_item(ctx: Context) -> Labeled | None:
    u = ctx.unit
    if not u.marker:
        return None
    if _numbered_heading(ctx):
        return Labeled("heading", "heading-numbered", [as_plain(u)])
    if ctx.in_head and u.style in ("bulleted", "dashed"):  # key points under the headline
        return _label(ctx, "list", "list-item", style=u.style, role="highlights")
    return _label(ctx, "list", "list-item", style=u.style)


def _numbered_heading(ctx: Context) -> bool:
    """'21) Star Wars: The Last Jedi' over paragraphs about it: a numbered section of a listicle, not a list."""
    u, nxt = ctx.unit, ctx.next
    return (u.style == "numbered" and ctx.prev_type != "list" and len(u.lines) == 1 and nxt is not None
            and not nxt.marker and nxt.blank_before and heading_shaped(u.text, u.words) and len(nxt.words) > 15
            and shape.ends_sentence(nxt.text))


def rule_title(ctx: Context) -> Labeled | None:
    u = ctx.unit
    if ctx.i or ctx.next is None or len(u.lines) > 1 or not 1 <= len(u.words) <= 30:
        return None
    # A headline may end in '!' ('... -- STOLEN!!!'), not in a full stop but after initials ('N.Y.C.').
    if shape.last_char(u.text) in ".…:;," and not _FINAL_INITIALS.search(u.text) or strong_caption_cue(u.text):
        return None
    return _label(ctx, "title", "title-first-line")


def rule_byline(ctx: Context) -> Labeled | None:
    u = ctx.unit
    first = u.lines[0].text
    if not ctx.in_head or len(u.lines) > 2 or shape.ends_with_stop(first):
        return None
    # 'By ...' says what it is wherever it stands in the head; a bare name only right under the
    # headline or its standfirst.
    # 'Le Monde | 04.05.2015 | Par Martin Untersinger': the credit may be one part of a line.
    if any(BYLINE.match(part.strip()) and len(part.split()) <= 15 for part in first.split("|")):
        return _label(ctx, "byline", "byline-by")  # a second line is its date or role
    # 'Last updated September 14, 2016': when, not who; a longer line ending in its date is a caption.
    if len(u.lines) == 1 and len(u.words) <= 15 and dates.find_date(first) \
            and not (len(u.words) > 6 and captions.trailing_date(first)):
        return _label(ctx, "byline", "byline-date")
    if not (ctx.prev_type == "title" or ctx.prev_rule == "standfirst"):
        return None
    if shape.is_name(first.split(), most=6) and (len(u.lines) == 1 or _short_note(u.lines[1].text)):
        return _label(ctx, "byline", "byline-name")
    return None


def _short_note(line: str) -> bool:
    """A byline's second line: a date or a role, a few words without a full stop."""
    return len(line.split()) <= 8 and not shape.ends_with_stop(line)


def rule_standfirst(ctx: Context) -> Labeled | None:
    """Right under the headline, an unpunctuated sentence without a strong photo cue is the standfirst."""
    u = ctx.unit
    if ctx.prev_type not in ("title", "byline") or shape.ends_sentence(u.text):
        return None
    if len(u.words) >= 8 and not strong_caption_cue(u.text):
        return _label(ctx, "paragraph", "standfirst", role="standfirst")
    return None


def rule_caption_cues(ctx: Context) -> Labeled | None:
    cues = caption_cues(ctx)
    if len(cues) < 2 or _link_line(ctx.unit.text):
        return None
    return _label(ctx, "caption", "caption:" + "+".join(sorted(set(cues), key=cues.index)), role="caption")


def rule_heading(ctx: Context) -> Labeled | None:
    u, nxt = ctx.unit, ctx.next
    if nxt is None or len(u.lines) > 1 or not heading_shaped(u.text, u.words) or _link_line(u.text):
        return None
    if strong_caption_cue(u.text) or _page_credit(ctx) or captions.trailing_date(u.text) \
            or captions.restates(u.text, nxt.text):
        return None
    if ctx.prev_type in ("heading", "title"):
        return None
    if nxt.marker:
        return _label(ctx, "heading", "heading-before-list")
    words = u.words
    short = shape.word_count(u.text, words) <= SHORT_HEADING or u.text.endswith("?") or shape.title_case(words) or shape.all_caps(u.text)
    if short or ctx.credited:
        return _label(ctx, "heading", "heading-short-line")
    return None


def rule_paragraph(ctx: Context) -> Labeled:
    return _label(ctx, "paragraph", "paragraph")


RULES = (rule_list_item, rule_title, rule_byline, rule_heading, rule_standfirst, rule_caption_cues)


def strong_caption_cue(text: str) -> bool:
    return captions.credit_tail(text) or captions.pictured(text)


def _page_credit(ctx: Context) -> bool:
    return bool(ctx.credits) and ctx.unit.text.endswith(ctx.credits)


def _link_line(text: str) -> bool:
    """'Read more: ...', '[Read: ...]': a link to another page, set as a line of its own."""
    return bool(_BOILERPLATE.match(text.lstrip("["))) or (text[0] == "[" and text[-1] == "]")


def heading_shaped(text: str, words: list[str]) -> bool:
    # The length in characters too: Chinese and Japanese write a whole paragraph without a space.
    return (1 <= len(words) and shape.word_count(text, words) <= HEADING_MAX_WORDS and len(text) <= HEADING_MAX_CHARS
            and shape.last_char(text) not in ".!…,;:" and (text[0] not in shape.OPENERS or _quote_then_more(text))
            and shape.has_letters(text)  # '1 / 5', '___': a counter or a rule
            and not text[0].islower() and not shape.sentence_breaks(text))  # 'Really dude? I mean, ...'


_QUOTE_CLOSERS = "".join(c for c in shape.CLOSERS if c not in ")]")  # closing quotes, not brackets


def _quote_then_more(text: str) -> bool:
    """'“Thumper” ($20)', '‘Freeze-thaws’ linked to ...': a quoted name inside the line, not a quotation."""
    ends = [i for i in (text.find(c, 1) for c in _QUOTE_CLOSERS) if i > 0]
    return bool(ends) and bool(text[min(ends) + 1:].strip())


def caption_cues(ctx: Context) -> list[str]:
    """The caption cues of the current unit, strong ones twice; two or more make a caption."""
    u, text = ctx.unit, ctx.unit.text
    cues = []
    if captions.credit_tail(text) or _page_credit(ctx):
        cues += ["credit", "credit"]
    if captions.pictured(text):
        cues += ["pictured", "pictured"]
    if captions.trailing_date(text) and len(u.words) > 6:  # a bare date line is no caption
        cues.append("place-date")
    unpunctuated = _open_ended(text) and len(u.words) >= 6
    if unpunctuated:
        cues.append("no-stop")
        if not shape.sentence_breaks(text) and not ctx.credited:
            cues.append("one-sentence")
    # Being reworded by the next unit only counts with another cue, so it is checked last.
    if len(cues) == 1 and ctx.next is not None and not ctx.next.marker and captions.restates(text, ctx.next.text):
        cues.append("restated")
    if text[0] in shape.OPENERS:
        cues = [c for c in cues if c in ("credit", "pictured")]
    return cues


def _open_ended(text: str) -> bool:
    """No sentence stop at the end, nor a colon (which opens what follows: a quote, a list)."""
    return shape.last_char(text) not in ".!?…:"


def parse_article(units: list[Unit]) -> list[Labeled]:
    texts = [u.text for u in units if not u.marker]
    credits = captions.repeated_credits(texts)  # '(Lucy Akins)' under each picture
    credited = bool(credits) or any(map(captions.credit_tail, texts))
    done: list[Labeled] = []
    in_head = False  # under the headline, before the body
    for i in range(len(units)):
        lab = _decide(Context(units, i, done, credits, credited, in_head))
        in_head = lab.type == "title" or (in_head and _heads(lab))
        done.append(lab)
    return group_lists(pair_restatements(caption_clusters(done)))


def _heads(lab: Labeled) -> bool:
    return lab.type == "byline" or lab.attrs.get("role") in _HEAD_ROLES


def _decide(ctx: Context) -> Labeled:
    for rule in RULES:
        lab = rule(ctx)
        if lab is not None:
            return lab
    return rule_paragraph(ctx)  # what no rule claims


def pair_restatements(labels: list[Labeled]) -> list[Labeled]:
    """A unit right after a caption that rewords it is that caption's restatement."""
    for prev, lab in zip(labels, labels[1:]):
        is_caption = prev.type == "caption" and prev.attrs.get("role") == "caption"
        if is_caption and lab.type in ("caption", "paragraph") and not _WIRE_LEDE.match(lab.text) \
                and captions.restates(prev.text, lab.text):
            lab.type, lab.rule, lab.attrs = "caption", "restatement", {"role": "restatement"}
    return labels


def caption_clusters(labels: list[Labeled]) -> list[Labeled]:
    """An unpunctuated line between captions is one more caption (captions gather at the end)."""
    for i, lab in enumerate(labels):
        if lab.type != "paragraph" or lab.rule == "standfirst" or not _open_ended(lab.text) \
                or len(lab.unit.words) < 6 or _link_line(lab.text):
            continue
        around = labels[max(0, i - 1): i] + labels[i + 1: i + 2]
        if any(x.type == "caption" for x in around):
            lab.type, lab.rule, lab.attrs = "caption", "caption-cluster", {"role": "caption"}
    return labels
