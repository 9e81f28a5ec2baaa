"""The document model: the single source of truth between the parsers and the writers.

The JSON output is this model dumped as it is, and `schemas/document.schema.json` is
generated from it. Nothing here knows about reading, parsing or writing.
"""
from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from .diagnostics import Diagnostic

SCHEMA_VERSION = "1.1"
SCHEMA_ID = "https://text2tei.org/schemas/document-1.1.schema.json"

Span = Annotated[
    tuple[int, int],
    Field(description="[start, end): zero-based, end-exclusive code-point offsets into the decoded source text."),
]
Genre = Literal["article", "letter"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DateValue(_Strict):
    """A date as written in the source, with its ISO 8601 form where it could be worked out."""

    text: str = Field(description="The date exactly as written (whitespace collapsed).")
    when: str | None = Field(
        default=None,
        description="ISO 8601 form: YYYY, YYYY-MM or YYYY-MM-DD, keeping only what is known.",
    )


class _Block(_Strict):
    type: str = Field(description="Block type.")  # each kind narrows it to its literal; declared here to come first
    id: str = Field(description="Identifier, unique in the document and the same as the TEI xml:id.")
    text: str = Field(
        description="The span's text with whitespace runs collapsed to one space and list markers removed; "
        "characters XML cannot hold are replaced by U+FFFD."
    )
    span: Span
    rule: str = Field(description="Name of the parser rule that classified the block, for tracing a wrong label.")
    lines: list[str] | None = Field(
        default=None, description="The block's lines, when it spans more than one (addresses, letterheads...)."
    )


class Title(_Block):
    """The headline of an article."""

    type: Literal["title"] = Field(description="Block type.")


class Byline(_Block):
    """The author line of an article ('By Jane Doe')."""

    type: Literal["byline"] = Field(description="Block type.")


class Heading(_Block):
    """A subheading that opens a section of an article."""

    type: Literal["heading"] = Field(description="Block type.")


class Paragraph(_Block):
    """A body paragraph."""

    type: Literal["paragraph"] = Field(description="Block type.")
    role: Literal["standfirst"] | None = Field(
        default=None, description="'standfirst' for the summary right under an article's headline."
    )


class Caption(_Block):
    """A photo caption, or the reworded restatement of one; both belong to one figure."""

    type: Literal["caption"] = Field(description="Block type.")
    figure: str = Field(description="Identifier of the figure the caption belongs to.")
    role: Literal["caption", "restatement"] = Field(
        description="'caption' for the caption itself, 'restatement' for a reworded copy that follows it."
    )


class ListItem(_Strict):
    """One item of a list; its span includes its marker."""

    type: Literal["list_item"] = Field(description="Block type.")
    id: str = Field(description="Identifier, unique in the document and the same as the TEI xml:id.")
    marker: str = Field(description="The item's marker as written ('•', '-', '1.', '(a)').")
    text: str = Field(description="The item's text without its marker, whitespace collapsed.")
    span: Span


class ListBlock(_Block):
    """A bulleted, dashed, numbered or lettered list."""

    type: Literal["list"] = Field(description="Block type.")
    style: Literal["bulleted", "dashed", "numbered", "lettered"] = Field(description="How items are marked.")
    items: list[ListItem] = Field(description="The items, in order.")
    lead_in: str | None = Field(
        default=None, description="Identifier of the paragraph that introduces the list ('...:'), if any."
    )
    role: Literal["highlights"] | None = Field(
        default=None, description="'highlights' for a bulleted list of key points under an article's headline."
    )


class Letterhead(_Block):
    """Printed sender heading of a letter (organisation, address, office), or its repeat on an envelope."""

    type: Literal["letterhead"] = Field(description="Block type.")


class Dateline(_Block):
    """The date of a letter, with or without a place."""

    type: Literal["dateline"] = Field(description="Block type.")
    date: DateValue | None = Field(default=None, description="The date found in the line, if any.")
    place: str | None = Field(default=None, description="The place written with the date, if any.")


class Address(_Block):
    """A recipient's name and address: inside address, address at the foot, or envelope."""

    type: Literal["address"] = Field(description="Block type.")


class Salutation(_Block):
    """The greeting that opens a letter ('Dear Sir:')."""

    type: Literal["salutation"] = Field(description="Block type.")


class Closing(_Block):
    """The valediction ('Yours sincerely,')."""

    type: Literal["closing"] = Field(description="Block type.")


class Signature(_Block):
    """The signer's name and title lines, or a description of a handwritten signature."""

    type: Literal["signature"] = Field(description="Block type.")
    name: str | None = Field(default=None, description="The signer's name, where it can be read off.")
    described: bool = Field(
        default=False, description="True when the text describes a handwritten signature instead of giving it."
    )


class Postscript(_Block):
    """Text after the signature that is neither an address nor a letterhead ('P.S. ...')."""

    type: Literal["postscript"] = Field(description="Block type.")


Block = Annotated[
    Union[
        Title, Byline, Heading, Paragraph, Caption, ListBlock, Letterhead, Dateline,
        Address, Salutation, Closing, Signature, Postscript,
    ],
    Field(discriminator="type"),
]


class Source(_Strict):
    """Provenance of the input."""

    path: str | None = Field(default=None, description="The input path as given, or null for text passed in directly.")
    sha256: str = Field(description="SHA-256 of the input bytes, lower-case hex.")
    encoding: str = Field(description="The encoding the bytes were decoded with.")
    bom: bool = Field(default=False, description="True when the bytes started with a byte-order mark.")
    bytes: int = Field(description="Size of the input in bytes.")
    length: int = Field(description="Length of the decoded text in code points (BOM excluded).")
    newlines: Literal["LF", "CRLF", "CR", "mixed", "none"] = Field(description="The line endings found.")


class Metadata(_Strict):
    """What is known about the document as a whole."""

    title: str = Field(description="The title, or the incipit when the text has none.")
    title_is_incipit: bool = Field(description="True when `title` is the incipit, not a headline.")
    language: str = Field(description="BCP 47 tag of the main language guessed from the text; 'und' if unsure.")
    date: DateValue | None = Field(default=None, description="The document's date, where stated.")


class Detection(_Strict):
    """How the genre was decided."""

    genre: Genre = Field(description="The genre the document was parsed as.")
    forced: bool = Field(description="True when the genre was given by the user, not detected.")
    confidence: float = Field(ge=0, le=1, description="Confidence of the detection, 0 to 1.")
    cues: list[str] = Field(description="The structural cues that decided it, strongest first.")


class Correspondence(_Strict):
    """Who wrote to whom, where and when (letters only); unknown values are left out."""

    sender: str | None = Field(default=None, description="Name of the sender.")
    addressee: str | None = Field(default=None, description="Name of the addressee.")
    place: str | None = Field(default=None, description="Place the letter was sent from.")
    date: DateValue | None = Field(default=None, description="Date of sending.")


class Converter(_Strict):
    """The program that made this record."""

    name: Literal["text2tei"] = Field(description="Program name.")
    version: str = Field(description="Program version.")


class Document(_Strict):
    """A plain-text document separated into its parts."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"$id": SCHEMA_ID})

    schema_version: Literal["1.1"] = Field(
        description="Version of this JSON contract (1.1 added `role` on paragraphs and lists)."
    )
    id: str = Field(description="Document identifier: the input file's stem.")
    genre: Genre = Field(description="The document's genre.")
    converter: Converter = Field(description="The program and version that made this record.")
    source: Source = Field(description="Where the input came from: path, checksum, encoding, size.")
    metadata: Metadata = Field(description="Document-level metadata.")
    detection: Detection = Field(description="The genre decision with its confidence and cues.")
    correspondence: Correspondence | None = Field(default=None, description="Correspondence metadata (letters).")
    blocks: list[Block] = Field(description="The document's blocks, flat, in document order.")
    diagnostics: list[Diagnostic] = Field(description="Warnings about this document.")


BLOCK_TYPES = (
    Title, Byline, Heading, Paragraph, Caption, ListBlock, Letterhead, Dateline,
    Address, Salutation, Closing, Signature, Postscript,
)
