"""Genre registry and detection. Adding a genre: one parser module and one line in GENRES."""
from __future__ import annotations

from collections.abc import Callable

from . import captions, shape
from .article import parse_article
from .detect import detect_genre
from .letter import parse_letter
from .units import Labeled, Unit, units_of

GENRES: dict[str, Callable[[list[Unit]], list[Labeled]]] = {
    "article": parse_article,
    "letter": parse_letter,
}


_PER_DOCUMENT_CACHES = (captions.terms, captions.credit_tail, captions.pictured, captions.trailing_date,
                        shape.sentence_breaks)


def forget_document() -> None:
    """Cue caches hold one document's texts; clearing them keeps memory flat and timings honest."""
    for cached in _PER_DOCUMENT_CACHES:
        cached.cache_clear()


class UnknownGenre(ValueError):
    def __init__(self, name: str):
        super().__init__(f"unknown genre {name!r}; known genres: {', '.join(GENRES)}")


def parser_for(genre: str) -> Callable[[list[Unit]], list[Labeled]]:
    try:
        return GENRES[genre]
    except KeyError:
        raise UnknownGenre(genre) from None


__all__ = ["GENRES", "forget_document", "UnknownGenre", "parser_for", "detect_genre", "units_of", "Labeled", "Unit"]
