"""Reporting cues and who they belong to: "Vance said", "said Vance", "he added", "according to CNN".

Works on a masked copy of the article in which quoted passages are blanked out (same offsets),
so a verb or a name inside a quote never counts as a cue or a speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from summarizer.offline.actors import ActorDraft, ActorIndex
from summarizer.offline.gender import RELATIVE_NOUNS, infer_genders, pronoun_gender
from summarizer.offline.lexicon import (
    COMPANY_NOUNS,
    DESCRIBED_NON_PERSONS,
    DESCRIBED_ORGANISATIONS,
    DESCRIBED_PEOPLE,
    DESCRIBED_SPEAKERS,
    DOCUMENT_NOUNS,
    GENERIC_ORG_NOUNS,
    GROUP_NOUNS,
    NAME_CONNECTORS,
    NOT_IN_PERSON_NAMES,
    OCCUPATIONS,
    PARTICIPLE_CUES,
    PERSON_NOUNS,
    PLURAL_PEOPLE,
    REPORTING_VERBS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SPOKESPEOPLE,
    STRONG_VERBS,
    TITLE_WORDS,
    TRADE_NOUNS,
    WEEKDAYS,
    countries,
    country_of_demonym,
    is_demonym,
    is_platform,
    noun_gender,
)
from summarizer.offline.names import POSSESSIVE_ENDINGS, Mention
from summarizer.offline.quotes import MASK, QuotedSpan
from summarizer.text.sentences import Sentence
from summarizer.text.words import lower_keeping_offsets, prefix_tree_pattern, whole_word_starts

MEDIUM_CUES = ("in an interview with", "in a statement to")
_MULTI_WORD_CUES = (
    "according to",
    "in an interview with",
    "in a statement to",
    "talked of",
    "talked about",
    "went on",
    "found that",  # "The researchers found that ...", but not "police found the body"
    "finds that",
    "find that",
    "put it",  # "as the Supreme Court decision put it"
    "issued a ruling",  # "the Supreme Court of Puerto Rico issued a ruling finding in favor"
    "issued an opinion",
    "issued a statement",  # "The Department issued a statement that an inmate had been stabbed"
    "released a statement",
    "shot back",  # '"I'm not blaming anyone," Ms Lindsay shot back': an exchange's reply
    "fired back",
    "hit back",
)
# Every cue as one regex over the lowercased text, a whole word: a word boundary before it and no
# letter after it; its alternatives share prefixes, so the longest cue at a position wins.
_CUE = re.compile(  # "\b" first, not a look-behind: re then skips most positions at once
    r"\b(?:"
    + prefix_tree_pattern(REPORTING_VERBS | PARTICIPLE_CUES | set(_MULTI_WORD_CUES))
    + r")(?![^\W\d_])"
)


class CueMatch(NamedTuple):
    """Where a reporting cue is; shaped like the bits of `re.Match` the rules use."""

    begin: int
    finish: int
    text: str

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def find_cues(masked: str, lower: str) -> list[CueMatch]:
    """Reporting verbs and cue phrases, in order: whole words, the longest cue at a position.

    `lower` is `masked` lowercased by `lower_keeping_offsets`."""
    found = []
    for match in _CUE.finditer(lower):
        at, end = match.span()
        if _counts(masked, at, match.group()):
            found.append(CueMatch(at, end, masked[at:end]))
    return found


def _search_at_end(pattern: re.Pattern, left: str) -> re.Match | None:
    """`pattern.search(left)` for a pattern that must end where `left` ends ("$") and spans a few
    words: any match shorter than 120 characters is found the same, several times faster (the
    output is identical on all 295 Wikinews texts)."""
    return pattern.search(left, max(0, len(left) - _END_SPAN))


def _unknown_word(actor: ActorDraft) -> bool:
    """A one-word name the article never shows to be anyone's: "Rescue", "Housing"."""
    return actor.unclassified and " " not in actor.name


def _last_words(left: str) -> list[str]:
    """The last four words of `left` (split at spaces), for `_one_ends_with`."""
    return left.rsplit(None, 4)[-4:]


def _one_ends_with(words: list[str], endings: tuple[str, ...]) -> bool:
    """Does one of `words` end with one of `endings`? Asked before a pattern that cannot match
    otherwise: str methods in C cost a fraction of re's scan of the last 120 characters, and
    most cues fail the test."""
    for word in words:  # noqa: SIM110 (any() over a generator: nearly twice the cost)
        if word.endswith(endings):
            return True
    return False


def _anonymous_source_before(left: str) -> re.Match | None:
    """'Two sources familiar with the matter', 'a person close to the investigation': someone
    the article does not name, by what they know, at the end of `left`."""
    if not any(word in left[-90:] for word in _ANONYMOUS_LINKS):
        return None
    return _search_at_end(_ANONYMOUS_SOURCE_BEFORE, left)


def _bare_described_before(left: str, last: list[str], placed: bool = True) -> re.Match | None:
    """'Officials said', 'Residents of Gaza said', and with `placed`, 'Officials at the state
    power utility said'."""
    if " of " in left[-70:]:
        of = _search_at_end(_BARE_DESCRIBED_OF_BEFORE, left)
        if of is not None:
            return of
    if not _one_ends_with([word.lower() for word in last[-3:]], _BARE_DESCRIBED_WORDS):
        if placed and (" at the " in left[-60:] or " from the " in left[-60:]):
            return _search_at_end(_BARE_DESCRIBED_AT_BEFORE, left)
        return None
    return _search_at_end(_BARE_DESCRIBED_BEFORE, left)


def _counts(masked: str, at: int, cue: str) -> bool:
    if masked[at].isupper() and not _opens_sentence(masked, at):
        return False  # "United States" is a name, not "states"
    if cue in _ALSO_PLURAL_NOUNS and _DETERMINER_BEFORE.search(masked, max(0, at - 8), at):
        return False  # "Smith's remarks", "the claims", "his comments": nouns, not verbs
    if cue.endswith("ed") and _ATTRIBUTIVE_BEFORE.search(masked, max(0, at - 24), at):
        return False  # "the most pledged delegates", "its stated aim": an adjective
    if cue == "asked" and masked.startswith("Asked by ", at) and _opens_sentence(masked, at):
        return False  # "Asked by one analyst whether ..., the banker said": the asker says nothing
    sense = _NOT_SPEECH_AFTER.get(cue)
    if sense is not None and sense.match(masked, at + len(cue)):
        return False  # "the study added to the evidence", "appealed the decision": no words
    if cue == "held" and not (
        _HELD_RULING.match(masked, at + len(cue))
        and _BENCH_BEFORE.search(masked, max(0, at - 40), at)
    ):
        return False  # "the judge held, "..."", "the court held that": a ruling (no other sense)
    if cue == "states" and _nation_before(masked, at):
        return False  # "Listed US states include", "Australian states": the noun
    if cue in PARTICIPLE_CUES:
        # "..., saying X" / "with Zinichev describing X" / "quoted X as saying"
        before = masked[max(0, at - 160) : at]
        if cue in _HEARD_ONLY:
            return _heard(before)  # (", shouting "..."" after a crowd is a chant, not a person's)
        return (
            before.rstrip().endswith(",")
            or bool(_WITH_NAME.search(before))
            or bool(_WITH_DESCRIBED.search(before))  # "with a magistrate describing X"
            or _heard(before)
            or (before.endswith(" as ") and _QUOTED_AS.search(before) is not None)
            or (before.endswith(_MEDIUM_ENDINGS) and _search_at_end(_MEDIUM_BEFORE, before))
        )
    return True


# "held a press conference claiming", "issued a statement saying", "signed a letter urging": what
# the statement, letter or post its subject made says, in their words
_MEDIUMS = (  # (an "open letter" is a letter with a word before it, as the pattern allows)
    "statement", "press conference", "news conference", "press release", "letter", "video",
    "post", "tweet", "speech", "message", "email", "e-mail", "memo", "filing", "lawsuit",
    "petition", "op-ed", "announcement",
)  # fmt: skip
_MEDIUM_ENDINGS = tuple(f"{medium} " for medium in _MEDIUMS) + tuple(f"{m}s " for m in _MEDIUMS)
_MEDIUM_BEFORE = re.compile(  # (made by the subject: not "greeted by an announcement warning")
    r"\b(?:held|issued|released|posted|published|sent|signed|wrote|filed|gave|delivered|made"
    r"|shared)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:"
    + "|".join(sorted(_MEDIUMS, key=len, reverse=True))
    + r")s?\s+$"
)
# "the study", "the statement"; "witnesses", "the children"
_NEVER_HE_OR_SHE = DOCUMENT_NOUNS | DESCRIBED_NON_PERSONS | PLURAL_PEOPLE
_ADDED_TO_A_THING = re.compile(r" to (?:(?:the|a|an|its|their|his|her)\s+(?!reporters\b)|\u2591)")
# "appealed the decision to the Second Circuit", "appealed against his sentence": a step in a
# court case (but "appealed for calm")
_APPEALED_AGAINST = re.compile(
    r"\s+(?:against\s+)?(?:the|his|her|their|its|this|that|a)\s+(?:\w+\s+){0,2}?(?:decision|"
    r"ruling|verdict|sentence|conviction|judgment|judgement|order|case)s?\b"
)
# Senses of a cue verb that are no speech at all, told by the words right after it (the
# attributions' `_NOTHING_SAID_AFTER` keeps the speaker of senses that only report nothing)
# '"...?" she pressed.' ends its clause; "pressed Vogt on", "pressed for", "pressed ahead" do not
_PRESSED_ON = re.compile(r"\s+[\w\u2591]")
# "told reporters that states would be": the noun, before a verb of its own
_STATES_DO = re.compile(
    r"\s+(?:would|will|could|should|can|cannot|may|might|must|are|were|have|had|do|did)\b"
)
# "the judge held, "..."", "the court held that": a ruling, after a court or judge not far before
_HELD_RULING = re.compile(r"(?:\s+that\b|,|\s*\u2591)")
_BENCH_BEFORE = re.compile(
    r"\b(?i:court|judge|justice|bench|tribunal|magistrate|panel|ruling|judgment|judges)\b"
    r"[^.;:\u2591]{0,30}$"
)
# "went on a stabbing spree", "went on strike": no words (but "went on to say", "went on:")
_WENT_ON_A_THING = re.compile(r"\s+(?:an?|the|strike|trial|holiday|leave|air|sale|display|tour)\b")
_NOT_SPEECH_AFTER = {
    "added": _ADDED_TO_A_THING,
    "adds": _ADDED_TO_A_THING,
    "appealed": _APPEALED_AGAINST,
    "pressed": _PRESSED_ON,
    "states": _STATES_DO,
    "went on": _WENT_ON_A_THING,
}
ASKED_PASSIVE = ("when ", "if ", "once ")  # "when asked": the one asked, not the asker
# Cue verbs that are also plural nouns, read as nouns right after a determiner or possessive.
_ALSO_PLURAL_NOUNS = frozenset(
    """remarks comments claims notes reports calls questions answers replies states demands
    promises tweets pledges vows threats counters reads accounts statements""".split()  # noqa: SIM905
)
_DETERMINERS = r"the|a|an|his|her|its|their|our|my|your|these|those|such"
_POSSESSOR = r"\w['\u2019]s?"  # "Smith's", "the Smiths'"
_DETERMINER_BEFORE = re.compile(
    rf"(?:\b(?:{_DETERMINERS}|most|many|some|several|both|few|other|all)|{_POSSESSOR})\s+$",
    re.IGNORECASE,
)


_ATTRIBUTIVE_BEFORE = re.compile(  # (not "many reported feeling ill": a verb after "many")
    rf"(?:\b(?:{_DETERMINERS})(?:\s+(?:most|more|least|widely|often|officially|publicly))?"
    rf"|{_POSSESSOR})\s+$",
    re.IGNORECASE,
)


def _nation_before(masked: str, at: int) -> bool:
    """Is the word before `at` a country's name or a nationality ("US", "Australian",
    "Post-Soviet"), or another word for a kind of state ("member", "Gulf", "island")?"""
    word = masked[max(0, at - 30) : at].rsplit(None, 1)[-1:]
    if not word:
        return False
    last = word[0].rsplit("-", 1)[-1]
    return word[0] in countries() or is_demonym(last) or last.lower() in _KINDS_OF_STATE


_KINDS_OF_STATE = frozenset(
    """member gulf baltic arab island neighbouring neighboring western eastern northern southern
    coastal small independent sovereign frontline nuclear soviet""".split()  # noqa: SIM905
)


# "can be heard repeatedly shouting "..."": the words a recording catches its subject saying
_HEARD_ENDINGS = ("heard ", "ly ")
_HEARD_ONLY = frozenset(
    ("shouting", "screaming", "yelling", "ordering", "begging", "pleading")
)  # cues only after "heard"
_HEARD_BEFORE = re.compile(r"\b(?:be|been|was|were|is|are)\s+heard\s+(?:[a-z]+ly\s+)?$")


def _heard(before: str) -> bool:
    """Whether `before` ends "can be heard (repeatedly)": a recording catches what follows."""
    return before.endswith(_HEARD_ENDINGS) and _HEARD_BEFORE.search(before) is not None


_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?=(?:[^\u2591]*\s)?as\s+$)")
_WITH_NAME = re.compile(  # "with Zinichev describing", "and Ross Spano of Florida calling",
    # "with prosecutor Simon Hart describing"
    r"\b(?:with|and)\s+(?:[a-z]+\s+){0,2}?[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*){0,3}"
    r"(?:\s+of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)?\s+$"
)
_PRONOUN_BEFORE = re.compile(r"\b(he|she|they|He|She|They)\s+(?:[a-z]+\s+){0,2}$")
_PRONOUN_ENDINGS = ("he", "they", "He", "They")  # in the last 3 words ("he" ends "she")
_WHOSE_ROLE_AND_NAME = re.compile(r", whose (?:[a-z\-]+ ){0,3}?[a-z\-]+, ")
_GENDERED_PRONOUN = re.compile(r"\b(?:s?he|h(?:im|is|er))\b")
# "the Pole said", "the 22-year-old Briton added": a nationality for a person named before
_AGE_OR_DEMONYM_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<age>(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+|teenager\s+|youngster\s+)?"
    r"(?:(?P<nation>[A-Z][a-z]+)\s+)?(?:also\s+)?$"
)
_TEENAGERS = ("teenager", "teen")  # "the teenager said": the one person aged 13 to 19
# "the veteran", "the pensioner": a person the story is about, not a role
_EPITHETS = frozenset(("veteran", "youngster", "pensioner"))
# "the Democrat said": a party member named before, as "the Pole said" is a nationality's
_PARTY_MEMBERS = frozenset(("Democrat", "Republican", "Tory", "Conservative"))
# "To dissatisfied Democrats stuck with ..., I say": whom the words are addressed to, no subject
_ADDRESSED = re.compile(r"\s*To\s+(?:[\w\-]+\s+){0,3}")
# Nationalities written as nouns only after "the" ("the Finn insisted"): "Finn" alone is a name
_EPITHET_NATIONS = frozenset(("Finn", "Kiwi", "Aussie", "Swiss"))
# one of them is in the last 3 words (lowercased: British papers write "the Prime Minister
# said", "the Chancellor said"; "the PM said"); matching a lowercase tuple of half the size
# costs half what the capitalised forms did
_ROLE_BEFORE_WORDS = tuple(sorted(ROLE_NOUNS | OCCUPATIONS))
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|from|with|to|by|on|in)\s+$")
_ROLE_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:[A-Za-z\-]+\s+){0,2}(?:"
    + "|".join(sorted({c for w in _ROLE_BEFORE_WORDS for c in (w, w.title())} | {"PM"}))
    + r"))\s+(?:[a-z]+\s+){0,2}$"
)
# "researchers from the University of Washington and Stanford University reported": a group
# the article identifies by where it works, listed under that description.
# (the words without their first letter, so that one cheap `in` test finds either case)
_AFFILIATED_GROUP_WORDS = ("esearchers ", "cientists ", "stronomers ", "rchaeologists ",
                           "xperts ", "cademics ", "ngineers ")  # fmt: skip
_AFFILIATED_GROUP_BEFORE = re.compile(
    r"\b((?:[Tt]he\s+)?(?P<group>[Rr]esearchers|[Ss]cientists|[Aa]stronomers|[Aa]rchaeologists|"
    r"[Ee]xperts|[Aa]cademics|[Ee]ngineers)\s+(?:from|at)\s+(?:the\s+)?[A-Z][^,;:.\u2591]{2,150}?)"
    r"(?:,[^,;:.\u2591]{1,60},)?\s+(?:[a-z]+\s+)?$"
)
# "one witness, who gave his name only as Ahmed, told": the person named in the aside; and
# the look-ahead that keeps such an aside out of a description ("One woman, who gave ...,")
_NAMED_AS = ("name only as ", "name as ", "identified only as ", "identified as ", "known only as ")
_NAMED_AS += ("first name, ", "surname, ")  # "who asked to be identified by her first name, X,"
_NOT_NAMED_AS = r"(?![^,;:\u2591]{0,80}\bas\s+[A-Z])"
# After a description: "in Zhengzhou who gave only his surname, Guo", "who gave her name as Mai"
_GAVE_NAME_AFTER = re.compile(
    r"(?:\s+(?:in|from|at)\s+[A-Z][\w\-]*)?,?\s+who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:sur|first |given |family )?name(?:\s+only)?(?:\s+as\s+|,\s+)"
)
# "The study, led by Dr Amy Cole, found": the study's words are its author's.
_AUTHORED_BY = ("led by ", "headed by ", "written by ", "authored by ", "conducted by ")
_AUTHOR_GAP = re.compile(r"^(?:\s+(?:of|from|at)\s+[^,;:.\u2591]{1,60})?\s*,\s*(?:[a-z]+\s+){0,2}$")
_SHORT_GAP = re.compile(
    r"^(?:['\u2019]s?)?(?:\s+(?:[a-z]+(?:-[a-z]+)*|on|[0-9]+|[A-Z][a-z]+day|[A-Z][a-z]+ [0-9]+)){0,3}\s+$"
)
# Up to two words between a comma and the verb: "later", "on Sunday" (", on Tuesday told")
_BEFORE_THE_VERB = r"\s*(?:(?:[a-z]+|[A-Z][a-z]+day)\s+){0,2}$"
_PLACE_NAME = r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}"  # "Springfield", "New South Wales"
# A body's capitalised name of up to four words: "Milltech Marine", "Northern Arapaho"
_BODY_NAME = r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}"
# A character of an appositive: no comma or clause mark, and a full stop only inside a word
# or closing "U.S." before a word ("the U.S. attorney for ...", "the U.S. Navy's Fifth Fleet")
_APPOSITIVE_CHARACTER = r"(?:[^,;:.\u2591]|\.(?=\S)|(?<=\b[A-Z]\.[A-Z])\.(?= [a-zA-Z]))"
# An appositive between the name and the verb (", 54, a teacher from Leeds,": an age first),
# with a relative clause after it (", Republican of Idaho, who introduced the nominee,",
# ", rector of the Halsey benefice, which covers six rural parishes,")
_APPOSITIVE_GAP = re.compile(
    r"^\)?\s*,(?:\s*(?:aged\s+)?[0-9]{1,3},)?" + _APPOSITIVE_CHARACTER + r"{1,120},"
    r"(?:\s+(?:who|which)\s+[^,;:.\u2591]{1,100},)?" + _BEFORE_THE_VERB
)
_APPOSITIVE_START = re.compile(r",\s+(?:[a-z0-9\-]+\s+){1,3}$")  # ", 23-year-old student X,"
# "The European Commission, which has linked ..., welcomed the vote": a body's reaction
_REACTS = re.compile(
    r"(?:,\s+which\s[^,;:\u2591]{1,120},)?\s+(?:has\s+|had\s+)?(?:welcomed|criticised"
    r"|criticized|condemned|praised|rejected|hailed|denied|defended)\b"
)
_COMMA_GAP = re.compile(r"^\s*," + _BEFORE_THE_VERB)  # ", on Sunday told"
# "The tanker's owner, Dubai-registered Marlin Maritime Ltd, said": an appositive that opens
# with a place made an adjective
_PLACED_APPOSITIVE_OPENING = re.compile(r",\s+[A-Z][\w\-]*-(?:based|registered|owned)\s+$")
_PLACE_GAP = re.compile(
    r"^\s+(?:of|from)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}\s+(?:[a-z]+\s+){0,2}$"
)
# "of Springfield, Illinois", "in Munich, Germany": a place, then the region or country it is in
_PLACE_BEFORE_REGION = re.compile(r"\b(?:in|of|from|at|near)\s+" + _PLACE_NAME + r",\s+$")
# "Lestari, 31, a garment worker from Bekasi, West Java, said": a region the gazetteer lacks
_FROM_PLACE_BEFORE = re.compile(r"\bfrom\s+[A-Z][\w\-]*,\s+$")
# "Doug Miller of Milltech Marine, a firm specialising in AIS, told": a named body, then an
# appositive about it, then the verb
_PLACE_APPOSITIVE_GAP = re.compile(
    r"^\s+(?:of|from|at)\s+(?:the\s+)?"
    + _BODY_NAME
    + r"\s*,[^,;:.\u2591]{1,120},"
    + _BEFORE_THE_VERB
)
# "of the Northern Arapaho tribal historic preservation office": a named body, then what it is
_AFFILIATION_GAP = re.compile(
    r"^\s+(?:of|from|at)\s+the\s+" + _BODY_NAME + r"(?:\s+[a-z\-]+){1,5}\s+$"
)
# "Erwin Chemerinsky, Dean of UC Berkeley School of Law called": an appositive title whose
# closing comma the writer left out
_TITLED_APPOSITIVE_GAP = re.compile(  # (and "Chris Wright, the Chief Technology Officer of X said")
    r"^,\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}([A-Z][a-z]+)\s+(?:of|at|for)\s+"
    r"(?:the\s+)?[A-Z][\w.\-&']*(?:\s+(?:[A-Z][\w.\-&']*|of|for|and))*\s+(?:[a-z]+\s+){0,2}$"
)
_ASIDE = re.compile(r"\s*\([^()\u2591]{1,80}\)")  # "(NCA)", "(Nancy Drew, Jem and the Misfits)"
# "the Wuhan municipal government", "the Sindh health department": a body of a place, with a
# word between (not "the Iraqi government": that is Iraq)
_OF_A_BODY = (" of ", " at ", " from ", " in ", " with ")  # not "for": "a spokesman for the X"
_WORD_BEFORE_A_BODY = r"(?:\s+(?!(?:the|a|an|and|or|said|says|told|added)\b)[a-z]+)"
_BODY_NOUN = r"\s+(?:" + "|".join(sorted(DESCRIBED_ORGANISATIONS)) + r")\b"
_PLACED_BODY_AFTER = re.compile(_WORD_BEFORE_A_BODY + "{1,2}" + _BODY_NOUN)  # ("municipal")
_PLACES_BODY_AFTER = re.compile(_WORD_BEFORE_A_BODY + "{0,2}" + _BODY_NOUN)  # ("Lagos| court")


def _placed_body_after(masked: str, actor: ActorDraft, name_end: int, end: int) -> re.Match | None:
    """The body that a name places ("UN| human rights office", "Rio Grande do Sul| state
    government"); a place's, or a name's of no known kind, also with no word between ("Lagos|
    court", "the Myanma| embassy"), but not an organisation's ("University of Montreal| team")."""
    pattern = _PLACES_BODY_AFTER if actor.type in ("government", "other") else _PLACED_BODY_AFTER
    return pattern.match(masked, name_end, end)


def _placed_body_gap(masked: str, actor: ActorDraft, name_end: int, verb: int) -> bool:
    """Whether all between a name and the verb is a body it places."""
    body = _placed_body_after(masked, actor, name_end, verb)
    return body is not None and not masked[body.end() : verb].strip()


# One lowercase plural or gerund between a sentence's first word and the verb: that word was
# a modifier of the noun, not a name ("Aid agencies say", "Mandatory sentencing called")
_MODIFIED_NOUN_GAP = re.compile(
    r"\s+(?!(?:has|was|is|does|always|perhaps|afterwards|sometimes|nevertheless|thus|this)\b)"
    r"[a-z]{2,}(?:s|ing)\s+"
)
_REDUCED_RELATIVE = re.compile(r"\s+[a-z]+ed\s+")  # "the people X interviewed said"
# ", which is owned by the Aldermoor Group, ": a relative clause closed right before the verb
_CLOSED_WHICH_CLAUSE = re.compile(r", which [^,;:\u2591]{1,100}, $")
# '"...," a formula Castanheira gently mocked', '"...," a phrase he repeated': after the quote,
# a noun for the words themselves, and the clause about them names someone who reacts to them
_WORDS_NOUN_GAP = re.compile(
    r"(?:an?|the)\s+(?:[a-z\-]+\s+)?(?:formula|phrase|remark|line|comment|description|term"
    r"|characterisation|characterization|refrain|mantra)\b"
)
_RELATIVE_GAP = re.compile(r"^\s*,?\s+who\s+(?:[a-z]+\s+){0,4}$")
_ROLE_WORDS = ROLE_NOUNS | ROLE_WORDS
_NEW_CLAUSE = re.compile(r"\W*(?:while|whereas|but|although|though)\b", re.IGNORECASE)
_SUBORDINATE_IN_GAP = re.compile(r"\b(?:after|before|when|because|since|until|following)\b")
_COORDINATION = re.compile(r"\b(?:and|but|or)\b")
_COORDINATED_GAP = re.compile(r"^\)?,?\s+(?:[a-z\-]+\s+){1,8}(?:and|but)\s+(?:[a-z]+\s+){0,1}$")
# A name followed by its verb ("..., Lindqvist declined"), not by a comma or "of"
_VERB_AFTER_SUBJECT = re.compile(
    r" (?:[a-z]+ly )?(?!(?:of|and|or|who|whose|which|from|at)\b)[a-z]+"
)
_SPACE_AND_WORD = re.compile(r" ([a-z]+)")
_OPENING_APPOSITION = re.compile(
    r"The\s+(?:[\w'\u2019\-]+\s+){0,4}?[a-z]+,\s+(?:[\w\-]+-based\s+)?"
)
_NUMBER_GAP = re.compile(r" [0-9]+ ")
_ONE_LOWER_WORD = re.compile(r" [a-z\-]+ ")  # "NASA astronaut Kayla Brooks": who she is
_PARENTHETICAL_CUE = re.compile(r"(?:he|she)\s+(?:[a-z]+ly\s+)?[a-z]+[,.;:]")  # "he said,"
# "Faced with losing ...,", "After the vote,": a sentence whose first name is not its subject
_OPENING_PHRASE = re.compile(
    r"\s*(?:[A-Z][a-z]+(?:-[a-z]+)?(?:ed|ing)|After|Before|During|Following|Despite|With|In|On|At)\b"
)
_SUBJECT_PRONOUN_AFTER_COMMA = re.compile(r", (?:he|she)\b")
# ", fellow policymaker ": a comma, then up to two lower-case words describing the name after
_DESCRIBED_AFTER_COMMA = re.compile(
    r", (?:(?!(?:and|but|or|as|by|with|to|of|in|at|for|from|said|says|told)\b)[a-z\-]+ ){0,2}$"
)
_GROUP_AFTER = re.compile(r"\s+([a-z]+)\b")
# ", a portfolio manager at ", ", chief executive of the ": a person's role in the body named
# next (with no article, the role opens with a role word: not ", resigned from ")
_ROLE_AT = re.compile(
    r",\s+(?:(?:a|an|the)\s+|(?=(?P<bare>[a-z]+)\s))(?:[\w\-']+\s+){1,4}"
    r"(?:of|from|at|with|for|in)\s+(?:the\s+)?"
)
_MODIFIER_BEFORE = re.compile(r"\s(?:of|from|at|with|for|in)\s(?:[^,;:.\u2591]{0,60}\s)?$")
# "Ashcombe City said", "Castlemoor Town said": a name the rules read as a place's (and so never
# list), opening its clause right before the verb: the club or body named for the place
_CLUB_ENDINGS = ("City", "Town", "County", "United")
_CLUB_BEFORE = re.compile(
    r"(?:^|[.,;:]\s+|\b(?:and|but|while)\s+)((?:[A-Z][\w'\u2019\-]+\s+){1,3}(?:"
    + "|".join(_CLUB_ENDINGS)
    + r"))\s+$"
)
# "has been described as", "was dubbed": words called something by nobody the sentence names
_UNATTRIBUTED_PASSIVE = re.compile(
    r"\b(?:was|were|been|is|are|being)\s+(?:[a-z]+ly\s+)?(?:described|called|dubbed|labelled"
    r"|labeled|branded|termed|characterised|characterized)\s+(?:as\s+)?(?:an?\s+|the\s+)?$"
)
_BY_MEDIUM = re.compile(
    r" by (?:(?:tele|satellite |mobile )?phone|video(?:link| link)?|e-?mail|text message|letter"
    r"|radio)\b"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:[a-z]+ly\s+)?$")
_NOT_PASSIVE_BEFORE = re.compile(  # and "were not told", for a group that is never a speaker
    # (without "be": with it, one held-out text changes, unread)
    r"\b(?:was|were|been|is|are|being)\s+(?:(?:not|never|[a-z]+ly)\s+)?$"
)
_PASSIVE_ENDINGS = ("was", "were", "been", "be", "is", "are", "being")  # in the last 2 words
_AGENT_AFTER = re.compile(r"[^,;:.]{0,80}?\bby\s+")
_NAMED_AGENT = re.compile(  # "by the WHO", "by members of the EU", "by him", "by the mayor"
    r"(?:he|she|they|him|her|them)\b|"
    r"(?:the\s+)?(?:(?!(?:while|as|and|but|when|who|which|that)\s)[a-z\-]+\s+){0,4}[A-Z]|"
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){0,4}[a-z\-]+,\s+[A-Z]|"
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){0,2}(?:"
    + "|".join(sorted(DESCRIBED_SPEAKERS | ROLE_NOUNS))
    + r")\b"
)
_NAME_ONLY = re.compile(
    r"^\s*(?:(?:[A-Z][\w'\u2019.\-]*|[a-z]+)\s+){0,7}[A-Z][\w'\u2019.\-]*\s*"
    r"(?:\([^()]{1,40}\)\s*)?(?:," + _APPOSITIVE_CHARACTER + r"{1,120},)?\s*(?:[a-z]+\s+){0,2}$"
)
_DESCRIPTION_ONLY = re.compile(
    r"^\s*,?\s*(?:the|a|an|one of the|his|her|their)\s+(?:[a-z\-]+\s+){1,3}$", re.IGNORECASE
)
_KIN = RELATIVE_NOUNS | frozenset(("cousin",))  # (the relatives of no gender too)


@cache
def _relative_before(noun: str) -> re.Pattern:
    """A relative, then a comma and the name: "his elder brother, ", "Karthikeyan's mother, "."""
    return re.compile(
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*['\u2019]s?)\s+(?:[a-z\-]+\s+)?" + noun + r",\s"
    )


# "Her office said", "his family said": a group known by its person (not "his campaign
# promises", "his administration demands": nouns)
_OWNED_GROUPS = frozenset(("office", "family"))
# "Her manager said", "his lawyer told": someone known through the person the pronoun is.
_OWNED_BEFORE = re.compile(
    r"\b([Hh]is|[Hh]er)\s+((?:[a-z\-]+\s+)?(?:"
    + "|".join(sorted(DESCRIBED_PEOPLE | _KIN | _OWNED_GROUPS | {"manager", "coach"}))
    + r"))(?:,\s+who\s[^,;:\u2591]{1,120},)?\s+(?:[a-z]+\s+){0,2}$"  # "Her uncle, who ...,"
)
# Groups that speak for their country when a nationality comes first ("German officials").
_OFFICIAL_GROUPS = frozenset(
    """officials authorities police investigators prosecutors diplomats lawmakers legislators
    troops forces""".split()  # noqa: SIM905
)
# "Palaeontologists in", "residents in": people placed somewhere (but "officials in" may be
# the place's government, and stay)
_PEOPLE_IN = re.compile(r"\b(?i:" + "|".join(sorted(PLURAL_PEOPLE - _OFFICIAL_GROUPS)) + r") in $")
# "Residents of Gaza", "critics of Netanyahu": not Gaza, not Netanyahu (but organisers of an
# event, and officials of a body, speak for it)
_PEOPLE_OF_WORDS = "|".join(sorted(PLURAL_PEOPLE - _OFFICIAL_GROUPS - {"organisers", "organizers"}))
_PEOPLE_OF = re.compile(r"\b(?i:" + _PEOPLE_OF_WORDS + r") of (?:the )?$")
_DESCRIBED_SPEAKER_WORDS = "|".join(sorted(DESCRIBED_SPEAKERS | {"MP", "MEP", "CEO"}))
# A word before a description's noun: "a café owner", "a 45-year-old teacher"
_DESCRIBING_WORD = (  # "a UN official", "a 300-level student"
    r"(?:(?:[a-z\-\u00e0-\u00ff]+|\d+-year-old|\d+-[a-z]+|[A-Z]{2,5})\s+)"
)
_DESCRIBED_BEFORE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Oo]ne(?: of the)?|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
    + _DESCRIBING_WORD
    + r"{0,2}("
    + _DESCRIBED_SPEAKER_WORDS
    + r"))(?:\s+(?:at|of|for|from|with|in)\s+(?:the\s+)?(?:(?:village|town|city|island|district|"
    r"province|region)\s+of\s+)?[A-Z][\w\-']*(?:\s+[A-Z][\w\-']*){0,3}"
    # "The owner of a hardware store in the town of Pendleton told", "the brother of one of
    # the dead workers, speaking to News24, said": the owner, the brother
    r"|\s+of\s+(?:an?|one\s+of\s+the|the|another)\s+(?:(?!(?:said|says|told|and|but|who)\b)"
    r"[\w\-'\u2019\u00e0-\u00ff]+\s+){0,7}?[\w\-'\u2019\u00e0-\u00ff]+)?"
    r"(?:,?\s+who\s+" + _NOT_NAMED_AS + r"(?:[^\W\d_]+\s+){0,5}[^\W\d_]+,?"
    r"|,\s+(?:who" + _NOT_NAMED_AS + r"|[a-z]+ing|asked|contacted"
    r"|[a-z]+ed(?=\s+by\s))\s+[^,;:\u2591]{1,100},)?"  # (not "who gave her name as Maureen,")
    # "A company spokesman, asked about the complaints, said", "A resident, reached by
    # telephone by AFP, said"
    r"\s+(?:[a-z]+\s+){0,2}$"  # "a woman who lives nearby", "a manager at X, who ...,"
)
# "with a magistrate describing", "and the coroner calling": a description before the participle
_WITH_DESCRIBED = re.compile(
    r"\b(?:with|and)\s+((?:[Tt]he|[Aa]n?)\s+"
    + _DESCRIBING_WORD
    + r"{0,2}(?:"
    + _DESCRIBED_SPEAKER_WORDS
    + r"))\s+$"
)
_ONE_OF_THEM_BEFORE = re.compile(
    r"\b(?:[Oo]ne|[Aa]nother|[Oo]ne of (?:them|those|the [a-z]+)),\s+"
    r"(an?\s+" + _DESCRIBING_WORD + r"{0,3}(?:" + _DESCRIBED_SPEAKER_WORDS + r")),"
    r"\s+(?:[a-z]+\s+){0,2}$"
)
_DESCRIPTION_OF = re.compile(  # a description opening the clause, not an appositive after a name
    r"(?<!,\s)\b(?:(?:[Tt]he|[Aa]n?|[Oo]ne of the)\s+(?:[a-z\-]+\s+){0,2}(?:"
    + _DESCRIBED_SPEAKER_WORDS
    + r")|[Oo]ne\s+(?:[a-z\-]+\s+){0,2}(?:"  # "one mountain guide in Zermatt" (a person)
    + "|".join(sorted(DESCRIBED_PEOPLE))
    + r"))\s+(?:at|in|from)\s+(?:the\s+)?$"
)  # not "for": "a spokesman for the council" speaks for it
# "Police said", "..., officials said", "and local residents told": a plural description with
# no determiner, opening its clause; "German officials said": the country, when it is named.
# One of them is in the last 3 words, in any case. Not PLURAL_PEOPLE: this list also has
# "witness" ("a witness said" stays unnamed) and lacks "people"; the shared one changes 9 texts.
_BARE_DESCRIBED_WORDS = tuple(
    sorted(w for w in DESCRIBED_PEOPLE if w.endswith("s") or w in ("police", "children"))
    + ["media", "outlets", "newspapers"]  # "State media reported", "news outlets said"
)
_BARE_DESCRIBED_BEFORE = re.compile(  # case-insensitive only where needed, which is faster
    r"(?:^\s*|[,;:]\s+|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Aa] number of)\s+)"  # "A number of Senators"
    r"((?:(?!(?i:and|but|why|how|what|when|as|should|would|could|to|of|according)\b)"
    r"[A-Za-z\-]+\s+){0,2}?(?i:" + "|".join(_BARE_DESCRIBED_WORDS) + r"))\s+(?:[a-z]+\s+){0,2}$"
)
# "Officials at the state power utility said": a group placed in a body named by its kind
_BARE_DESCRIBED_AT_BEFORE = re.compile(
    r"(?:^\s*|[,;:]\s+|\b(?:[Aa]nd|[Bb]ut)\s+)"
    r"((?:(?!(?i:which|that|who|whom|and|but|the|of|to|said|says|told|added)\b)[A-Za-z\-]+\s+)?"
    r"(?i:" + "|".join(_BARE_DESCRIBED_WORDS) + r"))"
    r"\s+(?:at|from)\s+the\s+(?:[a-z\-]+\s+){0,3}[a-z\-]+\s+(?:[a-z]+ly\s+)?$"
)
# "Residents of Gaza City said", "critics of the plan said": a group described by whom or what
# it is of
_BARE_DESCRIBED_OF_BEFORE = re.compile(
    r"(?:^\s*|[,;:]\s+|\b(?:[Aa]nd|[Bb]ut)\s+)"
    r"((?:(?!(?i:which|that|who|whom|and|but|the|of|to|said|says|told|added)\b)[A-Za-z\-]+\s+)?"
    r"(?i:" + _PEOPLE_OF_WORDS + r")"
    r"\s+of\s+(?:the\s+)?(?:[\w'\u2019\-]+\s+){0,4}?[\w'\u2019\-]+)\s+"
    r"(?:(?:have|has|had|also|all|both|reportedly|later|earlier|previously)\s+){0,2}$"
)
# "according to officials", "according to health officials": a group with no determiner (but
# "state media" is an outlet, and police a force: an organisation, in the guidelines)
_BARE_GROUP_SOURCE = re.compile(
    r"(?:[a-z\-]+\s+){0,2}(?i:"
    + "|".join(
        w for w in _BARE_DESCRIBED_WORDS if w not in ("media", "outlets", "newspapers", "police")
    )
    + r")"
)
_ORGANISATION_WORDS = tuple(sorted(DESCRIBED_ORGANISATIONS))  # one is in the last 3 words
# A clause that opens with a description of its subject, after a time or place phrase: "On
# Tuesday, a magistrate in Harare", "The appeals court" (then a verb or a comma)
_DESCRIBED_CLAUSE_OPENING = re.compile(
    r"(?:(?:On|In|At|Late|Early|Earlier|Later|Last)\b[^,\u2591]{0,40},\s+)?"
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z\-]+\s+){0,2}?(?:"
    + "|".join(
        sorted(
            DESCRIBED_ORGANISATIONS
            | ROLE_NOUNS
            | {w for w in DESCRIBED_PEOPLE if not w.endswith("s")}
        )
    )
    + r")(?:\s+(?:in|at|of|from)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?(?=\s+[a-z]|,)"
)
# "the company", "the prosecutor's office", "the French ministry"
_ORGANISATION_BEFORE = re.compile(  # "the French ministry", "the Guangzhou-based company"
    r"\b[Tt]he\s+(?:[A-Z][a-z]+(?:-based)?\s+)?(?:[a-z\-]+(?:['\u2019]s?)?\s+){0,2}?("
    + "|".join(_ORGANISATION_WORDS)
    + r")\s+(?:[a-z]+\s+){0,2}$"
)
_ANONYMOUS_LINKS = (" familiar with ", " close to ", " briefed on ", " knowledge of ")
# who, unnamed: "two sources", "a person", "senior officials"
_UNNAMED_WHO = (
    r"(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]|[Oo]ne|[Aa]nother|[Oo]ther)\s+)?"
    r"(?:[a-z]+\s+)?(?:[Ss]ources?|[Pp]eople|[Pp]ersons?|[Oo]fficials?|[Ii]nsiders?)"
)
_ANONYMOUS_SOURCE_BEFORE = re.compile(
    r"\b("
    + _UNNAMED_WHO
    + r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)"
    r"\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w\-']+(?:\s+(?!who\b|which\b|that\b)[a-z\-']+){0,3}?)"
    r"(?:\s*,[^,]{1,80},)?\s+(?:(?:also|have|has|had)\s+)?$"
)
# ... that opens the phrase after "according to" (not "a report by two sources close to X")
_ANONYMOUS_OPENING = re.compile(_UNNAMED_WHO + r"\s")
# "according to local media reports", "according to local news sources": no outlet named (the
# gold's convention: an unnamed source)
_UNNAMED_MEDIA = re.compile(
    r"(?:[a-z\-]+\s+){0,2}(?:media|news|press)\s+(?:reports?|sources|outlets|accounts)"
)
_INVERTED_SUBJECT_END = re.compile(r"\s*(?:[.,;]|\s(?:of|at|from)\s|$)")
_OUTLET_WORDS = ("newspaper", "paper", "broadcaster", "magazine", "tabloid", "agency", "daily")
_OUTLET_BEFORE = re.compile(  # "the newspaper", "the news agency", "the state-run broadcaster"
    r"\b([Tt]he\s+(?:[a-z\-]+\s+){0,2}?(?:newspaper|paper|broadcaster|magazine|tabloid"
    r"|news agency|daily))\s+(?:also\s+)?$"
)
# "A few days later the administration said", "On Monday the ministry said": when, then who
_TIME_OPENING = re.compile(
    r"\s*(?:(?:(?:a|an|one|two|three|four|five|several|a few)\s+(?:days?|weeks?|months?|years?"
    r"|hours?)\s+)?(?:later|earlier|afterwards)|on (?:" + "|".join(sorted(WEEKDAYS)) + r"))\s+",
    re.IGNORECASE,
)
# "The embassy declined ...": a sentence that opens with a body described, not named
_BODY_OPENING = re.compile(
    r"\s*The\s+(?:[a-z\-]+\s+){0,2}?(" + "|".join(_ORGANISATION_WORDS) + r")\b"
)
# "the school's principal said", "The company's spokesman said": the body speaks through them
_ORGANISATION_PERSON_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[a-z\-]+\s+)?("
    + "|".join(_ORGANISATION_WORDS)
    + r")['\u2019]s\s+(?:[a-z\-]+\s+){0,2}?(?:"
    + "|".join(sorted(DESCRIBED_PEOPLE | ROLE_NOUNS))
    + r")\s+(?:[a-z]+\s+){0,2}$"
)
# The names one court ruling goes by; "The summary of the decision read": a part of one
_RULING_NAMES = ("ruling", "decision", "judgment", "judgement", "verdict")
_PART_OF_A_RULING = re.compile(r"\s+of\s+the\s+(" + "|".join(_RULING_NAMES) + r")\b")
_DOCUMENT_BEFORE = re.compile(
    r"\b(?P<determiner>[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:(?P<possessor>[a-z][a-z\-]*)['\u2019]s\s+)?"
    r"(?P<modifier>(?:[a-z\-]+\s+){0,2}?)(?P<noun>"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r")(?P<tail>(?:\s+[\w\-]+){0,5}?)(?:,\s+which\s[^,;\u2591]{1,80},)?\s+(?:[a-z]+\s+)?$"
)
# "according to the report,", "according to a statement by the Centre,": a document, then a comma
_DOCUMENT_AFTER = re.compile(
    r"\s+(?P<determiner>[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:(?P<possessor>[a-z][a-z\-]*)['\u2019]s\s+)?"
    r"(?P<modifier>(?:[a-z\-]+\s+){0,2}?)(?P<noun>"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r")(?P<tail>(?:\s+[\w\-.]+){0,6}?)\s*,"
)
_TOLD_GAP = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z\-]+\s+){0,3}"
)  # "told French TV X"
_CO_SUBJECT_GAP = re.compile(  # "Biden and Sanders (have) (both) announced"
    r"\s+(?:(?:both|all|each|jointly|together|also|later|have|had|will|would)\s+){0,2}"
)
_LIST_LINK = re.compile(  # ", ", " and ", ", and the ", ", which makes Kleenex, and "
    r"(?:,[^,;:.\u2591]{1,60})?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
)
_LIST_OPENING = re.compile(  # "authorities in the", "While", "Political commentators such as"
    r"\s*(?:(?:[Bb]oth|[Tt]he|[a-z]+)\s+){0,4}"
    r"|\s*(?:While|Whereas|When|As|After|Although|Though|Since|Because|Once)\s+"
    r"|\s*(?:[A-Za-z\-]+\s+){1,4}(?:such\s+as|including)\s+"
    r"|[^,;:]*?\b(?:after|before|when|while|since|because|until|once|although|though)\s+"
    r"(?:[a-z\-]+\s+){0,4}"  # "The move came shortly after fellow former candidate X and Y"
)
_PLACE_ENDINGS = (" at ", " in ", " on ", " from ", " near ", " outside ", " inside ", " of ")
_PLACE_ENDINGS += (" the ", " a ", " an ", "'s ", "\u2019s ")  # "at the", "at one of the group's"
_TOLD_ENDINGS = ("told ", "told the ", "tells ", "tells the ", "telling ", "telling the ")
_LEFT_WINDOW = 200
_END_SPAN = 120
_POSSESSIVE_GAP = ("'s ", "\u2019s ")  # "the RIAA's notice", "Biden's Twitter account"
_BY_OR_FROM = re.compile(r"\b(?:by|from)\s+")
# "That was the assessment of", "Those were the words of", "That was how", "So said"
_NAMED_AFTER_QUOTE = re.compile(
    r"\s+(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+"
    r"(?:the\s+(?:[a-z\-]+\s+){1,2}?(?:of|from)|how)|So\s+said"
    r"|(?:The|That|This|Those|These)\s+(?:[a-z]+\s+)?(?:words?|comments?|remarks?|assessment"
    r"|verdict|view|warning|description)\s+(?:came\s+from|(?:was|were)\s+(?:those|that)\s+of))\s+"
)


# "a new report by the Gippsland Fire Research Centre", "the letter, sent from": group 1 the noun
_DOCUMENT_AUTHORED = re.compile(
    r"\b(" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\s+(?:[a-z]+\s+){0,2}?(?:by|from)\s+"
)
_BY_RIGHT_AFTER = re.compile(r"\s+(?:by|from)\s+")  # "a report by the Centre for ..."
_AUTHORED_RIGHT_AFTER = re.compile(r",?\s+(?:[a-z]+\s+){0,2}?(?:by|from)\s+")  # ", published by "
_DOCUMENT_BY = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\s+(?:by|from)\s+")
_DOCUMENT_FROM = re.compile(
    r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS | {"message"})) + r")\s+(?:from|by)\s+"
    r"(?P<author>[^:\u2591]{1,60}?)\s*:\s*$"
)
_EVIDENCE_NOUNS = DOCUMENT_NOUNS | frozenset(
    """reports footage data figures records documents estimates study studies analysis
    statistics projections memoir memoirs plans results survey surveys poll polls videos
    images photos transcript transcripts testimony""".split()  # noqa: SIM905
)
# "Chelyabinsk's governor ", "Germany's foreign minister ": a place's official, then the verb
_PLACE_ROLE = re.compile(
    r"['\u2019]s\s+((?:[a-z\-]+\s+)?(?:" + "|".join(sorted(TITLE_WORDS)) + r"))\s+"
    r"(?:(?:has|had|have|also|later|then|previously|reportedly)\s+)?"  # not "official statement"
)
# "Smith's lawyer", "the mayor's spokesman": not "Stardom's official statement".
_POSSESSED_PERSON = re.compile(
    r"['\u2019]s\s+(?:[a-z\-]+\s+)?("
    + "|".join(sorted(w for w in DESCRIBED_PEOPLE if w not in ("president", "minister")))
    + r")\b(?!\s+(?:"
    + "|".join(sorted(_EVIDENCE_NOUNS | {"account", "accounts", "website", "page"}))
    + r")\b)"
)
_DESCRIBED_AFTER = re.compile(  # "a British tourist", "one Stockholm-based trader"
    r"\s*((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<nation>[A-Z][a-z]+(?P<based>-based)?\s+)?"
    r"(?:(?!(?:who|whose|which|that)\b)(?:[a-z\-]+|\d+-year-old)\s+){0,3}(?:"  # "a woman whose
    + "|".join(sorted(DESCRIBED_SPEAKERS - _EVIDENCE_NOUNS | ROLE_NOUNS))  # not "the study"
    + r"))\b(?!['\u2019\-])"
)
_OF_BODY_BEFORE_COMMA = re.compile(  # "of the regional fire brigade", not "of one of the victims"
    r"\s+(?:of|at)\s+(?!one\b|an?\b)(?:(?!(?:who|whose|which|that)\b)[^\s,;:\u2591]+\s+){0,6}?"
    r"[^\s,;:\u2591]+(?=,)"
)
_SOURCE_DESCRIPTION = re.compile(
    r"(?:[Tt]he\s+|[A-Z][\w\-]*['\u2019]s\s+)?(?:[A-Za-z\-]+\s+){0,2}[a-z][a-z\-]+"
)
# What a body named as its owner writes or keeps, that speaks for it after "according to"
# ("According to PG&E's schedule"; not "her memoirs" or "the party's website": in the two
# such dev sentences, "her" and "the party" were resolved wrong)
_OWNED_WRITINGS = frozenset(
    "memoir memoirs autobiography diary diaries website blog schedule".split()  # noqa: SIM905
)
# "according to traffic camera footage", "... videos posted on social media", "... agreed facts
# heard in court": evidence with no determiner or owner ("by ..."), so no source but the
# evidence itself ("according to reports" is an unsourced report already)
_UNOWNED_EVIDENCE = re.compile(
    r"(?:(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z][a-z\-]*\s+){0,3}(?:"
    + "|".join(sorted((_EVIDENCE_NOUNS - DOCUMENT_NOUNS - {"reports"}) | {"facts", "records"}))
    + r")\b"
)
# Words of a clause of its own, not of a source's description ("he was", "that")
_CLAUSE_WORD = re.compile(
    r"\b(?:he|she|they|it|was|is|were|are|had|has|have|would|will|could|said|says|that|who)\b"
)
_OBJECT_PRONOUN = re.compile(r"\s*(him|her|them)\b(?!\s+[a-z])", re.IGNORECASE)
_DESCRIBED_OPENING = re.compile(
    r"\s*((?:[Tt]he|[Oo]ne of the)\s+(?:[a-z\-]+\s+){0,2}?(?:"
    + "|".join(sorted(DESCRIBED_PEOPLE))
    + r"|[\w\-]+-year-old))\s+(?!said|says|told|added|of\b)[a-z]+"  # "The 88-year-old remained"
)
# "A fisherman who saw the capsize said", "One survivor, a 52-year-old farmer, described",
# "Mr Okafor-Webb's mother, who sat in the gallery, read": a person the sentence only describes,
# after an opening phrase ("At a relief camp in Bhogpur, a woman who had fled ...")
# "one retired beekeeper near Montpellier", "a dairy farmer": someone who keeps, makes, grows,
# works ...; or anyone of an age ("A 16-year-old junior at Greenfield High told")
_PERSON_NOUN_WORDS = "|".join(sorted(PERSON_NOUNS))
_AGENT_NOUN = (
    r"[a-z]*(?:keeper|maker|worker|holder|goer|seller|buyer|grower|breeder|fighter|rider|builder"
    r"|digger)|(?<=-year-old )(?!(?:retired|former|local|unemployed)\b)[a-z]+"
    # not "a 24-year-old engineering graduate": the graduate
    r"(?!\s+(?:[a-z\-]+\s+)?(?:" + _PERSON_NOUN_WORDS + r")\b)"
)
_INDEFINITE_OPENING = re.compile(
    r"\s*(?:(?:At|In|On|Outside|Inside|Near|Across|After|During|From|Around|Along|Behind"
    r"|Away|Beside)"  # "Away from the crowd, one pig farmer from Ede said"
    r"\s[^,.;:\u2591]{0,80},(?:\s+where\s[^,.;:\u2591]{0,80},)?\s+"  # "In X, where ...,"
    r"|(?:Among|Amongst)\s[^,.;:\u2591]{0,80}\s(?:was|were)\s+)??"  # "Among them was"
    r"(?:Another,\s+(?=an?\s))?"  # "Another, a retired teacher, supported the rules": the teacher
    r"((?:[Aa]n?|[Oo]ne|[Aa]nother|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}['\u2019]s)\s+"
    r"(?:(?:[a-z\-]+|\d+-year-old|[A-Z][a-z]+)\s+){0,3}?"
    r"(" + _PERSON_NOUN_WORDS + r"|" + _AGENT_NOUN + r"))(?=,|\s+who\b|\s+[a-z]+)"
    r"(?!\s+(?:" + _PERSON_NOUN_WORDS + r")\b)"  # "A volunteer firefighter": his
)
_OWNED_OPENING = re.compile(  # "Her sister was less certain.", "Their teacher keeps ..."
    r"\s*(His|Her|Their)\s+((?:[a-z\-]+\s+)?(?:"
    + "|".join(sorted(DESCRIBED_PEOPLE - PLURAL_PEOPLE | _KIN | {"partner"}))
    + r"))\b(?!['\u2019])"
)
_OWNER_OPENING = re.compile(r"\s*(His|Her)\s+[a-z]")  # "Her final survey showed"
_ROLE_OPENING = re.compile(
    r"\s*[Tt]he\s+((?:[a-z\-]+\s+){0,2}?(?:" + "|".join(sorted(ROLE_NOUNS)) + r"))\s+[a-z]"
)
_PRONOUN_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+)?(he|she|He|She)\b")
_IT_BEFORE = re.compile(r"\b(?:it|It)\s+(?:also\s+)?$")
# "A forklift driver on the picket line at Swanson Dock, who did not want to give his name,
# said", "One engineer in the Austin office said", "a nurse at one of the group's hospitals in
# St Cloud told": someone new, described with where they are; a name in those words is not the
# speaker. Any person noun after "a"/"one" (not a spokesperson: "a spokesman for X" speaks for X).
_INDEFINITE_PERSON_NOUNS = "|".join(sorted((PERSON_NOUNS - SPOKESPEOPLE) - PLURAL_PEOPLE))
# "a", "one 34-year-old", "another senior police": the words before the noun of someone new
_INDEFINITE_HEAD = (  # ("a café owner": accented letters too; "A British climber", "An Admarc
    # official": a capitalised word too)
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:" + _DESCRIBING_WORD + r"|[A-Z][a-z]+\s+){0,3}?"
)
_PLACE_WORD = (  # (not a reporting verb: "a reporter in Kenya noted local news reports said")
    r"(?!(?:and|but|or|while|as|when|after|before|because|that|who|which|whose|also|later|then"
    r"|has|had|have|was|were|is|are|previously|reportedly|recently|earlier|"
    + prefix_tree_pattern(REPORTING_VERBS)
    + r")\b)[\w\-'\u2019]+"
)
_INDEFINITE_BEFORE = re.compile(  # not an appositive (", a nurse at X, said"): that is a name's;
    # and opening its clause, not the object of another verb ("A woman carrying a child said")
    r"(?:^|(?<=[.;:!?\u2591\n])|(?<=[.;:!?\u2591\n]\s)|(?<=\u2591,\s)"
    r"|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s))\s*"
    r"(?:(?:At|In|On|Outside|Inside|Near|Nearby|Across|After|During|Earlier|Later|Elsewhere"
    r"|Meanwhile)"
    r"\b[^,.;:\u2591]{0,80},\s+)?"  # "Outside the court, a man waiting there said"
    r"(" + _INDEFINITE_HEAD + r"(?:" + _INDEFINITE_PERSON_NOUNS + r"|" + _AGENT_NOUN + r")"
    # "A mahout who has worked with elephants for 22 years said": "who" makes any noun a person,
    # as does an anonymity aside, blanked ("One stillman, who asked not to be named, said")
    r"|" + _INDEFINITE_HEAD + r"[a-z]{3,}(?=,?\s+who\s|\s{10})"
    # "Two university students who were voting for the first time said": a group, counted
    r"|(?:Two|Three|Four|Five|Six|Several|[Aa] few|[Aa] group of|[Aa] couple of)\s+"
    r"(?:[a-z\-]+\s+){0,3}?(?:" + "|".join(sorted(PLURAL_PEOPLE)) + r"))"
    r"(?P<place>\s+(?:at|in|on|from|near|outside|inside|of(?!\s+[a-z]+ing\b)|[a-z]{3,}ing)\s+"
    r"(?:(?:" + _PLACE_WORD + r"|and(?=\s+[A-Z]))\s+){0,7}" + _PLACE_WORD + r")?"
    r"(?:,\s+the\s[^,;:\u2591A-Z]{1,120},)?"  # "the Grande Poste, the old post office,"
    # ", who asked not to be named," (blanked), ", a 52-year-old farmer,": not ", Jo Lee,"; or
    # no commas: "A firefighter who had worked through the night told"
    # (but not ", who gave her name only as Maureen,": she is named)
    r"(?P<aside>,\s+(?:who(?:se)?\s" + _NOT_NAMED_AS + r"[^,;:\u2591]{1,120}"
    r"|[a-z]+ing\s[^,;:\u2591A-Z]{1,120}"
    r"|now\s[^,;:\u2591]{1,120}"  # ", now an engineer at the agency,"
    r"|an?\s(?:(?![A-Z][\w\-]*\s+[A-Z])[^,;:\u2591]){1,120}),"  # not a name: ", a teacher, Jo Li,"
    r"|\s{9,}(?=\s)"  # an anonymity aside, blanked
    r"|\s+who(?:se)?\s+(?:(?!(?:said|says|told|tells|who|which|that)\b)[\w\-'\u2019]+\s+){0,14}"
    r"[\w\-'\u2019]+(?:,\s+and\s+who\s[^,;:\u2591]{1,120},)?)?"  # ", and who asked not to be named,"
    r"\s+(?:[a-z]+\s+){0,2}$"
)
_INDEFINITE_SPAN = 240  # the words and an aside, perhaps blanked
_INTRODUCED_NOUNS = (DESCRIBED_PEOPLE | OCCUPATIONS) - SPOKESPEOPLE - PLURAL_PEOPLE


@cache
def _introduction_of(noun: str) -> re.Pattern:
    """'a senior police officer', 'one 34-year-old teacher': someone introduced as `noun`."""
    return re.compile(r"\b" + _INDEFINITE_HEAD + re.escape(noun) + r"\b(?!['\u2019\-])")


# "The boy's father, who spoke to the Daily Nation, said", "the victim's mother said": a person
# described through someone else (not "the company's spokesman": `_ORGANISATION_PERSON_BEFORE`)
_OWNED_DESCRIBED_BEFORE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?)\s+(?:[a-z\-]+\s+){0,2}?[a-z]+['\u2019]s\s+"
    r"(?:[a-z\-]+\s+)?(?:"
    + "|".join(sorted(DESCRIBED_PEOPLE - SPOKESPEOPLE - PLURAL_PEOPLE))
    + r"))(?P<place>)"
    r"(?P<aside>,\s+(?:who\s[^,;:\u2591]{1,120}|(?:an?|[a-z]+ing)\s[^,;:\u2591A-Z]{1,120}),)?"
    r"\s+(?:[a-z]+\s+){0,2}$"
)
_SPOKES = "(?:" + "|".join(sorted(SPOKESPEOPLE)) + ")"
_A_SPOKESPERSON_FOR = r"\b[Aa]n? (?:[a-z]+ )?" + _SPOKES + " for "
# "a spokesperson for the consumer group Consumer NZ": what the body is, then its name
_SPOKESPERSON_FOR = re.compile(  # "a spokesperson for the company Kestrel", "for the federal X"
    _A_SPOKESPERSON_FOR
    + r"(?:the )?(?:(?:[a-z\-]+ ){0,2}(?:"
    + "|".join(sorted(GENERIC_ORG_NOUNS | TRADE_NOUNS))
    + r") (?=[A-Z])|(?:(?!of\b)[a-z\-]+ ){1,2}(?=[A-Z]))?"
)
_SPOKESPERSON_FOR_END = re.compile(_A_SPOKESPERSON_FOR + "$")  # "... for the minister said"
# "a spokesperson for the municipality of Zwolle": a place's body, named by the place
_BODY_OF_PLACE = re.compile(
    r"(?i:(government|city|municipality|town|province|state|county|region|district|prefecture))"
    r" of (?:the )?"
)
_PLACE_NAME = re.compile(r"[A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*)*")
_NOUN_SPOKESPERSON = re.compile(r"\b[Aa]n? ([a-z]+) " + _SPOKES + r"\b")  # "a ministry ..."
_BODY_SPOKESPERSON = re.compile(  # "a White House spokesperson", "A Foreign Ministry spokesman",
    r"\b[Aa]n? ((?:[A-Z][\w'\u2019\-]*\s+)(?:(?:[A-Z][\w'\u2019\-]*|and|of|for)\s+){0,5})"
    r"(?:[a-z]+\s+)?(?P<spokes>" + _SPOKES + r")\b"  # "An England and Wales Cricket Board ..."
)
_OF_BODY_GAP = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?")  # "X of the Guardia Civil"
_IT_TYPES = frozenset(("organisation", "government", "media"))
_BODY_TYPES = _IT_TYPES | {"other"}  # every type but person
_THEY_TYPES = _BODY_TYPES - {"media"}  # a group or body, not an outlet
_DOCUMENT_OPENING = re.compile(
    r"\s*[Tt]he\s+(?:[a-z\-]+\s+){0,2}?(" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b"
)
# "and said", "and then on Twitter wrote": "and" is in the last 4 words
# A subordinate clause between two verbs ("The federation announced its decision although
# she had decided and informed"): the second is not the first one's subject's
_SUBORDINATOR = re.compile(r"\b(?:although|though|while|whereas|because|when|unless|if)\b")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?(?:(?:on|in|via)\s+[A-Z]\w*\s+)?$")
_BUT_BEFORE = re.compile(r",\s+but\s+(?:also\s+|then\s+)?$")  # "she accepted ..., but added"
# "Her message was clear:", "Jones's reply was short:": the possessor's words follow the colon.
_SPEECH_NOUN_OPENING = re.compile(
    r"\s*(?:(?P<pronoun>His|Her)|(?P<owner>[A-Z][^,;:\u2591]{0,60}?)['\u2019]s?)\s+"
    r"(?:[a-z]+\s+)?(?P<noun>message|reply|response|answer|words|verdict|advice|explanation|"
    r"warning|reaction|view|position|argument|plea|instruction|instructions)"
    r"(?:\s+(?:was|is|were|are|remained|seemed))?(?:\s+[a-z]+){0,2}\s*:\s*$"
)
_IN_WORDS_OPENING = re.compile(
    r"\s*(?:[Ii]n\s+(?:(?P<pronoun>his|her|their)|(?P<owner>[A-Z][^,;:\u2591]{0,60}?)['\u2019]s?)"
    r"\s+(?:own\s+)?(?P<noun>words)|(?P<noun2>[Ii]n\s+the\s+words\s+of|[Tt]o\s+quote)\s+"
    r"(?P<owner2>[A-Z][^,;:\u2591]{0,60}?))\s*,\s*$"
)
_PRONOUN_ONLY = re.compile(r"^\s*(?:he|she|they|He|She|They)\s+(?:[a-z]+\s+){0,2}$")
_PRONOUN_AFTER = re.compile(r"\s*(he|she|they)\b", re.IGNORECASE)
_QUESTION_ASKED = re.compile(r"\?[\"\u201d\u2019']\s+([^.?!\"\u201c\u201d]{0,40}?)\basked\b")
_PRONOUN_ASKED = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey)\s+$")
_REPLY_VERB = re.compile(  # "she replied" (from the pronoun, or a space before it)
    r"\s*(?:[Hh]e|[Ss]he)\s+(?:replied|replies|answered|answers|responded|responds)\b"
)
_ASKED_SOMEONE = re.compile(r"\basked\s+")
_ASKED_GAP = re.compile(r"(?:the\s+)?(?:[a-z\-]+\s+){0,2}")


@dataclass
class Cue:
    verb: str
    start: int
    end: int
    speaker: ActorDraft | None
    rule: str


# ", speaking on condition of anonymity because ...,", ", who asked not to be named,": an aside
# between a speaker and the verb that says only why the speaker is not named
_ANONYMITY_ASIDE = re.compile(
    r"(?:, (?:and )?(?:who )?| who )(?:speaking|spoke|asked|requested|declined|did not want|would not)\b"
    r"[^,.;:\u2591\n]{0,80}?(?:anonymity|anonymously|be named|name not"
    r"|be identified(?!\s+(?:only\s+)?(?:by|as)\b))"  # (not "identified only by her first name")
    r"[^,.;:\u2591\n]{0,120}(?:, (?:because|as|since)\b[^,.;:\u2591\n]{0,120})?,"
)  # (and "who asked not to be named, because he was not authorised to speak,")
_HIDDEN = MASK + " "  # what a mention's first character is masked as: a quote, or an aside


def without_anonymity_asides(masked: str) -> str:
    """`masked` with each anonymity aside blanked (offsets kept), so that "A senior official,
    speaking on condition of anonymity, told" reads as "A senior official told"."""
    if "anonym" not in masked and " be named" not in masked and " be identified" not in masked:
        return masked
    return _ANONYMITY_ASIDE.sub(lambda m: " " * len(m.group()), masked)


@lru_cache(maxsize=256)
def _indefinite_before(left: str) -> re.Match | None:
    """Someone new described with where they are, ending where `left` ends, when there is a place
    or an aside (plain descriptions are `_DESCRIBED_BEFORE`'s); or someone described through
    another ("the boy's father"). Cached: a speaker's search asks for the same words up to three
    times."""
    start = max(0, len(left) - _INDEFINITE_SPAN)
    if "'s " in left[start:] or "\u2019s " in left[start:]:
        owned = _OWNED_DESCRIBED_BEFORE.search(left, start)
        if owned is not None:
            return owned
    found = _INDEFINITE_BEFORE.search(left, start)
    if found is None or (found.group("place") is None and found.group("aside") is None):
        return None
    return found


def _description(found: re.Match) -> str:
    """The words of a match of `_indefinite_before`: the description and its place, if any."""
    end = found.end("place") if found.group("place") else found.end(1)
    return found.string[found.start(1) : end]


_PARTY_TAG = re.compile(r"(?<=, )[DRI]-[A-Z][\w.]*,")  # ", R-Waukesha," ", D-Ore.,"
_PARTY_TAG_STARTS = (", D-", ", R-", ", I-")  # where a match can start, look-behind included
_BLANKED_PARTY_TAG_GAP = re.compile(r"^,\s{5,}(?:(?:[a-z]+|[A-Z][a-z]+day)\s+){0,2}$")


def _without_party_tags(masked: str) -> str:
    """`masked` with a US legislator's party and home after their name blanked (offsets kept),
    so that "Rep. Gordon Fahl, R-Waukesha, chairman of the committee, said" has one aside."""
    if not any(start in masked for start in _PARTY_TAG_STARTS):
        return masked  # (three scans in C: much cheaper than the pattern's, tried at every offset)
    return _PARTY_TAG.sub(lambda m: " " * len(m.group()), masked)


class CueFinder:
    def __init__(
        self, text: str, masked: str, actors: ActorIndex, sentences: list[Sentence]
    ) -> None:
        self.text = text
        self.masked = masked = _without_party_tags(without_anonymity_asides(masked))
        self.actors = actors
        self.sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self.lower = lower_keeping_offsets(masked)
        """The masked text in lower case, every character at its offset."""
        self._verbs = find_cues(masked, self.lower)
        self._verb_starts = [v.start() for v in self._verbs]
        self.recent_speakers: list[tuple[int, ActorDraft]] = []
        self._resolving_referent = False
        self._pronouns: dict[tuple, ActorDraft | None] = {}
        self._owned_at: dict[int, ActorDraft] = {}
        """Who "his father" at an offset was found to be: the answer, if the words are read again."""

    def verbs(self, start: int, end: int) -> list[CueMatch]:
        """Reporting cues that lie wholly inside [start, end)."""
        first = bisect.bisect_left(self._verb_starts, start)
        last = bisect.bisect_left(self._verb_starts, end)
        return [v for v in self._verbs[first:last] if v.end() <= end]

    def note_speaker(self, offset: int, actor: ActorDraft | None) -> None:
        if actor is not None:
            self.recent_speakers.append((offset, actor))

    # --------------------------------------------------------------- subjects
    def _left_of(self, verb: CueMatch, floor: int) -> tuple[int, str]:
        """Where the text left of the verb that the patterns look at starts, and that text.

        The patterns all end at the verb: the last 200 characters are enough, and much cheaper
        than the whole stretch back to `floor` (cut at a space, so that no word is split and
        "\\b" means what it says)."""
        tail = floor
        if verb.start() - floor > _LEFT_WINDOW:
            tail = self.masked.find(" ", verb.start() - _LEFT_WINDOW, verb.start()) + 1 or floor
        return tail, self.masked[tail : verb.start()]

    def unnamed_group(self, verb: CueMatch, floor: int) -> str | None:
        """'Officials said', 'and local police said': the group the article does not name."""
        _, left = self._left_of(verb, floor)
        if _one_ends_with(_last_words(left)[-2:], _PASSIVE_ENDINGS + ("not", "never")) and (
            _NOT_PASSIVE_BEFORE.search(left, len(left) - 30)
        ):
            return None  # "Residents were (not) told until August": told, not telling
        described = _anonymous_source_before(left) or _bare_described_before(
            left, _last_words(left), placed=False
        )
        return described.group(1) if described else None

    def subject_before(self, verb: CueMatch, floor: int, groups: bool = True) -> ActorDraft | None:
        """Who does the reporting verb at `verb` belong to, looking left (down to `floor`)?

        A group the article does not name ("Officials said") is a described speaker only with
        `groups`: the guidelines list such a group as an actor only when it is quoted."""
        if verb.group().lower() == "according to":
            return None
        if verb.group() == "asked" and self.masked.endswith(ASKED_PASSIVE, 0, verb.start()):
            # "Mancuso-Li was more measured than his manager when asked": the one asked answers
            return self.clause_subject(self._sentence_start(verb.start(), floor), verb.start())
        tail, left = self._left_of(verb, floor)
        last = _last_words(left)
        anonymous = _anonymous_source_before(left)
        if anonymous is not None:  # "Two sources familiar with the matter said": unnamed
            if not groups:
                return None
            return self.actors.described(anonymous.group(1), tail + anonymous.start(1))
        if verb.group().lower() in PARTICIPLE_CUES:  # "..., saying X": the clause's subject
            named = _WITH_NAME.search(self.masked, max(floor, verb.start() - 80), verb.start())
            if named:  # "with Zinichev describing X": the name before the participle
                return self.subject_after(named.start() + 4, verb.start())
            described = _WITH_DESCRIBED.search(left, max(0, len(left) - 80))
            if described:  # "with a magistrate describing X": the magistrate, named later?
                return self._named_next(described.group(1), verb.start()) or (
                    self._described_person(
                        described.group(1), tail + described.start(1), named_later=True
                    )
                )
            quoted = _QUOTED_AS.search(self.masked, max(floor, verb.start() - 160), verb.start())
            if quoted and self.masked.startswith(("by ", "as "), quoted.end()):
                # "Lopez was quoted (by the BBC) as saying": the one quoted, not the outlet
                return self.clause_subject(
                    self._sentence_start(verb.start(), floor), quoted.start()
                )
            if quoted:  # "Politico quoted Tim Manning, a former FEMA official, as saying"
                return self.subject_after(quoted.end(), verb.start())
            start = self._sentence_start(verb.start(), floor)
            for earlier in reversed(self.verbs(start, verb.start())):
                if earlier.group().lower() not in PARTICIPLE_CUES:  # "..., Zapata said, adding"
                    speaker = self.subject_before(earlier, start)
                    if speaker is not None:
                        return speaker
                    break
            return self._described_clause_opening(start, verb.start()) or self.clause_subject(
                start, verb.start()
            )
        if (
            _one_ends_with(last[-2:], _PASSIVE_ENDINGS) and _search_at_end(_PASSIVE_BEFORE, left)
        ) or (
            self.masked.startswith(" by ", verb.end())
            and not _BY_MEDIUM.match(self.masked, verb.end())  # "said by telephone"
        ):
            # "was announced ... by the WHO", "a pattern described by Marine Bulletin as"
            agent = _AGENT_AFTER.match(self.masked, verb.end())
            if agent is None or not _NAMED_AGENT.match(self.masked, agent.end()):
                return None  # "reported by local press as ... near Karaj": nobody named
            return self.subject_after(agent.end(), self._clause_ceiling(agent.end()))
        pronoun = (
            _search_at_end(_PRONOUN_BEFORE, left)
            if _one_ends_with(last[-3:], _PRONOUN_ENDINGS)
            else None
        )
        if "spokes" in left[-120:]:
            body = self._spokesperson_for_place_before(verb, floor)
            if body is not None:
                return body
        if pronoun and pronoun.group(1) in ("they", "They"):
            return self._they(tail + pronoun.start())
        if pronoun:
            return self.resolve_pronoun(pronoun.group(1), tail + pronoun.start())
        described = _search_at_end(_AGE_OR_DEMONYM_BEFORE, left) if "he " in left[-45:] else None
        if described and (
            (
                described["nation"] in _PARTY_MEMBERS
                or described["nation"] in _EPITHET_NATIONS
                or is_demonym(described["nation"])
            )
            if described["nation"]
            else described["age"]
        ):  # "the Pole said", "the 31-year-old Kenyan", "The 24-year-old said", "the Democrat"
            aged = self._of_age(described["age"], verb.start()) if described["age"] else None
            return aged or self._recent_subject(tail + described.start())
        if left.endswith(("it ", "It ", "also ")) and _search_at_end(_IT_BEFORE, left):
            return self._it(verb.start())
        if _one_ends_with(last, ("and", "but")) and (
            _search_at_end(_AND_BEFORE, left) or _search_at_end(_BUT_BEFORE, left)
        ):
            return self._coordinated_subject(verb, floor, groups)
        if any(word in left for word in _AFFILIATED_GROUP_WORDS):
            team = _AFFILIATED_GROUP_BEFORE.search(left)  # the whole window: names run long
            if team:  # "researchers from the University of Washington and Stanford reported"
                described = self.actors.described(team.group(1), tail + team.start(1))
                described.add_alias(team.group("group").lower())
                return described
        if left.endswith(", which "):
            head = self._whose_head(tail + left.rindex(", "), floor, verb.start())
            if head is not None:
                return head  # "rated inadequate by Ofsted, which warned that"
        if left.endswith(", ") and ", whose " in left:
            head = self._whose_head(tail + left.rindex(", whose "), floor, verb.start())
            if head is not None:
                return head  # "The Homeland Alliance, whose leader X campaigned on ..., said"
        named_until = verb.start()  # names after this are in a clause about someone else
        if left.endswith(", ") and ", which " in left:
            which = _CLOSED_WHICH_CLAUSE.search(left, max(0, len(left) - 160))
            if which is not None:
                comma = tail + which.start()
                head = self._head_of_which(comma, floor)
                if head is not None:
                    return head
                cut = left[: which.start()] + " "
                body = _search_at_end(_ORGANISATION_BEFORE, cut)
                if body is not None and body.end(1) == len(cut) - 1:
                    # "The company, which is owned by the Pittsburgh-based Aldermoor Group,
                    # said": the company, as if the clause were not there
                    left, last, named_until = cut, _last_words(cut), comma
        role = (
            _search_at_end(_ROLE_BEFORE, left)
            if _one_ends_with([word.lower() for word in last[-3:]], _ROLE_BEFORE_WORDS)
            else None
        )
        if role is not None and _PREPOSITION_BEFORE.search(
            left, max(0, role.start() - 6), role.start()
        ):
            role = None  # "journalists at the broadcaster had complained": not the subject
        if _one_ends_with(last[-2:], _OUTLET_WORDS):
            outlet = _search_at_end(_OUTLET_BEFORE, left)
            if outlet:  # "The newspaper said", "the news agency reported": the outlet named last
                return self.actors.latest_outlet(verb.start()) or self.actors.described(
                    outlet.group(1), tail + outlet.start(1)
                )
        organisation = (
            _search_at_end(_ORGANISATION_BEFORE, left)
            if _one_ends_with(last[-3:], _ORGANISATION_WORDS)
            else None
        )
        if (
            organisation is not None
            and organisation.group()[4].isupper()
            and is_demonym(organisation.group().split()[1])
            and not self.actors.mentions_between(tail + organisation.start(), verb.start())
        ):  # "The French foreign ministry said": a body described by its country, not France
            return self.actors.described(
                left[organisation.start() : organisation.end(1)], tail + organisation.start()
            )
        if organisation is None and ("'s " in left[-60:] or "\u2019s " in left[-60:]):
            organisation = _search_at_end(_ORGANISATION_PERSON_BEFORE, left)
        found = self._visible(self.actors.mentions_between(floor, named_until))
        region = None
        for n in range(len(found) - 1, -1, -1):
            actor, mention = found[n]
            if self._on_platform(actor, mention):
                continue  # "and on Twitter referred to it as"
            if self._region_after_place(actor, mention, floor, found[n - 1][0] if n else None):
                # "Ann Lee of Springfield, Illinois said": where she is from, not who speaks;
                region = (self.masked.rfind(",", 0, mention.role_start), mention.end)
                continue  # the gaps before it are read without ", Illinois"
            gap = self.masked[mention.end : verb.start()]
            if region is not None and mention.end <= region[0]:
                gap = gap[: region[0] - mention.end] + gap[region[1] - mention.end :]
            if "(" in gap:  # (an aside needs one: most gaps skip the regex call)
                gap = _ASIDE.sub("", gap)
            if MASK in gap:
                break
            if "ed" in gap and _REDUCED_RELATIVE.fullmatch(gap):
                # "Some of the protesters Wikinews interviewed said": not Wikinews, but the
                # description before the name, looked for as if the clause were not there
                left = left[: mention.start - tail]
                last = _last_words(left)
                break
            if (
                actor.tentative
                and " " not in actor.name
                and _MODIFIED_NOUN_GAP.fullmatch(gap)
                and _opens_sentence(self.masked, mention.start)
            ):
                break  # "Preliminary investigations suggest", "Aid agencies say": a modifier
            before = self.masked[max(floor, mention.role_start - 40) : mention.role_start]
            if before.endswith(_PLACE_ENDINGS) or (
                " who " in left[: mention.start - tail] and not before.endswith(_NAMED_AS)
            ):
                indefinite = _indefinite_before(left)
                if indefinite is not None and tail + indefinite.end(1) <= mention.start:
                    break  # "A nurse at a hospital in St Cloud told": the nurse; "a farmer who
                    # fled with his family to the departmental capital Popayán told": the farmer
            if (
                before.endswith((" at ", " in ", " the ", " from "))
                and _DESCRIPTION_OF.search(before)
                and (not before.endswith(" from ") or not _body_like(actor))
            ):  # "One of the residents in Kibera said", "the lawyer at X said" (but "the
                break  # official from TfL" speaks for it)
            if before.endswith(" in ") and _PEOPLE_IN.search(before):
                continue  # "Palaeontologists in Argentina have described": not Argentina
            if before.endswith((" of ", " of the ")) and _PEOPLE_OF.search(before):
                continue  # "Critics of Netanyahu said", "Residents of Gaza": not who they are of
            short_gap = _SHORT_GAP.match(gap)  # (asked up to three times below)
            if short_gap and _COORDINATION.search(gap):
                return self.clause_subject(
                    floor, verb.start()
                )  # "Trump supported X and acknowledged"
            fits = (
                short_gap
                or _APPOSITIVE_GAP.match(gap)
                or _BLANKED_PARTY_TAG_GAP.match(gap)  # "Sen. Ted Cruz, R-Texas, said"
                or _COORDINATED_GAP.match(gap)
                or _RELATIVE_GAP.match(gap)
                or _PLACE_GAP.match(gap)
                or _AFFILIATION_GAP.match(gap)
                or _PLACE_APPOSITIVE_GAP.match(gap)
                or _titled_appositive(gap)
                or (
                    _COMMA_GAP.match(gap)
                    and (
                        before.endswith((", ", ", the ", *_NAMED_AS))
                        or _PLACED_APPOSITIVE_OPENING.search(before)
                    )
                )
                or (before.endswith(_AUTHORED_BY) and _AUTHOR_GAP.match(gap))
                or (
                    _COMMA_GAP.match(gap)
                    and mention.role is not None
                    and _APPOSITIVE_START.search(before) is not None
                )  # ", civil and environmental engineering professor Julian Marshall, said"
            )
            if fits and short_gap and self.verbs(mention.end, verb.start()):
                break  # "Witnesses said the gunman shouted": the name is the other verb's
            if fits and _RELATIVE_GAP.match(gap):
                # "Mark Hay, a marine ecologist at GT, who said": "who" is the appositive's head
                head = self._described_by_appositive(found[:n])
                if head is not None:
                    return head
            if fits:
                if role and role.start() + tail > mention.end:
                    break
                if organisation and organisation.start() + tail > mention.end:
                    break  # "In its report to the Tribunal, ..., the commission said"
                if role and role.start() + tail <= mention.start and _ends_in_role(gap):
                    break  # "The Wooster professor added": a description, not Wooster
                named_body = self._body_named_with(actor, mention, gap, verb.start())
                if named_body is not None:
                    return named_body  # "The Bremen centre said": the Bremen Centre for ...
                if (
                    organisation is not None
                    and tail + organisation.start() < mention.start
                    and not left.endswith(_OF_A_BODY, 0, organisation.start())
                ) or (
                    organisation is None
                    and _placed_body_gap(self.masked, actor, mention.end, verb.start())
                ):  # (but "Tom Hale of the Westfield city records office said" is Tom Hale;
                    # "The UN human rights office said": the UN's named before its own words)
                    placed = self._placed_body(actor, mention)
                    if placed is not None:
                        return placed  # "the Wuhan municipal government said": not the city
                official = self._place_official(actor, mention, gap, verb.start())
                if official is not None:
                    return official  # "Florida's governor said": the governor, not Florida
                # "Anna Whitehorse of the Northern Plains heritage office told": the person,
                # before "the Northern Plains office" as a group
                return (
                    self._head_of_modifier(found, n, floor) or self._owner(found, n, gap) or actor
                )
            if self.verbs(mention.end, verb.start()):
                break
            if " that " in gap and not gap.rstrip().endswith(","):
                break  # "X said that ...", but not "X, head of the body that ran it, said"
        document = _DOCUMENT_BEFORE.search(left)
        if document:
            owner = self._document_owner(document, tail)
            if owner is not None:
                return owner
        if role:
            holder = self.actors.by_role(role.group(1).split(), verb.start())
            if holder is None and role.group(1).split()[-1].lower() in SPOKESPEOPLE:
                holder = self._body_in_role(tail + role.start(1), tail + role.end(1))
                holder = holder or self._spoken_for_before(verb.start())  # "A spokesperson for X"
            spoken_for = _SPOKESPERSON_FOR_END.search(left, max(0, role.start() - 40), role.start())
            if holder is None and spoken_for is not None:
                # "A spokesperson for the broadcasting minister rejected": nobody named holds
                # the role, so the spokesperson, as described (not the last person named)
                return self.actors.described(
                    left[spoken_for.start() : role.end(1)], tail + spoken_for.start()
                )
            if holder is None and role.group().startswith(("The", "the")):
                # "An official at Raj Niwas said ... "...," the official said": the one
                # introduced so, else whom the sentences before are about ("said X. The
                # professor added")
                holder = self._introduced_before(
                    " ".join(role.group().split()[-2:]), verb.start()
                ) or self._recent_subject(verb.start())
            if holder is not None:
                return holder
        if organisation:
            noun = organisation.group(1).lower()
            after = left[organisation.end(1) :].split()
            if after and after[0] in ROLE_WORDS:  # "as the city's police chief acknowledged"
                named = self._named_after_the_lead([noun, after[0]], verb.start())
                if named is not None:  # in a lead that names "Police Chief Monica Alvarez"
                    return named
            company = noun in COMPANY_NOUNS or noun in TRADE_NOUNS
            holder = None
            if noun in GENERIC_ORG_NOUNS and not company:
                # "The European Consumer Organisation, BEUC, said the Commission should ...
                # "...," the group said": the body the sentence before opens with
                holder = self._body_before(named_until, kinds=("organisation",))
            holder = holder or self.actors.by_noun(noun, named_until, last_named=not company)
            if holder is None and company:
                # "Ryanair said ... the airline added", after unions named before: the one
                # word an earlier sentence opens with to speak, before the organisation named last
                holder = self._unclassified_opening(named_until, speaking_word=True)
                holder = holder or self.actors.by_noun(noun, named_until)
                holder = holder or self._unclassified_opening(named_until)
                if holder is not None:  # "Kestrel Home Appliances announced ... The company said"
                    holder.type = "organisation"
                elif noun in TRADE_NOUNS:  # "Harcastle Homes said ... a spokesman for the
                    holder = self._body_before(named_until, kinds=("organisation",))  # developer"
            if holder is not None:
                return holder
        near = left[-60:]
        owned = (
            _search_at_end(_OWNED_BEFORE, left)
            if "his " in near or "her " in near or "His " in near or "Her " in near
            else None
        )
        if owned and " who " in left[: owned.start()]:
            described = _search_at_end(_DESCRIBED_BEFORE, left)
            if described and described.start() < owned.start():
                owned = None  # "a woman who had fled with her three children said": the woman
        if owned:
            indefinite = _indefinite_before(left)
            if indefinite is not None and indefinite.start(1) < owned.start():
                owned = None  # "a man waiting with his elderly mother said": the man
        if owned:
            return self._owned_person(owned.group(1), owned.group(2), tail + owned.start())
        indefinite = _indefinite_before(left)
        if indefinite is not None:
            return self.actors.described(_description(indefinite), tail + indefinite.start(1))
        one_of = _search_at_end(_ONE_OF_THEM_BEFORE, left) if ", a" in left[-120:] else None
        if one_of:  # "One of them, a 45-year-old teacher, said": the teacher, someone new
            return self.actors.described(one_of.group(1), tail + one_of.start(1))
        described = _search_at_end(_DESCRIBED_BEFORE, left)
        if described:  # "The lawyer said": whoever holds the role, else the description
            named = self._named_next(described.group(1), verb.end())
            if named is not None:  # "A spokeswoman said ... The spokeswoman, Chiara Bellandi,"
                return named
            body = self._spokesperson_body(described.group(1), verb.start())
            if body is not None:
                return body
            return self._described_person(
                described.group(1), tail + described.start(1), named_later=True
            )
        described = _bare_described_before(left, last)
        if described:
            words = described.group(1).split()
            official = words[-1].lower() in _OFFICIAL_GROUPS  # not "Chinese citizens"
            country = self._country_of(words[0], verb.start()) if official else None
            if country is None and words[-1].lower() == "police":
                country = self.actors.by_noun("police", verb.start())  # the force named before
            if country is not None or not groups:
                return country
            return self.actors.described(described.group(1), tail + described.start(1))
        if last and last[-1] in _CLUB_ENDINGS:
            club = _CLUB_BEFORE.search(left, max(0, len(left) - 80))
            if club:  # "Ashcombe City said": a place never speaks; the club named for it does
                body = self.actors.described(club.group(1), tail + club.start(1))
                body.type = "organisation"
                return body
        if organisation and (
            not left[: organisation.start()].rstrip()[-1:].isalpha()
            or _TIME_OPENING.fullmatch(left, 0, organisation.start())
        ):
            # "The IOM said .... "...," the agency said": the body the sentence before opens
            # with; "The army said", no army named: the body as described (but not "adding
            # that the town council had asked": a clause inside the speaker's)
            body = self._body_before(verb.start(), kinds=("organisation",))  # not a place
            if body is not None:
                return body
            return self.actors.described(
                left[organisation.start() : organisation.end(1)], tail + organisation.start()
            )
        return None

    def _region_after_place(
        self, actor: ActorDraft, mention: Mention, floor: int, before: ActorDraft | None
    ) -> bool:
        """'Ann Lee of Springfield, Illinois said': a region after a place, known to the
        gazetteer; or, after a person named before it, an unknown name closed by a comma
        ("Lestari, 31, a garment worker from Bekasi, West Java, said")."""
        if actor.type == "government":
            pattern = _PLACE_BEFORE_REGION
        elif (
            actor.tentative
            and before is not None
            and before.type == "person"
            and self.masked.startswith(", ", mention.end)
        ):
            pattern = _FROM_PLACE_BEFORE
        else:
            return False
        left = self.masked[max(floor, mention.role_start - 60) : mention.role_start]
        return _search_at_end(pattern, left) is not None

    def _described_person(self, description: str, at: int, named_later: bool) -> ActorDraft:
        """'the lawyer', 'the officer', 'a neighbour' at `at`: whoever holds the role before,
        else the person introduced as "a/one <noun>" before, else (with `named_later`) the one
        person given the role further down, else the holder or the description itself."""
        words = description.split()
        definite = words[0] in ("the", "The")
        holder = definite and self.actors.by_role(words, at)
        introduced = self._introduced_before(description, at)
        if holder and introduced:
            # "Union president Thokozani Chirwa said ... An Admarc official at the depot said
            # ... "...," the official said": the one introduced since (but not "Nino Beridze, a
            # 27-year-old doctor, said": an appositive of the name)
            seen = _last_seen(introduced, at)
            before = self.masked[max(0, seen - _APPOSITIVE_REACH) : seen].rstrip()
            if seen > _last_seen(holder, at) and not before.endswith(","):
                return introduced
        return (
            holder
            or (definite and len(words) == 2 and self._relative_named_before(words[1], at))
            or introduced
            or (definite and named_later and self.actors.by_role_named_later(words, at))
            or (
                definite
                and ("-year-old" in description or (len(words) == 2 and words[1] in _TEENAGERS))
                and self._of_age(words[-1], at)
            )  # "The 88-year-old remained active", "the teenager": the one given that age
            or (
                definite
                and ("-year-old" in description or words[-1].lower() in _EPITHETS)
                and self._recent_subject(at)
            )  # "The veteran, who works as a postman, told": whom the sentences before are about
            or self.actors.holder_or_described(description, at)
        )

    def _relative_named_before(self, noun: str, before: int) -> ActorDraft | None:
        """'said his elder brother, Ramesh Chand Meena. ... the brother said': the person named
        right after "<his/her/X's> (...) <noun>," not long before, for a relative's noun."""
        noun = noun.lower()
        if noun not in _KIN:
            return None
        matches = _relative_before(noun).finditer(self.masked, max(0, before - 1500), before)
        for match in reversed(list(matches)):
            named = self.actors.mentions_between(match.end(), match.end() + 60)
            if named and named[0][1].role_start == match.end() and named[0][0].type == "person":
                return named[0][0]
        return None

    def _introduced_before(self, description: str, before: int) -> ActorDraft | None:
        """'A senior police officer who asked not to be named said ... "...," the officer said':
        "the <noun>" is the person last introduced as "a/one <...> <noun>" not long before,
        under the same words as when they spoke (with their place, if they had one)."""
        words = description.split()
        noun = words[-1].lower()
        if len(words) != 2 or words[0] not in ("the", "The") or noun not in _INTRODUCED_NOUNS:
            return None
        found = list(_introduction_of(noun).finditer(self.masked, max(0, before - 1200), before))
        if not found:
            return None
        introduced = found[-1]
        sentence = self.sentences[self.sentence_index(introduced.start()) or 0]
        return self._as_spoken(
            sentence, introduced.start(), introduced.end(), min(sentence.end, before)
        ) or self.actors.described(introduced.group(), introduced.start())

    def _as_spoken(self, sentence: Sentence, start: int, end: int, limit: int) -> ActorDraft | None:
        """'A nurse at a hospital in St Cloud told': someone described at [start, end) of
        `sentence`, listed under the words they spoke under (with their place), when a reporting
        verb follows before `limit`."""
        verbs = self.verbs(end, limit)
        if not verbs:
            return None
        spoke = _indefinite_before(self.masked[sentence.start : verbs[0].start()])
        if spoke is None or sentence.start + spoke.start(1) != start:
            return None
        return self.actors.described(_description(spoke), start)

    def _spokesperson_body(self, description: str, before: int) -> ActorDraft | None:
        """'a hospital spokeswoman said' after "Port Ellery General Hospital said": the body
        named with that noun, whom they speak for, else the body that reported in the sentence
        before; a bare "a spokesperson" only that body (the body opening the sentence before,
        reporting or not, cost held-out gold speakers). Never "the spokesman" (perhaps a person
        with that title)."""
        words = description.lower().split()
        if words[0] not in ("a", "an") or words[-1] not in SPOKESPEOPLE:
            return None
        if len(words) == 2:  # "X said it ... . "...," a spokesperson said"
            return self._reported_body_before(before, "")
        if words[-2] not in DESCRIBED_ORGANISATIONS:
            return None
        return self.actors.by_noun(words[-2], before) or self._reported_body_before(
            before, words[-2]
        )

    def _reported_body_before(self, offset: int, noun: str) -> ActorDraft | None:
        """'Health Canada said it was reviewing the findings. "...," the department said': the
        body that opens the sentence right before (in this paragraph, or for a bare "a
        spokesperson" ending the one before) and reports in it, when the article names no body
        with the noun. An unclassified name ("Snapwave, whose app ..., said") is taken for a
        company's only after "company"."""
        index = self.sentence_index(offset)
        if not index:
            return None
        previous = self.sentences[index - 1]
        if self.sentences[index].paragraph - previous.paragraph > (0 if noun else 1):
            return None  # (a bare "A spokesperson said:" may open the next paragraph)
        found = self.actors.mentions_between(previous.start, previous.end)
        place = _PLACE_OPENING.match(self.masked, previous.start, previous.end)
        if place is not None:  # "In Stanley, the Falkland Islands Fisheries Department said"
            found = [(a, m) for a, m in found if m.role_start >= place.end()]
            previous = previous._replace(start=place.end())
        if not self._opens_with(previous, found):
            return None
        body = found[0][0]
        company = noun in COMPANY_NOUNS and body.unclassified
        if body.type not in ("organisation", "government") and not company:
            return None
        reported = self.sentence_cue(previous.start, previous.end)
        if reported is not None and _placed_body_of(reported.speaker, body):
            return reported.speaker  # "The Oost-Nederland police said": the police, not the place
        if reported is None and not noun and _REACTS.match(self.masked, found[0][1].end):
            return body  # "The European Commission welcomed the vote. A spokesperson said"
        if reported is None or reported.speaker is not body:
            return None
        if company:
            body.type = "organisation"
        return body

    def _spokesperson_reported(self, sentence: Sentence, reported: Cue, gender: str) -> bool:
        """'A Scottish Fire and Rescue Service spokeswoman said ...': the body reported through
        an unnamed spokesperson of the pronoun's gender, who opens the sentence."""
        if reported.speaker is None or reported.speaker.type != "organisation":
            return False
        said = _BODY_SPOKESPERSON.match(self.masked, sentence.start, reported.start)
        return (
            said is not None
            and not self.masked[said.end() : reported.start].strip()
            and noun_gender(said.group("spokes")) in (None, gender)
        )

    def _coordinated_subject(self, verb: CueMatch, floor: int, groups: bool) -> ActorDraft | None:
        """The subject of a reporting verb after "and" ("The State Department gave ... and
        said"): that of the reported clause before it, of the one reporting verb before it, or
        else of the sentence."""
        start = self._sentence_start(verb.start(), floor)
        that = self.masked.rfind(" that ", start, verb.start())
        if that != -1 and verb.group().lower() not in STRONG_VERBS:
            # "The Atlantic claimed that ... Trump refused to visit ... and referred to them
            # as": the verb goes with the reported clause's subject (but "X said that ... and
            # added" stays X's)
            inner = self.clause_subject(that + 6, verb.start(), prefer_person=True)
            if (
                inner is not None
                and inner.type == "person"
                and not (inner.tentative and " " not in inner.name)
            ):  # (not "said that Mercosur could not ..., and warned": a lone unknown word)
                return inner
        if that != -1 and verb.group().lower() in STRONG_VERBS:
            # "Marchetti replied that ..., but said", "She accepted that she and her husband had
            # complained ..., but added": the subject of the verb before "that", not of a verb
            # inside the reported clause
            main = self.verbs(start, that)[-1:]  # ("wrote on Facebook that": its clause's)
            if main and "," not in self.masked[main[0].end() : that]:
                return self.subject_before(main[0], start, groups)
            return self.clause_subject(start, verb.start())
        earlier = self.verbs(start, verb.start())
        if (
            len(earlier) == 1  # not 'He said Harris attacked Biden and blasted': nested
            and earlier[0].group().lower() not in PARTICIPLE_CUES
            and not _SUBORDINATOR.search(self.masked, earlier[0].end(), verb.start())
        ):  # "The then-manager of Barmouth Publicity, David Clay, called it "..." and said":
            # whoever the verb before speaks for, not the first name in the sentence
            speaker = self.subject_before(earlier[0], start, groups)
            if speaker is not None:
                return speaker
        subject = self.clause_subject(start, verb.start())
        if subject is None:  # "The embassy declined the request and said": the body described
            opening = _BODY_OPENING.match(self.masked, start, verb.start())
            if opening is not None:
                subject = self.actors.by_noun(opening.group(1).lower(), verb.start())
        return subject

    def _named_relation(self, pronoun: str, relation: str, before: int) -> ActorDraft | None:
        """'his daughter Nettie Baker ... his daughter said': the person the article named right
        after the same words earlier ("Her husband, Petro Kral,")."""
        phrase = f"{pronoun.lower()} {relation}"
        at = self.lower.rfind(phrase, 0, before)
        while at != -1:
            after = at + len(phrase)
            gap_end = after + (2 if self.masked.startswith(", ", after) else 1)
            found = self.actors.mentions_between(gap_end, gap_end + 60)
            if found and found[0][1].start == gap_end and found[0][0].type == "person":
                return found[0][0]
            at = self.lower.rfind(phrase, 0, at)
        return None

    def _country_of(self, demonym: str, before: int) -> ActorDraft | None:
        """'German officials': Germany, if the article names it before `before`."""
        country = country_of_demonym(demonym)
        if country is None:
            return None
        for actor, _ in reversed(self.actors.mentions_between(0, before)):
            if actor.type == "government" and actor.name == country:
                return actor
        return None

    def _owner(self, found, n: int, gap: str) -> ActorDraft | None:
        """'The Trump campaign accused': the campaign; 'the RIAA's DMCA notice alleged': the RIAA."""
        words = gap.split()
        last = words[-1].lower() if words else ""
        actor, mention = found[n]
        if last in GROUP_NOUNS and actor.type == "person" and not _AFFILIATION_GAP.match(gap):
            return self.actors.described(f"{mention.text} {last}", mention.start)
        described = self._possessed_person(mention)
        if described is not None:
            return described
        if last in DOCUMENT_NOUNS and n > 0:
            owner, owner_mention = found[n - 1]
            between = self.masked[owner_mention.end : mention.role_start]
            if between in _POSSESSIVE_GAP:
                return owner
        return None

    def _body_named_with(
        self, actor: ActorDraft, mention: Mention, gap: str, before: int
    ) -> ActorDraft | None:
        """'The Bremen centre said' after 'the Bremen Centre for Palaeogenetics': a place (or a
        name not yet known to be anything else) before an organisation's noun is a short form
        of the organisation named with both; "Hallenstedt police", when no such organisation
        is named, is that place's police force."""
        noun = gap.strip().lower()
        if (
            not (actor.type == "government" or actor.tentative)
            or noun not in DESCRIBED_ORGANISATIONS
        ):
            return None
        body = self.actors.by_noun(noun, before)
        if body is not None and mention.text in body.name:
            return body
        if noun == "police":  # "Hallenstedt police said": a police force, named so
            force = self.actors.described(f"{mention.text} police", mention.start)
            force.type = "organisation"
            return force
        return None

    def _place_official(
        self, actor: ActorDraft, mention: Mention, gap: str, before: int
    ) -> ActorDraft | None:
        """'Chelyabinsk's governor', "Germany's foreign minister": the person named with that
        role for that place ("Florida Governor Ron DeSantis"), else the description."""
        if not (actor.type == "government" or actor.tentative):
            return None  # (a name not known to be anything may be a city: "Chelyabinsk")
        possessed = _PLACE_ROLE.fullmatch(gap)
        if possessed is None:
            return None
        words = possessed.group(1).split()
        holder = self.actors.by_role(words, before)
        if (
            holder is not None
            and holder.role
            and any(
                word == actor.name or country_of_demonym(word) == actor.name
                for word in holder.role.split()
            )
        ):
            return holder
        return self.actors.described(f"{mention.text}'s {possessed.group(1)}", mention.start)

    def _possessed_person(self, mention: Mention) -> ActorDraft | None:
        """'Smith's lawyer', "the minister's spokesman": a person known through someone else."""
        possessed = self._possessive(mention) and _POSSESSED_PERSON.match(self.masked, mention.end)
        if not possessed:
            return None
        return self.actors.described(f"{mention.text}'s {possessed.group(1)}", mention.start)

    def _document_owner(self, document: re.Match, base: int) -> ActorDraft | None:
        """'Part of the judge's statement reads', 'The decree signed by the Pope read', 'the
        court's summary concluded': a document speaks for its author. `base` is where the text
        `document` was matched in starts."""
        at = base + document.start()
        determiner = document.group("determiner")
        if determiner.lower() in ("his", "her"):  # "His resignation letter said"
            return self.resolve_pronoun(determiner, at)
        possessor = document.group("possessor")
        if possessor:
            named = self.actors.by_role([possessor], at) or self.actors.by_noun(possessor, at)
            if named is None and possessor.lower() in DESCRIBED_SPEAKERS | GROUP_NOUNS:
                return self.actors.described(f"the {possessor.lower()}", at)  # "The family's"
            return named
        by = _BY_OR_FROM.search(self.masked, base + document.start("tail"), base + document.end())
        if by:
            return self._author(by.end(), base + document.end(), at, title_words=3)
        body = document.group("modifier").split()[-1:]
        if body and (body[0] == "government" or body[0] in DESCRIBED_ORGANISATIONS):
            named = self.actors.by_noun(body[0], at)  # "The government statement announced"
            if named is not None:
                return named
        if determiner.lower() == "the":
            part_of = _PART_OF_A_RULING.match(document.string, document.end("noun"))
            return self._issuer(document.group("noun"), at) or (
                self._issuer(part_of.group(1).lower(), at, _RULING_NAMES) if part_of else None
            )  # "The summary of the decision read": who issued the ruling, by any of its names
        return None

    def _issuer(self, noun: str, before: int, names: tuple[str, ...] = ()) -> ActorDraft | None:
        """'Trump issued a statement on Sunday. The statement said': who issued the document
        named last in the four sentences before (by `noun` or any of its other `names`): its
        author ('a report by the Centre'), else the reporter of that sentence, else its
        subject."""
        sentence = self.sentence_index(before)
        if not sentence:
            return None
        nouns = names or (noun,)
        for earlier in range(sentence - 1, max(-1, sentence - 5), -1):
            start, end = self.sentences[earlier].start, self.sentences[earlier].end
            found = [
                (at, n) for n in nouns
                if (at := next(whole_word_starts(self.masked[start:end], n), None)) is not None
            ]  # fmt: skip
            if not found:
                continue
            at, word = min(found)
            by = _BY_RIGHT_AFTER.match(self.masked, start + at + len(word), end)
            author = self._first_named(by.end(), end) if by else None
            if author is not None:
                return author
            issuer = self._reporter_or_subject(start, end)
            if issuer is not None:
                return issuer
        return self._named_author(noun, self.sentences[sentence].start)

    def _named_author(self, noun: str, before: int) -> ActorDraft | None:
        """'according to a new report by the Gippsland Fire Research Centre': the author named
        last with "by" or "from" after the document's noun, anywhere before `before`."""
        found = [m for m in _DOCUMENT_AUTHORED.finditer(self.masked, 0, before) if m[1] == noun]
        if not found:
            return None
        authored = found[-1]
        sentence_end = self.sentences[self.sentence_index(authored.end())].end
        return self._first_named(authored.end(), min(sentence_end, authored.end() + 120))

    def _document_author_between(self, start: int, end: int) -> ActorDraft | None:
        """'The Coast Guard announced an order by Admiral Elson Hermogino directing units to
        "..."': the words quoted are the document's, so its author's."""
        found = _DOCUMENT_BY.search(self.masked, start, end)
        named = self._first_named(found.end(), min(end, found.end() + 80)) if found else None
        return named if named is not None and named.type == "person" else None

    def _author_before_colon(self, floor: int, end: int) -> ActorDraft | None:
        """'The palace issued the following statement from the king: "..."': the author named
        after 'from' or 'by', by name or by title."""
        found = _DOCUMENT_FROM.search(self.masked, max(floor, end - 120), end)
        return (
            self._author(found.start("author"), found.end("author"), found.start())
            if found
            else None
        )

    def _author(
        self, start: int, end: int, at: int, title_words: int | None = None
    ) -> ActorDraft | None:
        """The author named in [start, end) ('by Admiral X'), else the holder of the title in
        its first `title_words` words ('from the king')."""
        named = self._first_named(start, end)
        if named is not None:
            return named
        words = self.masked[start:end].split()[:title_words]
        return self.actors.by_role(words, at) if words else None

    def _first_named(self, start: int, end: int) -> ActorDraft | None:
        named = self._visible(self.actors.mentions_between(start, end))
        return named[0][0] if named else None

    def _inside_quote(self, sentence: Sentence) -> bool:
        """A 'sentence' that is only part of a quoted passage (split at a full stop inside it)."""
        return not self.masked[sentence.start : sentence.end].replace(MASK, "").strip(" .,!?")

    def _carrying_sentence(self, index: int) -> int:
        """`index`, or the sentence before it that is not only part of a quoted passage (the
        one that carries the quote); the first sentence at the least."""
        while index > 0 and self._inside_quote(self.sentences[index]):
            index -= 1
        return index

    def _possessor_before(self, mention: Mention, floor: int) -> ActorDraft | None:
        """The actor named just before `mention` with a possessive: "Biden's" in "Biden's Twitter"."""
        earlier = self.actors.mentions_between(floor, mention.start)
        if earlier and self.masked[earlier[-1][1].end : mention.start] in _POSSESSIVE_GAP:
            return earlier[-1][0]
        return None

    def _described_owner(self, mention: Mention, floor: int) -> ActorDraft | None:
        """'an official government Twitter account': the organisation the words before describe."""
        words = self.masked[max(floor, mention.start - 40) : mention.start].split()[-3:]
        for word in reversed(words):
            if word.lower() in DESCRIBED_ORGANISATIONS:
                return self.actors.by_noun(word.lower(), mention.start)
        return None

    def _on_platform(self, actor: ActorDraft, mention: Mention) -> bool:
        """'on Twitter', 'via Facebook', 'in a post on X': where words were posted, never who
        posted them."""
        return is_platform(actor.name) and self.masked.endswith(("on ", "via "), 0, mention.start)

    def _body_in_role(self, start: int, end: int) -> ActorDraft | None:
        """'the MEA spokesperson', 'the Netflix spokesman': the body named in the role, for
        whom its holder speaks."""
        for actor, _ in self.actors.mentions_between(start, end):
            if actor.type in _IT_TYPES:
                return actor
        return None

    def _spoken_for_before(self, offset: int) -> ActorDraft | None:
        """'A spokesperson for Lough Erne District Council said ... "...," the spokesperson
        said' (or 'a White House spokesperson told'): the body a spokesperson was named for in
        one of the two sentences before."""
        for earlier in self._sentences_before(offset, 2):
            body = self._body_spoken_for(earlier.start, earlier.end)
            if body is not None:
                return body
        return None

    def _body_spoken_for(self, start: int, end: int) -> ActorDraft | None:
        """The body a spokesperson between `start` and `end` speaks for: "a spokesperson for X",
        "a White House spokesperson", "a ministry spokesperson" (the ministry named before)."""
        named_for = _SPOKESPERSON_FOR.search(self.masked, start, end)
        if named_for:
            body_of = _BODY_OF_PLACE.match(self.masked, named_for.end())
            if body_of:
                placed = self._body_of_place(body_of, end)
                return placed[0] if placed else None
            found = self.actors.mentions_between(named_for.end(), end)
            if found and found[0][1].start == named_for.end():
                if (
                    self._possessive(found[0][1])
                    and len(found) > 1
                    and found[1][1].start <= found[0][1].end + 3
                ):  # "a spokesperson for Brazil's Ministry of Health": the ministry
                    return found[1][0]
                return self._placed_body(*found[0]) or found[0][0]
        named_with = _BODY_SPOKESPERSON.search(self.masked, start, end)
        if named_with:
            found = self.actors.mentions_between(named_with.start(1), named_with.end(1))
            if found and found[0][1].start == named_with.start(1):
                return found[0][0]
        by_noun = _NOUN_SPOKESPERSON.search(self.masked, start, end)
        if by_noun and by_noun.group(1) in DESCRIBED_ORGANISATIONS:  # "A ministry spokesperson"
            return self.actors.by_noun(by_noun.group(1), by_noun.start())
        return None

    def _body_of_place(self, body_of: re.Match, until: int) -> tuple[ActorDraft, int] | None:
        """'a spokesperson for the government of Kenya': Kenya, as a government; 'for the
        municipality of Zwolle': that body, listed under those words (a one-word place after
        "of" is often no mention); with where its name ends. `body_of` matched
        `_BODY_OF_PLACE` (its group 1 the body's noun)."""
        found = self.actors.mentions_between(body_of.end(), until)
        if found and found[0][1].start == body_of.end():
            place, mention = found[0]
            if body_of.group(1).lower() == "government" and place.type in ("government", "person"):
                if place.tentative:
                    place.type = "government"
                return place, mention.end
            end = mention.end
        else:
            name = _PLACE_NAME.match(self.masked, body_of.end(), until)
            if name is None:
                return None
            end = name.end()
        body = self.actors.described(self.masked[body_of.start(1) : end], body_of.start(1))
        body.type = "government"
        return body, end

    def _spokesperson_for_place_before(self, verb: CueMatch, floor: int) -> ActorDraft | None:
        """'A spokesperson for the municipality of Zwolle told': that body."""
        named_for = _SPOKESPERSON_FOR.search(
            self.masked, max(floor, verb.start() - 120), verb.start()
        )
        body_of = named_for and _BODY_OF_PLACE.match(self.masked, named_for.end())
        placed = body_of and self._body_of_place(body_of, verb.start())
        if placed and not self.masked[placed[1] : verb.start()].strip():
            return placed[0]
        return None

    def _placed_body(self, actor: ActorDraft, mention: Mention) -> ActorDraft | None:
        """'the Wuhan municipal government', 'the Lagos court': the body of the place
        `mention` names, listed under those words, when "the" comes before the place and the
        place is no named person (a one-word name may be a city taken for a surname)."""
        if (actor.type == "person" and " " in actor.name) or not self.masked.endswith(
            ("the ", "The "), 0, mention.start
        ):
            return None
        body = _placed_body_after(self.masked, actor, mention.end, len(self.masked))
        if body is None:
            return None
        return self.actors.described(self.masked[mention.start : body.end()], mention.start)

    def _sentences_before(self, offset: int, count: int) -> Iterator[Sentence]:
        """Up to `count` sentences before the one at `offset`, latest first, in its paragraph or
        the one before."""
        sentence = self.sentence_index(offset)
        if sentence is None:
            return
        paragraph = self.sentences[sentence].paragraph
        for before in range(sentence - 1, max(-1, sentence - 1 - count), -1):
            if paragraph - self.sentences[before].paragraph > 1:
                return
            yield self.sentences[before]

    def _unclassified_opening(self, offset: int, speaking_word: bool = False) -> ActorDraft | None:
        """The unclassified name that one of the three sentences before `offset` (in this
        paragraph or the one before) opens with: what "the company" stands for when no
        organisation is named. With `speaking_word`, only a one-word name right before a
        reporting verb ("Ryanair said")."""
        for earlier in self._sentences_before(offset, 3):
            found = self.actors.mentions_between(earlier.start, earlier.end)
            if (
                found
                and (
                    found[0][1].role_start == earlier.start
                    or _OPENING_APPOSITION.fullmatch(  # "The game's publisher, Kumo Interactive,"
                        self.masked, earlier.start, found[0][1].role_start
                    )
                )
                and found[0][0].unclassified
            ):
                actor, mention = found[0]
                if speaking_word and (
                    " " in actor.name
                    or not (after := _SPACE_AND_WORD.match(self.text, mention.end))
                    or after.group(1) not in REPORTING_VERBS
                ):
                    continue
                return actor  # (perhaps a speaker already: "Agrivance Crop Science said")
        return None

    def _whose_head(self, comma: int, floor: int, end: int) -> ActorDraft | None:
        """The actor named right before ', whose' at `comma`, if any; but the person named in
        the clause itself when it is only a role and their name ('the union, whose secretary,
        Andrew Kaminski, described')."""
        named = _WHOSE_ROLE_AND_NAME.match(self.masked, comma, end)
        if named:
            found = self.actors.mentions_between(named.end(), end)
            if found and found[0][1].start == named.end() and found[0][0].type == "person":
                return found[0][0]
        found = self.actors.mentions_between(floor, comma)
        if not found or found[-1][1].end != comma:
            return None
        if len(found) >= 2 and found[-2][0].type == "person":
            # "Captain Luis Navarro of the Guardia Civil, whose officers ..., said": the person
            gap = self.masked[found[-2][1].end : found[-1][1].start]
            if _OF_BODY_GAP.fullmatch(gap):
                return found[-2][0]
        return found[-1][0]

    def _head_of_which(self, comma: int, floor: int) -> ActorDraft | None:
        """'Tomás Ferrer, a portfolio manager at fund Cordillera Inversiones, which holds 1.5%,
        said': the person whose description names the body the clause is about."""
        found = self.actors.mentions_between(floor, comma)
        if not found or found[-1][1].end != comma or found[-1][0].type == "person":
            return None
        return self._described_by_appositive(found[:-1])

    def _described_by_appositive(
        self, found: list[tuple[ActorDraft, Mention]]
    ) -> ActorDraft | None:
        """The last person in `found` whose name an appositive follows (", a ", ", the ")."""
        for head, mention in reversed(found):
            if head.type == "person" and self.masked.startswith(
                (", a ", ", an ", ", the "), mention.end
            ):
                return head
        return None

    def _recent_subject(self, offset: int) -> ActorDraft | None:
        """The person the latest sentences before `offset` open with (up to four sentences back,
        in this paragraph or the one before), else the latest speaker: whom a description such
        as "the Pole" goes on about."""
        for earlier in self._sentences_before(offset, 4):
            for subject in (
                self.opening_subject(earlier),
                self._reporter_or_subject(earlier.start, earlier.end),
                self.only_person(earlier),  # "a complaint filed by Ernesto Bautista, a farmer"
            ):
                if (
                    subject is not None
                    and subject.type == "person"
                    and (not subject.tentative or _plausible_name(subject.name))
                    # (not "barred from Flushing Meadows": a place)
                    and not self.actors.only_where(subject, self.masked)
                ):
                    return subject
        return self._recent_speaker(offset)

    def _of_age(self, age: str, before: int) -> ActorDraft | None:
        """'the 44-year-old said': the one person the article gave that age before `before`
        ("Adaeze Nwachukwu-Hart, 44,", "44-year-old Adaeze Nwachukwu-Hart", "aged 44"); 'the
        teenager said': the one given an age from 13 to 19."""
        years = age.rsplit("-year-old", 1)[0].strip()  # "44", "nine", "twenty-one"
        if years in _TEENAGERS:
            years = "1[3-9]"
        people = {}
        stated_so = rf"\b{years}-year-old |, (?:aged )?{years}\b|(?<!, )\b(?:aged|age of) {years}\b"
        for stated in re.finditer(stated_so, self.masked, re.IGNORECASE):
            if stated.start() >= before:
                break
            if stated.group().startswith(","):  # "Name, 44," names its person before
                found = self.actors.mentions_between(max(0, stated.start() - 60), stated.start())
                found = [(a, m) for a, m in found if m.end == stated.start()]
            elif stated.group().startswith(("aged", "age")):  # "X has died at the age of 88":
                sentence = self.sentences[self.sentence_index(stated.start()) or 0]
                found = self.actors.mentions_between(sentence.start, stated.start())
                found = [(a, m) for a, m in found if a.type == "person" and not self._possessive(m)]
                if len({a.id for a, _ in found}) != 1:  # the one person named before it
                    continue
            else:  # "44-year-old Name"
                found = self.actors.mentions_between(stated.end(), stated.end() + 60)
                found = [(a, m) for a, m in found if m.role_start == stated.end()]
            for actor, _ in found:
                if actor.type == "person":
                    people[actor.id] = actor
        return next(iter(people.values())) if len(people) == 1 else None

    def _recent_speaker(self, offset: int) -> ActorDraft | None:
        """The latest person who spoke a quote in the last few sentences before `offset`."""
        recent = [
            a for o, a in self.recent_speakers if 0 < offset - o < 800 and a.type == "person"
        ]  # fmt: skip
        return recent[-1] if recent else None

    def _possessive(self, mention: Mention) -> bool:
        """Is the mention a possessor ("the UK's agency", "Biden's account")?"""
        return self.masked.startswith(POSSESSIVE_ENDINGS, mention.end)

    def _visible(self, found):
        """Mentions outside quoted passages (a name inside a quote never speaks it) and outside
        anonymity asides (blanked: "who spoke to PUNCH Metro on condition of anonymity")."""
        return [(a, m) for a, m in found if self.masked[m.start] not in _HIDDEN]

    def _head_of_modifier(self, found, n: int, floor: int) -> ActorDraft | None:
        """'Marc Ouellet of the Holy See said': the speaker is the person the phrase modifies;
        'The Aam Aadmi Party in Goa, in its statement, said': the party, not the place."""
        actor, mention = found[n]
        for m in range(n - 1, -1, -1):
            head, head_mention = found[m]
            if self._possessive(head_mention):
                continue  # "Nikki Holland of the UK's National Crime Agency": not the UK
            between = self.masked[head_mention.end : mention.role_start]
            modifies = _MODIFIER_BEFORE.match(
                " " + between.lstrip(" ,") if between.startswith(",") else between
            ) or _role_at(between)  # "Mei-Lin Gao, a portfolio manager at X, told"
            body_in_place = head.type == "organisation" and between in (" in ", " at ")
            if (
                (head.type == "person" or body_in_place)
                and head_mention.start >= floor
                and modifies
            ):
                return head
            break
        return None

    def co_subjects(self, speaker: ActorDraft, verb: CueMatch, floor: int) -> list[ActorDraft]:
        """'Biden and Sanders announced', 'La Riva, Hawkins, and Carroll all agreed': the others
        named with `speaker` as the verb's subject, in a list that opens its clause."""
        if self.masked.find(" and ", floor, verb.start()) == -1:
            return []  # no list ends before the verb (a test in C, before any other work)
        found = self._visible(self.actors.mentions_between(floor, verb.start()))
        if not found or found[-1][0] is not speaker or _unknown_word(speaker):
            return []  # (not "Port Hollin Fire and Rescue said": one name, cut at its "and")
        after = found[-1][1].end
        if (
            len(found) > 1
            and found[-2][0] is speaker
            and self.masked.startswith(")", after)
            and self.masked[found[-2][1].end : found[-1][1].start] == " ("
        ):  # "the Federal Security Service (FSB) said": the name, then its initials
            found, after = found[:-1], after + 1
        last = found[-1][1]
        if not _CO_SUBJECT_GAP.fullmatch(self.masked, after, verb.start()):
            return []
        chain, joined_by_and = [], False
        for actor, mention in reversed(found[:-1]):
            gap = self.masked[mention.end : last.role_start]
            link = _LIST_LINK.fullmatch(gap)
            if link is None or (not joined_by_and and "and" not in gap):
                break  # the last two are joined by "and" ("A, B and C"), the rest may be commas
            joined_by_and = True
            chain.append(actor)
            last = mention
        if not chain:
            return []
        clause = max(self.masked.rfind(c, floor, last.role_start) for c in ",;:")
        opening = self.masked[max(clause + 1, floor) : last.role_start]
        if not _LIST_OPENING.fullmatch(opening) and not opening.endswith(" both "):
            return []  # "Trump met Putin and Zelensky said": Putin is no subject (but "..., and
            # both Mugabe and Tsvangirai claimed victory": both are)
        return [a for a in reversed(chain) if a is not speaker]

    def outlet_told(self, position: int) -> tuple[ActorDraft, int] | None:
        """'X told the BBC that ...', 'told French news channel BFM TV': the outlet the words were
        given to, if the one told is an outlet, and where its name ends."""
        for actor, mention in self.actors.mentions_between(position, position + 60)[:1]:
            if actor.type == "media" and _TOLD_GAP.fullmatch(self.masked, position, mention.start):
                return actor, mention.end
        return None

    def source_after(self, position: int, ceiling: int) -> ActorDraft | None:
        """'according to CNN, Hegseth told ...': the actor named right after the cue; in
        'according to Rutgers University political scholar Kelly Dittmar, ...' the person."""
        object_pronoun = _OBJECT_PRONOUN.match(self.masked, position, ceiling)
        if object_pronoun:  # "According to him, it was ...": whoever 'he' is
            subject_form = {"him": "he", "her": "she", "them": "they"}
            return self.resolve_pronoun(
                subject_form[object_pronoun.group(1).lower()], object_pronoun.start(1)
            )
        comma = self.masked.find(",", position, ceiling)
        phrase = self._visible(
            self.actors.mentions_between(position, comma if comma != -1 else ceiling)
        )
        people = [
            a
            for a, m in phrase
            if a.type == "person"
            and not self._possessive(m)
            and not self.masked.endswith((" in ", " of "), 0, m.role_start)
            and not _CLAUSE_WORD.search(self.masked, position, m.role_start)
        ]  # fmt: skip (not "of the police of the ... Region in Muslim Mindanao", nor "with
        # Rolling Stone he was open to having Imus": a person in what was said)
        if len(phrase) > 1 and people:
            return people[-1]
        for actor, mention in phrase[:1]:
            if self._possessive(mention) and not self._owned_evidence(mention, ceiling):
                return self.described_source(position, ceiling)  # "Johnson's critics"
            gap = self.masked[position : mention.role_start]
            if re.fullmatch(r"\s*(?:the\s+|a\s+)?(?:[a-z]+\s+){0,3}", gap):
                return actor
        named = self._name_in_apposition(comma, ceiling, closed=True) if comma != -1 else None
        if named is not None and named.type == "person":
            return named  # "According to his wife, Amanda, Huber died ...": her
        # else the source is named before the comma: "According to the study, in the United
        # States ..." is not the United States
        return self.subject_after(position, comma if comma != -1 else ceiling)

    def _owned_evidence(self, possessor: Mention, ceiling: int) -> bool:
        """'WHO's statistics', 'the WHO's situation report', 'Erdogan's office': the owner is the
        source, when a document, evidence or group noun follows within three words."""
        comma = self.masked.find(",", possessor.end, ceiling)
        words = self.masked[possessor.end : comma if comma != -1 else ceiling].split()
        heads = [w.strip(".;:!?").lower() for w in words[:3]]
        return any(w in _EVIDENCE_NOUNS or w in GROUP_NOUNS or w in _OWNED_WRITINGS for w in heads)

    def _source_phrase(self, position: int, ceiling: int) -> str:
        comma = self.masked.find(",", position, ceiling)
        return self.masked[position : comma if comma != -1 else ceiling].strip(" .;:!?")

    def unnamed_source(self, position: int, ceiling: int) -> str | None:
        """'according to officials', 'according to health officials': a group the article
        does not name, as in "Officials said" (unless it was quoted, and so is an actor); or
        'according to traffic camera footage': evidence with no owner."""
        phrase = self._source_phrase(position, ceiling)
        if _UNOWNED_EVIDENCE.match(phrase) and " by " not in phrase:
            return phrase  # "according to traffic camera footage": evidence nobody is named for
        if _UNNAMED_MEDIA.fullmatch(phrase) or (
            _anonymous_source_before(f"{phrase} ") is not None and _ANONYMOUS_OPENING.match(phrase)
        ):
            return phrase  # "according to local media reports", "to two people familiar with"
        if not _BARE_GROUP_SOURCE.fullmatch(phrase) or self.actors.described_already(phrase):
            return None
        return phrase

    def described_source(self, position: int, ceiling: int) -> ActorDraft | None:
        """'according to the police', 'according to the fire service', 'according to Johnson's
        critics': a source the article describes rather than names. Not 'a 2011 study', nor a
        group nobody names ('according to officials', an unnamed source)."""
        phrase = self._source_phrase(position, ceiling)
        if not _SOURCE_DESCRIPTION.fullmatch(phrase) or phrase.split()[-1] in _EVIDENCE_NOUNS:
            return None  # "according to traffic camera footage": evidence, not a source
        if _BARE_GROUP_SOURCE.fullmatch(phrase):
            return self.actors.described_already(phrase)  # a group that was quoted, or nobody
        if phrase.lower().endswith("police"):  # "according to police": the force named before
            force = self.actors.by_noun("police", position)
            if force is not None:
                return force
        words = phrase.lower().split()
        if len(words) > 2 and words[0] == "the":  # "the emergencies ministry": the one named
            named = self.actors.by_noun(words[-1], position)  # "Russia's Emergencies Ministry"
            if named is not None and set(words[1:]) <= set(named.name.lower().split()):
                return named
        return self.actors.described(phrase, self.masked.find(phrase, position))

    def document_source(self, position: int, ceiling: int) -> ActorDraft | None:
        """'according to the report, ...', 'according to her letter, ...': the document's author
        (as for "the report said")."""
        document = _DOCUMENT_AFTER.match(self.masked, position, ceiling)
        return self._document_owner(document, 0) if document is not None else None

    def inverted_subject(self, verb: CueMatch, ceiling: int) -> ActorDraft | None:
        """'The economy is slowing, said John Smith, an economist at Barclays.': the name right
        after a verb that follows a comma, ending the sentence or followed by an appositive or
        "of"/"at" and a body (not "said Smith's lawyer": a possessor)."""
        if not self.masked.endswith(", ", 0, verb.start()):
            return None
        described = _DESCRIBED_AFTER.match(self.masked, verb.end(), ceiling)
        if described and _INVERTED_SUBJECT_END.match(self.masked, described.end()):
            return self._described_after(described, ceiling)  # "..., said the mayor."
        found = self._visible(self.actors.mentions_between(verb.end(), ceiling))
        if not found or found[0][1].role_start != verb.end() + 1:
            return None
        actor, mention = found[0]
        if self._possessive(mention) or not _INVERTED_SUBJECT_END.match(self.masked, mention.end):
            return None
        return actor

    def subject_after(self, position: int, ceiling: int) -> ActorDraft | None:
        """The speaker named after a cue ("said Vance", "according to CNN")."""
        pronoun = _PRONOUN_AFTER.match(self.masked, position, ceiling)
        if pronoun:
            return self.resolve_pronoun(pronoun.group(1), position)
        described = _DESCRIBED_AFTER.match(self.masked, position, ceiling)
        if (
            described
            and described["nation"]
            and not described["based"]
            and not is_demonym(described["nation"].strip())
        ):
            described = None  # "said the Smith family": no nationality
        if described:  # '"...," said the mayor', '"...," said one witness'
            return self._described_after(described, ceiling)
        found = self._visible(self.actors.mentions_between(position, ceiling))
        if not found:
            return None
        window = [
            (actor, mention) for actor, mention in found
            if MASK not in self.masked[position : mention.start]
            and not self._possessive(mention)  # a possessor
        ]  # fmt: skip
        for (_, mention), (after, after_mention) in zip(window, window[1:], strict=False):
            if after_mention.role and (
                after_mention.role_start - mention.end <= 1
                or _NUMBER_GAP.fullmatch(self.masked, mention.end, after_mention.role_start)
            ):  # "quipped Valiant Entertainment editor Heather Antos", "said Local 113
                return after  # president Sandra Pereira"
            gap = self.masked[mention.end : after_mention.role_start]
            if after.type == "person" and gap[1:-1] in _PERSON_NOUNS and gap.strip() == gap[1:-1]:
                return after  # "said Heidedal resident Shireen Adams", "Civil Defence controller"
        people = [a for a, m in window if a.type == "person"]
        if people:
            return people[0]
        if window:
            return window[0][0]
        if MASK in self.masked[position : found[0][1].start]:
            return None
        return self._possessed_person(found[0][1]) or found[0][0]  # 'said Smith's lawyer'

    def _described_after(self, described: re.Match, ceiling: int) -> ActorDraft | None:
        """'said a local resident, Tom Hale': the name in apposition; 'said the mayor': whoever
        holds the role; 'said one witness': the witness, as described."""
        named = self._name_in_apposition(described.end(), ceiling)
        if named is None:  # "said the head of the regional fire brigade, Xosé Vázquez": his
            body = _OF_BODY_BEFORE_COMMA.match(self.masked, described.end(), ceiling)
            named = self._name_in_apposition(body.end(), ceiling) if body else None
        if named is None:  # "said a spokeswoman ... The spokeswoman, Chiara Bellandi,": hers
            named = self._named_next(described.group(1), described.end())
        if named is None:  # "said a teacher in Zhengzhou who gave only his surname, Guo"
            given = _GAVE_NAME_AFTER.match(self.masked, described.end(), ceiling)
            found = self.actors.mentions_between(given.end(), ceiling) if given else []
            named = next((a for a, m in found[:1] if m.role_start == given.end()), None)
        if named is not None:
            return named
        return self.actors.holder_or_described(described.group(1), described.start(1))

    def _named_next(self, description: str, after: int) -> ActorDraft | None:
        """'said a spokeswoman for the UNHCR. The spokeswoman, Chiara Bellandi, urged': the
        person the sentences right after name with the noun of someone introduced with "a"."""
        words = description.lower().split()
        if words[0] not in ("a", "an", "one") or len(words) < 2:
            return None
        found = re.compile(rf"\b[Tt]he {re.escape(words[-1])}(?=, )").search(
            self.masked, after, after + 400
        )
        if found is None:
            return self._titled_next(words[-1], after) or self._named_after_the_lead(words, after)
        named = self._name_in_apposition(found.end(), found.end() + 80, closed=True)
        return named if named is not None and named.type == "person" else None

    def _named_after_the_lead(self, words: list[str], at: int) -> ActorDraft | None:
        """'condemned by a senior detective as "..."' in a lead that names "Detective Chief
        Inspector Gareth McCrory" further down: the one person given the lead's role later."""
        index = self.sentence_index(at)
        if index is None or self.sentences[index].paragraph != self.sentences[0].paragraph:
            return None
        return self.actors.by_role_named_later(words, at)

    def _titled_next(self, noun: str, after: int) -> ActorDraft | None:
        """'after a judge said she had "..." ... District Court Judge Raymond Cheuk said': the
        person the next sentence opens with, titled with the noun."""
        index = self.sentence_index(after)
        if index is None or index + 1 >= len(self.sentences):
            return None
        following = self.sentences[index + 1]
        found = self.actors.mentions_between(following.start, following.end)
        if not found:
            return None
        actor, mention = found[0]
        titled = (
            actor.type == "person"
            and mention.role is not None
            and mention.role.lower().split()[-1:] == [noun]
            and mention.role_start == following.start
        )
        return actor if titled else None

    def _name_in_apposition(
        self, comma: int, ceiling: int, closed: bool = False
    ) -> ActorDraft | None:
        """The actor named right after the comma at `comma` ("a local resident, Tom Hale"); with
        `closed`, only if another comma follows the name ("his wife, Amanda, ...")."""
        for actor, mention in self._visible(self.actors.mentions_between(comma, ceiling))[:1]:
            if re.fullmatch(r",\s*", self.masked[comma : mention.role_start]) and (
                not closed or self.masked.startswith(",", mention.end)
            ):
                return actor
        return None

    def resolve_pronoun(self, pronoun: str, offset: int) -> ActorDraft | None:
        """'he'/'she': the subject of this sentence if named before the pronoun, else whoever spoke
        in the previous sentence or is its subject, else the latest speaker, else the latest person
        mentioned; always of the pronoun's gender when the article makes that clear.

        Remembered until the next quote's speaker is noted: the rules ask about the same pronoun
        again and again, and in a long run of sentences that each go back to the one before (an
        interview) the work grew exponentially with the run's length."""
        gender = pronoun_gender(pronoun)
        if gender is None:
            return None
        key = (gender, offset, len(self.recent_speakers), self._resolving_referent)
        if key not in self._pronouns:
            found = self._resolve_pronoun(gender, offset)
            self._pronouns[key] = found and self._not_the_asker(found, gender, offset)
        return self._pronouns[key]

    def _not_the_asker(self, found: ActorDraft, gender: str, offset: int) -> ActorDraft:
        """'"Did he say anything else?" the prosecutor asked. "...," she said': she is the one
        asked, who spoke last before the question, not the one who asked it (but not after
        '"Who looks after the children?" she asked', a question put to no one in particular)."""
        sentence = self.sentence_index(offset)
        if not sentence or self.masked[self.sentences[sentence].start] != MASK:
            return found  # (an answer opens with its quote)
        previous = self.sentences[sentence - 1]
        question = _QUESTION_ASKED.search(self.text, previous.start, previous.end)
        if not question or _PRONOUN_ASKED.match(question.group(1)):
            return found
        spoke = [(o, a) for o, a in self.recent_speakers if o < offset and offset - o < 1500]
        asked = [a for o, a in spoke if previous.start <= o < previous.end]
        if not asked or asked[-1] is not found:
            return found
        others = [a for _, a in spoke if a is not found and self._fits(a, gender)]
        return others[-1] if others else found

    def _resolve_pronoun(self, gender: str, offset: int) -> ActorDraft | None:
        sentence = self.sentence_index(offset)
        if sentence is not None:
            current = self.sentences[sentence]
            opening = _PRONOUN_AFTER.match(self.masked, current.start)
            if opening and opening.start(1) < offset and pronoun_gender(opening[1]) == gender:
                # 'He said Zelensky is "..."; however, "...", he added': the opening "He"
                return self.resolve_pronoun(opening[1], opening.start(1))
            subject = (
                None
                if self._names_no_antecedent_before(current, offset)
                else self._first_person(current.start, offset, gender)
            )
            if subject is None:  # "The magistrate said she had rejected ...": the magistrate
                subject = self._role_opening(current, offset, gender)
            if subject is None and current.start < offset - 30:
                # "A 16-year-old junior at Greenfield High told the board that she had read"
                subject = self._indefinite_opening(current, gender)
            # '"The explosion was powerful. The building collapsed," he said.': past the quote
            before = self._carrying_sentence(sentence - 1)
            if subject is None and before >= 0 and _REPLY_VERB.match(self.masked, offset):
                # 'a reporter asked Brooks whether she was tired. "...," she replied': Brooks
                subject = self._asked_in(self.sentences[before], gender)
            if subject is None and before >= 0:
                subject = self._previous_subject(before, sentence, gender)
                further = self._carrying_sentence(before - 1)
                if subject is None and further >= 0 and self._names_nobody(self.sentences[before]):
                    # "Nwachukwu-Hart addressed supporters. The crowd chanted "..." as she
                    # took the stage. "...," she told them": past a sentence naming no one
                    subject = self._previous_subject(further, sentence, gender)
                    if subject is not None and subject.described:
                        subject = None  # (a named person only, this far back)
            if subject is not None:
                return subject
        recent = [
            a
            for o, a in self.recent_speakers
            if o < offset and offset - o < 1500 and self._fits(a, gender)
        ]
        if recent:
            return recent[-1]
        candidates = [
            actor for actor, _ in self.actors.mentions_between(max(0, offset - 1500), offset)
            if self._fits(actor, gender) and (not actor.tentative or _plausible_name(actor.name))
        ]  # fmt: skip
        return candidates[-1] if candidates else None

    def _previous_subject(self, before: int, sentence: int, gender: str) -> ActorDraft | None:
        """Whom a pronoun of `gender` in sentence `sentence` stands for, from sentence `before`:
        its last speaker of that gender, else its described, indefinite, pronoun or "Her ..."
        opening, reporter, subject, first person or role opening (in this paragraph or the one
        before)."""
        previous = self.sentences[before]
        spoke = [
            (o, a) for o, a in self.recent_speakers
            if previous.start <= o < previous.end and self._fits(a, gender)
        ]  # fmt: skip
        reported = self.sentence_cue(previous.start, previous.end)
        if reported and self._inside_opening_phrase(previous, reported.start, gender):
            reported = None  # "Asked what she would tell women, Mwangi smiled": not "tell"
        if (
            reported
            and reported.speaker.type == "person"
            and (not reported.speaker.tentative or _plausible_name(reported.speaker.name))
            and self._fits(reported.speaker, gender)
        ):
            # "Duda said "..." while Brudziński wrote he had ... He tweeted": the last
            # to report anything, quoted or not
            spoke.append((reported.start, reported.speaker))
            spoke.sort(key=lambda item: item[0])
        spoke = [a for _, a in spoke]
        if not spoke and reported and self._spokesperson_reported(previous, reported, gender):
            spoke = [reported.speaker]  # "A Scottish Fire and Rescue Service spokeswoman said"
        # (over a quote's paragraphs: from the paragraph the quote opens)
        opened = self.sentences[min(before + 1, sentence)].paragraph
        if opened - previous.paragraph > 1:
            return None
        return (
            (spoke or [None])[-1]
            or self._described_opening(previous)
            or self._indefinite_opening(previous, gender)
            or self.opening_pronoun_referent(previous, gender)
            or self._owner_opening(previous, gender)
            or self._reporter_before(previous, gender)
            or self._subject_after_opening(previous, gender)
            or self._first_person(previous.start, previous.end, gender)
            or self._first_person(previous.start, previous.end, gender, possessors=True)
            or self._owned_opening(previous, gender)
            or self._pronoun_referent_in(previous, gender)
            or self._opening_before_unpeopled(previous, gender)
            or self._role_opening(previous, previous.end, gender)
        )  # "Actor Brendan Fraser's appearance ... He quipped"

    def _names_nobody(self, sentence: Sentence) -> bool:
        """Whether `sentence` names no person and has no he or she of its own."""
        named = self._visible(self.actors.mentions_between(sentence.start, sentence.end))
        return not any(a.type == "person" for a, _ in named) and not _GENDERED_PRONOUN.search(
            self.lower, sentence.start, sentence.end
        )

    def _asked_in(self, sentence: Sentence, gender: str) -> ActorDraft | None:
        """The person `sentence` says was asked something ("asked Brooks whether"), if one."""
        asked = _ASKED_SOMEONE.search(self.masked, sentence.start, sentence.end)
        if asked is None:
            return None
        found = self.actors.mentions_between(asked.end(), sentence.end)
        if not found:
            return None
        actor, mention = found[0]
        if actor.type != "person" or not _ASKED_GAP.fullmatch(
            self.masked[asked.end() : mention.role_start]  # "asked astronaut X"
        ):
            return None
        return actor if self._fits(actor, gender) else None

    def _subject_after_opening(self, sentence: Sentence, gender: str | None) -> ActorDraft | None:
        """'Pressed by the moderator, local radio host Ann Whitcombe, on whether ..., Lindqvist
        declined': after an opening phrase, the person named right after a comma and right
        before a verb (not one in apposition, followed by a comma)."""
        if not _OPENING_PHRASE.match(self.masked, sentence.start):
            return None
        for actor, mention in self._visible(
            self.actors.mentions_between(sentence.start, sentence.end)
        ):
            if (
                self.masked.endswith(", ", 0, mention.role_start)  # ", councillor Peter Lind"
                and _VERB_AFTER_SUBJECT.match(self.masked, mention.end)
                and (self._fits(actor, gender) if gender else actor.type == "person")
            ):
                return actor
        return None

    def _inside_opening_phrase(self, sentence: Sentence, offset: int, gender: str) -> bool:
        """Whether `offset` lies in an opening phrase, before the subject named after it."""
        subject = self._subject_after_opening(sentence, gender)
        if subject is None:
            return False
        found = self.actors.mentions_between(sentence.start, sentence.end)
        starts = [mention.start for actor, mention in found if actor is subject]
        return bool(starts) and offset < min(starts)

    def _names_no_antecedent_before(self, sentence: Sentence, offset: int) -> bool:
        """Whether the names in `sentence` before a pronoun at `offset` cannot be what it stands
        for: the pronoun, right after a comma, is the subject after an opening phrase ("In a
        statement released by Cricket South Africa, he described"), or reports the clause
        before it ("Doherty had been sent the squad "a full day before", he said": not
        Doherty, or the writer would have put "he had been sent")."""
        if not self.masked.endswith(", ", 0, offset):
            return False
        if _OPENING_PHRASE.match(self.masked, sentence.start):
            return True
        # (not 'Blankenship concurred: "...", he argued': a quote's cue, not a clause's; nor
        # "The accusation is that, during his time as vice president, he called for")
        return (
            self.masked[offset - 3].isalnum()
            and _PARENTHETICAL_CUE.match(self.masked, offset) is not None
            and not self.verbs(sentence.start, offset)
        )

    def _opening_before_unpeopled(self, sentence: Sentence, gender: str) -> ActorDraft | None:
        """'Rosa Elena Robles, the mother of the two brothers, belongs to a search collective.
        It was the collective that found the grave. "..." she said': when the sentence before
        names no person at all, the person the one before it opens with, in its paragraph."""
        if sentence.index == 0 or any(
            actor.type == "person"
            for actor, _ in self.actors.mentions_between(sentence.start, sentence.end)
        ):
            return None
        earlier = self.sentences[sentence.index - 1]
        if earlier.paragraph != sentence.paragraph or self._inside_quote(earlier):
            return None
        subject = self.opening_subject(earlier)
        return subject if subject is not None and self._fits(subject, gender) else None

    def _pronoun_referent_in(self, sentence: Sentence, gender: str) -> ActorDraft | None:
        """Who a pronoun of `gender` in a sentence that names nobody stands for: 'Asked what she
        would do with it, the champion smiled. "...," she said' is the "she" before.

        One step back only: resolving that pronoun does not look back through another one (a
        chain of them, as in a long interview, took time exponential in its length)."""
        if self._resolving_referent:
            return None
        for match in _GENDERED_PRONOUN.finditer(self.lower, sentence.start, sentence.end):
            if pronoun_gender(match.group()) == gender:
                self._resolving_referent = True
                try:
                    return self.resolve_pronoun(match.group(), match.start())
                finally:
                    self._resolving_referent = False
        return None

    def _it(self, offset: int) -> ActorDraft | None:
        """'The company said ... It said', 'The report recommends ... it states': an organisation
        or a document that the sentence before opens with or reports, else nobody."""
        sentence = self.sentence_index(offset)
        if sentence is not None and self.sentences[sentence].start < offset - 4:
            # "Amnesty International said that ..., citing what it called": the body reporting
            # earlier in the same sentence (`offset` is the verb's, after "it ")
            reported = self.sentence_cue(self.sentences[sentence].start, offset - 3)
            if reported is not None and reported.speaker.type in ("organisation", "media"):
                return reported.speaker  # (not a country: "The company, based in Estonia,")
        if not sentence:
            return None
        previous = self.sentences[sentence - 1]
        if self.sentences[sentence].paragraph - previous.paragraph > 1:
            return None
        document = _DOCUMENT_OPENING.match(self.masked, previous.start, previous.end)
        if document:  # "The letter, published by X, states ...": X; else its issuer, before
            by = _AUTHORED_RIGHT_AFTER.match(self.masked, document.end(), previous.end)
            named = self.actors.mentions_between(by.end(), previous.end) if by else []
            if named and self.masked[by.end() : named[0][1].role_start] in ("", "the "):
                return named[0][0]  # named right after "by", not "by the authority ... Brightwell"
            return self._issuer(document.group(1), previous.end)
        subject = self._reporter_or_subject(previous.start, previous.end)
        if subject is None:
            body = _BODY_OPENING.match(self.masked, previous.start, previous.end)
            if body:  # "The festival will stream ... In a statement, it described": the festival
                subject = self.actors.by_noun(body.group(1).lower(), previous.start)
        return subject if subject is not None and subject.type in _IT_TYPES else None

    def _they(self, pronoun: int) -> ActorDraft | None:
        """'The researchers found ... They also found', 'The department said ... They said',
        'Japanese officials said ...; his death, they reported': a group or body that reports
        earlier in the sentence, or else in the sentence before; nobody else (people named one
        by one are left alone)."""
        sentence = self.sentence_index(pronoun)
        if sentence is None:
            return None
        reported = self.sentence_cue(self.sentences[sentence].start, pronoun)
        if reported is None:
            for previous in self._sentences_before(pronoun, 6):
                if self.masked[previous.start] == MASK:
                    continue  # a sentence of a quote: the one that carries it is further back
                reported = self.sentence_cue(previous.start, previous.end)
                break
        if reported is None or reported.speaker.type not in _THEY_TYPES:
            return None
        return reported.speaker

    def _reporter_or_subject(self, start: int, end: int) -> ActorDraft | None:
        """Who reports something in [start, end), else the subject of its clause."""
        reported = self.sentence_cue(start, end)
        return reported.speaker if reported else self.clause_subject(start, end)

    def opening_pronoun_referent(
        self, sentence: Sentence, gender: str | None = None
    ) -> ActorDraft | None:
        """Who the he/she that opens `sentence` refers to, if it opens with one (of `gender`,
        when given: 'She was given a chance ... She told' continues the same person)."""
        opening = _PRONOUN_OPENING.match(self.masked, sentence.start, sentence.end)
        if opening is None or gender is not None and pronoun_gender(opening.group(1)) != gender:
            return None
        return self.resolve_pronoun(opening.group(1), opening.start(1))

    def speech_noun_owner(self, start: int, open_mark: int) -> tuple[ActorDraft, str] | None:
        """'Her message was clear: "..."': whose message, reply or verdict the quote gives, and
        the noun, when the quote's sentence opens with that and a colon."""
        opening = _SPEECH_NOUN_OPENING.fullmatch(self.masked, start, open_mark)
        if opening is None:  # 'In Reid's words, "..."', 'In the words of X, "..."'
            opening = _IN_WORDS_OPENING.fullmatch(self.masked, start, open_mark)
        if opening is None:
            return None
        named = "owner2" if opening.re is _IN_WORDS_OPENING and opening.group("owner2") else "owner"
        if opening.group("pronoun"):
            owner = self.resolve_pronoun(opening.group("pronoun"), opening.start("pronoun"))
        else:
            found = self.actors.at(opening.start(named), opening.end(named))
            owner = found[0] if found else None
        noun = opening.group("noun") or opening.group("noun2").lower()
        return (owner, noun) if owner is not None else None

    def _owned_person(self, pronoun: str, relation: str, at: int) -> ActorDraft | None:
        """'Her husband said', 'his lawyer told': the person named as that relation, else the
        relation of whoever the pronoun is, listed as "<owner>'s <relation>" with the article's
        words as an alias."""
        if at in self._owned_at:  # the same words again, for a second quote: the same person
            return self._owned_at[at]
        named = self._named_relation(pronoun, relation, at)
        if named is not None:
            return named
        owner = self.resolve_pronoun(pronoun, at) if pronoun.lower() != "their" else None
        if owner is None:  # "Her uncle said" of a girl only described: the relation as it is
            self._owned_at[at] = self.actors.described(f"{pronoun.lower()} {relation}", at)
            return self._owned_at[at]
        family = self._family_member(owner, relation, at)
        if family is not None:
            return family
        described = self.actors.described(f"{owner.name}'s {relation}", at)
        described.add_alias(f"{pronoun.lower()} {relation}")
        self._owned_at[at] = described
        return described

    def _family_member(self, owner: ActorDraft, relation: str, at: int) -> ActorDraft | None:
        """'"Once," said Tom Lund. "Once was enough," his father replied' after Geoffrey Lund:
        the one other person named before with the owner's surname who can be that relation."""
        if relation not in RELATIVE_NOUNS or owner.type != "person" or " " not in owner.name:
            return None
        surname = " " + owner.name.rsplit(" ", 1)[1]
        gender = noun_gender(relation)
        found = [
            actor
            for actor in self.actors.actors
            if actor is not owner
            and actor.type == "person"
            and actor.name.endswith(surname)
            and actor.spans
            and actor.spans[0][0] < at
            and (gender is None or self._fits(actor, gender))
        ]
        return found[0] if len(found) == 1 else None

    def _owner_opening(self, sentence: Sentence, gender: str) -> ActorDraft | None:
        """'Her final survey showed Ashworth-Diallo ahead. "...," she said': whom a "Her" or
        "His" opening the sentence stands for, when what it owns is no person (that is
        `_owned_opening`'s) and the pronoun is of `gender`."""
        opening = _OWNER_OPENING.match(self.masked, sentence.start, sentence.end)
        if opening is None or pronoun_gender(opening.group(1)) != gender:
            return None
        if _OWNED_OPENING.match(self.masked, sentence.start, sentence.end):
            return None
        comma = self.masked.find(",", opening.end(), min(sentence.end, opening.end() + 40))
        if comma != -1 and self._name_in_apposition(comma, sentence.end) is not None:
            return None  # "Her last remaining reporter, Jenna Ruiz, ...": someone she has
        return self.resolve_pronoun(opening.group(1), opening.start(1))

    def _owned_opening(self, sentence: Sentence, gender: str) -> ActorDraft | None:
        """'Her sister was less certain. "...," she said': the relation the sentence opens with,
        of the pronoun's gender or of none stated ("Her partner nodded")."""
        opening = _OWNED_OPENING.match(self.masked, sentence.start, sentence.end)
        if opening is None or noun_gender(opening.group(2).split()[-1].lower()) not in (
            gender,
            None,
        ):
            return None
        named = self._name_in_apposition(opening.end(), sentence.end)
        if named is not None:
            return named  # "His mother, Halina Wierzbicka, said": her
        return self._owned_person(opening.group(1), opening.group(2), opening.start(1))

    def _described_opening(self, sentence: Sentence) -> ActorDraft | None:
        """'One of the victims decided ... She said': a sentence whose subject is a description."""
        opening = _DESCRIBED_OPENING.match(self.masked, sentence.start, sentence.end)
        if opening is None:
            return None
        # "The pharmacist shook his head" after "a pharmacist whose shop ...": the same
        return self._described_person(opening.group(1), opening.start(1), named_later=False)

    def _role_opening(self, sentence: Sentence, offset: int, gender: str) -> ActorDraft | None:
        """The holder of the role `sentence` opens with ("The magistrate said she ..."), when
        the role ends before `offset` and its holder fits the pronoun's gender."""
        opening = _ROLE_OPENING.match(self.masked, sentence.start, offset)
        if opening is None and _OPENING_PHRASE.match(self.masked, sentence.start):
            # "Speaking to reporters afterwards, the minister was careful": after the phrase
            comma = self.masked.find(", ", sentence.start, min(offset, sentence.start + 80))
            opening = _ROLE_OPENING.match(self.masked, comma + 1, offset) if comma != -1 else None
        if opening is None:
            return None
        holder = self.actors.by_role(opening.group(1).split(), opening.start(1))
        return holder if holder is not None and self._fits(holder, gender) else None

    def _indefinite_opening(self, sentence: Sentence, gender: str) -> ActorDraft | None:
        """'A fisherman who saw the capsize said ... "...," he said': the person described,
        unless a person is named right after ("a woman identified only as Sari", "a spokesman,
        Juan Perez"): then the rules before have found them."""
        opening = _INDEFINITE_OPENING.match(self.masked, sentence.start, sentence.end)
        if opening is None or self._first_person(
            opening.end(), min(sentence.end, opening.end() + 80), gender
        ):
            return None
        said = noun_gender(opening.group(2).lower())
        if said is not None and said != gender:
            return None
        if opening.group(2).lower() in SPOKESPEOPLE:  # "A Scottish Prison Service spokesman"
            # ("A spokesman for the Kremlin said": the body named after it, too)
            body = self._body_spoken_for(opening.start(1), min(sentence.end, opening.end(2) + 60))
            if body is not None:
                return body
        return self._as_spoken(  # "A 16-year-old junior at Greenfield High told"
            sentence, opening.start(1), opening.end(), sentence.end
        ) or self.actors.described(opening.group(1), opening.start(1))

    @cached_property
    def genders(self) -> dict[str, str]:
        """Computed on the first pronoun: many articles never need it."""
        return infer_genders(self.masked, self.actors, self.sentences, self.lower)

    def _fits(self, actor: ActorDraft, gender: str) -> bool:
        """A person the pronoun can stand for: of that gender, or of one the article never says;
        not a document spoken of as its author ("the study")."""
        return (
            actor.type == "person"
            and self.genders.get(actor.id, gender) == gender
            and actor.name.rpartition(" ")[2] not in _NEVER_HE_OR_SHE
            and not self.actors.only_where(actor)
        )

    def _first_person(
        self, start: int, end: int, gender: str, possessors: bool = False
    ) -> ActorDraft | None:
        found = [
            (actor, mention)
            for actor, mention in self._visible(self.actors.mentions_between(start, end))
            if self._fits(actor, gender) and (possessors or not self._possessive(mention))
        ]
        people = [actor for actor, _ in found]
        likely = [a for a in people if _plausible_name(a.name)]
        if likely and not found[-1][0].tentative and self._closing_appositive(found[-1][1], end):
            people = people[:-1]  # "X endorsed his former rival, Joe Biden.": the object
        if not any(not a.tentative for a in people):
            return (likely or [None])[0]
        # the first known person, or before it a likely name with a role in apposition ("Its
        # managing director, Eleanor Voss, is the granddaughter of founder Josiah Voss")
        return next(a for a in people if not a.tentative or (a.role and a in likely))

    def _closing_appositive(self, mention: Mention, end: int) -> bool:
        """', Joe Biden.' ending its sentence: a name in apposition to the verb's object."""
        return self.masked.endswith(", ", 0, mention.role_start) and not self.masked[
            mention.end : end
        ].strip(" .")

    def _reporter_before(self, sentence: Sentence, gender: str) -> ActorDraft | None:
        """'Caufield talked of X. Faced with losing Anya, the producers made her a regular.
        "...," she recalls': whoever reported something in the sentence before `sentence`, when
        `sentence` itself names no one as its subject."""
        if sentence.index == 0:
            return None
        opens_with_subject = not _OPENING_PHRASE.match(self.masked, sentence.start)
        if opens_with_subject and self.opening_subject(sentence) is not None:
            return None  # "Jones arrived later. He said": Jones, whoever spoke before
        before = self.sentences[sentence.index - 1]
        if before.paragraph != sentence.paragraph:
            return None
        reported = self.sentence_cue(before.start, before.end)
        if reported is None or not self._fits(reported.speaker, gender):
            return None
        return reported.speaker

    def sentence_index(self, offset: int) -> int | None:
        """The index of the sentence `offset` falls in (None for an article with none)."""
        if not self.sentences:
            return None
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def _clause_ceiling(self, offset: int) -> int:
        """How far right of `offset` its agent may be named: to its sentence's end, at most 200
        characters on (the next sentence's people are not the agent)."""
        sentence = self.sentence_index(offset)
        end = self.sentences[sentence].end if sentence is not None else len(self.masked)
        return min(end, offset + 200) if end > offset else offset + 200

    def _sentence_start(self, offset: int, default: int) -> int:
        """Where the sentence holding `offset` starts (`default` for an article with none)."""
        sentence = self.sentence_index(offset)
        return self.sentences[sentence].start if sentence is not None else default

    # --------------------------------------------------------------- quotes
    def quote_cue(
        self, quote: QuotedSpan, left_floor: int, right_ceiling: int, sentence_end: int
    ) -> Cue | None:
        """The cue and speaker of one quote: right after it, before it in its sentence, a colon
        before it, or later in its sentence. A cue that opens the next sentence counts only when
        nothing on the left claims the quote."""
        right = self._right_cue(quote, right_ceiling)
        if right is not None and right.verb.lower() == "according to":
            return (
                self._left_cue(quote, left_floor) or right
            )  # 'X called it "..." according to NBC'
        if right is not None and right.start >= sentence_end:
            if (
                right.verb.lower() not in STRONG_VERBS
                or self._introduces_next_quote(right, right_ceiling)
                or self.verbs(self._sentence_start(quote.open_mark, left_floor), quote.open_mark)
            ):  # (nor when the quote's own sentence reports it: 'X explained that ... "..."')
                right = None
            else:
                return self._left_cue(quote, left_floor) or right
        elif right is not None and self._introduces_next_quote(right, right_ceiling):
            return self._left_cue(quote, left_floor) or right
        if (
            right is None
            and _UNATTRIBUTED_PASSIVE.search(
                self.masked, max(left_floor, quote.open_mark - 60), quote.open_mark
            )
            and not _AGENT_AFTER.match(self.masked, quote.close_mark + 1)  # not '"..." by X'
        ):
            return None  # 'It has been described as "the worst crisis", and lawmakers called'
        return (
            right
            or self._left_cue(quote, left_floor)
            or self._later_cue(quote, right_ceiling, sentence_end)
        )

    def _right_cue(self, quote: QuotedSpan, right_ceiling: int) -> Cue | None:
        """'"...," Vance said' / '"...," said Vance' / '"...," according to CNN'."""
        after = quote.close_mark + 1
        head = re.match(r"[\s,.!?;:\u2014\u2013-]*", self.masked[after:right_ceiling])
        position = after + (head.end() if head else 0)
        verbs = self.verbs(position, right_ceiling)
        if not verbs:
            return None
        verb = verbs[0]
        word = verb.group().lower()
        gap = self.masked[position : verb.start()]
        if MASK in gap or word in MEDIUM_CUES or word in PARTICIPLE_CUES:
            return None  # '"...", adding X': the quote belongs to the cue before it
        if gap.startswith(("a ", "an ", "the ")) and _WORDS_NOUN_GAP.match(gap):
            return None  # '"...," a formula Castanheira gently mocked': the words' own mention
        if _NEW_CLAUSE.match(gap) or _SUBORDINATE_IN_GAP.search(gap):
            # '"...", while Deputy Governor Oleg Klimov indicated': his own words; '"no crisis"
            return None  # at the club after striker Jamal Osei questioned': another's act
        if not gap.strip() or word == "according to":
            speaker = self.subject_after(verb.end(), right_ceiling)
            rule = "after-inverted"
        elif _NAME_ONLY.match(gap) or _PRONOUN_ONLY.match(gap) or _DESCRIPTION_ONLY.match(gap):
            speaker = self.subject_before(verb, position)
            rule = "after"
        else:
            return None
        return Cue(verb.group(), verb.start(), verb.end(), speaker, rule) if speaker else None

    def _left_cue(self, quote: QuotedSpan, left_floor: int) -> Cue | None:
        """'Vance said "..."' / 'Vance said sending troops remained "on the table"' / 'X: "..."'."""
        for verb in reversed(self.verbs(left_floor, quote.open_mark)):
            word = verb.group().lower()
            if _parenthetical(self.masked, left_floor, verb, quote.open_mark):
                continue  # "X said — which the BBC noted as unusual — ..."
            if word == "according to":
                speaker = self.source_after(verb.end(), quote.open_mark)
            elif word in MEDIUM_CUES:
                continue
            else:
                speaker = self.subject_before(verb, left_floor)
                inverted = word not in ("told", "tells", "tell")  # "told Reuters": an object
                if (
                    speaker is None
                    and inverted
                    and _inverted_before_quote(self.masked, verb.end(), quote.open_mark)
                ):
                    speaker = self.subject_after(verb.end(), quote.open_mark)
            if speaker is not None:
                speaker = self._document_author_between(verb.end(), quote.open_mark) or speaker
                return Cue(verb.group(), verb.start(), verb.end(), speaker, "before")
        words = len(self.text[quote.start : quote.end].split())
        sentence = self.sentence_index(quote.open_mark)
        sentence_start = self.sentences[sentence].start if sentence is not None else left_floor
        if words >= 4 and self.masked[left_floor : quote.open_mark].rstrip().endswith(":"):
            speaker = self._author_before_colon(left_floor, quote.open_mark) or self.clause_subject(
                sentence_start, quote.open_mark
            )
            if speaker is not None:
                return Cue(":", quote.open_mark - 1, quote.open_mark, speaker, "colon")
        opening = re.match(r"\s*([A-Z][a-z]+ing)\b", self.masked[sentence_start : quote.open_mark])
        first_quote = MASK not in self.masked[sentence_start : quote.open_mark]
        if first_quote and opening and opening.group(1).lower() in PARTICIPLE_CUES:
            # 'Calling it "X", Anna Franowska told Reuters': the main clause's subject
            end = self.sentences[sentence].end if sentence is not None else quote.close_mark
            speaker = self.clause_subject(quote.close_mark + 1, end, prefer_person=True)
            if speaker is not None:
                return Cue(opening.group(1), sentence_start, quote.open_mark, speaker, "participle")
        return None

    def _later_cue(self, quote: QuotedSpan, right_ceiling: int, sentence_end: int) -> Cue | None:
        """'"There are tools" the US could use against Putin, Vance said.'"""
        for verb in self.verbs(quote.close_mark + 1, min(right_ceiling, sentence_end)):
            if verb.group().lower() in MEDIUM_CUES:
                continue
            floor = quote.close_mark + 1
            if _NEW_CLAUSE.match(self.masked, floor):
                return None  # '"appalling tragedy" while Minister X wrote ...': X's own clause
            if _AND_BEFORE.search(self.masked[floor : verb.start()]):
                sentence = self.sentence_index(quote.open_mark)
                floor = self.sentences[sentence].start if sentence is not None else floor
            speaker = self.subject_before(verb, floor)
            if speaker is not None:
                return Cue(verb.group(), verb.start(), verb.end(), speaker, "later")
        return None

    def _introduces_next_quote(self, cue: Cue, ceiling: int) -> bool:
        """'..." He said "I can\'t...': a cue followed straight by another quote may be that
        quote's own cue."""
        if ceiling >= len(self.masked) or self.masked[ceiling] != MASK:
            return False
        tail = self.masked[cue.end : ceiling]
        return len(tail.split()) <= 4 and not re.search(r"[.;]", tail)

    def _described_clause_opening(self, start: int, end: int) -> ActorDraft | None:
        """'The court upheld the decision, saying ...', 'a magistrate in Harare, Zimbabwe,
        denied bail, ruling ...': the body or person a clause opens with, described rather than
        named, found as if a cue followed the description ("The court said")."""
        opening = _DESCRIBED_CLAUSE_OPENING.match(self.masked, start, end)
        if opening is None:
            return None
        after = opening.end() + 1  # past the space or comma, where "said" would be
        return self.subject_before(CueMatch(after, after, "said"), start)

    def clause_subject(
        self, start: int, end: int, prefer_person: bool = False, named_only: bool = False
    ) -> ActorDraft | None:
        """The clause's subject: its first actor named (not a possessor), or its 'he'/'she'.

        `named_only` skips lone unknown capitalised words ('Unhappy with the result, she ...').
        """
        found = [
            (a, m) for a, m in self._visible(self.actors.mentions_between(start, end))
            if not self._possessive(m)
            and not (named_only and a.tentative and len(a.name.split()) == 1)
            and not self._on_platform(a, m)
            and not self.masked.endswith(_TOLD_ENDINGS, start, m.role_start)  # who was told
            and not _ADDRESSED.fullmatch(self.masked, start, m.role_start)  # "To voters, I say"
        ]  # fmt: skip
        if found and _OPENING_PHRASE.match(self.masked, start):
            found = self._past_opening_phrase(found, start, end)
        if found and is_platform(found[0][0].name):
            owner = self._possessor_before(found[0][1], start) or self._described_owner(
                found[0][1], start
            )
            if owner is not None:
                return owner  # "A tweet sent from Biden's Twitter account ..., saying"
            found = [(a, m) for a, m in found if not is_platform(a.name)]
        if len(found) > 1 and found[1][1].role and found[1][1].role_start - found[0][1].end <= 1:
            found = found[1:]  # "Democratic Party presidential candidate Bill de Blasio"
        pronoun = re.search(r"\b(he|she|He|She)\b", self.masked[start:end])
        if pronoun and (not found or start + pronoun.start() < found[0][1].start):
            return self.resolve_pronoun(pronoun.group(1), start + pronoun.start())
        if self.masked.startswith("It ", start) or self.masked.startswith(" It ", start):
            body = self._body_before(start)  # "NASA mourned him. It also credited him, noting"
            if body is not None:
                return body
        if len(found) > 1 and self.masked[found[0][1].end : found[1][1].role_start] == ", ":
            named = found[1][0]  # "a Republican, Mark Amodei, has ...": the appositive's name
            if named.type == "person" and len(named.name.split()) > 1:
                return named
        if found and found[0][0].type == "person" and not prefer_person:
            group = _GROUP_AFTER.match(self.masked, found[0][1].end)
            if group and group[1].lower() in GROUP_NOUNS:  # "The Biden campaign recycled ..."
                return self.actors.described(f"{found[0][1].text} {group[1]}", found[0][1].start)
        people = [a for a, _ in found if a.type == "person"] if prefer_person else []
        return people[0] if people else (found[0][0] if found else None)

    def _past_opening_phrase(
        self, found: list[tuple[ActorDraft, Mention]], start: int, end: int
    ) -> list[tuple[ActorDraft, Mention]]:
        """The mentions of a clause that opens with a phrase (`found`, from `start`), without
        the names inside the phrase when its subject follows a comma: "he"/"she" ("Cross-examined
        by Simon Crowther KC, for the defence, she accepted") or a person, perhaps described
        ("Speaking at a conference in Lisbon, fellow policymaker Rui Castanheira struck ...")."""
        subject = _SUBJECT_PRONOUN_AFTER_COMMA.search(self.masked, found[0][1].end, end)
        if subject is not None and self.masked.count(",", found[0][1].end, subject.start()) <= 1:
            return [(a, m) for a, m in found if m.start > subject.start()]
        for actor, mention in found[1:]:
            if (
                actor.type == "person"
                and _DESCRIBED_AFTER_COMMA.search(self.masked, start, mention.role_start)
                and _VERB_AFTER_SUBJECT.match(self.masked, mention.end)
            ):
                return [(a, m) for a, m in found if m.start >= mention.start]
        return found

    def _body_before(self, offset: int, kinds: Collection[str] = _BODY_TYPES) -> ActorDraft | None:
        """The named organisation, government or outlet (of `kinds`) that opens the sentence
        before `offset`."""
        index = self.sentence_index(offset)
        if not index:
            return None
        previous = self.sentences[index - 1]
        head = self._visible(self.actors.mentions_between(previous.start, previous.end))
        bodies = [  # named in its first 40 characters, however long the name
            a
            for a, m in head
            if m.start < previous.start + 40 and a.type in kinds and not self._possessive(m)
        ]
        return bodies[0] if bodies else None

    def opening_subject(self, sentence: Sentence) -> ActorDraft | None:
        """The person a sentence opens with ('Underwhelmed with her role, she left ...'), or
        the subject after an opening phrase that names another ('In a statement read to the
        court by Mr Okafor, Mr Dunmore's widow, Claire Dunmore, described')."""
        after = self._subject_after_opening(sentence, None)
        if after is not None:
            return after
        head = self.masked[sentence.start : min(sentence.end, sentence.start + 60)]
        head = head.split(MASK, 1)[0]  # 'she looked at the role as a "chance ..."': before it
        if not head.strip():
            return None
        subject = self.clause_subject(sentence.start, sentence.start + len(head), named_only=True)
        if (
            subject is None
            or subject.type != "person"
            or self.actors.only_where(subject, self.masked)
        ):
            return None  # (not "With spectators barred from Flushing Meadows": a place)
        return subject

    def named_after_quote(self, close_mark: int, end: int) -> ActorDraft | None:
        """'"...." That was the assessment of Hiroshi Tanabe', '"...." So said Ethan Bear': the
        speaker named by the words right after the quote (up to `end`), with no reporting verb."""
        naming = _NAMED_AFTER_QUOTE.match(self.masked, close_mark + 1, end)
        return self.subject_after(naming.end(), end) if naming else None

    def opening_body(self, sentence: Sentence) -> ActorDraft | None:
        """'Norfolk Police put a cordon in place.': the organisation a sentence opens with."""
        found = self._visible(self.actors.mentions_between(sentence.start, sentence.end))
        if not found or found[0][0].type != "organisation":
            return None
        body, mention = found[0]
        if (
            not self._opens_with(sentence, found)
            or not _VERB_AFTER_SUBJECT.match(self.masked, mention.end)
            or (
                len(found) > 1
                and _ONE_LOWER_WORD.fullmatch(self.masked, mention.end, found[1][1].role_start)
            )
        ):
            return None  # (not "NASA astronaut Kayla Brooks left the airlock": who she is)
        return body

    def _opens_with(self, sentence: Sentence, found: list[tuple[ActorDraft, Mention]]) -> bool:
        """Does `sentence` open with the first of `found` (its mentions), perhaps after "The"
        (or "the", where a place opening was cut off)?"""
        if not found:
            return False
        return self.masked[sentence.start : found[0][1].role_start].strip() in ("", "The", "the")

    def only_person(self, sentence: Sentence) -> ActorDraft | None:
        """The one person a sentence names ('..., leaving Ingram unimpressed.'), if just one."""
        named = self._visible(self.actors.mentions_between(sentence.start, sentence.end))
        people = {
            a.id: a for a, m in named
            if a.type == "person" and not a.tentative and not self._possessive(m)
        }  # fmt: skip
        return next(iter(people.values())) if len(people) == 1 else None

    def sentence_cue(self, start: int, end: int) -> Cue | None:
        """The last reporting cue with a speaker in a sentence (for a quote in the next one)."""
        for verb in reversed(self.verbs(start, end)):
            if verb.group().lower() in MEDIUM_CUES:
                continue
            if verb.group().lower() == "according to":
                speaker = self.subject_after(verb.end(), end)
            else:
                speaker = self.subject_before(verb, start)
            if speaker is not None:
                return Cue(verb.group(), verb.start(), verb.end(), speaker, "previous-sentence")
        return None


# A lowercase word for a person between a place or body and a name ("Heidedal resident X")
_PERSON_NOUNS = PERSON_NOUNS | TITLE_WORDS


def _placed_body_of(speaker: ActorDraft, place: ActorDraft) -> bool:
    """Is `speaker` a body described by the place `place` opens it with ("Oost-Nederland
    police")?"""
    return (
        place.type == "government"
        and speaker.type == "organisation"
        and speaker.name.startswith(place.name + " ")
    )


_APPOSITIVE_REACH = 120  # how far back a comma before an introduction is looked for (blanks)


def _last_seen(actor: ActorDraft, before: int) -> int:
    """Where `actor` was last mentioned before `before` (-1 if not)."""
    return max((start for start, _ in actor.spans if start < before), default=-1)


_PLACE_OPENING = re.compile(r"\s*In [A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}, ")


def _body_like(actor: ActorDraft) -> bool:
    """An organisation or outlet, or a name written like one's ("TfL", "AirNav"): not a place."""
    return actor.type in ("organisation", "media") or any(c.isupper() for c in actor.name[1:])


def _role_at(between: str) -> bool:
    role = _ROLE_AT.fullmatch(between)
    return role is not None and (role["bare"] is None or role["bare"] in _ROLE_WORDS)


def _ends_in_role(gap: str) -> bool:
    words = gap.split()
    return bool(words) and words[-1].lower() in _ROLE_WORDS


def _plausible_name(name: str) -> bool:
    """'Ginger Baker', 'John Rhys-Davies', 'Raymond J. Castellano' or 'V. Murugesan' may be a
    person's name; 'RAF Croughton', 'Tasha' alone or 'Hungarian National Asset Management' is not
    known to be. Particles do not count: 'Siti Aishah binti Abdul Rahman' has four words."""
    words = [w for w in name.split() if w not in NAME_CONNECTORS or w == "of"]
    return 1 < len(words) <= 4 and all(
        (
            w.replace("-", "").replace("'", "").isalpha()
            and not w.isupper()
            and w.lower() not in NOT_IN_PERSON_NAMES
        )
        or (i < len(words) - 1 and _middle_initial(w))  # "V. Murugesan", "Raymond J. Castellano"
        for i, w in enumerate(words)
    )


def _middle_initial(word: str) -> bool:
    """'J.' in 'Raymond J. Castellano', 'S' in 'Harry S Truman', 'Ó' in 'Seán Ó Dálaigh'."""
    return word[0].isupper() and word[0].isalpha() and word[1:] in ("", ".")


def _opens_sentence(masked: str, position: int) -> bool:
    before = masked[:position].rstrip(" \t\u00a0\"'\u201c\u2018(")
    return not before or before[-1] in ".!?\n:;\u2591"


def _parenthetical(masked: str, floor: int, verb: CueMatch, quote_start: int) -> bool:
    """Is the verb inside a dash or bracket aside that closes before the quote?"""
    before, after = masked[floor : verb.start()], masked[verb.end() : quote_start]
    for opening, closing in (("\u2014", "\u2014"), ("\u2013", "\u2013"), ("(", ")")):
        if opening in before and closing in after:
            return True
    return False


def _inverted_before_quote(masked: str, verb_end: int, quote_start: int) -> bool:
    """'said Pradeep Khosla: "…"': the verb is followed by a name, then the quote."""
    gap = masked[verb_end:quote_start]
    return bool(re.match(r"^\s+[A-Z][^,;\u2591]{0,80}[,:]?\s*$", gap))


def _titled_appositive(gap: str) -> bool:
    match = _TITLED_APPOSITIVE_GAP.match(gap)
    return match is not None and match.group(1).lower() in _ROLE_WORDS
