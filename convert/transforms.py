"""Model-building steps: parser decisions become model blocks with ids, text and spans."""
from __future__ import annotations

from collections import Counter

from pydantic import TypeAdapter

from . import model as m
from .genres.units import Labeled, Unit
from .genres.shape import clean
from .reading.decoding import xml_safe

_ID_PREFIX = {
    "title": "title", "byline": "byline", "heading": "head", "paragraph": "p", "list": "list",
    "letterhead": "letterhead", "dateline": "dateline", "address": "address", "salutation": "salute",
    "closing": "closing", "signature": "signed", "postscript": "ps",
}
# Blocks are gathered as plain records and validated in one call: one pass through pydantic-core
# costs a fraction of building each block object on its own.
_BLOCKS = TypeAdapter(list[m.Block])


def build_blocks(labeled: list[Labeled]) -> list[m.Block]:
    """Give each decision an id, its text and span, and make it a model block."""
    counts: Counter[str] = Counter()
    records: list[dict] = []
    for lab in labeled:
        if lab.type == "caption":
            records.append(_caption(lab, counts, records[-1] if records else None))
            continue
        counts[lab.type] += 1
        records.append(_block(lab, f"{_ID_PREFIX[lab.type]}{counts[lab.type]}"))
    _link_lead_ins(records)
    return _BLOCKS.validate_python(records)


def _common(unit_list: list[Unit], block_id: str, rule: str) -> dict:
    if len(unit_list) == 1 and len(unit_list[0].lines) == 1:
        lines = [xml_safe(unit_list[0].text)]  # a one-line unit's text is its line, whitespace collapsed
    else:
        lines = [clean(line.text) for u in unit_list for line in u.lines]
    return {
        "id": block_id,
        "text": " ".join(t for t in lines if t),
        "span": (unit_list[0].start, unit_list[-1].end),
        "rule": rule,
        "lines": lines if len(lines) > 1 else None,
    }


def _block(lab: Labeled, block_id: str) -> dict:
    if lab.type == "list":
        return _list(lab, block_id)
    return {"type": lab.type, **_common(lab.units, block_id, lab.rule), **lab.attrs}


def _list(lab: Labeled, block_id: str) -> dict:
    items = [
        {"type": "list_item", "id": f"{block_id}-i{n}", "marker": u.marker, "text": xml_safe(u.text),
         "span": (u.start, u.end)}
        for n, u in enumerate(lab.units, 1)
    ]
    fields = _common(lab.units, block_id, lab.rule)
    fields["lines"] = None
    fields["text"] = " ".join(i["text"] for i in items if i["text"])
    return {"type": "list", "style": lab.attrs["style"], "role": lab.attrs.get("role"), "items": items, **fields}


def _caption(lab: Labeled, counts: Counter[str], prev: dict | None) -> dict:
    """A restatement joins the figure of the caption right before it; anything else opens a figure."""
    if lab.attrs.get("role") == "restatement" and prev and prev["type"] == "caption" and prev["role"] == "caption":
        figure, role = prev["figure"], "restatement"
    else:
        counts["figure"] += 1
        figure, role = f"fig{counts['figure']}", "caption"
    block_id = f"{figure}-cap" if role == "caption" else f"{figure}-re"
    return {"type": "caption", "figure": figure, "role": role, **_common(lab.units, block_id, lab.rule)}


def _link_lead_ins(records: list[dict]) -> None:
    """A list right after a paragraph ending in a colon is introduced by it."""
    for prev, record in zip(records, records[1:]):
        if record["type"] == "list" and prev["type"] == "paragraph" and prev["text"].endswith(":"):
            record["lead_in"] = prev["id"]
