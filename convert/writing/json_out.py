"""JSON writer: the model as it is, with a stable field order."""
from __future__ import annotations

from ..model import Document


def write_json(doc: Document) -> bytes:
    return doc.model_dump_json(indent=2, exclude_none=True).encode("utf-8") + b"\n"
