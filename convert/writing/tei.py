"""TEI writer: one function per block kind, placed by a small container state machine.

Blocks go to the top of the division (head, byline, fw, opener), its main part (p, list,
figure, nested section divs), or its bottom (closer, postscript), as TEI's content model of
`div` requires. A block that would come out of that order is a parser bug and raises.
"""
from __future__ import annotations

from typing import assert_never

from lxml import etree

from .. import model as m
from .header import TEI_NS, XML_ID, TeiOptions, build_header, ncname, sub

_MAIN = ("paragraph", "list", "caption", "heading")
_RENDITION = {"bulleted": "#r-bullet", "dashed": "#r-dash"}


def ids(block) -> dict:
    return {XML_ID: block.id, "source": f"src:{block.span[0]},{block.span[1]}"}


def write_tei(doc: m.Document, options: TeiOptions | None = None) -> bytes:
    """Serialise a document as TEI P5; the same document always gives the same bytes."""
    return serialise(tree(doc, options or TeiOptions.from_env()))


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def tree(doc: m.Document, options: TeiOptions) -> etree._Element:
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    root.set(XML_ID, f"doc-{ncname(doc.id)}")
    root.set("{http://www.w3.org/XML/1998/namespace}lang", doc.metadata.language)
    build_header(root, doc, options)
    body = sub(sub(root, "text"), "body")
    div = sub(body, "div", {"type": doc.genre, XML_ID: doc.genre})
    Body(div).add_all(doc.blocks)
    if not len(div):
        sub(div, "p")  # a division must hold something; the source was empty
    return root


class Body:
    """Where the next block goes: top, main or bottom of the current division."""

    def __init__(self, div: etree._Element):
        self.outer = div  # the genre's division; sections are its children, never nested
        self.div = div
        self.zone = "top"
        self.opener: etree._Element | None = None
        self.closer: etree._Element | None = None
        self.figure: etree._Element | None = None
        self.last_p: tuple[str, etree._Element] | None = None
        self.sections = 0

    def add_all(self, blocks: list[m.Block]) -> None:
        for block in blocks:
            self.add(block)

    def add(self, block: m.Block) -> None:
        if block.type != "caption":
            self.figure = None
        if block.type in _MAIN:
            self._enter("main", block)
            self.opener = None
        match block:
            case m.Title():
                head(self._top(block), block)
            case m.Byline():
                phrase(self._top(block), "byline", block)
            case m.Heading():
                self.sections += 1
                self.div = sub(self.outer, "div", {"type": "section", XML_ID: f"div{self.sections}"})
                head(self.div, block)
            case m.Paragraph():
                self.last_p = (block.id, phrase(self.div, "p", block))
            case m.ListBlock():
                tei_list(self._list_parent(block), block)
            case m.Caption():
                self._caption(block)
            case m.Letterhead():
                top = self.zone == "top"
                letterhead(self._formula_parent() if self.opener is not None or not top else self.div, block, top)
            case m.Dateline():
                dateline(self._formula_parent(), block)
            case m.Address():
                address(self._formula_parent(), block)
            case m.Salutation():
                phrase(self._formula_parent(), "salute", block)
            case m.Closing():
                phrase(self._closer(), "salute", block)
            case m.Signature():
                signed(self._closer(), block)
            case m.Postscript():
                self._enter("bottom", block)
                self.closer = None
                postscript(self.div, block)
            case _:
                assert_never(block)

    def _enter(self, zone: str, block) -> None:
        order = ("top", "main", "bottom")
        if order.index(zone) < order.index(self.zone):
            raise ValueError(f"block {block.id} ({block.type}) cannot follow the {self.zone} of a division")
        self.zone = zone

    def _top(self, block) -> etree._Element:
        if self.zone != "top" or self.opener is not None:
            raise ValueError(f"block {block.id} ({block.type}) must open the division")
        return self.div

    def _formula_parent(self) -> etree._Element:
        """Datelines, addresses and salutations: the opener before the body, the closer after it."""
        if self.zone == "top":
            if self.opener is None:
                self.opener = sub(self.div, "opener")
            return self.opener
        return self._closer()

    def _closer(self) -> etree._Element:
        self.zone = "bottom"
        if self.closer is None:
            self.closer = sub(self.div, "closer")
        return self.closer

    def _list_parent(self, block: m.ListBlock) -> etree._Element:
        if block.lead_in and self.last_p and self.last_p[0] == block.lead_in:
            return self.last_p[1]
        return self.div

    def _caption(self, block: m.Caption) -> None:
        if block.role == "caption" or self.figure is None:
            self.figure = sub(self.div, "figure", {XML_ID: block.figure})
            head(self.figure, block, type="caption")
        else:
            el = phrase(self.figure, "ab", block)
            el.set("type", "restatement")
            el.set("corresp", f"#{block.figure}-cap")


def with_lines(el: etree._Element, block) -> etree._Element:
    """The block's text, its lines separated by <lb/> where it has several."""
    lines = block.lines or [block.text]
    el.text = lines[0]
    for line in lines[1:]:
        lb = sub(el, "lb")
        lb.tail = line
    return el


def phrase(parent: etree._Element, tag: str, block) -> etree._Element:
    return with_lines(sub(parent, tag, ids(block)), block)


def head(parent: etree._Element, block, type: str | None = None) -> etree._Element:
    el = phrase(parent, "head", block)
    if type:
        el.set("type", type)
    return el


def tei_list(parent: etree._Element, block: m.ListBlock) -> None:
    rend = "numbered" if block.style in ("numbered", "lettered") else "bulleted"
    el = sub(parent, "list", {**ids(block), "rend": rend, "rendition": _RENDITION.get(block.style)})
    for item in block.items:
        n = item.marker.strip("().") if rend == "numbered" else None
        sub(el, "item", {XML_ID: item.id, "n": n, "source": f"src:{item.span[0]},{item.span[1]}"}, item.text)


def letterhead(parent: etree._Element, block: m.Letterhead, top: bool) -> None:
    """Printed stationery; 'top' when it heads the letter (a repeat on an envelope has no place)."""
    with_lines(sub(parent, "fw", {**ids(block), "type": "letterhead", "place": "top" if top else None}), block)


def dateline(parent: etree._Element, block: m.Dateline) -> None:
    el = sub(parent, "dateline", ids(block))
    found = block.date and block.text.find(block.date.text)
    if block.date is None or found is None or found < 0:
        with_lines(el, block)
        return
    el.text = block.text[:found]
    date = sub(el, "date", {"when": block.date.when}, block.date.text)
    date.tail = block.text[found + len(block.date.text):]


def address(parent: etree._Element, block: m.Address) -> None:
    el = sub(parent, "address", ids(block))
    for line in block.lines or [block.text]:
        sub(el, "addrLine", None, line)


def signed(parent: etree._Element, block: m.Signature) -> None:
    if not block.described:
        phrase(parent, "signed", block)
        return
    el = sub(parent, "signed", ids(block))
    sub(sub(el, "figure", {"type": "signature"}), "figDesc", None, block.text)


def postscript(parent: etree._Element, block: m.Postscript) -> None:
    with_lines(sub(sub(parent, "postscript", ids(block)), "p"), block)
