"""Genre registry and detection. Adding a genre: one parser module and one line in GENRES."""
from __future__ import annotations

from collections.abc import Callable

from .article import parse_article
from .detect import detect_genre
from .letter import parse_letter
from .units import Labeled, Unit, units_of

GENRES: dict[str, Callable[[list[Unit]], list[Labeled]]] = {
    "article": parse_article,
    "letter": parse_letter,
}


class UnknownGenre(ValueError):
    def __init__(self, name: str):
        super().__init__(f"unknown genre {name!r}; known genres: {', '.join(GENRES)}")


def parser_for(genre: str) -> Callable[[list[Unit]], list[Labeled]]:
    try:
        return GENRES[genre]
    except KeyError:
        raise UnknownGenre(genre) from None


__all__ = ["GENRES", "UnknownGenre", "parser_for", "detect_genre", "units_of", "Labeled", "Unit"]
