"""XML markup written as text, indented as lxml's pretty printer indents it.

An element that holds only elements has each child on a line of its own, one level deeper; an
element with text (mixed content) is written on one line. Joining strings is many times faster
than creating elements one by one through lxml; the result is parsed once, for validation.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
STEP = "  "
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\t\n\r]')


def escape(text: str) -> str:
    # Line breaks are written as references, so no text holds a raw one and indent() can shift
    # lines of markup safely; a parser reads the references back as the characters.
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\n" in text or "\r" in text:
        text = text.replace("\n", "&#10;").replace("\r", "&#13;")
    return text


def start(tag: str, attrs: dict | None = None) -> str:
    """A start tag; attributes whose value is None are left out."""
    if not attrs:
        return f"<{tag}>"
    pairs = [(k, v) for k, v in attrs.items() if v is not None]
    if _ATTRIBUTE_SPECIAL.search("".join(v for _, v in pairs)):
        pairs = [(k, escape(v).replace('"', "&quot;").replace("\t", "&#9;")) for k, v in pairs]
    return f"<{tag}" + "".join([f' {k}="{v}"' for k, v in pairs]) + ">"


def leaf(tag: str, attrs: dict | None = None, text: str | None = None) -> str:
    """An element with text only, or empty (self-closed) when `text` is None."""
    if text is None:
        return start(tag, attrs)[:-1] + "/>"
    return f"{start(tag, attrs)}{escape(text)}</{tag}>"


def nest(tag: str, attrs: dict | None, children: Iterable[str]) -> str:
    """An element holding only elements, each child on its own line one level deeper."""
    return nest_in(start(tag, attrs), tag, children)


def nest_in(start_tag: str, tag: str, children: Iterable[str]) -> str:
    """`nest` for a start tag written already; with no children the element is self-closed."""
    inner = "".join(indent(child, 1) for child in children)
    return f"{start_tag}{inner}\n</{tag}>" if inner else start_tag[:-1] + "/>"


def indent(markup: str, depth: int) -> str:
    """Markup on a new line, `depth` levels in (its own line breaks shifted with it)."""
    pad = "\n" + STEP * depth
    return pad + markup.replace("\n", pad) if "\n" in markup else pad + markup
