"""Letter parser and genre detection on small inputs."""
import pytest
from lxml import etree

import convert
from convert.genres.dates import find_date
from convert.validation import tei_errors

from .coverage import assert_nothing_lost

BODY = "I write to thank you for your kind letter of last week and for the books you sent with it."
BODY2 = "We shall be glad to see you here whenever your work allows you to make the journey."


def doc(text, genre=None):
    result = convert.convert_text(text, genre=genre)
    assert_nothing_lost(text, result)
    return result


def types(text, genre="letter"):
    return [b.type for b in doc(text, genre).blocks]


def test_full_business_letter():
    text = ("ACME TRADING COMPANY\n12 Market Street\nBatavia, N. Y.\n\nJuly 2nd 1904\n\n"
            "Mr. John Smith,\nBuffalo, N. Y.\n\nDear Sir:-\n\n" + BODY + "\n\n" + BODY2 +
            "\n\nRespectfully Yours,\n\nLouis F. McLean\nCashier,\n\nLFM/HG\nEnc.")
    d = doc(text)
    assert d.genre == "letter"
    assert [b.type for b in d.blocks] == ["letterhead", "dateline", "address", "salutation", "paragraph",
                                          "paragraph", "closing", "signature", "postscript"]
    c = d.correspondence
    assert (c.sender, c.addressee, c.place, c.date.when) == ("Louis F. McLean", "John Smith", "Batavia", "1904-07-02")


def test_closing_and_signature_in_one_block_are_split():
    d = doc(f"Dear Julia,\n\n{BODY}\n\nYours truly,\nJohn Smith")
    assert [(b.type, b.text) for b in d.blocks[-2:]] == [("closing", "Yours truly,"), ("signature", "John Smith")]


def test_multi_line_closing():
    d = doc(f"Dear Mr. Whitman—\n\n{BODY}\n\nWith love,\nthy friend,\n\nMary Costelloe.")
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "closing", "signature"]
    assert d.blocks[2].lines == ["With love,", "thy friend,"]
    assert d.correspondence.sender == "Mary Costelloe"


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_closing_over_two_formula_lines(blank):
    d = doc(f"Sir,\n\n{BODY}\n\nI have the honour to be, Sir,{blank}Your most obedient humble servant,\n\n"
            "William Hamilton\n\nAdmiralty, 15th March 1821.\n\nTo Captain John Ross, R.N.")
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "closing", "signature", "dateline", "address"]
    assert d.blocks[2].text == "I have the honour to be, Sir, Your most obedient humble servant,"
    c = d.correspondence
    assert (c.sender, c.addressee, c.place, c.date.when) == ("William Hamilton", "John Ross", "Admiralty", "1821-03-15")


GERMAN = ("Berlin, den 4. Mai 1905\n\nHochverehrter Herr Professor!\n\nFür Ihren freundlichen Brief vom 28. April "
          "danke ich Ihnen herzlich. Ich habe die Abhandlung mit grossem Interesse gelesen.\n\n"
          "Mit den besten Grüssen bin ich\nIhr ergebenster\n\nMax Planck")
FRENCH = ("Paris, le 12 juin 1889\n\nMon cher ami,\n\nJe reçois à l'instant votre lettre et je m'empresse de "
          "vous répondre. L'exposition est ouverte depuis un mois.\n\nVeuillez agréer, mon cher ami, l'assurance "
          "de mes sentiments les plus dévoués.\n\nGustave Eiffel")


@pytest.mark.parametrize("line,salutation", [("Monsieur le Ministre,", True), ("Messieurs,", True),
                                              ("Monsieur Dupont", False)])
def test_french_address_forms(line, salutation):
    from convert.genres.letter import SALUTATION

    assert bool(SALUTATION.match(line)) is salutation


def test_french_inside_address_salutation_and_short_closing_sentence():
    d = doc("Paris, le 3 mars 1890\n\nMonsieur Dupont\n12 rue de Rivoli\n\nMonsieur,\n\nJ'ai l'honneur de vous "
            "informer que votre demande a été acceptée par le conseil.\n\nVeuillez agréer, Monsieur, l'expression de "
            "mes sentiments distingués.\n\nJ. Martin")
    assert [b.type for b in d.blocks] == ["dateline", "address", "salutation", "paragraph", "closing", "signature"]


@pytest.mark.parametrize("text,language,sender,place,when", [
    (GERMAN, "de", "Max Planck", "Berlin", "1905-05-04"),  # a closing on two lines with no comma
    (FRENCH, "fr", "Gustave Eiffel", "Paris", "1889-06-12"),  # a closing sentence
])
def test_letters_in_other_languages(text, language, sender, place, when):
    d = doc(text)
    assert d.genre == "letter" and d.metadata.language == language
    assert [b.type for b in d.blocks] == ["dateline", "salutation", "paragraph", "closing", "signature"]
    c = d.correspondence
    assert (c.sender, c.addressee, c.place, c.date.when) == (sender, None, place, when)


def test_described_signature_gives_the_name():
    d = doc(f"Dear Emmanuel,\n\n{BODY}\n\nWith my best wishes,\n\n"
            "A handwritten signature in black ink, appearing to be 'Boris Johnson', written in a cursive style.\n\n"
            "His Excellency Monsieur le President Emmanuel Macron")
    sig = d.blocks[3]
    assert (sig.type, sig.described, sig.name) == ("signature", True, "Boris Johnson")
    assert d.blocks[4].type == "address"
    assert d.correspondence.addressee == "Emmanuel Macron"


def test_postscript_and_envelope_after_the_signature():
    text = (f"London, May 3, 1890\n\nDear Sir,\n\n{BODY}\n\nYours faithfully,\n\nJohn Smith\n\n"
            "P.S. The parcel went by the morning post.\n\nMrs. Julia Goodman\nNorth Platte\nNeb.")
    assert types(text)[-2:] == ["postscript", "address"]


def test_letter_without_salutation_starts_with_dateline():
    text = f"Bertram House Feby 27th 1819.\n\nNo! My dear Sir--{BODY}\n\n{BODY2}\n\nEver yours\n\nMary Mitford."
    d = doc(text)
    assert d.genre == "letter"
    assert [b.type for b in d.blocks] == ["dateline", "paragraph", "paragraph", "closing", "signature"]
    assert d.blocks[0].place == "Bertram House" and d.blocks[0].date.when == "1819-02-27"


def test_salutation_on_the_line_above_the_first_paragraph():
    d = doc(f"My dear Sir:\n{BODY}\n\nYours,\n\nA. B. Jones")
    assert [b.type for b in d.blocks][:2] == ["salutation", "paragraph"]


def test_dash_list_with_lead_in_in_a_letter():
    text = f"Dear Ann,\n\nI would like us to consider:\n\n- one thing;\n- another; and\n- a third.\n\n{BODY}\n\nLove,\n\nBob"
    d = doc(text)
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "list", "paragraph", "closing", "signature"]
    assert d.blocks[2].style == "dashed" and d.blocks[2].lead_in == d.blocks[1].id


@pytest.mark.parametrize("written,when", [
    ("25 November 2021", "2021-11-25"),
    ("Washington, D.C., April 17 1890.", "1890-04-17"),
    ("Camden Feb. 8, '74.", "--02-08"),
    ("July 1st 1821. Three Mile Cross", "1821-07-01"),
    ("New York, Mar. 23 1902", "1902-03-23"),
    ("June 6th, 1918.", "1918-06-06"),
    ("Decr 3d 1790", "1790-12-03"),
    ("March 1819", "1819-03"),
    ("25/11/2021", "2021-11-25"),
    ("05/06/2021", "2021"),
    ("Berlin, den 4. Mai 1905", "1905-05-04"),
    ("Paris, le 1er août 1889", "1889-08-01"),
    ("Madrid, 3 de mayo de 1890", "1890-05-03"),
    ("Roma, 5 maggio 1880", "1880-05-05"),
    ("Amsterdam, 7 maart 1901", "1901-03-07"),
    ("the 3rd of May, 1850", "1850-05-03"),
])
def test_date_forms(written, when):
    found = find_date(written)
    assert found is not None and found.when == when


def test_dateline_keeps_place_and_date_as_written():
    d = doc(f"Washington, D.C., April 17 1890.\n\nDear Sir,\n\n{BODY}\n\nYours truly,\n\nJ. Doe")
    dl = d.blocks[0]
    assert (dl.type, dl.date.text, dl.date.when, dl.place) == ("dateline", "April 17 1890", "1890-04-17", "Washington, D.C.")


def test_unknown_values_are_left_out():
    d = doc(f"Dear friend,\n\n{BODY}\n\nYours,\n\nBrother")
    c = d.correspondence
    assert (c.sender, c.addressee, c.place, c.date) == (None, None, None, None)


def test_detection_letter():
    d = doc(f"Dear Julia,\n\n{BODY}\n\n{BODY2}\n\nYours truly,\n\nJohn Smith")
    assert d.genre == "letter" and not d.detection.forced
    assert "salutation near the top" in d.detection.cues


def test_article_quoting_dear_sir_is_not_a_letter():
    text = ("Council Approves Budget\n\nBy Jane Doe\n\nThe council met on Tuesday to discuss the budget.\n\n"
            "The letter, which began “Dear Sir,” was read aloud by the clerk to the members.\n\n"
            "Members argued for three hours before a vote was taken late at night.")
    assert doc(text).genre == "article"


def test_forced_genre():
    d = doc(f"Dear Julia,\n\n{BODY}\n\nYours truly,\n\nJohn Smith", genre="article")
    assert d.genre == "article" and d.detection.forced and d.correspondence is None


def test_signature_without_closing_formula():
    d = doc(f"Dear Walt,\n\n{BODY}\n\n{BODY2}\n\nJohn Burroughs")
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "paragraph", "signature"]
    assert d.correspondence.sender == "John Burroughs"


def test_title_line_under_the_signature_is_part_of_it():
    d = doc(f"Dear Sir:\n\n{BODY}\n\nVery truly yours,\n\nJohn Smith\n\nPresident")
    assert [b.type for b in d.blocks][-3:] == ["closing", "signature", "signature"]


def test_date_on_the_last_line_of_the_letterhead():
    d = doc(f"THE IRMA HOTEL\nCody, Wyoming\nMarch 3, 1903\n\nDear Sir:\n\n{BODY}\n\nYrs truly,\n\nW. F. Cody")
    assert [b.type for b in d.blocks][:4] == ["letterhead", "dateline", "salutation", "paragraph"]
    assert d.blocks[1].date.when == "1903-03-03"
    assert [b.type for b in d.blocks][-2:] == ["closing", "signature"]


def test_reference_initials_and_enclosures_are_a_postscript():
    d = doc(f"Dear Sir:\n\n{BODY}\n\nYours very truly,\n\nJOHN SMITH\nSecretary.\n\nJS/MB\nEnclosures (2)")
    assert [b.type for b in d.blocks][-3:] == ["closing", "signature", "postscript"]


def test_typists_single_initial_after_the_signers_is_a_notation():
    d = doc(f"Dear Sir:\n\n{BODY}\n\nSincerely yours,\n\nDirector.\n\nERS/H")
    assert [(b.type, b.text) for b in d.blocks][-2:] == [("signature", "Director."), ("postscript", "ERS/H")]


def test_kinship_word_in_the_salutation_is_no_name():
    d = doc(f"My dear Mother,\n\n{BODY}\n\nYour affectionate son,\nWilliam")
    assert d.correspondence.addressee is None
    assert doc(f"Dear Julia,\n\n{BODY}\n\nYours,\n\nJohn Smith").correspondence.addressee == "Julia"
    assert doc(f"My Dear,\n\n{BODY}\n\nYours,\n\nJohn Smith").correspondence.addressee is None


@pytest.mark.parametrize("written", ["Birmingham Ala", "139 Wakeman Ave.\nNewark N.J.", "Columbus, O."])
def test_where_the_writer_was_over_the_date_is_an_address_not_the_addressee(written):
    d = doc(f"{written}\n\nApr 17th\n\nMy Dear,\n\n{BODY}\n\nWith fond Love,\n\nWill")
    assert [b.type for b in d.blocks][:3] == ["address", "dateline", "salutation"]
    assert d.correspondence.addressee is None


@pytest.mark.parametrize("printed", ["Buffalo Bill's Wild West", "HOFFMAN HOUSE\nNEW YORK",
                                     "40 Grosvenor Road,\nWestminster Embankment,\nS.W."])
def test_printed_letterhead_over_the_date_stays_a_letterhead(printed):
    assert types(f"{printed}\n\nApr 17th 1890\n\nDear Sir,\n\n{BODY}\n\nYours truly,\n\nW. F. Cody")[:2] == \
        ["letterhead", "dateline"]


def test_closing_words_in_a_postscript_do_not_move_the_closing():
    d = doc(f"Dear Ann,\n\n{BODY}\n\nYours ever,\n\nMary Smith\n\nP.S. Love to all at home\n\nLove to all")
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "closing", "signature", "postscript",
                                          "postscript"]


def test_handwritten_letter_with_place_over_date_and_no_punctuation_is_a_letter():
    text = (f"On Board\nSteamer Far West\nYellow Stone River\nSep 4th\n\nMy Dear Sister\n\n{BODY} {BODY2}\n\n"
            "Love to all from your Brother\n\nWill")
    d = doc(text)
    assert d.genre == "letter"
    assert [b.type for b in d.blocks][:3] == ["dateline", "salutation", "paragraph"]
    assert d.blocks[0].date.when == "--09-04"


@pytest.mark.parametrize("dateline, name", [("328 Mickle Street\nCamden New Jersey May 25 '87", "Walt Whitman"),
                                            ("431 Stevens Camden,\nN. Jersey March 17", "W.W."),
                                            ("Camden N. J. Sept 14 '79", "W W")])
def test_letter_opening_with_its_dateline_and_ending_with_a_name_is_a_letter(dateline, name):
    d = doc(f"{dateline}\n\n{BODY}\n\n{BODY2}\n\n{name}")
    assert d.genre == "letter"
    assert [b.type for b in d.blocks] == ["dateline", "paragraph", "paragraph", "signature"]


def test_closing_over_a_name_with_a_dash_is_a_letter():
    d = doc(f"{BODY}\n\n{BODY2}\n\nYour sincere Admirer\n\nBirge Harrison—")
    assert d.genre == "letter"
    assert [b.type for b in d.blocks][-2:] == ["closing", "signature"]


@pytest.mark.parametrize("line, when, place", [
    ("Aug 9th", "--08-09", None),
    ("Newbern N.C. June 9th/62", "--06-09", "Newbern N.C."),
    ("Three Mile Cross Thursday", None, "Three Mile Cross"),
    ("Friday Evening.", None, None),
    ("August, 26th, 1918.", "1918-08-26", None),
    ("Camden New Jersey Oct: 30 '80", "--10-30", "Camden New Jersey"),
    ("328 Mickle Street Camden New Jersey U S America Aug: 11", "--08-11", None),
    ("7/11/18", None, None),
    ("25/11/21", "--11-25", None),
    ("9-16-18", "--09-16", None),
    ("Chicago, Mar-10th 1902", "1902-03-10", "Chicago"),
    ("Glen Falls N. Y. June 18th [19]09", "1909-06-18", "Glen Falls N. Y."),
    ("Pine Ridge Agency, April [3, 1897]", "1897-04-03", "Pine Ridge Agency"),
    ("[Camden] Jan 5 [1880?]", "1880-01-05", "[Camden]"),
])
def test_datelines_without_a_year_or_with_a_weekday(line, when, place):
    d = doc(f"{line}\n\nMy own dear Mary\n\n{BODY}\n\nEver yours\n\nM. R. Mitford")
    first = d.blocks[0]
    assert d.genre == "letter" and first.type == "dateline" and d.blocks[1].type == "salutation"
    assert (first.date.when if first.date else None, first.place) == (when, place)


def test_a_weekday_or_a_month_in_a_sentence_is_no_dateline():
    d = doc(f"Dear John,\n\n{BODY}\n\nWe met on Friday.\n\nThe fair opens on May 4th.\n\nYours,\n\nJane Smith")
    assert [b.type for b in d.blocks][:4] == ["salutation", "paragraph", "paragraph", "paragraph"]


def test_letterhead_and_address_lines_ending_in_full_stops_are_not_prose():
    text = ("ENGINEER SCHOOL\nUNITED STATES ARMY\nWASHINGTON BARRACKS, D.C.\n\nNovember 2, 1918.\n\n"
            f"Mr. Earl R. Silvers,\nRutgers College,\nNew Brunswick, New Jersey.\n\nDear Mr. Silvers:-\n\n{BODY}\n\n"
            "Very truly yours,\n\nJohn Smith")
    assert types(text, None) == ["letterhead", "dateline", "address", "salutation", "paragraph", "closing",
                                 "signature"]


def test_long_printed_letterhead_without_salutation_stays_the_head():
    text = ("Office of the Lincoln Land Company,\nRooms 20 to 23, Burr Block.\nLincoln, Neb.\n"
            "C. H. Morrill, President.\nA. B. Minor, Sec'y and Treasurer.\n\nDec. 20, 1902.\n\n"
            f"Mr. Bronson Rumsey,\n78 Exchange St.,\nBuffalo, N. Y.\n\nDear Sir:- {BODY}\n\nYours truly,\n\nC. H. Morrill.")
    assert types(text, None) == ["letterhead", "dateline", "address", "paragraph", "closing", "signature"]


def test_first_name_alone_under_the_body_is_the_signature():
    d = doc(f"My Dear Sister\n\n{BODY}\n\n{BODY2}\n\nWill")
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "paragraph", "signature"]


def test_paragraph_after_a_bare_signature_is_a_postscript():
    d = doc(f"My dear friends\n\n{BODY}\n\n{BODY2}\n\nWalt Whitman\n\nWrite me whenever you can, and give my love to all.")
    assert [b.type for b in d.blocks][-2:] == ["signature", "postscript"]
    assert d.correspondence.sender == "Walt Whitman"


def test_rank_and_regiment_under_the_body_are_the_signature():
    d = doc(f"Dear Mother\n\n{BODY}\n\n{BODY2}\n\nLieut G. W. Whitman Co D\n51st Regt N.Y.V.")
    assert [b.type for b in d.blocks][-1] == "signature"



def test_long_closing_ending_in_yours():
    d = doc(f"My dearest Mary\n\n{BODY}\n\nEver my dear Friend most faithfully & affectionately yours\n\nM.R.M.\n\n"
            "To\nMiss Webb.")
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "closing", "signature", "address"]


def test_participle_leading_into_the_signature_is_the_closing():
    d = doc(f"Dear Sir:\n\n{BODY}\n\n{BODY2}\n\nThanking you in advance for the trouble, I am\n\nJohn Smith")
    assert [b.type for b in d.blocks][-2:] == ["closing", "signature"]


def test_sentence_about_a_doctor_after_the_signature_is_a_postscript():
    d = doc(f"Dear Mary,\n\n{BODY}\n\nEver yours,\n\nM. R. Mitford\n\n"
            "Dr. Mitford returned to Pump Court on Thursday Morning early")
    assert [b.type for b in d.blocks][-1] == "postscript"


def test_salutation_and_date_with_full_stops_after_every_word():
    text = f"North. Platte.\nOct.13th 1878\n\nMy. Dear. Sam.\n\n{BODY}\n\n{BODY2}\n\nWith Kind wishes\n\nCousin. Will. Cody"
    d = doc(text)
    assert d.genre == "letter"
    assert [b.type for b in d.blocks] == ["dateline", "salutation", "paragraph", "paragraph", "closing", "signature"]
    assert d.blocks[0].date.when == "1878-10-13"


def test_dateline_with_a_time_opens_a_letter():
    d = doc(f"Camden July 1 2½P M\n\n{BODY}\n\n{BODY2}\n\nGod bless you & all—\n\nWalt Whitman")
    assert d.genre == "letter" and d.blocks[0].type == "dateline"


@pytest.mark.parametrize("closing", ["Wishing you success in this most interesting field of work, I am",
                                     "--Goodbye my dear & my love--Ever your's--"])
def test_closings_with_a_participle_or_leading_dashes(closing):
    assert types(f"Dear Sir,\n\n{BODY}\n\n{BODY2}\n\n{closing}\n\nJohn Smith")[-2:] == ["closing", "signature"]


def test_letterhead_printed_again_on_a_later_page():
    head = "Rutgers College\nNew Brunswick, New Jersey\nFord Dormitory"
    d = doc(f"{head}\n\nDear George,\n\n{BODY}\n\n{head}\n\n{BODY2}\n\nYours,\n\nJoe")
    assert [b.type for b in d.blocks] == ["letterhead", "salutation", "paragraph", "letterhead", "paragraph",
                                          "closing", "signature"]


def test_name_before_dear_is_a_salutation():
    assert types(f"Mary Dear\n\n{BODY}\n\nLove to all\n\nBrother", None)[:2] == ["salutation", "paragraph"]


def test_postscript_at_the_end_counts_for_a_letter():
    text = f"{BODY}\n\n{BODY2}\n\nYour sincere friend\n\nHenry Wilson\n\nP.S. I forgot to thank you for the books."
    d = doc(text)
    assert d.genre == "letter" and "postscript at the end" in d.detection.cues


def test_salutation_under_the_addressee_in_one_block_is_cut_from_it():
    d = doc(f"Zanesville, O.\nJun. 29th\n\nThe Elwells\nMy Very Dear Friends\n\n{BODY}\n\n{BODY2}\n\nHastily yours,\n\nW. F. Cody")
    assert [(b.type, b.text) for b in d.blocks[:3]] == [
        ("dateline", "Zanesville, O. Jun. 29th"), ("address", "The Elwells"), ("salutation", "My Very Dear Friends")]
    assert [b.type for b in d.blocks][-2:] == ["closing", "signature"]


@pytest.mark.parametrize("salutation", ["T. G. Bergen, Esq:", "E H Hames & Co:"])
def test_name_and_colon_is_a_salutation(salutation):
    assert types(f"New York, May 4, 1880\n\n{salutation}\n\n{BODY}\n\nYours truly,\n\nWalt Whitman")[:3] == \
        ["dateline", "salutation", "paragraph"]


def test_name_and_colon_over_a_formula_are_both_salutations():
    d = doc(f"Brooklyn, Jan. 15. '49\n\nT. G. Bergen, Esq:\n\nDear Sir:\n\n{BODY}\n\nYours truly\n\nWalter Whitman")
    assert [b.type for b in d.blocks] == ["dateline", "salutation", "salutation", "paragraph", "closing", "signature"]
    opener = etree.fromstring(convert.write_tei(d)).find(".//{*}opener")
    assert [e.text for e in opener.iterfind("{*}salute")] == ["T. G. Bergen, Esq:", "Dear Sir:"]


def test_bracketed_date_keeps_its_brackets_in_the_text():
    first = doc(f"Pine Ridge Agency, April [3, 1897]\n\nDear Sir,\n\n{BODY}\n\nYours truly,\n\nJ. Smith").blocks[0]
    assert (first.type, first.date.text, first.text) == ("dateline", "April [3, 1897]", "Pine Ridge Agency, April [3, 1897]")


def test_where_to_write_back_under_the_name_leaves_the_name_the_signature():
    d = doc(f"Washington Dec. 3d 1863\n\nDear Friend,\n\n{BODY}\n\nWalt Whitman\n\nCare Major Hapgood\nPaymaster U.S.A.")
    assert [(b.type, b.text) for b in d.blocks[-2:]] == [("signature", "Walt Whitman"),
                                                         ("address", "Care Major Hapgood Paymaster U.S.A.")]


def test_label_and_colon_is_no_salutation():
    assert convert.convert_text(f"Council Approves Budget\n\nKey points:\n\n• Rates rise\n• Libraries stay open\n\n{BODY}"
                                ).genre == "article"


def test_two_closings_without_a_signature_are_both_closing():
    d = doc(f"Dear Jackson:-\n\n{BODY}\n\nGood luck to you and best wishes,\n\nVery sincerely yours,")
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "closing"]
    assert d.blocks[-1].text == "Good luck to you and best wishes, Very sincerely yours,"


def test_clause_ending_in_a_comma_over_yours_is_one_closing():
    d = doc(f"Dear George,\n\n{BODY}\n\nTill I get enough energy together to write you again,\nYours,\n\nJoe")
    assert [(b.type, b.text) for b in d.blocks[-2:]] == [
        ("closing", "Till I get enough energy together to write you again, Yours,"), ("signature", "Joe")]


def test_date_over_the_body_without_formulas_is_a_letter():
    text = f"July 20, 1918.\n\n{BODY}\n\n{BODY2}"
    d = doc(text)
    assert d.genre == "letter" and [b.type for b in d.blocks] == ["dateline", "paragraph", "paragraph"]
    assert convert.convert_text(f"July 20, 1918.\n\nCouncil Approves Budget\n\n{BODY}\n\n{BODY2}").genre == "article"


def test_god_bless_closes_a_letter():
    assert types(f"Dear Mother,\n\n{BODY}\n\nGod bless you & all—\n\nWalt Whitman")[-2:] == ["closing", "signature"]


def test_place_and_date_after_a_printed_letterhead_are_no_photo_credit():
    head = "SMITH & CO. GRANITE WORKS. OFFICE 18 SOUTH BROAD STREET. Philadelphia, Pa. October 11 1890"
    d = doc(f"{head}\n\nMr. John Brown\n\n{BODY} I remain\n\nYours very truly\n\nJ. E. Smith")
    assert d.genre == "letter" and "photo captions" not in d.detection.cues


@pytest.mark.parametrize("closing", ["I have the honor Sir to remain",
                                     "Kindly accept, Madam, the assurance of my deep and religious respect."])
def test_formal_closings_with_an_address_term_inside(closing):
    assert types(f"Dear Madam,\n\n{BODY}\n\n{closing}\n\nJ. B. Pelletier") == \
        ["salutation", "paragraph", "closing", "signature"]


@pytest.mark.parametrize("ending", [f"{BODY} How many lovers have you got? Ever yours", f"{BODY}\n\n--Ever yours"])
def test_closing_ending_the_last_paragraph_or_after_a_dash_counts_for_a_letter(ending):
    d = doc(f"{BODY2}\n\n{ending}\n\nM. R. Mitford")
    assert d.genre == "letter" and "closing formula near the end" in d.detection.cues


def test_place_date_and_addressee_over_the_body_make_a_letter():
    d = doc(f"Syracuse\n\nJan 17/67\n\nMr W. Whitman\n\n{BODY}\n\n{BODY2}\n\nP.S. {BODY}")
    assert d.genre == "letter" and "addressee near the date" in d.detection.cues
    undated = doc(f"Syracuse\n\nFriends\n\n{BODY}\n\n{BODY2}")
    dated = doc(f"Syracuse\n\nJan 17/67\n\n{BODY}\n\n{BODY2}")
    assert "title-case headline" in undated.detection.cues and "title-case headline" not in dated.detection.cues


def test_initials_under_a_postscript_sign_it():
    text = f"Dear Walt,\n\n{BODY}\n\n{BODY2}\n\nHenry Wilson\n\nP.S. {BODY}\n\nH. W\n\nP.S. {BODY2}\n\nHW"
    d = doc(text)
    assert [b.type for b in d.blocks] == ["salutation", "paragraph", "paragraph", "signature", "postscript",
                                          "signature", "postscript", "signature"]
    assert tei_errors(convert.write_tei(d)) == [] and tei_errors(convert.write_tei(d), "tei-all") == []


def test_salutation_under_a_long_letterhead_cut_into_lines():
    trades = ", ".join(["Groceries", "Hardware", "Ranges", "Heaters", "Enameled Ware", "Cutlery", "Canvas Goods",
                        "Tents", "Harness and Saddles", "Plows", "Wagons and Buggies", "Dry Goods"]) + "."
    head = "\n".join(["Cody Trading Co.", "It Pays to Pay Cash", "Wholesale and Retail", "Cody, Wyoming.",
                      "J. M. Schwoob M'g'r.", "Established 1898", trades, "WE SELL EVERYTHING"])
    text = f"{head}\n\nMay 4, 1917.\n\nMr. Lyman M. Bass,\n1330 Marine Bank Bldg.,\nBuffalo, N.Y.\n\nDear Sir:\n\n" \
           f"{BODY}\n\n{BODY2}\n\nYours truly,\n\nJ. M. Schwoob\n\nJMS/H S"
    d = doc(text)
    assert d.genre == "letter" and "salutation near the top" in d.detection.cues
    got = [b.type for b in d.blocks]
    assert got[0] == "letterhead" and d.blocks[0].lines == head.split("\n")  # one letterhead, its lines kept
    assert got[1:] == ["dateline", "address", "salutation", "paragraph", "paragraph", "closing", "signature",
                       "postscript"]


def test_a_list_after_the_signature_stays_a_list_inside_a_postscript():
    text = (f"Dear Sam,\n\n{BODY}\n\nStill your friend.\n\nCody\n\n- Des Moines. Iowa Sep. 9\n\n- Peoria, Ills 13\n\n"
            "- St Louis, Mo. 22 to 28th\n\n16. Ferdinand Place")
    d = doc(text)
    assert [b.type for b in d.blocks][:5] == ["salutation", "paragraph", "closing", "signature", "list"]
    assert d.blocks[5].type != "list" and d.blocks[5].text == "16. Ferdinand Place"  # one numbered line alone
    assert [i.text for i in d.blocks[4].items] == ["Des Moines. Iowa Sep. 9", "Peoria, Ills 13", "St Louis, Mo. 22 to 28th"]
    tei = convert.write_tei(d)
    assert tei_errors(tei) == [] and tei_errors(tei, "tei-all") == []
    ps = etree.fromstring(tei).findall(".//{http://www.tei-c.org/ns/1.0}postscript")
    assert ps[0][0].tag == "{http://www.tei-c.org/ns/1.0}list"


@pytest.mark.parametrize("closing", ["As always yrs affec", "Still your friend.", "In the Bonds", "Fraternally,",
                                     "Adieu--Papa & Mama join in kindest regards & good wishes, & I am always most "
                                     "affectionately yours"])
def test_more_closing_forms(closing):
    assert types(f"Dear Sam,\n\n{BODY}\n\n{closing}\n\nM. R. Mitford") == \
        ["salutation", "paragraph", "closing", "signature"]


def test_a_farewell_of_one_sentence_opens_the_closing_however_long():
    got = types(f"My Darling Lulu\n\n{BODY}\n\nGood bye my Lulu a thousand Kisses to all\nfrom your Hubby\n\nWillie")
    assert got == ["salutation", "paragraph", "closing", "signature"]
    got = types(f"My Darling Lulu\n\n{BODY}\n\nFarewell for the present. I send you my love—Write whenever you can.\n\n"
                f"Willie")
    assert got == ["salutation", "paragraph", "paragraph", "signature"]


def test_initials_are_no_honorific_and_a_place_and_day_under_the_name_no_signature():
    d = doc(f"{BODY}\n\n{BODY2} How many has Eliza? Ever yours\n\nM. R. Mitford\n\nWokingham Sunday")
    assert d.genre == "letter" and [b.type for b in d.blocks] == ["paragraph", "paragraph", "signature", "dateline"]
    assert d.correspondence.sender == "M. R. Mitford"
    assert types("Monsieur,\n\nJe vous écris.\n\nM. Dupont\n\nM. R. Mitford", "letter")[-1] == "signature"


def test_a_lower_case_line_under_the_name_describes_the_signer():
    text = f"Mr W. Whitman\n\n{BODY}\n\n{BODY2}\n\nHenry Wilson\n\nfather of B H Wilson 185 days\n\nP.S. {BODY}\n\nH. W"
    assert types(text)[-4:] == ["signature", "signature", "postscript", "signature"]
    assert types(f"Dear Walt,\n\n{BODY}\n\nHenry Wilson\n\nover")[-1] != "signature"


@pytest.mark.parametrize("greeting", ["Mr. Muchmore,", "To My Oldest Sister Julia", "Miss Mollie Moses"])
def test_an_addressee_alone_over_the_body_is_the_greeting(greeting):
    assert types(f"Camden, N.J., May 19, 1881.\n\n{greeting}\n\n{BODY}\n\nYours truly,\n\nWalt Whitman") == \
        ["dateline", "salutation", "paragraph", "closing", "signature"]
    lines = types(f"Camden, N.J., May 19, 1881.\n\n{greeting}\n12 Main Street\n\n{BODY}\n\nYours truly,\n\nWalt Whitman")
    assert lines[1] == "address"  # with a street under it, an inside address


def test_envelope_after_an_unmarked_signature():
    text = (f"Buffalo Bill's Wild West\n\nTrenton. N. J.\nMay 22nd 1902\n\nDear Julia\n\n{BODY}\n\n{BODY2}\n\n"
            "Brother\n\nBuffalo Bill's Wild West\n\nMay 1901\n\nMrs. Julia. Goodman\nNorth. Platte\nNeb.")
    got = types(text)
    assert got[:6] == ["letterhead", "dateline", "salutation", "paragraph", "paragraph", "signature"]
    assert got[6:] == ["letterhead", "dateline", "address"]


def test_a_note_of_body_and_name_is_a_letter():
    d = doc(f"{BODY} {BODY2} You will hear from me in a day or so.—\n\nJeff")
    assert d.genre == "letter" and [b.type for b in d.blocks] == ["paragraph", "signature"]
    assert doc(f"Council Approves Budget\n\n{BODY} {BODY2}\n\nJeff").genre == "article"  # a headline first
