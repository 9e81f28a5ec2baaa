"""The committed JSON Schema is the one generated from the model, and it describes every field."""
import json

import jsonschema

from convert.schema import json_schema, json_schema_text

from .conftest import REPO


def test_committed_schema_matches_the_model():
    committed = (REPO / "schemas" / "document.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(), "regenerate with: text2tei schema json > schemas/document.schema.json"


def test_schema_is_draft_2020_12_with_an_id():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema" and schema["$id"].startswith("https://")


def test_every_field_has_a_description():
    missing = []

    def walk(node, where):
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                if "description" not in prop:
                    missing.append(f"{where}.{name}")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    walk(json_schema(), "")
    assert missing == []


def test_block_types_are_the_contract():
    schema = json.loads(json_schema_text())
    types = sorted(d["properties"]["type"]["const"] for d in schema["$defs"].values()
                   if "type" in d.get("properties", {}) and "const" in d["properties"]["type"])
    assert types == sorted(["title", "byline", "heading", "paragraph", "caption", "list", "list_item",
                            "letterhead", "dateline", "address", "salutation", "closing", "signature",
                            "postscript"])
