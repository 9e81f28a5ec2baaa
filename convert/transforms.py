"""Model-building steps: parser decisions become model blocks with ids, text and spans."""
from __future__ import annotations

from collections import Counter

from . import model as m
from .genres.units import Labeled, Unit
from .genres.shape import clean

_ID_PREFIX = {
    "title": "title", "byline": "byline", "heading": "head", "paragraph": "p", "list": "list",
    "letterhead": "letterhead", "dateline": "dateline", "address": "address", "salutation": "salute",
    "closing": "closing", "signature": "signed", "postscript": "ps",
}
_CLASSES = {cls.model_fields["type"].annotation.__args__[0]: cls for cls in m.BLOCK_TYPES}


def build_blocks(labeled: list[Labeled]) -> list[m.Block]:
    """Give each decision an id, its text and span, and make it a model block."""
    counts: Counter[str] = Counter()
    blocks: list[m.Block] = []
    for lab in labeled:
        if lab.type == "caption":
            blocks.append(_caption(lab, counts, blocks[-1] if blocks else None))
            continue
        counts[lab.type] += 1
        block_id = f"{_ID_PREFIX[lab.type]}{counts[lab.type]}"
        blocks.append(_block(lab, block_id))
    _link_lead_ins(blocks)
    return blocks


def _common(unit_list: list[Unit], block_id: str, rule: str) -> dict:
    lines = [clean(line.text) for u in unit_list for line in u.lines]
    return {
        "id": block_id,
        "text": " ".join(t for t in lines if t),
        "span": (unit_list[0].start, unit_list[-1].end),
        "rule": rule,
        "lines": lines if len(lines) > 1 else None,
    }


def _block(lab: Labeled, block_id: str) -> m.Block:
    if lab.type == "list":
        return _list(lab, block_id)
    return _CLASSES[lab.type](type=lab.type, **_common(lab.units, block_id, lab.rule), **lab.attrs)


def _list(lab: Labeled, block_id: str) -> m.ListBlock:
    items = [
        m.ListItem(type="list_item", id=f"{block_id}-i{n}", marker=u.marker, text=clean(u.text),
                   span=(u.start, u.end))
        for n, u in enumerate(lab.units, 1)
    ]
    fields = _common(lab.units, block_id, lab.rule)
    fields["lines"] = None
    fields["text"] = " ".join(i.text for i in items if i.text)
    return m.ListBlock(type="list", style=lab.attrs["style"], items=items, **fields)


def _caption(lab: Labeled, counts: Counter[str], prev: m.Block | None) -> m.Caption:
    """A restatement joins the figure of the caption right before it; anything else opens a figure."""
    if lab.attrs.get("role") == "restatement" and isinstance(prev, m.Caption) and prev.role == "caption":
        figure, role = prev.figure, "restatement"
    else:
        counts["figure"] += 1
        figure, role = f"fig{counts['figure']}", "caption"
    block_id = f"{figure}-cap" if role == "caption" else f"{figure}-re"
    return m.Caption(type="caption", figure=figure, role=role, **_common(lab.units, block_id, lab.rule))


def _link_lead_ins(blocks: list[m.Block]) -> None:
    """A list right after a paragraph ending in a colon is introduced by it."""
    for prev, block in zip(blocks, blocks[1:]):
        if isinstance(block, m.ListBlock) and isinstance(prev, m.Paragraph) and prev.text.endswith(":"):
            block.lead_in = prev.id
