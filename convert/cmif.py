"""CMIF 1.1 export: the correspondence metadata of converted letters as one TEI file.

CMIF (the Correspondence Metadata Interchange Format read by correspSearch) is a TEI file
whose header holds one correspDesc per letter and whose body is an empty <p/>.
"""
from __future__ import annotations

import json
import os
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from .batch import atomic_write
from .reading.decoding import NOT_XML
from .writing.header import TEI_NS, XML_ID, sub

LICENCE = "https://creativecommons.org/licenses/by/4.0/"
_CMIF_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def letters(outdir: Path) -> Iterator[dict]:
    """The JSON records of letters under `outdir`, in path order."""
    for path in sorted(outdir.rglob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict) and record.get("genre") == "letter" and record.get("correspondence"):
            yield record


def write_cmif(outdir: Path, target: Path, *, publisher: str, url: str) -> int:
    root, count = cmif_tree(letters(outdir), publisher=publisher, url=url, date=_today())
    atomic_write(target, etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    return count


def _today() -> str:
    # CMIF requires a publication date; SOURCE_DATE_EPOCH keeps builds reproducible.
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return time.strftime("%Y-%m-%d", time.gmtime(int(epoch) if epoch.isdigit() else None))


def cmif_tree(records, *, publisher: str, url: str, date: str):
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    header = sub(root, "teiHeader")
    bibl_id = "b" + str(uuid.uuid5(uuid.NAMESPACE_URL, url))
    _file_desc(sub(header, "fileDesc"), publisher, url, date, bibl_id)
    profile = sub(header, "profileDesc")
    count = 0
    for record in records:
        _corresp_desc(profile, record, bibl_id)
        count += 1
    sub(sub(sub(root, "text"), "body"), "p")
    return root, count


def _file_desc(fd, publisher: str, url: str, date: str, bibl_id: str) -> None:
    sub(sub(fd, "titleStmt"), "title", None, "Letters converted by text2tei (CMIF index)")
    ps = sub(fd, "publicationStmt")
    sub(sub(ps, "publisher"), "ref", {"target": url}, publisher)
    sub(ps, "idno", {"type": "url"}, url)
    sub(ps, "date", {"when": date})
    sub(sub(ps, "availability"), "licence", {"target": LICENCE},
        "This file is licensed under the terms of the Creative Commons License CC-BY 4.0")
    sub(sub(fd, "sourceDesc"), "bibl", {"type": "online", XML_ID: bibl_id},
        "TEI encodings produced by text2tei")


def _corresp_desc(profile, record: dict, bibl_id: str) -> None:
    c = {k: _xml(v) if isinstance(v, str) else v for k, v in record["correspondence"].items()}
    cd = sub(profile, "correspDesc", {"key": _xml(record["id"]), "source": f"#{bibl_id}"})
    sent = sub(cd, "correspAction", {"type": "sent"})
    if c.get("sender"):
        sub(sent, "persName", None, inverted(c["sender"]))
    if c.get("place"):
        sub(sent, "placeName", None, c["place"])
    when = (c.get("date") or {}).get("when")
    if when and _CMIF_DATE.match(when):
        sub(sent, "date", {"when": when})
    received = sub(cd, "correspAction", {"type": "received"})
    if c.get("addressee"):
        sub(received, "persName", None, inverted(c["addressee"]))


def _xml(text: str) -> str:
    # Records are read back from disk: a file name's control character must not stop the index.
    return NOT_XML.sub("\ufffd", text)


def inverted(name: str) -> str:
    """'Boris Johnson' -> 'Johnson, Boris', the form correspondence indexes sort by."""
    words = name.split()
    if len(words) < 2 or "," in name:
        return name
    return f"{words[-1]}, {' '.join(words[:-1])}"
