"""Article parser on small inputs: each cue, and inputs where a cue must not fire."""
import re

import pytest
from hypothesis import given, strategies as st

import convert
from convert.genres import captions
from convert.validation import tei_errors

from .coverage import assert_nothing_lost

P1 = "The council met on Tuesday to discuss the new budget for the coming year."
P2 = "Members argued for three hours before a vote was finally taken late at night."
P3 = "The mayor said the result was a fair compromise for everyone in the town."


def kinds(text, genre="article"):
    doc = convert.convert_text(text, genre=genre)
    assert_nothing_lost(text, doc)
    return [(b.type, getattr(b, "role", None)) if b.type == "caption" else b.type for b in doc.blocks]


def blocks(text):
    doc = convert.convert_text(text, genre="article")
    assert_nothing_lost(text, doc)
    return doc.blocks


def test_title_and_by_byline():
    got = kinds(f"Council Approves Budget After Long Night\n\nBy Jane Doe\n\n{P1}\n\n{P2}")
    assert got == ["title", "byline", "paragraph", "paragraph"]


def test_bare_name_byline_under_the_headline():
    assert kinds(f"Council approves budget after long night\n\nJane Doe\n\n{P1}")[:2] == ["title", "byline"]


@pytest.mark.parametrize("credit", ["By Jane Doe and John Roe", "Posted by Andrew Hayden, Software Engineer",
                                    "Published by The Android Team"])
def test_credit_lines_are_the_byline(credit):
    assert kinds(f"Budget passes\n\n{credit}\n\n{P1}")[:2] == ["title", "byline"]


def test_byline_under_the_standfirst():
    standfirst = "Thousands lose power as winds of up to 90mph batter the south coast"
    got = blocks(f"Storm hits coast\n\n{standfirst}\n\nBy Jane Doe, Reporter\n\n{P1}")
    assert [(x.type, getattr(x, "role", None)) for x in got[:3]] == [
        ("title", None), ("paragraph", "standfirst"), ("byline", None)]
    assert kinds(f"Storm hits coast\n\n{standfirst}\n\nJane Doe\n\n{P1}")[2] == "byline"


def test_byline_under_a_list_of_highlights():
    got = blocks(f"Storm hits coast\n\n• Winds of 90mph\n• Homes without power\n\nBy JANE DOE FOR THE PAPER\n\n{P1}")
    assert [x.type for x in got] == ["title", "list", "byline", "paragraph"]
    assert got[1].role == "highlights"


def test_numbered_steps_under_the_headline_are_no_highlights():
    got = blocks(f"How to fix a tap\n\n1. Turn off the water\n2. Undo the nut\n\n{P1}")
    assert got[1].type == "list" and got[1].role is None
    # They begin the body: a 'By' line under them is no byline (TEI has no place for one there).
    doc = convert.convert_text(f"How to fix a tap\n\n1. Turn off the water\n2. Undo the nut\n\nBy Jane Doe\n\n{P1}")
    assert [b.type for b in doc.blocks][:3] == ["title", "list", "heading"] and convert.write_tei(doc)


def test_name_and_date_lines_under_the_headline_are_the_byline():
    assert kinds(f"Storm hits coast\n\nJane Doe\nMon 15 Jul 2024 07.00 BST\n\n{P1}")[1] == "byline"


def test_no_byline_once_the_body_has_begun():
    assert kinds(f"Storm hits coast\n\n{P1}\n\nBy Jane Doe\n\n{P2}")[2] != "byline"
    assert kinds(f"Storm hits coast\n\n{P1}\n\nJane Doe\n\n{P2}")[2] != "byline"


def test_first_line_that_is_a_sentence_is_not_a_title():
    assert kinds(f"{P1}\n\n{P2}") == ["paragraph", "paragraph"]


def test_credit_makes_a_caption():
    got = kinds(f"{P1}\n\nThe mayor speaks at the town hall on Tuesday Credit: Reuters\n\n{P2}")
    assert got == ["paragraph", ("caption", "caption"), "paragraph"]


def test_trailing_agency_name_after_a_sentence_is_a_credit():
    got = kinds(f"{P1}\n\nThe town hall was rebuilt in 1902. Jane Smith for The Daily News\n\n{P2}")
    assert got[1] == ("caption", "caption")


def test_pictured_in_brackets_makes_a_caption():
    got = kinds(f"{P1}\n\nThe mayor (pictured last week) may resign after the vote\n\n{P2}")
    assert got[1] == ("caption", "caption")


def test_pictured_label_makes_a_caption():
    got = kinds(f"{P1}\n\nProtesters gathered outside. Pictured: a banner at the gates\n\n{P2}")
    assert got[1] == ("caption", "caption")


def test_place_and_date_with_no_full_stop_make_a_caption():
    got = kinds(f"{P1}\n\nResidents queue to vote at a school in Leeds, England, November 24, 2021\n\n{P2}")
    assert got[1] == ("caption", "caption")


def test_caption_followed_by_its_restatement_is_one_figure():
    cap = "Firefighters battle a blaze at a warehouse in Calais, France, 25 November 2021"
    rest = "In Calais, France, on 25 November 2021 firefighters fought a blaze at a warehouse."
    doc = convert.convert_text(f"{P1}\n\n{cap}\n\n{rest}\n\n{P2}", genre="article")
    cap_b, rest_b = doc.blocks[1], doc.blocks[2]
    assert (cap_b.type, cap_b.role, rest_b.type, rest_b.role) == ("caption", "caption", "caption", "restatement")
    assert cap_b.figure == rest_b.figure == "fig1"
    assert (cap_b.id, rest_b.id) == ("fig1-cap", "fig1-re")


def test_a_wire_lede_rewording_the_caption_above_it_is_the_body():
    cap = "Firefighters battle a blaze at a warehouse in Calais, France, 25 November 2021"
    lede = "CALAIS, France (AP) — Firefighters fought a blaze at a warehouse in Calais on 25 November 2021."
    got = kinds(f"Warehouse fire\n\n{P1}\n\n{cap}\n\n{lede}\n\n{P2}")
    assert got[2:4] == [("caption", "caption"), "paragraph"]


def test_paragraph_sharing_the_topic_of_a_caption_is_not_a_restatement():
    cap = "Firefighters battle a blaze at a warehouse in Calais, France, 25 November 2021"
    para = "The fire service said the cause of the fire was not yet known and asked for witnesses."
    got = kinds(f"{P1}\n\n{cap}\n\n{para}")
    assert got == ["paragraph", ("caption", "caption"), "paragraph"]


def test_body_paragraph_without_final_full_stop_is_not_a_caption():
    para = "He said the talks went well. More talks are planned for the coming weeks in the capital"
    assert kinds(f"{P1}\n\n{para}\n\n{P2}") == ["paragraph", "paragraph", "paragraph"]


def test_quoted_sentence_with_pictured_is_not_a_caption():
    para = "‘I pictured my family waiting at home,’ she said of the long night in the cold."
    assert kinds(f"{P1}\n\n{para}\n\n{P2}") == ["paragraph", "paragraph", "paragraph"]


def test_question_and_short_lines_are_subheadings():
    got = kinds(f"Budget passes\n\n{P1}\n\nWhat happens next?\n\n{P2}\n\nA long night\n\n{P3}")
    assert got == ["title", "paragraph", "heading", "paragraph", "heading", "paragraph"]


def test_subheading_followed_by_a_numbered_list_separated_by_blank_lines():
    text = f"{P1}\n\nThe three-point plan of the council\n\n1. Fix the roads\n\n2. Open the library\n\n3. Cut the rates"
    doc = convert.convert_text(text, genre="article")
    assert [b.type for b in doc.blocks] == ["paragraph", "heading", "list"]
    lst = doc.blocks[2]
    assert lst.style == "numbered" and [i.marker for i in lst.items] == ["1.", "2.", "3."]
    assert [i.text for i in lst.items] == ["Fix the roads", "Open the library", "Cut the rates"]


def test_list_lead_in_stays_a_paragraph_and_is_linked():
    doc = convert.convert_text(f"{P1}\n\nIn a series of developments:\n\n• one thing\n• another", genre="article")
    assert [b.type for b in doc.blocks] == ["paragraph", "paragraph", "list"]
    assert doc.blocks[2].lead_in == doc.blocks[1].id


def test_line_after_the_last_bullet_without_blank_line_ends_the_list():
    text = f"{P1}\n\n• first point\n• second point\nA man walks past the closed shops in Leeds, England, May 2, 2020"
    got = kinds(text)
    assert got == ["paragraph", "list", ("caption", "caption")]


def test_list_styles():
    styles = [b.style for b in blocks("- a\n- b\n\n(a) x\n(b) y\n\n* p\n* q")]
    assert styles == ["dashed", "lettered", "bulleted"]


def test_numbers_out_of_sequence_start_a_new_list():
    assert [len(b.items) for b in blocks("1. a\n2. b\n\n1. c\n2. d")] == [2, 2]


def test_each_block_records_its_rule():
    doc = convert.convert_text(f"Budget passes\n\n{P1}", genre="article")
    assert [b.rule for b in doc.blocks] == ["title-first-line", "paragraph"]


def test_byline_with_a_second_line_for_its_date():
    got = kinds(f"Storm hits coast\n\nBy Jane Doe\nUpdated 12:30 GMT, 3 March 2020\n\n{P1}")
    assert got == ["title", "byline", "paragraph"]


def test_bare_date_line_under_the_headline_is_not_a_caption():
    assert kinds(f"Storm hits coast\n\nPublished 3 March 2020\n\n{P1}\n\n{P2}")[1] == "byline"


def test_unpunctuated_standfirst_under_the_headline_is_a_paragraph():
    got = kinds(f"Storm hits coast\n\nThousands lose power as winds of up to 90mph batter the south coast\n\n{P1}")
    assert got == ["title", "paragraph", "paragraph"]


def test_subheading_next_to_a_caption_stays_a_subheading():
    text = (f"{P1}\n\nHow the council reached its final decision\n\n"
            f"The mayor speaks at the town hall on Tuesday Credit: Reuters\n\n{P2}")
    assert kinds(text)[1] == "heading"


def test_link_lines_are_not_captions():
    got = kinds(f"{P1}\n\nRead more: Council budget plans spark row with unions over pay\n\n{P2}")
    assert got == ["paragraph", "paragraph", "paragraph"]


def test_sentence_case_subheading_of_nine_words():
    got = kinds(f"{P1}\n\nThe council has not faced this issue for years\n\n{P2}")
    assert got == ["paragraph", "heading", "paragraph"]


def test_unpunctuated_sentence_of_ten_words_without_credit_is_a_caption():
    got = kinds(f"{P1}\n\nThe mayor being driven away from the town hall in Leeds\n\n{P2}")
    assert got[1] == ("caption", "caption")


@given(st.text(alphabet="abcdeXYZ019_²é\u0301 ,.-'", max_size=60))
def test_content_terms_are_letter_runs_of_four_and_numbers(text):
    # Reference: the definition in one regular expression, over the whole text.
    words = re.findall(r"\d+|[^\W\d_]{4,}", text.lower())
    expected = {w if w[0].isdigit() else w[:5] for w in words if w not in captions._STOP}
    assert captions.terms.__wrapped__(text) == expected


@given(st.lists(st.sampled_from(["Pictured", "ABOVE", "watch", "Inset", "topless", "said.", "why?", "(left)", ":",
                                 " :", '"', "x", "Clockwise", "from", "to", "top"]), max_size=7).map(" ".join))
def test_label_cue_is_a_label_word_opening_a_sentence_before_a_colon(text):
    # Reference: the definition in one regular expression.
    label = "pictured|photographed|above|below|left|right|top|video|watch|inset|map|graphic|chart"
    place = f"{label}|clockwise|anticlockwise|from|to|bottom|centre|center|main"
    reference = re.compile(r"\((?:pictured|above|below|left|right|centre|center|top|bottom)\b[^)]*\)"
                           rf"|(?:^|[.!?]\s+)(?:(?:{place})\s+){{0,3}}(?:{label})\s*:", re.IGNORECASE)
    assert captions.pictured.__wrapped__(text) == bool(reference.search(text))


def test_headline_ending_in_initials_is_the_title():
    got = kinds(f"How Winter Wreaks Havoc on What’s Underneath N.Y.C.\n\nBy Corey Kilgannon\n\n{P1}\n\n{P2}")
    assert got == ["title", "byline", "paragraph", "paragraph"]


@pytest.mark.parametrize("byline", [
    "by Dan Goodin - Apr 16, 2015 8:02 pm UTC", "by: Laurie Oakes", "Text by NEWS WIRES",
    "Par Martin Untersinger", "Von Anna Schmidt", "Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger",
])
def test_byline_forms(byline):
    assert kinds(f"Council Approves Budget After Long Night\n\n{byline}\n\n{P1}\n\n{P2}")[:3] == \
        ["title", "byline", "paragraph"]


def test_line_ending_in_a_colon_is_no_caption():
    got = kinds(f"{P1}\n\nIn a wide-ranging interview, the mayor also said on the radio:\n\n{P2}")
    assert got == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("line", ["[Read: Why the council cut the library budget]",
                                  "Read the full transcript of his interview", "Related: Budget talks stall again",
                                  "Continue reading the main story", "Go to Home Page »", "Powered by SmartAsset.com",
                                  "Learn More: Seven Tips for Repurposing Video Content"])
def test_link_lines_are_not_subheadings(line):
    assert kinds(f"{P1}\n\n{line}\n\n{P2}") == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("line", [
    "Students work on a neon sign at a workshop in Cincinnati, in 2016. (John Minchillo / AP)",
    "The mayor leaves the town hall after the vote Foto: LA NACION",
    "Map: Flow of commuters into the city centre",
    "Clockwise from top: small whale bones; squid beaks; the baleen of a pygmy right whale",
    "From left: the mayor, her deputy and the head of the council outside the town hall",
])
def test_bracketed_credit_foto_credit_and_map_label_make_captions(line):
    assert kinds(f"{P1}\n\n{line}\n\n{P2}")[1] == ("caption", "caption")


def test_quoted_name_with_a_note_is_a_subheading():
    got = kinds(f"{P1}\n\n“Thumper” ($20)\n\n{P2}\n\n‘Freeze-thaws’ linked to climate change\n\n{P3}")
    assert got == ["paragraph", "heading", "paragraph", "heading", "paragraph"]


def test_quotation_on_its_own_line_is_no_subheading():
    assert kinds(f"{P1}\n\n“We will not back down”\n\n{P2}") == ["paragraph", "paragraph", "paragraph"]


def test_chinese_paragraph_without_spaces_is_no_subheading():
    para = "事实是，历史上酒与太空探险有一种复杂的关系。让我们来看看喝了酒的航天员究竟会发生什么。"
    assert kinds(f"{P1}\n\n{para}\n\n{P2}") == ["paragraph", "paragraph", "paragraph"]


def test_chinese_question_over_a_sentence_long_is_no_subheading():
    para = "不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料，难道他们不能放松一下？"
    assert kinds(f"{P1}\n\n{para}\n\n{P2}") == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("label", ["图注：", "写真：", "사진=", "图为"])
def test_photo_label_in_chinese_japanese_or_korean_makes_a_caption(label):
    caption = label + "奥尔德林的圣餐杯回到了地球上"
    assert kinds(f"{P1}\n\n{caption}\n\n{P2}")[1][0] == "caption"


@pytest.mark.parametrize("byline", ["By 肖春芳", "作者︱春春", "记者：王明"])
def test_chinese_byline_under_the_headline(byline):
    assert kinds(f"宇航员在太空中喝酒会怎么样\n\n{byline}\n\n{P1}\n\n{P2}")[:2] == ["title", "byline"]


def test_numbered_sections_of_a_listicle_are_subheadings():
    text = f"{P1}\n\n21) Star Wars: The Last Jedi\n\n{P2} {P3}\n\n20) Faces Places\n\n{P1} {P3}"
    assert kinds(text) == ["paragraph", "heading", "paragraph", "heading", "paragraph"]
    doc = convert.convert_text(text)
    assert doc.blocks[1].text == "21) Star Wars: The Last Jedi"
    assert not tei_errors(convert.write_tei(doc))


def test_numbered_items_together_or_run_into_their_text_stay_a_list():
    assert kinds(f"{P1}\n\n1. Finland\n\n2. Norway\n\n{P2}") == ["paragraph", "list", "paragraph"]
    assert kinds(f"{P1}\n\n1. The handoff\n{P2} {P3}")[1] == "list"


@pytest.mark.parametrize("remark", ["Really dude? I mean, I am sorry, but really?",
                                    "the appropriate context is the store policy"])
def test_two_sentences_or_a_lowercase_start_make_no_subheading(remark):
    assert "heading" not in kinds(f"{P1}\n\n{remark}\n\n{P2}")[1]
    assert kinds(f"{P1}\n\nWhat did the prosecutors say?\n\n{P2}")[1] == "heading"


def test_headline_ending_in_exclamation_marks_is_the_title():
    assert kinds(f"Pearl Oscar Dress -- STOLEN!!!\n\n{P1}\n\n{P2}") == ["title", "paragraph", "paragraph"]


def test_credit_in_brackets_after_a_short_sentence():
    assert kinds(f"{P1}\n\nThe app scans QR codes. (Bild: Hersteller)\n\n{P2}")[1] == ("caption", "caption")


def test_article_under_a_date_line_ending_with_a_name_is_an_article():
    doc = convert.convert_text(f"November 23, 2026\n\nCouncil Approves Budget\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\nJane Doe")
    assert doc.genre == "article"


def test_headline_with_the_word_photo_is_no_credit():
    got = kinds(f"Veteran Wraps Baby in American Flag, Photo Sparks Controversy\n\nBy Gillian Mohney\n\n{P1}\n\n{P2}")
    assert got == ["title", "byline", "paragraph", "paragraph"]


def test_credit_for_all_photos_in_brackets_is_a_caption():
    assert kinds(f"{P1}\n\n{P2}\n\n(All photos: Atlas staff)\n\n{P3}")[2] == ("caption", "caption")


@pytest.mark.parametrize("line", ["1 / 5", "___"])
def test_counters_and_rules_are_no_subheadings(line):
    assert kinds(f"{P1}\n\n{line}\n\n{P2}")[1] == "paragraph"


def test_a_bracketed_name_closing_several_short_lines_credits_their_pictures():
    text = (f"How to make a terrarium\n\n{P1}\n\nGlass cloche terrariums (Lucy Akins)\n\n{P2}\n\nStep 2\n\n"
            f"Orchid in foam oasis (Lucy Akins)\n\n{P3}\n\nA note from the editor (Jane Roe)\n\n{P1}")
    got = kinds(text)
    assert got[2] == got[5] == ("caption", "caption") and got[4] == "heading"
    assert got[7] == "heading"  # a name in brackets once is no credit


@pytest.mark.parametrize("when", ["Last updated September 14, 2016",
                                  "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"])
def test_a_date_line_in_the_head_is_part_of_the_byline(when):
    caption = "Firefighters battle a blaze at a warehouse in Calais, France, 25 November 2021"
    assert kinds(f"Storm hits coast\n\nBy Jane Doe\n\n{caption}\n\n{P1}")[2] != "byline"
    assert kinds(f"Storm hits coast\n\n{when}\n\n{P1}\n\n{P2}")[:2] == ["title", "byline"]
    assert kinds(f"Storm hits coast\n\nBy Jane Doe\n\n{when}\n\n{P1}")[:3] == ["title", "byline", "byline"]
    assert kinds(f"Storm hits coast\n\n{P1}\n\n{when}\n\n{P2}")[2] != "byline"
