"""Bytes to text: encoding, BOM, binary detection, and characters XML cannot hold."""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, InputError, warning

MAX_BYTES = 64 * 1024 * 1024

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF: not XML 1.0 characters.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


@dataclass
class Decoded:
    text: str
    encoding: str
    bom: bool
    sha256: str
    size: int
    newlines: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


def decode(data: bytes) -> Decoded:
    """Decode input bytes; raise InputError for what is not text."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    text, encoding, bom, diags = _decode_text(data)
    diags += not_xml_warnings(text)
    return Decoded(text, encoding, bom, hashlib.sha256(data).hexdigest(), len(data), newline_style(text), diags)


def read_file(path: str | os.PathLike) -> bytes:
    """The bytes of a file, refused before reading when it is over MAX_BYTES."""
    # One open and one read for the common case; a size check first, so a huge file is never loaded.
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if size > MAX_BYTES:
            raise _too_large(size)
        chunks, total = [], 0
        while chunk := os.read(fd, max(size - total, 0) + 65536):  # special files report size 0
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_BYTES:
                raise _too_large(total)
    finally:
        os.close(fd)
    return b"".join(chunks)


def _too_large(size: int) -> InputError:
    return InputError("too-large", f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit; split it")


def path_text(path: str | os.PathLike) -> str:
    """A path as text for records and messages; bytes of the name that are not UTF-8 become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def from_text(text: str) -> Decoded:
    """A Decoded for text passed in as a string; its checksum is that of its UTF-8 form."""
    data = text.encode("utf-8", errors="surrogatepass")
    return Decoded(text, "utf-8", False, hashlib.sha256(data).hexdigest(), len(data), newline_style(text),
                   not_xml_warnings(text))


def _decode_text(data: bytes) -> tuple[str, str, bool, list[Diagnostic]]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom):], name) + (True, [])
    _reject_binary(data)
    try:
        return data.decode("utf-8"), "utf-8", False, []
    except UnicodeDecodeError as err:
        return _decode_damaged(data, err)


def _decode_with_bom(body: bytes, name: str) -> tuple[str, str]:
    try:
        return body.decode(name), name
    except UnicodeDecodeError as err:
        raise InputError("bad-encoding", f"starts with a {name} byte-order mark but is not valid {name} "
                         f"(byte {err.start}); re-save it as UTF-8") from None


def _reject_binary(data: bytes) -> None:
    head = data[:65536]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError("binary", f"binary data (NUL byte at offset {nul}); not a text file")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # deleting them is how C counts fastest
    if controls > max(8, len(head) // 4):
        raise InputError("binary", "binary data (over a quarter control bytes); not a text file")


def _decode_damaged(data: bytes, err: UnicodeDecodeError) -> tuple[str, str, bool, list[Diagnostic]]:
    """Not valid UTF-8: UTF-8 with a few bad bytes, or a legacy 8-bit encoding."""
    text = data.decode("utf-8", errors="replace")
    if _has_utf8_multibyte(data):
        where = len(data[: err.start].decode("utf-8", errors="replace"))
        count = text.count("\ufffd")
        msg = (f"invalid UTF-8 (first bad byte at byte {err.start}); {count} undecodable "
               f"byte sequence(s) replaced by U+FFFD")
        return text, "utf-8", False, [warning("invalid-utf8", msg, (where, where + 1))]
    for name in ("cp1252", "latin-1"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        msg = f"not UTF-8; decoded as {name} (guessed); convert the file to UTF-8 if this is wrong"
        return text, name, False, [warning("encoding-guessed", msg)]
    raise AssertionError("latin-1 decodes any bytes")


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_utf8_multibyte(data: bytes) -> bool:
    return _UTF8_MULTIBYTE.search(data) is not None


def xml_safe(text: str) -> str:
    """Replace characters XML cannot hold by U+FFFD."""
    # Every such character is unprintable: printable text, the usual case, needs no regex pass.
    return text if text.isprintable() else NOT_XML.sub("\ufffd", text)


def not_xml_warnings(text: str) -> list[Diagnostic]:
    """One warning for all characters XML 1.0 cannot hold; the first ones are named with their offsets."""
    hits = [m.start() for m in NOT_XML.finditer(text)]
    if not hits:
        return []
    shown = ", ".join(f"U+{ord(text[i]):04X} at {i}" for i in hits[:5])
    more = f" and {len(hits) - 5} more" if len(hits) > 5 else ""
    msg = f"{len(hits)} character(s) that XML cannot hold replaced by U+FFFD in the output: {shown}{more}"
    return [warning("not-xml-char", msg, (hits[0], hits[-1] + 1))]


def newline_style(text: str) -> str:
    if "\r" not in text:  # the usual case, without counting three times
        return "LF" if "\n" in text else "none"
    crlf = text.count("\r\n")
    counts = {"CRLF": crlf, "CR": text.count("\r") - crlf, "LF": text.count("\n") - crlf}
    found = [name for name, n in counts.items() if n]
    if not found:
        return "none"
    return found[0] if len(found) == 1 else "mixed"
