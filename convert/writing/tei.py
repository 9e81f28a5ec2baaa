"""TEI writer: one function per block kind, placed by a small container state machine.

Blocks go to the top of the division (head, byline, fw, opener), its main part (p, list,
figure, section divs), or its bottom (closer, postscript; a list there goes in a postscript),
as TEI's content model of `div` requires. A block that would come out of that order is a parser
bug and raises. Blocks are written in document order, so each container is open only while
blocks still go into it.
"""
from __future__ import annotations

from typing import assert_never

from .. import model as m
from .header import TEI_NS, XML_ID, TeiOptions, build_header, ncname
from .markup import STEP, XML_DECLARATION, escape, indent, leaf, nest, nest_in, start

_MAIN = ("paragraph", "list", "caption", "heading")
# A standfirst or a list of highlights belongs to the article's head, where bylines may follow it:
# TEI's argument ("a prose description of the topics addressed") is allowed there, a bare p or list is not.
_HEAD_ROLES = ("standfirst", "highlights")
_RENDITION = {"bulleted": "#r-bullet", "dashed": "#r-dash"}
_ZONES = ("top", "main", "bottom")
DIV_DEPTH = 3  # TEI > text > body > div


def write_tei(doc: m.Document, options: TeiOptions | None = None) -> bytes:
    """Serialise a document as TEI P5; the same document always gives the same bytes."""
    return tei_markup(doc, options or TeiOptions.from_env()).encode("utf-8")


def tei_markup(doc: m.Document, options: TeiOptions) -> str:
    root = start("TEI", {"xmlns": TEI_NS, XML_ID: f"doc-{ncname(doc.id)}", "xml:lang": doc.metadata.language})
    body = Body()
    body.add_all(doc.blocks)
    div = body.division({"type": doc.genre, XML_ID: doc.genre})
    return (f"{XML_DECLARATION}{root}{indent(build_header(doc, options), 1)}\n{STEP}<text>\n{STEP * 2}<body>"
            f"{div}\n{STEP * 2}</body>\n{STEP}</text>\n</TEI>\n")


class Body:
    """Where the next block goes: top, main or bottom of the current division, or a container in it."""

    def __init__(self):
        self.pieces: list[str] = []  # the division's content, each piece on its own line(s)
        self.in_section = False  # sections are children of the genre's division, never nested
        self.container: str | None = None  # an open opener, closer or figure
        self.zone = "top"
        self.last_p: tuple[str, int] | None = None  # id and piece index of the last paragraph
        self.sections = 0

    def division(self, attrs: dict) -> str:
        """The division's markup, once every block is added."""
        self._close_section()
        if not self.pieces:
            self.pieces.append(indent("<p/>", DIV_DEPTH + 1))  # a division must hold something; the source was empty
        return f"\n{STEP * DIV_DEPTH}{start('div', attrs)}{''.join(self.pieces)}\n{STEP * DIV_DEPTH}</div>"

    def add_all(self, blocks: list[m.Block]) -> None:
        for block in blocks:
            self.add(block)

    def add(self, block: m.Block) -> None:
        if getattr(block, "role", None) in _HEAD_ROLES:
            self._top(block, argument(block))
            return
        if block.type in _MAIN and not (block.type == "list" and self.zone == "bottom"):
            self._enter("main", block)
        match block:
            case m.Title():
                self._top(block, phrase("head", block))
            case m.Byline():
                self._top(block, phrase("byline", block))
            case m.Heading():
                self._section(block)
            case m.Paragraph():
                self._put(phrase("p", block))
                self.last_p = (block.id, len(self.pieces) - 1)
            case m.ListBlock():
                self._list(block)
            case m.Caption():
                self._caption(block)
            case m.Letterhead():
                top = self.zone == "top"
                markup = letterhead(block, top)
                # Heading the letter, or printed again at the top of a later page, between paragraphs.
                if self.zone == "main" or (top and self.container != "opener"):
                    self._put(markup)
                else:
                    self._formula(markup)
            case m.Dateline():
                self._formula(dateline(block))
            case m.Address():
                self._formula(address(block))
            case m.Salutation():
                self._formula(phrase("salute", block))
            case m.Closing():
                self._closer(phrase("salute", block))
            case m.Signature():
                self._closer(signed(block))
            case m.Postscript():
                self._enter("bottom", block)
                self._put(postscript(block))
            case _:
                assert_never(block)

    def _enter(self, zone: str, block) -> None:
        if _ZONES.index(zone) < _ZONES.index(self.zone):
            raise ValueError(f"block {block.id} ({block.type}) cannot follow the {self.zone} of a division")
        self.zone = zone

    def _depth(self) -> int:
        return DIV_DEPTH + 1 + self.in_section

    def _put(self, markup: str) -> None:
        """Write markup into the division itself."""
        self._close_container()
        self.pieces.append(indent(markup, self._depth()))

    def _into(self, tag: str, markup: str, new_attrs: dict | None = None) -> None:
        """Write markup into the open `tag` container, opening one first if there is none (or `new_attrs`)."""
        if self.container != tag or new_attrs is not None:
            self._close_container()
            self.pieces.append(indent(start(tag, new_attrs), self._depth()))
            self.container = tag
        self.pieces.append(indent(markup, self._depth() + 1))

    def _close_container(self) -> None:
        if self.container is not None:
            self.pieces.append(f"\n{STEP * self._depth()}</{self.container}>")
            self.container = None

    def _top(self, block, markup: str) -> None:
        if self.zone != "top" or self.container is not None:
            raise ValueError(f"block {block.id} ({block.type}) must open the division")
        self._put(markup)

    def _close_section(self) -> None:
        self._close_container()
        if self.in_section:
            self.pieces.append(f"\n{STEP * (DIV_DEPTH + 1)}</div>")
            self.in_section = False

    def _section(self, block: m.Heading) -> None:
        self._close_section()
        self.sections += 1
        self.pieces.append(indent(start("div", {"type": "section", XML_ID: f"div{self.sections}"}), DIV_DEPTH + 1))
        self.in_section = True
        self._put(phrase("head", block))

    def _formula(self, markup: str) -> None:
        """Datelines, addresses and salutations: the opener before the body, the closer after it."""
        if self.zone == "top":
            self._into("opener", markup)
        else:
            self._closer(markup)

    def _closer(self, markup: str) -> None:
        self.zone = "bottom"
        self._into("closer", markup)

    def _list(self, block: m.ListBlock) -> None:
        if block.lead_in and self.last_p and self.last_p[0] == block.lead_in:
            # A list introduced by a paragraph goes inside it, in its mixed content.
            at = self.last_p[1]
            self.pieces[at] = self.pieces[at][: -len("</p>")] + tei_list(block, inline_items=True) + "</p>"
        elif self.zone == "bottom":  # after the closer TEI allows no bare list: it is a postscript's
            self._put(nest_in("<postscript>", "postscript", [tei_list(block, inline_items=False)]))
        else:
            self._put(tei_list(block, inline_items=False))

    def _caption(self, block: m.Caption) -> None:
        if block.role == "caption" or self.container != "figure":
            self._into("figure", phrase("head", block, ' type="caption"'), {XML_ID: block.figure})
        else:
            self._into("figure", phrase("ab", block, f' type="restatement" corresp="#{block.figure}-cap"'))


def with_lines(block) -> str:
    """The block's text as mixed content, its lines separated by <lb/> where it has several."""
    return "<lb/>".join(map(escape, block.lines or [block.text]))


def _open(tag: str, block, extra: str = "") -> str:
    # Ids are letters, digits and hyphens and spans are numbers: these values never need escaping.
    return f'<{tag} xml:id="{block.id}" source="src:{block.span[0]},{block.span[1]}"{extra}>'


def phrase(tag: str, block, extra: str = "") -> str:
    return f"{_open(tag, block, extra)}{with_lines(block)}</{tag}>"


def tei_list(block: m.ListBlock, inline_items: bool) -> str:
    numbered = block.style in ("numbered", "lettered")
    rendition = _RENDITION.get(block.style)
    extra = f' rend="{"numbered" if numbered else "bulleted"}"' + (f' rendition="{rendition}"' if rendition else "")
    # A marker is digits or one letter in brackets or with a stop; stripped, it needs no escaping.
    items = [f'<item xml:id="{item.id}"' + (f' n="{item.marker.strip("().")}"' if numbered else "")
             + f' source="src:{item.span[0]},{item.span[1]}">{escape(item.text)}</item>' for item in block.items]
    if inline_items:
        return f"{_open('list', block, extra)}{''.join(items)}</list>"
    return nest_in(_open("list", block, extra), "list", items)


def argument(block: m.Paragraph | m.ListBlock) -> str:
    inner = phrase("p", block) if block.type == "paragraph" else tei_list(block, inline_items=False)
    return nest("argument", None, [inner])


def letterhead(block: m.Letterhead, top: bool) -> str:
    """Printed stationery; 'top' when it heads the letter (a repeat on an envelope has no place)."""
    return phrase("fw", block, ' type="letterhead" place="top"' if top else ' type="letterhead"')


def dateline(block: m.Dateline) -> str:
    found = block.date and block.text.find(block.date.text)
    if block.date is None or found is None or found < 0:
        return phrase("dateline", block)
    date = leaf("date", {"when": block.date.when}, block.date.text)
    before, after = block.text[:found], block.text[found + len(block.date.text):]
    return f"{_open('dateline', block)}{escape(before)}{date}{escape(after)}</dateline>"


def address(block: m.Address) -> str:
    lines = [leaf("addrLine", None, line) for line in block.lines or [block.text]]
    return nest_in(_open("address", block), "address", lines)


def signed(block: m.Signature) -> str:
    if not block.described:
        return phrase("signed", block)
    figure = nest("figure", {"type": "signature"}, [leaf("figDesc", None, block.text)])
    return nest_in(_open("signed", block), "signed", [figure])


def postscript(block: m.Postscript) -> str:
    return nest_in(_open("postscript", block), "postscript", [f"<p>{with_lines(block)}</p>"])
