"""The conversion pipeline: read -> segment -> classify -> build model -> (write, validate)."""
from __future__ import annotations

from pathlib import Path

from . import __version__, model as m
from .diagnostics import Diagnostic, warning
from .genres import detect_genre, forget_document, parser_for, units_of
from .metadata import correspondence_of, metadata_of
from .reading import Decoded, decode, from_text, path_text, read_file, segment
from .transforms import build_blocks

UNSURE_BELOW = 0.35


def convert_text(text: str, *, name: str = "document", genre: str | None = None) -> m.Document:
    """Convert a string. `genre` forces 'article' or 'letter'; None detects it."""
    return convert_decoded(from_text(text), name=name, genre=genre, path=None)


def convert_file(path: str | Path, *, genre: str | None = None) -> m.Document:
    """Read and convert one file; raises InputError for input that is not convertible text."""
    path = Path(path)
    decoded = decode(read_file(path))
    shown = path_text(path)
    return convert_decoded(decoded, name=Path(shown).stem, genre=genre, path=shown)


def convert_decoded(decoded: Decoded, *, name: str, genre: str | None, path: str | None) -> m.Document:
    forget_document()
    units = units_of(segment(decoded.text))
    diagnostics = list(decoded.diagnostics)
    detection = _detect(units, genre, diagnostics)
    blocks = build_blocks(parser_for(detection.genre)(units))
    if not blocks:
        diagnostics.append(warning("empty", "the text is empty or only whitespace; the record has no blocks"))
    source = m.Source(path=path, sha256=decoded.sha256, encoding=decoded.encoding, bom=decoded.bom,
                      bytes=decoded.size, length=len(decoded.text), newlines=decoded.newlines)
    return m.Document(
        schema_version=m.SCHEMA_VERSION, id=name, genre=detection.genre,
        converter=m.Converter(name="text2tei", version=__version__), source=source,
        metadata=metadata_of(blocks, decoded.text), detection=detection,
        correspondence=correspondence_of(blocks) if detection.genre == "letter" else None,
        blocks=blocks, diagnostics=diagnostics,
    )


def _detect(units, genre: str | None, diagnostics: list[Diagnostic]) -> m.Detection:
    if genre is not None:
        parser_for(genre)
        return m.Detection(genre=genre, forced=True, confidence=1.0, cues=["given by the user"])
    found, confidence, cues = detect_genre(units)
    if confidence < UNSURE_BELOW and units:
        diagnostics.append(warning("genre-unsure", f"genre detection unsure ({confidence:.2f}); parsed as "
                                   f"{found}; use --genre to force it"))
    return m.Detection(genre=found, forced=False, confidence=confidence, cues=cues)

