"""Grouping list items into lists, for every genre."""
from __future__ import annotations

import re

from .units import Labeled

_ORDINAL = re.compile(r"\d+|[a-zA-Z]")


def group_lists(labels: list[Labeled]) -> list[Labeled]:
    """Join consecutive list items of one style (numbers in sequence) into one list."""
    out: list[Labeled] = []
    for lab in labels:
        prev = out[-1] if out else None
        if lab.type == "list" and prev is not None and prev.type == "list" and _continues(prev, lab):
            prev.units.extend(lab.units)
        else:
            out.append(Labeled(lab.type, lab.rule, list(lab.units), dict(lab.attrs)))
    return out


def _continues(lst: Labeled, item: Labeled) -> bool:
    if lst.attrs["style"] != item.attrs["style"]:
        return False
    if lst.attrs["style"] in ("numbered", "lettered"):
        return _ordinal(item.unit.marker) == _ordinal(lst.units[-1].marker) + 1
    return True


def _ordinal(marker: str) -> int:
    m = _ORDINAL.search(marker)
    token = m.group() if m else "0"
    return int(token) if token.isdigit() else ord(token.lower()) - ord("a") + 1
