"""Properties over arbitrary text: conversion never raises, nothing is lost, outputs round-trip."""
import json
import re

from hypothesis import HealthCheck, given, settings, strategies as st
from lxml import etree

import convert
from convert.model import Document
from convert.validation import json_errors, tei_errors

TEI = "{http://www.tei-c.org/ns/1.0}"
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
LINE_PIECES = st.sampled_from([
    "Dear Sir,", "Yours truly,", "John Smith", "By Jane Doe", "• ", "- ", "1. ", "(a) ", "P.S. ",
    "Credit: Reuters", "(pictured)", "Pictured: ", "25 November 2021", "Mr. Bronson Rumsey,", "\u200b",
    "مرحبا", "e\u0301", "😀", "<TEI>", "&amp;", "]]>", "\x01", "\x7f", "\ufeff", " ", "\t", "\u00a0", "\ud800",
])
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
TEXTS = st.lists(st.one_of(LINE_PIECES, WORDS, st.sampled_from(["\n", "\n\n", "\r\n", "\r"])),
                 max_size=40).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def leaves(doc):
    for block in doc.blocks:
        if block.type == "list":
            yield from block.items
        else:
            yield block


@FAST
@given(TEXTS, st.sampled_from([None, "article", "letter"]))
def test_every_non_space_character_lies_in_exactly_one_leaf(text, genre):
    doc = convert.convert_text(text, genre=genre)
    owners = [0] * len(text)
    previous_end = 0
    for leaf in leaves(doc):
        start, end = leaf.span
        assert 0 <= previous_end <= start <= end <= len(text)
        previous_end = end
        for k in range(start, end):
            owners[k] += 1
    for k, ch in enumerate(text):
        assert owners[k] <= 1 if ch.isspace() else owners[k] == 1, (k, ch)


@FAST
@given(TEXTS)
def test_block_spans_enclose_list_items_and_text_matches_span(text):
    doc = convert.convert_text(text)
    for block in doc.blocks:
        if block.type == "list":
            assert block.span[0] == block.items[0].span[0] and block.span[1] == block.items[-1].span[1]
        else:
            region = text[block.span[0]:block.span[1]]
            assert block.text == NOT_XML.sub("\ufffd", " ".join(region.split()))


@FAST
@given(TEXTS, st.sampled_from([None, "article", "letter"]))
def test_outputs_are_valid_and_json_round_trips(text, genre):
    doc = convert.convert_text(text, genre=genre)
    data = convert.write_json(doc)
    assert Document.model_validate_json(data) == doc
    assert json_errors(data) == []
    assert tei_errors(convert.write_tei(doc)) == []


def without_markers(text, doc):
    cut = sorted((i.span[0], i.span[0] + len(i.marker)) for b in doc.blocks if b.type == "list" for i in b.items)
    kept, pos = [], 0
    for start, end in cut:
        kept.append(text[pos:start])
        pos = end
    return "".join(kept) + text[pos:]


@FAST
@given(TEXTS, st.sampled_from([None, "article", "letter"]))
def test_tei_text_has_the_characters_of_the_source_in_order(text, genre):
    doc = convert.convert_text(text, genre=genre)
    body = etree.fromstring(convert.write_tei(doc)).find(f"{TEI}text")
    expected = NOT_XML.sub("\ufffd", "".join(without_markers(text, doc).split()))
    assert "".join("".join(body.itertext()).split()) == expected


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_conversion_is_deterministic(text):
    a, b = convert.convert_text(text), convert.convert_text(text)
    assert convert.write_tei(a) == convert.write_tei(b) and convert.write_json(a) == convert.write_json(b)
    assert json.loads(convert.write_json(a))["source"]["length"] == len(text)


SHAPED_BLOCKS = st.sampled_from([
    "THE IRMA HOTEL\nCody, Wyoming\nMarch 3, 1903", "10 DOWNING STREET\nLONDON SW1A 2AA", "25 November 2021",
    "Mr. John Smith,\nBuffalo, N. Y.", "Dear Sir:", "My dear Sir:\nThe first line of the letter.",
    "The council met on Tuesday to discuss the new budget for the coming year.",
    "A man walks past the shops in Leeds, England, May 2, 2020", "Protesters gather outside (pictured)",
    "The mayor speaks at the town hall Credit: Reuters", "What happens next?", "Council Approves Budget",
    "By Jane Doe\nUpdated 3 March 2020", "In a series of developments:", "• one\n• two\nA line after",
    "- a;\n- b; and\n- c.", "1. first\n\n2. second", "(a) x\n(b) y", "Yours truly,\nJohn Smith",
    "With love,\nthy friend,", "Respectfully Yours,", "Louis F. McLean\nCashier,", "President",
    "A handwritten signature in black ink, appearing to be 'Boris Johnson'.", "P.S. One more thing.",
    "JS/MB\nEnclosures (2)", "His Excellency Monsieur le President Emmanuel Macron", "Walt Whitman",
])
SHAPED = st.lists(st.tuples(SHAPED_BLOCKS, st.sampled_from(["\n\n", "\n", "\n\n\n"])), max_size=14).map(
    lambda parts: "".join(block + sep for block, sep in parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SHAPED, st.sampled_from([None, "article", "letter"]))
def test_shaped_documents_lose_nothing_and_stay_valid(text, genre):
    from .coverage import assert_nothing_lost

    doc = convert.convert_text(text, genre=genre)
    assert_nothing_lost(text, doc)
    assert tei_errors(convert.write_tei(doc)) == []
