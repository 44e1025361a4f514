"""The offline backend's rules, one pattern per test, plus the seed article's must-haves."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from summarizer import summarize
from summarizer.evaluation.gold import Suite
from summarizer.ingest.article import Article
from summarizer.offline.actors import ActorIndex, described_type
from summarizer.offline.cues import CueFinder
from summarizer.offline.lexicon import is_demonym, is_people_of_a_place
from summarizer.offline.names import find_mentions
from summarizer.offline.quotes import find_quoted_spans, mask_quotes
from summarizer.render import to_markdown
from summarizer.schema import Summary
from summarizer.text.sentences import split_sentences
from tests.house_style_cases import STORIES_A, STORIES_B, STORIES_C, STORIES_D, STORIES_E


def run(text: str) -> Summary:
    return summarize(text, model="offline")


def speaker_of(summary: Summary, quote_fragment: str) -> str | None:
    quote = next(q for q in summary.quotes if quote_fragment in q.text)
    actor = summary.actor(quote.speaker)
    return actor.name if actor else None


def source_of(summary: Summary, attribution) -> str | None:
    actor = summary.actor(attribution.source) if attribution.source else None
    return actor.name if actor else None


HOUSE_STYLES = (STORIES_A, STORIES_B, STORIES_C, STORIES_D, STORIES_E)


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted_spans(text)]


# --- quote spans ------------------------------------------------------------------------------


def test_straight_and_curly_quotes():
    text = 'He said "first one" and then \u201csecond one\u201d today.'
    assert quoted(text) == ["first one", "second one"]


def test_german_low_and_high_marks_pair_up():
    text = "Merkel said \u201eWir schaffen das\u201c and \u201eno\u201d and left."
    assert quoted(text) == ["Wir schaffen das", "no"]


def test_nested_quotes_stay_inside_the_outer_quote():
    text = 'She wrote: "The sign said "keep out" in red letters," and left.'
    assert quoted(text) == ['The sign said "keep out" in red letters,']
    curly = "She wrote: \u201cThe sign said \u2018keep out\u2019 in red,\u201d and left."
    assert quoted(curly) == ["The sign said \u2018keep out\u2019 in red,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # British style: single marks outside, double marks nested, apostrophes inside words
            "'I didn't see the \"ref\" at all,' said Tanner. 'We're on the up.'",
            ['I didn\'t see the "ref" at all,', "We're on the up."],
        ),
        (  # a plural's apostrophe before a lowercase word, when a later mark closes the quote
            "'The players' union is angry,' he said, 'and so are the fans' clubs.'",
            ["The players' union is angry,", "and so are the fans' clubs."],
        ),
        (  # but before a word no possessive comes before, a plural's mark closes the quote
            "He said they could not 'wait another twenty-five years' for a deal and would explore"
            " 'other paths' if it stalled.",
            ["wait another twenty-five years", "other paths"],
        ),
        (  # elisions open no quote
            "'It was the '90s and we played rock 'n' roll,' he said of 'em all.",
            ["It was the '90s and we played rock 'n' roll,"],
        ),
        (  # curly single marks, and a quote over two paragraphs reopened by its mark
            "She said: \u2018It\u2019s gone.\n\n\u2018Nobody came.\u2019",
            ["It\u2019s gone.\n\n\u2018Nobody came."],
        ),
    ],
)
def test_an_article_quoting_in_single_marks(text: str, expected: list[str]):
    assert quoted(text) == expected


def test_single_marks_stay_inside_when_the_article_quotes_in_double_marks():
    text = "He said \"it's 'fine' now\" and called it 'rubbish'. Fans' views differ."
    assert quoted(text) == ["it's 'fine' now"]
    assert quoted("No quotes here, only Jones' car and the '90s.") == []


def test_partial_quote_inside_a_sentence():
    text = "Macron described it as an \u201celectroshock\u201d for Europe."
    summary = run(
        "French President Emmanuel Macron described it as an \u201celectroshock\u201d for Europe."
    )
    assert quoted(text) == ["electroshock"]
    assert summary.quotes[0].kind.value == "partial"
    assert speaker_of(summary, "electroshock") == "Emmanuel Macron"


@pytest.mark.parametrize(
    ("text", "paragraphs", "first", "last"),
    [
        pytest.param(
            'Mayor Jane Doe said: "The first paragraph ends here.\n\n'
            '"The second paragraph goes on.\n\n'
            '"And the third one closes it," she said.\n',
            3,
            "The first paragraph",
            "closes it,",
            id="each-paragraph-reopens-the-mark",
        ),
        pytest.param(
            "Party treasurer Jane Doe sent a message to the board:\n"
            '"Please tell the board that I will resign if the vote goes ahead.\n'
            'I have given this party twenty years and I will not be ignored."\n',
            2,
            "Please tell the board",
            "will not be ignored.",
            id="continued-on-the-next-line-without-a-reopening-mark",
        ),
    ],
)
def test_multi_paragraph_quotes(text: str, paragraphs: int, first: str, last: str):
    spans = find_quoted_spans(text)
    assert len(spans) == 1 and spans[0].paragraphs == paragraphs
    inner = text[spans[0].start : spans[0].end]
    assert inner.startswith(first) and inner.endswith(last)
    summary = run(text)
    assert len(summary.quotes) == 1 and summary.quotes[0].verified
    assert speaker_of(summary, first) == "Jane Doe"


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said "we will rebuild and it will take years.\n\nThe council met later.\n',
        'A stray mark " here.\n\nAnother " there and "a real one" closed.',
        "\u201cUnclosed curly quote with no end.\n",
        '"',
    ],
)
def test_odd_number_of_quote_marks_neither_crashes_nor_invents_a_span(text: str):
    spans = find_quoted_spans(text)
    for span in spans:
        assert text[span.open_mark] in '"\u201c' and text[span.close_mark] in '"\u201d'
    summary = run(text + " Filler sentence to be long enough.")
    for quote in summary.quotes:
        assert (
            quote.verified and (text + " Filler")[quote.span.start : quote.span.end] == quote.text
        )
    assert all("unclosed" not in q.text.lower() for q in summary.quotes)


def assert_grounded(summary: Summary, text: str) -> None:
    """Every quote verified at its offsets; every span exact; every reference a listed actor."""
    actor_ids = {actor.id for actor in summary.actors}
    for quote in summary.quotes:
        assert quote.verified and text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is None or quote.speaker in actor_ids
    spans = [m for a in summary.actors for m in a.mentions]
    spans += [a.evidence for a in summary.attributions]
    spans += [e for c in summary.claims for e in c.evidence]
    for span in spans:
        assert text[span.start : span.end] == span.text
    assert all(a.source is None or a.source in actor_ids for a in summary.attributions)


def test_random_punctuation_soup_never_crashes_and_every_span_is_in_the_text():
    rng = random.Random(20261125)
    alphabet = list("ab cd Ef Gh \"\u201c\u201d\u2018\u2019'.,;:!?()[]\n\u2014-\u00a0\u2009") + [
        " said ", " Mr ", " she ", " told ", " according to ", "((es))", " Jo Ann ", " The ",
        "Angela Merkel", "Merkel's", " Inc.", " St. ", "al-", "Assad", " the BBC", " U.S. ",
        " government", " German ", " Chinese officials", " 2019 ", "\U0001f600", "\u00c9",
        " Department for ", ", Food and ", " Affairs", " Monmouth poll", " average", " both ",
        " issued a ruling", "By reports", " title", " the firm", " PFAS",
    ]  # fmt: skip
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
        if text.strip():
            assert_grounded(run(text), text)


def test_damaged_news_text_never_crashes_and_gives_the_same_answer_twice():
    """Real article passages, and the house-style stories (some quoted in single marks), with
    marks, line breaks and cues inserted or characters deleted at random: odd quote marks and
    broken paragraphs as they come from copy and paste."""
    rng = random.Random(20261126)
    suite = Suite.load(Path(__file__).resolve().parent.parent / "evals")
    texts = [suite.article(entry).text for entry in suite.entries("all")]
    texts += [story for stories in HOUSE_STYLES for story, _ in stories]
    inserts = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", " '", "' ", "\n", "\n\n"]
    inserts += [" said ", ", ", ". ", ":"]
    inserts += ["\u00a0", " he ", "She ", " according to ", "(", ")", "\u2014", " Mr. ", " The "]
    for _ in range(150):
        source = rng.choice(texts)
        at = rng.randrange(len(source))
        chars = list(source[at : at + rng.randint(50, 1500)])
        for _ in range(rng.randint(1, 12)):
            position = rng.randrange(len(chars) + 1)
            if rng.random() < 0.6:
                chars.insert(position, rng.choice(inserts))
            elif position < len(chars):
                del chars[position]
        text = "".join(chars)
        if text.strip():
            summary = run(text)
            assert_grounded(summary, text)
            assert run(text) == summary  # the name caches never change an answer


def test_marks_around_nothing_but_a_mark_and_a_no_break_space_are_not_a_quote():
    summary = run("Angela Merkel said \u201c\u2019\u00a0\u201d and left the room.")
    assert summary.quotes == [] and summary.warnings == []


# --- speakers and cues ------------------------------------------------------------------------


def test_speaker_before_and_after_the_cue():
    text = (
        '"We will win," said Governor Ann Smith.\n\n'
        'Senator Bob Jones said: "We will not."\n\n'
        '"It is over," Jones told WSJ.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "We will win") == "Ann Smith"
    assert speaker_of(summary, "We will not") == "Bob Jones"
    assert speaker_of(summary, "It is over") == "Bob Jones"
    assert next(q for q in summary.quotes if "It is over" in q.text).cue == "told"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("US Defense Secretary Pete Hegseth said", "Pete Hegseth", "US Defense Secretary"),
        ("Detective Constable Rachel Hurst said", "Rachel Hurst", "Detective Constable"),
        (  # a four-word name with an initial, of a promoter's company ("... Promotions")
            "Ma. Cristina L. Ocampo of Visayas Premier Promotions said",
            "Ma. Cristina L. Ocampo",
            None,
        ),
        (
            "State Police Trooper First Class Janelle Brooks said",
            "Janelle Brooks",
            "State Police Trooper First Class",
        ),
        ("Cllr Rob Whitaker said", "Rob Whitaker", "Cllr"),
        ("Corporator Latha Patil said", "Latha Patil", "Corporator"),
        ("Sgt Paul Denton said", "Paul Denton", "Sgt"),
        ("Uzbek Grandmaster Timur Rashidov said", "Timur Rashidov", "Uzbek Grandmaster"),
        ("Taoiseach Declan Moran said", "Declan Moran", "Taoiseach"),
        ("Ombudsman Deirdre Fallon said", "Deirdre Fallon", "Ombudsman"),
        ("Corporal Daniel Rotich said", "Daniel Rotich", "Corporal"),
        ("Gov. Linda Harwell said", "Linda Harwell", "Gov."),
        ("Special Agent Tom Herrera said", "Tom Herrera", "Special Agent"),
        ("Trooper Janelle Brooks said", "Janelle Brooks", "Trooper"),
        ("Promoter Frank Delaney told Sky Sports:", "Frank Delaney", "Promoter"),
        ("DOT District Engineer Paul Stavros said", "Paul Stavros", "DOT District Engineer"),
        ("Search Coordinator Julie Amundsen said", "Julie Amundsen", "Search Coordinator"),
        ("Incumbent Daniel Okafor, 58, said", "Daniel Okafor", None),
        (  # an organisation word inside the title's "of ..." does not end the title there
            "Minister of Cooperative Governance Thandeka Mokoena said",
            "Thandeka Mokoena",
            "Minister of Cooperative Governance",
        ),
    ],
)
def test_titles_are_split_from_names_and_kept_as_role(sentence: str, name: str, role: str):
    summary = run(f'{sentence} "the plan will not work at all."')
    actor = summary.actor(summary.quotes[0].speaker)
    assert actor.name == name and actor.role == role


@pytest.mark.parametrize("title", ["Cpl.", "Lt.", "Maj."])
def test_an_abbreviated_rank_ends_no_sentence_and_is_not_the_name(title: str):
    summary = run(f'"This is not the outcome we hoped for," {title} Jordan Lavoie said.')
    assert speaker_of(summary, "This is not") == "Jordan Lavoie"


def test_an_age_before_a_name_is_not_part_of_it():
    summary = run('Sixteen-year-old Arjun Pillai told reporters "I was not thinking at all."')
    assert speaker_of(summary, "I was not thinking") == "Arjun Pillai"


@pytest.mark.parametrize("open_mark, close_mark", [('"', '"'), ("\u201c", "\u201d")])
def test_a_nickname_in_quote_marks_stays_inside_the_name(open_mark: str, close_mark: str):
    text = (
        f"Police sergeant Matiu {open_mark}Matt{close_mark} Ratana was shot on Friday.\n\n"
        'Matt Ratana had joined the force in 1991. "He loved the job," said colleague Ann Hill.'
        f' Asked about retirement, Ratana said "there is always one more shift to do."'
    )
    summary = run(text)
    named = [a for a in summary.actors if "Ratana" in a.name]
    assert len(named) == 1
    assert named[0].name == f"Matiu {open_mark}Matt{close_mark} Ratana"
    assert {"Matiu Ratana", "Matt Ratana"} <= set(named[0].aliases)
    assert speaker_of(summary, "one more shift") == named[0].name
    assert not any(q.text == "Matt" for q in summary.quotes)


def test_a_name_first_seen_unclassified_is_a_person_once_a_title_comes_with_it():
    text = (
        "A prisoner shot Ratana at the custody centre on Friday.\n\n"
        "Sergeant Ratana underwent surgery but died later that day."
    )
    assert [(a.name, a.role) for a in run(text).actors] == [("Ratana", "Sergeant")]


@pytest.mark.parametrize(
    ("sentence", "name", "later"),
    [
        ("said Jesús Álvarez de la Fuente, a farmer.", "Jesús Álvarez de la Fuente", "Álvarez"),
        ("said Montserrat Puig i Ferrer, a farmer.", "Montserrat Puig i Ferrer", "Puig"),
        ("said Rhodri ap Gwilym, the fire chief.", "Rhodri ap Gwilym", "Gwilym"),
        ("said Brazilian Thiago Oliveira dos Santos.", "Thiago Oliveira dos Santos", "Oliveira"),
        (
            "said Martín Echeverría Saavedra, the rector.",
            "Martín Echeverría Saavedra",
            "Echeverría",
        ),
    ],
)
def test_names_with_particles_and_two_surnames_stay_whole_and_a_first_surname_links(
    sentence: str, name: str, later: str
):
    text = f'"We will go on," {sentence}\n\n"Nobody listens," {later} said.'
    summary = run(text)
    assert speaker_of(summary, "We will go on") == name
    assert speaker_of(summary, "Nobody listens") == name


@pytest.mark.parametrize("name", ["Raymond J. Castellano", "Seán Ó Dálaigh"])
def test_a_middle_initial_does_not_make_a_name_implausible_for_he(name: str):
    text = (
        f"The family's attorney, {name}, said documents showed that managers, "
        'including former plant director Howard Lusk, had been warned. "This was no mystery,"'
        " he said."
    )
    assert speaker_of(run(text), "no mystery") == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"It is a fair deal," said Ghana\'s Minister of Trade and Industry, Kwabena'
            " Asante-Mensah, at the ceremony.",
            "Kwabena Asante-Mensah",
        ),
        (
            '"It is too early to say," Portugal\'s Office for the Prevention and Investigation'
            " of Aircraft Accidents said.",
            "Office for the Prevention and Investigation of Aircraft Accidents",
        ),
        (
            'The Federal Office for the Environment said the loss was "consistent with the models".',
            "Federal Office for the Environment",
        ),
        (
            'The Office of the Auditor General said there was "no reliable way of measuring it".',
            "Office of the Auditor General",
        ),
        (
            "The National Institute for Public Health and the Environment said the curfew was"
            ' "needed to slow the spread".',
            "National Institute for Public Health and the Environment",
        ),
        (
            "The Wuhan Municipal Epidemic Prevention and Control Headquarters said the measures"
            ' would "cut off the transmission channel".',
            "Wuhan Municipal Epidemic Prevention and Control Headquarters",
        ),
        (
            "The Steel and Metal Workers' Confederation said the closure would be"
            ' "an act of industrial vandalism".',
            "Steel and Metal Workers' Confederation",
        ),
    ],
)
def test_titles_and_organisation_names_with_of_the_and_for_the(text: str, speaker: str):
    summary = run(text)
    assert speaker_of(summary, summary.quotes[0].text[:12]) == speaker


def test_a_person_and_a_body_named_side_by_side_are_two():
    summary = run(
        "NASA astronaut Kayla Brooks and European Space Agency astronaut Luca Ferri went out on"
        ' Friday. "It is very quiet," Ferri said. "It is wonderful," Brooks said.\n'
    )
    assert speaker_of(summary, "wonderful") == "Kayla Brooks"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Physicians for Human Rights said the attacks were "a war crime".',
            "Physicians for Human Rights",
        ),
        ('Doctors Without Borders said the clinic was "overwhelmed".', "Doctors Without Borders"),
        (
            'Thai Lawyers for Human Rights said the arrests were "a serious violation".',
            "Thai Lawyers for Human Rights",
        ),
        (  # a person of the group
            '"It is unacceptable," said Sabrina Bennoui of Reporters Without Borders.',
            "Sabrina Bennoui",
        ),
        (  # a person's lawyers, no group
            'Lawyers for Klaus Weber said their client had been "misled".',
            "Klaus Weber",
        ),
    ],
)
def test_people_named_for_a_cause_are_a_group(text: str, speaker: str):
    summary = run(text + "\n")
    assert speaker_of(summary, summary.quotes[0].text[:8]) == speaker


def test_two_bodies_joined_by_and_the_stay_two():
    summary = run('The Coast Guard and the National Police said the victims were "at mass".\n')
    assert {"Coast Guard", "National Police"} <= {a.name for a in summary.actors}


def test_someone_described_then_reached_by_an_outlet_is_who_said_it():
    summary = run(
        "A resident of the Hankou district, reached by telephone by AFP, said supermarkets had"
        " been stripped.\n"
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("a resident", "said")
    ]


def test_it_is_not_a_country_the_sentence_names():
    summary = run(
        "PulseTrack, a fitness app, has confirmed that an attacker gained access to a database."
        "\n\nThe company, based in Tallinn, Estonia, disclosed"
        " the breach on Sunday, weeks after it says it first detected the attack.\n"
    )
    says = [a for a in summary.attributions if a.cue == "says"]
    assert [source_of(summary, a) for a in says] == ["PulseTrack"]


def test_a_quotes_own_cues_report_no_speech():
    summary = run(
        "Luca Ferri paused to describe the view to flight controllers. As the judge put it to"
        " the court, the case was closed.\n"
    )
    assert [a.cue for a in summary.attributions] == []


def test_a_march_called_by_a_union_is_no_report_of_speech():
    summary = run(
        "The march, called by the Confederation of Chilean Students (Confech), ran along the"
        " Alameda from Plaza Baquedano to the Ministry of Education.\n"
    )
    assert [a.cue for a in summary.attributions] == []


def test_an_age_for_a_person_named_before_is_that_person():
    text = (
        "Guard Jamal Whitaker-Obi led the Mariners with 31 points. The 24-year-old said he had"
        ' "no doubt at all" that the shot was going in.'
    )
    summary = run(text)
    assert speaker_of(summary, "no doubt at all") == "Jamal Whitaker-Obi"
    assert [a.name for a in summary.actors if a.type == "organisation"] == []


def test_a_union_named_for_a_continent_a_nationality_and_a_body_met_on_monday():
    text = (
        "Ministers met the European Commission on Monday. "
        '"It is fair," the commission said.\n\n'
        "China announced export licences, a move that European and Japanese manufacturers "
        "warned could disrupt production.\n\n"
        "Farmers in the Union of Farmers and Livestock Breeders protested. The plan was "
        "condemned by members of the European Union. More protests are planned next week, "
        "the union said.\n"
    )
    summary = run(text)
    assert speaker_of(summary, "It is fair") == "European Commission"  # not "... on Monday"
    assert "Japanese" not in {a.name for a in summary.actors}  # a nationality, not a name
    condemned = next(a for a in summary.attributions if a.cue == "condemned")
    assert source_of(summary, condemned) == "European Union"  # "Union" is no nationality
    union = next(a for a in summary.attributions if a.content.startswith("More protests"))
    assert source_of(summary, union) == "Union of Farmers and Livestock Breeders"


def test_a_pronoun_after_a_sentence_about_a_described_person_is_that_person():
    text = (
        'Fire chief Dana Kowalski said divers were at work. "It is very hard," she said.\n\n'
        "A fisherman who saw the capsize from his boat said many passengers were on deck. "
        '"The wind came suddenly," he said.\n\n'
        "Mr Okafor's mother, who sat in the gallery, read a statement to the court. "
        '"Every morning I forget," she said.\n\n'
        "At a relief camp in Bhogpur, a woman who had fled her home with her three children "
        'said the water came at night. "It was at our knees," she said.\n\n'
        "Rommel Bautista, a 38-year-old fisherman, spent the night on his roof. "
        '"The water came up so fast," he said.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "It is very hard") == "Dana Kowalski"
    assert speaker_of(summary, "The wind came") == "a fisherman"
    assert speaker_of(summary, "Every morning") == "Mr Okafor's mother"
    assert speaker_of(summary, "at our knees") == "a woman"
    assert speaker_of(summary, "came up so fast") == "Rommel Bautista"


def test_words_called_something_by_nobody_named_have_no_speaker():
    summary = run(
        'The outage has been described as "the worst IT crisis in the region\'s history," and'
        ' local lawmakers have called for a review. The plan was described as "a reckless'
        ' gamble" by Senator Ann Lee on Monday.\n'
    )
    assert speaker_of(summary, "the worst IT crisis") is None
    assert speaker_of(summary, "a reckless gamble") == "Ann Lee"


def test_a_post_on_a_newer_platform_is_its_authors():
    summary = run(
        "Narrative designer Emilia Laine wrote on Bluesky that managers had called the project"
        ' "on track" two weeks earlier. "I am angry at the people who said so," she wrote.\n'
    )
    assert speaker_of(summary, "on track") == "Emilia Laine"
    assert speaker_of(summary, "I am angry") == "Emilia Laine"
    assert "Bluesky" not in [actor.name for actor in summary.actors]


def test_described_speakers_with_an_age_a_participle_a_first_name_or_a_long_aside():
    summary = run(
        'Voting began at six. "I came early," said one voter. A woman carrying a sleeping child'
        ' on her back said she had queued since four. "We are tired of promises," she told'
        ' reporters.\n\n"I was born in this house," said an 83-year-old man as he was led away.'
        ' "That place is far, and nobody buys there," shouted one trader.\n\nA woman who gave'
        ' only her first name, Márcia, said she had not heard from her brother. "His phone is'
        ' off," she said.\n\nA senior police officer who asked not to be named, because he was'
        " not authorised to speak, said two men had been arrested.\n"
    )
    assert speaker_of(summary, "tired of promises") == (
        "a woman carrying a sleeping child on her back"
    )
    assert speaker_of(summary, "born in this house") == "an 83-year-old man"
    assert speaker_of(summary, "nobody buys") == "one trader"
    assert speaker_of(summary, "His phone is off") == "Márcia"
    assert source_of(summary, summary.attributions[-1]) == "a senior police officer"


def test_the_noun_after_someone_introduced_with_it_is_that_person():
    summary = run(
        'Samuel Otieno spoke. "It was calm," Otieno said. A senior police officer who asked not'
        " to be named, because he was not authorised to speak, said two men were arrested."
        ' "They had envelopes with cash," the officer said.\n\nAnalyst Anna Lindqvist said'
        ' shares would fall. "They have been too optimistic," another analyst said.\n'
    )
    assert speaker_of(summary, "They had envelopes") == "a senior police officer"
    assert "the officer" not in [actor.name for actor in summary.actors]  # one person, not two
    assert speaker_of(summary, "too optimistic") == "another analyst"  # someone new


def test_a_counted_group_described_with_a_clause_is_the_speaker():
    summary = run(
        'Officials said turnout was high. "It went well," said Ann Lee. Two university students'
        ' who were voting for the first time said they wanted jobs. "Every campaign talks'
        ' about the youth," they said.\n'
    )
    assert speaker_of(summary, "Every campaign") == "two university students"
    assert {a.name: a.type for a in summary.actors}["two university students"] == "other"


def test_someone_new_described_with_a_relative_clause_and_no_commas():
    summary = run(
        'Bev Lambert left with her dog. "We hope," she said. A firefighter who had worked through'
        ' the night told reporters that the fire front was "like standing in front of a'
        ' furnace".\n\nDr Femi Adeyemi spoke. "It spread," said Adeyemi. A commercial'
        " motorcyclist who witnessed the blast told Reuters that crowds had gathered."
        ' "People came with jerrycans," he said. An elderly resident who has lived in the'
        ' village since the 1950s said he heard "a roar like a train" before the slide.\n'
    )
    assert speaker_of(summary, "like standing") == "a firefighter"
    assert speaker_of(summary, "jerrycans") == "a commercial motorcyclist"
    assert speaker_of(summary, "a roar like") == "an elderly resident"
    summary = run(
        'Commissioner Priya Bora spoke. "We need water," Bora said. Nearby, a boatman who had'
        ' been ferrying people to dry land since Monday said he had barely slept. "I take twelve'
        ' in the boat," he said. Two students who were voting said they had chosen the candidate'
        " who promised to create jobs.\n"
    )
    assert speaker_of(summary, "I take twelve") == "a boatman"
    assert [source_of(summary, a) for a in summary.attributions if a.cue == "promised"] == []


# The seventeenth round's constructions: who says each quote (first words -> speaker).
SEVENTEENTH_ROUND_CASES = [
    pytest.param(
        "Grace Whitfield, head of the Retail Council, said stores were waiting. "
        '"It creates a backlog," she said.\n\n'
        "A forklift driver on the picket line at Swanson Dock, who did not want to give his "
        'name, said he had worked there for years. "I have never been on strike," he said.\n\n'
        "One engineer in the Austin office, who asked not to be named, said morale was poor. "
        '"Everyone knew something was coming," she said.\n\n'
        "A nurse at one of the group's hospitals in St Cloud told the Minneapolis Star Tribune "
        'that staff worked longer shifts. "Everything takes twice as long," she said.\n\n'
        "Among the donors is Marcy Dunleavy, a retired nurse from Eugene who said: "
        '"I gave twenty-five dollars."\n\n'
        "Another resident, retired bank employee Prakash Hiremath, said the line was damaged. "
        '"The contractor dug up the road," he said.\n\nA journalist from a Swiss newspaper'
        ' asked whether a vaccine would come this year. "Is that realistic?" the journalist'
        " asked.\n",
        {
            "never been on strike": "a forklift driver on the picket line at Swanson Dock",
            "Everyone knew": "one engineer in the Austin office",
            "twice as long": "a nurse at one of the group's hospitals in St Cloud",
            "twenty-five dollars": "Marcy Dunleavy",
            "dug up the road": "Prakash Hiremath",
            "Is that realistic": "a journalist from a Swiss newspaper",
        },
        id="someone_new_described_with_where_they_are_is_the_speaker_not_the_place",
    ),
    pytest.param(
        "Dr Samuel Adeyemi led the trial. The authors wrote in the paper that the benefit"
        ' "was consistent across age groups" but urged caution.\n\n"Eight years at this company'
        ' and I find out from Bloomberg," wrote one customer service team leader on LinkedIn.\n',
        {"was consistent": "the authors", "Eight years": "one customer service team leader"},
        id="a_study_s_authors_and_a_long_described_job_after_the_quote",
    ),
    pytest.param(
        'Shoppers in Swansea were split. "I needed a kettle," one shopper said. Another, a'
        ' retired teacher, supported the rules. "It is seventeen days," she said.\n',
        {"I needed a kettle": "one shopper", "seventeen days": "a retired teacher"},
        id="another_described_in_apposition_is_someone_new",
    ),
    pytest.param(
        'Health minister Ciarán Doyle urged talks. "Nobody wins," Doyle said.\n\nOutside the'
        " emergency department, a man waiting with his elderly mother said he supported the"
        ' strike. "My mother was here for two nights on a chair," he said.\n',
        {"My mother was here": "a man waiting with his elderly mother"},
        id="a_description_after_an_opening_phrase_and_with_his_or_her_inside",
    ),
    pytest.param(
        'Fire chief Ann Lee spoke. "It is out of control," Lee said.\n\n"We watched it jump the'
        ' highway," said a rancher who had moved his cattle.\n\nA docker who has worked at the'
        ' port for 22 years said younger colleagues were worried. "For me it is a few more'
        ' years," he said.\n',
        {"jump the highway": "a rancher", "a few more years": "a docker"},
        id="described_by_an_everyday_job",
    ),
    pytest.param(
        'Crowds packed the square. "It is beautiful," said one tourist from Melbourne, who was'
        ' travelling with her sister.\n\nHer sister was less certain. "I keep wondering where'
        ' they all come down," she said.\n\nHis mother, Halina Wierzbicka, wept. "He sent money'
        ' home every month," she said.\n',
        {"I keep wondering": "one tourist's sister", "He sent money": "Halina Wierzbicka"},
        id="a_relation_opening_the_sentence_before_is_the_pronoun_s_referent",
    ),
    pytest.param(
        'Outside the station, a young couple said rent decided their vote. "We pay half our'
        ' salaries in rent," the woman said.\n\nHer partner nodded. "Whoever fixes rents will'
        ' get our vote," he said.\n',
        {"Whoever fixes": "the woman's partner"},
        id="a_relation_of_no_stated_gender_opening_the_sentence_before",
    ),
    pytest.param(
        'Passengers queued at the desks. "We have two small children and no hotel," one'
        " traveller, a woman from Grenoble, told Agence France-Presse.\n\nClub chairman Martin"
        ' Ashcroft spoke. "Neil is a good man," Ashcroft said. He added that a replacement would'
        ' be named "within a fortnight".\n',
        {"We have two small": "one traveller", "within a fortnight": "Martin Ashcroft"},
        id="an_aside_with_a_place_and_named_in_a_fortnight_not_a_name",
    ),
    pytest.param(
        'Ari Jonsson spoke. "It is the end," he said. The nearby geothermal spa Hraunlind said it'
        ' would close. "The safety of our guests comes first," the company said.\n',
        {"The safety of our guests": "Hraunlind"},
        id="a_spa_named_with_its_trade_is_the_company",
    ),
    pytest.param(
        "Pilots at the low-cost carrier Aérolis began a strike.\n\nAt the airport, passengers"
        ' queued. "We have no hotel. Nobody here can tell us anything," one traveller said.\n\n'
        'Aérolis said refunds would be offered. "We sincerely apologise," the airline said.\n',
        {"We sincerely apologise": "Aérolis"},
        id="nobody_opening_a_sentence_inside_a_quote_is_no_name",
    ),
    pytest.param(
        "National Police Service spokesperson Daniel Kariuki said 34 people were arrested.\n\n"
        'The Kenya Human Rights Forum said it had documented injuries. "Firing tear gas at'
        ' citizens is not restraint," the group wrote on Facebook.\n',
        {"Firing tear gas": "Kenya Human Rights Forum"},
        id="a_forum_named_for_its_country_is_one_body",
    ),
    pytest.param(
        'Group director Wanjiru Mwangi said "an apology is not enough."\n\nThe boy\'s father, who'
        " spoke to the Daily Nation newspaper, said his son had been on the balcony."
        ' "He was just a child," he said.\n\n"It is bad," Mwangi said. "He did nothing,"'
        " the victim's mother said.\n",
        {"just a child": "the boy's father", "He did nothing": "the victim's mother"},
        id="a_person_described_through_someone_else_is_the_speaker",
    ),
    pytest.param(
        'Claire Moreau led the march. "We will be back," Moreau said. In a statement, the'
        ' Ministry of National Education said the offer was "the largest in a decade". A'
        ' ministry spokesperson told a daily that talks would resume. "We have never stopped'
        ' talking," the spokesperson said.\n',
        {"never stopped": "Ministry of National Education"},
        id="the_spokesperson_of_a_body_named_by_its_noun_is_that_body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVENTEENTH_ROUND_CASES)
def test_who_says_each_quote_in_the_seventeenth_round_s_constructions(
    text: str, expected: dict[str, str]
) -> None:
    summary = run(text)
    assert {fragment: speaker_of(summary, fragment) for fragment in expected} == expected


def test_a_described_speaker_stops_before_a_relative_clause_and_a_steward_is_described():
    text = (
        "Mayor Anna de Vries said the match would go ahead. A 58-year-old steward was taken to "
        "hospital. His son told a broadcaster his father had volunteered for 20 years. "
        '"He does it for love of the club," he said.\n\n'
        '"He called me at four," said a woman whose husband is among the missing.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "love of the club") == "a 58-year-old steward's son"
    assert speaker_of(summary, "called me at four") == "a woman"


def test_the_noun_an_organisation_was_introduced_with_stands_for_it_until_another_is_named():
    text = (
        "Costa Rican club Deportivo San Ramón dismissed its coach on Monday. The club said: "
        '"The board thanks Rodrigo for his work."\n\n'
        "Chen Xiaoling, an officer for the union Unite Industrial, was angry. The union said "
        '"we will fight this closure".\n\n'
        "In 2015 Tesco PLC sold its South Korean chain HomePlus. Tesco PLC now plans to sell "
        "its Polish stores. The chain's press release reported 22 sold units in a year.\n"
    )
    summary = run(text)
    assert speaker_of(summary, "The board thanks") == "Deportivo San Ramón"
    assert speaker_of(summary, "fight this closure") == "Unite Industrial"
    assert "HomePlus" not in {source_of(summary, a) for a in summary.attributions}


def test_the_noun_heading_an_appositive_after_a_name_stands_for_it():
    text = (
        "The Sandiganbayan, the Philippines' special anti-graft court, on Thursday convicted a "
        "former mayor on eleven counts of graft.\n\nIn its 94-page decision, the court said the "
        'evidence showed "a deliberate scheme to convert public funds into private wealth".'
    )
    assert speaker_of(run(text), "a deliberate scheme") == "Sandiganbayan"


def test_a_body_described_with_and_without_its_country_is_one_actor():
    text = (
        "A French aid worker has been freed, the French foreign ministry said on Sunday.\n\n"
        '"It is with immense relief that we learned of the release," the foreign ministry said.'
    )
    summary = run(text)
    [ministry] = summary.actors
    assert speaker_of(summary, "immense relief") == ministry.name == "the foreign ministry"
    assert ministry.aliases == ["the French foreign ministry"]
    assert [source_of(summary, a) for a in summary.attributions] == ["the foreign ministry"]


def test_a_university_named_for_a_state_then_its_campus_is_one_body():
    text = (
        "Professor Daniel Herrera, an astrophysicist at the University of California, Santa "
        "Cruz, said the star would not explode soon.\n\nThe results were announced on Friday by "
        "the University of California, San Diego, which funded the survey for five years."
    )
    summary = run(text)
    assert [source_of(summary, a) for a in summary.attributions] == [
        "Daniel Herrera",
        "University of California, San Diego",
    ]
    assert "San Diego" not in {a.name for a in summary.actors}


@pytest.mark.parametrize(
    "name",
    [
        "Long Range Identification and Tracking (LRIT)",
        "Pacific Gas and Electric (PG&E)",
        "Joint Chiefs of Staff (JCS)",
        "UN High Commissioner for Refugees (UNHCR)",
        "UN Assistance Mission in Afghanistan (UNAMA)",
    ],
)
def test_a_name_with_and_spelled_out_before_its_initials_is_one_body(name: str):
    full, initials = name[:-1].split(" (")
    summary = run(f"The {name} system was checked. {initials} said the data was complete.")
    [body] = summary.actors
    assert (body.name, body.type, body.aliases) == (full, "organisation", [initials])


def test_a_person_named_once_in_full_is_an_actor():
    text = (
        "The fire started on Monday, said Chief Ana Ruiz. James Ford, 61, watched his house "
        "burn before crews arrived from Harlow.\n"
    )
    names = [a.name for a in run(text).actors]
    assert names == ["Ana Ruiz", "James Ford"]  # (not Harlow, nor Monday)


def test_in_an_interview_with_is_the_outlet_not_a_person_in_what_was_said():
    text = (
        "Howard Stern and Don Imus were rivals for decades. Earlier this year, Stern said in an "
        "interview with Rolling Stone he was open to having Imus as a guest on his show."
    )
    summary = run(text)
    interview = next(a for a in summary.attributions if a.cue == "in an interview with")
    outlet = summary.actor(interview.source)
    assert (outlet.name, outlet.type) == ("Rolling Stone", "media")


def test_issued_a_statement_that_and_they_after_the_statements_quote():
    text = (
        "The California Department of Corrections and Rehabilitation did not name the victim."
        '\n\nThe Department issued a statement that an inmate had been stabbed: "There was an '
        'assault on Friday. He was taken to hospital and is in stable condition." They also '
        "said they believed they had identified the attacker, who was being held alone.\n\n"
        "The Whitcombe campaign released a statement on Tuesday afternoon.\n"
    )
    summary = run(text)
    department = "California Department of Corrections and Rehabilitation"
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        (department, "issued a statement"),
        (department, "said"),
    ]  # (a statement with nothing of it reported is no attribution)
    assert speaker_of(summary, "There was an assault") == department


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The UN human rights office said", "UN human rights office"),
        ("The Paris police prefecture said", "Paris police prefecture"),
        ("The Rio Grande do Sul state government said", "Rio Grande do Sul state government"),
    ],
)
def test_a_body_a_name_places_speaks_not_the_name(sentence: str, body: str):
    summary = run(f'{sentence} it was "deeply concerned by the reports of torture".')
    assert speaker_of(summary, "deeply concerned") == body


def test_a_regent_a_single_name_with_an_age_and_a_place_after_in():
    text = (
        'Officer Sri Rahayuningsih said help was coming. "Stay away," she said.\n\n'
        "In Tanjung Laras, the market roof collapsed. Marlina, a 38-year-old shopkeeper, said "
        'she had escaped. "The ground moved like waves," she told the Associated Press.\n\n'
        "Lembah Sari Regent Yohanes Tandiabang declared an emergency. "
        '"We need tents," he told local television. Levels on Earth, 0.2 moles, are low. '
        "Earth is wet.\n\n"
        "In Westvale, where voting closed on Friday, state officials reported that turnout "
        "was high.\n"
    )
    summary = run(text)
    assert speaker_of(summary, "ground moved like waves") == "Marlina"
    assert speaker_of(summary, "We need tents") == "Yohanes Tandiabang"
    assert not {"Tanjung Laras", "Earth", "Westvale"} & {a.name for a in summary.actors}


def test_local_media_and_initial_reports_opening_a_sentence_are_no_names():
    text = (
        "A man was arrested in Kerala on Friday.\n\n"
        "Initial reports stated the fruit was a pineapple. Local media reported that he had "
        "confessed. Rudaw reports the man had ties to a local gang.\n"
    )
    sources = {source_of(run(text), a) for a in run(text).attributions}
    assert "Rudaw" in sources
    assert not {"Initial", "Local"} & sources


def test_a_chant_or_a_sign_is_nobodys_quote_even_with_a_cue_after_it():
    text = (
        "Police estimated the crowd at 6,000. Protesters gathered outside the Ministry of "
        "Agriculture, chanting \u201cNo farmers, no food, no future\u201d.\n\n"
        'At the picket line, where workers carried placards reading "Robots do not pay any '
        'taxes at all", crane operator Teresa Mahlangu told reporters she was worried.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "no food, no future") is None
    assert all("Robots" not in q.text or q.speaker is None for q in summary.quotes)


def test_a_short_chant_or_placard_is_kept_as_a_quote_nobody_is_named_for():
    text = (
        'Hundreds marched to city hall, chanting "No justice, no peace". Some carried placards'
        ' reading "Lynx today, livelihoods gone tomorrow".\n'
    )
    summary = run(text)
    assert [(q.text, q.speaker) for q in summary.quotes] == [
        ("No justice, no peace", None),
        ("Lynx today, livelihoods gone tomorrow", None),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Protesters chanted "This is war" as they marched.', "Protesters"),
        ('"Let us work! Let us work!" the protesters chanted.', "the protesters"),
        (  # not the man in the photographs, nor the street
            "Marchers carried photographs of Kwame Osei-Bonsu along Jalan Gatot Subroto and"
            ' chanted "No justice, no peace".',
            None,
        ),
    ],
)
def test_a_chant_is_the_groups_that_the_sentence_says_chanted_it(text: str, speaker: str | None):
    summary = run(text + "\n")
    assert [speaker_of(summary, q.text) for q in summary.quotes] == [speaker]
    assert not any(c.text.startswith(("This is war", "Let us work")) for c in summary.claims)


def test_outlets_named_before_their_kind_and_nationalities_before_an_outlet():
    text = (
        'Aminu Yakubu told the Punch newspaper: "We are not worried." Jones told the '
        'Portuguese news agency Lusa that "the people are afraid".\n'
    )
    kinds = {a.name: a.type.value for a in run(text).actors}
    assert kinds.get("Punch") == "media"
    assert "Portuguese" not in kinds


def test_airlines_a_sea_and_a_journalist_of_an_outlet():
    text = (
        "An Air India Express flight crashed on landing. Air India said it was investigating the"
        " cause. The debris drifted into the English Channel. The debate was moderated by Kristen"
        " Welker of NBC News. Mahan Air said its planes were safe. Travel by air is still safe."
    )
    summary = run(text)
    assert {a.name: a.type.value for a in summary.actors} == {
        "Air India": "organisation",
        "NBC News": "media",
        "Mahan Air": "organisation",
    }
    assert {source_of(summary, a) for a in summary.attributions} == {"Air India", "Mahan Air"}
    mentions = {m.text: m.kind for m in find_mentions(text, split_sentences(text))}
    assert mentions["Air India Express"] == "organisation"
    assert mentions["Kristen Welker"] == "candidate"  # a person unless the article says else


def test_a_photo_caption_a_preposition_and_an_adviser_before_a_name():
    text = (
        "Former National Security Adviser Susan Rice spoke. Special Envoy Kurt Volker quit.\n\n"
        "Under BIPA, the number drops to six. Around 60 residents demanded that officials"
        " restore the bus service.\n\nSusan Rice Image: White House.\n"
    )
    mentions = [(m.text, m.kind, m.role) for m in find_mentions(text, split_sentences(text))]
    assert mentions == [
        ("Susan Rice", "person", "National Security Adviser"),
        ("Kurt Volker", "person", "Special Envoy"),
        ("BIPA", "organisation", None),
        ("Susan Rice", "candidate", None),
    ]  # (the photo's credit, "White House", is page furniture)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Democrat Chuck Schumer told MSNBC it was sad.", "Chuck Schumer", None),
        ("President-elect Joe Biden said so.", "Joe Biden", "President-elect"),
        ("Assemblywoman Selena Torres spoke.", "Selena Torres", "Assemblywoman"),
        ("Minority Whip Dick Durbin spoke.", "Dick Durbin", "Minority Whip"),
        ("Comrade Robert Mugabe spoke.", "Robert Mugabe", "Comrade"),
        ("Monsignor Jorge Scheinig spoke.", "Jorge Scheinig", "Monsignor"),
        ("Co-founder Jing Wang spoke.", "Jing Wang", "Co-founder"),
        (
            "Prime Minister-designate Mustafa Adib spoke.",
            "Mustafa Adib",
            "Prime Minister-designate",
        ),
        ("The Honorable Pedro Pierluisi Urrutia spoke.", "Pedro Pierluisi Urrutia", "Honorable"),
        ("Cde Robert Mugabe spoke.", "Robert Mugabe", "Cde"),
        ("Bishop Emeritus Dinualdo Gutierrez died.", "Dinualdo Gutierrez", "Bishop Emeritus"),
        ("Social Democrat Aino Lehtinen won.", "Aino Lehtinen", None),
        ("Evacuee Meity Tamaka, 52, reached Ulu.", "Meity Tamaka", None),
        ("Pensioner Nora Culkin, 84, came in.", "Nora Culkin", None),
        ("Local TD Declan Moriarty said so.", "Declan Moriarty", "Local TD"),
        ("Former MLA Anupama Shukla said so.", "Anupama Shukla", "MLA"),
        ("Sergeant Dean Mulcahy said so.", "Dean Mulcahy", "Sergeant"),
        ("Dean Erwin Chemerinsky said so.", "Erwin Chemerinsky", "Dean"),
    ],
)
def test_a_party_or_a_title_before_a_name_is_not_in_it(sentence: str, name: str, role: str):
    assert [(m.text, m.role) for m in find_mentions(sentence, split_sentences(sentence))][0] == (
        name,
        role,
    )


def test_a_law_a_war_and_a_body_named_by_its_last_word_are_no_people():
    summary = run(
        "Amnesty International said the arrests were unlawful. The Voting Rights Act was"
        " weakened in 2013; Democrats want the Voting Rights Act restored. The Iraq War and"
        " the Iraq War's veterans were debated. Ashcombe United said the match was off. Bill"
        " Weld said he would run, and Weld later did."
    )
    assert {a.name: a.type.value for a in summary.actors} == {
        "Amnesty International": "organisation",
        "Ashcombe United": "organisation",
        "Bill Weld": "person",
    }  # a law or a war named twice is no actor (it would be one if it spoke)


def test_initials_of_a_thing_and_a_shouted_word_name_no_body():
    text = (
        "The WHO said HIV and AIDS cases fell. The DNA test was shown on TV. The signs read SHAME,"
        " and the crowd chanted shame at the minister."
    )
    names = [m.text for m in find_mentions(text, split_sentences(text))]
    assert names == ["WHO"]


def test_a_country_named_only_as_where_things_happen_is_not_listed():
    summary = run(
        "The storm hit farms in Argentina on Monday and moved on to Uruguay. Flights from"
        " Argentina were cancelled. Uruguay declared an emergency, and Uruguay's army was sent"
        " to the coast.\n"
    )
    assert [(a.name, a.type.value) for a in summary.actors] == [("Uruguay", "government")]


def test_a_body_named_of_a_title_word_is_a_body_and_a_title_of_it_a_role():
    text = "The Ministry of Justice said so. The Minister of Justice said no."
    assert [(m.text, m.kind, m.role) for m in find_mentions(text, split_sentences(text))] == [
        ("Ministry of Justice", "organisation", None),
        ("", "role", "Minister of Justice"),
    ]


def test_radio_outlets_the_daily_x_after_newspaper_and_place_based_adjectives():
    text = (
        "On Thursday, UK-based retailer Tesco and Denmark-based Salling Group announced a deal."
        " Aminu Yakubu told the Dhaka-based newspaper The Daily Meghna the deal was done. Radio"
        " Free Europe reported it. The Hong Kong-based group said no. The Radio Control Law"
        " passed. The Television Festival of Ouagadougou opened. The contract went to"
        " Pampanga-based Golden Arc Builders Incorporated. North Pennine Water said so. West Ham"
        " United won."
    )
    assert [(m.text, m.kind) for m in find_mentions(text, split_sentences(text))] == [
        ("Tesco", "organisation"),
        ("Salling Group", "organisation"),
        ("Aminu Yakubu", "candidate"),
        ("Daily Meghna", "media"),
        ("Radio Free Europe", "media"),
        ("Radio Control Law", "candidate"),
        ("Television Festival", "candidate"),  # (of a place: not in the name)
        ("Golden Arc Builders Incorporated", "organisation"),
        ("North Pennine Water", "candidate"),
        ("West Ham United", "candidate"),
    ]


def test_outlets_keep_their_own_spelling_and_a_given_name_is_no_outlet():
    summary = run(
        "Jean Dupont told Agence France-Presse the plant was shut. BBC News reported it first."
        " RIA Novosti said it would reopen. Al Gore said the plant must reopen. Sky Brown said it"
        ' was a shame. "Yes," Dupont told AFP.'
    )
    kinds = {a.name: a.type.value for a in summary.actors}
    assert kinds["Agence France-Presse"] == kinds["BBC"] == kinds["RIA Novosti"] == "media"
    assert kinds["Al Gore"] == kinds["Sky Brown"] == "person"
    assert ("Agence France-Presse", "told Agence France-Presse") in {
        (source_of(summary, a), a.cue) for a in summary.attributions
    }


def test_an_appositive_role_stops_before_and_a_second_description():
    text = (
        "Aiko Nakamura, a glaciologist at the Polar Research Centre and the study's lead author, "
        "said the ice was thinning. Camila Ruiz, the spokesperson and a law student, said it "
        "was bad.\n"
    )
    roles = {a.name: a.role for a in run(text).actors}
    assert roles["Aiko Nakamura"] == "glaciologist at the Polar Research Centre"
    assert roles["Camila Ruiz"] == "spokesperson"


def test_a_time_zone_is_not_an_organisation():
    text = (
        "At about 15:30 local time (1430 UTC) a fire broke out. It was put out at 1610 UTC, the"
        ' fire service said. "Nobody was hurt," a spokesperson said.\n'
    )
    assert "UTC" not in [a.name for a in run(text).actors]


def test_an_era_is_not_an_organisation_and_a_university_is_not_the_company():
    text = (
        "The villa was occupied from AD 250 to AD 400, said Dr Priya Mehta of Northfield"
        " University. The site was found before building work began."
        ' The company said it was "thrilled to have played a part in this discovery".'
    )
    summary = run(text)
    assert "AD" not in [a.name for a in summary.actors]
    assert speaker_of(summary, "thrilled") == "the company"  # no company named


def test_a_titled_name_of_an_organisation_is_the_person_then_the_organisation():
    text = (
        "Economist Dr Leilani Fonoti-Harris of Coastal Bank said prices would recover, "
        '"but not quickly enough for the farmers".'
    )
    summary = run(text)
    assert speaker_of(summary, "not quickly enough") == "Leilani Fonoti-Harris"
    assert [a.name for a in summary.actors] == ["Leilani Fonoti-Harris"]


ORGANISATION_NOUN_CASES = [
    (  # "the police" is the force named before, not the last person quoted
        'Spokesperson Martín Echeverría said: "Nobody is closing any university."\n\n'
        "The Buenos Aires City Police estimated attendance at 120,000."
        ' "There were no arrests," the police said.',
        "no arrests",
        "Buenos Aires City Police",
    ),
    (  # a relative clause with its own subject between the speaker and the verb
        "The Homeland Alliance, whose leader Arvis Kalnins campaigned on tighter citizenship"
        " rules and a ban on foreign funding for non-governmental organisations, said in a"
        ' statement that it was "ready to take responsibility for the country".',
        "ready to take",
        "Homeland Alliance",
    ),
    (  # a role word that is a title too
        "Station commander Joseph Ekwueme said crews had rescued six people.\n\n"
        'Dogs searched the rubble. "Everybody is accounted for," the station commander said.',
        "accounted for",
        "Joseph Ekwueme",
    ),
    (  # a kind of business before the name makes it the company
        "Telecommunications provider Lumina Mobile said on Wednesday that the details of"
        " 1.8 million customers had been stolen.\n\nThe company said in a statement posted"
        ' on its website that it had "immediately taken steps to secure our systems".',
        "immediately taken steps",
        "Lumina Mobile",
    ),
    (  # a trade before the name, not at the sentence's opening, makes it the company
        "The electricity network operator Ouest Réseau said around 380,000 homes were without"
        ' power. "Our teams will work day and night," the company said in a statement.',
        "work day and night",
        "Ouest Réseau",
    ),
    (  # the trade in apposition before the name
        "The site was found before building work by the developer, Ashgrove."
        ' The company said it was "thrilled to have played a part in this discovery".',
        "thrilled",
        "Ashgrove",
    ),
    (  # no organisation named: the name the last sentences open with is the company
        "Kestrel Home Appliances announced on Tuesday that it will close its factory.\n\n"
        'The company said the decision followed "a comprehensive review of our footprint".',
        "comprehensive review",
        "Kestrel Home Appliances",
    ),
]


def test_a_shop_an_outlet_and_a_three_word_name_after_a_long_title():
    text = (
        "Robbers targeted Castellano Fine Jewellers on Monday. The owner, Vincenzo Castellano,"
        ' spoke to reporters. "I spoke to him last night," Castellano said.\n\n'
        "Adaeze Nwosu was born in 1939 in Onitsha. She worked as a journalist.\n\n"
        "In a 2009 interview with the magazine Africa Letters, she said she had never set out"
        ' to be political. "I only wanted to tell the truth," she said.'
        "\n\nDirector of Public Prosecutions Amina Hassan Farah welcomed the sentence. "
        '"This case sends a clear message," she said.'
    )
    summary = run(text)
    assert speaker_of(summary, "I spoke to him") == "Vincenzo Castellano"
    assert speaker_of(summary, "I only wanted") == "Adaeze Nwosu"
    assert speaker_of(summary, "clear message") == "Amina Hassan Farah"
    assert (
        summary.actor("africa-letters") is None or summary.actor("africa-letters").type == "media"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("High Commissioner for Peace Camila Restrepo Arango said", "Camila Restrepo Arango"),
        (
            "Vice Minister of Hydrocarbon Supply Ximena Arce Villarroel said",
            "Ximena Arce Villarroel",
        ),
        (
            "Minister for Canal Affairs José Ignacio Moreno Alba said",
            "José Ignacio Moreno Alba",
        ),
        ("Director of Public Works John Smith said", "John Smith"),
        ("Secretary of State for Northern Ireland Hilary Benn said", "Hilary Benn"),
    ],
)
def test_a_name_of_two_surnames_after_a_title_with_a_field(sentence: str, name: str):
    summary = run(f'{sentence} "the plan will not work at all."')
    assert summary.actor(summary.quotes[0].speaker).name == name


def test_craftspeople_miners_and_rangers_are_described_speakers():
    summary = run(
        '"I use it to sell my crafts," said a 27-year-old artisan from Niterói.\n\nA ranger at a'
        ' camp near the village, who declined to be named, said they had no orders. "We only take'
        ' instructions from our commanders," he said.\n'
    )
    assert speaker_of(summary, "sell my crafts") == "a 27-year-old artisan"
    assert speaker_of(summary, "take instructions") == "a ranger at a camp near the village"


def test_a_name_inside_a_described_speakers_who_clause_is_not_the_speaker():
    summary = run(
        '"We are the ones who pay," a farmer who fled with his children to the departmental'
        " capital Popayán told AFP.\n\nA woman who gave her name as Umm Karim said her family"
        ' had stayed. "We were born here," she said.\n'
    )
    assert speaker_of(summary, "ones who pay") == "a farmer"
    assert speaker_of(summary, "born here") == "Umm Karim"


def test_an_unnamed_headteacher_or_principal_is_described_not_a_place_or_a_pupil():
    summary = run(
        'A headteacher at a basic school in Kasoa, who asked not to be named, said: "Only two'
        " teachers came.\"\n\nLearner Asive Mbotshwa walks 12km. The school's principal, who"
        ' asked not to be named, said attendance had dropped. "Some days half are here," he'
        " said.\n"
    )
    assert speaker_of(summary, "Only two") == "a headteacher at a basic school in Kasoa"
    assert speaker_of(summary, "half are here") == "the school's principal"


def test_a_body_named_in_an_appositive_after_its_description_says_a_partial_quote():
    summary = run(
        "Paraguay\u2019s state power utility, the National Electricity Administration (ANDE), said"
        ' in a statement that any cut "would compromise investment" and put supply at risk.\n'
    )
    assert speaker_of(summary, "would compromise") == "National Electricity Administration"


def test_riders_dealers_detainees_and_pensioners_are_described_speakers():
    summary = run(
        '"If I stop now I lose the bonus," one rider said.\n\nA dealer in Dongguan who declined'
        ' to be named said traffic had doubled. "People come in and wait," he said.\n\n"They'
        ' beat us," the former detainee said.\n\n"I stopped following," said one pensioner.\n'
    )
    assert speaker_of(summary, "If I stop") == "one rider"
    assert speaker_of(summary, "People come in") == "a dealer in Dongguan"
    assert speaker_of(summary, "They beat us") == "the former detainee"
    assert speaker_of(summary, "stopped following") == "one pensioner"


def test_a_person_given_only_a_surname_after_a_description_is_named():
    summary = run(
        "At a shelter, a 71-year-old woman surnamed Leung said she had come with her husband."
        '\n\n"Our flat is on the second floor," she said.\n\nAnother worker, a machine operator'
        ' who gave only his surname, Pham, said most were not demanding more. "We are not'
        ' asking for more," he said.\n'
    )
    assert speaker_of(summary, "second floor") == "Leung"
    assert speaker_of(summary, "not asking") == "Pham"


def test_brig_is_a_short_title_not_a_sentence_end():
    summary = run(
        "\u201cWe found computers and scripts,\u201d National Police spokesman Brig. Gen. Sok"
        " Vannara told reporters in Phnom Penh on Wednesday."
    )
    assert speaker_of(summary, "found computers") == "Sok Vannara"


def test_a_watchdog_named_watch_is_one_organisation_after_a_place():
    summary = run(
        "Korea Budget Watch, a civic group that monitors government spending, called on both"
        " parties to publish their cuts. \u201cBoth sides want headlines,\u201d the group said."
    )
    assert speaker_of(summary, "Both sides") == "Korea Budget Watch"
    assert summary.actor(summary.quotes[0].speaker).type == "organisation"


def test_an_unknown_region_after_a_place_in_an_appositive_is_not_the_speaker():
    summary = run(
        "Lestari, 31, a garment worker from Bekasi, West Java, said she had been on rolling"
        ' contracts. "Every six months I am nervous," she said.\n\nThe owner of Brampton'
        ' Airfield, Clive Ashby, said the aircraft had been serviced. "We replaced the caps,"'
        " he said.\n"
    )
    assert speaker_of(summary, "Every six months") == "Lestari"
    assert speaker_of(summary, "replaced the caps") == "Clive Ashby"


def test_chairman_does_not_make_a_person_a_man():
    summary = run(
        "MP Lim Siew Ping said she supported the Bill. 'Nobody is against it,' she said.\n\n"
        "Group chairman Aishah Rahman welcomed the law. 'Today is a good day,' she said.\n"
    )
    assert speaker_of(summary, "Today is a good day") == "Aishah Rahman"


@pytest.mark.parametrize("adjective", ["Rival", "Embattled", "Cash-strapped", "Loss-making"])
def test_a_describing_word_opening_a_sentence_is_not_part_of_a_companys_name(adjective: str):
    summary = run(
        f'{adjective} Xingchen Motors said it had no plans to follow. "Our pricing is stable,"'
        " a company spokesman said."
    )
    assert speaker_of(summary, "pricing is stable") == "Xingchen Motors"


@pytest.mark.parametrize("adjective", ["Dubai-registered", "Dubai-based"])
def test_a_place_made_an_adjective_opening_an_appositive_is_not_the_companys_name(adjective):
    summary = run(
        f"The tanker's owner, {adjective} Marlin Maritime Ltd, said in a statement that the"
        ' vessel had "encountered bad weather".'
    )
    assert speaker_of(summary, "encountered bad weather") == "Marlin Maritime Ltd"


def test_the_airport_and_the_headquarters_speak_for_the_ones_named_before():
    summary = run(
        "All flights from Brussels Airport were cancelled on Monday.\n\nThe airport said in a"
        ' statement that it had "no choice but to cancel all departures".\n\nThe Coordination'
        " Headquarters for the Treatment of Prisoners of War said 84 men were back. Some were"
        ' soldiers of the Navy, the headquarters said, held "since the first weeks of the'
        ' invasion."\n'
    )
    assert speaker_of(summary, "no choice") == "Brussels Airport"
    assert speaker_of(summary, "since the first weeks") == (
        "Coordination Headquarters for the Treatment of Prisoners of War"
    )


def test_a_bare_spokesperson_speaks_for_the_body_whose_reaction_opens_the_sentence_before():
    summary = run(
        "The European Commission, which has linked EU funds to judicial reforms, welcomed the"
        " vote. A spokesperson said it was \u201ca positive development\u201d.\n\nThe"
        ' council met on Monday. "We will look at it," a spokesperson said.\n'
    )
    assert speaker_of(summary, "a positive development") == "European Commission"
    assert speaker_of(summary, "look at it") == "a spokesperson"


def test_the_son_of_another_victim_speaks_not_the_victim():
    summary = run(
        "Outside the court, the son of another victim told reporters the sentence was too"
        ' light.\n\n"That is not justice," he said.\n'
    )
    assert speaker_of(summary, "not justice").startswith("the son")


def test_a_single_name_after_a_word_for_someone_is_a_person():
    summary = run(
        'Wahyudi said the road was closed. "We cannot pass," he said.\n\nAt a school, 54-year-old'
        " coffee farmer Sutrisno said he had left his goats. \u201cI heard the rumbling,\u201d"
        " he said.\n"
    )
    assert speaker_of(summary, "heard the rumbling") == "Sutrisno"


def test_a_described_speaker_after_an_opening_away_from_phrase():
    summary = run(
        "'We are losing species,' said Femke Hoekstra-de Boer, an ecologist.\n\nAway from the"
        " crowd, one pig farmer from Ede, who did not want to be named, said he was considering"
        " the offer. 'If the price is right, I will think about it,' he said.\n"
    )
    assert speaker_of(summary, "price is right") == "one pig farmer"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_dato_with_its_apostrophe_is_a_title_before_the_name(apostrophe: str):
    summary = run(
        f"Group managing director Dato{apostrophe} Sri Vincent Chong said the campus would not"
        ' use public water. "We will use a closed-loop cooling system," he said.'
    )
    assert speaker_of(summary, "closed-loop") == "Vincent Chong"


def test_a_judge_is_the_judge_the_next_sentence_opens_with_by_title():
    summary = run(
        'A bank manager was jailed on Thursday, after a judge said she had "preyed on the trust'
        ' of the most vulnerable".\n\nDistrict Court Judge Raymond Cheuk Man-lok said she had'
        ' forged signatures.\n\nA witness said she "was always polite". Police Inspector Tom Hale'
        " said she was arrested in May.\n"
    )
    assert speaker_of(summary, "preyed on") == "Raymond Cheuk Man-lok"
    assert speaker_of(summary, "always polite") == "a witness"


def test_an_ambassadors_post_is_not_part_of_their_name():
    summary = run(
        'EU Ambassador to Moldova Johanna Lindberg-Koskinen said the bloc was "ready to support'
        ' both banks of the Dniester".'
    )
    assert speaker_of(summary, "ready to support") == "Johanna Lindberg-Koskinen"


@pytest.mark.parametrize("title", ["Uncle", "Aunty", "Kuia", "Kaumātua", "Ratu", "PCSO", "Grazier"])
def test_elders_honorifics_and_local_titles_are_not_part_of_the_name(title: str):
    summary = run(f'{title} Miriam Galawurr said: "We have waited ten years for these houses."')
    assert speaker_of(summary, "waited ten years") == "Miriam Galawurr"


def test_a_colonels_short_title_without_a_full_stop_is_not_part_of_the_name():
    summary = run(
        "Col Ahmad Khasawneh, the camp's director, said there were no plans to close it."
        ' "Nobody will be forced to leave," he said.'
    )
    assert speaker_of(summary, "Nobody will be forced") == "Ahmad Khasawneh"


def test_sheikh_after_a_given_name_is_a_surname_but_before_one_a_title():
    summary = run(
        "Barrister Kamran Sheikh, representing the authority, told the court the channel had"
        ' been blocked. "The content was found to be against the law," he argued. Dubai ruler'
        ' Sheikh Mohammed said "nothing" about it.'
    )
    assert speaker_of(summary, "against the law") == "Kamran Sheikh"
    assert speaker_of(summary, "nothing") == "Mohammed"


@pytest.mark.parametrize("body", ["Israeli military", "Lebanese presidency"])
def test_a_countrys_military_or_presidency_speaks_as_a_described_body(body: str):
    summary = run(f'The {body} said in a statement that the strike was "a flagrant violation".')
    speaker = next(a for a in summary.actors if a.id == summary.quotes[0].speaker)
    assert (speaker.name, speaker.type) == (f"the {body}", "organisation")


def test_general_after_a_bodys_word_is_part_of_the_bodys_name_not_a_title():
    summary = run(
        "The Directorate General of Meteorology warned that more rain was on the way."
        ' "Another system is expected from Tuesday," the directorate said. Police General'
        ' Somchai Wong said "the roads are closed".'
    )
    assert speaker_of(summary, "Another system") == "Directorate General of Meteorology"
    assert speaker_of(summary, "the roads are closed") == "Somchai Wong"


def test_the_group_is_the_body_the_sentence_before_opens_with_not_the_last_body_named():
    summary = run(
        "The European Consumer Organisation said the Commission should go further and order"
        ' Kassa to compensate merchants. "Merchants were overcharged," the group said.'
    )
    assert speaker_of(summary, "Merchants were overcharged") == "European Consumer Organisation"


def test_a_civil_defence_is_a_body_and_a_defence_minister_a_person():
    summary = run(
        "The Syria Civil Defence said its teams had removed 140 munitions. Defence Minister"
        ' Armindo Macuácua said "the army is ready".'
    )
    types = {a.name: a.type for a in summary.actors}
    assert types["Syria Civil Defence"] == "organisation"
    assert speaker_of(summary, "the army is ready") == "Armindo Macuácua"


def test_an_elder_is_called_by_honorific_and_given_name_but_a_song_is_no_elder():
    summary = run(
        "Corporation chair Aunty Miriam Galawurr said overcrowding was making people sick.\n\n"
        '"We have old people sleeping on mattresses," Aunty Miriam said.\n\nThe band played'
        ' "Uncle John\'s Band" as the crowd left.\n'
    )
    assert speaker_of(summary, "old people sleeping") == "Miriam Galawurr"
    assert "John" not in {a.name for a in summary.actors}


def test_police_opening_a_sentence_opens_a_forces_name_with_of():
    summary = run(
        "The Police Service of Northern Ireland later posted an appeal. \u201cDid you see anyone"
        " in the area? Even a small detail could help,\u201d the post said."
    )
    assert speaker_of(summary, "Did you see") == "Police Service of Northern Ireland"


def test_she_after_a_bodys_unnamed_spokeswoman_is_the_body_not_a_person_named_before():
    summary = run(
        "Detective Inspector Fraser Kidd said officers were at the scene.\n\nA Scottish Fire and"
        ' Rescue Service spokeswoman said crews had rescued two people.\n\n"Firefighters worked'
        ' in extremely challenging conditions," she said.\n'
    )
    assert speaker_of(summary, "Firefighters worked") == "Scottish Fire and Rescue Service"


def test_the_pensioner_is_the_person_the_story_is_about_not_someone_new():
    summary = run(
        "Carys Pritchard-Jones, 67, said she had never seen the river so high.\n\nThe"
        ' pensioner, who is staying with her son, said she was fortunate. "I have somewhere'
        ' to go," she said.\n'
    )
    assert speaker_of(summary, "somewhere to go") == "Carys Pritchard-Jones"


def test_a_body_of_people_named_by_a_plural_title_of_a_place_is_the_body():
    summary = run(
        "The Association of Mobile Money Agents of Kenya said the levy could cost jobs."
        ' "Customers will avoid agents," the association said.\n'
    )
    assert speaker_of(summary, "avoid agents") == "Association of Mobile Money Agents of Kenya"


def test_a_festival_is_no_person_and_the_monarch_is_the_traditional_ruler():
    summary = run(
        "The traditional ruler of Umuezeoka, Igwe Chukwudi Nnabuife, has warned youths.\n\nThe"
        " monarch spoke at this year\u2019s Iri Ji (New Yam) festival.\n\n\u201cAny young man"
        " caught will be handed over,\u201d the monarch said.\n"
    )
    assert speaker_of(summary, "Any young man") == "Chukwudi Nnabuife"
    assert not {"Iri Ji", "New Yam"} & {actor.name for actor in summary.actors}


def test_a_private_company_form_in_brackets_is_part_of_the_name():
    summary = run(
        "In a statement, Mutoko Black Granite (Pvt) Ltd said it complied with all rules.\n\n"
        '"Our blasting is done by licensed professionals," the company said.\n'
    )
    assert speaker_of(summary, "Our blasting") == "Mutoko Black Granite (Pvt) Ltd"


def test_a_naval_prefecture_is_a_force_and_a_japanese_prefecture_no_body():
    summary = run(
        "Buenos Aires, February 20 (MercoPress) \u2013 The Argentine Naval Prefecture said it had"
        " seen 400 boats and warned that it would act 'firmly' against any incursion.\n"
    )
    assert speaker_of(summary, "firmly") == "Argentine Naval Prefecture"
    summary = run('Iwate Prefecture said on Monday that "all roads are open" again.\n')
    assert all(actor.type != "organisation" for actor in summary.actors)


def test_a_spokesperson_speaks_for_the_body_reporting_after_a_place_opening():
    summary = run(
        "In Stanley, the Falkland Islands Fisheries Department said the fleet had stayed out."
        ' "Our patrols have not detected any illegal activity," a spokesperson said.\n'
    )
    assert speaker_of(summary, "Our patrols") == "Falkland Islands Fisheries Department"
    summary = run(
        "The Oost-Nederland police said the protest had been peaceful. 'We respect the right to"
        " protest, but the motorway is not a car park,' a spokeswoman said.\n"
    )
    assert speaker_of(summary, "We respect") == "Oost-Nederland police"


def test_the_official_is_the_one_introduced_since_the_last_titled_person():
    summary = run(
        'Union president Thokozani Chirwa said it was late. "We keep repeating mistakes," she'
        " said.\n\nAn Admarc official at the depot, who asked not to be named, said few bags had"
        ' come. "We are just workers," the official said.\n\nNino Beridze, a 27-year-old doctor'
        ' who joined the march, said she had protested. "We grew up believing," the doctor'
        " said.\n"
    )
    assert speaker_of(summary, "just workers") == "an Admarc official at the depot"
    assert speaker_of(summary, "grew up believing") == "Nino Beridze"


def test_someone_new_described_by_a_nationality_or_a_capitalised_subject():
    summary = run(
        "A British climber who reached the summit in May told the BBC that the queues had been"
        ' "frightening and long".\n\nA 300-level Microbiology student, who did not want her name'
        ' in print, said she had paid. "I am just sitting in the hostel," she said.\n'
    )
    assert speaker_of(summary, "frightening") == "a British climber"
    assert speaker_of(summary, "sitting in the hostel") == "a 300-level Microbiology student"


def test_the_force_is_the_police_named_before():
    summary = run(
        "At least eight people were killed, according to the Rio de Janeiro Military Police."
        "\n\nThe operation targeted a drug faction, the force said in a statement. It described"
        ' the dead as "suspects who opened fire on the teams".\n'
    )
    assert speaker_of(summary, "suspects who") == "Rio de Janeiro Military Police"


def test_and_warned_after_a_reported_clause_about_an_unknown_name_is_the_speakers():
    summary = run(
        "President Joaquín Barreiro Sienra said that Mercosur could not wait for a deal with the"
        " European Union, and warned that his country would explore \u201cother paths\u201d.\n"
    )
    assert speaker_of(summary, "other paths") == "Joaquín Barreiro Sienra"


SCIENCE_AND_SPORT_CASES = [
    (  # an occupation opening a sentence is not part of the name
        "Pianist Lucien Marchetti-Barros, who played in the quartet for two decades, said he"
        ' had lost "a brother, a teacher and the most stubborn man I ever met".',
        "a brother, a teacher",
        "Lucien Marchetti-Barros",
    ),
    (  # "binti" inside a Malay name
        '"We will share everything," said Siti Rahmah binti Abdullah, the mission director.'
        ' "Eleven years of work came down to one night," Abdullah said.',
        "Eleven years",
        "Siti Rahmah binti Abdullah",
    ),
    (  # a study a reporter describes is no "she"
        "Rosa Quispe Mamani led the survey of 300 glaciers.\n\n"
        "Quispe Mamani stressed that the study describes losses that have already occurred."
        ' "This is not a prediction for 2100," she said.',
        "not a prediction",
        "Rosa Quispe Mamani",
    ),
    (
        "Kwame Asante-Boateng, 19, had only come on in the 81st minute."
        ' "My hands were shaking when I put the ball down," the teenager said.',
        "My hands were shaking",
        "Kwame Asante-Boateng",
    ),
    (  # "when asked": the one asked answers, not "his manager"
        "Dario Mancuso-Li was more measured than his manager when asked about the penalty."
        ' "It is done. We cannot change it," he said.',
        "It is done",
        "Dario Mancuso-Li",
    ),
]


def test_an_unclassified_name_ending_in_the_noun_is_the_organisation_it_describes():
    text = (
        "The Riga Lights International Film Festival closed on Sunday. The festival said in a"
        " press release that attendance had risen. \"This year's audience was the youngest in"
        ' our history," the release said.'
    )
    summary = run(text)
    assert speaker_of(summary, "audience was the youngest") == (
        "Riga Lights International Film Festival"
    )
    assert summary.actor(summary.quotes[0].speaker).type == "organisation"


QUESTION_AND_ANSWER_CASES = [
    (  # a person's question, then more of their words: nobody else answers
        'Mary Wanjiku said she had lost everything. "Our house is now mud," she said.\n\nThe'
        ' order angered residents. "They tell us to move, but move to where?" asked one young'
        ' man. "Nobody is giving us land."',
        "Nobody is giving",
        "one young man",
    ),
    (
        "Wikinews asked Amara Nwosu, the centre's clinical lead, about waiting times.\n\n"
        'Wikinews asked Nwosu: "How long before patients notice a difference?"\n\n'
        '"Honestly? Not overnight. We need people to know the centre is here."',
        "Honestly? Not overnight",
        "Amara Nwosu",
    ),
    (  # a question from the outlet alone: the answer is the interviewee's
        '"We have lodged an appeal," said Sanjay Mehta-Rao, who chairs the residents\''
        ' group.\n\nWikinews asked: "What about the roads?"\n\n'
        '"We are paying for a new roundabout and for improvements to the junction."',
        "We are paying for a new",
        "Sanjay Mehta-Rao",
    ),
]


NAMED_ROLE_CASES = [
    (
        "The store employs 64 people. Its managing director, Eleanor Featherstone-Voss, is"
        " the great-great-granddaughter of founder Josiah Featherstone.\n\n"
        '"This is the hardest thing I have ever had to do," she said.',
        "the hardest thing",
        "Eleanor Featherstone-Voss",
    ),
    (
        "Hajiya Fatima Bello-Yakubu, the party's women leader, urged supporters"
        ' "to remain law-abiding and leave everything to God".',
        "law-abiding",
        "Fatima Bello-Yakubu",
    ),
    (
        "The Economic Community of West African States condemned what it called an"
        ' "unconstitutional change of government" in a statement.',
        "unconstitutional change",
        "Economic Community of West African States",
    ),
    (  # a title "of the" something before a name
        'Secretary of the Interior Elena Delgado-Whitman told voters: "Six weeks ago they told'
        ' me I was done."',
        "Six weeks ago",
        "Elena Delgado-Whitman",
    ),
    (  # the sentence before the quote names no person: the one before it, in its paragraph
        '"We will not rest," the witness said in a statement read by the prosecutor.\n\n'
        "Rosa Elena Robles, the mother of the two brothers, belongs to a search collective."
        " It was the collective, not the authorities, that found the grave."
        ' "We found my sons ourselves," she said.',
        "We found my sons",
        "Rosa Elena Robles",
    ),
    (  # "Mrs X" when two people named X were introduced: the one the title's gender fits
        "Desmond Fitzmaurice, 58, died in the field. After the verdict, Fitzmaurice's widow,"
        ' Bernadette Fitzmaurice, left the court. "There are no winners here," Mrs Fitzmaurice'
        " said.",
        "There are no winners",
        "Bernadette Fitzmaurice",
    ),
    (  # ... or the only one of them who has spoken, not one introduced as a brother
        "The bakery was opened by Bridie Geraghty in 1928.\n\nCurrent owner Maeve Geraghty said"
        " costs had risen. Her brother, Tom Geraghty, said it was hard.\n\nMs Geraghty said the"
        ' town had been kind. "People have been coming in with stories," she said.',
        "People have been coming",
        "Maeve Geraghty",
    ),
    (  # a person the article names only partly: "identified only as Sari"
        "Police raided the compound on Monday. One of the workers, a 26-year-old woman identified"
        ' only as Sari, said she had been recruited online. "When I arrived they took my'
        ' passport," she said.',
        "When I arrived",
        "Sari",
    ),
    (  # ... or as they gave it
        'Alberto Fuentes spoke. "They close us in," he said. His neighbour, a pensioner who gave'
        ' her name only as Pilar, said she had barely left her flat. "I am afraid, yes," she'
        " said.",
        "I am afraid",
        "Pilar",
    ),
    (  # a club named for its town: the place never speaks, the club does
        "Ashcombe City confirmed the signing on Friday. In a statement on its website,"
        ' Ashcombe City said he was "a player we have followed closely for two years".'
        ' "We are delighted that he has chosen us," the statement said.',
        "We are delighted",
        "Ashcombe City",
    ),
    (  # "the doctor" for a "Dr" named before
        "Dr Mwila Chanda-Phiri runs the treatment centre. Bright Hamoonga, 41, brought his"
        ' daughter there. "We lost the house," he said.\n\nChanda-Phiri said most patients'
        ' survive. "Most deaths now are people who reach us too late," the doctor said.',
        "Most deaths now",
        "Mwila Chanda-Phiri",
    ),
    (  # "Former" opening a sentence is never part of a name
        "Former Port Selby goalkeeper Wilf Ansah-Thornton died on Sunday.\n\n"
        "Former teammate Stuart McAlinden paid tribute in an interview.\n\n"
        '"The first time I met him I was seventeen and terrified," he said.',
        "The first time I met him",
        "Stuart McAlinden",
    ),
    (  # "Journal of ... and ...": one organisation, which "the journal" refers to
        "The results were published in the Journal of Tropical Medicine and Vaccinology."
        ' The journal said in a press release that the study was "one of the largest vaccine'
        ' trials ever conducted".',
        "one of the largest",
        "Journal of Tropical Medicine and Vaccinology",
    ),
    (  # "It continues:" after "The letter, published by X, states": X's words
        "Scientists signed an open letter ahead of a meeting of the International Seabed"
        " Council.\n\nThe letter, published by the Deep Ocean Science Coalition, states that"
        ' "the knowledge needed does not yet exist". It continues:\n\n"Mining would remove'
        ' seabed habitat that has taken millions of years to form."',
        "Mining would remove",
        "Deep Ocean Science Coalition",
    ),
    (  # an appositive role with a "who" clause after it: still her role
        "Dr Renata Quispe Huamán, the seismologist who heads the programme, said the alert"
        ' worked. "For us, there was no warning," Luis Ccori said.\n\n'
        '"Close to the epicentre there will always be a blind zone," the seismologist said.',
        "Close to the epicentre",
        "Renata Quispe Huamán",
    ),
    (  # an occupation of science before a name is a role, not part of the name
        'Immunologist Kristian Andersen said the virus "is clearly much more capable".',
        "is clearly much more",
        "Kristian Andersen",
    ),
    (  # "the coroner", a court's role noun, for the coroner named before
        "Coroner Aroha Tipene-Walker released her findings on Friday. The coroner said the sign"
        ' was "faded, partly obscured by vegetation".',
        "faded, partly obscured",
        "Aroha Tipene-Walker",
    ),
    (  # "<place> police said": that place's police force, not the place
        "The trial opened in Hallenstedt on Monday. Hallenstedt police said extra officers had"
        ' been deployed "as a precaution, given the strength of feeling in the city".',
        "as a precaution",
        "Hallenstedt police",
    ),
    (  # a position before a name at a sentence's start, not an organisation's word
        "Centre Oluwaseun Adebayo-Kane scored 31 points. Coach Gretchen Haugland was proud."
        ' Adebayo-Kane said simply: "Best night of my life."',
        "Best night",
        "Oluwaseun Adebayo-Kane",
    ),
    (  # a two-word short form two people share: the one introduced first, as for a surname
        "Cathal Ó Súilleabháin, 44, was convicted. His mother, Nóirín Ó Súilleabháin, wept."
        ' Asked why he had a shovel, Ó Súilleabháin replied: "I was going to fix the fence."',
        "I was going to fix",
        "Cathal Ó Súilleabháin",
    ),
    (  # "X, director of the Y, a charity ..., called": X, not the charity
        "Pilar Oyarzábal Etxeberria, director of the Grey Hands Foundation, a charity that"
        ' supports older people, called the findings "a national tragedy".',
        "a national tragedy",
        "Pilar Oyarzábal Etxeberria",
    ),
    (  # a place before an organisation's noun: the organisation named with both
        "Professor Pieter van der Westhuizen of the Bremen Centre for Palaeogenetics led the"
        " work. The Bremen centre said in a press release that the results"
        ' "show that caves can preserve a record of their inhabitants".',
        "show that caves",
        "Bremen Centre for Palaeogenetics",
    ),
    (  # "Directorate", an organisation's word, and its "of ..."
        "The Inhambane Provincial Directorate of Fisheries said in a statement that it would"
        ' act. "We will work with scientists and fishing communities," it said.',
        "We will work with",
        "Inhambane Provincial Directorate of Fisheries",
    ),
    (  # "Advocate", a South African lawyer's title
        "Advocate Themba Khumalo argued that the evidence was circumstantial."
        ' "My client knew the man," Khumalo told the court.',
        "My client knew",
        "Themba Khumalo",
    ),
    (  # a nationality in "-ine" before a name
        'Argentine Matías Echeverría-Sosa won in straight sets. "I am very tired,"'
        " Echeverría-Sosa said.",
        "I am very tired",
        "Matías Echeverría-Sosa",
    ),
    (  # "the golfer": an occupation of sport
        "Pieter Naidoo won the playoff at the second extra hole. His brother caddies for him."
        ' "He read that last putt, not me," the golfer said.',
        "He read that last putt",
        "Pieter Naidoo",
    ),
    (  # "the striker", a role nobody was given: whom the sentences before are about, not
        # the last to speak
        '"We were second best all night," said rival manager Tom Reyes after the game.\n\n'
        "Club captain Ana Ruiz lifted the trophy at midnight. She had scored twice in the final."
        ' "This is for everyone who stayed with us," the striker said.',
        "This is for everyone",
        "Ana Ruiz",
    ),
    (  # "Md.", a given name written short, opening the paragraph
        "Md. Shahjahan Mia, a deputy director of the fire service, spoke at the scene.\n\n"
        '"The main staircase was blocked," he said.',
        "The main staircase",
        "Md. Shahjahan Mia",
    ),
    (  # "ex-", written for "former": the title stays a title, not part of a name
        'On Monday, ex-Secretary of the Interior Elena Delgado-Whitman told voters: "Six weeks'
        ' ago they told me I was done."',
        "Six weeks ago",
        "Elena Delgado-Whitman",
    ),
    (
        'The crowd cheered ex-Senator Paul Brandt. "We are not finished," he said.',
        "We are not finished",
        "Paul Brandt",
    ),
    (
        'Leader of the Opposition Candice Ramdial-Joseph called the budget "a cruel document'
        ' dressed up as reform".',
        "a cruel document",
        "Candice Ramdial-Joseph",
    ),
    (
        '"We will keep earning votes one union hall at a time," said Treasurer Douglas Whitcombe.',
        "keep earning votes",
        "Douglas Whitcombe",
    ),
    (  # "Fr", a priest's title
        '"Whatever happens on Saturday, we are staying," Fr Anselmo Rivera told the crowd.',
        "Whatever happens",
        "Anselmo Rivera",
    ),
    (
        'Headteacher Gareth Llewellyn-Jones said: "We were given no warning at all."',
        "We were given no warning",
        "Gareth Llewellyn-Jones",
    ),
]


WHOSE_AND_TITLE_CASES = [
    (  # "whose <role>, <name>," names the speaker inside the clause
        "The campaign is backed by the local branch of the National Education Union, whose"
        ' secretary, Andrew Kaminski, described the closure as "short-sighted and deeply'
        ' unfair".',
        "short-sighted",
        "Andrew Kaminski",
    ),
    (  # "Chamber" makes an organisation, so "she" is not it
        "Drayfield Chamber of Commerce president Lesley Quinlan said the impact would be"
        ' felt widely.\n\n"Every one of those 340 wages is spent in our shops," she said.',
        "Every one of those",
        "Lesley Quinlan",
    ),
    (  # a title in apposition after a possessive
        "Taras Yaremchuk, Ukraine's human rights commissioner, said many prisoners showed"
        ' signs of torture.\n\n"I want to go home," said Andriy Kovalchuk.\n\n'
        '"The work does not stop for a single day," the commissioner said.',
        "The work does not stop",
        "Taras Yaremchuk",
    ),
]


POLITICS_AND_COURTS_CASES = [
    (  # a title before the name: trustee, administrator, "Det Supt", "PC"
        'Trustee Marcus Oduya-Bell said the policy would "put a target on the back" of'
        " every librarian.",
        "put a target",
        "Marcus Oduya-Bell",
    ),
    (
        '"We are not looking for anyone else," Det Supt Rhodri Caulfield said.',
        "not looking for anyone",
        "Rhodri Caulfield",
    ),
    (
        'FAA Administrator Bradley J. Souter Jr. told the committee staffing was "critically'
        ' below where it should be".',
        "critically below",
        "Bradley J. Souter Jr.",
    ),
    (  # "do" inside a Portuguese name; "S.A." makes a company
        'Maria do Socorro Pereira said: "My husband cannot hold a net any more."\n\n'
        "Serra Azul Mineração S.A. said it would appeal. Serra Azul said it"
        ' "strongly disagrees with the court\'s conclusions".',
        "My husband",
        "Maria do Socorro Pereira",
    ),
    (  # a possessive with a non-ASCII capital before a role and a name
        "Żyrardów's mayor, Piotr Zawadzki, said the town would ask for help.\n\n"
        '"Nobody came to say it to our faces," said union leader Agnieszka Nowak.\n\n'
        '"These are skilled people," the mayor said.',
        "skilled people",
        "Piotr Zawadzki",
    ),
    (  # "the congressman" for a Representative
        "Representative Dale R. Hutchins questioned Souter about the report.\n\n"
        '"I was briefed in March," Bradley Souter replied.\n\n'
        '"March. Six months ago," the congressman said.',
        "Six months ago",
        "Dale R. Hutchins",
    ),
    (  # "the 70-year-old" after a sentence that names one person, not as its subject
        'Prosecutor Liza Ocampo-Tan said "no town is too far for the law".\n\n'
        "The case began with a complaint filed in 2016 by Ernesto Bautista, a rice farmer."
        ' "For eight years people told me I was wasting my time," the 70-year-old said.',
        "For eight years",
        "Ernesto Bautista",
    ),
    (  # a role after an opening phrase: "Speaking to reporters, the minister was ..."
        "Conservation Minister Rebecca Fairlie promised to listen. Isabel Okafor-Reyes said "
        "the plan was misleading.\n\nSpeaking to reporters afterwards, the minister was careful"
        ' not to take sides. "No decision has been made," she said.',
        "No decision has been made",
        "Rebecca Fairlie",
    ),
    (  # a sentence opening with "Her <thing>": "she" after it is whom "Her" stands for
        "Candidate Caroline Ashworth-Diallo holds her last rally on Monday.\n\n"
        '"No state is safe," said pollster Isabelle Fontaine-Oduya. Her final survey showed '
        'Ashworth-Diallo ahead by a point. "If you want certainty," she said, "wait until '
        'Wednesday."',
        "If you want certainty",
        "Isabelle Fontaine-Oduya",
    ),
    (  # ... but "Her last reporter, Jenna Ruiz," is someone she has
        "Editor Linda Carver worries about the town.\n\nHer last remaining reporter, Jenna "
        'Ruiz, 27, has been offered a job at the hospital. "It pays better," she said.',
        "It pays better",
        "Jenna Ruiz",
    ),
    (  # "her" after "Her husband, Petro Kral," is hers: no vote that he is a woman
        "Anna Kral, a nurse, marched with the protesters. Her husband, Petro Kral, joined her."
        ' "I never see the children," she said.',
        "I never see the children",
        "Anna Kral",
    ),
    (  # "she" past a sentence that names no one (a chant, its "she" unresolved before)
        'Returning officer Margit Halvorsen said counting had gone "smoothly".\n\n'
        "Adaeze Nwachukwu-Hart addressed several hundred supporters after midnight. The crowd "
        'chanted "Ada for mayor! Ada for mayor!" as she took the stage.\n\n"Tonight Thornbury '
        'chose to build," she told them.',
        "Tonight Thornbury",
        "Adaeze Nwachukwu-Hart",
    ),
    (  # "The veteran, who ...," after a sentence about one person: that person
        "Goalkeeper Gareth Pryce, 38, saved two penalties in the shootout.\n\nThe veteran, who "
        'works as a postman during the week, told S4C: "I have never won anything like this."',
        "never won anything",
        "Gareth Pryce",
    ),
]


# Constructions that had a test of their own: one case each, under the test's old name
SINGLE_CONSTRUCTION_CASES = [
    pytest.param(
        "Ayla Demir beat Marta J. Kowalczyk in the final on Sunday.\n\n"
        '"I played well," Demir said.\n\n'
        "Kowalczyk, the world number nine, was unhappy with a line call. Replays showed the ball"
        " on the line.\n\n"
        '"I thought it was out," the Pole said.',
        "I thought it was out",
        "Marta J. Kowalczyk",
        id="a_nationality_for_a_person_named_before_is_that_person",
    ),
    pytest.param(
        '"The team went silent," said Dr Priya Mehta, the project director from Northfield'
        " University's archaeology department.\n\n"
        'Parish councillor Derek Ambrose said villagers were delighted. "Now we know why," he'
        ' said.\n\n"It belongs to this landscape," the project director said.',
        "belongs to this landscape",
        "Priya Mehta",
        id="a_role_after_a_courtesy_title_finds_the_person_later",
    ),
    pytest.param(
        "Faith Rotich won the marathon in a course record on Sunday.\n\n"
        '"It was hard," said race director Margit Holzinger.\n\n'
        "Rotich's record earns her a bonus. Asked what she would do with it, the champion"
        ' smiled.\n\n"First, I will buy a cow for my mother," she said.',
        "buy a cow",
        "Faith Rotich",
        id="a_pronoun_in_a_sentence_that_names_nobody_carries_its_referent",
    ),
    pytest.param(
        "One of the seven, 23-year-old student Amara Nwosu-Lindgren, said she was"
        ' "relieved and completely exhausted."',
        "relieved",
        "Amara Nwosu-Lindgren",
        id="an_age_before_an_appositive_role_keeps_the_speaker_and_the_short_quote",
    ),
    pytest.param(
        "Some 4,000 displaced people shelter in the school.\n\n"
        '"We have been in this camp for three years." Letay Haile, 38, spoke to Reuters outside'
        " the school building.",
        "in this camp",
        "Letay Haile",
        id="a_quote_opening_a_paragraph_goes_to_the_reporter_of_the_next_sentence",
    ),
    pytest.param(
        "Park Min-jung, a hydrologist at the Asian Rivers Institute, said the reservoirs held"
        ' back water.\n\n"The data are very clear on this point," Park told the Associated'
        " Press.",
        "The data are very clear",
        "Park Min-jung",
        id="a_korean_family_name_that_is_a_place_word",
    ),
    pytest.param(
        '"At 799 dollars, this is still a gadget," said Min-seo Park, an analyst at Daewon'
        " Securities in Seoul.",
        "At 799 dollars",
        "Min-seo Park",
        id="a_hyphenated_given_name_before_a_family_name_that_is_a_place_word",
    ),
    pytest.param(
        'Analyst Rebecca Tan of Harbour Bay Capital said the results were good. "This quarter'
        ' shows pricing power," she wrote in a note to clients.',
        "This quarter",
        "Rebecca Tan",
        id="a_person_of_a_firm_named_capital",
    ),
    pytest.param(
        'The promotion was confirmed on Sunday. "Congratulations to Ravensbrook Ladies," the'
        " Northern Counties Women's Football League wrote.",
        "Congratulations",
        "Northern Counties Women's Football League",
        id="a_possessive_group_inside_an_organisations_name",
    ),
    pytest.param(
        '"I came to hear about jobs, and I heard about jobs," said one attendee, a retired'
        " machinist from Oregon.",
        "I came to hear",
        "one attendee",
        id="a_place_in_an_unnamed_speakers_description_is_not_the_speaker",
    ),
    pytest.param(
        "Ayla Demir won the title on Sunday.\n\n"
        'Demir\'s coach, Kofi Mensah, said his player had been fearless. "She never doubted,"'
        " Mensah said.\n\n"
        'Asked about the next season, the champion laughed. "Let me enjoy this first," she said.',
        "Let me enjoy",
        "Ayla Demir",
        id="a_possessor_in_the_sentence_does_not_take_the_speakers_pronoun",
    ),
    pytest.param(
        "Health Minister Anna Nowak visited the hospital on Monday.\n\n"
        'She said "the next hours will decide everything."\n',
        "next hours",
        "Anna Nowak",
        id="pronoun_after_a_paragraph_break_resolves_to_the_last_subject",
    ),
    pytest.param(
        "Prime Minister Mateusz Morawiecki met the families.\n\n"
        'Later the prime minister said "we are with you."\n',
        "we are with you",
        "Mateusz Morawiecki",
        id="description_resolves_to_the_actor_holding_that_role",
    ),
    pytest.param(
        "The Halifax Cycling Coalition welcomed the vote. In a post on social media, the group "
        'said the decision "sends a message that safe streets are not up for negotiation."',
        "sends a message",
        "Halifax Cycling Coalition",
        id="the_group_said_is_the_organisation_named_last",
    ),
    pytest.param(
        "Rajiv Kumar Sen, a scientist at the weather office, said more rain was expected. "
        '"We are forecasting heavy rain," Sen said. Sen. Ana Ruiz called it "a warning".',
        "forecasting heavy rain",
        "Rajiv Kumar Sen",
        id="a_surname_that_is_also_an_abbreviated_title_is_a_surname",
    ),
    pytest.param(
        "Mayor Hendrik Jan van Oosterhout issued an emergency order. Police chief Anna Smit "
        'backed it. "What happened today has nothing to do with football," Van Oosterhout said.',
        "nothing to do with football",
        "Hendrik Jan van Oosterhout",
        id="a_name_particle_capitalised_at_a_sentence_start_is_the_same_name",
    ),
    pytest.param(
        "The mining authority opened an inquiry. Its president, Adam Czarnecki, visited the "
        "mine. Tomasz Kowal, "
        "who is leading the rescue operation, said a team was close to the men.\n\n"
        '"As long as there is a chance, we keep going," the rescue leader said.',
        "we keep going",
        "Tomasz Kowal",
        id="a_leader_of_something_is_no_head_of_government",
    ),
    pytest.param(
        "Three pupils at Kaimoana Bay Intermediate School have measles. Nurse Ana Ruiz said "
        'cases were rising. "It is a difficult thing to ask," the school\'s principal said.',
        "a difficult thing",
        "Kaimoana Bay Intermediate School",
        id="the_bodys_official_speaks_for_the_body_named_before",
    ),
    pytest.param(
        "The mayor resigned on Monday. Auditor Kim Smith declined to discuss the details but "
        'said the investigation "remains active and ongoing".',
        "remains active",
        "Kim Smith",
        id="a_cue_coordinated_with_but_has_the_first_verbs_subject",
    ),
    pytest.param(
        '"I found out at the gate," said Marta Bosch i Puig, a teacher.\n\n'
        '"We have been here since six," said a British tourist travelling with two children.',
        "here since six",
        "a British tourist",
        id="a_described_speaker_after_the_cue_may_have_a_nationality",
    ),
    pytest.param(
        'Health Minister Graham Pettigrew called the offer "fair". "There is a limit to what '
        'taxpayers can fund," he said.\n\n"I have been a nurse for 31 years and I am tired." '
        "Sione Fifita, who works in intensive care, was one of 400 nurses on the picket line.",
        "a nurse for 31 years",
        "Sione Fifita",
        id="a_quote_then_a_person_introduced_right_after_is_theirs",
    ),
    pytest.param(
        "Among the residents who spoke was Maxine Trudeau, a retired teacher. She said she had "
        'waited an hour for officers. "I am not asking for a miracle," she said.',
        "not asking for a miracle",
        "Maxine Trudeau",
        id="a_plural_description_is_never_he_or_she",
    ),
    pytest.param(
        "Magistrate Nomvula Dlamini sentenced the three men. Witness Thandeka Zulu said the "
        "tankers never came.\n\nThe magistrate said she had rejected the testimony, "
        'describing it as "evasive and untrue".',
        "evasive and untrue",
        "Nomvula Dlamini",
        id="a_pronoun_after_a_role_opening_its_sentence_is_the_roles_holder",
    ),
    pytest.param(
        "Head coach Tamara Ruiz said she had learned of the request from the media. Owner Mark "
        'Brandt said the team had "no intention" of trading her.\n\n'
        'The coach struck a softer tone later. "Keisha is a great player," she told reporters.',
        "Keisha is a great",
        "Tamara Ruiz",
        id="a_pronoun_after_a_sentence_a_role_opens_is_the_roles_holder",
    ),
    pytest.param(
        "His daughter, Akosua Mensah, said he died in his sleep. \u201cHe was never too tired,"
        "\u201d she said.\n\nProfessor Efua Ampofo, who trained under him in the 1980s, recalled "
        "working with him. \u201cHe operated by the light of a lamp,\u201d she told Wikinews.",
        "light of a lamp",
        "Efua Ampofo",
        id="him_in_the_clause_of_the_person_a_sentence_opens_with_is_someone_else",
    ),
    pytest.param(
        'Pianist Ruben Lind, who played with him, described him as "generous".\n\n'
        'Critic Mireille Santos, who wrote a biography, said his influence was "vast". '
        '"You can hear him in every player. He made silence part of the melody," she said.',
        "made silence part",
        "Mireille Santos",
        id="she_after_a_quote_of_two_sentences_votes_for_the_person_before_the_quote",
    ),
    pytest.param(
        "Indian start-up Vyomika Aerospace Ltd launched its first rocket from the Satish Dhawan "
        'Space Centre on Sunday. "Orbit achieved," the company posted on X.',
        "Orbit achieved",
        "Vyomika Aerospace Ltd",
        id="the_company_is_no_centre",
    ),
    pytest.param(
        "South Africa's Competition Commission recommended blocking the merger.\n\nIn its "
        "report to the Competition Tribunal, which will make the final decision, the "
        'commission said: "The merged entity would control 80 percent of seats."',
        "merged entity",
        "Competition Commission",
        id="a_body_described_after_an_appositive_is_not_the_name_before_it",
    ),
    pytest.param(
        "Nurses went on strike on Thursday. The agency, Health Services New Zealand, said in a "
        'statement: "Emergency departments will remain open."',
        "Emergency departments",
        "Health Services New Zealand",
        id="an_organisation_named_for_its_country_keeps_the_country",
    ),
    pytest.param(
        "The officers were jailed on Monday. The Police Accountability Commission welcomed the "
        'verdict. In a statement, the commission said it "sends a clear message".',
        "sends a clear message",
        "Police Accountability Commission",
        id="police_opening_a_bodys_name_stays_in_it",
    ),
    pytest.param(
        "Raad Hassan al-Ubaidi won 121 votes. Acting speaker Nouri al-Khafaji announced: "
        '"The session is adjourned."\n\nAl-Ubaidi accused rival groups of obstruction. '
        '"There is a clear will to block the vote," he told reporters.',
        "clear will to block",
        "Raad Hassan al-Ubaidi",
        id="a_name_particle_capitalised_at_a_sentence_start_with_a_hyphen",
    ),
    pytest.param(
        "The Seoul Central District Prosecutors' Office indicted the former minister. "
        '"He used his authority as if it were a private asset," the prosecutors\' office said.',
        "a private asset",
        "Seoul Central District Prosecutors' Office",
        id="an_organisation_noun_after_a_possessive_modifier",
    ),
    pytest.param(
        "The High Court convicted Datuk Seri Azman Kamaruddin on Monday. His lawyer, Ana Lim, "
        'said he would appeal. "I leave it to the court," Azman Kamaruddin said.',
        "leave it to the court",
        "Azman Kamaruddin",
        id="datuk_seri_is_a_malaysian_title",
    ),
    pytest.param(
        "Liza Ocampo of the Office of the Special Prosecutor said the verdict was fair.\n\n"
        "The transparency group Bantay Kaban welcomed the verdict but said the case had taken "
        '"far too long". "Eight years for a verdict is too long," the group wrote.',
        "Eight years",
        "Bantay Kaban",
        id="a_name_after_group_or_union_is_an_organisation",
    ),
    pytest.param(
        "Deputy Public Prosecutor Lim Wei Sheng asked for a long sentence.\n\n"
        "Siti Aishah binti Abdul Rahman, director of the group Rakan Integriti, told Wikinews "
        'the case had been overlooked. "This case is about more than money," she said.',
        "more than money",
        "Siti Aishah binti Abdul Rahman",
        id="a_name_with_a_particle_may_have_five_words",
    ),
    pytest.param(
        "Shaalan al-Karim rejected the accusation. Speaking to the Baghdad Today news agency, "
        'he said the outcome "was decided in closed rooms".',
        "decided in closed rooms",
        "Shaalan al-Karim",
        id="a_name_before_news_agency_is_an_outlet_never_he",
    ),
    pytest.param(
        "Father Gheorghe Tanase, the parish priest in the village of Valea Mare, where eleven "
        'cases were recorded, said he had preached on it. "Caring for children is a duty," '
        "he said.",
        "Caring for children",
        "Gheorghe Tanase",
        id="a_name_after_village_of_is_a_place",
    ),
    pytest.param(
        '"I didn\'t look at my watch once," Tigist Alemayehu told reporters.\n\n'
        '"I tried to go with her, but she was simply gone." The words were those of Dutch '
        "runner Femke van der Linden-Osei, who finished second.",
        "simply gone",
        "Femke van der Linden-Osei",
        id="the_words_were_those_of_names_the_speaker_after_the_quote",
    ),
    pytest.param(
        "Andi Pasaribu, head of the Tanah Lembah Disaster Management Agency, said roads were "
        'cut.\n\nPasaribu said a bridge would be built. "Every hour matters now," the agency '
        "head said.",
        "Every hour matters",
        "Andi Pasaribu",
        id="the_agency_head_is_the_person_who_heads_it",
    ),
    pytest.param(
        "Italian Luca Ferraro and Frenchman Romain Gautier collided at turn three.\n\n"
        '"He braked twenty metres later than normal," Ferraro said.',
        "He braked",
        "Luca Ferraro",
        id="each_name_joined_by_and_loses_its_nationality",
    ),
    pytest.param(
        'Mayor John Ellis spoke first. A pharmacist whose shop was flooded said: "It is bad."',
        "It is bad",
        "a pharmacist",
        id="someone_new_described_with_a_whose_clause",
    ),
    pytest.param(
        "Mayor John Ellis visited the street. Outside, a pharmacist whose shop stood under water"
        ' waited with a neighbour.\n\n"At least we are alive," the neighbour said.\n\n'
        'The pharmacist shook his head. "With what money?" he asked.',
        "With what money",
        "a pharmacist",
        id="the_description_opening_a_sentence_is_the_person_introduced_so",
    ),
    pytest.param(
        "Defence lawyer Lars Kjaer said an appeal was likely.\n\nPolice Inspector Henrik"
        " Sorensen of Copenhagen Police said officers were sharing intelligence. "
        '"We will find them," he said.',
        "We will find them",
        "Henrik Sorensen",
        id="a_title_after_a_bodys_word_then_a_name_of_a_body",
    ),
    pytest.param(
        "Luis Navarro of the Red Cross, whose officers led the search, said some women were"
        ' afraid. "For every victim who testifies, there are others," he said.',
        "For every victim",
        "Luis Navarro",
        id="a_person_of_a_body_before_a_whose_clause_speaks",
    ),
    pytest.param(
        "Inspector Craig Munro said drones were cheap.\n\nA Scottish Prison Service spokesman"
        ' said the service had invested in detection.\n\n"We will continue to work with'
        ' police," he said.',
        "We will continue",
        "Scottish Prison Service",
        id="he_after_a_spokesman_named_with_his_body_is_the_body",
    ),
    pytest.param(
        "Brennan Foods runs the plant. Union official Gary Doyle said workers had complained.\n\n"
        "A company spokesman, asked about the complaints, said all reports were"
        ' "logged and acted on".',
        "logged and acted on",
        "Brennan Foods",
        id="a_company_spokesman_with_an_aside_speaks_for_the_company",
    ),
    pytest.param(
        "Castleford Rovers manager Marco Bellini said there was no crisis. Rovers are 11th in"
        ' the table.\n\nIn a statement, the club said it would "deal with the matter'
        ' internally".',
        "deal with the matter",
        "Castleford Rovers",
        id="a_club_called_by_its_last_word_is_the_club",
    ),
    pytest.param(
        "The Athletics Integrity Unit suspended the sprinter on Tuesday.\n\n"
        '"The athlete has been notified," the AIU said in a statement.',
        "The athlete has been",
        "Athletics Integrity Unit",
        id="a_unit_is_a_body_and_its_initials_name_it",
    ),
    pytest.param(
        "Championship side Kingsbury Athletic have sacked manager Iain Buchanan.\n\n"
        "Chairman Richard Ellwood said it had been hard.\n\n"
        '"The board would like to thank Iain," the club said in a statement.',
        "The board would like",
        "Kingsbury Athletic",
        id="the_club_is_the_club_named_before",
    ),
    pytest.param(
        "Former world number three Daria Volkova has withdrawn from the French Open.\n\n"
        "The 31-year-old Russian, who reached the final at Roland Garros in 2016, announced her"
        ' decision on Facebook. "I have tried everything to be ready," she wrote.',
        "I have tried everything",
        "Daria Volkova",
        id="a_name_only_ever_where_something_is_is_nobody",
    ),
    pytest.param(
        'Opener Kavya Subramanian scored 84. "I kept watching the ball," Subramanian said.\n\n'
        'Club chairman Rajesh Pillai said the club was growing. "We have two teams," Pillai'
        ' said.\n\nPillai said a third team was planned. Subramanian, he added, "has already'
        ' had calls from the county."',
        "has already had calls",
        "Rajesh Pillai",
        id="a_name_in_the_clause_a_pronoun_reports_is_not_the_pronoun",
    ),
    pytest.param(
        "Chairman of selectors Kevin Nolan rejected the captain's account. Captain Liam Doherty"
        ' had been sent the squad "a full day before" it was published, he said, and had'
        " raised no objection.",
        "a full day before",
        "Kevin Nolan",
        id="a_pronoun_after_a_clause_with_a_partial_quote_is_not_its_subject",
    ),
    pytest.param(
        "Thando Mokoena has retired from international cricket.\n\nThe 33-year-old said he"
        " wanted a longer career. In a statement released by Cricket South Africa, he"
        ' described the decision as "the hardest I have ever had to make".',
        "the hardest",
        "Thando Mokoena",
        id="a_name_in_an_opening_phrase_is_not_the_pronoun_after_it",
    ),
    pytest.param(
        "Phil Collins wanted the U.S. to stay out. His opponents, Jo Jorgensen and Don"
        " Blankenship, agreed."
        '\n\n"It is their conflict," said Jorgensen.\n\nBlankenship concurred: "We need to'
        ' stop policing the world", he argued.',
        "We need to stop",
        "Don Blankenship",
        id="a_pronoun_after_a_quote_is_still_the_quotes_speaker",
    ),
    pytest.param(
        "Mayor Daniel Okafor defended his record.\n\nPressed by the moderator, local radio host"
        " Ann Whitcombe, on whether he would keep the police chief, councillor Peter Lindqvist"
        ' declined to answer. "I\'ll sit down with every department head," he said.',
        "sit down with every",
        "Peter Lindqvist",
        id="after_an_opening_phrase_the_subject_is_the_name_before_the_verb",
    ),
    pytest.param(
        "Councillor Maria Kostas said the council would plant trees.\n\nThe Property"
        ' Developers Council said its members already met standards. "The industry stands'
        ' ready to work with councils," a spokesperson said.',
        "The industry stands",
        "Property Developers Council",
        id="a_spokesperson_after_a_body_that_reported_speaks_for_it",
    ),
    pytest.param(
        "The researchers cautioned that the study could not prove it.\n\nHealth Canada said it"
        ' was reviewing the findings. "We continue to update air quality objectives," the'
        " department said in a statement.",
        "We continue to update",
        "Health Canada",
        id="the_department_is_the_agency_that_reported_before",
    ),
    pytest.param(
        "Lead author Dr Priya Nair said teenagers slept too little.\n\nSnapwave, whose app was"
        ' the most widely used, said it already offered a setting. "We take the wellbeing of'
        ' young people seriously," a company spokesperson said.',
        "We take the wellbeing",
        "Snapwave",
        id="a_company_spokesperson_after_an_unknown_name_that_reported",
    ),
    pytest.param(
        "The ice reached its smallest extent, according to the US National Snow and Ice Data"
        " Center. Researcher Liam Ford said the record was a surprise.\n\nThe centre said"
        ' that the ice "may have entered a new, lower regime".',
        "may have entered",
        "US National Snow and Ice Data Center",
        id="the_centre_is_a_center",
    ),
    pytest.param(
        'Prosecutor Daniel Okafor said the driver had been texting. "This was not a lapse,"'
        " Mr Okafor said.\n\nIn a victim impact statement read to the court by Mr Okafor, Mr"
        " Dunmore's widow, Claire Dunmore, described the night police came.\n\n\"I knew"
        ' before they said a word. He did everything right.\n\n"Our grandchildren will grow'
        ' up without him," she wrote.',
        "I knew before",
        "Claire Dunmore",
        id="a_pronoun_after_a_quote_of_two_paragraphs_goes_back_past_them",
    ),
    pytest.param(
        "Marcus Hollingsworth and Priya Raghunathan-Cole debated on Tuesday.\n\nAsked by"
        " moderator Glenn Ostrowski of the Ohio Public Broadcasting Network whether he would"
        ' sign the bill, Hollingsworth paused before answering. "I would look at it'
        ' seriously," the Republican said.',
        "I would look",
        "Marcus Hollingsworth",
        id="the_subject_a_sentence_opens_with_after_an_opening_phrase",
    ),
    pytest.param(
        'Health official Jean-Luc Fabre told AFP the spraying was safe.\n\n"They came at six in'
        ' the morning," one retired beekeeper near Montpellier told the newspaper Midi Libre.',
        "They came at six",
        "one retired beekeeper near Montpellier",
        id="someone_who_keeps_something_is_a_person_described_with_a_place",
    ),
    pytest.param(
        'Sharon Bixby, a librarian, said the decision worried her. "Those are the books that'
        ' are leaving," Bixby said.\n\nA 16-year-old junior at Greenfield High told the board'
        ' that she had read three of the books. "None of them hurt me," she said.',
        "None of them hurt me",
        "a 16-year-old junior at Greenfield High",
        id="she_in_the_clause_of_someone_described_by_age_is_them",
    ),
    pytest.param(
        "MPs shouted across the chamber.\n\nA Downing Street spokesperson later said the prime"
        " minister had \u201cenjoyed the exchange\u201d.",
        "enjoyed the exchange",
        "Downing Street",
        id="a_seat_of_government_is_the_office_in_it",
    ),
    pytest.param(
        "A court in Hamburg sentenced a man to nine years for an arson attack the presiding"
        ' judge said was driven by "open hatred".\n\nPresiding Judge Katrin Albers said the'
        " defendant had chosen the shelter deliberately.",
        "open hatred",
        "Katrin Albers",
        id="a_role_in_the_lead_is_the_one_person_named_with_it_further_down",
    ),
    pytest.param(
        "Closing arguments in the trial of former developer Alan Reeve ended on Thursday, with"
        ' prosecutor Simon Hart describing him as "a man who lied as easily as he breathed".',
        "a man who lied",
        "Simon Hart",
        id="with_a_role_and_a_name_then_a_participle",
    ),
    pytest.param(
        'Manager Marco Bellini has insisted there is "no crisis" at the club after striker'
        " Jamal Osei questioned his tactics.",
        "no crisis",
        "Marco Bellini",
        id="a_cue_after_the_quote_in_a_clause_of_its_own_is_not_its_cue",
    ),
    pytest.param(
        "A school in Hull has been rated inadequate by Ofsted, which warned that disruption in"
        " lessons is 'widespread'.",
        "widespread",
        "Ofsted",
        id="which_after_a_name_reports_for_it",
    ),
    pytest.param(
        "The school was rated inadequate.\n\nMother-of-two Stacey Harper, whose son is in Year"
        " 9, said she was not surprised. 'Nobody ever rang me back,' she said.",
        "Nobody ever rang",
        "Stacey Harper",
        id="a_hyphenated_description_before_a_name_is_not_the_name",
    ),
    pytest.param(
        '"He has never been a morning person," said Geoffrey Lund, nodding at his son.\n\n'
        '"Once. You did it once," said Tom Lund.\n\n"Once was enough," his father replied.',
        "Once was enough",
        "Geoffrey Lund",
        id="his_father_is_the_one_other_person_with_the_surname",
    ),
    pytest.param(
        "The drought is the worst in decades.\n\nAgronomist Clare Hoskins, who advises 40 farms,"
        ' said the soil was dry. "The subsoil is bone dry to a metre," Hoskins said.',
        "The subsoil is bone dry",
        "Clare Hoskins",
        id="an_occupation_opening_a_sentence_before_a_name_is_not_the_name",
    ),
    pytest.param(
        "The team camped on the ice for six weeks.\n\nThe British Antarctic Survey said in a"
        ' statement that the team would return in late January, "weather permitting."',
        "weather permitting",
        "British Antarctic Survey",
        id="a_survey_is_a_body_and_keeps_its_nationality",
    ),
    pytest.param(
        'Mayor Noel Hanrahan said the town in Co Clare would recover. "We will rebuild," he'
        " said.\n\nAcross the street, a café owner who did not wish to be named said insurers"
        ' had refused cover.\n\n"We are on our own," he said.',
        "We are on our own",
        "a café owner",
        id="an_accented_word_in_a_description_after_across",
    ),
    pytest.param(
        'Aleksi Korhonen, 26, inherited the lead.\n\n"It is not the way I wanted to win,"'
        " the Finn insisted at the finish.",
        "It is not the way",
        "Aleksi Korhonen",
        id="the_finn_is_a_nationality_for_the_person_before",
    ),
    pytest.param(
        'A spokeswoman for the Health Service Executive said recruitment was "a significant'
        ' challenge nationally".',
        "a significant challenge",
        "Health Service Executive",
        id="an_executive_with_no_title_before_it_is_a_body",
    ),
]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    ORGANISATION_NOUN_CASES
    + SCIENCE_AND_SPORT_CASES
    + QUESTION_AND_ANSWER_CASES
    + NAMED_ROLE_CASES
    + WHOSE_AND_TITLE_CASES
    + POLITICS_AND_COURTS_CASES
    + SINGLE_CONSTRUCTION_CASES,
)
def test_the_speaker_in_each_wikinews_style_construction(text: str, fragment: str, speaker: str):
    assert speaker_of(run(text), fragment) == speaker


def test_a_legislators_party_and_home_is_no_name_and_no_second_aside():
    summary = run(
        "Rep. Gordon Fahl, R-Waukesha, chairman of the committee, said the system"
        ' "needs to be rebuilt".'
    )
    assert speaker_of(summary, "needs to be rebuilt") == "Gordon Fahl"
    assert "R-Waukesha" not in {actor.name for actor in summary.actors}


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The budget is balanced, said Tom Reid.", ("Tom Reid", "The budget is balanced")),
        (
            "The economy, which grew last year, is slowing, said John Smith, an economist at"
            " Barclays.",
            ("John Smith", "The economy, which grew last year, is slowing"),
        ),
        ("The budget is balanced, said Dr Tom Reid of Leeds University.", ("Tom Reid", None)),
        ("The economy is slowing, said a local resident.", ("a local resident", None)),
        (
            "Mayor Tom Reid visited the plant. The economy is slowing, said the mayor.",
            ("Tom Reid", "The economy is slowing"),
        ),
    ],
)
def test_reported_words_then_said_and_the_name(sentence: str, reported: tuple):
    summary = run(sentence + "\n")
    source, content = reported
    assert [source_of(summary, a) for a in summary.attributions] == [source]
    assert content is None or summary.attributions[0].content == content


def test_a_legislators_party_and_home_right_before_the_verb_keeps_the_legislator():
    summary = run("Sen. Ted Cruz, R-Texas, said the budget was balanced.\n")
    assert [(source_of(summary, a), a.content) for a in summary.attributions] == [
        ("Ted Cruz", "the budget was balanced.")
    ]


def test_thousands_opening_a_sentence_is_no_name():
    summary = run(
        "Thousands of passengers were stranded after a failure forced Aerlinea Nord to cancel"
        ' flights.\n\nThe airline said engineers were "working around the clock".'
    )
    assert speaker_of(summary, "working around the clock") != "Thousands"
    assert "Thousands" not in {actor.name for actor in summary.actors}


def test_a_pronoun_after_an_aside_inside_a_clause_may_be_its_subject():
    summary = run(
        "Trump asked Zelensky to investigate Joe Biden.\n\nThe accusation against Biden is"
        " that, during his time as President Barack Obama's vice president, he called for the"
        " government of Ukraine to reduce corruption."
    )
    called = next(a for a in summary.attributions if "reduce corruption" in a.content)
    assert source_of(summary, called) == "Joe Biden"


def test_the_club_is_not_the_other_side_of_the_match():
    summary = run(
        "Port Ellery City have banned a supporter for life after a player was abused during"
        ' the match against Bramwell Athletic, the club confirmed. "We will not tolerate it,"'
        " the club said."
    )
    assert speaker_of(summary, "We will not tolerate") != "Bramwell Athletic"


def test_a_title_of_the_country_names_no_person():
    summary = run('The President of the United States said "we will win this thing" on Monday.')
    assert not [a for a in summary.actors if a.type == "person" and "United" in a.name]


def test_a_name_that_opens_with_a_particle_is_a_name():
    """'Mayor de Blasio': one word left once the particle is set aside (this crashed)."""
    summary = run('Mayor de Blasio said "we will reopen the schools next week" on Monday.')
    assert speaker_of(summary, "we will reopen") == "de Blasio"


def test_the_regulator_is_the_authority_named_before_and_the_firm_is_no_tribunal():
    text = (
        "The Energy and Water Standards Authority (EWSA) said on Friday that Brightwell Energy"
        " had failed to apply a price cap.\n\n"
        '"Prepayment customers are often among the most vulnerable," the regulator said.'
    )
    assert speaker_of(run(text), "Prepayment customers") == "Energy and Water Standards Authority"
    text = (
        "Fairbrook Stores said it was considering an appeal to the Competition Appeal"
        ' Tribunal. "We do not accept the analysis," the firm said.'
    )
    assert speaker_of(run(text), "We do not accept") == "Fairbrook Stores"


def test_the_judge_is_a_justice_and_a_malaysian_patronymic_stays_in_the_name():
    text = (
        "Justice M. A. Suharabi ordered the market to stay open.\n\n"
        '"A decision affecting the livelihood of 300 families cannot be taken this way," the'
        " judge said.\n\n"
        '"My client has served the government for 30 years," said lawyer Gurdial Singh a/l'
        " Harbans Singh."
    )
    summary = run(text)
    assert speaker_of(summary, "livelihood") == "M. A. Suharabi"
    assert speaker_of(summary, "My client") == "Gurdial Singh a/l Harbans Singh"


def test_a_role_starts_after_and():
    text = (
        "The band - singer Ffion Price, guitarist Rhodri Iorwerth and drummer Gethin Morgan - said"
        ' they "never stopped being friends".'
    )
    roles = {a.name: a.role for a in run(text).actors}
    assert roles.get("Gethin Morgan") == "drummer"


def test_an_ampersand_joins_a_firms_name():
    text = (
        "The audit firm Kilgore & Banks reviewed the accounts. Kilgore & Banks described the"
        ' records as "incomplete and in several cases internally inconsistent".'
    )
    summary = run(text)
    assert speaker_of(summary, "incomplete") == "Kilgore & Banks"
    assert [(a.name, a.type) for a in summary.actors] == [("Kilgore & Banks", "organisation")]


@pytest.mark.parametrize("company", ["Pacific Gas and Electric", "Florida Power and Light"])
def test_a_utilitys_name_with_and_is_one_company(company: str):
    summary = run(f'{company} said it was "too early to speculate" about the cause.')
    assert speaker_of(summary, "too early") == company
    assert [(a.name, a.type) for a in summary.actors] == [(company, "organisation")]


def test_two_speakers_in_one_paragraph():
    text = (
        'President Andrzej Duda said "I pray for his return." Police spokesman Mariusz Ciarka '
        'said "a press badge was used by the attacker."'
    )
    summary = run(text)
    assert speaker_of(summary, "I pray") == "Andrzej Duda"
    assert speaker_of(summary, "press badge") == "Mariusz Ciarka"


def test_quote_with_no_speaker_nearby_stays_unknown():
    text = (
        "The storm hit the coast on Monday and flooded several towns.\n\n"
        'A sign on the town hall read "closed until further notice for all visitors today".\n'
    )
    summary = run(text)
    assert [q.speaker for q in summary.quotes] == [None]


def test_an_occupation_before_a_name_makes_a_person_with_that_role():
    text = (
        "Comic artist Mara Quill (Moonfall, Ink and the Tides) told of her early years. "
        '"Nobody answered my letters for a decade," she said.\n\n'
        '"Go home and rest," quipped Northwind Press editor Ruth Okafor.\n'
    )
    summary = run(text)
    names = {a.name: a for a in summary.actors}
    assert names["Mara Quill"].type.value == "person" and names["Mara Quill"].role == "Comic artist"
    assert speaker_of(summary, "Nobody answered") == "Mara Quill"
    assert speaker_of(summary, "Go home") == "Ruth Okafor"


def test_a_word_for_someone_before_a_name_makes_a_person_without_a_role():
    text = (
        'Dr Ahmed Abu Zeid praised the teams. "They are the best," Abu Zeid said.\n\n'
        "In the Giza district of Imbaba, health worker Samah Abdel-Moneim climbed the stairs"
        ' with a cool box. "Most families open the door," the 31-year-old said.\n\n'
        "Later his wife Jonna Mendez came, the day after striker Jamal Osei.\n"
    )
    mentions = {m.text: (m.kind, m.role) for m in find_mentions(text, split_sentences(text))}
    assert mentions["Samah Abdel-Moneim"] == ("person", None)
    assert mentions["Jonna Mendez"] == ("person", None)
    assert mentions["Jamal Osei"] == ("person", "striker")  # not "after striker"
    assert speaker_of(run(text), "Most families") == "Samah Abdel-Moneim"


def test_a_bracketed_aside_and_a_possessive_do_not_hide_the_speaker():
    text = (
        "Tom Ferris of the UK's Coastal Safety Agency (CSA) said, "
        '"Nobody should sail in this weather, whatever the forecast says."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "Nobody should sail") == "Tom Ferris"


def test_a_cue_opening_a_new_clause_after_a_quote_is_not_its_cue():
    text = (
        "Emergencies Minister Ivan Petrov spoke of "
        '"perhaps forty people under the rubble", while Deputy Governor Olga Sokol indicated '
        "that the count was lower.\n"
    )
    summary = run(text)
    assert speaker_of(summary, "forty people") == "Ivan Petrov"


def test_an_acronym_in_brackets_and_a_surname_shared_with_an_outlet_link_to_their_actor():
    text = (
        "The Federal Roads Service (FDS) said the bridge was closed. Michael Bloomberg spoke "
        "later. Bloomberg endorsed his rival, Jane Avery.\n\n"
        '"Three weeks ago," he said, "I started this for one reason."\n'
        "The FDS later said repairs would take a month.\n"
    )
    summary = run(text)
    names = {a.name: a for a in summary.actors}
    assert "FDS" in names["Federal Roads Service"].aliases
    assert speaker_of(summary, "Three weeks ago") == "Michael Bloomberg"
    assert speaker_of(summary, "I started this") == "Michael Bloomberg"


def test_a_description_by_occupation_and_a_possessor_resolve_to_the_person():
    text = (
        "Actress Dana Wells is set to appear in a new series. The actress recalled her first "
        'role, when they were the "smallest crew on the lot."\n\n'
        "Actor Pavel Ruiz's visit came straight from filming abroad. He quipped "
        '"I still have sand in my boots."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "smallest crew") == "Dana Wells"
    assert speaker_of(summary, "sand in my boots") == "Pavel Ruiz"


def test_appositive_name_participle_after_with_and_weekday_before_a_name():
    text = (
        "Since then, a Republican, Mark Alder, has voiced support for the inquiry, telling the "
        'Valley Herald: "I am a big fan of oversight, so let the committees work."\n\n'
        "Rescue work stopped on Tuesday, with Petrov describing the "
        '"real threat of another collapse".\n\n'
        "Prime Minister Kyriakos Mitsotakis flew in on Monday. "
        "Later on Tuesday Mitsotakis met the press. In regard of the border claims, he noted "
        '"it is important to point out that the agreement is void".\n'
    )
    summary = run(text)
    assert speaker_of(summary, "big fan of oversight") == "Mark Alder"
    assert speaker_of(summary, "real threat") == "Petrov"
    assert speaker_of(summary, "important to point out") == "Kyriakos Mitsotakis"


def test_passive_agent_without_auxiliary_and_a_later_clause_of_someone_else():
    text = (
        'The ship took a course described by Harbour Gazette as "rather hectic and confused".\n\n'
        'President Anna Duval said it was "a joyful day" and "a historic day" while Minister '
        "Piotr Lis wrote that he had ordered new checks.\n"
    )
    summary = run(text)
    assert speaker_of(summary, "rather hectic") == "Harbour Gazette"
    assert speaker_of(summary, "a historic day") == "Anna Duval"


def test_a_definite_description_after_a_quote_goes_back_to_its_speaker():
    text = (
        '"Warm water attacks the shelves from below," said study co-author Karen Alley. '
        'The Wooster professor added, "These effects matter, but we do not know how much."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "These effects matter") == "Karen Alley"
    assert summary.actor("karen-alley").role == "study co-author"


def test_possessive_organisation_names_repeated_acronyms_and_described_groups():
    text = (
        "The Alachua Sheriff's Office tweeted that the road was closed. The Kurdistan Workers' "
        "Party (PKK) denied it. Later the PKK said it had no part in it, and the PKK repeated "
        'that. One of the victims said the men thought they were "nothing but a toy".\n'
    )
    summary = run(text)
    names = {a.name: a for a in summary.actors}
    assert "Alachua Sheriff's Office" in names and "Office" not in names
    assert "PKK" in names["Kurdistan Workers' Party"].aliases and "PKK" not in names
    assert speaker_of(summary, "nothing but a toy") == "one of the victims"


def test_a_speaker_known_only_by_description_gets_the_type_of_what_it_describes():
    text = (
        'Police said the road was "closed until further notice". Officials said it was '
        '"a matter of days".\n\nThe study says the bridge is "structurally unsound". '
        '"We heard a bang," said one of the residents. His family said he was "shaken but fine". '
        "Repairs will cost $2 million, according to state media.\n"
    )
    summary = run(text)
    speakers = {q.text: summary.actor(q.speaker) for q in summary.quotes}
    assert {text: (a.name, a.type) for text, a in speakers.items()} == {
        "closed until further notice": ("Police", "organisation"),
        "a matter of days": ("Officials", "other"),
        "structurally unsound": ("the study", "other"),
        "We heard a bang,": ("one of the residents", "person"),
        "shaken but fine": ("his family", "other"),
    }
    outlet = summary.actor(summary.attributions[-1].source)
    assert (outlet.name, outlet.type) == ("state media", "media")


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "aliases"),
    [
        (
            "The outbreak began in Calderbrook last month. Calderbrook said on Monday that "
            '"every school will be visited this week".\n',
            "Calderbrook",
            "government",
            [],
        ),
        (
            "Shares in Fairbrook fell on Monday. Fairbrook said the ruling was "
            '"deeply disappointing for our customers".\n',
            "Fairbrook",
            "organisation",
            [],
        ),
        (
            "Car parts maker Rostrand Automotive will close its plant. Rostrand said the work "
            '"would move to Poland next year". Shares in Rostrand rose 2 per cent.\n',
            "Rostrand Automotive",
            "organisation",
            ["Rostrand"],
        ),
    ],
    ids=["a-place-named-after-in", "a-traded-company", "a-traded-short-form"],
)
def test_one_word_name_typed_by_how_the_article_uses_it(text, speaker, kind, aliases):
    summary = run(text)
    actor = summary.actor(summary.quotes[0].speaker)
    assert (actor.name, actor.type, actor.aliases) == (speaker, kind, aliases)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "kind"),
    [
        (
            'Joe Biden said he was "ready to lead". A woman claimed he had groped her. The campaign'
            ' called the statement "absolutely false."\n',
            "absolutely false",
            "the campaign",
            "organisation",
        ),
        (
            "The International Organization for Migration (IOM) said more than 1,100 people had"
            ' died. "Behind every number there is a family waiting for news," the agency said.\n',
            "Behind every number",
            "International Organization for Migration",
            "organisation",
        ),
        (
            "The company, based in Tallinn, Estonia, disclosed the breach on Sunday. "
            '"We deeply regret that this happened," the company wrote.\n',
            "We deeply regret",
            "the company",
            "organisation",
        ),
        (
            "The plane crashed near the airport. The army said the plane was bringing meat "
            '"to help the economy."\n',
            "to help the economy",
            "the army",
            "organisation",
        ),
        (
            'Agrivance Crop Science, which makes the pesticide, said the study "does not reflect'
            ' typical use". "Cyflorazine has undergone extensive review," the company said.\n',
            "Cyflorazine has undergone",
            "Agrivance Crop Science",
            "organisation",
        ),
        (
            "Reportedly, his family said he was in hospital. The government criticised the new"
            ' cities, which were "not economically feasible".\n',
            "not economically feasible",
            "the government",
            "government",
        ),
        (
            "The United States Embassy in Iraq suspended operations. The office said that"
            ' citizens should "leave the country immediately".\n',
            "leave the country",
            "United States Embassy in Iraq",
            "organisation",
        ),
    ],
    ids=[
        "a-campaign-is-not-its-candidate",
        "the-body-opening-the-sentence-before",
        "a-company-is-no-place",
        "a-body-no-name-is-given-for",
        "an-unclassified-name-that-spoke-before",
        "a-family-is-no-government",
        "an-embassy-is-an-organisation",
    ],
)
def test_the_agency_said_is_the_body_named_before_or_else_the_description(
    text, fragment, speaker, kind
):
    summary = run(text)
    quote = next(q for q in summary.quotes if fragment in q.text)
    actor = summary.actor(quote.speaker)
    assert (actor.name, actor.type) == (speaker, kind)


def test_a_spokesperson_described_by_a_body_noun_speaks_for_the_body_named_with_it():
    text = (
        'Aldermoor Metropolitan Police said three people had been arrested. "The demonstration'
        ' was largely peaceful," a police spokeswoman said.\n\nPort Ellery General Hospital said'
        ' eleven people had been treated. "Both are expected to make a full recovery," a hospital'
        " spokeswoman said.\n\nThe Department of Health said it was investing more. A"
        ' spokesperson said: "We know too many children are waiting."\n\nMinisters met on'
        ' Monday. A spokesperson said: "No decision has been taken."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "largely peaceful") == "Aldermoor Metropolitan Police"
    assert speaker_of(summary, "full recovery") == "Port Ellery General Hospital"
    # bare: the body only when it opens the sentence before and reports in it
    assert speaker_of(summary, "too many children") == "Department of Health"
    assert speaker_of(summary, "No decision") == "a spokesperson"


def test_a_body_in_a_clause_inside_the_speakers_is_not_the_speaker():
    text = (
        'The mayor, Doug Halvorsen, spoke on Monday. "People are anxious," the mayor said, adding '
        "that the town council had repeatedly asked for the trains to be rerouted. "
        '"We have been saying this for years."\n'
    )
    assert speaker_of(run(text), "We have been saying") == "Doug Halvorsen"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The researchers at the University of Montreal said the planet was warm. They found"
            " that certain wavelengths of light weakened.\n",
            "certain wavelengths",
            "the researchers at the University of Montreal",
        ),
        (
            "A man from Japan died on Friday. Japanese officials said he had symptoms of the"
            " virus; his death, they reported, was officially described as viral pneumonia.\n",
            "his death was officially described",
            "Japan",
        ),
        (
            "Ann Lee and Tom Berg said the road was closed. They added that it would reopen on"
            " Monday.\n",
            "it would reopen",
            None,
        ),
    ],
    ids=["a-group-reporting-in-the-sentence-before", "a-group-earlier-in-the-sentence", "people"],
)
def test_they_is_a_group_or_body_that_reports_just_before(text, content, source):
    summary = run(text)
    found = [a for a in summary.attributions if a.content.startswith(content)]
    assert [source_of(summary, a) for a in found] == ([source] if source else [])


def test_reported_speech_is_found_when_a_quote_woven_into_it_has_a_sentence_break():
    text = (
        'The law was challenged. Montana Secretary of State Corey Stapleton said BIPA "is'
        " supported overwhelmingly by Montanans, including the counties in Indian Country [...]"
        " It's always dicey when plaintiffs try to overturn the will of the people.\"\n\n"
        "The fighting went on. President Trump commented on the matter during a briefing,"
        ' "[W]e\'re looking at it very strongly. [...] We have good relationships in that area."\n'
    )
    summary = run(text)
    assert [(source_of(summary, a), a.content[:23]) for a in summary.attributions] == [
        ("Corey Stapleton", 'BIPA "is supported over')
    ]  # the second is a direct quote after a comma: a quote, not an attribution


def test_unnamed_media_are_a_report_with_no_source_named():
    text = (
        "The plane crashed near the airport. State media reported the cockpit voice recorder was"
        " recovered. On Monday, multiple news outlets reported the pilot had died.\n"
    )
    summary = run(text)
    assert [(a.source, a.cue) for a in summary.attributions] == [
        (None, "State media reported"),
        (None, "multiple news outlets reported"),
    ]


def test_a_described_group_that_never_speaks_is_not_listed():
    text = (
        "Mayor Ann Boudreau campaigned on a promise to build 2,000 homes, a target her critics "
        'have called unrealistic. "We will build them," she said.\n'
    )
    summary = run(text)
    assert [a.name for a in summary.actors] == ["Ann Boudreau"]


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("the fire service", "organisation"),
        ("regional authorities", "government"),
        ("researchers from the University of Bristol", "other"),
        ("Trump campaign", "organisation"),
        ("his family", "other"),
        ("a spokesperson", "person"),
        ("Rosa Luna's manager", "person"),
    ],
)
def test_described_type_reads_the_head_noun(description: str, kind: str):
    assert described_type(description) == kind


def test_a_hyphenated_name_is_a_plausible_antecedent_but_an_agency_is_not():
    text = (
        "Hungarian National Asset Management sold the plant. Gaspar Marot spoke after the sale. "
        'He also noted it fits the "outward investment" plan.\n\n'
        "John Rhys-Davies broke news when he revealed a reboot. "
        '"Jerry and I are talking to the network at the moment."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "outward investment") == "Gaspar Marot"
    assert speaker_of(summary, "Jerry and I") == "John Rhys-Davies"


def test_a_pronoun_skips_people_the_article_gives_the_other_gender():
    text = (
        "Mayor Tom Berg opened the fair on Monday, and he cut the ribbon himself.\n\n"
        'Artist Lena Voss showed her new murals. "I painted them in one summer," she said.\n\n'
        'Later the crowd grew. "We will be back next year," he said.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "I painted them") == "Lena Voss"
    assert speaker_of(summary, "back next year") == "Tom Berg"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "not_an_actor"),
    [
        pytest.param(
            'Saying "there are many abortions despite the threat" ((es))Spanish language: hay '
            "muchos abortos, President Alberto Fernandez asked Congress to act.\n",
            "many abortions",
            "Alberto Fernandez",
            "Spanish",
            id="a-wikinews-translation-gloss-is-not-a-name",
        ),
        pytest.param(
            "Senator Amy Klobuchar of Minnesota withdrew her name. "
            'Klobuchar said, "It should be a woman of color."\n',
            "woman of color",
            "Amy Klobuchar",
            "Amy Klobuchar of Minnesota",
            id="a-titled-name-of-a-state-is-the-person-without-the-state",
        ),
    ],
)
def test_a_speaker_and_a_name_that_is_not_an_actor(
    text: str, fragment: str, speaker: str, not_an_actor: str
):
    summary = run(text)
    assert speaker_of(summary, fragment) == speaker
    assert not_an_actor not in {a.name for a in summary.actors}


def test_a_title_with_of_and_a_quoted_as_saying_object():
    text = (
        "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran, saying "
        'there was "no evidence the attacks came from Yemen."\n\n'
        "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "
        '"FEMA has an important role" and "if there is an emergency, FEMA needs to be involved."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "no evidence") == "Mike Pompeo"
    assert summary.actor("mike-pompeo").role == "US Secretary of State"
    assert speaker_of(summary, "important role") == "Tim Manning"
    assert speaker_of(summary, "if there is an emergency") == "Tim Manning"


def test_campaigns_documents_platforms_and_event_names():
    text = (
        'The Trump campaign accused Biden of "siding with criminals." The RIAA\'s notice alleged '
        'the tool was made to "circumvent the protection measures" of streaming sites. '
        'Donald Trump voted early, and on Twitter referred to the vote as "a total hoax".\n\n'
        "Wikinews contacted Boeing about the plane. Boeing declined to comment on the build, telling "
        'Wikinews the company "extends its profound condolences to the families."\n\n'
        "Hassan Rouhani spoke at a parade marking Sacred Defence Week. "
        '"The presence of foreign forces can be dangerous," he said.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "siding with criminals") == "Trump campaign"
    assert speaker_of(summary, "circumvent") == "RIAA"
    assert speaker_of(summary, "a total hoax") == "Donald Trump"
    assert speaker_of(summary, "profound condolences") == "Boeing"
    assert speaker_of(summary, "foreign forces") == "Hassan Rouhani"


def test_a_titled_name_of_an_institution_and_a_lowercase_appositive_role():
    text = (
        'Professor Carl Lipo of Binghamton University said, "The statues mark fresh water."\n\n'
        "Another co-author, civil and environmental engineering professor Julia Marsh, said, "
        '"We have seen this pattern before."\n\n'
        'The opinion of the Court, released on Wednesday, read in part, "The oath is void."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "statues mark") == "Carl Lipo"
    assert summary.actor("carl-lipo").role == "Professor"
    assert speaker_of(summary, "this pattern") == "Julia Marsh"
    assert speaker_of(summary, "oath is void") == "Court"


def test_who_after_an_appositive_an_account_owner_and_adding_after_said():
    text = (
        "The research was led by Mark Hay, a marine ecologist at Georgia Tech (GT), who said "
        '"There is a lot of argument now about local management."\n\n'
        "A tweet sent from Biden's Twitter account repeated the pledge, saying "
        '"My running mate will be a woman."\n\n'
        "Strong winds over the Channel made the crossing hard, Franky Zapata said, adding it "
        'took endurance. "It is an isometric exercise for the thighs."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "lot of argument") == "Mark Hay"
    assert speaker_of(summary, "running mate") == "Biden"
    assert speaker_of(summary, "isometric") == "Franky Zapata"


def test_a_title_before_a_surname_that_is_also_a_place_word():
    text = 'Judge Durham Hall QC said the men "showed no respect for the minimum standards".\n'
    assert speaker_of(run(text), "no respect") == "Durham Hall"  # "QC": a post-nominal
    place = (
        "Crowds gathered at Durham Hall, where a sign read "
        '"closed until further notice for all visitors".\n'
    )
    assert speaker_of(run(place), "closed until") is None


def test_an_organisation_described_by_its_kind_is_the_organisation_named_before():
    text = (
        "The Commission on Presidential Debates met on Friday to discuss the format.\n\n"
        'In a statement, the commission said, "The second debate will not take place."\n\n'
        "Acme Corporation hosted a panel about its toys. "
        'Later the company noted, "Our helmets are the most requested item this year."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "second debate") == "Commission on Presidential Debates"
    assert speaker_of(summary, "helmets") == "Acme Corporation"


def test_a_document_speaks_for_its_author():
    text = (
        "Judge Gray Miller ruled on the case on Friday. "
        'Part of the judge\'s statement reads "the average woman could be better suited for it."\n\n'
        "Pope Francis spoke in Rome on Thursday. "
        'The decree signed by the Pope read "The crimes of abuse offend Our Lord."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "average woman") == "Gray Miller"
    assert speaker_of(summary, "crimes of abuse") == "Francis"
    letter = (
        "Mayor Lena Ortiz opened the new bridge on Monday. "
        'The letter from the mayor on Friday read "The bridge will stay open all winter long."\n'
    )
    assert speaker_of(run(letter), "stay open") == "Lena Ortiz"


def test_a_partial_quote_without_a_cue_belongs_to_its_sentence_subject():
    text = (
        "Lisa Mancini has been cosplaying for two years. "
        'She typically chooses "to portray beloved characters from childhood or strong females."\n\n'
        'Aged 19, Alexis Tipton saw the role as a "chance to face my '
        'demons," having questioned her abilities. "I was in an extremely competitive program '
        'and nearly quit."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "beloved characters") == "Lisa Mancini"
    assert speaker_of(summary, "extremely competitive") == "Alexis Tipton"


def test_a_pronoun_goes_to_the_last_person_who_reported_anything_in_the_sentence_before():
    text = (
        'President Andrzej Duda said the deaths were an "appalling tragedy for us all" while '
        "Interior Minister Joachim Brudziński wrote he had ordered fire safety checks. "
        'He tweeted, "I want to express my sympathy to the families of the victims."\n'
    )
    assert speaker_of(run(text), "my sympathy") == "Joachim Brudziński"
    not_yet_quoted = (
        'Tristan Smith of Vessel Tracker said ships switch off transponders to "avoid attracting '
        'unwanted attention for several days at a time." Doug Miller of Milltech Marine told our '
        "correspondent a transponder broadcasts whenever it has power.\n\n"
        "Miller and Smith both acknowledged faults with the system, with Miller describing issues "
        'with the signal. He too suggested a scenario in which "the equipment has been tampered '
        'with or has been turned off for some of the time".\n'
    )
    assert speaker_of(run(not_yet_quoted), "tampered") == "Doug Miller"


def test_a_title_before_a_name_particle_and_according_to_him():
    text = (
        "New York Mayor Bill de Blasio ended his campaign on Friday.\n\n"
        "Mayor de Blasio, a member of the Democratic Party, spoke on MSNBC when he made the "
        'announcement: "I feel like I have contributed all I can to this primary election."\n\n'
        "Speaking on al-Masirah TV, Houthi military spokesperson Yahya Sarea said it had carried "
        "out the attack. According to him, it was among the largest Houthi operations and was "
        'accomplished with the help of "honourable people inside the kingdom".\n'
    )
    summary = run(text)
    assert speaker_of(summary, "contributed all I can") == "Bill de Blasio"
    assert speaker_of(summary, "honourable people") == "Yahya Sarea"


def test_with_and_and_a_name_of_a_state_before_a_participle():
    text = (
        "Republican Representatives attacked the inquiry, with Steve Scalise of Louisiana calling "
        'the investigation "a Soviet-style process run behind closed doors" and Ross Spano of '
        'Florida calling the process "a blatant and obvious coup to unseat a sitting president".\n'
    )
    summary = run(text)
    assert speaker_of(summary, "Soviet-style") == "Steve Scalise"
    assert speaker_of(summary, "obvious coup") == "Ross Spano"


def test_a_quote_from_an_order_by_an_admiral_is_the_admirals():
    text = (
        "The Coast Guard has announced an order by Coast Guard Commandant Admiral Elson Hermogino "
        'directing units nearby to "join personnel from the army and police in the investigation".\n'
    )
    summary = run(text)
    assert speaker_of(summary, "join personnel") == "Elson Hermogino"
    assert summary.actor("elson-hermogino").role == "Coast Guard Commandant Admiral"


# One quote, one speaker: each case is one rule (the id says which).
ONE_SPEAKER_CASES = [
    pytest.param(
        "Senator Kamala Harris was chosen on Tuesday. She was born in Oakland to a Jamaican-born "
        'father, Donald J. Harris.\n\nHarris said she was "honored" by the choice.\n',
        "honored",
        "Kamala Harris",
        id="a-surname-is-the-person-the-article-introduced-first",
    ),
    pytest.param(
        "The study, led by Dr Amy Cole of Oxford University, found that the drug "
        '"significantly reduced" deaths.\n',
        "significantly reduced",
        "Amy Cole",
        id="a-study-led-by-someone-speaks-for-its-leader",
    ),
    pytest.param(
        'The storm killed 12 people. "It was like a war zone," said local resident Joe Park, 54.\n',
        "war zone",
        "Joe Park",
        id="a-surname-that-is-also-a-place-word-after-an-occupation-or-before-an-age",
    ),
    pytest.param(
        "President Omar Diaz addressed the nation on Sunday, promising that the country would "
        '"not be intimidated".\n',
        "intimidated",
        "Omar Diaz",
        id="promising-after-a-comma-is-a-cue",
    ),
    pytest.param(
        "The minister, Carlos Reyes, resigned on Monday. His resignation letter said he had "
        '"lost the confidence" of the prime minister.\n',
        "lost the confidence",
        "Carlos Reyes",
        id="his-letter-speaks-for-him",
    ),
    pytest.param(
        'Witnesses said the gunman shouted "God is great" before opening fire.\n',
        "God is great",
        "the gunman",
        id="a-name-before-another-cue-verb-is-that-verbs-subject",
    ),
    pytest.param(
        'A woman who lives nearby said: "We heard three loud bangs and then screaming."\n',
        "loud bangs",
        "a woman",
        id="a-described-person-with-a-relative-clause",
    ),
    pytest.param(
        'A man was arrested on Friday. "I did nothing wrong," the suspect told the court.\n',
        "nothing wrong",
        "the suspect",
        id="the-suspect-is-a-described-person",
    ),
    pytest.param(
        "Anna Kral marched with the nurses. Her husband, Petro Kral, joined her.\n\n"
        '"I never see the children," she said.\n',
        "never see",
        "Anna Kral",
        id="her-husband-in-apposition-is-a-man-so-she-is-someone-else",
    ),
    pytest.param(
        'Crowds gathered at the ground on Monday. "It is a disgrace," one fan said.\n',
        "It is a disgrace",
        "one fan",
        id="one-fan-said-is-a-described-speaker-not-a-dropped-name",
    ),
    pytest.param(
        'Anna Lindqvist, an analyst at Nordhavn, said the cut was "a reset". Another analyst,'
        ' who asked not to be named, said: "They have been too optimistic for a year."\n',
        "too optimistic",
        "another analyst",
        id="another-analyst-is-not-the-analyst-named-before",
    ),
    pytest.param(
        'Ana Ruiz spoke first. "It was a long night," she said.\n\n'
        "Sofia Lindahl, a teacher from Sweden visiting with her husband, loved the lanterns."
        ' "Everybody was so kind," she said.\n',
        "Everybody was so kind",
        "Sofia Lindahl",
        id="a-husband-after-the-role-head-does-not-make-her-a-man",
    ),
    pytest.param(
        "Maria Lopez, the mayor, and John Smith, her deputy, met on Monday. "
        '"This plan will fail," the deputy said.\n',
        "plan will fail",
        "John Smith",
        id="the-deputy-is-whoever-an-appositive-made-deputy",
    ),
    pytest.param(
        "Nordwind Energy cut 500 jobs. Its chief executive, Lars Berg, called it "
        '"painful but necessary". Unions called it "a betrayal".\n',
        "betrayal",
        "Unions",
        id="a-bare-plural-group-speaks-its-own-quote",
    ),
    pytest.param(
        'Mayor Jane Jones met builder Tom Smith. "It will be rebuilt," Jones said, before Smith '
        'interrupted: "It will take years."\n',
        "take years",
        "Tom Smith",
        id="interrupted-is-a-cue",
    ),
    pytest.param(
        'Singer Rosa Luna cancelled her tour. Her manager said she needed "time to rest".\n',
        "time to rest",
        "Rosa Luna's manager",
        id="her-manager-is-known-through-whoever-she-is",
    ),
    pytest.param(
        "Anna Kral marched with the nurses. Her husband, Petro Kral, joined her.\n\n"
        '"She never sees the children," her husband said.\n',
        "never sees",
        "Petro Kral",
        id="her-husband-named-earlier-is-that-person",
    ),
    pytest.param(
        'The victim, Leo Grant, was 23. "Leo was a loving son," the family said.\n',
        "loving son",
        "the family",
        id="the-family-speaks-for-itself-not-for-the-victim",
    ),
    pytest.param(
        'Mayor Jane Jones arrived at noon. Her message was clear: "We will rebuild the town."\n',
        "rebuild",
        "Jane Jones",
        id="her-message-was-clear-then-the-quote",
    ),
    pytest.param(
        'Mayor Jane Jones arrived at noon. Jones\'s reply was short: "We will rebuild."\n',
        "rebuild",
        "Jane Jones",
        id="a-named-possessors-reply-then-the-quote",
    ),
    pytest.param(
        'Mayor Jane Jones met Tom Reid. Jones, for her part, was blunt: "We will rebuild."\n',
        "rebuild",
        "Jane Jones",
        id="the-named-subject-before-a-colon-then-a-short-quote",
    ),
    pytest.param(
        'Mayor Jane Jones met Tom Reid. In Jones\'s words, "we will rebuild the town."\n',
        "rebuild",
        "Jane Jones",
        id="in-someones-words-then-a-short-quote",
    ),
    pytest.param(
        'Mayor Jane Jones met Tom Reid. In the words of Reid, "we will rebuild it."\n',
        "rebuild",
        "Tom Reid",
        id="in-the-words-of-someone-then-a-short-quote",
    ),
    pytest.param(
        'The suspect fled. A police spokesperson said he was "known to officers".\n',
        "known to officers",
        "a police spokesperson",
        id="a-description-ends-at-its-head-noun-not-its-first-listed-word",
    ),
    pytest.param(
        "Professor Jean Muyembe, head of the Institute of Research that monitored the trial, "
        'said, "From now on, we will no longer say that the disease is incurable."\n',
        "From now on",
        "Jean Muyembe",
        id="a-long-appositive-with-a-relative-clause-keeps-its-speaker",
    ),
    pytest.param(
        "Senator Ana Reyes voted against the bill on Monday. "
        "Unhappy with the result, she left the building early. "
        '"I did not come here to watch the rules bend for one man."\n',
        "I did not come here",
        "Ana Reyes",
        id="a-quote-opening-a-sentence-after-a-sentence-about-its-speaker",
    ),
    pytest.param(
        "Sharif Hotak, of the Maidan Wardak provincial council, described the scene. "
        '"The explosion was very powerful. The whole building has collapsed," he said.\n',
        "explosion was very powerful",
        "Sharif Hotak",
        id="he-said-after-a-quote-of-several-sentences-looks-before-the-quote",
    ),
    pytest.param(
        "Caloundra beat Maroochydore 3-1 on Saturday, with coach Geoff Ingram on the sideline.\n\n"
        "The home side was on the receiving end of two yellow cards, leaving Ingram unimpressed. "
        '"One of them was questionable, and the other one was very harsh."\n',
        "questionable",
        "Geoff Ingram",
        id="a-quote-after-a-sentence-naming-one-person-is-theirs",
    ),
    pytest.param(
        'Prosecutor Kama Melly QC said the victims were "ripe and vulnerable to manipulation".\n\n'
        "One of the victims decided to allow her name to be made public. She said she did this "
        'to show victims "there is nothing to be ashamed of".\n',
        "nothing to be ashamed",
        "one of the victims",
        id="a-pronoun-after-a-sentence-about-a-described-person",
    ),
    pytest.param(
        "Samoa closed its schools on Monday to fight the measles outbreak.\n\n"
        "Earlier this week, an official government Twitter account made the following "
        'announcement: "Latest update: 3,728 measles cases have been reported since the outbreak."\n',
        "Latest update",
        "Samoa",
        id="a-platform-never-speaks-but-the-government-behind-its-account-does",
    ),
    pytest.param(
        "Another voice actor, Lauren Landa, would list two roles as dream roles.\n\n"
        "She was given a chance to audition years later, when Vizmedia dubbed Sailor Moon. "
        'When she was cast, "I swear to you, I was speechless," she told an audience.\n',
        "speechless",
        "Lauren Landa",
        id="a-pronoun-after-a-sentence-that-opens-with-the-same-pronoun",
    ),
    pytest.param(
        "Citing a test, the RIAA's take-down notice claimed "
        '"comments in the source code make clear that it was designed to circumvent".\n',
        "comments in the source code",
        "RIAA",
        id="a-hyphenated-word-between-a-possessor-and-its-cue",
    ),
    pytest.param(
        "King Maha Vajiralongkorn is the head of state of Thailand.\n\n"
        "The palace issued the following statement from the king: "
        '"Even though she relinquished her title, she remains a member of the family."\n',
        "relinquished her title",
        "Maha Vajiralongkorn",
        id="a-statement-from-an-author-before-a-colon",
    ),
    pytest.param(
        'President Trump delivered a speech declaring himself the "president of law and order." '
        "Senator Amy Klobuchar of Minnesota withdrew her name from consideration. "
        'She endorsed the selection of a "woman of color."\n',
        "woman of color",
        "Amy Klobuchar",
        id="a-quote-in-a-sentence-opening-with-someone-elses-pronoun-is-not-a-continuation",
    ),
    pytest.param(
        "Governor Lisa Park spoke on Monday. "
        'She said the "reckless" and "dangerous" Tom Hale attacked her plan in the debate.\n',
        "dangerous",
        "Lisa Park",
        id="a-partial-quote-joined-by-and-to-the-one-before-shares-its-speaker",
    ),
    pytest.param(
        "Mayor Anna Berg resigned on Friday.\n\n"
        "Columnist Mark Reed wrote a post after hearing of her resignation. "
        'He said "This town has lost the best mayor it ever had."\n',
        "best mayor",
        "Mark Reed",
        id="his-or-her-about-someone-else-does-not-outvote-the-next-sentences-he",
    ),
    pytest.param(
        "Others dismissed the claim. Maria Lopez, Dean of Westfield School of Law called it "
        '"a very weak argument." Professor Tom Hale of Eastern University asked whether it mattered.\n',
        "weak argument",
        "Maria Lopez",
        id="a-titled-appositive-without-its-closing-comma",
    ),
    pytest.param(
        '"We are proud to see the herd return to the valley," Anna Whitehorse of the Northern '
        "Plains tribal historic preservation office told the crowd.\n",
        "proud to see the herd",
        "Anna Whitehorse",
        id="a-speaker-of-a-described-office-after-the-quote",
    ),
    pytest.param(
        '"We will keep the archive open," Tom Hale of the Westfield city records office said.\n',
        "keep the archive open",
        "Tom Hale",
        id="a-person-of-an-office-speaks-not-the-office",
    ),
    pytest.param(
        'Maria Lopez said the committee paid for "research and travel services". '
        "Records show that Lopez paid Tom Hale US$5,000 over five months. "
        "Hale defended the payments in a post and denied any wrongdoing:\n\n"
        '"The money went to travel costs and to nothing else. I have the receipts."\n',
        "travel costs",
        "Tom Hale",
        id="a-paragraph-ending-in-a-colon-introduces-the-quote-below-it",
    ),
    pytest.param(
        "Party chairman Tom Hale set out this view in Valley News comments:\n"
        '"The ruling is wrong and we will appeal it before the spring."\n',
        "ruling is wrong",
        "Tom Hale",
        id="a-colon-paragraphs-person-speaks-before-the-outlet-it-names-first",
    ),
    pytest.param(
        "Emma Caufield talked of being cast in a pilot while a guest actor on the show. "
        "Faced with losing the character of Anya Jenkins, the producers made her a regular. "
        '"It was a good day," she recalls.\n',
        "good day",
        "Emma Caufield",
        id="she-after-a-sentence-that-only-mentions-someone-is-the-reporter-before-it",
    ),
    pytest.param(
        "Mayor Ana Reyes talked of the budget at length. "
        "Councillor Lisa Park arrived late to the meeting. "
        '"It was a long day," she said.\n',
        "long day",
        "Lisa Park",
        id="she-after-a-sentence-with-its-own-subject-is-that-subject",
    ),
    pytest.param(
        'The Green Party in Ontario, in its statement, said the minister was a "gentleman '
        'politician".\n',
        "gentleman politician",
        "Green Party",
        id="a-party-in-a-place-speaks-not-the-place",
    ),
    pytest.param(
        "GitHub removed the project on Friday. Tom Hale said the move was wrong. "
        'One of the users said "this is yet another example of why we should host our own code".\n',
        "yet another example",
        "one of the users",
        id="a-described-group-member-speaks-not-the-last-named-speaker",
    ),
    pytest.param(
        "Professor Ana Reyes led the survey of 3,000 households. "
        'The team wrote that guns "are far more lethal than any other means".\n',
        "far more lethal",
        "the team",
        id="the-team-behind-a-study-speaks-for-it",
    ),
    pytest.param(
        "Senator Tom Hale trails in the polls. "
        "The Hale campaign recycled a statement it first put out in July:\n\n"
        '"The voters will decide this election, not the pundits in Washington."\n',
        "voters will decide",
        "Hale campaign",
        id="a-persons-campaign-as-the-subject-of-a-colon-sentence",
    ),
    pytest.param(
        "Radio host Tom Hale died on Friday at the age of 79.\n\n"
        "The family's statement on his death read: "
        '"Tom loved his listeners, and they loved him back every single morning."\n',
        "loved his listeners",
        "the family",
        id="a-statement-of-a-described-owner",
    ),
    pytest.param(
        "NASA interrupted its live coverage to mourn cosmonaut Alexei Leonov. It also credited "
        'Leonov with the first spacewalk, noting on Twitter "his venture into space began the '
        'history of spacewalks".\n',
        "his venture into space",
        "NASA",
        id="it-opening-a-sentence-is-the-body-that-opened-the-one-before",
    ),
    pytest.param(
        "Prime Minister Oleksiy Honcharuk offered to resign on Friday.\n\n"
        'He said President Zelensky is "a model of honesty for me"; however, "to remove any '
        'doubts about our trust in the president, I wrote a resignation offer", he added.\n',
        "to remove any doubts",
        "Oleksiy Honcharuk",
        id="a-pronoun-late-in-a-sentence-that-opens-with-it-is-the-same-person",
    ),
    pytest.param(
        'Maria Lopez was quoted by the BBC as saying the plan "will fail within a year".\n',
        "will fail",
        "Maria Lopez",
        id="quoted-by-an-outlet-as-saying-is-the-one-quoted",
    ),
    pytest.param(
        "Local activists claimed fires had been set on purpose to clear the slum. One activist, "
        'Nur Khan Liton, on Sunday told reporters arson was used "as a weapon to evict" people.\n',
        "as a weapon",
        "Nur Khan Liton",
        id="an-appositive-name-then-a-day-then-the-verb",
    ),
    pytest.param(
        'Builder Tom Hale inspected the site. "It just fell down," said one witness, who was not named.\n',
        "just fell",
        "one witness",
        id="said-then-a-description",
    ),
    pytest.param(
        'Mayor Jane Jones met builder Tom Hale. Hale inspected the site. "We will rebuild it," said the mayor.\n',
        "rebuild it",
        "Jane Jones",
        id="said-then-a-role-its-holder-has",
    ),
    pytest.param(
        'Mayor Jane Jones spoke. "It just fell down," said a local resident, Tom Hale.\n',
        "just fell",
        "Tom Hale",
        id="said-then-a-description-then-the-name",
    ),
    pytest.param(
        'Mayor Jane Jones met builder Tom Hale. Hale inspected the site. Jones was quoted as saying "we will rebuild the bridge".\n',
        "rebuild the bridge",
        "Jane Jones",
        id="was-quoted-as-saying",
    ),
    pytest.param(
        'Samir Khoury, a lawyer, said detainees were beaten. "We saw broken noses," he said.\n\n'
        "From a balcony above Riad al-Solh Square, an elderly man in a cardigan watched the "
        'crowds. "I have seen this country at war," he said.\n',
        "country at war",
        "an elderly man",
        id="an-opening-from-phrase-then-someone-described",
    ),
    pytest.param(
        '"Police should protect people," said Daniel Mutua, a researcher.\n\n'
        "In Kisumu, a motorcycle taxi rider described being beaten at a checkpoint. "
        '"They said I was late," he said.\n',
        "I was late",
        "a motorcycle taxi rider",
        id="a-rider-is-someone-described",
    ),
    pytest.param(
        '"We are not going anywhere," said Agnieszka Wojcik, an organiser.\n\n'
        "Among the marchers was a 71-year-old retired chemist holding a sign. "
        '"I fought for freedom in 1980," she said.\n',
        "fought for freedom",
        "a 71-year-old retired chemist",
        id="among-them-was-someone-described",
    ),
    pytest.param(
        '"Our forces have clear orders," Abbas al-Rubaie told state television.\n\n'
        "In Tahrir Square, where thousands have camped since October, a 24-year-old engineering "
        "graduate wearing a gas mask said he had been hit. "
        '"I have a degree and no job," he said.\n',
        "degree and no job",
        "a 24-year-old engineering graduate",
        id="an-opening-where-clause-then-someone-of-an-age",
    ),
    pytest.param(
        'Governor Kadir Ekinci visited the site. "We have set up tents," he said.\n\n'
        "Television showed rescuers pulling a girl from the rubble. Her uncle, who did not give "
        'his name, told the broadcaster the family had been asleep.\n\n"The wall came down," he '
        "said.\n",
        "wall came down",
        "her uncle",
        id="her-uncle-of-someone-never-named",
    ),
    pytest.param(
        'Senator Dale Huntley called the order overreach. "Oregonians are adults," he wrote.\n\n'
        "The owner of a hardware store in the eastern town of Pendleton told The Oregonian his "
        'staff had been shouted at. "Now at least we can point to the law," he said.\n',
        "point to the law",
        "the owner",
        id="the-owner-of-a-store-is-someone-described",
    ),
    pytest.param(
        'Nthabiseng Mokoena spoke for the union. "We mourn them," Mokoena said.\n\n'
        "The brother of one of the dead workers, speaking to News24 outside the mine gate, said "
        'his brother had supported eight people. "He went down every day," he said.\n',
        "went down every day",
        "the brother",
        id="the-brother-of-one-of-the-dead-is-someone-described",
    ),
    pytest.param(
        '"Most of the residents were asleep," said the head of the regional fire brigade, '
        "Xose Manuel Vazquez.\n",
        "residents were asleep",
        "Xose Manuel Vazquez",
        id="said-the-head-of-a-body-then-the-name",
    ),
    pytest.param(
        '"Most of the residents were asleep," said the mother of one of the victims, Ana Ruiz.\n',
        "residents were asleep",
        "the mother",
        id="said-the-mother-of-one-of-the-victims-then-the-victim",
    ),
    pytest.param(
        'Anna Smith chaired the panel. "Welcome," she said.\n\n'
        "At the news conference, Smith asked astronaut Kayla Brooks whether she was tired. "
        '"My hands are sore," she replied.\n',
        "hands are sore",
        "Kayla Brooks",
        id="she-replied-is-the-one-asked",
    ),
    pytest.param(
        'Kira Watson spoke to supporters. "We wait," she said.\n\n'
        "Assistant Commissioner Graham Doyle of NSW Police urged people to stay at home. "
        '"Our concern is the health of the community," he told reporters.\n',
        "health of the community",
        "Graham Doyle",
        id="an-assistant-commissioner-of-a-police-force",
    ),
    pytest.param(
        '"Officers showed restraint," Deputy Chief Marcus Holloway of the Columbus Division of'
        " Police told reporters.\n",
        "showed restraint",
        "Marcus Holloway",
        id="a-chief-of-the-division-of-police",
    ),
    pytest.param(
        'Grishina called the allegation "absurd".\n\nA spokesman for the Kremlin said on Monday'
        ' that the response had been justified. "Unauthorised actions are unacceptable," he told'
        " reporters.\n",
        "Unauthorised actions",
        "Kremlin",
        id="he-after-a-spokesman-for-a-body",
    ),
    pytest.param(
        "Farmer Tom Reid lost his herd. A spokesman for the Ministry of Agriculture said the"
        ' government would help. "The minister takes the figures seriously," he said.\n',
        "takes the figures",
        "Ministry of Agriculture",
        id="a-spokesman-for-a-ministry-said-the-government",
    ),
    pytest.param(
        '"Rescue teams have reached the site," Chief District Officer Bishnu Prasad Adhikari'
        " said by telephone.\n",
        "reached the site",
        "Bishnu Prasad Adhikari",
        id="said-by-telephone-is-no-passive",
    ),
    pytest.param(
        '"It was quick," said farmer Lachlan Pike.\n\nA volunteer firefighter from a '
        "neighbouring brigade, his face black with soot, said crews had worked all night. "
        '"We lost count of the houses," he said.\n',
        "lost count",
        "a volunteer firefighter",
        id="a-volunteer-firefighter-is-a-firefighter",
    ),
    pytest.param(
        "The Philippine Red Cross said its volunteers were handing out food. "
        '"Many families lost their houses," the organisation said.\n',
        "lost their houses",
        "Philippine Red Cross",
        id="the-organisation-is-the-red-cross-named-before",
    ),
    pytest.param(
        "Iran's internet stayed cut off, with the monitoring group NetBlocks saying traffic had"
        " fallen.\n\nAmnesty International said on Tuesday that 106 protesters had been killed,"
        ' citing what it called "credible reports", including video.\n',
        "credible reports",
        "Amnesty International",
        id="it-is-the-body-reporting-earlier-in-the-sentence",
    ),
    pytest.param(
        'Sophie Lemaire spoke. "Through Christmas," Lemaire replied.\n\nA pharmacist who watched'
        " the clashes from the doorway of her shop on Boulevard Voltaire said the day began"
        ' calmly. "There were families," she said.\n',
        "There were families",
        "a pharmacist",
        id="someone-described-with-a-long-who-clause-naming-a-street",
    ),
    pytest.param(
        '"It is hard," said Rachid Benali.\n\nA retired teacher watching from the steps of the'
        " Grande Poste, the old post office that has become the focal point of the marches,"
        ' said he had not missed a Friday. "I am 72," he said.\n',
        "I am 72",
        "a retired teacher watching from the steps of the Grande Poste",
        id="someone-described-at-a-place-the-sentence-then-describes",
    ),
    pytest.param(
        "Castellano taught at Rice. A former student, now an engineer at the agency, posted on"
        ' Twitter: "Professor Castellano told me I was good enough."\n',
        "good enough",
        "a former student",
        id="someone-described-now-something-else",
    ),
    pytest.param(
        "Many came. A schoolteacher from Stevenage, who had travelled with pupils, said the"
        ' launch was "louder than any of us expected."\n',
        "louder than",
        "a schoolteacher from Stevenage",
        id="a-schoolteacher-from-a-town",
    ),
    pytest.param(
        "The director died on Sunday. Italy's prime minister wrote on Twitter that the country"
        ' had lost "a master who taught us to look".\n',
        "a master who",
        "Italy's prime minister",
        id="a-country-ending-in-ly-opening-a-sentence-is-no-adverb",
    ),
    pytest.param(
        "Menezes spoke. A spokesperson for Brazil's Ministry of Health told Reuters the ministry"
        ' had sent cylinders. "The federal government has not abandoned Amazonas," the'
        " spokesperson said.\n",
        "not abandoned",
        "Ministry of Health",
        id="a-spokesperson-for-a-countrys-ministry",
    ),
    pytest.param(
        "The Independent Policing Oversight Authority said it was investigating. Amnesty"
        ' International Kenya called the response "brutal". In a post on Twitter, the group'
        ' wrote: "Emergencies do not suspend human rights."\n',
        "do not suspend",
        "Amnesty International Kenya",
        id="amnesty-international-of-a-country-is-a-group",
    ),
    pytest.param(
        "Teams cleared roads. Officials at the state power utility said electricity would take"
        ' "at least a week" to restore.\n',
        "at least a week",
        "Officials",
        id="officials-at-a-body-said",
    ),
    pytest.param(
        "Republicans attacked the inquiry, with Steve Scalise of Louisiana calling it"
        ' "Soviet-style".\n',
        "Soviet-style",
        "Steve Scalise",
        id="a-one-word-quote-of-the-soviet-style-kind-is-no-name",
    ),
    pytest.param(
        'Warm water rises, creating what the scientists describe as an "upside-down river".\n',
        "upside-down river",
        "the scientists",
        id="what-the-scientists-describe-as",
    ),
    pytest.param(
        'Traffic "ground to a halt" \u2014 as the Supreme Court decision put it \u2014 on the'
        " bridge.\n",
        "ground to a halt",
        "Supreme Court",
        id="as-the-decision-put-it",
    ),
]


@pytest.mark.parametrize(
    "verb", ["exclaimed", "countered", "professed", "conceded", "retorted", "opined", "asserted"]
)
def test_less_common_speech_verbs_are_cues(verb: str):
    text = (
        "Senator Tom Hale said the plan would pay for itself. "
        f'Senator Ana Reyes {verb} that it was "a costly mistake for everyone".\n'
    )
    summary = run(text)
    assert speaker_of(summary, "costly mistake") == "Ana Reyes"
    assert any(a.cue == verb for a in summary.attributions)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Senator Ana Reyes slammed the plan as a costly mistake.", "slammed"),
        ("Senator Ana Reyes pledged that the state would cover the cost.", "pledged"),
        ("Senator Ana Reyes implied that the governor had misled voters.", "implied"),
        ("Senator Ana Reyes cited rising costs as the reason for her vote.", "cited"),
        ("Union leaders Tom Hale and Ana Reyes argue that the reform is unfair.", "argue"),
        ("Union leaders Tom Hale and Ana Reyes deny that the strike was illegal.", "deny"),
    ],
)
def test_reported_speech_verbs_give_attributions(sentence: str, cue: str):
    summary = run(sentence + "\n")
    assert any(a.cue == cue and a.source is not None for a in summary.attributions)


@pytest.mark.parametrize("verb", ["regarded", "touted", "mocked", "derided", "decried", "deemed"])
def test_verbs_that_characterise_something_are_cues(verb: str):
    text = (
        "Senator Tom Hale spoke first. "
        f'Political weekly Politico {verb} the debate as "markedly more civil" than the last one.\n'
    )
    assert speaker_of(run(text), "markedly more civil") == "Politico"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Senator Ana Reyes maintained her lead in the polls of the state.", False),
        ("Senator Ana Reyes continued to campaign across the state on Monday.", False),
        ("Senator Ana Reyes spoke with reporters outside the court on Monday.", False),
        ("Senator Ana Reyes maintained that the plan was legal and fair.", True),
        ("Senator Ana Reyes spoke about affordable higher education and healthcare.", True),
    ],
)
def test_continued_maintained_spoke_report_speech_only_with_that_or_a_topic(
    sentence: str, reported: bool
):
    summary = run(sentence + "\n")
    assert bool(summary.attributions) == reported
    assert "Ana Reyes" in [actor.name for actor in summary.actors]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Adaeze Nwachukwu-Hart, 44, won the race. Margit Halvorsen, the mayor, congratulated"
            ' her. "I will be your mayor too," the 44-year-old said.\n',
            "Adaeze Nwachukwu-Hart",
        ),
        (
            'Among the volunteers was nine-year-old Bartholomew Quinn. "It matters," said Dr'
            ' Mei-Ling Chao.\n\n"I counted 43 starlings," the nine-year-old said proudly.\n',
            "Bartholomew Quinn",
        ),
        (  # "the teenager": the one aged 13 to 19
            "Left-arm spinner Shahzaib Ahmed Qureshi, 19, took four wickets. Captain Imran Butt, "
            '34, praised him.\n\n"I bowl for my father," the teenager said, smiling.\n',
            "Shahzaib Ahmed Qureshi",
        ),
    ],
)
def test_the_n_year_old_is_the_person_the_article_gave_that_age(text: str, speaker: str):
    assert speaker_of(run(text), "I ") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said the talks had failed on Monday. It added that it would respond.",
        "Human Rights Watch said the talks had failed. It also said the talks would resume.",
        "Frontex, which patrols the borders, said the boats had sunk off Lesbos.",
    ],
)
def test_a_name_that_is_an_it_or_a_which_is_no_person(text: str):
    assert [a.type.value for a in run(text + "\n").actors] == ["organisation"]


def test_a_one_word_name_that_reports_or_has_its_own_is_no_person():
    summary = run(
        "Rudaw reports that the border was closed on Monday. Siemens said its plant would shut."
        ' "We will miss it," Zoe said.\n'
    )
    types = {actor.name: actor.type.value for actor in summary.actors}
    assert (types["Rudaw"], types["Siemens"], types["Zoe"]) == ("media", "organisation", "person")


def test_a_news_agency_is_an_outlet_and_the_agency_it():
    summary = run(
        "North Korea's official Korean Central News Agency (KCNA) said the test had succeeded."
        ' "The test clearly demonstrates our will," the agency said.\n'
    )
    assert ("Korean Central News Agency", "media") in {
        (a.name, a.type.value) for a in summary.actors
    }
    assert speaker_of(summary, "clearly demonstrates") == "Korean Central News Agency"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        pytest.param(
            "The study, published in the Journal of Tropical Clinical Research, found that the"
            " drug worked. The Journal of Tropical Clinical Research said the trial was small.",
            {"Journal of Tropical Clinical Research": "media"},
            id="a-journal-of-a-field-is-a-publication",
        ),
        pytest.param(
            "The Republic of Artsakh said the ceasefire had been broken overnight.",
            {"Republic of Artsakh": "government"},
            id="a-republic-of-a-place-is-a-government",
        ),
        pytest.param(
            "The Northern Arapaho Tribe said the herd had arrived. The People's Protection"
            " Units said the town was quiet.",
            {"Northern Arapaho Tribe": "organisation", "People's Protection Units": "organisation"},
            id="a-tribe-and-units-are-bodies",
        ),
        *(
            pytest.param(
                f"According to {outlet}, the senator had been ill for months.",
                {outlet.removeprefix("The "): "media"},
                id=f"{outlet}-is-an-outlet",
            )
            for outlet in ("The Baltimore Sun", "USA Today", "Business Insider")
        ),
        *(
            pytest.param(
                f"The {party} said the vote was close.",
                {party: "organisation"},
                id=f"the-{party}-a-party-named-by-its-members",
            )
            for party in ("Liberal Democrats", "Sweden Democrats", "Scottish Conservatives")
        ),
        pytest.param(
            "The White House said the talks had failed. A Downing Street spokesperson said the"
            ' prime minister had "enjoyed the exchange".',
            {"White House": "government", "Downing Street": "organisation"},
            id="the-white-house-is-the-government-and-downing-street-the-office",
        ),
    ],
)
def test_the_type_of_a_named_body(text: str, types: dict[str, str]):
    assert {a.name: a.type.value for a in run(text + "\n").actors} == types


def test_a_capital_speaking_is_its_government():
    summary = run(
        "The talks collapsed on Monday. Moscow denied that it had moved troops. Beijing said"
        " the talks had failed.\n"
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Moscow", "denied"),
        ("Beijing", "said"),
    ]
    assert {a.type.value for a in summary.actors} == {"government"}


def test_the_ceo_is_the_chief_executive():
    summary = run('Acme chief executive Tom Reid met Ana Ruiz. "We will win," the CEO said.\n')
    assert speaker_of(summary, "We will win") == "Tom Reid"


def test_the_answer_to_a_question_someone_asked_is_not_theirs():
    summary = run(
        "Under questioning from Assistant District Attorney Karen Liu, Melissa Grant described"
        ' the night. "What did you notice about him?" Liu asked.\n\n"He was sweating," Grant'
        ' replied.\n\n"Did he say anything else?" the prosecutor asked.\n\n"He told me he was'
        ' home all night," she said.\n\nFellow trustee Deborah Nunez disagreed. "Who looks after'
        ' the children?" she asked. "Parents will pay for it," she said.\n'
    )
    assert speaker_of(summary, "anything else") == "Karen Liu"  # an "Assistant District Attorney"
    assert speaker_of(summary, "home all night") == "Melissa Grant"
    assert speaker_of(summary, "Parents will pay") == "Deborah Nunez"  # asked no one


def test_he_after_a_sentence_opening_with_the_n_year_old_is_the_one_who_died_at_that_age():
    text = (
        "The composer Toomas Kask, whose works became anthems, has died in Tallinn at the age"
        ' of 88, his family said.\n\nCulture Minister Liis Tamm described him as "a man who gave'
        ' a small nation a large voice." "We were telling the world," the minister said.\n\n'
        "The 88-year-old remained active into his final years. In an interview last year, he"
        ' was asked why he had never left Estonia. "Where would I go?" he replied.\n'
    )
    assert speaker_of(run(text), "Where would I go") == "Toomas Kask"


def test_a_role_after_a_preposition_is_no_subject_and_a_verb_no_part_of_a_group():
    text = (
        'Opposition broadcasting spokesperson Tom Rangi called for an inquiry. "Release it," he told'
        " RNZ.\n\nThe union said staff were shaken. Its national secretary, Fiona Caldwell,"
        ' said journalists at the broadcaster had long complained of pressure. "Nobody puts'
        ' it in writing," she said.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "Nobody puts") == "Fiona Caldwell"  # not "the broadcaster"
    assert "said journalists" not in [a.name for a in summary.actors]


def test_someone_introduced_with_a_and_named_right_after_is_that_person():
    text = (
        '"This tragedy was preventable," said a spokeswoman for the UN refugee agency in Rome.'
        ' The spokeswoman, Chiara Bellandi, urged governments to act. "Please," one'
        ' witness said. "We ran," another witness said.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "This tragedy") == "Chiara Bellandi"
    assert speaker_of(summary, "Please") == "one witness"  # no "The witness, X," after it


def test_a_persons_name_before_of_a_place_is_a_name_and_added_to_a_thing_no_cue():
    text = (
        '"My son has not seen his daughter since June," said Lorraine Pettis of Kansas City,'
        " whose son is held at the Potosi Correctional Center.\n\nDr Naomi Fischer told CBC"
        ' News the study added to "a growing body of evidence".\n'
    )
    summary = run(text)
    assert speaker_of(summary, "My son") == "Lorraine Pettis"
    assert speaker_of(summary, "growing body") == "Naomi Fischer"


def test_it_after_a_sentence_opening_with_a_described_body_is_that_body():
    text = (
        "The Kilbride Arts Festival has been cancelled. Organisers said refunds would be"
        " offered.\n\nThe festival will stream a few performances online instead. In a"
        ' statement, it described the plans as "a modest substitute".\n'
    )
    assert speaker_of(run(text), "modest substitute") == "Kilbride Arts Festival"


def test_a_quote_with_no_cue_after_a_sentence_a_body_opens_is_the_bodys():
    text = (
        'Norfolk Police put a 400-metre cordon in place.\n\n"We thank residents for their'
        ' patience."\n\nNASA astronaut Kayla Brooks left the airlock.\n\n"That view never'
        ' gets old. I can see the whole of the Caribbean," Brooks radioed to mission control.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "We thank") == "Norfolk Police"
    assert speaker_of(summary, "That view") != "NASA"  # NASA only says who she is


def test_asked_by_someone_is_no_cue_of_theirs():
    text = (
        "Daniel Okoro spoke on a call. Asked by one analyst whether closures were likely, the"
        ' former investment banker said: "We do not see the need."\n'
    )
    summary = run(text)
    assert speaker_of(summary, "We do not see") == "Daniel Okoro"
    assert [a.name for a in summary.actors] == ["Daniel Okoro"]  # the analyst only asked


def test_appealing_a_decision_reports_nothing_but_appealing_for_calm_does():
    court = run("The president's legal team appealed the decision to the Second Circuit.\n")
    assert court.attributions == [] and court.actors == []
    calm = run("Senator Ana Reyes appealed for calm after the verdict was read out.\n")
    assert [source_of(calm, a) for a in calm.attributions] == ["Ana Reyes"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to his agent, Hunter had undergone surgery recently.",
            "his agent",
        ),
        (
            "According to the study, in the continental United States 16,000 deaths were caused.",
            None,  # a study is evidence, not a source; the United States is in what it says
        ),
        ("According to his wife, Amanda, Hunter died of a lung disorder.", "Amanda"),
    ],
)
def test_according_to_names_its_source_before_the_comma_or_in_an_appositive(
    sentence: str, source: str | None
):
    text = "Lyricist Robert Hunter died on Monday at his home in Marin County.\n\n" + sentence
    summary = run(text + "\n")
    according = [a for a in summary.attributions if a.cue.lower() == "according to"]
    assert [source_of(summary, a) for a in according] == ([source] if source else [])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A bus exploded on Monday. Police said the driver was arrested.", [("Police said", None)]),
        (
            "A bus exploded on Monday, and local officials said three people died.",
            [("local officials said", None)],
        ),
        (
            "Germany banned the airline. German officials said the ban was for security.",
            [("said", "Germany")],
        ),
        (
            "The airline was banned. German officials said the ban was for security.",
            [("German officials said", None)],
        ),
        ("As news sources noted, the council is elected every four years by residents.", []),
    ],
)
def test_a_group_the_article_does_not_name_is_an_unnamed_source(text: str, found: list):
    """The guidelines list a group without a name as an actor only when it is quoted."""
    summary = run(text + "\n")
    assert [(a.cue, source_of(summary, a)) for a in summary.attributions] == found
    assert not [actor for actor in summary.actors if "officials" in actor.name.lower()]


def test_a_group_the_article_does_not_name_speaks_its_quote():
    summary = run('A bus exploded on Monday. Police said "three people died in the blast".\n')
    assert speaker_of(summary, "three people died") == "Police"


@pytest.mark.parametrize(
    ("sentence", "attributed"),
    [
        (
            'Mayor Anna Reyes said, "We could not win this time," and the flag is at half-mast.',
            False,
        ),
        ('Mayor Anna Reyes said the city "could not win this time" and the flag is down.', True),
    ],
)
def test_a_full_quote_right_after_the_cue_is_a_quote_not_also_an_attribution(
    sentence: str, attributed: bool
):
    summary = run(sentence + "\n")
    assert speaker_of(summary, "could not win") == "Anna Reyes"
    assert bool(summary.attributions) == attributed


def test_a_cue_verb_after_a_determiner_or_possessive_is_a_noun():
    text = 'Maria Lopez responded to John Smith\'s remarks, saying "this plan will fail".\n'
    summary = run(text)
    assert speaker_of(summary, "plan will fail") == "Maria Lopez"
    assert [a.cue for a in summary.attributions] == ["responded"]
    verb = run("The Green Party reports that its membership doubled in a single year.\n")
    assert [(a.cue, source_of(verb, a)) for a in verb.attributions] == [("reports", "Green Party")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"He is innocent," said Smith\'s lawyer.', "Smith's lawyer"),
        ('Smith\'s lawyer said "he is innocent" and will appeal.', "Smith's lawyer"),
        ('"He is innocent," said Smith\'s lawyer, Jane Doe.', "Jane Doe"),
        ('Smith\'s official statement read: "He is innocent and will appeal."', "John Smith"),
    ],
)
def test_a_person_known_through_someone_else_is_described_so(sentence: str, speaker: str):
    summary = run("John Smith was arrested on Monday in the capital.\n\n" + sentence + "\n")
    assert speaker_of(summary, "innocent") == speaker


def test_an_appositive_gives_a_person_a_role_that_a_later_description_finds():
    text = (
        "Jasim Uddin, a spokesperson for the fire service, told reporters four victims were from "
        'one family. The spokesperson said "the fire spread very fast".\n\n'
        "Speaking to Agence France-Presse, the president of the league, Jamel Msallem, said so. "
        "Agence France-Presse was first to report it.\n"
    )
    summary = run(text)
    roles = {actor.name: actor.role for actor in summary.actors}
    assert roles["Jasim Uddin"] == "spokesperson for the fire service"
    assert speaker_of(summary, "spread very fast") == "Jasim Uddin"
    assert roles.get("Agence France-Presse") is None


def test_an_appositive_role_through_a_possessor_whose_name_opens_with_a_particle():
    text = (
        "Nabil Fawzy Gabr, el-Sayed's lawyer, said the hearing lasted ten minutes.\n\n"
        'Gabr said he would appeal. "It is the last door left open to us," the lawyer said.'
    )
    summary = run(text)
    assert {a.name: a.role for a in summary.actors}["Nabil Fawzy Gabr"] == "lawyer"
    assert speaker_of(summary, "the last door") == "Nabil Fawzy Gabr"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge would be rebuilt within a year, Jones told the BBC.",
        "The bridge would be rebuilt within a year, Jones said.",
        "The bridge would be rebuilt within a year, Jones told the BBC on Monday.",
    ],
)
def test_what_comes_before_a_closing_cue_is_what_was_said(sentence: str):
    summary = run("Mayor Jane Jones visited the site on Monday.\n\n" + sentence + "\n")
    found = [(source_of(summary, a), a.content) for a in summary.attributions]
    told_the_bbc = (
        [("BBC", "The bridge would be rebuilt within a year")] if "BBC" in sentence else []
    )
    assert found == [("Jane Jones", "The bridge would be rebuilt within a year"), *told_the_bbc]


def test_in_his_view_is_an_attribution_to_whoever_he_is():
    text = (
        "Alexander Gagay, a neurosurgeon, works at a clinic on the river.\n\n"
        "In his view, one can become a very good specialist without leaving the country.\n"
    )
    summary = run(text)
    [attribution] = summary.attributions
    assert (attribution.cue, source_of(summary, attribution)) == ("In his view", "Alexander Gagay")
    assert attribution.content.startswith("one can become")


@pytest.mark.parametrize(("text", "fragment", "speaker"), ONE_SPEAKER_CASES)
def test_one_quote_one_speaker(text: str, fragment: str, speaker: str):
    assert speaker_of(run(text), fragment) == speaker


def test_a_one_word_quote_with_its_own_cue_is_a_quote_but_a_named_thing_is_not():
    summary = run('Mayor Jane Jones was asked about the date. "Soon," Jones replied.\n')
    assert [(q.text, speaker_of(summary, q.text)) for q in summary.quotes] == [
        ("Soon,", "Jane Jones")
    ]
    assert run('The ship "Titanic," which sank in 1912, was large.\n').quotes == []


def test_a_quote_ending_in_an_exclamation_is_not_an_attribution_of_its_speakers_name():
    summary = run('NASA launched the rocket. "We have liftoff!" NASA said.\n')
    assert speaker_of(summary, "liftoff") == "NASA"
    assert summary.attributions == []


@pytest.mark.parametrize(
    ("issued", "source"),
    [
        ("President Donald Trump issued a statement on Sunday.", "Donald Trump"),
        ("In a statement on Sunday, the White House spoke of Syria.", "White House"),
    ],
)
def test_the_statement_said_is_its_issuers_report(issued: str, source: str):
    summary = run(f"{issued} The statement also said US troops had defeated the militants.\n")
    found = [(a.cue, source_of(summary, a)) for a in summary.attributions]
    assert ("said", source) in found
    unsourced = run("The statement also said US troops had defeated the militants.\n")
    assert [source_of(unsourced, a) for a in unsourced.attributions] == []


def test_citizens_of_a_country_are_not_its_government():
    citizens = run(
        "China closed the city. Chinese citizens have criticized the initial response.\n"
    )
    assert [source_of(citizens, a) for a in citizens.attributions] == [None]
    officials = run("China closed the city. Chinese officials said the virus was contained.\n")
    assert [source_of(officials, a) for a in officials.attributions] == ["China"]


def test_a_nationalitys_government_is_its_country_with_the_words_as_an_alias():
    text = (
        'The German government said there was "unequivocal" proof he had been poisoned. '
        "Germany asked Russia to explain.\n"
    )
    summary = run(text)
    assert speaker_of(summary, "unequivocal") == "Germany"
    germany = next(a for a in summary.actors if a.name == "Germany")
    assert germany.type == "government" and "German government" in germany.aliases
    korean = run('The Korean government said the talks were "useful".\n')
    assert [a.name for a in korean.actors] == ["Korean government"]  # North or South: unsaid


# (story, each actor's type, words of a quote, its speaker): bodies the names once made people
BODIES_NOT_PEOPLE = [
    (  # a zoo is an organisation, and "the zoo" the one named
        "Westmoor Zoo announced the birth of two leopard cubs. The Riverside Park Zoo said in"
        ' a post that its bear would be back "once she has had a rest".\n',
        {"Westmoor Zoo": "organisation", "Riverside Park Zoo": "organisation"},
        "once she has",
        "Riverside Park Zoo",
    ),
    (  # a body's initials open its name, but a person's initials do not
        'UN Women said the strike should be "a turning point". "This is a moment to act," the'
        ' agency said. The ACLU of Ohio called it "overdue". JD Vance called it "a stunt".\n',
        {"UN Women": "organisation", "ACLU of Ohio": "organisation", "JD Vance": "person"},
        "This is a moment",
        "UN Women",
    ),
    (  # a company's name ends in a word for one, and its first word alone is that company
        "Contact was lost with the lander, its operator Selene Dynamics said. Later Selene said"
        ' it would "keep trying". Halcyon Therapeutics said its camera had worked.\n',
        {"Selene Dynamics": "organisation", "Halcyon Therapeutics": "organisation"},
        "keep trying",
        "Selene Dynamics",
    ),
    (  # a name of two words before "'s chief executive" is a company's
        "Thousands were stranded after Aerlinea Nord cancelled 300 flights. Aerlinea Nord's"
        ' chief executive, Henrik Solvang, said the airline was "deeply sorry".\n',
        {"Aerlinea Nord": "organisation", "Henrik Solvang": "person"},
        "deeply sorry",
        "Henrik Solvang",
    ),
    (  # a body's name that lists its fields with commas is one name, and ends no aside
        "The Department for Environment, Food and Rural Affairs said the trial was safe. Jo"
        " Moyo, permanent secretary in the Ministry of Information, Publicity and Broadcasting"
        ' Services, told reporters the case was "not about the press".\n',
        {
            "Department for Environment, Food and Rural Affairs": "organisation",
            "Jo Moyo": "person",
        },
        "not about the press",
        "Jo Moyo",
    ),
    (  # "the health service" is the service named before, and so is its statement
        "The Outback Central Health Service confirmed that births would stop.\n\nIn a"
        ' statement, the health service said it had acted "with great reluctance".\n\n"We'
        ' could not recruit enough midwives," the statement said.\n',
        {"Outback Central Health Service": "organisation"},
        "recruit enough midwives",
        "Outback Central Health Service",
    ),
    (  # "the firm" is the one the article introduced as a firm, though another came since
        "Pemberton Group rejected an approach from the US private equity firm Ridgeline Capital."
        " Ridgeline said it was disappointed that Pemberton's board would not engage. \"We urge"
        ' the board to open its books," the firm said.\n',
        {"Pemberton Group": "organisation", "Ridgeline Capital": "organisation"},
        "open its books",
        "Ridgeline Capital",
    ),
    (  # "the airline" is the company named last, not the authority named before it
        "Aerlinea Nord's chief executive faced questions after 300 flights were cancelled. The"
        " Commission for Aviation Regulation said it would write to passengers.\n\n"
        '"We sincerely apologise," the airline said.\n',
        {"Commission for Aviation Regulation": "organisation", "Aerlinea Nord": "organisation"},
        "sincerely apologise",
        "Aerlinea Nord",
    ),
    (  # "PFAS" are chemicals, not a body: "the institute" is the one named before
        'Tests found "forever chemicals", the Netherlands\' public health institute RIVM said.'
        ' The contamination with PFAS came from foam. "Do not drink the water," the institute'
        " said.\n",
        {"RIVM": "organisation"},
        "Do not drink",
        "RIVM",
    ),
    (  # "Police" opens a body's name of two words, as of three
        'The Police Federation said it would support the officer. "Our member made a'
        ' split-second decision," a federation spokesman said.\n',
        {"Police Federation": "organisation"},
        "split-second",
        "Police Federation",
    ),
    (  # a name that goes on after its place word is a body named after the place
        "Mr Bell's cycling club, Severn Valley Wheelers, said in a statement that members would"
        ' ride.\n\n"Andy was the heart of the club," the statement said. Severn Valley is'
        " quiet.\n",
        {"Bell": "person", "Severn Valley Wheelers": "organisation"},
        "heart of the club",
        "Severn Valley Wheelers",
    ),
    (  # people opening a body's name at a sentence start are part of it
        'Children First Legal Alliance, which brought the lawsuit, said the order "should'
        ' have come years ago." Children were moved.\n',
        {"Children First Legal Alliance": "organisation"},
        "should have come",
        "Children First Legal Alliance",
    ),
    (  # a street is a place, not the woman who lives on it
        "One woman who lives in a block of flats on Penhill Drive, where officers forced"
        " entry, said she had heard a bang.\n\n'I looked out and there were police"
        " everywhere,' she said.\n",
        {"one woman": "person"},
        "I looked out",
        "one woman",
    ),
    (  # "Services" ends a company's name, and its first word alone is that company
        'Outages hit Nimbus Web Services on Monday. Nimbus said a change had caused "increased'
        ' error rates".\n',
        {"Nimbus Web Services": "organisation"},
        "increased error rates",
        "Nimbus Web Services",
    ),
    (  # a club named inside another body's name is still a club of its own
        "Hartwell Rovers have appointed Luca Bianchi as manager. In a statement, the club said:"
        ' "We are delighted." The Hartwell Rovers Supporters\' Trust welcomed the appointment.'
        ' "Fans have been patient," the trust said.\n',
        {"Hartwell Rovers": "organisation", "Hartwell Rovers Supporters' Trust": "organisation"},
        "We are delighted",
        "Hartwell Rovers",
    ),
    (  # "a university spokesperson" speaks for the university, not for a union of its staff
        "The University of Wrenfield will close two departments. The University and College"
        ' Union called it "a betrayal". A university spokesperson said the plans were "funded'
        ' by borrowing".\n',
        {"University of Wrenfield": "organisation", "University and College Union": "organisation"},
        "funded by borrowing",
        "University of Wrenfield",
    ),
    (  # "the team" is the body named with the word, not a team described
        "Kelderdale Mountain Rescue Team, a volunteer-run charity, said 24 of its members had"
        ' searched. In a post, the team said: "Conditions on the hill were brutal."\n',
        {"Kelderdale Mountain Rescue Team": "organisation"},
        "Conditions on the hill",
        "Kelderdale Mountain Rescue Team",
    ),
    (  # a name that ", which" follows is no person's: "the company" is that body
        "The Canadian Armed Forces wrote the report. Maple Crest Living, which operates two of"
        ' the homes, said it was troubled. "We take this seriously," the company said.\n',
        {"Maple Crest Living": "organisation"},
        "take this seriously",
        "Maple Crest Living",
    ),
]


def test_a_polls_figures_are_the_pollsters():
    text = (
        "In the RealClearPolitics average at the end of June, Biden led Trump 50.0 percent to"
        " 40.4 percent. A Zogby International poll showed 55 percent agreed. Jorgensen polled at"
        " two percent in the Monmouth poll. The Republican Party said little. At the end of"
        " August, he trailed in the nationwide RealClearPolitics head to head average.\n"
    )
    summary = run(text)
    polls = [a for a in summary.attributions if a.cue.endswith(("poll", "average"))]
    assert sorted((source_of(summary, a), a.cue) for a in polls) == [
        ("Monmouth", "the Monmouth poll"),
        ("RealClearPolitics", "the RealClearPolitics average"),
        ("RealClearPolitics", "the nationwide RealClearPolitics head to head average"),
        ("Zogby International", "A Zogby International poll"),
    ]
    assert all(a.type == "organisation" for a in summary.actors if a.name != "Republican Party")


def test_two_bodies_joined_by_and_are_two_sources():
    text = (
        "The American Civil Liberties Union of Montana and Native American Rights Fund said the"
        " law would stop many people from voting. The Department of Health and Human Services"
        " said it would respond.\n"
    )
    summary = run(text)
    assert sorted(source_of(summary, a) for a in summary.attributions) == [
        "American Civil Liberties Union of Montana",
        "Department of Health and Human Services",  # one body: two words after its "and"
        "Native American Rights Fund",
    ]


# (story, each report's source and cue, actors' types): reports that take more than a verb
FINDINGS_AND_RULINGS = [
    (  # a ruling issued with something after it reports it; one with nothing after, nothing
        "On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding that the oath"
        " was unconstitutional. Later the judge, Ana Rivera, issued a ruling.\n",
        [("Supreme Court of Puerto Rico", "issued a ruling")],
        {},
    ),
    (  # "both X and Y" after a clause's "and" are both the verb's subjects
        "Robert Mugabe and Morgan Tsvangirai led the two parties. The MDC won a majority in the"
        " assembly and both Mugabe and Tsvangirai claimed victory in the presidential vote.\n",
        [("Morgan Tsvangirai", "claimed"), ("Robert Mugabe", "claimed")],
        {},
    ),
    (  # what a study by someone found is their finding, clause or not; a body found is none
        "An investigation by PolitiFact found no such action on Biden's part. A recent poll by"
        " Siena College showed his number at zero percent. Police found a body.\n",
        [("PolitiFact", "found"), ("Siena College", "showed")],
        {"PolitiFact": "organisation"},
    ),
]


@pytest.mark.parametrize(("story", "reports", "types"), FINDINGS_AND_RULINGS)
def test_findings_and_rulings_are_reports(
    story: str, reports: list[tuple[str, str]], types: dict[str, str]
):
    summary = run(story)
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == reports
    assert types.items() <= {a.name: a.type for a in summary.actors}.items()


def test_a_name_before_title_or_trophy_is_a_prize_not_a_pronouns_person():
    text = (
        "Elena Vasquez beat Mila Horvat in Melbourne on Saturday.\n\nThe 22-year-old Spaniard"
        ' broke serve to seal her first Grand Slam title. "I was shaking," she said.\n'
    )
    summary = run(text)
    assert speaker_of(summary, "I was shaking") == "Elena Vasquez"
    assert "Grand Slam" not in {a.name for a in summary.actors}


def test_a_country_that_only_describes_a_thing_or_a_place_is_no_actor():
    text = (
        "A United States spacecraft docked with the station on Sunday, NASA said. It was the"
        " first since the shuttles retired in the United States in 2011, NASA said.\n"
    )
    assert [a.name for a in run(text).actors] == ["NASA"]


def test_a_passive_report_keeps_what_was_reported_in_its_content():
    summary = run("The attack was claimed by the Houthi movement in Yemen on Saturday.\n")
    [claimed] = summary.attributions
    assert claimed.content == "The attack was claimed by the Houthi movement in Yemen on Saturday."


def test_the_company_is_no_company_named_pages_before():
    filler = "The panel went on for an hour, and the crowd asked many questions. " * 32
    text = (
        'Valiant Studios editor Heather Antos said the work was "endless".\n\n'
        + filler
        + '\n\nAsked about packaging, the company said it used "more plant-based plastic".\n'
    )
    assert speaker_of(run(text), "plant-based") == "the company"  # not Valiant, 2,000 back


@pytest.mark.parametrize(("story", "types", "fragment", "speaker"), BODIES_NOT_PEOPLE)
def test_bodies_the_names_once_made_people(
    story: str, types: dict[str, str], fragment: str, speaker: str
):
    summary = run(story)
    assert {a.name: a.type for a in summary.actors} == types
    assert speaker_of(summary, fragment) == speaker


def test_fellow_is_a_title_inside_a_title_but_not_before_a_group():
    text = (
        '"Stripes may dazzle flies," said Royal Society University Research Fellow Martin How. '
        'Fellow Democrats were supportive: "Thank you for everything you did for us."\n'
    )
    summary = run(text)
    roles = {a.name: a.role for a in summary.actors}
    assert roles.get("Martin How") == "Research Fellow"
    assert "Democrats" not in roles


def test_a_capitalised_plural_group_opening_a_sentence_is_not_a_name():
    summary = run("Observers noted the debate was more orderly than the first one.\n")
    assert [a.name for a in summary.actors] == []
    assert [(a.source, a.cue) for a in summary.attributions] == [(None, "Observers noted")]


def test_a_place_word_surname_stays_a_place_without_an_occupation_or_age():
    summary = run("Crowds gathered in Hyde Park on Sunday. The mayor closed the park.\n")
    assert [a.name for a in summary.actors] == []


def test_researchers_from_named_institutions_are_a_source_listed_by_that_description():
    text = (
        "In findings published on Wednesday, researchers from the University of Washington and "
        "Stanford University reported that most of the deaths were caused by coal.\n"
    )
    summary = run(text)
    [attribution] = summary.attributions
    source = summary.actor(attribution.source)
    assert source.name == "researchers from the University of Washington and Stanford University"
    assert "researchers" in source.aliases


def test_names_in_quote_marks_are_not_quotes():
    text = 'The disease was named "COVID-19" and the slogan "Defund the Police" spread. It was commonly called "swine flu".'
    assert run(text).quotes == []
    announced = 'The World Health Organization (WHO) announced the name of the disease: "COVID-19".'
    assert run(announced).quotes == []


def test_a_turkish_dotted_capital_i_does_not_shift_the_cues_after_it():
    """ "\u0130".lower() is two characters: lowering the text for the cue search moved every cue
    after an "\u0130stanbul" or "\u0130lham Aliyev" one character off its word."""
    summary = run(
        "\u0130lham Aliyev met officials in \u0130zmir on Monday.\n\n"
        '"We will sign the agreement this week," Aliyev told reporters. He said that talks went well.'
    )
    assert speaker_of(summary, "We will sign") == "\u0130lham Aliyev"
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("\u0130lham Aliyev", "said")
    ]


# --- attributions and actors -------------------------------------------------------------------


def test_reported_speech_media_sources_and_according_to():
    text = (
        "According to CNN, Hegseth told NATO allies that European troops would have to police any deal.\n\n"
        "Vice President JD Vance warned that the United States would impose sanctions, WSJ reports.\n"
    )
    summary = run(text)
    found = {(source_of(summary, a), a.cue) for a in summary.attributions}
    assert {("CNN", "According to"), ("Hegseth", "told"), ("JD Vance", "warned")} <= found
    assert any(name == "The Wall Street Journal" for name, _ in found)
    told = next(a for a in summary.attributions if a.cue == "told")
    assert told.content.startswith("European troops would have to police")


def test_reports_with_nobody_named_are_attributions_without_a_source():
    text = (
        "The cargo plane reportedly belonged to the Iranian military.\n\n"
        "According to local reports, ten people were on board. The crew was Iranian.\n\n"
        "By reports on Saturday, two victims died. He was reported to be in stable condition.\n\n"
        "According to eyewitness reports, the bomber wore a veil.\n"
    )
    summary = run(text)
    unsourced = [(a.cue, a.evidence.text) for a in summary.attributions if a.source is None]
    assert unsourced == [
        ("reportedly", "The cargo plane reportedly belonged to the Iranian military."),
        ("According to local reports", "According to local reports, ten people were on board."),
        ("By reports", "By reports on Saturday, two victims died."),
        ("was reported to", "He was reported to be in stable condition."),
        (
            "According to eyewitness reports",
            "According to eyewitness reports, the bomber wore a veil.",
        ),
    ]
    assert "- **no source named** (reportedly): " in to_markdown(summary)


def test_a_passive_agent_the_article_does_not_name_is_no_later_name():
    text = (
        "A cargo plane, reported by local press as belonging to the military, crashed near "
        "Karaj on Monday. Its loss was announced on Friday by the Civil Aviation Organisation. "
        "The decision was criticised by the mayor, Lena Voss, who called for an inquiry.\n"
    )
    summary = run(text)
    sources = {a.cue: source_of(summary, a) for a in summary.attributions}
    assert sources.get("reported") is None
    assert sources["announced"] == "Civil Aviation Organisation"
    assert sources["criticised"] == "Lena Voss"
    assert "Karaj" not in {actor.name for actor in summary.actors}


def test_a_quote_with_only_where_and_when_is_no_attribution():
    text = (
        'Doctor Anthony Fauci said of the outbreak, "Bottom line, it is going to get worse."\n\n'
        "Vice President Mike Pence said on Friday the United States is "
        '"in the midst of a crisis on our southern border."\n'
    )
    summary = run(text)
    sources = [source_of(summary, a) for a in summary.attributions if a.source]
    assert sources == ["Mike Pence"]


def test_nationality_words_are_not_actors_but_names_like_them_are():
    text = (
        "Turkish officials called for a safe zone east of the river, while Iranian authorities "
        "demanded a red notice. Turkish Airlines cancelled its flights.\n\n"
        "Christian Hahn and Brian Cox said the flights would resume, and the Americans agreed.\n"
    )
    names = {m.text for m in find_mentions(text, split_sentences(text))}
    assert not names & {"Turkish", "Iranian", "Americans"}
    assert {"Turkish Airlines", "Christian Hahn", "Brian Cox"} <= names


def test_administrative_regions_are_places_not_people():
    text = (
        "Alexander Gagay works in Tyumen Oblast and visited Primorsky Krai and Osaka Prefecture."
        "\n\nIn his view, one can become a very good specialist without leaving the country.\n"
    )
    names = {m.text for m in find_mentions(text, split_sentences(text))}
    assert not names & {"Tyumen Oblast", "Primorsky Krai", "Osaka Prefecture"}
    summary = run(text)
    assert [source_of(summary, a) for a in summary.attributions] == ["Alexander Gagay"]


def test_names_with_a_lowercase_particle_are_whole():
    text = (
        "Syrian President Bashar al-Assad met Abu Mahdi al-Muhandis. Later Egypt's Abdel Fattah "
        "el-Sisi's envoy bought Coca-Cola and a state-TV licence.\n"
    )
    names = {m.text for m in find_mentions(text, split_sentences(text))}
    assert {"Bashar al-Assad", "Abu Mahdi al-Muhandis", "Abdel Fattah el-Sisi"} <= names
    assert not names & {"Bashar", "Cola", "TV"}


def test_a_plural_title_before_names_is_a_title_but_not_in_an_organisations_name():
    text = (
        "Representatives Eliot Engel and Adam Schiff wrote to the House of Representatives, "
        "and a number of Senators agreed.\n"
    )
    mentions = {m.text: (m.kind, m.role) for m in find_mentions(text, split_sentences(text))}
    assert mentions["Eliot Engel"] == ("person", "Representatives")
    assert "House of Representatives" in mentions


def test_a_missing_space_after_a_full_stop_does_not_join_two_names():
    text = "Troops left Afghanistan.Trump said the U.S. Senate agreed, as did Politics1.com.\n"
    names = {m.text for m in find_mentions(text, split_sentences(text))}
    assert {"Afghanistan", "Trump", "U.S. Senate", "Politics1.com"} <= names
    assert "St.Louis" in {m.text for m in find_mentions("Fans in St.Louis cheered.\n", [])}
    assert "Afghanistan.Trump" not in names


def test_a_currency_prefix_is_not_part_of_a_name():
    text = "The committee paid Tom Hale US$5,000 and Ana Reyes HK$900 last year.\n"
    names = {m.text for m in find_mentions(text, split_sentences(text))}
    assert {"Tom Hale", "Ana Reyes"} <= names
    assert not any("US" in n or "HK" in n for n in names)


def test_a_name_in_apposition_to_the_company_opening_a_sentence_is_an_organisation():
    summary = run(
        'Ferrer spoke. "We are against it," Ferrer said.\n\nThe developer, Hidroaustral SpA,'
        " rejected the criticism. In a statement, the company said its study had been"
        ' "prepared by qualified experts".\n\nA spokesman for the company, Owen Treharne, added'
        ' that it had sampled the lake. "We take this seriously," he said.\n'
    )
    assert speaker_of(summary, "prepared by") == "Hidroaustral SpA"
    assert speaker_of(summary, "We take this") == "Owen Treharne"  # the name opens no sentence
    assert {a.name: a.type for a in summary.actors}["Owen Treharne"] == "person"


def test_a_compass_word_opening_a_body_s_name_stays_though_written_in_lower_case_too():
    summary = run(
        "Hundreds of residents in northern New South Wales spent the night in evacuation"
        " centres.\n\nNorthern Rivers Shire Council said in a statement that its plant was"
        ' working, but urged residents to "boil all drinking water until further notice".\n'
    )
    assert speaker_of(summary, "boil all") == "Northern Rivers Shire Council"


def test_a_sum_with_a_currency_letter_is_not_a_name():
    text = "The three men were released on bail of R20,000 each, the court heard.\n"
    assert find_mentions(text, split_sentences(text)) == []


@pytest.mark.parametrize(
    ("demonym", "country"),
    [("Mozambican", "Mozambique"), ("Bangladeshi", "Bangladesh"), ("Qatari", "Qatar")],
)
def test_a_government_described_by_its_nationality_is_the_country(demonym: str, country: str):
    summary = run(f'In a note, the {demonym} government said the dam "breaks the accord".\n')
    assert speaker_of(summary, "breaks the accord") == country


def test_the_people_of_a_place_are_no_name():
    summary = run(
        "Opposition leader Graham Tulloch posted on Facebook that the new cases were"
        ' "a massive blow" to Aucklanders and questioned how the virus had re-entered.'
        ' "New Zealanders deserve straight answers," he wrote.\n'
    )
    assert speaker_of(summary, "a massive blow") == "Graham Tulloch"
    assert speaker_of(summary, "straight answers") == "Graham Tulloch"
    people = [
        "Aucklanders",
        "Victorians",
        "Queenslanders",
        "Berliners",
        "Quebecers",
        "Californians",
    ]
    names = ["Landers", "Sommers", "Peters", "Andrews", "Sanders", "Rogers"]
    assert all(is_people_of_a_place(w) for w in people)
    assert not any(is_people_of_a_place(w) for w in names)


def test_demonyms_come_from_country_names_and_spare_given_names():
    demonyms = (
        "Turkish Iranian Americans Saudis German Japanese Israeli Iraqis Samoan British Western"
        " Dominican"
    )
    names = "Brian Christian Dominic Julian Francis Roman Jordan Marian Megan Sudan Iran Union"
    assert all(is_demonym(w) for w in demonyms.split())
    assert not any(is_demonym(w) for w in names.split())


def test_a_title_case_name_in_quote_marks_with_no_cue_is_no_quote():
    summary = run(
        'Joe Biden spoke in Scranton on Thursday. "We will bring the jobs home," Biden said.\n\n'
        '"Build Back Better" is, like Trump\'s "America First" plan, a form of economic'
        ' nationalism. Biden called it "a plan for working families".\n'
    )
    assert [(q.text, summary.actor(q.speaker).name) for q in summary.quotes] == [
        ("We will bring the jobs home,", "Joe Biden"),
        ("a plan for working families", "Joe Biden"),
    ]


def test_the_lead_paragraphs_assertions_are_the_articles_claims():
    text = (
        "Thousands of people marched through the capital on Saturday against the new law.\n\n"
        "The crowd filled the main square and the streets around it for hours.\n\n"
        "The law passed its final reading in parliament last month after a long debate.\n\n"
        "The new rules take effect in the spring and apply to every region of the country.\n"
    )
    claims = [(c.claimant, c.evidence[0].text) for c in run(text).claims]
    assert claims == [
        (
            "article",
            "Thousands of people marched through the capital on Saturday against the new law.",
        ),
        ("article", "The crowd filled the main square and the streets around it for hours."),
        (
            "article",
            "The law passed its final reading in parliament last month after a long debate.",
        ),
    ]  # the first three paragraphs, not the fourth
    more = "The marchers carried flags and banners along the whole of the route today. "
    longer = text.replace("hours.\n", "hours. " + more * 2 + more.replace("today", "then") + "\n")
    assert len(run(longer).claims) == 5  # at most five sentences


def test_ten_claims_at_most_with_each_claimant_in_turn():
    lead = "Thousands of people marched through the capital on Saturday against the new law. "
    said = "Mayor Ann Reyes said the march number {} had been peaceful and well organised. "
    text = (
        lead * 5
        + "".join(said.format(n) for n in range(8))
        + "\n\nUnion leader Tom Okafor said the strike would continue until the law was repealed.\n"
    )
    claimants = [c.claimant for c in run(text).claims]
    assert len(claimants) == 10
    assert claimants[-1] == "tom-okafor"  # the last paragraph's one claimant, not left out
    assert (claimants.count("article"), claimants.count("ann-reyes")) == (5, 4)  # in turn


def test_what_an_unnamed_source_reports_is_the_articles_claim_beyond_the_lead():
    lead = "The storm reached the coast on Monday night. " * 3
    text = (
        lead + "\n\n" + lead + "\n\n" + lead + "\n\n"
        "At least nine people were killed when a bus left the road, officials said.\n"
    )
    claims = [(c.claimant, c.text) for c in run(text).claims]
    assert ("article", "At least nine people were killed when a bus left the road") in claims


def test_reported_speech_that_a_quote_completes_and_a_dela_particle():
    text = (
        "Montana Secretary of State Corey Stapleton said BIPA "
        '"is supported overwhelmingly by Montanans".\n\n'
        "Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group "
        "are the suspected perpetrators.\n"
    )
    summary = run(text)
    found = {source_of(summary, a): a.content for a in summary.attributions}
    assert found["Corey Stapleton"] == 'BIPA "is supported overwhelmingly by Montanans".'
    assert found["Arnel dela Vega"].startswith("the Abu Sayyaf Group")


def test_found_that_reports_a_finding_but_found_alone_does_not():
    text = (
        "The University of Montreal team found that water vapour weakened the starlight.\n\n"
        "The Jakarta Police found the missing boat near the harbour on Monday morning.\n"
    )
    summary = run(text)
    cues = [(source_of(summary, a), a.cue) for a in summary.attributions]
    assert cues == [("University of Montreal", "found that")]


def test_according_to_a_described_source_but_not_to_evidence():
    text = (
        "According to the fire service, a second fire killed another person on Monday.\n\n"
        "The army entered two towns overnight, according to Syrian state media.\n\n"
        "According to traffic camera footage, the car was driving on the wrong side.\n\n"
        "The driver had been ill for years, according to a family spokesperson.\n"
    )
    summary = run(text)
    found = {source_of(summary, a) for a in summary.attributions}
    assert found == {"the fire service", "Syrian state media", "a family spokesperson", None}
    assert [a.cue for a in summary.attributions if a.source is None] == [
        "According to traffic camera footage"  # evidence: reported, by no source
    ]
    owners = (
        "Boris Johnson suspended Parliament on Wednesday.\n\n"
        "According to Johnson's critics, the suspension is a ploy to force a no-deal Brexit.\n\n"
        "According to the WHO's situation report, the virus has claimed 6606 lives.\n"
    )
    summary = run(owners)
    found = {(source_of(summary, a), a.cue) for a in summary.attributions if a.source}
    assert found == {("Johnson's critics", "According to"), ("WHO", "According to")}


def test_according_to_a_bodys_schedule_or_website_is_the_body():
    text = (
        "Pacific Gas and Electric Company (PG&E) began cutting power on Wednesday. According to "
        "PG&E's schedule, by noon over half a million customers could be affected.\n"
    )
    summary = run(text)
    assert [source_of(summary, a) for a in summary.attributions] == [
        "Pacific Gas and Electric Company"
    ]


def test_who_was_told_is_not_what_was_said():
    text = (
        'Secretary of State Mike Pompeo told the press on Tuesday, "We will not discuss it."\n\n'
        'Charlotte Charles told the Daily Mail, "All we need to do is ask her to come back."\n\n'
        "Officer Dan Lee told reporters that three people were arrested near the gate.\n"
    )
    summary = run(text)
    found = [(source_of(summary, a), a.content) for a in summary.attributions]
    assert found == [("Dan Lee", "three people were arrested near the gate.")]


def test_actors_link_surnames_acronyms_and_countries():
    text = (
        "The United States Coast Guard (USCG) said the search would end. Captain Monica Rochester "
        'said "it is never an easy decision." Rochester added that Russia and the US were informed.\n\n'
        "The USCG later confirmed that Russia had sent a ship. Russia said it would arrive soon.\n"
    )
    summary = run(text)
    names = {a.name: a for a in summary.actors}
    assert "Rochester" in names["Monica Rochester"].aliases
    assert "USCG" in names["United States Coast Guard"].aliases
    assert names["Russia"].type.value == "government"


def test_a_name_named_once_with_a_role_after_it_is_a_person():
    text = (
        "The ruling was criticised. Richard Stallman, the founder of the Free Software Foundation,"
        " has been highly critical of DRM. Mitch McConnell, the Senate Majority Leader has not"
        " commented. Speaking in Warner Robins, the three-term legislator disagreed.\n"
    )
    assert [a.name for a in run(text).actors] == ["Richard Stallman", "Mitch McConnell"]
    alone = (
        "The ruling was criticised. Richard Stallman, the founder of the Free Software Foundation,"
        " was critical.\n"
    )
    assert [a.name for a in run(alone).actors] == ["Richard Stallman"]  # (the whole appositive)


def test_a_country_only_in_the_background_is_no_actor():
    text = (
        "Iran sent a delegation to Canada. The talks in Canada were brief, and Canada hosted a"
        " dinner. Canada's premier spoke first. Iran's minister left early. Iran later said the"
        " talks had failed. Iran and France had met before; France was not represented.\n"
    )
    names = [a.name for a in run(text).actors]
    assert "Iran" in names  # it speaks
    assert "Canada" in names  # named four times (not only as where the talks were)
    assert "France" not in names  # named twice, acting in no report


def test_a_capitalised_word_before_described_people_is_not_a_name():
    summary = run(
        "Police closed the road. Emergency workers have indicated that a probe is ongoing.\n\n"
        "The council met on Monday. Multiple assailants attacked the reporter, officials said."
    )
    assert summary.actors == []
    assert summary.attributions[0].source is None
    assert summary.attributions[0].cue == "Emergency workers indicated"


def test_a_clause_opener_ends_a_run_of_names():
    text = "It fed southern Africa But during these years, Robert Mugabe also became known for it."
    names = [m.text for m in find_mentions(text, split_sentences(text))]
    assert "Africa But" not in names and "Robert Mugabe" in names


def test_a_plural_title_after_a_title_is_a_role_not_a_name():
    summary = run(
        "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also commented on"
        " his death on Monday."
    )
    assert [a.name for a in summary.actors] == ["Rebecca Nyandeng De Mabior"]


def test_the_department_is_the_department_named_before():
    summary = run(
        "The California Department of Corrections and Rehabilitation did not name the victim.\n\n"
        'The Department issued a statement: "There was an assault on an inmate on Friday."'
    )
    assert speaker_of(summary, "There was an assault") == (
        "California Department of Corrections and Rehabilitation"
    )
    assert [a.name for a in summary.actors] == [
        "California Department of Corrections and Rehabilitation"
    ]


def test_a_question_after_an_interview_label_opens_a_sentence():
    text = (
        "((WN))  Could you explain how the tool works? It could help others.\n\n"
        "((Ann Lee))  Will Smith asked me that too. It downloads videos.\n"
    )
    names = [m.text for m in find_mentions(text, split_sentences(text))]
    assert "Could" not in names and "Will Smith" in names


def test_neither_and_your_open_no_name():
    text = "Neither Dasbach nor Mears replied. Your release said so, Dasbach added."
    names = [m.text for m in find_mentions(text, split_sentences(text))]
    assert names == ["Dasbach", "Mears", "Dasbach"]


def test_a_described_subject_is_the_person_holding_that_role_under_another_word():
    summary = run(
        "Whitcomb's attorney, Neil Barrett, spoke to reporters on Monday.\n\n"
        'The lawyer looked tired after the verdict. "We will appeal this decision," he said.\n'
    )
    assert speaker_of(summary, "We will appeal") == "Neil Barrett"


def test_a_state_or_province_is_a_government_never_he_or_she():
    summary = run(
        "Trump maintained the theme of law and order.  While the nation went on suffering, the "
        "President traveled to South Dakota, which, unlike most states, had not enacted a "
        "stay-at-home order, to take part in a celebration at Mount Rushmore.  He delivered a "
        "speech in which he condemned rioters who desecrate statues.\n\n"
        'Northern Ireland has suggested people "think about" it where they cannot keep apart.\n'
    )
    condemned = next(a for a in summary.attributions if a.cue == "condemned")
    assert source_of(summary, condemned) == "Trump"
    assert [a.cue for a in summary.attributions if a.cue == "states"] == []  # "most states"
    assert speaker_of(summary, "think about") == "Northern Ireland"
    assert {a.name: a.type for a in summary.actors}["Northern Ireland"] == "government"


def test_a_place_name_after_a_word_for_a_person_is_a_person():
    summary = run('His wife Mary said "We thought he would live forever." Munk was 101.')
    mary = next(a for a in summary.actors if a.name == "Mary")
    assert speaker_of(summary, "live forever") == "Mary" and mary.type == "person"
    summary = run('Victoria said "It was cold." Ms Victoria is a teacher in Hobart.')
    assert {a.name: a.type for a in summary.actors}["Victoria"] == "person"


def test_the_government_is_no_city_only_mentioned():
    summary = run(
        "The health minister told reporters in Addis Ababa that vaccines would arrive.\n\n"
        "The minister said the government had asked partners for an additional $14 million.\n"
    )
    assert "Addis Ababa" not in {source_of(summary, a) for a in summary.attributions}


def test_a_name_inside_a_quote_says_nothing_of_the_pronoun_after_it():
    text = 'Teresa Alvarez defeated Bill Strand. Strand conceded. "I wish Teresa well," he wrote.'
    sentences = split_sentences(text)
    actors = ActorIndex(find_mentions(text, sentences), text)
    masked = mask_quotes(text, find_quoted_spans(text))
    genders = CueFinder(text, masked, actors, sentences).genders
    assert {a.name: genders.get(a.id) for a in actors.actors} == {
        "Teresa Alvarez": None,
        "Bill Strand": "m",
    }


def test_a_pronoun_with_a_contraction_is_no_name():
    text = "I've read the story. You\u2019ve said so too. We're here, Kay added."
    assert [m.text for m in find_mentions(text, split_sentences(text))] == ["Kay"]


def test_a_verb_after_and_in_a_reported_clause_is_that_clauses_subjects():
    summary = run(
        "Next, The Atlantic claimed that during a 2018 trip to France, Donald Trump refused to "
        'visit a cemetery and referred to the soldiers buried there as "losers" and "suckers."\n\n'
        'Maria Lopez said that Jones was wrong and added "this will not stand."\n'
    )
    assert speaker_of(summary, "losers") == "Donald Trump"
    assert speaker_of(summary, "this will not stand") == "Maria Lopez"


def test_a_verb_after_and_speaks_for_the_verb_before_it():
    summary = run(
        "The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, "
        'David Clay, called it "a retrograde step" and said "an area like this cannot afford '
        'to lose such a hotel."\n\n'
        "Donald Trump questioned the pick. He said Kamala Harris attacked Biden during the debates "
        "and blasted her conduct at the hearings.\n\n"
        "The Iranian Chess Federation banned two players. The federation announced its decision "
        "although Dorsa Derakhshani had decided and informed the federation she would not play "
        "for Iran.\n"
    )
    assert speaker_of(summary, "an area like this") == "David Clay"
    sources = {a.cue: source_of(summary, a) for a in summary.attributions}
    assert (
        sources["blasted"] == "Donald Trump"
    )  # two verbs before it: the nested one is not its own
    assert sources["informed"] == "Dorsa Derakhshani"  # "although": another clause


def test_a_clinic_is_no_person():
    summary = run(
        "During the outbreak, Tupua Tamasese Meaole's Acute Primary Care Clinic was made a "
        "measles ward.\n\nAt the time, the prime minister called for a 100% immunization "
        "rate, and stated 92% had been reached.\n"
    )
    assert {a.cue: source_of(summary, a) for a in summary.attributions}["called"] != (
        "Acute Primary Care Clinic"
    )


def test_a_name_in_a_reduced_relative_clause_is_not_the_subject():
    summary = run(
        "Thousands marched in London on Saturday. Some of the protesters Wikinews interviewed "
        'said they had gone to "defend their children\'s right to live and work in Europe".\n'
    )
    assert speaker_of(summary, "defend their children") != "Wikinews"


def test_one_word_after_the_names_no_person():
    summary = run(
        "The unrest spread on Monday, according to The Guardian. The Kremlin denied any role "
        'and The Atlantic called the claims absurd.\n\nLater, he said "we will not wait for '
        'anyone".\n'
    )
    types = {a.name: a.type for a in summary.actors}
    assert types["Guardian"] == "media" and types["Atlantic"] == "other"
    assert speaker_of(summary, "we will not wait") is None  # no person for "he"


def test_plural_people_speak_as_an_unnamed_group():
    summary = run(
        "Police arrived at 2 am. Neighbors said the area is usually quiet.\n\n"
        'A number of Senators condemned the act of the NTC, citing the move as a "grave abuse '
        'of governmental power" and "contrary to law".\n\n'
        "Palaeontologists in Argentina have described a new species of dinosaur.\n"
    )
    sources = {a.cue: source_of(summary, a) for a in summary.attributions}
    assert sources["Neighbors said"] is None and "Neighbors" not in {a.name for a in summary.actors}
    assert speaker_of(summary, "grave abuse") in ("Senators", "senators")
    assert sources.get("described") != "Argentina"


def test_bodies_outlets_and_places_that_are_no_people():
    text = (
        "According to the Centers for Disease Control and Prevention, one child in a thousand "
        "develops swelling of the brain, Tom Frieden, formerly the director of the United "
        "States' Centers for Disease Control and Prevention, said.\n\n"
        "The Seoul government said Park had cancelled his schedule, Znak.com reported.\n\n"
        "Northamptonshire police were able to determine the Volvo had come from RAF Croughton "
        "and spoke with Anne Sacoolas as a suspect. She informed police she had diplomatic "
        "immunity, according to WSET-TV.\n"
    )
    names = [m.text for m in find_mentions(text, split_sentences(text))]
    assert names.count("Centers for Disease Control and Prevention") == 2
    assert "United States" in names
    summary = run(text)
    types = {a.name: a.type for a in summary.actors}
    sources = {a.cue: source_of(summary, a) for a in summary.attributions}
    assert sources["According to"] == "Centers for Disease Control and Prevention"
    assert types["Seoul"] == "government"
    assert types["Znak.com"] == "media" and types["WSET-TV"] == "media"
    assert sources["informed"] == "Anne Sacoolas"


def test_a_statement_named_for_the_government_is_the_governments():
    summary = run(
        "Pierre Nkurunziza, the President of Burundi, died on Monday. The government of "
        "Burundi on Tuesday announced his death.\n\n"
        "The government statement, which was posted on Twitter, announced the President's "
        'death "with great sorrow to Burundians and the international community."\n'
    )
    assert speaker_of(summary, "with great sorrow") == "Burundi"


def test_states_after_a_nation_is_a_noun():
    summary = run(
        "The Libertarian nominee secured ballot access in all 50 U.S. states. Listed US states "
        "with members were Alabama and Texas. Australian states closed their borders.\n"
    )
    assert [a.cue for a in summary.attributions if "states" in (a.cue or "")] == []


def test_a_reporting_verb_is_not_part_of_a_role():
    summary = run('Joe Biden told host Mika Brzezinski "No, it is not true."')
    host = next(a for a in summary.actors if a.name == "Mika Brzezinski")
    assert host.role == "host" and host.aliases == ["host Mika Brzezinski"]


def test_a_places_official_is_a_person_not_the_place():
    summary = run(
        "The storm hit on Monday. Florida Governor Ron DeSantis visited Tampa.\n\n"
        "Florida's governor said the state would recover. Germany's foreign minister said "
        "talks would continue. Chelyabinsk's governor has promised each victim a payout.\n"
    )
    sources = [source_of(summary, a) for a in summary.attributions]
    assert sources == ["Ron DeSantis", "Germany's foreign minister", "Chelyabinsk's governor"]
    summary = run(
        "Texas Governor Greg Abbott met officials on Friday. Florida's governor said the state "
        "would recover.\n"
    )  # a governor, but another state's
    assert [source_of(summary, a) for a in summary.attributions] == ["Florida's governor"]


def test_a_modifier_opening_a_sentence_is_no_source():
    summary = run(
        "The aircraft crashed on Monday. Preliminary investigations suggest a new feature was "
        "at fault. Aid agencies say the region needs help. Priya Sethuraman later said the "
        "review was thorough.\n"
    )
    sources = {a.cue: source_of(summary, a) for a in summary.attributions}
    assert "Preliminary" not in sources.values() and "Aid" not in sources.values()
    assert sources["said"] == "Priya Sethuraman"  # a name, then an adverb: still the subject


# --- the seed article ---------------------------------------------------------------------------


def test_seed_article_must_haves(seed_text: str):
    summary = run(seed_text)
    speakers = {q.text: summary.actor(q.speaker).name for q in summary.quotes}
    assert speakers["on the table"] == "JD Vance"
    assert speakers["electroshock"] == "Emmanuel Macron"
    assert [
        name for text, name in speakers.items() if text.startswith(("There are", "I think"))
    ] == [
        "JD Vance",
        "JD Vance",
    ]
    assert len(summary.quotes) == 4 and all(q.verified for q in summary.quotes)
    sources = {source_of(summary, a) for a in summary.attributions if a.source}
    assert {"The Wall Street Journal", "CNN", "Financial Times"} <= sources
    actors = {a.name for a in summary.actors}
    assert {
        "JD Vance",
        "Donald Trump",
        "Vladimir Putin",
        "Pete Hegseth",
        "Volodymyr Zelenskyy",
        "Emmanuel Macron",
    } <= actors
    assert summary.provenance.backend == "offline" and summary.provenance.extractive
    assert summary.headline and summary.summary


# Speakers in local and business copy.
LOCAL_AND_BUSINESS_CASES = [
    (  # the place, then a lowercase word for a person, then the name: the person speaks
        'Power was cut. "We had to take her away," said Heidedal resident Shireen Adams.',
        "We had to take",
        "Shireen Adams",
    ),
    (
        '"We made the call early," said Civil Defence controller Hemi Walker in a statement.',
        "We made the call",
        "Hemi Walker",
    ),
    (  # a title in the council's words, then the surname alone
        "County Clerk Jan Pettibone counted the ballots. "
        '"We will canvass on Friday and the results will be official," Pettibone said.',
        "We will canvass",
        "Jan Pettibone",
    ),
    (  # a described speaker with a long relative clause, then "she said"
        "Detective Ann Hurst said the man fled. A woman who works in a nearby caf\u00e9 said "
        'staff had heard shouting. "She was sitting on the pavement, crying," she said.',
        "She was sitting",
        "a woman",
    ),
    (
        "German carmaker Rheinwerk AG will cut jobs. "
        'The company said the cuts would be made "as far as possible through early retirement."',
        "as far as possible",
        "Rheinwerk AG",
    ),
    (  # a compass word opens a company's name, not a region before it
        "Rocket company Southern Arc Aerospace lost a launch on Monday. "
        'It said it was "working closely with the customer and with regulators."',
        "working closely",
        "Southern Arc Aerospace",
    ),
]


def test_his_father_read_again_for_a_second_quote_is_the_same_person():
    text = (
        '"Everything depends on how the land is managed," Mwangi said.\n\n'
        "Back at the enclosure, the youngest son, 9-year-old Lekishon, is trying to coax a calf."
        '\n\n"He will grow up with camels," his father said. "Maybe that is good. I do not know."'
    )
    summary = run(text)
    first, second = speaker_of(summary, "He will grow"), speaker_of(summary, "Maybe that")
    assert first == second and not first.endswith("father's father")


def test_a_one_word_name_after_a_kind_of_business_is_an_organisation():
    summary = run("Pilots at Italian carrier Aeroliva walked out. Aeroliva said talks had failed.")
    assert [(a.name, a.type.value) for a in summary.actors] == [("Aeroliva", "organisation")]


@pytest.mark.parametrize(
    ("text", "fragment", "author"),
    [
        (  # the report's author named with "by", three sentences before
            "Waits grew, according to a report by the Centre for Child Health Policy.\n\n"
            "The thinktank found that waits rose. Some waited a year. Others gave up.\n\n"
            '"Behind each of these numbers is a child who is struggling," the report says.',
            "Behind each",
            "Centre for Child Health Policy",
        ),
        (
            "The state weather service PAGASA said in its latest bulletin that the storm had "
            'weakened.\n\n"Residents of low-lying areas are advised to remain vigilant," '
            "the bulletin said.",
            "Residents of low-lying",
            "PAGASA",
        ),
        (  # a part of the ruling, under another of its names
            "Today the Supreme Court of the United Kingdom issued a ruling on the prorogation. "
            "The court is led by its president.\n\nThe summary of the decision read in part: "
            '"This Court has already concluded that the advice was unlawful."',
            "This Court has",
            "Supreme Court of the United Kingdom",
        ),
    ],
)
def test_a_document_speaks_for_the_author_named_a_few_sentences_before(
    text: str, fragment: str, author: str
):
    assert speaker_of(run(text), fragment) == author


def test_an_organisation_named_again_without_its_last_words_is_the_same_one():
    text = (
        "The Rotorua Eastern Rugby Club has apologised to the referee.\n\n"
        'Rotorua Eastern said it was "embarrassed and ashamed" by what had happened.'
    )
    summary = run(text)
    assert speaker_of(summary, "embarrassed") == "Rotorua Eastern Rugby Club"
    assert [(a.name, a.aliases) for a in summary.actors] == [
        ("Rotorua Eastern Rugby Club", ["Rotorua Eastern"])
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We underestimated how quickly the market would slow." That was the assessment of '
            "chief financial officer Hiroshi Tanabe, speaking to analysts.",
            "Hiroshi Tanabe",
        ),
        (  # stronger than the reporting verb of the sentence before
            "Clearpath Systems will close its office, the company told staff on Monday.\n\n"
            '"This was the hardest decision I have made in years." Those were the words of '
            "co-founder Siobh\u00e1n Gallagher in an email to employees.",
            "Siobh\u00e1n Gallagher",
        ),
        (
            '"I have been coming here since I was in a stroller." That was how Dana Whitfield, '
            "34, summed up her connection to the building.",
            "Dana Whitfield",
        ),
        (  # after a wire dateline with a province
            'WINNIPEG, Manitoba, Sept 6 (Wire) - "We did not think anyone would notice, honestly."'
            " So said Ethan Bear, one of four students at a Winnipeg school.",
            "Ethan Bear",
        ),
        (
            "\"He's a hero. He could have stepped back and let them go, but he didn't.\"\n\n"
            "The words came from the shop's owner, Vincenzo Castellano, speaking about the"
            " guard.",
            "Vincenzo Castellano",
        ),
        (  # the quote is a paragraph of its own, and the naming opens the next one
            '"We threw the dog in the car, grabbed the photo albums and drove."\n\n'
            "That was how Karen Whitfield-O'Brien, who has lived in Karrabin for 22 years,"
            " described her family's escape.",
            "Karen Whitfield-O'Brien",
        ),
    ],
)
def test_a_speaker_named_right_after_the_quote_with_no_reporting_verb(text: str, speaker: str):
    assert speaker_of(run(text), text[text.index('"') + 1 :][:12]) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The Halden Trust, a housing charity, opened ten homes in May. It said they were "
            '"only the start of a much larger building programme."',
            "only the start",
            "Halden Trust",
        ),
        (  # "it" is the report, whose author was named four paragraphs before
            "Burns reduced fire severity, according to a new report by the Gippsland Fire "
            "Research Centre.\n\nThe report compared 200 sites. Treated sites fared better.\n\n"
            '"The fire stayed on the ground," said lead author Naomi Fairweather.\n\n'
            '"This puts numbers to what we know," said Aaron Thorpe, a co-author.\n\n'
            "The report recommends more funding. "
            '"Cultural burning should be recognised as a distinct practice," it states.',
            "Cultural burning",
            "Gippsland Fire Research Centre",
        ),
    ],
)
def test_it_said_is_the_organisation_or_document_of_the_sentence_before(
    text: str, fragment: str, speaker: str
):
    summary = run(text)
    assert speaker_of(summary, fragment) == speaker
    assert next(q for q in summary.quotes if fragment in q.text).cue in ("said", "states")


# Titles and names of papers outside the UK and US.
OUTSIDE_UK_AND_US_CASES = [
    (
        'SP Bolaji Ogunleye said: "Three of the suspects were later released."',
        "Three",
        "Bolaji Ogunleye",
    ),
    (
        'Alhaji Musiliu Adebanjo said: "I am grateful to the police for this."',
        "I am",
        "Musiliu Adebanjo",
    ),
    (
        'Datuk Noraini Yusof said: "After a maximum evaluation, we decided."',
        "After",
        "Noraini Yusof",
    ),
    (
        'Cr Tony Rossiter said: "We were told about this on Friday night."',
        "We were",
        "Tony Rossiter",
    ),
    (  # a later mention by the first two names, or the last two, is the same person
        "Senator Maria Teresa Villanueva chaired the hearing. Maria Teresa said: "
        '"We will follow the money, peso by peso."',
        "We will follow",
        "Maria Teresa Villanueva",
    ),
    (
        "Justice R. Meenakshi Sundaram heard the case. Meenakshi Sundaram wrote: "
        '"It is not enough to remove the hoardings."',
        "It is not enough",
        "R. Meenakshi Sundaram",
    ),
    (  # a two-word particle inside a name
        'Police chief Pieter van der Merwe said: "The law applies to everyone here."',
        "The law",
        "Pieter van der Merwe",
    ),
    (  # "on Thursday" does not join a title and name into an organisation's name
        "Education Cabinet Secretary Prof Wilfred Kiprotich on Thursday released the results. "
        '"We have restored the credibility of our exams," he said.',
        "We have restored",
        "Wilfred Kiprotich",
    ),
    (  # a sport's role at a sentence start, and a nationality before a name
        'Opener Kiran Gowda made 96. "I was disappointed to miss the hundred," he said.',
        "I was disappointed",
        "Kiran Gowda",
    ),
    (
        'Italian Marco Bellini coaches him. "Dennis is a very patient athlete," said Bellini.',
        "Dennis is",
        "Marco Bellini",
    ),
    (  # a dateline with a colon, then a description at the sentence start
        'MUMBAI: Actor Kabir Malhotra lost 14 kilos. "I ate boiled chicken for months," he said.',
        "I ate",
        "Kabir Malhotra",
    ),
    (  # an organisation word opening a longer name at a sentence start stays in it
        "JAKARTA, Nov 16 (Wire) - Bank Indonesia raised rates, and the central bank said the "
        'move was "a pre-emptive step to anchor inflation expectations."',
        "a pre-emptive step",
        "Bank Indonesia",
    ),
]


def test_a_nationality_that_opens_a_name_used_again_stays_in_it():
    text = (
        "The Thai Raksa Chart Party was dissolved. Thai Raksa Chart had nominated the princess. "
        "Officials said Thai Raksa Chart broke the law."
    )
    assert "Raksa Chart" not in [a.name for a in run(text).actors]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "At least nine people were killed when a bus left the road, officials said.",
            "officials said",
            "At least nine people were killed when a bus left the road",
        ),
        (
            "The plant was evacuated before noon, local authorities said on Tuesday.",
            "local authorities said",
            "The plant was evacuated before noon",
        ),
    ],
)
def test_a_group_the_article_does_not_name_closing_the_sentence_is_an_unnamed_source(
    text: str, cue: str, content: str
):
    """As "Officials said X" already was: what comes before the comma is what was said."""
    [attribution] = run(text).attributions
    assert (attribution.source, attribution.cue, attribution.content) == (None, cue, content)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("DeJoy maintained the USPS could handle the increased demand.", True),
        ("DeJoy maintained that the USPS could handle the increased demand.", True),
        ("The council maintained the bridge for years before it was closed.", False),
        ("The council maintained the roads, which were damaged in the floods.", False),
    ],
)
def test_maintained_reports_a_clause_with_its_own_verb_even_without_that(text: str, reported: bool):
    assert [a.cue for a in run(text).attributions] == (["maintained"] if reported else [])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("According to officials, the fire started in the kitchen.", "According to officials"),
        (
            "Wiranto was stabbed, according to government authorities.",
            "according to government authorities",
        ),
        ("The man was paid $5,000, according to prosecutors.", "according to prosecutors"),
    ],
)
def test_according_to_a_group_nobody_names_is_an_unnamed_source(text: str, cue: str):
    summary = run(text)
    assert [(a.source, a.cue) for a in summary.attributions] == [(None, cue)]
    assert summary.actors == []  # the guidelines list such a group only when it is quoted


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Harry Dunn was struck by a car on the wrong side of the road, according to traffic "
            "camera footage.",
            "according to traffic camera footage",
        ),
        (
            "According to videos posted on social media, people approached the man and forced "
            "him to lie on the ground.",
            "According to videos posted on social media",
        ),
    ],
)
def test_according_to_evidence_nobody_is_named_for_is_an_unnamed_source(text: str, cue: str):
    assert [(a.source, a.cue) for a in run(text).attributions] == [(None, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "According to figures published by the council, uptake fell by a third last year.",
        "According to reports, the ship sank within minutes of striking the reef.",
    ],
)
def test_evidence_with_an_author_or_an_unsourced_report_is_no_second_attribution(text: str):
    cues = [a.cue for a in run(text).attributions]
    assert not any(
        cue.startswith(("According to figures", "According to reports ")) for cue in cues
    )
    assert len(cues) <= 1


def test_according_to_a_group_that_was_quoted_is_that_group():
    summary = run(
        '"We found the recorder," investigators said.\n\n'
        "The plane turned back, according to investigators."
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("investigators", "according to")
    ]


def test_according_to_police_is_the_force_named_or_the_police():
    named = run(
        "Kent Police said the road was closed.\n\nThe lorry overturned, according to police."
    )
    assert [source_of(named, a) for a in named.attributions] == ["Kent Police", "Kent Police"]
    unnamed = run("The lorry overturned, according to police.")
    assert [source_of(unnamed, a) for a in unnamed.attributions] == ["police"]


def test_bare_police_is_the_police_force_the_article_named():
    text = (
        "Northamptonshire Police said the driver was a US citizen.\n\n"
        "She and her husband left the country, police revealed on Saturday. "
        'Police said they were "disappointed".'
    )
    summary = run(text)
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Northamptonshire Police", "said"),
        ("Northamptonshire Police", "revealed"),
        ("Northamptonshire Police", "said"),  # a partial quote in reported speech is both
    ]
    assert speaker_of(summary, "disappointed") == "Northamptonshire Police"


# Roles and post-nominals in specialist news.
SPECIALIST_NEWS_CASES = [
    (
        '"We are seeing customers work down inventory," Chief Executive Linda Marchetti said.',
        "We are seeing",
        "Linda Marchetti",
    ),
    (  # a post-nominal is not part of the name, and the cue after it still counts
        "Opening the case, Imogen Thwaite KC told jurors that workers had raised concerns."
        '\n\n"This was not a freak accident," she said.',
        "This was not",
        "Imogen Thwaite",
    ),
    (
        "Prosecutor Kama Melly QC said the victims were "
        '"ripe and vulnerable to manipulation" by the men.',
        "ripe and vulnerable",
        "Kama Melly",
    ),
    (  # a role at an organisation, in apposition: the person speaks
        "Mei-Lin Gao, a portfolio manager at Stonebridge Asset Management, which holds "
        'shares, told Reuters the guidance was "disappointing but not disastrous."',
        "disappointing",
        "Mei-Lin Gao",
    ),
    (  # a description "at" a place opens the clause: the person described speaks
        "Tallisker denies liability.\n\nA former security manager at Quellaya, who spoke on "
        "condition of anonymity because he still works in the industry, said the findings "
        'were known. "Everyone in Lima and Toronto saw that report," he said.',
        "Everyone in Lima",
        "a former security manager at Quellaya",
    ),
]


# Short forms of organisations, and more titles.
SHORT_FORM_CASES = [
    (  # a one-word short form of a company whose other words are all company words
        "Canadian mining company Tallisker Resources faces a lawsuit. In its defence, "
        'Tallisker describes the contractor as "an independent entity solely responsible."',
        "an independent entity",
        "Tallisker Resources",
    ),
    (  # a short name in brackets after an organisation's full name
        "The Philippine Weather Services Administration (Pagasa) raised Signal No. 4. "
        '"Residents are advised to evacuate to higher ground now," Pagasa said.',
        "Residents are advised",
        "Philippine Weather Services Administration",
    ),
    (
        "Her principal, Sister Josephine Akoth, described her as "
        '"a humble girl who never missed a single session."',
        "a humble girl",
        "Josephine Akoth",
    ),
    (
        '"If you do not have to be on the roads tomorrow, please stay home." That was the '
        "message from 8 News Chief Meteorologist Travis Boone.",
        "If you do not",
        "Travis Boone",
    ),
]


@pytest.mark.parametrize("mark", ['"', "'"])
def test_a_sentence_that_starts_inside_a_quote_is_no_assertion_of_the_article(mark: str):
    text = (
        f"Manager Neil Tanner said his side were {mark}outstanding from start to finish{mark} "
        "after the 3-0 win on Saturday.\n\n"
        f"{mark}I thought we were brilliant. The lads' work rate was unbelievable,{mark} "
        "Tanner said.\n\n"
        f"{mark}It's a clear foul,{mark} said rival boss Graham Pike after the final whistle."
    )
    summary = run(text)
    assert "The lads' work rate" not in summary.summary
    assert not any(c.text.startswith("The lads") for c in summary.claims)


_RELATIVE_CLAUSE = (
    "Some of the protesters Wikinews interviewed said they had gone to"
    ' "defend the right to live here". A man Reuters contacted said the blast was'
    ' "like an earthquake".'
)
_TWO_WORD_NATIONALITIES = (
    'New Zealander Aroha Te Whiu-Marsden said, "I came here to finish." South African'
    ' Wayde Smith said, "It was a hard race for everyone today."'
)
# Names, roles and subjects the rules used to cut, merge or pick wrongly
NAME_AND_ROLE_CASES = [
    (  # a lower-case "Member of parliament" before the name is the name's role
        'Member of parliament (MP) Kevin Conolly said the law marked a "sad day for NSW".',
        "sad day",
        "Kevin Conolly",
    ),
    (  # an indefinite role is someone new, not the holder named before
        "Health Minister Tom Watson opened the clinic on Monday. Later, a minister told the BBC,"
        ' "We know that it was always a minority."',
        "always a minority",
        "a minister",
    ),
    (  # a saint's name with a possessive stays in the organisation's name
        "Doctors at St Brigid’s Children’s Hospital said the boy was stable.\n\n"
        '"He is doing well," the hospital said.',
        "doing well",
        "St Brigid’s Children’s Hospital",
    ),
    # a description before a reduced relative clause is the speaker, not the name inside it
    (_RELATIVE_CLAUSE, "defend the right", "the protesters"),
    (_RELATIVE_CLAUSE, "like an earthquake", "a man"),
    # a two-word nationality before a name is not part of it
    (_TWO_WORD_NATIONALITIES, "came here", "Aroha Te Whiu-Marsden"),
    (_TWO_WORD_NATIONALITIES, "hard race", "Wayde Smith"),
    (  # a kind of body written as an acronym is not part of the name
        "Filings with the Federal Election Commission were due. On Wednesday, the super PAC"
        " Forward Heartland Action, which is supporting Ann Hale, announced an advertising"
        ' campaign. "He has nothing to show for it," the group said in a press release.',
        "nothing to show",
        "Forward Heartland Action",
    ),
    (  # "he" after a name in apposition to the object is the subject
        "Former Vice-President Biden won ten states.\n\nOn Wednesday, Michael Bloomberg endorsed"
        ' his former rival, Joe Biden. "Three months ago," he said, "I entered the race."',
        "Three months ago",
        "Michael Bloomberg",
    ),
]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    LOCAL_AND_BUSINESS_CASES
    + OUTSIDE_UK_AND_US_CASES
    + SPECIALIST_NEWS_CASES
    + SHORT_FORM_CASES
    + NAME_AND_ROLE_CASES,
)
def test_the_speaker_in_each_house_style_construction(text: str, fragment: str, speaker: str):
    assert speaker_of(run(text), fragment) == speaker


def test_pronouns_that_each_go_back_to_the_sentence_before_are_resolved_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
):
    """A long run of sentences whose pronoun finds no one (a "she" with only a man named) made
    every rule look back through every sentence before: 8 sentences took 8,075 resolutions and
    a 100 KB Wikinews interview did not finish. Counted, not timed."""
    from summarizer.offline import cues

    resolve = cues.CueFinder._resolve_pronoun
    calls = []

    def counted(self, *args):
        calls.append(args)
        return resolve(self, *args)

    monkeypatch.setattr(cues.CueFinder, "_resolve_pronoun", counted)
    text = "Mr John Smith, the mayor, said he was well. " + " ".join(
        ["Asked about it, she said she had been there."] * 8
    )
    run(text)
    assert len(calls) <= 5 * 8


def test_a_kind_of_business_then_an_age_is_a_person_not_a_firm():
    summary = summarize(
        "Lantern maker Trần Văn Lộc, 72, said demand had been higher than ever."
        ' "My grandfather made lanterns for this river," he said.',
        model="offline",
    )
    actor = summary.actor(summary.quotes[0].speaker)
    assert (actor.name, actor.type) == ("Trần Văn Lộc", "person")


def test_title_acronyms_and_member_are_roles_not_organisations():
    """ "MP", "CEO" and "SSP" are titles: "One MP told" is a described person, not an
    organisation called "Member of Parliament"; "the SSP added" is the officer named with it.
    "Council Member" is a title before a name, but "Member States" is no one's name."""
    summary = run(
        "Labour MP (Member of Parliament) Tom Watson spoke at the rally. Senior Superintendent"
        ' of Police Kashif Mehmood told Dawn the area was sealed. "We are checking the'
        ' footage from the road," the SSP added. One MP told the BBC, "We know that it was'
        ' always a minority." The CEO said, "We will not close the plant this year."'
        ' Council Member Ngozi Adebayo said, "We were told this was the only option."'
        " EU Member States met in Brussels."
    )
    names = {a.name: a for a in summary.actors}
    assert speaker_of(summary, "checking the footage") == "Kashif Mehmood"
    assert speaker_of(summary, "always a minority") == "one MP"
    assert names["one MP"].type == "person"
    assert "Member of Parliament" not in names and "MP" not in names
    assert speaker_of(summary, "close the plant") == "the CEO"
    assert names["the CEO"].type == "person"
    assert speaker_of(summary, "only option") == "Ngozi Adebayo"
    assert "States" not in names


def test_a_one_word_name_written_as_a_company_s_is_an_organisation():
    summary = run(
        "Car parts maker Halberd Components is to close its factory. Boeing said it would cut"
        ' output. "We are working with our customers," Boeing said in a statement. Ford shares'
        " fell 3% on Monday. The MP said he had spoken to Halberd's chief executive. Boeing's"
        " shares rose."
    )
    names = {a.name: a for a in summary.actors}
    assert names["Boeing"].type == "organisation"
    assert "Ford" not in names or names["Ford"].type == "organisation"
    assert "Halberd" in names["Halberd Components"].aliases  # its short form, not a new actor
    assert "Halberd" not in names


def test_irish_surnames_with_an_stay_whole():
    summary = run(
        "Siobhan Mac an tSaoir, the victim's sister, said he had shown"
        ' "genuine and profound remorse". Ms Mac an tSaoir added, "He does not ask for'
        ' forgiveness." Aoife Nic an Bhaird told reporters, "We will appeal the ruling." Reuters'
        " told CNN an American was hurt."
    )
    assert speaker_of(summary, "profound remorse") == "Siobhan Mac an tSaoir"
    assert speaker_of(summary, "ask for forgiveness") == "Siobhan Mac an tSaoir"
    assert speaker_of(summary, "appeal the ruling") == "Aoife Nic an Bhaird"
    assert "CNN" in {a.name for a in summary.actors}  # "CNN an American" is no name


def test_a_one_word_name_described_as_a_company_is_the_company_that_writes():
    summary = run(
        "PulseTrack, a fitness tracking app popular in Europe, has confirmed a breach.\n\n"
        'Security researcher Jo Reyes, a developer, criticised the delay. "Three weeks is too'
        ' long," Reyes said.\n\nIn an email to users, the company wrote: "We deeply regret that'
        ' this happened and we apologise." PulseTrack said it would email all affected users.'
    )
    names = {a.name: a for a in summary.actors}
    assert names["PulseTrack"].type == "organisation"
    assert names["Jo Reyes"].type == "person"  # "a developer" is an occupation, not a company
    assert speaker_of(summary, "deeply regret") == "PulseTrack"
    officer = run("Talvo's chief technology officer resigned. Talvo said it would hire again.")
    assert {a.name: a.type for a in officer.actors}["Talvo"] == "organisation"


def test_a_body_described_by_its_nationality_speaks_as_described():
    summary = run(
        "Aid worker Ann Roux was freed on Sunday and flew to France. The French foreign ministry"
        ' said it was following the case "with the greatest attention". The Malian transitional'
        ' government said its services had "contributed actively" to the release. The German'
        ' government said the proof was "unequivocal".'
    )
    assert speaker_of(summary, "greatest attention") == "the French foreign ministry"
    assert speaker_of(summary, "contributed actively") == "the Malian transitional government"
    assert speaker_of(summary, "unequivocal") == "Germany"  # a country named, not described


def test_told_with_only_an_outlet_after_it_and_went_on_to_do_report_nothing():
    summary = run(
        '"I knew I had done most of the work," Franky Zapata told French news channel BFM TV.'
        " Cummings went on to start his own law practice. The mayor went on to say that the"
        " budget was balanced."
    )
    contents = [a.content for a in summary.attributions]
    assert not any("BFM TV" in c for c in contents)
    assert not any("law practice" in c for c in contents)
    assert any("budget was balanced" in c for c in contents)


def test_confirmed_him_is_an_appointment_not_a_report():
    summary = run(
        "The House confirmed him as secretary of state, but the Senate had not. The ministry"
        " confirmed that two people had died."
    )
    contents = [a.content for a in summary.attributions]
    assert not any("secretary of state" in c for c in contents)
    assert any("two people had died" in c for c in contents)


def test_an_anonymity_aside_between_a_speaker_and_the_verb_is_read_past():
    summary = run(
        "Health minister Ana Ruiz opened the ward on Monday. A senior official, speaking on"
        " condition of anonymity because he was not authorised to talk to Reuters, said the ward"
        " had no staff. A nurse, who asked not to be named, told the BBC that beds were empty."
    )
    assert [(source_of(summary, a), a.cue, a.content) for a in summary.attributions] == [
        ("a senior official", "said", "the ward had no staff."),
        ("a nurse", "told", "beds were empty."),
        ("BBC", "told the BBC", "beds were empty."),
    ]


def test_the_publisher_told_is_no_source_and_an_interviewers_label_no_actor():
    text = (
        "Tristan Smith told Wikinews the ship had gone dark. Ana Ruiz told the BBC the crew was"
        ' safe.\n\n((WN)) What happened next?\n\n((Tristan Smith)) "We lost contact," he said.\n\n'
        "((WN)) And then?\n"
    )
    article = Article(id="x", text=text, url="https://en.wikinews.org/wiki/Ship_goes_dark")
    for summary, told_wikinews in ((run(text), True), (summarize(article, model="offline"), False)):
        assert {a.name: a.type.value for a in summary.actors} == {
            "Tristan Smith": "person",
            "Wikinews": "media",
            "Ana Ruiz": "person",
            "BBC": "media",
        }
        sources = [source_of(summary, a) for a in summary.attributions]
        assert ("Wikinews" in sources) is told_wikinews  # the article's own site, when known
        assert "BBC" in sources


def test_the_publisher_asking_or_confirming_is_no_source():
    text = (
        "Wikinews asked Mayor Ann Reyes whether the bridge would reopen. Wikinews confirmed with"
        " the council that the bridge was closed. Reyes said the bridge would reopen in May.\n"
    )
    article = Article(id="x", text=text, url="https://en.wikinews.org/wiki/Bridge_closed")
    unknown_site = run(text)  # (with no address, Wikinews is any outlet)
    assert "Wikinews" in [source_of(unknown_site, a) for a in unknown_site.attributions]
    summary = summarize(article, model="offline")
    assert [source_of(summary, a) for a in summary.attributions] == ["Ann Reyes"]


def test_a_finding_reported_with_its_clause_is_an_attribution_a_thing_found_is_not():
    summary = run(
        "Ana Ruiz found the pilots had been on duty for 14 hours. Police found a body near the"
        " river. Tom Lee showed no reaction as the verdict was read. Ana Ruiz found traces in"
        " his blood before he was flown out. Ana Ruiz found the car of a man who had been"
        " missing. Tom Lee showed that the bones were ancient. Judge Mary Okafor ruled the ban"
        " was unlawful. Robert Mugabe ruled Zimbabwe from 1980 and was ousted in 2017."
    )
    assert [(source_of(summary, a), a.cue, a.content) for a in summary.attributions] == [
        ("Ana Ruiz", "found", "the pilots had been on duty for 14 hours."),
        ("Tom Lee", "showed", "that the bones were ancient."),
        ("Mary Okafor", "ruled", "the ban was unlawful."),
    ]
    assert summary.quotes == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'A fisherman from Karalung told reporters he saw "glowing rocks in the sea".',
            "a fisherman from Karalung",
        ),
        (
            'A fisherman from the village of Karalung told reporters he saw "glowing rocks".',
            "a fisherman from the village of Karalung",
        ),
        (
            "One mother, waiting outside the ward with a bag of clothes, told reporters she was"
            ' afraid of "things I read on the internet".',
            "one mother",
        ),
        (
            'One mountain guide in Zermatt told reporters: "Routes I guided are rubble."',
            "one mountain guide in Zermatt",
        ),
        (  # as the gold lists it ("official from TfL"), not the body
            'An official from TfL said: "We are working with the police on this."',
            "an official from TfL",
        ),
    ],
)
def test_a_described_speaker_placed_or_occupied_is_not_the_place(sentence: str, speaker):
    summary = run("AirNav Indonesia closed the airport on Friday. " + sentence)
    quote = summary.quotes[0]
    assert (summary.actor(quote.speaker).name if quote.speaker else None) == speaker


def test_a_company_called_by_its_trade_is_the_unclassified_name_before():
    summary = run(
        "AirNav Indonesia closed Sam Ratulangi International Airport for 18 hours on Thursday."
        ' The air navigation provider said the closure was "a precaution while the ash cloud'
        ' moves north".'
    )
    assert [(q.text[:12], summary.actor(q.speaker).name) for q in summary.quotes] == [
        ("a precaution", "AirNav Indonesia")
    ]
    assert summary.actor(summary.quotes[0].speaker).type.value == "organisation"


def test_states_after_a_word_for_a_kind_of_state_is_the_noun():
    summary = run(
        "The conflict between the two Post-Soviet states centers on the region. The Baltic"
        " states want a new trade agreement. EU member states agreed on a plan. The Constitution"
        " Party states that the tax is unlawful."
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Constitution Party", "states")
    ]


def test_the_spokesperson_is_the_body_named_for_and_another_midwife_is_someone_new():
    summary = run(
        'Midwife Tracey Lomas said the unit was short. "We are ready to work," she said. Another'
        ' midwife, who did not want to be named, said staff had raised concerns. "Everybody'
        ' could see this coming," she said.\n\nA spokesperson for Lough Erne District Council'
        ' said the plans were at consultation stage. "No decision has been made on the road,"'
        " the spokesperson said.\n"
    )
    assert [(q.text[:12], summary.actor(q.speaker).name) for q in summary.quotes] == [
        ("We are ready", "Tracey Lomas"),
        ("Everybody co", "another midwife"),
        ("No decision ", "Lough Erne District Council"),
    ]


def test_the_spokesperson_of_a_named_body_and_of_a_place_s_body_is_that_body():
    summary = run(
        'Director Robert Haskins said schools could reopen. "We are ready," Haskins said.\n\n'
        "Hours later, a White House spokesperson told reporters the director had misspoken."
        ' "The President is confident," the spokesperson said.\n\nThe first trains left'
        " Wuhan's main stations. A spokesperson for the"
        " Wuhan municipal government said schools would stay shut."
        ' "The reopening will be gradual," the spokesperson said. The Sindh health department'
        ' said "we are ready" for the heat.\n'
    )
    assert [(q.text[:12], summary.actor(q.speaker).name) for q in summary.quotes] == [
        ("We are ready", "Robert Haskins"),
        ("The Presiden", "White House"),
        ("The reopenin", "Wuhan municipal government"),
        ("we are ready", "Sindh health department"),
    ]
    assert "Wuhan" not in [actor.name for actor in summary.actors]  # the city said nothing


def test_the_spokesperson_of_a_body_named_with_of_or_and_is_that_body():
    summary = run(
        'Captain Tom Reid said the drill had gone well. "It was a good day," said Reid.\n\n'
        "A Ministry of Defence spokesman said the exercise had been planned for months."
        ' "No live rounds were used," the spokesman said.\n\nAn England and Wales Cricket'
        ' Board spokesperson said the umpire had used every angle. "The footage showed the'
        ' boot was clear," the spokesperson said.\n'
    )
    assert [(q.text[:12], summary.actor(q.speaker).name) for q in summary.quotes] == [
        ("It was a goo", "Tom Reid"),
        ("No live roun", "Ministry of Defence"),
        ("The footage ", "England and Wales Cricket Board"),
    ]


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("the municipality of Zwolle", "municipality of Zwolle", "government"),
        ("the government of Kenya", "Kenya", "government"),
        ("the State of Texas", "State of Texas", "government"),
    ],
)
def test_a_spokesperson_for_a_place_s_body_speaks_for_that_body(body: str, name: str, kind: str):
    summary = run(
        'Singer Caleb Rhodes posted a photograph. "We\'ll be back," he wrote.\n\n'
        f"A spokesperson for {body} told NOS that the decision had been taken jointly."
        ' "Parts of the campsite are under water," the spokesperson said.\n'
    )
    speaker = summary.actor(next(q for q in summary.quotes if "campsite" in q.text).speaker)
    assert (speaker.name, speaker.type.value) == (name, kind)
    told = next(a for a in summary.attributions if a.cue == "told")
    assert summary.actor(told.source).name == name


def test_a_spokesperson_for_an_office_nobody_holds_is_the_spokesperson():
    summary = run(
        'Margaret Ihaka resigned. "It is over," Ihaka wrote.\n\nA spokesperson for the'
        ' broadcasting minister rejected the claims, saying no minister had "sought to direct'
        ' editorial decisions in any way." The spokesperson added that the government respected'
        " the corporation.\n"
    )
    spokesperson = "a spokesperson for the broadcasting minister"
    assert speaker_of(summary, "sought to direct") == spokesperson
    assert source_of(summary, summary.attributions[-1]) == spokesperson


def test_he_after_a_persons_father_votes_nothing_on_her_gender():
    summary = run(
        'INMO officer Niamh Costigan said staff were at breaking point. "We are exhausted," she'
        " said.\n\nMs Costigan said patients waited for days.\n\nMarian Fahy, whose 87-year-old"
        " father was brought in by ambulance on Saturday night, said he waited 31 hours on a"
        ' trolley.\n\n"He was on a corridor the whole time," she told RTE News.\n'
    )
    assert summary.actor(summary.quotes[-1].speaker).name == "Marian Fahy"


def test_a_pronoun_after_someone_described_votes_nothing_on_the_named_persons_gender():
    summary = run(
        "Mowbray-Finch was found guilty of killing schoolteacher Priya Venkataraman, who was"
        " struck from behind.\n\nPassing sentence, Judge Eleanor Brightwell told the defendant"
        ' that his behaviour had been "selfish".\n\n"You chose to watch a game," she said.\n'
    )
    assert speaker_of(summary, "You chose") == "Eleanor Brightwell"  # "his": the defendant's


def test_a_bare_spokesperson_opening_a_paragraph_speaks_for_the_body_that_reported_before():
    summary = run(
        "The Department of Health and Social Care said it was investing an extra 680m.\n\n"
        'A spokesperson said: "We know too many children are waiting too long."\n'
    )
    assert speaker_of(summary, "We know") == "Department of Health and Social Care"


def test_a_spokesman_for_the_developer_speaks_for_the_company_that_opened_the_sentence_before():
    summary = run(
        'Harcastle Homes said the development would include a new sports pitch.\n\n"We recognise'
        ' the strength of feeling locally," a spokesman for the developer said.\n'
    )
    assert summary.actor(summary.quotes[0].speaker).name == "Harcastle Homes"


def test_told_an_outlet_is_also_an_attribution_to_the_outlet():
    summary = run(
        "County sheriff Kerry Lee told the BBC even one percent of users attending would be too"
        " many for the town."
    )
    sources = {source_of(summary, a): a for a in summary.attributions}
    assert set(sources) == {"Kerry Lee", "BBC"}
    assert sources["BBC"].cue == "told the BBC"
    assert sources["Kerry Lee"].content.startswith("even one percent")  # what, not whom
    assert {summary.actor(c.claimant).name for c in summary.claims if c.claimant != "article"} == {
        "Kerry Lee"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ingrid Haugland told Reuters by telephone.",
        "Gulnara Toktosunova told the Interfax news agency.",
        "Dana Haddad told the state-run Petra news agency.",
        'Aminu Yakubu told the Punch newspaper: "We are not worried about it at all."',
        'Jane Jones told The Guardian newspaper: "We will rebuild the bridge this year."',
    ],
)
def test_told_an_outlet_and_how_reports_nothing(sentence: str):
    assert run(sentence).attributions == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reid, 54, a teacher from Leeds, said the budget was balanced.",
        "Tom Reid, aged 54, a father of three, said the budget was balanced.",
    ],
)
def test_an_age_then_an_appositive_between_the_name_and_its_verb(sentence: str):
    summary = run(sentence + "\n")
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [("Tom Reid", "said")]


def test_a_name_ending_in_ing_opening_a_sentence_before_its_verb_is_a_name():
    summary = run(
        "The talks collapsed on Monday. Beijing said the talks had failed. Refusing to step"
        " down, the minister said he would stay.\n"
    )
    assert source_of(summary, summary.attributions[0]) == "Beijing"
    assert "Refusing" not in [actor.name for actor in summary.actors]  # a participle


def test_sources_familiar_with_the_matter_are_unnamed_and_the_outlet_told_is_credited():
    summary = run(
        "President Ana Reyes met the board on Monday. Sources close to the president told"
        " Reuters the deal was off. A person familiar with the negotiations said the price"
        ' had been too high. "Nobody wanted to blink," a source close to the talks said.\n'
    )
    reported = sorted((source_of(summary, a) or "", a.cue, a.content) for a in summary.attributions)
    assert reported == [
        ("", "A person familiar with the negotiations said", "the price had been too high."),
        ("", "Sources close to the president told", "the deal was off."),
        ("Reuters", "told Reuters", "the deal was off."),
    ]
    assert speaker_of(summary, "Nobody wanted") == "a source close to the talks"


def test_the_newspaper_or_the_news_agency_is_the_outlet_named_before():
    summary = run(
        "The New York Times reported on Monday that the firm was sold. The newspaper said the"
        " price was $2 billion.\n\nThe plant will close, Reuters reported. The news agency also"
        " said 300 jobs would go.\n"
    )
    assert source_of(summary, next(a for a in summary.attributions if "price" in a.content)) == (
        "The New York Times"
    )
    assert source_of(summary, next(a for a in summary.attributions if "jobs" in a.content)) == (
        "Reuters"
    )


def test_each_of_a_coordinated_subject_is_a_source():
    summary = run(
        "Joe Biden and Bernie Sanders met in Delaware. Biden and Sanders announced they would"
        " form six working groups. Gloria La Riva, Howie Hawkins and Brock Pierce all agreed that"
        " vaccines did more good than harm. Donald Trump met Vladimir Putin and Volodymyr"
        " Zelenskyy said the talks were a waste of time. After meeting Angela Merkel and"
        " Emmanuel Macron, Boris Johnson said the deal was close. Port Hollin Fire and Rescue"
        " said 60 firefighters had attended. The mayor thanked Kerry Lee, Tom Watson said."
        " China, Iran and Russia have pledged funds for the rebuilding. Planned Parenthood and"
        " the American Civil Liberties Union have both announced plans to challenge the law."
        " The Investigative Committee and the Federal Security Service (FSB) said they believe"
        " gas was the trigger."
    )

    def sources(fragment: str) -> set[str]:
        return {source_of(summary, a) for a in summary.attributions if fragment in a.content}

    assert sources("working groups") == {"Joe Biden", "Bernie Sanders"}
    assert sources("more good than harm") == {"Gloria La Riva", "Howie Hawkins", "Brock Pierce"}
    assert sources("waste of time") == {"Volodymyr Zelenskyy"}  # Putin was met, not a speaker
    assert sources("close") == {"Boris Johnson"}
    assert len(sources("firefighters")) == 1  # one body's name, cut at its "and"
    assert sources("thanked") == {"Tom Watson"}  # a list ends with "and"
    assert sources("rebuilding") == {"China", "Iran", "Russia"}  # "have" between: still theirs
    assert sources("challenge the law") == {
        "Planned Parenthood",
        "American Civil Liberties Union",
    }
    assert sources("trigger") == {"Investigative Committee", "Federal Security Service"}
    both = run(
        "Pete Buttigieg and Amy Klobuchar quit. Both Buttigieg and Klobuchar said they would back"
        " Biden."
    )
    assert {source_of(both, a) for a in both.attributions} == {"Pete Buttigieg", "Amy Klobuchar"}


def test_a_conference_or_legislature_is_an_organisation_even_with_a_place_word():
    summary = run(
        "Voting began on Monday.\n\nAccording to the National Conference of State Legislatures,"
        " the next primary is on March 10. The Catholic Bishops' Conference of the Philippines"
        ' (CBCP) described him as "a strong advocate for the environment". The Montana State'
        ' Legislature said the law would "protect every voter".'
    )
    types = {a.name: a.type for a in summary.actors}
    assert types["National Conference of State Legislatures"] == "organisation"
    assert (
        source_of(summary, summary.attributions[0]) == "National Conference of State Legislatures"
    )
    assert (
        speaker_of(summary, "strong advocate") == "Catholic Bishops' Conference of the Philippines"
    )
    assert speaker_of(summary, "protect every voter") == "Montana State Legislature"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("South African", True),
        ("New Zealander", True),
        ("Sri Lankan", True),
        ("Puerto Rican", True),
        ("South Africa", False),
        ("New York", False),
        ("Public Health", False),
    ],
)
def test_two_word_nationalities(phrase: str, expected: bool):
    assert is_demonym(phrase) is expected


def test_the_one_told_is_not_the_subject_of_the_clause():
    summary = run(
        "The office declined to comment. A senior official at the office, speaking on condition"
        " of anonymity, told the JoongAng Ilbo newspaper that the appointment had followed"
        ' "all normal verification procedures at the time".'
    )
    assert speaker_of(summary, "verification procedures") != "JoongAng Ilbo"


def test_a_party_member_described_is_no_name():
    summary = run(
        "Brinkerhoff is the ninth House Democrat to announce a retirement this cycle.\n\n"
        "The Liberal Democrat candidate, Faisal Qureshi, finished second with 33 percent. He"
        ' said the result reflected "a deep frustration with every party, mine included."'
    )
    names = {a.name for a in summary.actors}
    assert not names & {"House Democrat", "Liberal Democrat"}
    assert speaker_of(summary, "deep frustration") == "Faisal Qureshi"


def test_a_hyphenated_title_is_not_part_of_the_name():
    summary = run(
        "Additional Advocate-General S. Karthikeyan told the court the hoardings were removed."
        ' NATO Secretary-General Jens Stoltenberg wrote, "I count on Turkey to act with'
        ' restraint."'
    )
    names = {a.name: a for a in summary.actors}
    assert "Additional Advocate-General S. Karthikeyan" in names["S. Karthikeyan"].aliases
    assert speaker_of(summary, "act with restraint") == "Jens Stoltenberg"


def test_confirming_a_nominee_to_a_court_is_an_appointment_not_a_report():
    summary = run(
        "The Senate confirmed judge Amy Coney Barrett to the Supreme Court on Monday. The"
        " Senate confirmed Barrett had been nominated in September."
    )
    contents = [a.content for a in summary.attributions]
    assert not any("Supreme Court" in c for c in contents)
    assert any("had been nominated" in c for c in contents)


def test_slammed_into_and_contended_for_are_no_reports_of_speech():
    summary = run(
        "Hurricane Zeta slammed into the Louisiana coast on Wednesday. Justin Amash contended"
        " for the Libertarian nomination but dropped out in May. Senator Tom Lee slammed the"
        " relief plan as a waste."
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Tom Lee", "slammed")
    ]


def test_a_named_storm_is_an_event_not_an_actor():
    summary = run(
        "Category Two Hurricane Zeta made landfall on Wednesday, and Hurricane Dorian struck"
        " the Bahamas. Dorian stalled for a day. Super Typhoon Haiyan killed thousands in 2013."
        ' "Storm Zeta will weaken," forecaster Ana Ruiz said.\n'
    )
    assert [a.name for a in summary.actors] == ["Ana Ruiz"]


def test_an_event_named_twice_is_no_actor():
    summary = run(
        "Delegates met at the Democratic National Convention in Milwaukee. Joe Biden spoke at"
        " the Democratic National Convention on Thursday, and the Chicago Marathon was held on"
        " Sunday; the Chicago Marathon drew 45,000 runners.\n"
    )
    assert [a.name for a in summary.actors] == ["Joe Biden"]


def test_a_name_only_ever_written_as_where_something_is_is_no_actor():
    summary = run(
        "Oceanographer Walter Munk died at his home in La Jolla on Friday. Munk had worked in"
        " La Jolla since 1939.\n"
    )
    assert [a.name for a in summary.actors] == ["Walter Munk"]


def test_an_interviewees_initials_before_each_answer_are_no_name():
    summary = run(
        "Wikinews spoke to researcher Michael Siegel about the study.\n\n\n((WN))  Did the"
        " results surprise you?\n\n\nMS We did not expect them. Our study was small.\n\n\n((WN))"
        "  What comes next?\n\n\nMS In the next study, we will look at guns.\n"
    )
    assert [a.name for a in summary.actors] == ["Michael Siegel", "Wikinews"]


def test_a_partys_members_in_one_plural_word_are_the_party():
    summary = run(
        "The Democratic Party held its convention online. Democrats vowed to investigate whether"
        " the secretary broke the law.\n"
    )
    assert [(a.name, a.aliases) for a in summary.actors] == [("Democratic Party", ["Democrats"])]
    assert [source_of(summary, a) for a in summary.attributions] == ["Democratic Party"]


def test_whom_words_are_addressed_to_is_not_their_speaker():
    summary = run(
        "Senator Tom Lee voted for the war.\n\nTo Senator Lee and those who voted with him, I"
        ' say, "There is a real party of peace and justice."\n'
    )
    assert speaker_of(summary, "real party of peace") is None


def test_a_photo_credit_is_no_actor():
    summary = run(
        "Thousands marched through London on Saturday, organiser Anna Ruiz said.\n\nLots of"
        " protestors. Image: John Lubbock (flickr).\n\nPlacards. Image: John Lubbock (flickr).\n"
    )
    assert [a.name for a in summary.actors] == ["Anna Ruiz"]


def test_according_to_a_body_described_in_lower_case_is_the_body_named_before():
    summary = run(
        "Kenya's Health Ministry opened two clinics on Monday. According to the health ministry,"
        " 40 people were treated.\n\nAccording to the B.C. Coroners Service, there were 170"
        " suspected deaths in May.\n"
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Health Ministry", "According to"),
        ("B.C. Coroners Service", "According to"),
    ]


def test_a_body_described_at_the_start_speaks_after_and():
    summary = run(
        "The US Embassy in London issued a statement on Monday. The US Embassy said it was"
        " ready.\n\nThe embassy declined the request and said the family left on advice from"
        " the State Department.\n"
    )
    assert [(source_of(summary, a), a.content[:10]) for a in summary.attributions] == [
        ("US Embassy", "it was rea"),
        ("US Embassy", "the family"),
    ]


def test_the_administration_after_a_time_opening_is_the_administration_described_before():
    summary = run(
        "President Donald Trump spoke on Monday. The Trump administration asked the court to"
        " rule.\n\nA few days later the administration said he would use an executive order."
        "\n\nThe administration said it would appeal.\n"
    )
    assert [source_of(summary, a) for a in summary.attributions] == [
        "Trump administration",
        "Trump administration",
        "Trump administration",
    ]


def test_according_to_a_document_is_according_to_its_author():
    summary = run(
        "Researchers at Pennsylvania State University published a report on Monday. According"
        " to the report, the spray lasts for 500 flushes.\n\nGovernor Tom Lee wrote to the"
        " council. According to his letter, the budget is short.\n"
    )
    assert [
        (source_of(summary, a), a.content[:9])
        for a in summary.attributions
        if a.cue == "According to"
    ] == [("Pennsylvania State University", "the spray"), ("Tom Lee", "the budge")]


def test_a_numbered_act_keeps_its_number_and_is_a_thing():
    summary = run(
        'Republic Act No. 3846 says that "no person shall construct a radio station without a'
        ' franchise".\n\nThe network cited Republic Act No. 3846 again.\n'
    )
    assert [(a.name, a.type.value) for a in summary.actors if "Act" in a.name] == [
        ("Republic Act No. 3846", "other")
    ]


def test_what_someone_will_say_or_refused_to_say_is_no_report():
    summary = run(
        "Senator Joe Biden said he would announce his choice around August 1. Biden refused to"
        " say whether he supported the plan. Biden did not say how he would pay for it. Gloria"
        " Vanderbilt would later say her fourth marriage was her only happy one.\n"
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Joe Biden", "said"),
        ("Gloria Vanderbilt", "say"),
    ]


def test_declaring_an_emergency_or_reporting_on_a_war_is_no_report_of_speech():
    summary = run(
        "Governor Tony Evers declared a state of emergency on Tuesday. Mayor Anna Ruiz declared"
        " three days of mourning. Journalist Nabil Hasan reported extensively on the war. Evers"
        " declared that the guard would stay.\n"
    )
    assert [(source_of(summary, a), a.content) for a in summary.attributions] == [
        ("Tony Evers", "that the guard would stay.")
    ]


def test_a_plea_a_dismissed_case_or_a_charge_is_no_report_of_speech():
    summary = run(
        "Mark Doyle pleaded guilty to fraud on Monday. Judge Ann Reyes dismissed the lawsuit"
        " against the city. Police arrested a man accused of stealing three cars. Doyle pleaded"
        " with the court for mercy, and Reyes dismissed his claims as baseless.\n"
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Mark Doyle", "pleaded"),
        ("Ann Reyes", "dismissed"),
    ]


def test_a_question_reports_nothing_it_asks_about():
    summary = run(
        "Mayor Ann Reyes spoke to Wikinews about Acme Corporation.\n\n((WN)) Are you aware Acme"
        " said the bridge was unsafe?\n\n((AR)) Yes. Acme said the bridge was unsafe in 2019.\n"
    )
    assert [(source_of(summary, a), a.content) for a in summary.attributions] == [
        ("Acme Corporation", "the bridge was unsafe in 2019.")
    ]


def test_declaring_that_an_emergency_is_over_is_a_report():
    summary = run("Governor Tony Evers declared that the state of emergency was over.\n")
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Tony Evers", "declared")
    ]


def test_an_outlets_name_survives_a_common_word_at_a_sentence_start():
    summary = run(
        "A plane, reported by local press as military, crashed on Monday.\n\nPress TV said the"
        " crash was followed by a fire. The Sunday Times warns that more flights are at risk.\n"
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Press TV", "said"),
        ("Sunday Times", "warns"),
    ]


def test_a_day_between_an_appositive_and_the_verb_keeps_the_speaker():
    summary = run(
        "Baslan Damang, a security official from the port, on Tuesday told The Jakarta Post"
        " radio broadcasts were being used to alert other traffic.\n"
    )
    assert [(source_of(summary, a), a.cue) for a in summary.attributions] == [
        ("Baslan Damang", "told"),
        ("Jakarta Post", "told The Jakarta Post"),
    ]


def test_an_affiliation_and_an_appositive_before_told_keep_the_speaker():
    summary = run(
        "Dr. Tristan Smith of University College London explained that crews turn transponders"
        ' off to "avoid attracting unwanted attention." Doug Miller of Milltech Marine, a firm'
        " specialising in AIS, told our correspondent a transponder broadcasts automatically.\n"
    )
    assert speaker_of(summary, "avoid attracting") == "Tristan Smith"
    assert ("Doug Miller", "told") in [(source_of(summary, a), a.cue) for a in summary.attributions]


def test_the_names_listed_after_a_plural_title_hold_it_too():
    summary = run(
        "The subpoena was issued jointly by Representatives Eliot Engel, Adam Schiff, and Elijah"
        " Cummings, who chair three committees. Mrs Jane Doe and John Smith attended.\n"
    )
    assert [(a.name, a.role) for a in summary.actors] == [
        ("Eliot Engel", "Representatives"),
        ("Adam Schiff", "Representatives"),
        ("Elijah Cummings", "Representatives"),
        ("Jane Doe", "Mrs"),
    ]
    assert "Representatives Adam Schiff" not in summary.actors[1].aliases


def test_a_report_of_numbers_is_reported_but_a_participle_adjective_reports_nothing():
    numbers = run("Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.\n")
    assert [(source_of(numbers, a), a.content) for a in numbers.attributions] == [
        ("Zabiullah Mujahid", "190 were dead.")
    ]
    adjectives = run(
        "Senator Bernie Sanders had the most pledged delegates, with 60. "
        "Johnson's stated aim was to leave by October, and the widely reported talks stalled.\n"
    )
    assert adjectives.attributions == []


def test_a_group_that_was_told_or_called_reports_nothing():
    summary = run(
        "Residents were not told until August 2023. Officers were called to the street at "
        "about 4am. Workers said the plant would close next year.\n"
    )
    assert [(a.cue, a.content) for a in summary.attributions] == [
        ("Workers said", "the plant would close next year.")
    ]


def test_a_short_quote_repeated_later_keeps_its_speaker_unless_a_speech_verb_says_otherwise():
    summary = run(
        'Trump refused to visit the cemetery and referred to the soldiers as "losers".\n\n'
        'Later, Biden attacked Trump for the alleged "losers" comment. The scholar Eugene Volokh'
        ' writes that the word "losers" was never proven.\n'
    )
    speakers = [summary.actor(q.speaker).name for q in summary.quotes]
    assert speakers == ["Trump", "Trump", "Eugene Volokh"]


def test_according_to_a_titled_person_of_a_body_in_a_place_is_the_person():
    summary = run(
        "According to Chief Superintendent Graciano Mijares of the police of the Autonomous "
        "Region in Muslim Mindanao, the bombs were made locally.\n"
    )
    assert [source_of(summary, a) for a in summary.attributions] == ["Graciano Mijares"]


def test_cited_x_as_saying_is_xs_report():
    summary = run(
        "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, "
        "as saying the suspects were linked to the group.\n"
    )
    sources = {a.cue: source_of(summary, a) for a in summary.attributions}
    assert sources == {"cited": "BBC", "saying": "Budi Gunawan"}


def test_a_place_written_before_government_is_that_government_and_is_so_called():
    delhi = run(
        "The Delhi government said on Tuesday it would pay compensation.\n\n"
        '"We stand with the families," the government said in a statement.\n'
    )
    assert speaker_of(delhi, "We stand with") == "Delhi"  # not "the government" besides
    assert [(a.name, a.aliases) for a in delhi.actors] == [("Delhi", ["Delhi government"])]
    seoul = run(  # the alias with no "the government said" after it
        "Protesters marched against the Seoul government on Sunday. Seoul said the rally was"
        " illegal.\n"
    )
    assert [(a.name, a.aliases) for a in seoul.actors] == [("Seoul", ["Seoul government"])]


# (story, words of the quote, the description it goes to): someone the article never names
# reports something, then "she said" a quote; both are theirs, under the words they came with
ONLY_DESCRIBED = [
    (  # a person noun that was missing ("assistant"), with a place: not the place
        "One sales assistant at the flagship store in Leeds said staff had been told at a short"
        ' meeting. "The manager was in tears," she said.\n',
        "The manager",
        "one sales assistant at the flagship store in Leeds",
    ),
    (  # an age before the noun
        'Women lined the avenue. A 45-year-old teacher said she had never protested before. "I'
        ' was afraid," she said.\n',
        "I was afraid",
        "a 45-year-old teacher",
    ),
    (  # "One of them, a ...," and not the man named before
        "Artyom Zhuk was released on Wednesday. Women lined the avenue. One of them, a"
        ' 45-year-old teacher, said she had never protested before. "My son was beaten," she'
        " said.\n",
        "My son",
        "a 45-year-old teacher",
    ),
    (  # "Another, a ...,"
        'Sir Tom Hale spoke first. Another, a retired nurse, said she was "not afraid any more".\n',
        "not afraid",
        "a retired nurse",
    ),
    (  # a juror, with an aside that names an outlet
        "Alan Whitcomb was convicted. One juror, who spoke to WBNS-TV on condition of anonymity,"
        ' said the panel had doubts. "It was not easy," she said.\n',
        "It was not easy",
        "one juror",
    ),
    (  # a colleague, with a long who-clause
        "Helen Ashworth gave evidence. A female colleague who was the subject of several of the"
        ' messages told the hearing she had felt unsafe. "I dreaded Mondays," she wrote.\n',
        "I dreaded",
        "a female colleague",
    ),
]


@pytest.mark.parametrize(("story", "fragment", "described"), ONLY_DESCRIBED)
def test_someone_only_described_reports_and_speaks_under_the_description(
    story: str, fragment: str, described: str
):
    summary = run(story)
    assert source_of(summary, summary.attributions[0]) == described
    assert speaker_of(summary, fragment) == described


def test_the_age_alone_after_a_name_is_the_person_named():
    named = run(
        "Connor Makowski leads the campus Republicans. The 19-year-old engineering student said"
        " the numbers did not worry him.\n"
    )
    assert [source_of(named, a) for a in named.attributions] == ["Connor Makowski"]


def test_then_and_ex_before_a_title_leave_the_title_and_the_name():
    summary = run(
        "Donald Trump lost the vote. Then-President Donald Trump said the count was rigged."
        " Pete Buttigieg disagreed. Ex-mayor Buttigieg said the count was fair. The vote,"
        " then-Senator Kamala Harris said, was a landslide."
    )
    by_content = {a.content.split()[-1]: source_of(summary, a) for a in summary.attributions}
    assert by_content == {
        "rigged.": "Donald Trump",
        "fair.": "Pete Buttigieg",
        "landslide.": "Kamala Harris",
    }
    trump = next(a for a in summary.actors if a.name == "Donald Trump")
    assert trump.role == "President"


def test_a_month_in_a_persons_name_is_no_date():
    summary = run(
        "Prime Minister Theresa May met EU leaders in May. May said the deal was the best"
        " available. April Ryan, a reporter, said the talks would resume on May 5. In March,"
        " Brian May said the deal was poor.\n\nIn May Smith said nothing."
    )
    sources = sorted(source_of(summary, a) for a in summary.attributions)
    assert sources == ["April Ryan", "Brian May", "Theresa May"]
    may = next(a for a in summary.actors if a.name == "Theresa May")
    # her mentions: the full name and "May said", not "in May" or "on May 5"
    assert [m.text for m in may.mentions] == ["Prime Minister Theresa May", "May"]
    assert not any("Smith" in a.name for a in summary.actors)  # "In May Smith": a date first


def test_a_name_after_the_company_and_a_comma_is_a_body_only_in_apposition():
    summary = run(
        "Donald Trump spoke on Monday. The company, Trump said, was failing. The developer,"
        " Hidroaustral SpA, said the dam was safe."
    )
    types = {a.name: a.type for a in summary.actors}
    assert types == {"Donald Trump": "person", "Hidroaustral SpA": "organisation"}


def test_a_cue_set_between_commas_reports_the_clause_around_it():
    summary = run(
        "Donald Trump spoke on Monday. The company, Trump said, was failing. The election, he"
        " said on Tuesday, had been rigged by his opponents. Kurdi and his mother died at sea;"
        ' they had, his father says, paid smugglers. Speaking to Reuters, Trump said, "We won."'
        " The vote, which was delayed, was close."
    )
    contents = {a.content for a in summary.attributions}
    assert contents == {
        "The company was failing.",
        "The election had been rigged by his opponents.",
        "they had paid smugglers.",
    }  # (and 'Speaking to Reuters, Trump said, "We won."' reports only its quote)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (  # the one person named, as for "the professor added"
            "Boris Johnson visited Wales. The Prime Minister said the plan was flawed.",
            "Boris Johnson",
        ),
        (
            "Chancellor Rishi Sunak visited Leeds. The Chancellor said the plan was flawed.",
            "Rishi Sunak",
        ),
        (
            "President Joe Biden visited Iraq. The President said the plan was flawed.",
            "Joe Biden",
        ),
        (
            "Queen Elizabeth II visited Wales. The Queen said the plan was flawed.",
            "Elizabeth II",
        ),
        (
            "Queen Elizabeth II visited Wales. The monarch said the plan was flawed.",
            "Elizabeth II",
        ),
        ("Pope Francis visited Iraq. The pontiff said the plan was flawed.", "Francis"),
        ("Prince Harry visited Iraq. The prince said the plan was flawed.", "Harry"),
        (
            "Prime Minister Narendra Modi met Joe Biden. The PM said the plan was flawed.",
            "Narendra Modi",
        ),
        ("Indian PM Narendra Modi said the plan was flawed.", "Narendra Modi"),
        ("Arne Slot arrived. The Liverpool boss said the team was tired.", "Arne Slot"),
        ("Hugo Boss said profits had risen by ten percent.", "Hugo Boss"),
    ],
    ids=[
        "recent",
        "chancellor",
        "president",
        "queen",
        "monarch",
        "pontiff",
        "prince",
        "pm",
        "pm-title",
        "boss",
        "boss-surname",
    ],  # fmt: skip
)
def test_a_title_written_with_capitals_or_a_monarchs_title_finds_its_holder(text, source):
    summary = run(text)
    assert [source_of(summary, a) for a in summary.attributions] == [source]


def test_dutch_particles_ten_and_ter_stay_in_the_name():
    summary = run(
        "Erik ten Hag arrived on Monday. Ten Hag said the team had played well. The pitch was"
        " poor, ten Hag said. Jan ter Horst said the pitch would be relaid. Ten people were hurt."
    )
    sources = [source_of(summary, a) for a in summary.attributions]
    assert sources == ["Erik ten Hag", "Erik ten Hag", "Jan ter Horst"]


def test_people_described_as_of_someone_are_not_that_someone():
    summary = run(
        'Benjamin Netanyahu spoke on Monday. "It is a disgrace," critics of Netanyahu said.'
        " Supporters of Netanyahu said the plan would pass. Residents of Gaza City said the"
        " strikes went on overnight. Later, friends and relatives of the prisoners spoke."
        " Organisers of the Aldenburg Marathon said 18,000 runners had started."
    )
    assert speaker_of(summary, "disgrace") == "critics of Netanyahu"
    by_cue = {a.cue: source_of(summary, a) for a in summary.attributions}
    assert by_cue == {
        "Supporters of Netanyahu said": None,  # unnamed, as "Officials said"
        "Residents of Gaza City said": None,
        "said": "Aldenburg Marathon",  # organisers speak for what they organise
    }


def test_according_to_an_unnamed_source_and_a_clause_about_the_source():
    summary = run(
        "The talks will resume on Monday, according to two people familiar with the matter."
        " According to local media reports, hundreds were detained. The deal took three months,"
        " according to a person close to the talks, who asked not to be named. According to"
        " Smith, who chairs the panel, the deal is dead."
    )
    found = [(a.cue, source_of(summary, a), a.content) for a in summary.attributions]
    assert found == [
        ("according to two people familiar with the matter", None, "The talks will resume on Monday"),
        ("According to local media reports", None, "hundreds were detained."),
        ("according to a person close to the talks", None, "The deal took three months"),
        ("According to", "Smith", "the deal is dead."),
    ]  # fmt: skip


def test_what_data_from_a_body_show_is_the_bodys_finding():
    summary = run(
        "Data from the CDC show that cases rose by 10%. Footage from the City University"
        " Student Union showed police firing at protesters. The show was cancelled."
        " Figures published on Monday showed that energy bills had risen."
    )
    found = {source_of(summary, a) for a in summary.attributions}
    assert found == {"CDC", "City University Student Union"}
    assert {a.name for a in summary.actors} == found  # not "Data", "Footage" or "Figures"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Lee spoke first. Tom Jones, for his part, was blunt: "We will lose."', "Tom Jones"),
        (
            'Ann Lee said the plan was good. Her deputy, John Parker, was blunt: "We will lose."',
            "John Parker",
        ),
        ('Ann Lee spoke first. Her deputy, John Park, agreed: "We will lose."', "John Park"),
        ('Ann Lee spoke first. John Park agreed: "We will lose."', "John Park"),
    ],
    ids=["aside", "appositive", "place-word-surname-appositive", "place-word-surname-verb"],
)
def test_the_named_subject_before_a_colon_beats_the_sentence_before(text, speaker):
    assert speaker_of(run(text), "We will lose") == speaker


def test_her_office_and_his_family_are_the_persons_office_and_family():
    summary = run(
        "Senator Ann Lee resigned on Monday. Her office said she had served with honour."
        ' Former senator Tom Reid died on Friday. "He died peacefully," his family said.'
        " His campaign promises were never kept, critics said."
    )
    sources = [source_of(summary, a) for a in summary.attributions]
    assert sources[0] == "Ann Lee's office"
    assert speaker_of(summary, "peacefully") == "Tom Reid's family"
    assert not any("campaign" in a.name for a in summary.actors)  # "campaign promises": a noun


def test_asking_not_to_be_named_reports_nothing_but_keeps_the_speaker():
    summary = run(
        "A senior official who asked not to be named said the plan was flawed. Tom Reid spoke"
        " next.\n\nA nurse at the hospital asked not to be named for fear of losing her job."
        ' "We had no beds," she said.\n\nThe farmer who owns the field, and who asked not to be'
        " named, said he had cleared the lane. A police officer who asked not to be named,"
        " because he was not authorised to speak, said two men had been arrested."
    )
    assert [(a.cue, source_of(summary, a)) for a in summary.attributions] == [
        ("said", "a senior official"),
        ("said", "the farmer"),
        ("said", "a police officer"),
    ]
    assert speaker_of(summary, "no beds") == "a nurse at the hospital"


def test_a_title_that_is_also_a_surname_ends_a_name():
    summary = run(
        "Stephen King said the plan was flawed. King added that talks would go on. Former"
        " Prime Minister John Major said it was late. Martin Luther King Jr. said nothing of"
        ' the kind. "It is flawed," Julie Bishop said. King Charles spoke on Monday. The King'
        " said the plan was sound."
    )
    sources = [source_of(summary, a) for a in summary.attributions]
    assert sources == ["Stephen King", "Stephen King", "John Major", "Martin Luther King Jr.",
                       "Charles"]  # fmt: skip
    assert speaker_of(summary, "It is flawed") == "Julie Bishop"
    major = next(a for a in summary.actors if a.name == "John Major")
    assert major.role == "Prime Minister"


def test_a_quote_given_when_asked_is_a_quote_not_an_attribution():
    summary = run(
        'Mayor Ravi Shah spoke on Monday. "Absolutely not," he replied when asked whether he'
        " would resign. Another actor, Lauren Landa, would list Sailor Neptune as her dream"
        " role, when asked at conventions."
    )
    assert speaker_of(summary, "Absolutely not") == "Ravi Shah"
    found = [(a.cue, source_of(summary, a)) for a in summary.attributions]
    assert found == [("asked", "Lauren Landa")]  # her answer; the mayor's is the quote


def test_a_quote_and_according_to_its_speaker_is_a_quote_only():
    summary = run('Mayor John Smith spoke on Monday. "We will rebuild," according to Smith.')
    assert speaker_of(summary, "We will rebuild") == "John Smith"
    assert summary.attributions == []


def test_ruling_after_a_comma_reports_the_courts_finding():
    summary = run(
        "The Supreme Court on Thursday struck down a Texas law, ruling 6-3 that it placed an"
        " undue burden on women. In its ruling, the court said the law was void."
    )
    found = [(a.cue, source_of(summary, a)) for a in summary.attributions]
    assert found == [("ruling", "Supreme Court"), ("said", "Supreme Court")]


def test_a_participle_cue_after_a_clause_a_description_opens_is_the_described_ones():
    summary = run(
        "FreshWay bought a rival last year. The national competition regulator blocked"
        " the deal, saying it would have led to higher prices. The appeals court upheld the"
        " decision, ruling that the ban was lawful."
    )
    found = [(a.cue, source_of(summary, a)) for a in summary.attributions]
    assert found == [
        ("saying", "the national competition regulator"),  # not FreshWay, named before
        ("ruling", "the appeals court"),
    ]


def test_an_acronym_role_in_apposition_is_the_persons_role():
    summary = run(
        "Rachael Maskell, a Labour MP for York, said the cuts would push people into poverty."
        " Tom Reid, CEO of Acme, said the cuts were needed. Ann Lee, of Texas, said the cuts"
        " would fall on the poor."
    )
    roles = {a.name: a.role for a in summary.actors}
    assert roles == {
        "Rachael Maskell": "Labour MP for York",
        "Tom Reid": "CEO of Acme",
        "Ann Lee": None,  # where she is from, no role
    }


def test_a_name_before_a_role_and_a_persons_name_is_a_bodys():
    summary = run(
        "Scripps Oceanography mourned him. Scripps Oceanography director Margaret Leinen said he"
        " had been a giant. Dunmore said the manager would stay. Dunmore manager Alan Gow said"
        " the team had let the fans down."
    )
    types = {a.name: a.type for a in summary.actors}
    assert types["Scripps Oceanography"] == "organisation"
    assert types["Dunmore"] == "organisation"
    assert types["Margaret Leinen"] == types["Alan Gow"] == "person"


@pytest.mark.parametrize(
    "outlet", ["Cyprus Mail", "Daily Hive", "Maritime Bulletin", "Daily Nation"]
)
def test_a_mail_a_bulletin_and_a_daily_are_outlets(outlet: str):
    summary = run(f"The {outlet} reported that the talks had failed after a week.")
    assert [(a.name, a.type) for a in summary.actors] == [(outlet, "media")]


def test_a_body_called_a_news_agency_is_an_outlet():
    summary = run(
        "The Iranian Students' News Agency (ISNA) reported that the talks had failed. State"
        " press agency PAP reported that the talks would resume. Poland's TVP news agency said"
        " the talks would resume next week."
    )
    types = {a.name: a.type for a in summary.actors}
    assert types == {"Iranian Students' News Agency": "media", "PAP": "media", "TVP": "media"}


def test_a_preposition_opening_a_sentence_is_no_name():
    summary = run(
        "Outside the council chambers, members of a ratepayers' group held placards, one of which"
        ' read: "Fix the pipes, not the cycleways." Inside the hall, councillors voted 11-5.'
    )
    assert summary.actors == []
    assert speaker_of(summary, "Fix the pipes") is None


def test_x_after_on_is_the_platform_not_a_speaker():
    summary = run(
        "Mayor Jyoti Gondek said crews were out overnight. In a post on X, the district said"
        ' campuses would be shelters and asked families to "check official channels only".'
        ' On X, Gondek wrote that the storm was "the worst in a decade".'
    )
    assert "X" not in {a.name for a in summary.actors}
    assert speaker_of(summary, "the worst in a decade") == "Jyoti Gondek"


def test_arts_occupations_and_a_district_collector_are_roles_before_a_name():
    summary = run(
        'Showrunner Dana Whitcombe said the series was over. "I\'m devastated," Whitcombe said.'
        ' Curator Mia Lund called the show "rare".\n\nMalappuram District Collector Arun K. Menon'
        ' declared containment zones. "Shops selling essential goods may open from 10 a.m.,"'
        " the collector said in an order."
    )
    assert speaker_of(summary, "devastated") == "Dana Whitcombe"
    assert speaker_of(summary, "rare") == "Mia Lund"
    assert speaker_of(summary, "Shops selling") == "Arun K. Menon"


def test_the_airline_is_the_one_word_name_that_spoke_before_not_the_union_named_earlier():
    summary = run(
        "The walkout, called by the USO and SITCPLA unions, affects ten bases.\n\nRyanair said"
        " in a statement that 98 percent of its flights had operated.\n\n"
        '"These minority unions do not represent our cabin crew," the airline added.'
    )
    assert speaker_of(summary, "minority unions") == "Ryanair"
    assert {a.name: a.type for a in summary.actors}["Ryanair"] == "organisation"


def test_words_on_signs_are_nobodys_even_far_from_the_sign_or_listed_after_it():
    summary = run(
        'Union leader Ana Silva spoke to the crowd. Hand-painted signs read "Record profits,'
        ' record greed," and drivers sounded their horns. A banner unfurled from a balcony by'
        ' people who were not identified read: "The red carpet is no hiding place." Marchers'
        " carried placards reading \u201cFuel price don kill us\u201d and \u201cNo to hunger"
        " wages.\u201d"
    )
    for words in ("Record profits", "red carpet", "Fuel price", "hunger wages"):
        assert any(words in q.text for q in summary.quotes), words
        assert speaker_of(summary, words) is None, words


def test_a_sign_that_warns_and_the_words_a_poster_shows_are_nobodys():
    summary = run(
        "On a narrow lane in the Gion district, a wooden sign warns visitors: \u201cPrivate road."
        " Photography prohibited.\u201d\n\nAt a bus stop, a poster shows a geisha bowing above"
        " the words \u201cKyoto: Please enjoy responsibly.\u201d\n"
    )
    for words in ("Private road", "Please enjoy"):
        assert any(words in q.text for q in summary.quotes), words
        assert speaker_of(summary, words) is None, words


def test_a_laws_or_a_drafts_words_are_nobodys():
    summary = run(
        "Draft conclusions seen by POLITICO state that the European Council \"welcomes Ukraine's"
        ' substantial progress on reforms" and invites the Council to act.\n\nThe law says that'
        ' controls may only be reintroduced "in the event of a serious threat to public'
        ' policy".\n'
    )
    for words in ("welcomes Ukraine", "serious threat"):
        assert speaker_of(summary, words) is None, words


def test_words_on_a_tarpaulin_or_in_graffiti_are_nobodys():
    summary = run(
        "At the wake, relatives hung a tarpaulin that read \u201cJustice for Jericho\u201d over"
        " the coffin.\n\nOn the wall, graffiti reads \u201cWe are still here\u201d.\n"
    )
    for words in ("Justice for Jericho", "still here"):
        assert any(words in q.text for q in summary.quotes), words
        assert speaker_of(summary, words) is None, words


def test_a_documentary_maker_is_a_person_not_a_firm():
    summary = run(
        "Sudanese documentary maker Amal Osman said on Wednesday she had been refused a visa."
        "\n\nOsman, 36, who has lived in Nairobi since 2023, said the embassy had turned her"
        ' down. "I was told I had not demonstrated ties," she told Reuters.'
    )
    assert {a.name: a.type for a in summary.actors}["Amal Osman"] == "person"
    assert speaker_of(summary, "I was told") == "Amal Osman"


def test_a_prize_in_a_description_of_the_speaker_is_no_speaker():
    summary = run(
        'Jury president Laura Bennington said the decision was close. "There were passionate'
        ' arguments in that room," the two-time Oscar winner said.\n\nSerena Cole won again.'
        ' "It feels amazing," the Wimbledon champion said.'
    )
    assert speaker_of(summary, "passionate arguments") == "Laura Bennington"
    assert speaker_of(summary, "feels amazing") == "Serena Cole"
    assert not {"Oscar", "Wimbledon"} & {a.name for a in summary.actors}


def test_said_a_numbered_union_local_and_its_president_is_the_president():
    summary = run(
        'The union said its members had rejected the offer. "Our members keep this city'
        ' moving," said Local 113 president Sandra Pereira.'
    )
    assert speaker_of(summary, "keep this city moving") == "Sandra Pereira"


def test_a_post_nominal_between_commas_is_no_speaker():
    summary = run(
        "But counsel to the defendant, Chief Olumide Ajayi-Bankole, SAN, said his client had"
        ' been "ill and receiving treatment in Cairo". Her opponent, John Doe, QC, said it was'
        ' "overwhelming".'
    )
    assert speaker_of(summary, "ill and receiving") == "Olumide Ajayi-Bankole"
    assert speaker_of(summary, "overwhelming") == "John Doe"
    assert not {"SAN", "QC"} & {a.name for a in summary.actors}


def test_the_city_of_a_place_is_its_council_a_government():
    summary = run(
        "The City of Calgary said in a post on X that crews were clearing drains and asked"
        ' residents to "report blocked drains and downed trees to 311." He lives in the City'
        " of London."
    )
    assert speaker_of(summary, "report blocked drains") == "City of Calgary"
    assert [(a.name, a.type) for a in summary.actors] == [("City of Calgary", "government")]


def test_initials_taken_from_every_word_find_the_body():
    summary = run(
        'The Department of Health said it had sent 5,000 test kits. "We are closely'
        ' monitoring the situation," the DOH said. The Colorado Department of Transportation'
        ' closed the road. "Stay home," CDOT said.'
    )
    assert speaker_of(summary, "closely monitoring") == "Department of Health"
    assert speaker_of(summary, "Stay home") == "Colorado Department of Transportation"


def test_a_body_at_another_body_speaks_for_itself():
    summary = run(
        "The Planetary Defense Coordination Office at NASA said in a statement that the"
        ' asteroid posed "no risk of impact with Earth for at least the next century."'
    )
    assert speaker_of(summary, "no risk of impact") == "Planetary Defense Coordination Office"


def test_the_company_is_the_name_set_after_the_opening_description():
    summary = run(
        "The game's publisher, Tokyo-based Kumo Interactive, said in a press release that the"
        ' game had sold 400,000 copies. "We are delighted," the company said.'
    )
    assert speaker_of(summary, "delighted") == "Kumo Interactive"
    assert {a.name: a.type for a in summary.actors}["Kumo Interactive"] == "organisation"


def test_an_inspector_or_a_vaccinator_only_described_speaks_under_the_description():
    summary = run(
        '"I\'ve stopped getting angry," said Francesca Riva, a 45-year-old architect.\n\nA'
        " ticket inspector on the Trenord network, who asked not to be named, said morale was"
        ' low. "People shout at us," he said.\n\nA fellow vaccinator, who was part of another'
        ' team, said the women had been nervous. "We go door to door," she said.'
    )
    assert speaker_of(summary, "People shout") == "a ticket inspector on the Trenord network"
    assert speaker_of(summary, "door to door") == "a fellow vaccinator"
    types = {a.name: a.type for a in summary.actors}
    assert types["a ticket inspector on the Trenord network"] == "person"


def test_a_sophomore_or_a_crofter_only_described_speaks_under_the_description():
    summary = run(
        "Not every student was sympathetic. A sophomore who was collecting signatures nearby"
        ' said the paper "only ever covers the bad stuff." Sophomore Ellis Navarro-Kim told the'
        ' board: "The books people want to pull matter."'
    )
    assert speaker_of(summary, "the bad stuff") == "a sophomore"
    assert speaker_of(summary, "books people want") == "Ellis Navarro-Kim"


def test_someone_who_gave_only_a_name_is_that_name():
    summary = run(
        "One woman, who gave her name only as Maureen, said she had lived in Southmead for"
        ' forty years. "They cut the libraries," she said.\n\n"It was chaos," one witness, who'
        " gave his name only as Ahmed, told AFP."
    )
    assert speaker_of(summary, "cut the libraries") == "Maureen"
    assert speaker_of(summary, "It was chaos") == "Ahmed"


def test_hon_with_a_full_stop_is_a_title_before_the_name():
    summary = run(
        "The member representing Kajuru Federal Constituency in the House of Representatives,"
        ' Hon. Yakubu Danladi Gwamna, described the abduction as "a national embarrassment".'
        ' Area MP Hon. Stephen Kilonzo said: "We need the police here."'
    )
    assert speaker_of(summary, "national embarrassment") == "Yakubu Danladi Gwamna"
    assert speaker_of(summary, "need the police") == "Stephen Kilonzo"
    assert "Hon" not in {a.name for a in summary.actors}


def test_a_canadian_department_named_with_and_is_one_body():
    summary = run(
        "Environment and Climate Change Canada issued a statement, warning that smoke could"
        ' cause "coughing, throat irritation and headaches." Fisheries and Oceans Canada said'
        ' the closure would "protect the stock".'
    )
    assert speaker_of(summary, "coughing") == "Environment and Climate Change Canada"
    assert speaker_of(summary, "protect the stock") == "Fisheries and Oceans Canada"


def test_a_chant_of_words_is_nobodys():
    summary = run(
        'Judge Anna Moyo sentenced Khoza to life. A chant of "Justice for Lucky, justice for'
        ' Themba" went up in the public gallery as Khoza was led down to the cells.'
    )
    assert any("Justice for Lucky" in q.text for q in summary.quotes)
    assert speaker_of(summary, "Justice for Lucky") is None


def test_a_firm_named_after_in_in_the_headline_is_still_a_firm():
    summary = run(
        "Critical flaw in Tarvik routers\n\nThe researcher reported it to Estonian networking"
        ' firm Tarvik. "It is bad," she said.\n\nTarvik did not respond. On Tuesday, the company'
        ' posted a notice saying it was "aware of reports concerning the web interface".'
    )
    assert speaker_of(summary, "aware of reports") == "Tarvik"


def test_clergy_and_salvation_army_titles_are_not_part_of_the_name():
    summary = run(
        'Rabbi Miriam Feldstein told the congregation: "We do not answer hatred with hatred."'
        ' Later, Rabbi Feldstein said the doors "will stay open".\n\nFather Daniel Okafor, 31,'
        ' was ordained on Saturday. "I was building bridges on paper," Father Okafor said.'
        '\n\n"Then the cameras leave," said Major Karen Doherty of the Salvation Army.'
    )
    assert speaker_of(summary, "answer hatred") == "Miriam Feldstein"
    assert speaker_of(summary, "will stay open") == "Miriam Feldstein"
    assert speaker_of(summary, "building bridges") == "Daniel Okafor"
    assert speaker_of(summary, "cameras leave") == "Karen Doherty"


def test_honorifics_and_titles_of_other_presses_are_not_part_of_the_name():
    summary = run(
        'Shri Mahendra Singh Bisht said: "Today is a historic day for the hills." Smt Rekha Joshi'
        ' added: "Each bus has a range of 200 km."\n\n"We lost a generation," said Hajj Mohammed'
        ' al-Shaari.\n\nEng Khalifa Al Mazrouei said: "This is the first plant of its kind."'
        '\n\nCOO Dina Farouk said: "Our default rate is low." Provost Richard Haldane said: "The'
        ' programme will close."\n'
    )
    assert speaker_of(summary, "historic day") == "Mahendra Singh Bisht"
    assert speaker_of(summary, "range of 200") == "Rekha Joshi"
    assert speaker_of(summary, "lost a generation") == "Mohammed al-Shaari"
    assert speaker_of(summary, "first plant") == "Khalifa Al Mazrouei"
    assert speaker_of(summary, "default rate") == "Dina Farouk"
    assert speaker_of(summary, "programme will close") == "Richard Haldane"


def test_west_and_east_african_honorifics_and_name_particles():
    summary = run(
        'The Chief of Kyekyewere, Nana Kofi Agyeman II, said: "The river is dying."\n\nOsagyefo'
        ' Kwaku Ampem III spoke at the durbar. "This must stop," Osagyefo Ampem said.\n\nMzee'
        ' Daniel ole Kaelo, a community elder, said: "We were born here."\n\nOzo Ikechukwu Nwosu'
        ' prayed. "He who brings kola brings life," he said.\n'
    )
    assert speaker_of(summary, "river is dying") == "Kofi Agyeman II"
    assert speaker_of(summary, "must stop") == "Kwaku Ampem III"
    assert speaker_of(summary, "born here") == "Daniel ole Kaelo"
    assert speaker_of(summary, "brings kola") == "Ikechukwu Nwosu"


def test_malaysian_thai_and_austrian_honorifics_are_not_part_of_the_name():
    summary = run(
        'Tan Sri Lim Kok Seng said: "Johor is ready." Datuk Paduka Rosnah Aziz said: "We want'
        ' data centres." Khun Boonsong Thongdee said: "We are not asking for charity."'
        ' Landeshauptmann Andreas Pichler-Hofer said: "We are not against trade." Tan Wei Ming'
        ' said: "The plan will work." Sri Mulyani Indrawati said: "The budget holds."\n'
    )
    assert speaker_of(summary, "Johor is ready") == "Lim Kok Seng"
    assert speaker_of(summary, "data centres") == "Rosnah Aziz"
    assert speaker_of(summary, "for charity") == "Boonsong Thongdee"
    assert speaker_of(summary, "against trade") == "Andreas Pichler-Hofer"
    assert speaker_of(summary, "plan will work") == "Tan Wei Ming"
    assert speaker_of(summary, "budget holds") == "Sri Mulyani Indrawati"


def test_mec_is_a_title_before_a_name_and_a_body_where_the_article_defines_it():
    summary = run(
        'Gauteng Health MEC Lerato Mokoena visited the hospital.\n\n"We have made progress,"'
        " the MEC said.\n"
    )
    assert speaker_of(summary, "made progress") == "Lerato Mokoena"
    summary = run(
        "The Malawi Electoral Commission (MEC) declared the result. In a statement, the MEC said"
        ' it "stands by the results".\n'
    )
    assert speaker_of(summary, "stands by") == "Malawi Electoral Commission"
    summary = run(
        "The Ministry of Manpower (MOM) said it had been notified. \u201cWe will work with the"
        " company,\u201d an MOM spokesperson said.\n"
    )
    assert speaker_of(summary, "work with the company") == "Ministry of Manpower"


def test_mca_is_a_kenyan_title_before_a_name():
    summary = run(
        "Mariashoni MCA Samuel Lang\u2019at said leaders were not opposed. \u201cWe support"
        " conservation,\u201d he said.\n"
    )
    assert speaker_of(summary, "support conservation") == "Samuel Lang\u2019at"


def test_an_acronym_takes_the_full_name_a_title_spelled_out():
    summary = run(
        "Reserve Bank of Australia Governor Helen Marchetti told reporters the board would wait."
        ' In its statement, the RBA said the outlook remained "highly uncertain".\n'
    )
    assert speaker_of(summary, "highly uncertain") == "Reserve Bank of Australia"
    assert "RBA" in summary.actor("reserve-bank-of-australia").aliases


def test_associate_professor_and_dad_are_titles_before_a_name():
    summary = run(
        "The lead author, Associate Professor Sarah Nguyen of Monash University, spoke on"
        ' Monday. "Heat is a silent killer," she said.\n\nDad Lee Marsden said his daughter was'
        ' upset. "She is 12. She was in tears," he said.\n'
    )
    assert speaker_of(summary, "silent killer") == "Sarah Nguyen"
    assert speaker_of(summary, "in tears") == "Lee Marsden"


def test_the_priest_is_the_one_titled_father_or_fr_before():
    summary = run(
        "Father Anthony Ruggiero, pastor of St. Hedwig Parish, blessed her before lunch."
        '\n\n"Evelyn has preached more sermons with a potato peeler than I have," the priest'
        " said.\n\nFr. Ramon Eleazar, the archdiocese's social action director, spoke later."
        ' "Our biggest need now is shelter," the priest told radio station DZRH.'
    )
    assert speaker_of(summary, "potato peeler") == "Anthony Ruggiero"
    assert speaker_of(summary, "biggest need") == "Ramon Eleazar"


def test_a_person_of_a_firm_named_with_an_ampersand_is_the_person():
    summary = run(
        "Adam Reyes-Whitfield of Reyes & Holm, who represents the workers, said some waited."
        '\n\n"These are people who are paid by the hour," Reyes-Whitfield said. Marks & Spencer'
        ' said its sales were "resilient".'
    )
    assert speaker_of(summary, "paid by the hour") == "Adam Reyes-Whitfield"
    assert speaker_of(summary, "resilient") == "Marks & Spencer"


def test_a_three_word_name_after_a_ministers_portfolio():
    summary = run(
        "Operators must show a breakdown of surge pricing, Minister for Transport Tan Wei Ming"
        ' told Parliament. "It is a fair point," Mr Tan said. Minister for Health John Smith'
        ' said it was "fine".'
    )
    assert speaker_of(summary, "fair point") == "Tan Wei Ming"
    assert speaker_of(summary, "fine") == "John Smith"


def test_party_and_state_after_a_senators_name_is_no_name():
    summary = run(
        "Senator Lyle Hendricks, Republican of Idaho, who introduced the nominee, said Democrats"
        " were applying \u201ca test they never applied to their own nominees.\u201d"
    )
    assert speaker_of(summary, "a test they never") == "Lyle Hendricks"
    assert "Republican of Idaho" not in {a.name for a in summary.actors}


def test_a_moderator_before_a_name_is_the_role():
    summary = run(
        'Moderator Linda Ferraro pressed the mayor. "You signed off on a deal," Ferraro said.'
    )
    assert speaker_of(summary, "signed off") == "Linda Ferraro"


def test_said_someone_described_who_gave_only_a_name():
    summary = run(
        "\u201cI paid for this apartment in 2021,\u201d said a 38-year-old teacher in Zhengzhou who"
        " gave only his surname, Guo.\n\n\u201cWe lost everything,\u201d said a farmer who gave"
        " her name as Mai Linh."
    )
    assert speaker_of(summary, "I paid for this") == "Guo"
    assert speaker_of(summary, "lost everything") == "Mai Linh"


def test_an_appositive_with_a_dotted_abbreviation_between_name_and_verb():
    summary = run(
        "Gerald Munson, 49, faces 14 counts of fraud.\n\n\u201cHome health fraud doesn\u2019t just"
        " steal from taxpayers,\u201d Patricia Holloway, the U.S. attorney for the Northern"
        " District of Illinois, said in a statement."
    )
    assert speaker_of(summary, "Home health fraud") == "Patricia Holloway"


def test_an_airport_or_palace_that_speaks_is_its_operator():
    summary = run(
        'Buckingham Palace said the King was "in good spirits". Hamburg Airport said in a'
        ' statement that the protest had "put the safety of passengers at risk". Flights left'
        " Hamburg Airport on time."
    )
    assert speaker_of(summary, "good spirits") == "Buckingham Palace"
    assert speaker_of(summary, "put the safety") == "Hamburg Airport"
    assert {a.type.value for a in summary.actors if a.name == "Hamburg Airport"} == {"organisation"}


def test_the_place_court_is_a_court_not_the_place():
    summary = run(
        'A court in Lagos jailed him. The Lagos court said his conduct was "reckless".\n\nMany'
        " guests were Indian; the Myanma embassy confirmed two pilgrims also died."
    )
    assert speaker_of(summary, "reckless") == "Lagos court"
    assert "Lagos" not in {a.name for a in summary.actors}
    assert "Myanma embassy" in {a.name for a in summary.actors}


def test_a_dateline_after_a_headline_is_no_name():
    summary = run(
        "Regulator orders app store to open payments\n\nTOKYO \u2014 The Japan Fair Trade"
        " Commission on Friday issued an order against Kumo Digital, the operator of an app"
        " store.\n\nKumo Digital said it would comply. \u201cWe believe our payment system"
        " protects users,\u201d the company said in a statement."
    )
    assert speaker_of(summary, "We believe") == "Kumo Digital"
    assert "TOKYO" not in {a.name for a in summary.actors}


def test_a_dateline_of_two_cities_names_neither():
    summary = run(
        "LONDON/DUBAI, Dec 1 (Reuters) - OPEC+ agreed on Sunday to delay a planned increase in"
        " oil output.\n\nAlgeria's Energy Minister Karim Bensalah told reporters \"we are"
        ' targeting stability".'
    )
    names = {a.name for a in summary.actors}
    assert not names & {"LONDON", "DUBAI", "LONDON/DUBAI", "Reuters"}
    assert speaker_of(summary, "targeting stability") == "Karim Bensalah"


def test_a_relative_clause_before_the_verb_hides_the_names_inside_it():
    summary = run(
        "Workers at Brightline Glass Co.'s plant on Front Street learned Tuesday that the"
        " factory will close.\n\nThe company, which is owned by the Pittsburgh-based Aldermoor"
        ' Group, said the plant had become "uncompetitive due to rising energy costs."\n\nTomás'
        " Ferrer, a portfolio manager at Santiago-based fund Cordillera Inversiones, which holds"
        ' about 1.5% of the company, said the board had "given away the crown jewel."'
    )
    assert speaker_of(summary, "uncompetitive") == "Brightline Glass Co."
    assert speaker_of(summary, "crown jewel") == "Tomás Ferrer"
    assert "Front Street" not in {a.name for a in summary.actors}


def test_a_body_with_a_relative_clause_still_speaks_for_itself():
    summary = run(
        "Cordillera Inversiones, which holds about 1.5% of the company, said the board had"
        ' "given away the crown jewel."'
    )
    assert speaker_of(summary, "crown jewel") == "Cordillera Inversiones"


@pytest.mark.parametrize(
    "aside", ["who asked not to be named", "speaking to Reuters on condition of anonymity"]
)
def test_an_anonymity_aside_makes_any_noun_after_one_a_person(aside: str):
    summary = run(
        f"Sophie Laurent praised the deal. One long-serving stillman, {aside}, said the mood"
        " was \u2018nervous\u2019. \u2018They all say nothing will change,\u2019 he said."
    )
    assert speaker_of(summary, "nervous") == "one long-serving stillman"
    assert speaker_of(summary, "nothing will change") == "one long-serving stillman"


def test_a_buyer_is_someone_and_the_platform_of_her_post_is_not():
    summary = run(
        "In a post widely shared on Weibo, a homebuyer in Zhengzhou wrote that she had been"
        ' paying a mortgage on an apartment that "is still just a concrete shell."'
    )
    assert speaker_of(summary, "concrete shell") == "a homebuyer in Zhengzhou"


def test_an_appositive_after_the_quote_may_hold_an_initialism_before_a_capital():
    summary = run(
        'The Indian foreign ministry said it was in touch with Iran.\n\n"We are monitoring'
        " the situation closely,\" Commander Rachel Ortega, a spokesperson for the U.S. Navy's"
        " Bahrain-based Fifth Fleet, said."
    )
    assert speaker_of(summary, "monitoring the situation") == "Rachel Ortega"


def test_after_an_opening_phrase_a_described_name_is_the_subject_not_the_place():
    summary = run(
        "Speaking separately at a conference in Lisbon, fellow policymaker Rui Castanheira"
        ' struck a different tone, saying the economy was "flirting with stagnation."'
    )
    assert speaker_of(summary, "flirting with stagnation") == "Rui Castanheira"


def test_the_spokesperson_of_a_body_named_in_the_role_speaks_for_it():
    summary = run(
        "Fishermen's families protested in Rameswaram. In New Delhi, the Ministry of External"
        ' Affairs said it was in touch with the authorities. "Our consular officials have been'
        ' granted access," the MEA spokesperson said at the weekly briefing.'
    )
    assert speaker_of(summary, "consular officials") == "Ministry of External Affairs"


def test_a_chambers_of_commerce_is_one_body_with_its_nationality_and_chambers_a_surname():
    summary = run(
        'The British Chambers of Commerce said its members were "crying out" for relief. John'
        ' Chambers said "not yet".'
    )
    speaker = next(a for a in summary.actors if a.id == summary.quotes[0].speaker)
    assert (speaker.name, speaker.type) == ("British Chambers of Commerce", "organisation")
    assert speaker_of(summary, "not yet") == "John Chambers"


def test_the_company_is_a_body_named_outside_the_quote_before_one_named_inside_it():
    summary = run(
        "Ridgecrest Capital Management has nominated three candidates for the board of Lakemont"
        " Brands.\n\nLakemont fired back within hours. \u201cRidgecrest\u2019s short-term agenda"
        " would put at risk the turnaround,\u201d the company said.\n\nThe builder said it would"
        ' "work closely with the National Heritage Agency". The agency said the villa would be'
        ' protected, calling it "a remarkable find".'
    )
    assert speaker_of(summary, "short-term agenda") == "Lakemont Brands"
    assert speaker_of(summary, "remarkable find") == "National Heritage Agency"


def test_their_teacher_opening_a_sentence_is_whom_she_stands_for_after_it():
    summary = run(
        "In a basement in Herat, a dozen girls sit around a whiteboard. Their teacher, a former"
        " lecturer who asked us not to use her name, keeps the curtains drawn.\n\n'If someone"
        " knocks, the girls hide their notebooks,' she says."
    )
    assert speaker_of(summary, "If someone knocks") == "their teacher"


def test_a_noun_for_the_words_after_the_quote_leaves_them_to_the_cue_before():
    summary = run(
        "The ECB's chief economist, Elena Varga, told a panel in Frankfurt last week that the"
        ' bank would decide "meeting by meeting, guided by the data," a formula Rui Castanheira'
        " gently mocked on Tuesday."
    )
    assert speaker_of(summary, "meeting by meeting") == "Elena Varga"


def test_someone_new_may_be_placed_in_a_body_whose_name_has_and():
    summary = run(
        "The plan relies on subsidies. An official at the Ministry of Economy, Trade and"
        " Industry, speaking on condition of anonymity, said the ministry was \u201cpositively"
        " considering\u201d support for the plant."
    )
    speaker = speaker_of(summary, "positively considering")
    assert speaker is not None and speaker.startswith("an official at the Ministry of Economy")


def test_transport_for_a_place_is_one_body():
    summary = run(
        "Transport for London (TfL) told passengers to take a longer way round. \u201cThe"
        " travelator is closed,\u201d TfL said.\n\nA senior Transport for Wales executive told"
        " members the rollout could slip."
    )
    names = {a.name for a in summary.actors}
    assert "Transport for London" in names and "Transport for Wales" in names
    assert "Transport" not in names
    assert speaker_of(summary, "travelator is closed") == "Transport for London"


def test_a_body_whose_name_opens_with_data_or_statistics():
    summary = run(
        "Ireland\u2019s Data Protection Commission (DPC) fined the app on Tuesday. The DPC said"
        ' the company had "failed to take account of the risks". Statistics Canada said prices'
        ' had "risen sharply".'
    )
    assert speaker_of(summary, "failed to take") == "Data Protection Commission"
    assert speaker_of(summary, "risen sharply") == "Statistics Canada"


def test_a_spokesperson_for_a_body_described_then_named():
    summary = run(
        'Auckland lawyer Rawiri Henare said businesses needed care. "You own what it says,"'
        " Henare said.\n\nA spokesperson for the consumer group Consumer NZ said it had heard"
        " from other customers. \u201cThis is unlikely to be the last case,\u201d the"
        " spokesperson said."
    )
    assert speaker_of(summary, "unlikely to be the last") == "Consumer NZ"


def test_an_appositive_then_a_which_clause_between_name_and_verb():
    summary = run(
        "The Rev Helen Marsh, rector of the Halsey benefice, which covers six rural parishes,"
        " said the congregation was 'shaken but not beaten'."
    )
    assert speaker_of(summary, "shaken but not beaten") == "Helen Marsh"


def test_contending_and_alleging_are_participle_cues():
    summary = run(
        "Additional Advocate General Kavita Rao, appearing for the state, opposed the plea,"
        ' contending that the accused was "a flight risk" with relatives abroad. The'
        ' prosecutor rested, alleging that the firm had "cooked the books" for years.'
    )
    assert speaker_of(summary, "a flight risk") == "Kavita Rao"


def test_a_cue_inside_an_opening_phrase_is_not_the_sentences_report():
    summary = run(
        "Catherine Mwangi said she was disappointed.\n\nBishop Piotr Zalewski wrote on X that"
        " the assembly had \u201crightly guarded the tradition.\u201d\n\nAsked what she would"
        " tell women at home, Mwangi smiled. \u201cKeep knocking,\u201d she said."
    )
    assert speaker_of(summary, "Keep knocking") == "Catherine Mwangi"


def test_a_junior_is_a_person_described():
    summary = run(
        "A junior at Cedar Falls High School, who identified herself as a member of the"
        ' debate team, told the board: "It was the first time I saw someone stand up."'
    )
    assert speaker_of(summary, "the first time I saw") == "a junior at Cedar Falls High School"


def test_the_high_school_junior_is_the_student_named_before():
    summary = run(
        "Sana Iqbal, 16, said she had been afraid to go to school on Friday.\n\n\u201cI kept"
        " thinking, what if they come to our houses next?\u201d the high school junior said."
    )
    assert speaker_of(summary, "I kept thinking") == "Sana Iqbal"


def test_an_alderperson_is_a_title_before_the_name():
    summary = run(
        "Alderperson Rosa Quintero addressed the rally. \u201cThese workers keep this city"
        " fed,\u201d Quintero said."
    )
    assert speaker_of(summary, "keep this city fed") == "Rosa Quintero"


def test_shot_back_and_fired_back_are_cues():
    summary = run(
        "Opposition leader Callum Reid said the SNP had run out of excuses. \u201cYou cannot"
        " blame Westminster,\u201d he said.\n\n\u201cI\u2019m not blaming anyone,\u201d Ms Morag"
        " Lindsay shot back. \u201cThat is not an answer,\u201d Reid fired back."
    )
    assert speaker_of(summary, "not blaming anyone") == "Morag Lindsay"
    assert speaker_of(summary, "not an answer") == "Callum Reid"


def test_the_joint_chiefs_of_staff_is_a_body():
    summary = run(
        "South Korea\u2019s Joint Chiefs of Staff said the drills were defensive.\n\n\u201cOur"
        " military is maintaining a firm readiness posture,\u201d the JCS said."
    )
    assert speaker_of(summary, "firm readiness") == "Joint Chiefs of Staff"


def test_a_body_listing_its_fields_at_the_end_of_the_text_does_not_crash():
    run("Ministry of Land, Infrastructure, Transport and Tourism")
    summary = run(
        'The Ministry of Land, Infrastructure, Transport and Tourism said it would "act".'
    )
    assert speaker_of(summary, "act") == "Ministry of Land, Infrastructure, Transport and Tourism"


def test_pressed_ending_its_clause_is_a_cue_but_pressed_with_an_object_is_not():
    summary = run(
        'Senator Catriona Dwyer questioned the commissioner. "Who warned you?" Senator Dwyer'
        ' asked.\n\n"Our own operational people," Mr Rourke said.\n\n"Not the contractor'
        ' itself?" she pressed.\n\nPolish MEP Tomasz Zielinski pressed Vogt on her record.'
    )
    assert speaker_of(summary, "Not the contractor") == "Catriona Dwyer"
    assert not any(a.cue == "pressed" for a in summary.attributions)


TITLED_NAME_CASES = [
    (  # a qualifier, then a title with two fields: "of State for Health"
        "Senior Minister of State for Trade Ong Kah Wee opened the fair."
        ' "Exports will recover," he said.',
        "Exports will recover",
        "Ong Kah Wee",
    ),
    (  # an initial before the name after "Leader of the Opposition"
        'Leader of the Opposition K Suresh Nandagopal said the relief was late. "The'
        ' farmers are waiting," Nandagopal said.',
        "farmers are waiting",
        "K Suresh Nandagopal",
    ),
    (  # a three-word name after "Leader of Opposition"
        'Leader of Opposition Harjit Singh Dhillon visited the site. "Nothing was done,"'
        " Dhillon said.",
        "Nothing was done",
        "Harjit Singh Dhillon",
    ),
    (  # "Sen" inside a name after a title is a name's word, not "Senator"
        'Congress MP Ruchira Sen Gupta opened the debate. "The bill is rushed," she said.',
        "bill is rushed",
        "Ruchira Sen Gupta",
    ),
    (  # a capital "A" after a lower-case word is an initial
        'The former member A Raja Selvam told reporters: "We were not consulted."',
        "not consulted",
        "A Raja Selvam",
    ),
    (  # "MK" (a member of the Knesset), "CM" and "Chairperson" are titles
        'Opposition MK Dana Roth wrote on X. "This is a disgrace," she posted.',
        "a disgrace",
        "Dana Roth",
    ),
    (
        'Chief Minister Ravi Shankar Bhatt spoke. Later, CM Bhatt said: "We will build it."',
        "We will build it",
        "Ravi Shankar Bhatt",
    ),
    (
        'Chairperson Meera Lal Pandey called for order. "Please sit down," Pandey said.',
        "Please sit down",
        "Meera Lal Pandey",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), TITLED_NAME_CASES)
def test_names_after_long_titles_initials_and_short_titles(text: str, fragment: str, speaker):
    assert speaker_of(run(text), fragment) == speaker


def test_money_is_no_name_and_a_place_based_description_speaks():
    summary = run(
        "A former clerk accused of taking Dh2.5 million told the court he was innocent.\n\n"
        'The ministry said KSh 3.1 billion was "ready for release".\n\n'
        '"Nobody is buying before the results," said one Oslo-based fund manager, who asked'
        " not to be named.\n\n"
        "A floor trader at the Tokyo Stock Exchange, speaking after the close, put it"
        ' simply: "Everyone is selling."'
    )
    names = {actor.name for actor in summary.actors}
    assert not names & {"Dh2.5", "KSh"}
    assert speaker_of(summary, "ready for release") != "KSh"
    assert speaker_of(summary, "Nobody is buying") == "one Oslo-based fund manager"
    assert speaker_of(summary, "Everyone is selling") == (
        "a floor trader at the Tokyo Stock Exchange"
    )


def test_the_company_is_the_company_named_before_not_the_exchange_or_the_investor():
    summary = run(
        "Varuna Textiles Ltd was fined by the regulator on Monday. Its shares fell 9 per cent"
        " on the NSE.\n\nIn a filing, the company said it would \u201cstudy the order\u201d.\n\n"
        "Lagos-based payments start-up Kobo has raised $12m in a round led by Accra-based"
        ' Volta Partners.\n\n"This is a vote of confidence," the company said.\n\n'
        "Meridian Port Holdings missed a payment. In a note to the Singapore exchange, the"
        ' Perth-based company said it "expects to pay within the grace period".'
    )
    assert speaker_of(summary, "study the order") == "Varuna Textiles Ltd"
    assert speaker_of(summary, "vote of confidence") == "Kobo"
    assert speaker_of(summary, "expects to pay") == "Meridian Port Holdings"


def test_slogans_raised_hoardings_stickers_and_a_translated_chant_are_nobodys():
    summary = run(
        'Opposition members walked out raising slogans of "Kisan bachao" before the vote.'
        " Minister Anil Rao said the relief had been paid.\n\n"
        "A hoarding at the rally read \u201cRozgar do\u201d. Posters reading \u201cSave our"
        " river\u201d had gone up.\n\nA sticker reading \u201cPress Official\u201d was on the"
        " car. Nurses marched, chanting \u201cLipa sasa!\u201d (\u201cPay now!\u201d), and"
        " placards with inscriptions such as \u201cWe want our wages\u201d."
    )
    for chant in ("Kisan bachao", "Rozgar do", "Save our river", "Press Official", "Pay now!"):
        quote = next((q for q in summary.quotes if chant in q.text), None)
        assert quote is not None, chant
        assert quote.speaker is None, chant
    assert speaker_of(summary, "We want our wages") is None


def test_walls_billboards_and_boats_painted_with_words_are_nobodys():
    summary = run(
        'In Havana, residents waited beneath a billboard that reads "Aquí no se rinde nadie."'
        "\n\nVideos showed a wall daubed with the words \u201cAquí manda el pabellón 8\u201d."
        "\n\nResidents propped up a piece of cardboard on which someone had written \u201cWe need"
        " water and rice\u201d.\n\nThe boats carry painted slogans, the most common being"
        " \u201cMungu Ni Mwema\u201d (God is good).\n"
    )
    for words in ("Aquí no se rinde", "Aquí manda", "water and rice", "Mungu Ni Mwema"):
        quote = next((q for q in summary.quotes if words in q.text), None)
        assert quote is not None, words
        assert quote.speaker is None, words


def test_the_words_of_a_charge_are_not_the_accuseds():
    summary = run(
        "Mr Charles Ssemakula, 49, appeared before a magistrate on Monday.\n\nThe charge sheet"
        ' states that Mr Ssemakula, on April 2, "with intent to cause loss, unlawfully destroyed'
        ' 40 houses".\n\nOne of the counts alleges that he "did conceal and disguise the sum".\n'
    )
    assert speaker_of(summary, "with intent") is None
    assert speaker_of(summary, "did conceal") is None


def test_an_embassy_or_association_in_a_place_is_one_name():
    summary = run(
        'The British Embassy in Lima said it was "in contact with the family".\n\n'
        "The Federation of Farmers in Kenya called the plan \u201cunworkable\u201d."
    )
    assert speaker_of(summary, "in contact with") == "British Embassy in Lima"
    assert speaker_of(summary, "unworkable") == "Federation of Farmers in Kenya"
    summary = run(
        "The UN Verification Mission in Colombia said it \u201cdeeply regrets\u201d the loss of"
        " life.\n"
    )
    assert speaker_of(summary, "deeply regrets") == "UN Verification Mission in Colombia"


def test_the_fund_said_is_the_fund_named_before():
    summary = run(
        "The Northern Rivers Recovery Fund has spent $40m so far.\n\nThe fund said in a"
        " statement that rebuilding was \u201cwell under way\u201d."
    )
    assert speaker_of(summary, "well under way") == "Northern Rivers Recovery Fund"


def test_states_before_its_own_verb_is_a_noun_and_a_title_case_dateline_is_no_actor():
    summary = run(
        "Shimla: The row escalated on Monday after the Governor returned two bills, saying they"
        ' needed "further study of their validity".\n\nMinister Ravi Thakur moved the bill.'
        ' Later, Thakur told reporters that states would be "equal partners" in the scheme.'
    )
    assert speaker_of(summary, "equal partners") == "Ravi Thakur"
    assert "Shimla" not in {actor.name for actor in summary.actors}


def test_the_official_is_the_official_introduced_and_a_single_quoted_question_is_asked():
    summary = run(
        "Superintendent Joan Pike spoke first. An official at Government House said the"
        " governor had asked for a report. 'We want it by Friday,' the official said.\n\n"
        "Asked by a reporter about the delay, Ms Pike said it had seemed 'containable'.\n\n"
        "'Would you have called for help sooner?' the reporter asked.\n\n"
        "'Yes,' she said. 'But we did not have that luxury.'"
    )
    assert speaker_of(summary, "by Friday") == "an official at Government House"
    assert speaker_of(summary, "called for help") == "a reporter"
    assert speaker_of(summary, "did not have that luxury") == "Joan Pike"


def test_investors_and_buyers_are_described_speakers_and_a_verb_ends_a_place():
    summary = run(
        'One small investor wrote on X: "Held it for five years. Feel cheated."\n\n'
        '"I have paid for a flat that does not exist," said one buyer, who declined to be'
        " named.\n\nA local reporter in Nairobi noted local news reports said the minister"
        " had resigned."
    )
    assert speaker_of(summary, "Feel cheated") == "one small investor"
    assert speaker_of(summary, "does not exist") == "one buyer"
    assert not [actor.name for actor in summary.actors if "noted" in actor.name]


def test_the_relative_named_in_apposition_before_is_the_brother_or_the_mother():
    summary = run(
        'The family said he had been beaten. "They would not let me see him," said his older'
        ' brother, Suresh Lal Yadav.\n\n"He was never in trouble before," the brother said.\n\n'
        'Kiran\'s mother, Anjali Devi, waited outside. "We want justice," the mother said.'
    )
    assert speaker_of(summary, "never in trouble") == "Suresh Lal Yadav"
    assert speaker_of(summary, "We want justice") == "Anjali Devi"


def test_a_word_before_a_described_person_or_a_headline_is_no_person():
    summary = run(
        "A Pembrokeshire head teacher says behaviour has improved \u201cbeyond"
        " recognition\u201d. The newsletter ran the headline \u201cHeads Up, Phones Down\u201d."
        '\n\nA Treasury spokesman said the plan would "do no harm".'
    )
    names = {actor.name for actor in summary.actors}
    assert not names & {"Pembrokeshire", "Up", "Phones Down"}
    assert speaker_of(summary, "do no harm") == "Treasury"


def test_any_noun_with_who_after_a_is_a_described_person():
    summary = run(
        "Priya Menon welcomed the ruling.\n\nA mahout who has cared for temple elephants for 30 years,"
        " and who did not want to be named, said no one had asked the mahouts. \u201cWe know"
        " these animals better than anyone,\u201d he said."
    )
    assert speaker_of(summary, "know these animals") == "a mahout"


def test_an_acronym_describes_a_person_and_went_on_a_spree_says_nothing():
    summary = run(
        "Karim Haddad told the Observer the works had stopped.\n\nA UN official in Tripoli,"
        " who spoke on condition of anonymity, said inquiries had stalled.\n\n\u201cNobody"
        " wants to be blamed,\u201d the official said.\n\nOn Thursday an IT worker went on a"
        " stabbing spree, killing four."
    )
    assert speaker_of(summary, "Nobody wants to be blamed") == "a UN official in Tripoli"
    assert not any(a.cue == "went on" for a in summary.attributions)


def test_a_spokesperson_for_the_federal_department_speaks_for_it():
    summary = run(
        "A spokesperson for the federal Department of Housing said a plan was being drawn up."
        ' "We take the findings seriously," the spokesperson said.'
    )
    assert speaker_of(summary, "take the findings seriously") == "Department of Housing"


def test_a_name_opening_with_an_initial_is_a_plausible_he():
    summary = run(
        "\u201cEvery devotee will be allowed to pull the rope,\u201d Mr. Prabhu said.\n\n"
        "K. Selvaraj, a member of the temple committee, denied that anyone had been stopped."
        " \u201cThere was some pushing because of the crowd,\u201d he told The Hindu."
    )
    assert speaker_of(summary, "some pushing") == "K. Selvaraj"


def test_a_titled_appositive_with_the_and_no_closing_comma_before_the_verb():
    summary = run(
        "In a blog post Maria Lund, the Chief Operating Officer of Nordvik Data said the"
        " company would close two offices."
    )
    assert [source_of(summary, a) for a in summary.attributions if a.cue == "said"] == [
        "Maria Lund"
    ]


def test_held_is_a_cue_for_a_court_or_judge_only():
    summary = run(
        'Justice Meera Kale noted that the police transcript quoted Asha Rao as saying "we'
        ' will not leave this place", a line which, the judge held, "is a statement of resolve,'
        ' not a call to arms".\n\nThe protesters held a rally on Sunday. Two men were held in'
        " custody."
    )
    assert speaker_of(summary, "statement of resolve") == "Meera Kale"
    assert not any(a.cue == "held" and "rally" in a.content for a in summary.attributions)


def test_a_road_abbreviated_rd_is_a_place_not_the_neighbour_who_lives_on_it():
    summary = run(
        "A neighbour further up Kowhai Rd, who asked not to be named, said residents were"
        ' worried.\n\n"We all got the same letters on the same day," she said.\n'
    )
    assert speaker_of(summary, "We all got") == "a neighbour"


def test_the_vet_said_is_the_local_vet_described_before():
    summary = run(
        "A local vet, who has been flying with producers, said many animals would need to be"
        ' destroyed.\n\n"The ones that survive are often too weak to walk," the vet said.\n'
    )
    assert speaker_of(summary, "The ones that survive") == "a local vet"


def test_a_later_mentions_title_tells_the_persons_gender():
    summary = run(
        "Under questioning from the barrister, Rebecca Ashworth, PC Ferris accepted that he had"
        " not called it in.\n\n'Was that because you would be told to stop?' Ms Ashworth"
        " asked.\n\n'No, ma'am,' he replied.\n"
    )
    assert speaker_of(summary, "No, ma'am") == "Ferris"


def test_words_on_a_card_left_with_flowers_are_nobodys():
    summary = run(
        "Flowers had been left against the railings, alongside a handwritten card that read:"
        ' "Sleep tight Kez, gone too soon."\n'
    )
    assert speaker_of(summary, "Sleep tight Kez") is None
    assert not summary.actors


def test_posters_put_up_somewhere_reading_a_slogan_keep_it_as_a_quote_of_nobodys():
    summary = run(
        "Posters have gone up in village shops reading 'Farm Watch: Lock It, Mark It, Report It'.\n"
    )
    assert speaker_of(summary, "Farm Watch") is None


def test_an_capitalised_mid_sentence_opens_an_irish_bodys_name():
    summary = run(
        "In a statement, An Garda Síochána said the road had reopened. \u201cA file is being"
        ' prepared,\u201d the statement said.\n\nA spokesman for An Post said: "Deliveries will'
        ' resume on Monday."\n'
    )
    assert speaker_of(summary, "A file is being") == "An Garda Síochána"
    assert speaker_of(summary, "Deliveries will") == "An Post"
    assert {a.name: a.type.value for a in summary.actors}["An Post"] == "organisation"


def test_an_acronym_spelled_out_in_a_title_keeps_the_states_initials_before_the_name():
    summary = run(
        "NSW Rural Fire Service Commissioner Daniel Forsyth said crews were tired.\n\nA"
        ' spokeswoman for the RFS said 62 appliances were working on the fire.\n\n"Crews from'
        ' Queensland are expected overnight," she said.\n'
    )
    assert speaker_of(summary, "Crews from") == "NSW Rural Fire Service"


def test_a_role_left_unnamed_in_the_lead_is_the_person_named_with_it_further_down():
    detective = run(
        "A pipe bomb attack on a family home has been condemned by a senior detective as"
        " \u201creckless and despicable\u201d.\n\nThe device was thrown at about 2am. Nobody was"
        " injured.\n\nDetective Chief Inspector Gareth McCrory said it was \u201cnothing short of"
        " a miracle\u201d.\n"
    )
    assert speaker_of(detective, "reckless") == "Gareth McCrory"
    chief = run(
        "The Westbury Police Department on Monday released footage of an officer shooting a man,"
        " as the city\u2019s police chief acknowledged that the encounter \u201cshould concern all"
        " of us.\u201d\n\nThe video shows two officers.\n\nPolice Chief Monica Alvarez said she"
        " had watched the video \u201cmany, many times.\u201d\n"
    )
    assert speaker_of(chief, "should concern") == "Monica Alvarez"


def test_a_role_left_unnamed_after_the_lead_stays_as_described():
    summary = run(
        "A pipe bomb attack on a family home was reported on Thursday.\n\nIt has been condemned"
        " by a senior detective as \u201creckless and despicable\u201d.\n\nThe device was thrown"
        " at about 2am.\n\nDetective Chief Inspector Gareth McCrory said it was \u201cnothing"
        " short of a miracle\u201d.\n"
    )
    assert speaker_of(summary, "reckless") == "a senior detective"


def test_with_a_description_before_a_participle_the_described_says_it():
    summary = run(
        'The man was refused bail, with a judge describing the allegations as "deeply'
        ' disturbing".\n'
    )
    assert speaker_of(summary, "deeply disturbing") == "a judge"
    lead = run(
        "A Townsville man has been refused bail, with a magistrate describing the allegations as"
        ' "deeply disturbing".\n\nHe appeared by video link.\n\nMagistrate Joanne Pettigrew said'
        " the offer did not ease her concerns.\n"
    )
    assert speaker_of(lead, "deeply disturbing") == "Joanne Pettigrew"


def test_but_added_after_a_reported_clause_is_the_sentences_subjects():
    summary = run(
        "Harpreet Rai gave evidence from behind a screen.\n\n\u201cI heard Sandeep shout my"
        " name,\u201d she said.\n\nCross-examined by Simon Crowther KC, for the defence, she"
        " accepted that she and her husband had complained to the council, but added: \u201cIt"
        " was a hedge. It was a parking space.\u201d\n"
    )
    assert speaker_of(summary, "It was a hedge") == "Harpreet Rai"


def test_but_warned_reports_for_the_subject_of_the_verb_before_that():
    summary = run(
        "Asked whether the agency supported lockdowns, Helena Marchetti replied that they should"
        " be a last resort, but warned that some governments had few other options left.\n"
    )
    warned = [a for a in summary.attributions if a.cue == "warned"]
    assert [source_of(summary, a) for a in warned] == ["Helena Marchetti"]


def test_words_a_recording_catches_someone_shouting_are_theirs_but_a_crowds_are_not():
    heard = run(
        "The man, later identified as 38-year-old Nathan Greer, can be heard repeatedly shouting"
        " \u201cLeave me alone\u201d as the officers approach.\n"
    )
    assert speaker_of(heard, "Leave me alone") == "Nathan Greer"
    ordering = run(
        "Officer Kyle Brandt, who fired the shots, can be heard ordering Greer to \u201cdrop"
        " it\u201d at least six times.\n"
    )
    assert speaker_of(ordering, "drop it") == "Kyle Brandt"
    crowd = run(
        'Hundreds of protesters pushed past security at the Senate building, shouting "The'
        ' judiciary will not fall!"\n'
    )
    assert all(speaker_of(crowd, quote.text) != "Senate" for quote in crowd.quotes)
    assert "Senate" not in {actor.name for actor in crowd.actors}


def test_asking_to_be_identified_by_a_first_name_gives_the_name_not_anonymity():
    named = run(
        "The woman, who asked to be identified only by her first name, Margaret, told the"
        ' Geelong Advertiser she felt "stupid and ashamed".\n'
    )
    assert speaker_of(named, "stupid and ashamed") == "Margaret"
    unnamed = run(
        'A senior official, who asked not to be identified, said the talks were "dead in the'
        ' water".\n'
    )
    assert speaker_of(unnamed, "dead in the water") == "a senior official"


def test_a_name_only_ever_written_as_where_something_is_is_nobodys_subject():
    summary = run(
        "Olivia Tremblay won on Wednesday.\n\nWith spectators barred from Flushing Meadows because"
        " of the pandemic, the only sounds were the line judges' calls.\n\n\u201cIt was so quiet"
        " you could hear your own breathing,\u201d the 20-year-old said.\n"
    )
    assert speaker_of(summary, "It was so quiet") != "Flushing Meadows"


def test_a_given_name_joined_to_a_couples_full_name_takes_its_surname():
    summary = run(
        "Baby Niamh's parents, Aoife and Declan Ó Súilleabháin, said they were relieved.\n\n"
        '"We were told about the surgery a week ago," Aoife said.\n\nHer husband added: "We know'
        ' there is a long road ahead."\n'
    )
    assert speaker_of(summary, "We were told") == "Aoife Ó Súilleabháin"
    assert speaker_of(summary, "We know there") == "Declan Ó Súilleabháin"
    rivals = run('Macron and Olaf Scholz met on Monday. "We agree," Macron said.\n')
    assert speaker_of(rivals, "We agree") == "Macron"


def test_a_group_named_action_or_campaign_for_or_against_something_is_one_body():
    summary = run(
        'The charity Action for Children said: "Children are always the most exposed to these'
        ' cuts."\n\nCampaign Against Arms Trade said: "The sales must stop now, before more'
        ' civilians are killed."\n'
    )
    assert speaker_of(summary, "Children are always") == "Action for Children"
    assert speaker_of(summary, "The sales must stop") == "Campaign Against Arms Trade"
