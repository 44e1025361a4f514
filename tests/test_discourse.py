"""The offline backend on the stories of tests/discourse_cases.py: every quote is found and goes
to the speaker a reader would name. Known misses are strict xfails, so a rule that fixes one is
noticed."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.names import name_key
from tests.discourse_cases import DISCOURSE

# (story number from 1, first words of the quote) -> why the rules get it wrong
_KNOWN_MISSES = {
    (4, "as far as possible through"): "'the company' when its name has no company word "
    "('Rheinwerk AG')",
    (7, "Books not budgets"): "a chant nobody is named for: a short quote with no speaker is "
    "dropped as a name or slogan",
    (7, "Then balance them somewhere else"): "a shout from the crowd: a short quote with no "
    "speaker is dropped as a name or slogan",
    (11, "We underestimated how quickly the"): "the speaker is named after the quote with no "
    "reporting verb ('That was the assessment of ...')",
    (12, "I have nothing to lose"): "'she' stands for the subject of the sentences before, not "
    "for the last speaker",
    (13, "This pipeline crosses our territory"): "a title and a name followed by 'of the "
    "<nation>' before the cue",
    (13, "We have held more than"): "an unnamed spokesman given to the company, as the gold "
    "does for some articles; the rules keep the description",
    (16, "God protect us"): "a short quote with no speaker is dropped as a name or slogan",
    (17, "working closely with the customer"): "'It said' for an organisation",
    (20, "Six percent over two years,"): "a one-word company name ('Aeroliva') taken for a "
    "person, then 'she' resolved to it",
    (21, "Tomorrow is another day. The"): "a capitalised description with a nationality before "
    "the name at a sentence start ('Second-placed Ecuadorian')",
    (26, "This was the hardest decision"): "the speaker is named after the quote with no "
    "reporting verb ('Those were the words of ...')",
    (33, "We didn't think anyone would"): "'So said X' after the quote",
    (33, "Small scientists, big results."): "a slogan on a poster: a short quote with no speaker "
    "is dropped as a name",
}

CASES = [
    pytest.param(
        story,
        fragment,
        speaker,
        id=f"{number}-{fragment[:24]}",
        marks=pytest.mark.xfail(reason=_KNOWN_MISSES[(number, fragment)], strict=True)
        if (number, fragment) in _KNOWN_MISSES
        else (),
    )
    for number, (story, pairs) in enumerate(DISCOURSE, start=1)
    for fragment, speaker in pairs
]


def test_the_cases_are_well_formed():
    for story, pairs in DISCOURSE:
        assert all(fragment in story for fragment, _ in pairs)
    assert len(CASES) == 178 and all(
        any(f == fragment for _, pairs in DISCOURSE for f, _ in pairs)
        for _, fragment in _KNOWN_MISSES
    )


_SUMMARIES: dict[str, object] = {}


def _summary(story: str):
    if story not in _SUMMARIES:
        _SUMMARIES[story] = summarize(story, model="offline")
    return _SUMMARIES[story]


@pytest.mark.parametrize(("story", "fragment", "speaker"), CASES)
def test_each_quote_is_found_with_its_speaker(story: str, fragment: str, speaker: str | None):
    summary = _summary(story)
    quote = next((q for q in summary.quotes if fragment in q.text), None)
    assert quote is not None, f"quote not found: {fragment!r}"
    actor = summary.actor(quote.speaker) if quote.speaker else None
    if speaker is None:
        assert actor is None
    else:
        assert actor is not None, f"no speaker for {fragment!r}"
        assert name_key(speaker) in {name_key(n) for n in [actor.name, *actor.aliases]}
