from convert.genres.units import units_of
from convert.reading import segment


def units(text):
    return units_of(segment(text))


def test_bullets_split_per_line_and_a_plain_line_ends_the_list():
    text = "Lead:\n\n  • one\n  • two\nCaption after the list"
    got = units(text)
    assert [(u.marker, u.text) for u in got] == [("", "Lead:"), ("•", "one"), ("•", "two"),
                                                  ("", "Caption after the list")]
    assert text[got[1].start:got[1].end] == "• one"


def test_indented_line_continues_an_item():
    got = units("- first item\n  goes on\n- second")
    assert [(u.marker, u.text) for u in got] == [("-", "first item goes on"), ("-", "second")]


def test_marker_styles():
    got = units("1. a\n2) b\n(c) c\nd. d\n* e\n– f")
    assert [u.style for u in got] == ["numbered", "numbered", "lettered", "lettered", "bulleted", "dashed"]


def test_hyphen_inside_text_is_not_a_marker():
    got = units("-not a marker\nwell-known")
    assert [u.marker for u in got] == [""]


def test_line_that_is_only_a_marker():
    got = units("•\n•")
    assert [(u.marker, u.text, u.start, u.end) for u in got] == [("•", "", 0, 1), ("•", "", 2, 3)]


def test_single_newline_paragraphs_are_one_unit_a_line():
    long = "A sentence long enough to be a paragraph of its own in scraped text, well over a hundred characters wide."
    got = units(f"{long}\n{long}\nshort line")
    assert [u.text for u in got] == [long, long, "short line"]


def test_hard_wrapped_paragraph_stays_one_unit():
    got = units("A paragraph wrapped at seventy characters, as plain-text letters and\nbooks often are, stays one paragraph.")
    assert len(got) == 1
