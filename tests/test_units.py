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


def test_in_wrapped_text_a_line_cut_mid_sentence_runs_on_over_a_marker():
    text = ("Pouring gasoline on an already hot economy has resulted in faster growth\n"
            "— the economy expanded at an annualized rate of 4.2 percent in the\nsecond quarter.")
    assert [u.marker for u in units(text)] == [""]
    wrapped = ("1. French border force officials will assist in patrolling beaches and\n"
               "other roads. If France rejects this, the UK may fund private security.\n"
               "2. Allow the UK to return migrants who cross the Channel directly to\nFrance.")
    assert [(u.marker, u.text[:12]) for u in units(wrapped)] == [("1.", "French borde"), ("2.", "Allow the UK")]
    assert units(wrapped)[0].text.endswith("private security.")


def test_a_short_item_does_not_run_on_into_the_line_under_it():
    got = units("- one\n- two\nCaption after the list")
    assert [(u.marker, u.text) for u in got] == [("-", "one"), ("-", "two"), ("", "Caption after the list")]
