"""Document-level metadata: language, title or incipit."""
import pytest
from hypothesis import given, strategies as st

import convert
from convert.metadata import LANGUAGE_SAMPLE, guess_language

SAMPLES = {
    "en": "The committee said that it was not ready to vote on the plan, and the members went home for the night.",
    "fr": "Le comité a dit que la réunion est reportée et que les membres ne sont pas dans la salle pour le vote.",
    "de": "Der Ausschuss sagte, dass die Sitzung nicht stattfindet und die Mitglieder sich auf den Weg machen.",
    "es": "El comité dijo que la reunión no se celebra y que los miembros se van a casa por la noche con el plan.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_language_of_a_paragraph(lang):
    assert guess_language(SAMPLES[lang]) == lang


def test_too_few_words_or_no_stopwords_is_undetermined():
    assert guess_language("Hello there") == "und"
    assert guess_language("Xylophone quartz jumbo vortex wizard kayak fjord nymph glyph crwth") == "und"


def test_the_opening_decides_the_language():
    french = (SAMPLES["fr"] + " ") * (LANGUAGE_SAMPLE // len(SAMPLES["fr"]) + 1)
    assert guess_language(french + SAMPLES["en"] * 50) == "fr"


def test_title_or_incipit():
    doc = convert.convert_text("Storm Closes Harbour\n\nBy Ann Lee\n\n" + SAMPLES["en"], genre="article")
    assert (doc.metadata.title, doc.metadata.title_is_incipit, doc.metadata.language) == (
        "Storm Closes Harbour", False, "en")
    doc = convert.convert_text(SAMPLES["en"] + "\n\n" + SAMPLES["en"], genre="article")
    assert doc.metadata.title_is_incipit and doc.metadata.title == " ".join(SAMPLES["en"].split()[:12]) + "…"


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_words_are_found_as_by_the_unicode_rule(text):
    from convert.metadata import _ASCII_TOKEN, _TOKEN

    assert _ASCII_TOKEN.findall(text) == _TOKEN.findall(text)
