"""Bad and odd inputs through the command line: every file ends cleanly, converted or failed."""
import codecs
import json
import os
import subprocess
import sys

import pytest

from convert.cli import main
from convert.validation import json_errors, tei_errors

from .conftest import REPO

TEXT = "Dear Sir,\n\nThank you for your letter of the 4th, which came this morning.\n\nYours truly,\n\nJ. Smith\n"
SMALL = {
    "empty": b"",
    "whitespace": b"  \n\t\n \r\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "nul": b"text with a \x00 in it",
    "bad-utf8": "naïve café ".encode() + b"\xc3\x28 more text here.",
    "utf16": TEXT.encode("utf-16"),
    "latin1": "Ma chère amie, voilà.\n\nÀ bientôt.".encode("latin-1"),
    "cp1252": "“Quoted” – and more…".encode("cp1252"),
    "utf8-bom": codecs.BOM_UTF8 + TEXT.encode(),
    "crlf": TEXT.replace("\n", "\r\n").encode(),
    "cr": TEXT.replace("\n", "\r").encode(),
    "controls": b"Bell \x07 and escape \x1b and delete \x7f here.\n\nNext \x0b\x0c paragraph.",
    "markup": b"<TEI> & ]]> <!DOCTYPE x [<!ENTITY a 'b'>]> &a; <![CDATA[x]]>\n\n</text>",
    "scripts": "مرحبا بالعالم\n\ne\u0301te\u0301 \U0001F600 zero\u200bwidth \u202eRTL override".encode(),
    "lone-dear": b"Dear",
    "only-markers": "•\n-\n*\n1.\n(a)\n–".encode(),
}
FAILS = {"png": "binary", "nul": "binary"}
WARNS = {"empty", "whitespace", "bad-utf8", "latin1", "cp1252", "controls", "lone-dear"}  # lone-dear: genre unsure


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    src = root / "in"
    src.mkdir()
    for name, data in SMALL.items():
        (src / f"{name}.txt").write_bytes(data)
    report = root / "report.json"
    code = main(["convert", str(src), "--out", str(root / "out"), "--report", str(report), "-j", "2", "--quiet"])
    return code, root / "out", {f["path"].rsplit("/", 1)[-1][:-4]: f for f in json.loads(report.read_text())["files"]}


def test_batch_goes_on_and_exit_code_says_some_failed(batch):
    code, _, files = batch
    assert code == 1
    assert sorted(files) == sorted(SMALL)


@pytest.mark.parametrize("name", sorted(SMALL))
def test_each_file_is_converted_validly_or_failed_without_output(batch, name):
    _, out, files = batch
    entry = files[name]
    tei, data = out / f"{name}.tei.xml", out / f"{name}.json"
    if name in FAILS:
        assert entry["status"] == "failed" and entry["code"] == FAILS[name]
        assert not tei.exists() and not data.exists()
        return
    assert entry["status"] == ("warning" if name in WARNS else "ok"), entry
    assert tei_errors(tei.read_bytes()) == [] and json_errors(data.read_bytes()) == []


def test_markup_comes_out_as_literal_text(batch):
    _, out, _ = batch
    record = json.loads((out / "markup.json").read_text())
    assert record["blocks"][0]["text"].startswith("<TEI> & ]]> <!DOCTYPE x [<!ENTITY a 'b'>]> &a;")
    assert b"&lt;TEI&gt; &amp; ]]&gt;" in (out / "markup.tei.xml").read_bytes()


def test_control_characters_are_replaced_and_reported(batch):
    _, out, files = batch
    record = json.loads((out / "controls.json").read_text())
    assert "Bell \ufffd and escape \ufffd and delete \x7f here." == record["blocks"][0]["text"]
    assert [d["code"] for d in files["controls"]["diagnostics"]] == ["not-xml-char"]


def test_utf16_and_bom_offsets_are_of_the_text(batch):
    _, out, _ = batch
    for name in ("utf16", "utf8-bom"):
        record = json.loads((out / f"{name}.json").read_text())
        assert record["source"]["bom"] and record["blocks"][0]["span"] == [0, 9]


def test_one_line_error_message(tmp_path, capsys):
    bad = tmp_path / "image.txt"
    bad.write_bytes(SMALL["png"])
    assert main(["convert", str(bad), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"text2tei: {bad}: error: binary data (NUL byte at offset 8); not a text file"
    assert "Traceback" not in "\n".join(err)


@pytest.mark.parametrize("stem, shown", [("a\x01b", "a\ufffdb"), ('Smith & "Sons" <1>', "Smith &amp; \"Sons\" &lt;1&gt;")])
def test_odd_characters_in_a_file_name(tmp_path, stem, shown):
    src = tmp_path / "in"
    src.mkdir()
    (src / f"{stem}.txt").write_bytes(TEXT.encode())
    assert main(["convert", str(src), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    tei = (tmp_path / "out" / f"{stem}.tei.xml").read_bytes()
    assert tei_errors(tei) == [] and f"TEI encoding of {shown}.txt".encode() in tei


def big_inputs():
    para = "The council met on Tuesday to discuss the new budget for the coming year. " * 6
    return {
        "20mb": ("\n\n".join([para] * (20_000_000 // len(para)))).encode(),
        "one-5mb-line": (para * (5_000_000 // len(para))).encode(),
        "100k-bullets": "\n".join(f"• item number {i}" for i in range(100_000)).encode(),
        "20k-numbered": "\n\n".join(f"{i % 999 + 1}. point {i}" for i in range(20_000)).encode(),
        "100k-formulas": "\n".join(["Dear Sir,", "Yours truly,"] * 50_000).encode(),
    }


@pytest.mark.parametrize("name", sorted(big_inputs()))
def test_large_and_pathological_inputs_finish(tmp_path, name):
    src = tmp_path / f"{name}.txt"
    src.write_bytes(big_inputs()[name])
    result = subprocess.run([sys.executable, "-m", "convert", "convert", str(src), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=180, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / f"{name}.json").exists() and "Traceback" not in result.stderr
