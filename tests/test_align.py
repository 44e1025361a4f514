from __future__ import annotations

import pytest

from summarizer.grounding.align import Aligner
from summarizer.grounding.normalize import normalize
from summarizer.schema import AlignmentStatus


def test_exact_match_gives_offsets_into_the_original():
    text = "He said \u201cwe will win\u201d today."
    span = Aligner(text).align("we will win")
    assert span.status == AlignmentStatus.exact
    assert text[span.start : span.end] == "we will win" == span.text


@pytest.mark.parametrize(
    "needle",
    [
        '"It\'s a deal - a good one"',  # straight quotes and hyphen for curly quotes and an en dash
        "it\u2019s a deal \u2013 a GOOD one",  # case
        "It\u2019s a  deal \u2013\na good one",  # whitespace and a line break
        "It\u2019s a deal \u2013 a good one.",  # trailing punctuation the article does not have here
    ],
)
def test_normalised_match_forgives_typography(needle):
    text = "Intro. \u201cIt\u2019s a deal \u2013 a good one\u201d, she said."
    span = Aligner(text).align(needle)
    assert span.status in (AlignmentStatus.exact, AlignmentStatus.normalised)
    assert span.text == "It\u2019s a deal \u2013 a good one"
    assert span.verified


def test_multi_paragraph_quote_matches_across_the_reopened_quote_mark():
    text = "He said: \u201cFirst paragraph ends here.\n\n\u201cSecond paragraph goes on,\u201d he added."
    span = Aligner(text).align("First paragraph ends here. Second paragraph goes on,")
    assert span.status == AlignmentStatus.normalised
    # edge punctuation is trimmed from a normalised match
    assert (
        text[span.start : span.end]
        == "First paragraph ends here.\n\n\u201cSecond paragraph goes on"
    )


def test_non_ascii_text_offsets_are_code_points():
    text = "Prezydent Gda\u0144ska \u0141ukasz powiedzia\u0142: \u201eZ\u00f3\u0142\u0107 jest wsz\u0119dzie\u201d. \U0001f600 Koniec \u201eZ\u00f3\u0142\u0107\u201d."
    aligner = Aligner(text)
    span = aligner.align("z\u00f3\u0142\u0107 jest wsz\u0119dzie")
    assert text[span.start : span.end] == "Z\u00f3\u0142\u0107 jest wsz\u0119dzie"
    after_emoji = aligner.align("Koniec")
    assert text[after_emoji.start : after_emoji.end] == "Koniec"


def test_casefold_that_changes_length_maps_back_correctly():
    text = "Die Stra\u00dfe ist lang. STRASSE ist gross."
    span = Aligner(text).align("strasse ist lang")
    assert text[span.start : span.end] == "Stra\u00dfe ist lang"


def test_repeated_phrase_prefers_the_occurrence_near_the_hint():
    text = "A said \u201cno deal\u201d. Later B said \u201cno deal\u201d too."
    second = text.rindex("no deal")
    assert Aligner(text).align("no deal").start == text.index("no deal")
    assert Aligner(text).align("no deal", hint=second - 5).start == second


def test_repeated_phrase_avoids_an_occurrence_already_taken():
    text = "\u201cyes\u201d, said A. \u201cyes\u201d, said B."
    aligner = Aligner(text)
    first = aligner.align("yes")
    second = aligner.align("yes", avoid=[(first.start, first.end)])
    assert second.start == text.rindex("yes")


def test_fuzzy_match_is_found_but_not_verified():
    text = (
        "The minister said the economy would grow by three percent next year, officials confirmed."
    )
    span = Aligner(text).align("the economy will grow by three percent next year")
    assert span.status == AlignmentStatus.fuzzy
    assert not span.verified
    assert 0.9 <= span.score < 1.0
    assert "economy would grow by three percent next year" in span.text
    assert text[span.start : span.end] == span.text


def test_invented_text_is_not_found_and_has_no_offsets():
    span = Aligner("Nothing like it is here.").align("We will send troops tomorrow")
    assert span.status == AlignmentStatus.not_found
    assert span.start is None and span.end is None and not span.verified


def test_short_unmatched_text_is_not_fuzzily_matched():
    assert Aligner("The cat sat on the mat.").align("the bat").status == AlignmentStatus.not_found


def test_normalize_keeps_an_origin_for_every_character():
    n = normalize("A \u201cB\u201d\u2014C")
    assert n.text == "a b-c"
    assert len(n.origin) == len(n.text)
