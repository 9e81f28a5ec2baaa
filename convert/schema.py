"""The JSON Schema of the output, generated from the model (draft 2020-12)."""
from __future__ import annotations

import json

from .model import SCHEMA_ID, Document

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict:
    schema = Document.model_json_schema(mode="serialization")
    return {"$schema": DIALECT, "$id": SCHEMA_ID, **{k: v for k, v in schema.items() if k != "$id"}}


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
