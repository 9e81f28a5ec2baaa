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

from .batch import atomic_write
from .reading.decoding import xml_safe
from .writing.header import TEI_NS, XML_ID
from .writing.markup import XML_DECLARATION, leaf, nest

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
    markup, count = cmif_markup(letters(outdir), publisher=publisher, url=url, date=_today())
    atomic_write(target, markup.encode("utf-8"))
    return count


def _today() -> str:
    # CMIF requires a publication date; SOURCE_DATE_EPOCH keeps builds reproducible.
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return time.strftime("%Y-%m-%d", time.gmtime(int(epoch) if epoch.isdigit() else None))


def cmif_markup(records, *, publisher: str, url: str, date: str) -> tuple[str, int]:
    publisher, url = xml_safe(publisher), xml_safe(url)  # given on the command line
    bibl_id = "b" + str(uuid.uuid5(uuid.NAMESPACE_URL, url))
    letters = [_corresp_desc(record, bibl_id) for record in records]
    header = nest("teiHeader", None, [_file_desc(publisher, url, date, bibl_id), nest("profileDesc", None, letters)])
    text = nest("text", None, [nest("body", None, [leaf("p")])])
    return XML_DECLARATION + nest("TEI", {"xmlns": TEI_NS}, [header, text]) + "\n", len(letters)


def _file_desc(publisher: str, url: str, date: str, bibl_id: str) -> str:
    licence = leaf("licence", {"target": LICENCE},
                   "This file is licensed under the terms of the Creative Commons License CC-BY 4.0")
    return nest("fileDesc", None, [
        nest("titleStmt", None, [leaf("title", None, "Letters converted by text2tei (CMIF index)")]),
        nest("publicationStmt", None, [
            nest("publisher", None, [leaf("ref", {"target": url}, publisher)]),
            leaf("idno", {"type": "url"}, url),
            leaf("date", {"when": date}),
            nest("availability", None, [licence]),
        ]),
        nest("sourceDesc", None, [leaf("bibl", {"type": "online", XML_ID: bibl_id}, "TEI encodings produced by text2tei")]),
    ])


def _corresp_desc(record: dict, bibl_id: str) -> str:
    c = {k: xml_safe(v) if isinstance(v, str) else v for k, v in record["correspondence"].items()}
    sent = []
    if c.get("sender"):
        sent.append(leaf("persName", None, inverted(c["sender"])))
    if c.get("place"):
        sent.append(leaf("placeName", None, c["place"]))
    when = (c.get("date") or {}).get("when")
    if when and _CMIF_DATE.match(when):
        sent.append(leaf("date", {"when": when}))
    received = [leaf("persName", None, inverted(c["addressee"]))] if c.get("addressee") else []
    return nest("correspDesc", {"key": xml_safe(record["id"]), "source": f"#{bibl_id}"}, [
        nest("correspAction", {"type": "sent"}, sent), nest("correspAction", {"type": "received"}, received)])


def inverted(name: str) -> str:
    """'Boris Johnson' -> 'Johnson, Boris', the form correspondence indexes sort by."""
    words = name.split()
    if len(words) < 2 or "," in name:
        return name
    return f"{words[-1]}, {' '.join(words[:-1])}"
