"""TEI writer on a hand-made model: placement of each block kind, ids and offsets."""
import pytest
from hypothesis import given, strategies as st
from lxml import etree

import convert
from convert import model as m
from convert.validation import tei_errors
from convert.writing.header import TeiOptions
from convert.writing.tei import write_tei

NS = {"t": "http://www.tei-c.org/ns/1.0"}
SOURCE = m.Source(path="in/x.txt", sha256="0" * 64, encoding="utf-8", bytes=10, length=10, newlines="LF")


def document(genre, blocks, **extra):
    return m.Document(
        schema_version=m.SCHEMA_VERSION, id="x", genre=genre, converter=m.Converter(name="text2tei", version="9.9"),
        source=SOURCE, metadata=m.Metadata(title="T", title_is_incipit=False, language="en"),
        detection=m.Detection(genre=genre, forced=True, confidence=1, cues=[]), blocks=blocks, diagnostics=[],
        **extra)


def b(kind, id_, span=(0, 1), text="x", **kw):
    cls = {c.model_fields["type"].annotation.__args__[0]: c for c in m.BLOCK_TYPES}[kind]
    return cls(type=kind, id=id_, text=text, span=span, rule="test", **kw)


def xml(doc, options=None):
    return etree.fromstring(write_tei(doc, options or TeiOptions()))


def test_article_layout():
    blocks = [
        b("title", "title1"), b("byline", "byline1"), b("paragraph", "p1", text="Lead:"),
        m.ListBlock(type="list", id="list1", text="a b", span=(5, 9), rule="t", style="bulleted", lead_in="p1",
                    items=[m.ListItem(type="list_item", id="list1-i1", marker="•", text="a", span=(5, 6)),
                           m.ListItem(type="list_item", id="list1-i2", marker="•", text="b", span=(7, 9))]),
        b("caption", "fig1-cap", figure="fig1", role="caption"),
        b("caption", "fig1-re", figure="fig1", role="restatement"),
        b("heading", "head1"), b("paragraph", "p2"), b("heading", "head2"), b("paragraph", "p3"),
    ]
    root = xml(document("article", blocks))
    div = root.find(".//t:body/t:div", NS)
    assert [etree.QName(c).localname for c in div] == ["head", "byline", "p", "figure", "div", "div"]
    assert div.find("t:p/t:list", NS).get("rendition") == "#r-bullet"
    assert [i.get("source") for i in div.iterfind("t:p/t:list/t:item", NS)] == ["src:5,6", "src:7,9"]
    fig = div.find("t:figure", NS)
    assert fig.get("{http://www.w3.org/XML/1998/namespace}id") == "fig1"
    assert [(etree.QName(c).localname, c.get("type")) for c in fig] == [("head", "caption"), ("ab", "restatement")]
    assert fig.find("t:ab", NS).get("corresp") == "#fig1-cap"
    for section in div.findall("t:div", NS):
        assert section.get("type") == "section" and [etree.QName(c).localname for c in section] == ["head", "p"]


def test_standfirst_and_highlights_are_arguments_in_the_head():
    blocks = [
        b("title", "title1"),
        m.ListBlock(type="list", id="list1", text="a", span=(2, 5), rule="t", style="bulleted", role="highlights",
                    items=[m.ListItem(type="list_item", id="list1-i1", marker="•", text="a", span=(2, 5))]),
        b("paragraph", "p1", role="standfirst"), b("byline", "byline1"), b("paragraph", "p2"),
    ]
    tei = write_tei(document("article", blocks), TeiOptions())
    div = etree.fromstring(tei).find(".//t:body/t:div", NS)
    assert [etree.QName(c).localname for c in div] == ["head", "argument", "argument", "byline", "p"]
    assert div[1].find("t:list/t:item", NS).text == "a" and div[2].find("t:p", NS).get("source") == "src:0,1"
    from convert.validation import tei_errors
    assert tei_errors(tei) == []


def test_letter_layout():
    blocks = [
        b("letterhead", "letterhead1", text="A B", lines=["A", "B"]),
        b("dateline", "dateline1", text="London, 25 November 2021",
          date=m.DateValue(text="25 November 2021", when="2021-11-25")),
        b("salutation", "salute1"), b("paragraph", "p1"), b("closing", "closing1"),
        b("signature", "signed1", text="A handwritten signature", described=True),
        b("address", "address1", text="Mr A Town", lines=["Mr A", "Town"]), b("postscript", "ps1"),
    ]
    div = xml(document("letter", blocks)).find(".//t:body/t:div", NS)
    assert [etree.QName(c).localname for c in div] == ["fw", "opener", "p", "closer", "postscript"]
    assert div.find("t:fw", NS).get("place") == "top" and len(div.find("t:fw", NS)) == 1  # one <lb/>
    date = div.find("t:opener/t:dateline/t:date", NS)
    assert (date.get("when"), date.text, date.getparent().text) == ("2021-11-25", "25 November 2021", "London, ")
    closer = div.find("t:closer", NS)
    assert [etree.QName(c).localname for c in closer] == ["salute", "signed", "address"]
    assert closer.find("t:signed/t:figure/t:figDesc", NS).text == "A handwritten signature"
    assert [a.text for a in closer.iterfind("t:address/t:addrLine", NS)] == ["Mr A", "Town"]


def test_letterhead_repeated_between_paragraphs_stays_there_and_validates():
    blocks = [b("letterhead", "letterhead1"), b("salutation", "salute1"), b("paragraph", "p1"),
              b("letterhead", "letterhead2"), b("paragraph", "p2"), b("closing", "closing1")]
    data = write_tei(document("letter", blocks), TeiOptions())
    div = etree.fromstring(data).find(".//t:body/t:div", NS)
    assert [etree.QName(c).localname for c in div] == ["fw", "opener", "p", "fw", "p", "closer"]
    assert div[3].get("place") is None
    assert not tei_errors(data)


def test_every_block_has_its_id_and_span():
    doc = convert.convert_text("Title Here\n\nBody text of the article goes here.", genre="article")
    root = xml(doc)
    for block in doc.blocks:
        el = root.find(f".//*[@{{http://www.w3.org/XML/1998/namespace}}id='{block.id}']")
        assert el is not None and el.get("source") == f"src:{block.span[0]},{block.span[1]}"


def test_body_block_after_the_closer_is_a_bug():
    blocks = [b("closing", "closing1"), b("paragraph", "p1")]
    with pytest.raises(ValueError):
        write_tei(document("letter", blocks), TeiOptions())


def test_header_options_and_reproducible_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    root = xml(document("article", [b("paragraph", "p1")]),
               TeiOptions.from_env(authority="City Archive", availability="free", rights="CC BY 4.0"))
    ps = root.find(".//t:publicationStmt", NS)
    assert ps.find("t:authority", NS).text == "City Archive"
    assert ps.find("t:date", NS).get("when") == "2023-11-14"
    assert ps.find("t:availability", NS).get("status") == "free"
    assert root.find(".//t:revisionDesc/t:change", NS).get("when") == "2023-11-14"


def test_no_date_without_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = xml(document("article", [b("paragraph", "p1")]), TeiOptions.from_env())
    assert root.find(".//t:publicationStmt/t:date", NS) is None
    assert root.find(".//t:availability", NS).get("status") == "unknown"


def test_header_records_provenance():
    root = xml(document("article", [b("paragraph", "p1")]))
    bibl = root.find(".//t:sourceDesc/t:bibl", NS)
    assert bibl.find("t:idno[@type='sha256']", NS).text == "0" * 64
    assert bibl.find("t:idno[@type='filename']", NS).text == "x.txt"
    assert root.find(".//t:appInfo/t:application", NS).get("version") == "9.9"
    assert root.find(".//t:prefixDef", NS).get("replacementPattern") == "x.txt#char=$1,$2"
    assert root.find(".//t:catRef", NS).get("target") == "#genre.news-article"


def minimal(cls):
    kind = cls.model_fields["type"].annotation.__args__[0]
    extra = {"caption": {"figure": "fig1", "role": "caption"},
             "list": {"style": "dashed", "items": [m.ListItem(type="list_item", id="list1-i1", marker="-",
                                                              text="x", span=(0, 3))]}}.get(kind, {})
    return cls(type=kind, id=f"{kind}1", text="x", span=(0, 3), rule="t", **extra)


@pytest.mark.parametrize("cls", m.BLOCK_TYPES, ids=lambda c: c.__name__)
def test_every_block_type_is_written_and_valid(cls):
    from convert.validation import tei_errors

    doc = document("letter" if cls in (m.Closing, m.Signature, m.Postscript) else "article", [minimal(cls)])
    tei = write_tei(doc, TeiOptions())
    assert b'source="src:0,3"' in tei and tei_errors(tei) == []


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff"
                                                         + "".join(map(chr, [*range(1, 9), 11, 12, *range(14, 32)]))),
               max_size=30), st.text(alphabet="a&<>\"'\n\r\t ]]>", max_size=30))
def test_markup_reads_back_as_the_same_text_and_attribute(text, value):
    from convert.writing.markup import indent, leaf, nest

    el = etree.fromstring(nest("a", None, [leaf("b", {"k": value}, text)]))
    assert el[0].text == (text or None) and el[0].get("k") == value
    assert etree.fromstring(indent(leaf("b", None, text), 2).lstrip()).text == (text or None)
