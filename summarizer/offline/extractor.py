"""The offline backend: quotes, speakers, actors, attributions and claims by deterministic rules.

No model, no network, no weights. Headline and summary are extractive (the title, or the lead's
first sentences) and labelled so in provenance.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice
from urllib.parse import urlsplit

from summarizer.backends import BackendResult
from summarizer.extraction import (
    ExtractedAttribution,
    ExtractedQuote,
    Extraction,
)
from summarizer.grounding.ground import ArticleIndex
from summarizer.offline.actors import ActorDraft, ActorIndex
from summarizer.offline.cues import ASKED_PASSIVE, CueFinder, CueMatch
from summarizer.offline.lexicon import CLAIM_KIND_BY_VERB, ROLE_NOUNS, STRONG_VERBS, WEEKDAYS
from summarizer.offline.names import WIRE_DATELINE, find_mentions
from summarizer.offline.quotes import MASK, QuotedSpan, find_quoted_spans, mask_quotes
from summarizer.text.names import name_key
from summarizer.text.sentences import Sentence
from summarizer.text.words import is_word_char

MIN_UNATTRIBUTED_QUOTE_WORDS = 6
MAX_CLAIMS = 10
MAX_LEAD_CLAIMS = 5
MAX_SUMMARY_SENTENCES = 2
_DATELINE = re.compile(
    r"^\W*(?:date\b|\w+day,\s+\w+\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})", re.I
)
_CAPTION = re.compile(r"^(?:Photo|Image|File|Credit|Source|Support us)\b", re.I)


class OfflineBackend:
    name = "offline"
    model = "offline"

    def extract(self, index: ArticleIndex) -> BackendResult:
        return BackendResult(extraction=extract(index), extractive=True)

    async def aextract(self, index: ArticleIndex) -> BackendResult:
        return self.extract(index)  # a few milliseconds of CPU: not worth a thread


def _commas_in_names_blanked(masked: str, actors: ActorIndex) -> str:
    """'X, permanent secretary in the Ministry of Information, Publicity and Broadcasting
    Services, told': a comma inside a body's name ends no clause or aside, so the rules read it
    as a space."""
    inside = [
        (start, end)
        for actor in actors.actors
        if ", " in actor.name  # (most articles name no such body: no span is searched)
        for start, end in actor.spans
        if masked.find(", ", start, end) >= 0
    ]
    for start, end in inside:
        masked = masked[:start] + masked[start:end].replace(",", " ") + masked[end:]
    return masked


def extract(index: ArticleIndex) -> Extraction:
    text, sentences = index.article.text, index.sentences
    starts = [s.start for s in sentences]

    def sentence_at(offset: int) -> Sentence:
        return sentences[max(0, bisect.bisect_right(starts, offset) - 1)]

    spans = find_quoted_spans(text)
    actors = ActorIndex(find_mentions(text, sentences), text)
    masked = _commas_in_names_blanked(mask_quotes(text, spans), actors)
    actors.note_appositive_roles(masked)
    actors.note_quoted(masked)
    finder = CueFinder(text, masked, actors, sentences)
    captions = _caption_lines(text)

    quotes: list[ExtractedQuote] = []
    quote_speakers: list[tuple[QuotedSpan, ActorDraft | None, int | None]] = []
    previous: tuple[QuotedSpan, ActorDraft | None, Sentence] | None = None
    asked: ActorDraft | None = None  # whom the previous quote, a question, was put to
    earlier_words: dict[str, ActorDraft] = {}  # a short quote's words -> who said them first
    chant_close: int | None = None  # the closing mark of the last quote nobody says (a sign's)
    for i, span in enumerate(spans):
        first = sentence_at(span.open_mark)
        last = sentence_at(_next_visible(text, span.close_mark + 1))
        if last.paragraph != first.paragraph and last.start > span.close_mark:
            last = sentence_at(span.close_mark)
        floor = max(
            first.start,
            spans[i - 1].close_mark + 1 if i and spans[i - 1].close_mark >= first.start else 0,
        )
        ceiling = min(
            last.end,
            spans[i + 1].open_mark
            if i + 1 < len(spans) and spans[i + 1].open_mark < last.end
            else last.end,
        )
        if _names_a_thing(
            masked, floor, span.open_mark, text[span.start : span.start + 1]
        ) or _in_caption(captions, span.open_mark):
            continue
        joined = _joined_to_previous(text, previous, first, span)
        opens = _quote_opens_sentence(text, first, span)
        going_on = sentence_at(_next_text(text, span))  # where the text goes on, past line breaks
        cue = (
            None
            if joined
            else finder.quote_cue(span, floor, ceiling, sentence_at(span.close_mark).end)
        )
        named_after = (  # '"...." That was the assessment of X': stronger than the words before
            # (and the words may open the next paragraph: '"...."\n\nThat was how X described')
            finder.named_after_quote(span.close_mark, going_on.end)
            if cue is None and not joined and opens
            else None
        )
        same_sentence_as_previous = previous is not None and previous[2].index == first.index
        colon_subject = None
        if cue is None and named_after is None and not joined:
            colon = masked.rfind(":", first.start, span.open_mark)
            if colon != -1 and not masked[colon + 1 : span.open_mark].strip():
                # 'Ruiz, for her part, was blunt: "We will lose."', 'Her deputy, John Park,
                # agreed: "..."': the subject before the colon, before any earlier sentence's
                colon_subject = finder.clause_subject(first.start, colon, named_only=True)
        if (
            cue is None
            and named_after is None
            and colon_subject is None
            and first.index > 0
            and sentences[first.index - 1].paragraph == first.paragraph
            and not same_sentence_as_previous  # '... as saying "A" and "B"': B is A's speaker's
        ):
            before = sentences[first.index - 1]
            cue = finder.sentence_cue(before.start, before.end)
        # (a colon inside the quote's own sentence: the quote does not open its paragraph, so
        # `_introduced_by_colon` below never applies when there is a `colon_subject`)
        speaker = previous[1] if joined else cue.speaker if cue else named_after or colon_subject
        cue_text = cue.verb if cue else None
        if speaker is None and _introduced_by_colon(text, sentences, first, span):
            # 'X defended the payments and denied any wrongdoing:' then the quote's paragraph
            before = sentences[first.index - 1]
            reported = finder.sentence_cue(before.start, before.end)
            found = [
                reported.speaker if reported else None,
                finder.opening_subject(before),
                finder.clause_subject(before.start, before.end),
            ]
            named = [actor for actor in found if actor is not None]
            people = [actor for actor in named if actor.type == "person"]
            speaker = (people or named or [None])[0]  # "At Ballot Access News, X commented:"
        if speaker is None:
            owned = finder.speech_noun_owner(first.start, span.open_mark)
            if owned is not None:
                speaker, cue_text = owned  # 'Her message was clear: "..."'
        if speaker is None and asked is not None and opens:
            speaker = asked  # 'Wikinews asked Nwosu: "How long?"' then, uncued, her answer
        if speaker is None and opens:
            # '"I've been a nurse for 31 years." Sione Fifita, who works in intensive care, ...'
            speaker = _introduced_right_after(finder, first, going_on)
        if speaker is None and previous and _continues(previous, first, span, text):
            # 'Trump said "A." Klobuchar withdrew. She endorsed a "B."': her words, not his
            speaker, cue_text = finder.opening_pronoun_referent(first) or previous[1], None
        if speaker is None and opens:
            # '"We have been in this camp for three years." Letay Haile, 38, spoke to Reuters'
            speaker = _reporter_right_after(finder, first, going_on)
        if speaker is None and first.index > 0 and opens:
            before = sentences[first.index - 1]
            if first.paragraph - before.paragraph <= 1:  # a story about a person, then their words
                speaker = (
                    finder.opening_subject(before)
                    or finder.only_person(before)
                    or finder.opening_body(before)
                )
        chant = (
            _SIGN_OR_CHANT.search(masked, max(floor, span.open_mark - 140), span.open_mark)
            or (  # 'placards reading "A" and "B"': B is a placard's too
                chant_close is not None
                and text[chant_close + 1 : span.open_mark] in _LIST_GAPS_OR_GLOSS
            )
        )
        if chant and not (
            (cue_text or "").lower() in _CHANTS and speaker is not None and speaker.described
        ):  # 'placards reading "...", crane operator X told ...': nobody named says it; "the
            # crowd chanted", "Protesters chanted" is the group's (not a street they marched on)
            speaker, cue, cue_text = None, None, None
        chant_close = span.close_mark if chant else None
        words = text[span.start : span.end].split()
        if not any(map(str.isalnum, text[span.start : span.end])):
            continue  # only marks and spaces: nothing was said
        if (
            speaker is None
            and not chant
            and (len(words) < MIN_UNATTRIBUTED_QUOTE_WORDS or _title_case(words))
        ):
            continue  # short or Title Case and nobody says it: a name, not a quote
        if (
            speaker is None
            and not opens
            and not chant
            and not _CHARGE_SAYS.search(masked, first.start, span.open_mark)
        ):  # 'She typically chooses "to portray ..."': no cue, so the sentence's own subject
            # (but not 'The charge sheet states that Mr X, on April 2, "...": the charge's words)
            speaker = finder.clause_subject(first.start, span.open_mark, named_only=True)
        if len(words) == 1 and _name_like(words[0]) and not (cue_text and _spoken_word(words[0])):
            continue  # '"COVID-19" is to replace ...': one capitalised word or code is a name
        if cue_text is None and not chant and len(words) > 1 and _title_case(words):
            continue  # 'Biden's "Build Back Better" plan', 'the song "Uncle John's Band"'
        repeat_key = _repeat_key(words) if len(words) <= _REPEAT_WORDS else None
        said_before = earlier_words.get(repeat_key) if repeat_key is not None else None
        if said_before is not None and (
            speaker is None or (cue_text is not None and cue_text.lower() not in STRONG_VERBS)
        ):  # 'Trump called them "losers"' ... 'Biden attacked Trump for the alleged "losers"
            speaker = said_before  # comment': the same words, his (but "X writes" is X's)
        if speaker is not None:
            actors.promote(speaker)
            finder.note_speaker(span.open_mark, speaker)
            if repeat_key is not None:
                earlier_words.setdefault(repeat_key, speaker)
        quotes.append(
            ExtractedQuote(
                text=text[span.start : span.end],
                speaker=speaker.id if speaker else None,
                cue=cue_text,
                kind="full" if _is_full(text, span, first) else "partial",
                sentence=first.index + 1,
            )
        )
        quote_speakers.append((span, speaker, cue.start if cue else None))
        previous = (span, speaker, last)
        asked = (
            _addressee(finder, cue, speaker, quote_speakers, sentence_at(span.open_mark))
            if text[span.start : span.end].rstrip().endswith("?")
            else None
        )

    publisher = _publisher_key(index.article.url)
    attributions = _attributions(text, masked, sentences, finder, actors, quote_speakers, publisher)
    in_quotes = _sentences_starting_inside(spans, sentences)
    claims = _claims(sentences, attributions, quotes, in_quotes)
    headline, summary = _headline_and_summary(index, in_quotes)
    listed = actors.selected()
    _type_unknown_names(listed, finder, quotes, attributions)
    _type_outlets_by_kind(listed, text)
    return Extraction(
        headline=headline,
        summary=summary,
        actors=[_extracted_actor(a) for a in listed],
        quotes=quotes,
        attributions=[a for a, _ in attributions],
        claims=claims,
    )


# A quote this short that repeats words quoted before ("losers") repeats their speaker.
_REPEAT_WORDS = 6


def _repeat_key(words: list[str]) -> str:
    """The quote's words lower-cased, without their punctuation ("Losers," is "losers")."""
    return " ".join(re.sub(r"[^\w']+", "", word.lower()) for word in words)


_NAMING = re.compile(
    r"(?:\bnamed|\bdubbed|\bdesignation|\bknown as|\btitled|\bentitled|\bslogan|\bhashtag|"
    r"\b(?:is|was|were|are|be|been|commonly|also|often|so)[ -]called)\s+(?:(?:the|a|an|it|as)\s+)?$",
    re.IGNORECASE,
)


_SIGN_WORDS = (
    r"(?:[Pp]lacards?|[Bb]anners?|[Ss]igns?|[Pp]osters?|[Hh]oardings?|[Ss]tickers?|[Bb]illboards?"
    r"|[Tt]arpaulins?|[Ss]treamers?|[Gg]raffiti|[Cc]ards?)"
)
_SIGN_OR_CHANT = re.compile(
    r"\b(?:" + _SIGN_WORDS + r"\s+(?:reading|saying|that reads?)"
    # "a wall daubed with the words", "houses still bore the word", "cardboard on which someone had
    # written", "painted slogans, the most common being"
    r"|(?:daubed|painted|scrawled|sprayed|emblazoned)\s+with(?:\s+the\s+words?)?"
    r"|bore\s+the\s+words?|on\s+which\s+someone\s+(?:had\s+)?written"
    r"|(?:above|below|beneath|under)\s+the\s+words?"  # "a poster ... above the words"
    r"|slogans,?\s+the\s+most\s+common\s+being"
    # "signs read", "placards, one of which read:", "A banner unfurled from a balcony ... read:",
    # "placards with inscriptions such as"
    r"|"
    + _SIGN_WORDS
    + r"\b[^\"\u201c\u201d.!?]{0,100}?\b(?:reads?:?|reading|such as|warns(?:\s+[a-z]+)?:)"
    r"|chant(?:ed|ing|s of| of)|(?:raising|raised|shouting|shouted) slogans of)\s+$"
)
# "The charge sheet states that", "The bill states that", "Draft conclusions seen by POLITICO
# state that": a charge's, a law's or a draft's words, nobody's
_CHARGE_SAYS = re.compile(
    r"\b(?:charge sheet|indictment|counts?|charges?|affidavit|summons|warrant|lawsuit|bill|law"
    r"|statute|constitution|treaty|directive|conclusions)"
    r"(?:\s+(?:seen|obtained)\s+by\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?\s+"
    r"(?:states?|stated|alleges|alleged|says|said|reads|read|claims|claimed)\s+that\b"
)
_LIST_GAPS = frozenset((" and ", ", ", ", and ", " or "))
_LIST_GAPS_OR_GLOSS = _LIST_GAPS | {" ("}  # 'reading "Unser Krankenhaus bleibt!" ("Our ...")'
_CAPTION_WORDS = frozenset(("image", "photo", "credit", "file"))


def _reporter_right_after(finder: CueFinder, first: Sentence, after: Sentence):
    """The person a quote's next sentence, in its paragraph, opens with and has report."""
    if after.index <= first.index or after.paragraph != first.paragraph:
        return None
    reported = finder.sentence_cue(after.start, after.end)
    if reported is None or reported.speaker.type != "person":
        return None
    return reported.speaker if finder.opening_subject(after) is reported.speaker else None


def _introduced_right_after(finder: CueFinder, first: Sentence, after: Sentence):
    """The person the quote's next sentence, in its paragraph, opens with and describes: with
    an age or a description ("Shahana Begum, 45, had been waiting"), as a feature introduces
    the speaker of the words it opens with."""
    if after.index <= first.index or after.paragraph != first.paragraph:
        return None
    person = finder.opening_subject(after)
    if person is None:
        return None
    end = next((e for s, e in person.spans if after.start <= s < after.end), None)
    return person if end is not None and _INTRODUCTION.match(finder.masked, end) else None


_INTRODUCTION = re.compile(r",\s+(?:[1-9]\d{0,2},|who\b|an?\s|the\s)")


def _addressee(finder: CueFinder, cue, speaker, quote_speakers, sentence: Sentence):
    """Whom a quoted question was put to, who answers in the next quote: the one named after
    "asked" ('Wikinews asked Nwosu: "...?"'), else, for a question from an outlet ("Wikinews
    asked:", "Wikinews: "...?"") or with "asked" alone, the last other person quoted; nobody
    when a person asked it ('"...?" asked one resident'), who may go on."""
    if cue is not None and cue.verb.lower() == "asked" and cue.end < sentence.end:
        named = finder.subject_after(cue.end, sentence.end)
        if named is not None and named is not speaker:
            return named
        if speaker is not None and speaker.type != "media":
            return None  # '"...?" asked one young man. "Nobody ...": the asker goes on
    elif speaker is None or speaker.type != "media":
        return None
    for _, earlier, _ in reversed(quote_speakers[:-1]):
        if earlier is not None and earlier is not speaker and earlier.type == "person":
            return earlier
    return None


def _sentences_starting_inside(spans: list[QuotedSpan], sentences: list[Sentence]) -> set[int]:
    """The indexes of the sentences that start strictly inside a quoted passage."""
    starts = [span.start for span in spans]
    inside = set()
    for sentence in sentences:
        at = bisect.bisect_right(starts, sentence.start) - 1
        if at >= 0 and spans[at].start < sentence.start < spans[at].end:
            inside.add(sentence.index)
    return inside


def _quote_opens_sentence(text: str, sentence: Sentence, span: QuotedSpan) -> bool:
    before = text[sentence.start : span.open_mark]
    return not before.strip() or (
        sentence.start == 0 and WIRE_DATELINE.fullmatch(before) is not None
    )


def _name_like(word: str) -> bool:
    word = word.strip(".,;:!?")
    if word.endswith(_ADJECTIVE_ENDINGS):
        return False  # "Soviet-style", "Kafka-esque": a description, not a name
    return word[:1].isupper() or any(c.isdigit() for c in word)


_ADJECTIVE_ENDINGS = ("-style", "-like", "-esque")


def _spoken_word(word: str) -> bool:
    """'"Soon," Jones replied', '"Liftoff!" the agency announced': a one-word utterance keeps
    its own punctuation inside the marks, which a name in marks does not."""
    return word[-1] in ",.!?" and word[:-1].isalpha()


def _title_case(words: list[str]) -> bool:
    """'Reproductive Health Care Reform Bill 2019', 'Person of the Year': mostly capitalised."""
    small = ("of", "the", "a", "an", "and", "for", "in", "on", "to")
    content = [w for w in words if w.lower() not in small]
    capitalised = sum(w[:1].isupper() or w[:1].isdigit() for w in content)
    return bool(content) and capitalised / len(content) >= 0.75


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """Picture captions ('... sign. Image: Flickr.') restate what is shown, not what was said.

    Found from the colons (a few per article): a case-insensitive regex tried at every position
    cost more than the rest of the quote search."""
    lines = []
    colon = text.find(":")
    while colon != -1:
        start = colon
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = text[start:colon].lower()
        if word in _CAPTION_WORDS and not is_word_char(text, start - 1):
            line_end = text.find("\n", colon)
            lines.append(
                (text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end)
            )
        colon = text.find(":", colon + 1)
    return lines


def _in_caption(captions: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in captions)


def _names_a_thing(masked: str, floor: int, open_mark: int, first: str) -> bool:
    """'the slogan "Defund the Police"', 'was called "swine flu"': a name, not a quote. Not
    "would be named "within a fortnight"": a name is capitalised after "named"."""
    naming = _NAMING.search(masked[max(floor, open_mark - 60) : open_mark])
    return naming is not None and not (
        first.islower() and naming.group().lower().startswith("named")
    )


def _continues(previous, sentence: Sentence, span: QuotedSpan, text: str) -> bool:
    """A quote without a cue continues the previous speaker: in the same paragraph, or when it
    opens the next paragraph."""
    _, speaker, last = previous
    if speaker is None:
        return False
    if sentence.paragraph == last.paragraph:
        return True
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    opens_paragraph = not text[line_start : span.open_mark].strip()
    return opens_paragraph and sentence.paragraph - last.paragraph == 1


_JOINING = re.compile(r",?\s*(?:and|or|,)\s*")


def _joined_to_previous(text: str, previous, sentence: Sentence, span: QuotedSpan) -> bool:
    """'He said the "phony" and "nasty" Harris attacked ...': a quote joined to the one before
    it by "and", "or" or a comma shares its speaker."""
    if previous is None or previous[1] is None or previous[2].index != sentence.index:
        return False
    return _JOINING.fullmatch(text, previous[0].close_mark + 1, span.open_mark) is not None


def _introduced_by_colon(
    text: str, sentences: list[Sentence], sentence: Sentence, span: QuotedSpan
) -> bool:
    """The quote opens a paragraph, and the paragraph before it ends with a colon."""
    if sentence.index == 0 or not _quote_opens_sentence(text, sentence, span):
        return False
    before = sentences[sentence.index - 1]
    return before.paragraph < sentence.paragraph and before.text.rstrip().endswith(":")


def _next_text(text: str, span: QuotedSpan) -> int:
    """Where the text goes on after a quote, past any line breaks."""
    found = _NON_SPACE.search(text, span.close_mark + 1)
    return found.start() if found else span.close_mark


_NON_SPACE = re.compile(r"\S")


def _next_visible(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t\u00a0":
        offset += 1
    return min(offset, max(0, len(text) - 1))


def _is_full(text: str, span: QuotedSpan, sentence: Sentence) -> bool:
    inner = text[span.start : span.end].lstrip("[( ")
    before = text[sentence.start : span.open_mark].rstrip()
    starts_upper = inner[:1].isupper()
    return starts_upper and (
        not before or before[-1] in ",:\u2014-" or before.split()[-1].isalpha() and starts_upper
    )


_DOMAIN_SUFFIXES = frozenset("com org net gov edu info biz".split())  # noqa: SIM905


def _publisher_key(url: str | None) -> str | None:
    """'https://en.wikinews.org/wiki/...' -> 'wikinews': the name of the site that published the
    article, as its address spells it."""
    if not url:
        return None
    labels = (urlsplit(url).hostname or "").split(".")
    while len(labels) > 1 and (len(labels[-1]) == 2 or labels[-1] in _DOMAIN_SUFFIXES):
        labels = labels[:-1]  # "org", "co.uk", "com.au"
    return labels[-1] if labels[-1] not in ("", "www", "en") else None


def _without_recipient(
    text: str, verb: re.Match, told: tuple[ActorDraft, int] | None, content: str
) -> str:
    """'told the BBC even one percent ...': what was told, without the outlet told."""
    if told is None:
        return content
    recipient = text[verb.end() : told[1]].strip()
    if content.startswith(recipient) and _count_words(content, len(recipient)) >= 3:
        return content[len(recipient) :].lstrip(" ,")
    return content


# "In a News.com.au report, X said", "writes in a Newsweek essay that": the outlet the words
# were published in, named between "in a(n)" and the kind of piece
_IN_A_PIECE_BEFORE = re.compile(r"\b[Ii]n an? $")
_PIECE_AFTER = re.compile(
    r" (?:report|essay|article|interview|op-ed|column|piece|story|editorial|opinion piece)\b"
)


def _outlet_piece(
    masked: str, actors: ActorIndex, sentence: Sentence, source: ActorDraft
) -> tuple[ActorDraft, int, int] | None:
    """The outlet of "in a <outlet> <piece>" in `sentence`, if another than `source`, and where
    the phrase starts and ends."""
    if " a" not in sentence.text:  # (as in "In a" and "in a")
        return None
    for actor, mention in actors.mentions_between(sentence.start, sentence.end):
        if actor.type != "media" or actor is source:
            continue
        opening = _IN_A_PIECE_BEFORE.search(masked, max(0, mention.start - 6), mention.start)
        piece = _PIECE_AFTER.match(masked, mention.end)
        if opening and piece:
            return actor, opening.start(), piece.end()
    return None


def _is_publisher(actor: ActorDraft, publisher: str | None) -> bool:
    """'X told Wikinews' in a Wikinews article: the outlet is the article's own, not a source."""
    return publisher is not None and name_key(actor.name).replace(" ", "") == publisher


def _attributions(
    text, masked, sentences, finder: CueFinder, actors: ActorIndex, quote_speakers, publisher
):
    """Reported speech outside quote marks: 'X said that ...', 'according to X', 'X reports'."""
    found: list[tuple[ExtractedAttribution, str]] = []

    def report(
        source: ActorDraft | None, content: str, cue: str, sentence: Sentence, verb: str
    ) -> None:
        attribution = ExtractedAttribution(
            source=source.id if source else None,
            content=content,
            cue=cue,
            sentence=sentence.index + 1,
        )
        found.append((attribution, verb))

    def report_outlet_told(
        told: tuple[ActorDraft, int] | None,
        source: ActorDraft | None,
        content: str,
        verb: CueMatch,
        sentence: Sentence,
    ) -> None:
        """The outlet the words were given to ("Officials told Reuters": Reuters too), unless
        it is the speaker or the article's own publisher."""
        if told is None or told[0] is source or _is_publisher(told[0], publisher):
            return
        report_outlet(told[0], content, text[verb.start() : told[1]], sentence)

    def report_outlet(outlet: ActorDraft, content: str, cue: str, sentence: Sentence) -> None:
        """An outlet the words were given to or published in: a source too, but no claimant."""
        actors.promote(outlet)
        report(outlet, content, cue, sentence, _GIVEN_TO)

    unsourced_at = _unsourced_reports(sentences, finder)
    polls_at = _pollsters(text, masked, finder, actors)
    opinion_at: dict[int | None, tuple[int, re.Match]] = {}
    for opinion in _OPINION.finditer(masked, 1):  # one scan, not one per sentence
        at = opinion.start() - 1  # the "I" of "In his view,"
        if masked[at] in "Ii" and not is_word_char(masked, at - 1):
            opinion_at.setdefault(finder.sentence_index(at), (at, opinion))
    for sentence in sentences:
        if sentence.text[-1:] not in '.!?"\u201d' and not _split_in_partial_quote(masked, sentence):
            continue  # headlines, captions and datelines restate the body
        if sentence.text.endswith("?"):
            continue  # "Could you explain what Red Hat announced?": an interviewer's question
        verbs = finder.verbs(sentence.start, sentence.end)
        findings = _findings(masked, sentence, verbs)  # attributions only, never a quote's cue
        for verb in sorted(verbs + findings) if findings else verbs:
            word = verb.group().lower()
            if word in _QUOTE_ONLY_CUES:
                continue  # "as the decision put it", "what the scientists describe as": a quote's
            study = word in _FINDING_VERBS and _AUTHORED_STUDY.search(
                masked, sentence.start, verb.start()
            )
            if (
                word in _FINDING_VERBS
                and not study
                and (word == "show" or not _FINDING_CLAUSE.match(masked, verb.end()))
            ):
                continue  # "Police found a body": a thing found, not a finding reported (and
                # "show" only after "Data from X", not "the show")
            if word in ("according to", "in an interview with", "in a statement to"):
                source = finder.source_after(verb.end(), sentence.end)
                unnamed = None
                if source is None and word == "according to":
                    source = finder.described_source(
                        verb.end(), sentence.end
                    ) or finder.document_source(verb.end(), sentence.end)
                    if source is None:
                        unnamed = finder.unnamed_source(verb.end(), sentence.end)
                content = _content_after_source(text, masked, verb.end(), sentence.end)
                if not content and not _quote_only(masked, sentence.start, verb.start()):
                    # "X described Y in an interview with the Financial Times." (but '"We will
                    # rebuild," according to Smith.' is a quote and its cue, no attribution)
                    content = _clip(text[sentence.start : verb.start()])
                if unnamed is not None:  # nobody named, as "Officials said"
                    report(None, content, f"{verb.group()} {unnamed}", sentence, word)
                    continue
            else:
                source = finder.subject_before(verb, sentence.start, groups=False)
                content = _content(
                    text, masked, verb.end(), sentence, word in _TOLD, word in _OBJECT_IS_THE_REPORT
                )
                if source is None and word in _INVERTED_CUES:
                    inverted = finder.inverted_subject(verb, sentence.end)
                    comma = masked.rfind(",", sentence.start, verb.start())
                    if (
                        inverted is not None
                        and comma > sentence.start
                        and MASK not in masked[sentence.start : comma]
                    ):  # "The economy is slowing, said John Smith, an economist at Barclays."
                        source, content = inverted, _clip(text[sentence.start : comma])
                if content.startswith("by "):  # "The attack was claimed by the Houthis": what
                    content = _clip(sentence.text)  # was claimed is before the verb
                if source is not None:
                    content = _around_parenthetical(text, masked, verb, sentence) or content
                if not content and _closes_sentence(masked, verb.end(), sentence.end, word):
                    comma = masked.rfind(",", sentence.start, verb.start())
                    if comma > sentence.start and MASK not in masked[sentence.start : sentence.end]:
                        content = _clip(text[sentence.start : comma])  # "..., WSJ reports."
                if source is None:
                    group = finder.unnamed_group(verb, sentence.start)
                    if (
                        group is not None
                        and content
                        and not _says_nothing(word, masked, verb, sentence.start)
                    ):  # "Officials said ...": nobody named (but "relatives spoke." says nothing)
                        told = finder.outlet_told(verb.end()) if word in _TOLD else None
                        content = _without_recipient(text, verb, told, content)
                        report(None, content, f"{group} {verb.group()}", sentence, word)
                        report_outlet_told(told, None, content, verb, sentence)
                    continue
            if source is None or not content or _is_publisher(source, publisher):
                continue  # (the article's own outlet asks and confirms; it is no source)
            if study and source.unclassified:
                source.type = "organisation"  # "An investigation by PolitiFact": a body's
            actors.promote(source)  # whoever spoke takes part in the story, even when ...
            finder.note_speaker(verb.start(), source)
            if _says_nothing(word, masked, verb, sentence.start):
                continue  # ... what they said is not reported: "spoke with reporters"
            told = finder.outlet_told(verb.end()) if word in _TOLD else None
            content = _without_recipient(text, verb, told, content)
            report(source, content, verb.group(), sentence, word)
            piece = _outlet_piece(masked, actors, sentence, source)
            if piece is not None and not any(
                a.source == piece[0].id and a.sentence == sentence.index + 1 for a, _ in found
            ):
                report_outlet(piece[0], content, text[piece[1] : piece[2]], sentence)
            for other in finder.co_subjects(source, verb, sentence.start):
                actors.promote(other)  # "Biden and Sanders announced ...": each of them
                report(other, content, verb.group(), sentence, word)
            report_outlet_told(told, source, content, verb, sentence)
        at, opinion = opinion_at.get(sentence.index, (0, None))
        if opinion:  # "In his view, one can become a very good specialist without leaving"
            pronoun = {"his": "he", "her": "she", "their": "they"}[opinion.group(1).lower()]
            source = finder.resolve_pronoun(pronoun, opinion.start(1))
            content = _content_after_source(text, masked, opinion.end() - 1, sentence.end)
            if source is not None and content:
                actors.promote(source)
                cue = text[at : opinion.end() - 1]
                report(source, content, cue, sentence, "in the view of")
        for pollster, cue in polls_at.get(sentence.index, ()):
            if not any(
                a.source == pollster.id and a.sentence == sentence.index + 1 for a, _ in found
            ):
                actors.promote(pollster)
                report(pollster, _clip(sentence.text), cue, sentence, "poll")
        unsourced = unsourced_at.get(sentence.index)
        if unsourced:  # "The plane reportedly belonged to ...": reported, but by nobody named
            cue = text[unsourced.start() : unsourced.end()]
            report(None, _clip(sentence.text), cue, sentence, unsourced.group().lower())
    return found


# "in the RealClearPolitics average", "an April 30 – May 4 Monmouth poll", "A Zogby International
# poll showed": the figures are the pollster's; the noun right after its name
_POLL_NOUN = re.compile(r" (?:average|poll|survey|matchup)\b")
# "the RealClearPolitics head-to-head polling average", "the nationwide ... head to head average"
_POLL_MODIFIERS = re.compile(r"(?: [a-z][a-z\-]*){1,4}$")
# "the", "a" or "an" opening the phrase, a few words before the name ("a Zogby", "an April 30
# - May 4 Monmouth"): in the same clause
_POLL_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:(?!(?:the|an?) )[^.,;:!?\n\u2591]){0,40}$")


def _pollsters(
    text: str, masked: str, finder: CueFinder, actors: ActorIndex
) -> dict[int | None, list[tuple[ActorDraft, str]]]:
    """The pollsters whose poll or polling average a sentence gives figures from, by sentence,
    with the words that say so: a body, an outlet or a name nothing else types, right before
    "poll", "survey", "matchup" or (after "the") "average", or a few lower-case words before
    them ("head-to-head polling")."""
    found: dict[int | None, list[tuple[ActorDraft, str]]] = {}
    for noun in _POLL_NOUN.finditer(masked):
        name_end = noun.start()
        pollster = actors.named_ending_at(name_end)
        if pollster is None:
            modifiers = _POLL_MODIFIERS.search(masked, max(0, name_end - 40), name_end)
            if modifiers is not None:
                name_end = modifiers.start()
                pollster = actors.named_ending_at(name_end)
        if pollster is None or not (
            pollster.type in ("organisation", "media", "other") or pollster.unclassified
        ):
            continue
        named = actors.at(max(0, name_end - 80), name_end)
        if named is None or named[0] is not pollster:
            continue
        start = named[1].start
        opening = _POLL_DETERMINER.search(masked, max(0, start - 45), start)
        if opening is None or (
            noun.group() == " average" and opening.group()[:4] not in ("the ", "The ")
        ):
            continue
        if pollster.unclassified or pollster.type == "other":
            pollster.type = "organisation"  # "Monmouth", "RealClearPolitics": a pollster
        cue = text[opening.start() : noun.end()]
        found.setdefault(finder.sentence_index(noun.start()), []).append((pollster, cue))
    return found


def _split_in_partial_quote(masked: str, sentence: Sentence) -> bool:
    """'X said BIPA "is supported by Montanans [...] It's ...': a sentence the splitter ended
    inside a quote woven into reported speech (not one a comma or colon introduces, which is a
    direct quote and no attribution)."""
    if masked[sentence.end - 1 : sentence.end] != MASK:
        return False
    before = masked[sentence.start : masked.find(MASK, sentence.start)].rstrip(' "\u201c')
    return not before.endswith((",", ":"))


def _unsourced_reports(sentences: list[Sentence], finder: CueFinder) -> dict[int, re.Match]:
    """The first 'reportedly'-like phrase of each sentence that has one, by sentence index.

    The phrase pattern is slow to run over a whole article, so it is only tried on sentences
    where str.find (fast, in C) sees one of its key words."""
    lower = finder.lower
    candidates: set[int] = set()
    for key in _UNSOURCED_KEYS:
        at = lower.find(key)
        while at != -1:
            index = finder.sentence_index(at)
            if index is not None:
                candidates.add(index)
            at = lower.find(key, at + 1)
    found = {}
    for index in sorted(candidates):
        match = _UNSOURCED.search(lower, sentences[index].start, sentences[index].end)
        if match:
            found[index] = match
    return found


_UNSOURCED_KEYS = ("report", "alleged", "purported", "said to", "sources")
_UNSOURCED = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|it (?:was|is|has been|had been) reported"
    r"|according to (?:(?:unconfirmed |media |press |local |some |eyewitness |witness |varying "
    r"|conflicting |initial |early |news )?reports|sources)"
    r"|(?:media |press |local )?reports (?:say|said|suggest|suggested|indicate|indicated)"
    r"|(?:is|are|was|were) said to|(?:is|are|was|were) reported (?:to|as)"
    r"|by (?:media |press |local |some |early )?reports)\b"  # on the lowercased text: faster
)


def _content(
    text: str, masked: str, start: int, sentence: Sentence, told: bool, short: bool
) -> str:
    """What the cue reports: the rest of the clause, unless it is only a quote (then nothing).
    With `short`, one or two words are a report in a sentence with no quote ("Iran denied the
    accusation."); in one with a quote they are its cue's ('defended his decision, "..."')."""
    rest_masked = masked[start : sentence.end]
    words = _count_words(rest_masked, 0)
    if words < 3 and not (
        words
        and (
            (short and MASK not in masked[sentence.start : sentence.end])
            or _completed_by_quote(text, masked, start, sentence.end)
        )
    ):
        return ""
    after_recipient = rest_masked
    if told:  # "told the press on Tuesday.": who was told is not what was said
        recipient = _RECIPIENT.match(rest_masked)
        after_recipient = rest_masked[recipient.end() :] if recipient else rest_masked
        if not re.search(r"\w", after_recipient.replace(MASK, "")):
            return ""
        if _DESCRIBED_RECIPIENT_ONLY.match(rest_masked):
            return ""
        # "told the Interfax news agency.", "told the Punch newspaper: "..."", "told Reuters by
        # telephone.": who was told and how, but nothing said
        rest_after = _OUTLET_NOUN_AFTER.sub("", _BY_MEANS.sub("", after_recipient, 1), 1)
        if not re.search(r"\w", rest_after.replace(MASK, "")):
            return ""
    lead = after_recipient.lstrip(" ,:")
    if lead.startswith(MASK):
        quote = start + len(rest_masked) - len(lead)
        if text[quote:].lstrip("\"'\u201c\u2018 ")[:1].isupper():
            return ""  # 'said: "We couldn't win," and ...': the words are a quote, not reported
    if _WHEN_ASKED.match(after_recipient):
        return ""  # '"Never," he replied when asked if he would resign.': why, not what
    adverbial = _ADVERBIAL.match(after_recipient)
    if (
        adverbial
        and " that " not in adverbial.group()
        and _count_words(after_recipient, adverbial.end()) < 3
    ):
        return ""  # 'said on Friday, "..."', 'said in an interview.': only where and when
    rest = text[start : sentence.end].strip()
    words_before_that = rest.split(" that ", 1)[0].split()
    if " that " in rest and len(words_before_that) <= 6:  # "told reporters on 13 February that ..."
        rest = rest.split(" that ", 1)[1]
    return _clip(rest)


_TOLD = frozenset(("told", "tells", "tell"))
# Verbs whose object, even of one or two words, is what is reported: "Iran denied the
# accusation", "The Taliban claimed responsibility" (not "wrote the report", an act, nor "her
# critics have called unrealistic", a name given)
_OBJECT_IS_THE_REPORT = frozenset(
    """said says denied denies confirmed confirms acknowledged acknowledges claimed
    alleged alleges questioned condemned condemns announced announces rejected rejects
    admitted admits criticized criticised""".split()  # noqa: SIM905
)
_GIVEN_TO = "given to"  # the verb of an attribution to the outlet someone told
# "In his view,", found from its "n " (the "I" is checked after): re skips to a literal at once,
# twenty times faster over an article than from "\b[Ii]"
_OPINION = re.compile(r"n (his|her|their) (?:opinion|view|words),")
# Verbs that report what was said only before "that", a colon, or the topic ("spoke about").
_SPEECH_ONLY_WITH_THAT = frozenset(
    (
        "continued",
        "continues",
        "maintained",
        "maintains",
        "spoke",
        "speaks",
        "interrupted",
        "issued a statement",  # (not "... on behalf of the family", "... addressing the arrest")
        "released a statement",
    )
)
_MAINTAINED = frozenset(("maintained", "maintains"))  # (not "continued the work he had begun")
# "The researchers found (that) oxygen levels would be high", "Results showed the flies did":
# a finding reported only when a clause follows, with its own verb (not "found a body", nor
# "found the body of a man who had ...", "found traces in his blood before he was", "showed
# no reaction as")
_FINDING_VERBS = frozenset(("found", "finds", "showed", "shows", "show", "ruled", "rules"))
_FINDING = re.compile(r"\b(?:" + "|".join(sorted(_FINDING_VERBS)) + r")\b")
_FINDING_STEMS = ("found", "find", "show", "rule")  # a cheap test before the pattern


def _findings(masked: str, sentence: Sentence, verbs: list[CueMatch]) -> list[CueMatch]:
    """'found', 'showed' in `sentence` where no cue starts ("found that" is one): reporting
    verbs of a finding, for attributions only."""
    if not any(stem in sentence.text for stem in _FINDING_STEMS):
        return []
    cues = {verb.start() for verb in verbs}
    return [
        CueMatch(match.start(), match.end(), match.group())
        for match in _FINDING.finditer(masked, sentence.start, sentence.end)
        if match.start() not in cues
    ]


# "An investigation by PolitiFact found no such action", "A recent poll by Siena College showed
# his number at zero": what a study by someone found is a finding, clause or not
_AUTHORED_STUDY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:[\w\-]+ ){0,2}?(?:investigation|poll|survey|study"
    r"|analysis|review|audit|report) (?:published |released |carried out |conducted )?by "
    r"[^,;:\u2591]{3,80}$"
    # "Data from the CDC show", "Figures released by the ministry showed", "Footage from the
    # student union showed": what a body's records show
    r"|\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ff]ootage|[Rr]ecords) (?:(?:released|published"
    r"|compiled|collected|gathered|provided) )?(?:by|from) [^,;:\u2591]{3,80}$"
)
_FINDING_CLAUSE = re.compile(
    r"\s+(?:that\b|[^\s,.;:\u2591]+\s+(?:(?!(?:who|which|where|before|after|as|because|"
    r"while|until|since|if|when|and|but|or)\b)[^\s,.;:\u2591]+\s+){0,11}?"
    r"(?:is|are|was|were|had|has|have|would|could|can|will|may|might|did|does|do)\b)"
)
_WENT_ON_TO_DO = re.compile(
    r"\s+to\s+(?!(?:say|tell|add|note|explain|describe|claim|argue|warn|insist|state|suggest"
    r"|call|praise|criticise|criticize|accuse|ask)\b)"
)
_PERSON_OBJECT = re.compile(r"\s+(?:him|her|them)\b")
# "confirmed Judge Amy Coney Barrett to the Supreme Court", "confirmed Smith as ambassador"
_APPOINTED = re.compile(
    r"\s+(?:(?:judge|justice|nominee)\s+)?(?:[A-Z][\w.'\-]*\s+){1,4}(?:to|as)\b"
)
# Cues in their base form: after a modal, "to" or a negation nothing was said yet ("would
# announce his choice", "refused to say whether", "did not say")
_BASE_FORMS = frozenset(
    """say tell write argue warn allege insist deny reject confirm predict suggest admit
    acknowledge announce explain stress urge vow describe""".split()  # noqa: SIM905
)
_NOT_YET_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|should|can|may|might|must|shall|not|never)|n't|\b(?:refused|"
    r"refuses|declined|declines|plans?|planned|expected|expects|set|wants?|wanted|likely|"
    r"unlikely|going|intends?|intended|hopes?|hoped|unable|due|scheduled|promised|vowed|"
    r"failed|fails)\s+to)\s+(?:(?:also|yet|publicly|immediately|formally|officially|soon)\s+)?$"
)
# "declared a state of emergency", "declared seven days of national mourning", "declared war"
_DECLARED_ACT = re.compile(
    r"\s+(?:(?!that\b)\w+\s+){0,4}?(?:state of emergency|emergency|"
    r"mourning|war|holiday|independence|bankruptcy|curfew|lockdown|martial law|"
    r"disaster|intent|candidacy)\b"
)
_PLEA = re.compile(r"\s+(?:guilty|not guilty|no contest|innocent)\b")
_DISMISSED_CASE = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|[A-Z]\w+(?:'s)?)\s+)?(?:\w+\s+)?(?:lawsuit|suit|case|"
    r"charges?|appeal|petition|complaint|indictment)s?\b"
)
_ON_A_TOPIC = frozenset(("reported", "reports", "spoke"))
_ON_TOPIC = re.compile(  # (not "spoke on Monday", "on March 3": when)
    r"\s+(?:\w+ly\s+)?on\b(?!\s+(?:"
    + "|".join(sorted(day.capitalize() for day in WEEKDAYS))
    + r"|\w+ \d))"
)
# verbs of saying that also move or compete ("blasted off", "contended for the nomination")
_MOTION_VERBS = frozenset(("slammed", "slams", "blasted", "blasts", "contended", "contends"))
_MOTION_AFTER = re.compile(r"\s+(?:into|onto|through|across|past|off|for)\b")
_THAT_OR_COLON = re.compile(r"\s*(?:that\b|:|about\b|of\b)")
# "replied when asked if he would resign.": the question the words answered, to the end
_WHEN_ASKED = re.compile(
    r"\s*,?\s*(?:when|after being|as he was|as she was) (?:asked|questioned|pressed)\b"
    r"[^\u2591.;]*[.!?]?\s*$"
)
# "asked not to be named", "asked for anonymity": the speaker's condition, not their words
_ASKED_ANONYMITY = re.compile(
    r" (?:not to be (?:named|identified|quoted)|to remain anonymous|for anonymity|that (?:his|her"
    r"|their) names? not be (?:used|published))\b"
)
# Senses of a reporting verb that report nothing, told by the words right after it
_NOTHING_SAID_AFTER: tuple[tuple[frozenset[str], re.Pattern], ...] = (
    (frozenset(("went on",)), _WENT_ON_TO_DO),  # "went on to start his own law practice"
    (frozenset(("called",)), re.compile(" by ")),  # "The march, called by the union": convened
    (frozenset(("confirmed",)), _PERSON_OBJECT),  # "The Senate confirmed him in March"
    (frozenset(("confirmed",)), _APPOINTED),  # "confirmed judge Barrett to the Supreme Court"
    (frozenset(("declared",)), _DECLARED_ACT),  # "declared a state of emergency"
    (frozenset(("pleaded",)), _PLEA),  # "McArthur pleaded guilty": a plea entered in court
    (frozenset(("dismissed",)), _DISMISSED_CASE),  # "a judge dismissed the lawsuit"
    (frozenset(("accused",)), re.compile(r" of\b")),  # "anyone accused of a crime": charged
    (_ON_A_TOPIC, _ON_TOPIC),  # "reported extensively on the war", "spoke on the matter"
    (_MOTION_VERBS, _MOTION_AFTER),  # "Hurricane Zeta slammed into the coast", "contended for"
    (frozenset(("asked", "asks")), _ASKED_ANONYMITY),  # "who asked not to be named": a condition
)


def _says_nothing(word: str, masked: str, verb: CueMatch, floor: int) -> bool:
    """Whether the reporting verb `word` at `verb` reports nothing here: "spoke with
    reporters" (no "that" after it), "would announce his choice", "refused to say whether" (not
    said yet), "when asked if ..." after a quote (the subject was asked), or one of
    `_NOTHING_SAID_AFTER`'s senses."""
    if (
        word == "asked"
        and masked.endswith(ASKED_PASSIVE, max(floor, verb.start() - 6), verb.start())
        and MASK in masked[floor : verb.start()]
    ):  # '"Never," he replied when asked ...': the quote is the answer (but "X would list
        return True  # her dream roles when asked at conventions" reports her answer)
    if word in _SPEECH_ONLY_WITH_THAT and not _THAT_OR_COLON.match(masked, verb.end()):
        # "DeJoy maintained the USPS could handle it": a clause with its own verb, no "that"
        return word not in _MAINTAINED or not _FINDING_CLAUSE.match(masked, verb.end())
    if word in _BASE_FORMS and _NOT_YET_BEFORE.search(
        masked, max(floor, verb.start() - 60), verb.start()
    ):
        return True
    return any(
        word in verbs and pattern.match(masked, verb.end())
        for verbs, pattern in _NOTHING_SAID_AFTER
    )


_ADVERBIAL = re.compile(
    r"\s*(?:on|in|of|at|during|after|before|via|through|from|with|about|while|repeating|"
    r"speaking|writing)\b(?:\s+[^\s,\u2591]+){0,4}?\s*(?=,|\u2591|[.!?]?\s*$)"
)
_WHEN_OR_WHERE = frozenset(("on", "in", "at", "during", "via"))
_WORDS = re.compile(r"[^\W_][\w'\u2019-]*")  # numbers count: "claimed 190 were dead"
_RECIPIENT = re.compile(
    r"\s*(?:(?:the|an?|his|her|their)\s+)?(?:(?:[A-Z][\w.&'\u2019\-]*\s*){1,4}|[a-z]+\b)"
)
# "told French news channel BFM TV.", "told the state news agency TAP:": an outlet named after
# what kind of outlet it is, and nothing else
_KINDS_OF_OUTLET = (  # (a pattern; lexicon.OUTLET_NOUNS are the words that type a described outlet)
    r"(?:news agency|newspaper|daily|broadcaster|news channel|channel|radio|television|"
    r"magazine|website|agency)\b"
)
_DESCRIBED_RECIPIENT_ONLY = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w'\u2019\-]*\s+)?(?:[a-z\-]+\s+){1,3}"
    r"(?:[A-Z][\w.&'\u2019\-]*\s*){1,4}(?:" + _KINDS_OF_OUTLET + r")?[.:]?\s*\u2591*\s*$"
)
_OUTLET_NOUN_AFTER = re.compile(r"^\s*" + _KINDS_OF_OUTLET)
_BY_MEANS = re.compile(r"\s*\bby\s+(?:tele)?phone|\s*\bby\s+e-?mail|\s*\bby\s+video(?:\s+link)?")


def _around_parenthetical(text: str, masked: str, verb: re.Match, sentence: Sentence) -> str:
    """'The company, Trump said, was failing': what a cue set between commas reports is the
    clause around it; "" when the cue is not so set."""
    if verb.group().lower() not in _PARENTHETICAL_VERBS:
        return ""  # "which rejected, the day before the rally, a lawsuit": no aside
    closing = _PARENTHETICAL_CLOSE.match(masked, verb.end())
    if closing is None:
        return ""
    before = masked.rfind(",", sentence.start, verb.start())
    clause = sentence.start  # or after a break: "...; they had, his father says, paid"
    for mark in _CLAUSE_BREAKS:
        at = masked.rfind(mark, clause, before)
        clause = at + len(mark) if at >= 0 else clause
    if (
        before <= clause
        or masked.startswith(MASK, closing.end())  # 'X, Khan tweeted, "...": the quote's cue
        or _count_words(masked[before + 1 : verb.start()], 0, 6) > 5  # the subject only
        or MASK in masked[clause:before]
        or not _count_words(masked[clause:before], 0, 1)
    ):
        return ""
    return _clip(f"{text[clause:before].strip()} {text[closing.end() : sentence.end]}")


# Cues a writer puts before their subject after reported words ("..., said John Smith.")
_INVERTED_CUES = frozenset(
    """said says added adds explained noted wrote notes argued argues claimed insisted insists
    explains writes warned warns stressed stresses recalled recalls admitted admits acknowledged
    conceded concedes announced confirmed countered""".split()  # noqa: SIM905
)
# the verbs set between commas in a clause they report ("The deal, Reid said, is dead"): the
# inverted cues and more; the comma that closes them ("said,", "said on Monday,"); where a
# clause before them starts
_PARENTHETICAL_VERBS = _INVERTED_CUES | frozenset(
    """claims reported reports suggested suggests believes believed thinks thought
    acknowledges""".split()  # noqa: SIM905
)
_PARENTHETICAL_CLOSE = re.compile(r"(?:\s+(?:on|in|at|last|this)(?:\s+[^\s,\u2591]+){1,3}?)?,\s")
_CLAUSE_BREAKS = (";", ":", " \u2014 ", " - ", ")")


def _count_words(text: str, start: int, enough: int = 3) -> int:
    """How many words `text` has from `start`, counting no further than `enough`."""
    return sum(1 for _ in islice(_WORDS.finditer(text, start), enough))


def _completed_by_quote(text: str, masked: str, start: int, end: int) -> bool:
    """'said BIPA "is supported overwhelmingly"', 'said they "appear not to"': the reported
    clause's subject, then a quote that goes on in lowercase: reported speech, not just a quote."""
    quote = masked.find(MASK, start, end)
    if quote == -1 or not re.search(r"\w", masked[start:quote]):
        return False
    inner = text[quote:end].lstrip("\"'\u201c\u2018 ")
    return inner[:1].islower()


def _content_after_source(text: str, masked: str, start: int, end: int) -> str:
    comma = masked.find(",", start, end)
    if comma != -1 and _ABOUT_THE_SOURCE.match(masked, comma + 1):
        # "according to a person familiar with the talks, who asked not to be named because the
        # discussions were private.": about the source, not what it says
        comma = masked.find(",", comma + 1, end)
    if comma == -1:
        return ""
    rest = text[comma + 1 : end].strip()
    return _clip(rest) if len(rest.split()) >= 3 else ""


_ABOUT_THE_SOURCE = re.compile(r"\s*(?:who|which)\s")


def _closes_sentence(masked: str, after: int, end: int, verb: str) -> bool:
    """Does the cue close its sentence: nothing after it but who was told ("..., Jones told the
    BBC.") and when or where ("..., the BBC reported on Monday.")? Never "issued a ruling": "The
    judge, Leo Grant, issued a ruling." reports nothing."""
    if verb.startswith("issued "):
        return False
    if verb in _TOLD and (recipient := _RECIPIENT.match(masked, after, end)):
        after = recipient.end()
    circumstance = _ADVERBIAL.match(masked, after, end)
    if circumstance and circumstance.group().split()[0] in _WHEN_OR_WHERE:
        after = circumstance.end()
    return _ends_sentence(masked, after, end)


def _quote_only(masked: str, start: int, end: int) -> bool:
    """Whether [start, end) holds a quote and nothing else but punctuation."""
    return MASK in masked[start:end] and _ends_sentence(masked, start, end)


def _ends_sentence(masked: str, position: int, end: int) -> bool:
    return not re.search(r"\w", masked[position:end].replace(MASK, ""))


def _clip(text: str, limit: int = 200) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_CHANTS = frozenset(("chanted", "chanting"))
_QUOTE_ONLY_CUES = frozenset(("put it", "describe"))  # cues of a quote, never of reported speech


def _claims(sentences, attributions, quotes, in_quotes: set[int]) -> list[dict]:
    """`ExtractedClaim` fields, in article order."""
    claims: list[tuple[int, dict]] = []
    covered: set[tuple[int, str]] = set()
    for attribution, verb in attributions:
        if attribution.sentence is None or verb == _GIVEN_TO:
            continue  # (the outlet that was told claims nothing: the speaker does)
        claimant = attribution.source or "article"  # "Officials said": the article, sourced
        key = (attribution.sentence, claimant)
        if key in covered:
            continue
        covered.add(key)
        kind = CLAIM_KIND_BY_VERB.get(verb, "other")
        claims.append(
            (
                attribution.sentence,
                _claim(attribution.content, claimant, kind, attribution.sentence),
            )
        )
    for quote in quotes:
        if quote.speaker is None or quote.sentence is None or quote.kind != "full":
            continue
        if (quote.cue or "").lower() in _CHANTS:
            continue  # a chant is no claim
        key = (quote.sentence, quote.speaker)
        if key in covered:
            continue
        covered.add(key)
        claims.append(
            (quote.sentence, _claim(_clip(quote.text), quote.speaker, "other", quote.sentence))
        )
    lead = _lead_sentences(sentences, MAX_LEAD_CLAIMS, in_quotes)
    for sentence in lead:
        if sentence.paragraph > lead[0].paragraph + 2:
            break  # the lead's assertions (its first three paragraphs), not the story's next ones
        if any(number == sentence.index + 1 for number, _ in claims):
            continue
        claims.append(
            (
                sentence.index + 1,
                _claim(_clip(sentence.text), "article", "fact", sentence.index + 1),
            )
        )
    claims.sort(key=lambda item: item[0])
    return _by_claimant_in_turn(claims)


def _by_claimant_in_turn(claims: list[tuple[int, dict]]) -> list[dict]:
    """At most `MAX_CLAIMS`, in article order, chosen by claimant in turn: each claimant's first
    claim, then each one's second, and so on (the article is one claimant). Ten claims from
    the first paragraphs would leave out who else asserts what further down."""
    turn: dict[str, int] = {}
    ranked = []
    for position, (_, claim) in enumerate(claims):
        ranked.append((turn.get(claim["claimant"], 0), position))
        turn[claim["claimant"]] = ranked[-1][0] + 1
    kept = sorted(position for _, position in sorted(ranked)[:MAX_CLAIMS])
    return [claims[position][1] for position in kept]


def _claim(text: str, claimant: str, kind: str, sentence: int) -> dict:
    """An `ExtractedClaim`'s fields: `Extraction` validates its lists in one call, faster than an
    object each (as are the actors)."""
    return {"text": text, "claimant": claimant, "kind": kind, "sentences": [sentence]}


def _lead_sentences(sentences: list[Sentence], count: int, in_quotes: set[int]) -> list[Sentence]:
    """The first `count` sentences that can stand for the article: not a dateline, caption or
    fragment, and not one that starts inside a quote ('"We won. The lads were great," he said'
    is split after "won.", and the rest is no assertion of the article's)."""
    lead = []
    for sentence in sentences:
        if sentence.index in in_quotes:
            continue
        words = sentence.text.split()
        if len(words) < 8 or _DATELINE.match(sentence.text) or _CAPTION.match(sentence.text):
            continue
        if sentence.text[-1:] not in '.!?"\u201d':
            continue
        lead.append(sentence)
        if len(lead) == count:
            break
    return lead


def _headline_and_summary(index: ArticleIndex, in_quotes: set[int]) -> tuple[str, str]:
    lead = _lead_sentences(index.sentences, MAX_SUMMARY_SENTENCES, in_quotes)
    summary = " ".join(s.text for s in lead)
    if index.article.title:
        return index.article.title, summary
    for sentence in index.sentences[:6]:
        words = sentence.text.split()
        if (
            5 <= len(words) <= 25
            and sentence.text[-1:] not in ".!?"
            and not _DATELINE.match(sentence.text)
            and not _CAPTION.match(sentence.text)
        ):
            return sentence.text, summary
    return (lead[0].text if lead else index.sentences[0].text if index.sentences else ""), summary


def _type_unknown_names(
    listed: list[ActorDraft],
    finder: CueFinder,
    quotes: list[ExtractedQuote],
    attributions: list[tuple[ExtractedAttribution, str]],
) -> None:
    """'Forbes reported', 'Siemens said its plant ...': a one-word name the article never shows
    to be a person's (no title, no given name, no "he" or "she", not quoted as saying) is an
    outlet's when it reports ("reported", "in an interview with", told as an outlet), and a
    body's when "its" follows it. News introduces people by their full names."""
    unknown = [
        actor
        for actor in listed
        if actor.type == "person" and actor.unclassified and not actor.role and not actor.described
    ]
    if not unknown:
        return
    genders = finder.genders
    spoke = {q.speaker for q in quotes if (q.cue or "").lower() in _SPOKEN_CUES}
    # "Dunmore manager Alan Gow": a person's role that opens with the name ("Dunmore manager")
    role_openings = {a.role.rsplit(" ", 1)[0] for a in listed if a.role and " " in a.role}
    reporting = {a.source for a, verb in attributions if verb in _OUTLET_VERBS}
    text = finder.text
    for actor in unknown:
        if actor.id in genders or actor.id in spoke:  # ('"...," Zoe said': hers)
            continue
        one_word = " " not in actor.name
        if one_word and actor.id in reporting:
            actor.type = "media"
        elif (
            (one_word and any(_ITS_AFTER.match(text, end) for _, end in actor.spans))
            or any(
                text.startswith(", which ", end)
                or _followed_by_it(finder, start)
                or _ROLE_AND_NAME_AFTER.match(text, end)
                for start, end in actor.spans
            )
            or actor.name in role_openings
        ):  # "Boeing said its", "Frontex, which patrols ...", "Hamas said ... It added",
            actor.type = "organisation"  # "Scripps Oceanography director Margaret Leinen"


# a role and a name after a name: "Scripps Oceanography director Margaret Leinen", the first
# name a body's (a person is never written before another's role)
_ROLE_AND_NAME_AFTER = re.compile(
    r" (?:[a-z\-]+ )?(?:"
    + "|".join(sorted(ROLE_NOUNS))  # (spokesman, spokeswoman among them)
    + r") [A-Z][a-z]"
)


def _type_outlets_by_kind(listed: list[ActorDraft], text: str) -> None:
    """'State press agency PAP', 'Poland's PAP news agency': a body the article calls a news or
    press agency, right before or after its name, is an outlet."""
    if "agency" not in text:
        return  # (both patterns need the word: one scan, not two regex calls per mention)
    for actor in listed:
        if actor.type in ("organisation", "person") and any(
            _OUTLET_KIND_BEFORE.search(text, max(0, start - 16), start)
            or _OUTLET_KIND_AFTER.match(text, end)
            for start, end in actor.spans
        ):
            actor.type = "media"


_OUTLET_KIND_BEFORE = re.compile(r"(?:news|press) agency $")
_OUTLET_KIND_AFTER = re.compile(r" (?:news|press) agency\b")


def _followed_by_it(finder: CueFinder, start: int) -> bool:
    """Whether the sentence that opens with the name at `start` is followed by one opening with
    "It" and a reporting verb ("Hamas said ... It added that ..."): a body, never a person."""
    index = finder.sentence_index(start)
    if index is None or index + 1 >= len(finder.sentences):
        return False
    sentence, after = finder.sentences[index], finder.sentences[index + 1]
    return start - sentence.start <= 4 and _IT_REPORTS.match(finder.text, after.start) is not None


_IT_REPORTS = re.compile(
    r"It (?:also |later )?(?:said|says|added|stated|warned|announced|denied)\b"
)
_ITS_AFTER = re.compile(r"[^.;:!?\u201c\u201d\"]{0,60}?\bits\b")
_SPOKEN_CUES = frozenset(("said", "says", "told", "tells", "added", "explained", "recalled"))
_OUTLET_VERBS = frozenset(("reported", "reports", "reporting", "in an interview with", _GIVEN_TO))


def _extracted_actor(actor: ActorDraft) -> dict:
    """An `ExtractedActor`'s fields (see `_claim`)."""
    return {
        "id": actor.id,
        "name": actor.name,
        "type": actor.type,
        "role": actor.role,
        "aliases": [a for a in actor.aliases if a != actor.name],
    }
