import codecs

import pytest
from hypothesis import given, strategies as st

from convert.diagnostics import InputError
from convert.reading import decode, segment
from convert.reading import segmenting
from convert.reading.decoding import newline_style


def test_utf8_plain_and_with_bom():
    assert decode("Café\n".encode()).text == "Café\n"
    got = decode(codecs.BOM_UTF8 + "Café".encode())
    assert (got.text, got.encoding, got.bom) == ("Café", "utf-8", True)


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(codec):
    got = decode("Straße\nnext".encode(codec))
    assert got.text == "Straße\nnext" and got.bom and got.encoding.startswith(codec)


def test_cp1252_is_detected_with_a_warning_naming_it():
    got = decode("“Quoted” café – dash".encode("cp1252"))
    assert got.text == "“Quoted” café – dash"
    assert got.encoding == "cp1252"
    assert [d.code for d in got.diagnostics] == ["encoding-guessed"]
    assert "cp1252" in got.diagnostics[0].message


def test_latin1_bytes_cp1252_cannot_decode_fall_back_to_latin1():
    got = decode(b"caf\xe9 \x81")
    assert got.encoding == "latin-1" and got.text == "café \x81"


def test_a_bad_byte_in_utf8_text_is_replaced_and_located():
    data = "naïve ".encode() + b"\xff" + " text".encode()
    got = decode(data)
    assert got.encoding == "utf-8" and got.text == "naïve \ufffd text"
    (diag,) = got.diagnostics
    assert diag.code == "invalid-utf8" and diag.span == (6, 7)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"abc\x00def"])
def test_binary_is_rejected(data):
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.code == "binary"


def test_mostly_control_bytes_is_binary():
    with pytest.raises(InputError):
        decode(bytes(range(1, 9)) * 20)


def test_too_large(monkeypatch):
    monkeypatch.setattr("convert.reading.decoding.MAX_BYTES", 10)
    with pytest.raises(InputError) as err:
        decode(b"x" * 11)
    assert err.value.code == "too-large"


def test_characters_xml_cannot_hold_are_reported_with_offsets():
    got = decode(b"ab\x01cd\x0bef")
    (diag,) = got.diagnostics
    assert diag.code == "not-xml-char" and diag.span == (2, 6)
    assert "U+0001 at 2" in diag.message and "U+000B at 5" in diag.message
    assert got.text == "ab\x01cd\x0bef"  # spans refer to the text as read


def test_checksum_and_size_are_of_the_bytes():
    import hashlib

    data = codecs.BOM_UTF8 + b"abc"
    got = decode(data)
    assert got.sha256 == hashlib.sha256(data).hexdigest() and got.size == 6 and got.text == "abc"


@pytest.mark.parametrize("text,style", [("a\nb", "LF"), ("a\r\nb\r\n", "CRLF"), ("a\rb", "CR"),
                                        ("a\r\nb\nc", "mixed"), ("abc", "none")])
def test_newline_styles(text, style):
    assert newline_style(text) == style


def test_segments_and_spans_with_crlf_and_cr():
    text = "Title  \r\n\r\n  First line\r\nsecond\rthird\n\n\nLast"
    segs = segment(text)
    assert [[text[line.start:line.end] for line in s.lines] for s in segs] == [
        ["Title"], ["First line", "second", "third"], ["Last"]]
    assert [s.blank_before for s in segs] == [0, 1, 2]
    assert segs[1].lines[0].indent == 2


def test_whitespace_only_text_has_no_segments():
    assert segment(" \n\t\n\u00a0 ") == []


@given(st.text(alphabet="ab \t\r\n\x0b\x0c\u2028\u00a0", max_size=40))
def test_split_lines_agree_with_matching_lines(text):
    # The split paths serve LF-only and CRLF-only texts; line by line matching is the reference.
    for sample in (text.replace("\r", ""), text.replace("\r", "").replace("\n", "\r\n"), text):
        assert segmenting.lines_of(sample) == segmenting._match_lines(sample)


def test_a_file_over_the_limit_is_refused_by_its_size(tmp_path, monkeypatch):
    from convert.reading import read_file

    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 100)
    assert read_file(path) == b"x" * 100
    monkeypatch.setattr("convert.reading.decoding.MAX_BYTES", 99)
    with pytest.raises(InputError) as err:
        read_file(path)
    assert err.value.code == "too-large" and "100 bytes" in err.value.message


@given(st.text(alphabet="a é\t\x01\x0b\x1f\x7f\u200b\ud800\udfff\ufffe\uffff\U0001F600", max_size=20))
def test_xml_safe_replaces_exactly_what_xml_cannot_hold(text):
    from convert.reading.decoding import NOT_XML, xml_safe

    assert xml_safe(text) == NOT_XML.sub("\ufffd", text)
