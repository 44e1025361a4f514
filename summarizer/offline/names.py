"""Name mentions: runs of capitalised words, split into title and name, and classified.

"US Defense Secretary Pete Hegseth" -> role "US Defense Secretary", name "Pete Hegseth", person.
"According to CNN" -> "CNN", media. "Russia" -> government (pycountry). "The Vice President"
-> a role mention without a name, resolved later to the actor holding that role.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from summarizer.offline.lexicon import (
    ACRONYM,
    BUSINESS_NOUNS,
    CALENDAR_WORDS,
    COMMON_CAPITALISED,
    DESCRIBED_PEOPLE,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    NOT_BODY_INITIALISMS,
    NOT_IN_PERSON_NAMES,
    ORG_CONNECTORS,
    ORG_WORDS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLACE_WORDS,
    PLATFORMS,
    PLURAL_PEOPLE,
    REPORTING_VERBS,
    ROLE_WORDS,
    SPOKESPEOPLE,
    SURNAME_PLACE_WORDS,
    THING_NAME_WORDS,
    TITLE_WORDS,
    TRADE_NOUNS,
    WEEKDAYS,
    countries,
    country_of_demonym,
    is_demonym,
    is_people_of_a_place,
    places,
)
from summarizer.text.dates import MONTH_NAMES, is_date
from summarizer.text.sentences import ABBREVIATIONS, NAME_ABBREVIATIONS, Sentence
from summarizer.text.words import whole_word_starts


def _uppercase_class() -> str:
    """A regex character class of every uppercase letter in the Basic Multilingual Plane."""
    ranges, start, previous = [], None, None
    for code in range(0x10000):
        if chr(code).isupper():
            if start is None:
                start = code
            previous = code
        elif start is not None:
            ranges.append((start, previous))
            start = None
    return "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    )


_UPPER = _uppercase_class()
# States pycountry lacks ("Republic of Artsakh"), named as states are
_STATE_OF = re.compile(
    r"(?:Republic|Kingdom|Principality|Emirate|Sultanate|Grand Duchy) of (?:the )?[A-Z][\w\-]+"
)
# Buildings the gold types as the government working in them ("the White House said"); those
# it types as the office in them ("Downing Street") are `_SEATS_OF_GOVERNMENT`
_GOVERNMENT_BUILDINGS = frozenset(("White House", "Kremlin", "Pentagon"))
# A party named by its members ("Liberal Democrats", "Scottish Conservatives")
_PARTIES_BY_MEMBERS = frozenset(
    ("democrats", "republicans", "socialists", "greens", "conservatives", "liberals")
)
# A reporting verb right after a word ("Beijing said", "Beijing has denied"): its subject
_REPORTED_BY = re.compile(  # (not "Citing alleged violation": an adjective)
    r" (?:(?:has|had|have) )?(?:said|says|told|denied|accused|warned|announced|stated|insisted"
    r"|confirmed|argued|responded|replied|declared|urged|vowed|rejected|condemned)\b"
)
# Capitalised words and initials: the words a name is made of (see `tokens`). A word starts at a
# capital letter that does not continue a word: not after a word character, nor after a full
# stop unless two lowercase letters precede the stop ("Afghanistan.Trump", a space missing), and
# it stops at such a full stop too ("U.S." and "St.Louis" stay whole). The look-behinds come
# after the first letter so that re can skip ahead to the next capital letter in C. A currency
# prefix ("US$5,000", "HK$") is not a word of a name.
_CAPITALISED = re.compile(
    rf"[{_UPPER}](?<![\w'\u2019\-&].)(?<!(?<![a-z]{{2}})\..)"
    r"(?:[\w'\u2019\-&]|(?<![a-z]{2})\.|\.(?![A-Z][a-z]))*+(?!\$|,\d)"  # not "R20,000"
)
_NUMBER_AFTER = re.compile(r" \d[\d\-/]*(?!\w)")
# "Republic Act No. 3846", "Executive Order No. 70" (but not "world No. 1 Kateřina Dvořáková")
_NUMBERED_THINGS = frozenset(
    "act law bill order resolution decree ordinance proclamation directive regulation".split()  # noqa: SIM905
)
_HYPHEN_CAPITAL = re.compile(rf"-(?=[{_UPPER}])")
# "ex-mayor", "then-President": the title after the prefix, as "former" would leave it
_FORMERLY_PREFIXES = ("then-", "ex-")
_AFTER_EX = re.compile(  # (the capital first, then the look-behinds: as in `_CAPITALISED`)
    rf"[{_UPPER}](?:"
    + "|".join(rf"(?<={p}.)(?<![\w'\u2019\-&]{p}.)" for p in _FORMERLY_PREFIXES)
    + r")[\w'\u2019\-&]*"
)
_NAME_PARTICLES = frozenset(("al", "el", "ad", "as", "ash", "at", "az", "ud", "ul", "bin", "ibn"))


def particle_lowered(word: str) -> str | None:
    """'Al-Ubaidi' opening a sentence as it is written inside a name ('al-Ubaidi'), or None."""
    particle, hyphen, _ = word.partition("-")
    if hyphen and particle[:1].isupper() and particle.lower() in _NAME_PARTICLES:
        return word[0].lower() + word[1:]
    return None


_NAME_REST = re.compile(r"[\w'\u2019.\-&]*")
_CONNECTOR_WORDS = NAME_CONNECTORS | ORG_CONNECTORS
_OF_FOR = ("of", "for")  # "Minister of ...", "Department for ...": a title's or body's field
_CALENDAR_NAMES = frozenset(w.capitalize() for w in CALENDAR_WORDS)
_SPACES = " \u00a0"
_CONNECTOR_GAPS = range(2 + min(map(len, _CONNECTOR_WORDS)), 3 + max(map(len, _CONNECTOR_WORDS)))
_ORG_THE_GAPS = frozenset((" of the ", " for the ", " and the "))
_ORG_THE_LENGTHS = frozenset(map(len, _ORG_THE_GAPS))
_POSSESSIVE_GAPS = frozenset(("'s ", "\u2019s ", "' ", "\u2019 "))
_SENTENCE_END = frozenset((".", "!", "?", ":", "\n", '"', "\u201d", "\u2019", "'", ")"))
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# Initials, titles, and given names written short ("Md. Shahjahan Mia", "Ma. Cristina Ocampo")
_ABBREVIATED = re.compile(
    r"^(?:[A-Z]\.)+$|^(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Gen|Gov|Sen|Rep|Rev|Prof|Hon|"
    + "|".join(sorted(NAME_ABBREVIATIONS))
    + r")\.$"
)


class Token(NamedTuple):
    start: int
    end: int
    text: str


class Mention(NamedTuple):
    start: int
    end: int
    text: str
    """The name without title, e.g. 'Pete Hegseth' ('' for a role-only mention)."""
    kind: str
    """person, organisation, media, government, role, or candidate (unclassified)."""
    role: str | None
    role_start: int
    """Start of the title or role words before the name (== start when there are none)."""
    sentence: int


def tokens(text: str) -> list[Token]:
    """The capitalised words, and each connector ("de", "of", "and") that stands alone between two
    of them, one space either side ("Bill de Blasio", "Bank of America"). Other lowercase words
    are left out: the gap they leave breaks a run of capitalised words."""
    out: list[Token] = []
    append = out.append
    make = tuple.__new__  # Token(...) without NamedTuple's Python-level __new__: half the cost
    matches: Iterable[re.Match] = _CAPITALISED.finditer(text)
    if any(prefix in text for prefix in _FORMERLY_PREFIXES):  # "ex-Secretary of the Interior
        # X", "then-President X": the title, as "former" would leave it
        titles = [m for m in _AFTER_EX.finditer(text) if m.group().lower() in TITLE_WORDS]
        if titles:  # (not "ex-Muslim")
            matches = sorted([*matches, *titles], key=lambda m: m.start())
    for match in matches:
        word = match.group()
        if out:
            gap_start, gap_end = out[-1].end, match.start()
            if (
                gap_end - gap_start in _CONNECTOR_GAPS  # ' y ' to ' della '
                and text[gap_start] in _SPACES
                and text[gap_end - 1] in _SPACES
                and text[gap_start + 1 : gap_end - 1] in _CONNECTOR_WORDS
                and not (
                    word.rstrip(".") in _CALENDAR_NAMES
                    and text[gap_start + 1 : gap_end - 1] == "on"
                )
                and (text[gap_start + 1 : gap_end - 1] != "an" or out[-1].text in _IRISH_PATRONYMS)
            ):  # "... Kiprotich on Thursday" is no organisation's name; "CNN an American" none
                append(make(Token, (gap_start + 1, gap_end - 1, text[gap_start + 1 : gap_end - 1])))
            elif (
                gap_end - gap_start in _ORG_THE_LENGTHS
                and text[gap_start:gap_end] in _ORG_THE_GAPS
                and (
                    _last_of_an_organisation(text, match, out)
                    if text[gap_start + 1] == "a"  # " and the "
                    else out[-1].text.lower() in ORG_WORDS or out[-1].text.lower() in TITLE_WORDS
                )
            ):  # "Federal Office for the Environment", "Secretary of the Interior X Y",
                # "National Institute for Public Health and the Environment"
                the = gap_end - 4
                append(make(Token, (gap_start + 1, the - 1, text[gap_start + 1 : the - 1])))
                append(make(Token, (the, the + 3, "the")))
        if word[-1] != "." and "'" not in word and "\u2019" not in word:
            append(make(Token, (*match.span(), word)))  # the common case, kept cheap
            continue
        if (
            word == "No."
            and out
            and out[-1].text.lower() in _NUMBERED_THINGS
            and (number := _NUMBER_AFTER.match(text, match.end()))
        ):
            # "Republic Act No. 3846", "Resolution No. 12": the number is in the name
            append(make(Token, (match.start(), number.end(), text[match.start() : number.end()])))
            continue
        token = _trimmed(word, *match.span())
        if token is not None:
            append(token)
    if "-" in text:
        for token in _particle_names(text):
            bisect.insort(out, token)
    if any(f"{patronym} an " in text for patronym in _IRISH_PATRONYMS):
        for match in _IRISH_MUTATED.finditer(text):  # "Mac an tSaoir": "tSaoir" opens lower-case
            bisect.insort(out, Token(*match.span(1), match[1]))
            bisect.insort(out, Token(*match.span(2), match[2]))
    return out


def _last_of_an_organisation(text: str, word: re.Match, out: list[Token]) -> bool:
    """'... Institute for Public Health and the Environment': after "and the", one last word of
    the name of an organisation named in the last few tokens, not a second body ("the Coast
    Guard and the National Police", "the Governing Board and the Board")."""
    if word.group().lower() in ORG_WORDS or _CAPITALISED_NEXT.match(text, word.end()):
        return False
    run = out[-4:]
    for i in range(len(run) - 1, -1, -1):
        if i < len(run) - 1 and run[i + 1].start - run[i].end != 1:
            return False  # the run of words ends here
        if run[i].text.lower() in ORG_WORDS:
            return True
    return False


_CAPITALISED_NEXT = re.compile(r"\s[A-Z]")


# Irish surnames with the article "an" ("Siobhan Mac an tSaoir", "Nic an Bhaird"), whose last word
# may open with a lower-case mutation ("tSaoir", "bhFear")
_IRISH_PATRONYMS = frozenset(("Mac", "Nic", "Mhic"))
_IRISH_MUTATED = re.compile(
    rf"\b(?:{'|'.join(_IRISH_PATRONYMS)}) (an) ((?:t|n|h|bh|d|g|m)[{_UPPER}][\w'\u2019\-]*)"
)


# Elders' honorifics that are also kin words: only before a full name
_KIN_HONORIFICS_WRITTEN = frozenset(("Uncle", "Aunty", "Auntie"))


def _elder_named_in_full(text: str, mention: Mention) -> bool:
    """'Uncle Desmond': an elder the article names in full somewhere ("Uncle Desmond Walgar")."""
    if " " in mention.text:
        return True
    return re.search(rf"\b{mention.role} {re.escape(mention.text)} [A-Z]", text) is not None


# Malaysian honorifics written with an apostrophe ("Dato' Sri Vincent Chong"), which keeps
# the title in the run of words
_TITLES_WITH_APOSTROPHE = frozenset(("Dato",))


def _trimmed(word: str, start: int, end: int) -> Token | None:
    """The word without a sentence's full stop (abbreviations keep theirs) or a possessive."""
    if word[-1] == "." and not _ABBREVIATED.match(word):
        word, end = word.rstrip("."), end - (len(word) - len(word.rstrip(".")))
    if ("'" in word or "\u2019" in word) and len(word) > 2:
        possessive = _POSSESSIVE.search(word)
        if possessive and word[: possessive.start()] in _TITLES_WITH_APOSTROPHE:
            return Token(start, end, word[: possessive.start()])  # "Dato' Sri": no possessive
        if possessive:
            word, end = word[: possessive.start()], end - len(possessive.group())
    return Token(start, end, word) if word else None


def _particle_names(text: str) -> list[Token]:
    """'al-Assad', 'el-Sisi', 'bin-Salman': a name that opens with a lowercase particle, which the
    capitalised-word scan skips (its capital follows a hyphen). Found from the hyphens: few."""
    found: list[Token] = []
    for hyphen in _HYPHEN_CAPITAL.finditer(text):
        start = hyphen.start() - 1
        while start >= 0 and text[start].isalpha():
            start -= 1
        start += 1
        if text[start : hyphen.start()] not in _NAME_PARTICLES or (
            start and text[start - 1] not in _SPACES
        ):
            continue
        end = _NAME_REST.match(text, hyphen.end()).end()
        token = _trimmed(text[start:end], start, end)
        if token is not None:
            found.append(token)
    return found


def find_mentions(text: str, sentences: list[Sentence]) -> list[Mention]:
    words = tokens(text)
    sentence_starts = {s.start for s in sentences}
    sentence_starts |= {  # "((WN)) Your release mentioned": an interview's speaker label first
        marker.end()
        for s in sentences
        if text.startswith("((", s.start) and (marker := _SPEAKER_LABEL.match(text, s.start))
    }
    labels = _initials_labels(text, sentences) if "((" in text else set()
    sentence_starts |= {end for _, end in labels}  # "MS We did not": the answer's first word
    labels_at = {start for start, _ in labels}
    dateline = _wire_dateline(text)
    if dateline:
        sentence_starts.add(dateline.end())  # "MUMBAI: Actor Kabir Malhotra said"
    sentence_of = _sentence_lookup(sentences)
    seen_lowercase = _LowercaseWords(text)
    mid_sentence = {w.text for w in words if w.start not in sentence_starts}
    mentions = []
    held: list[Token] = []  # a lone "Park" or "Hall": a name only if a person's name has it
    surnamed: list[tuple[int, Token]] = []  # a lone "King" or "Bishop": a title, or a surname
    for group in _capitalised_runs(text, words):
        if group and text.startswith("))", group[0].start - 2):
            continue  # Wikinews' "((es))Spanish language:" gloss marker, not a name
        if (
            len(group) == 1
            and group[0].text.isupper()
            and text.startswith("((", group[0].start - 2)
        ):
            continue  # "((WN)) :", "((WSS))": the interviewer's label, not an organisation
        if group and text.endswith(_CREDIT_LABELS, 0, group[0].start):
            continue  # "Image: John Lubbock (flickr).": a photo credit, page furniture
        if group and group[0].start in labels_at:
            group = group[1:]  # the interviewee's initials, then the answer
        if dateline and group and dateline.start() <= group[0].start < dateline.end():
            continue  # "DUBLIN, Jan 9 (Reuters) -": where and when the story was filed
        group = _drop_common_start(text, group, sentence_starts, seen_lowercase, mid_sentence)
        if not group:
            continue  # nothing left to name
        if (
            len(group) == 1
            and len(group[0].text) > 3
            and group[0].text.isupper()
            and group[0].text.lower() in seen_lowercase
        ):
            continue  # "Signs read SHAME": a word shouted, not an organisation's initials
        if len(group) == 1 and group[0].text in _ERAS and _next_to_a_number(text, group[0]):
            continue  # "from AD 250 to AD 400", "500 BC": a date, not an organisation
        if len(group) == 1 and _is_an_amount(text, group[0]):
            continue  # "Dh4.6 million", "KSh 4.2 billion", "Rs 2,400 crore": money, not a name
        if len(group) == 1 and group[0].text == "Member" and text.startswith(" of ", group[0].end):
            continue  # "Member of parliament (MP) Kevin Conolly": a role, not a name
        if _EVENT_AFTER.match(text, group[-1].end):
            continue  # "this year's Iri Ji (New Yam) festival": a feast, not a person
        if (
            len(group) >= 3
            and group[0].text in places()
            and _POSTED_TO.search(text, max(0, group[0].start - 30), group[0].start)
        ):
            group = group[1:]  # "EU Ambassador to Moldova Johanna Lindberg-Koskinen": her post
        if len(group) == 1 and group[0].text in _TIME_ZONES:
            continue  # "15:30 local time (1430 UTC)": a clock, not an organisation
        if len(group) >= 2 and group[-1].text == "Image" and text.startswith(":", group[-1].end):
            group = group[:-1]  # a photo caption, "Kamala Harris Image: U.S. Senate."
        if (
            len(group) == 1
            and group[0].text in _POST_NOMINALS
            and _AFTER_A_NAME.search(text, max(0, group[0].start - 30), group[0].start)
            and text.startswith((",", ".", ";"), group[0].end)
        ):
            continue  # "Chief Olumide Ajayi-Bankole, SAN, said", "John Doe, QC,": no body
        post_nominal = None
        if len(group) >= 3 and group[-1].text in _POST_NOMINALS:
            # "Imogen Thwaite KC", "Jane Smith MP": not in the name, but in the mention's span
            post_nominal, group = group[-1], group[:-1]
        if group and is_demonym(group[0].text) and all(is_demonym(t.text) for t in group):
            if len(group) == 1 and text.startswith(_GOVERNMENT, group[0].end):
                start, end = group[0].start, group[0].end + len(_GOVERNMENT)
                mentions.append(  # "the German government"
                    Mention(
                        start, end, text[start:end], "government", None, start, sentence_of(start)
                    )
                )
            continue  # "Turkish officials", "Iranian": a nationality, not a name
        if len(group) >= 3 and _spelled_out_before_initials(text, group):
            start, end = group[0].start, group[-1].end
            mentions.append(  # "Long Range Identification and Tracking (LRIT)": one body
                Mention(
                    start, end, text[start:end], "organisation", None, start, sentence_of(start)
                )
            )
            continue
        texts = tuple([t.text for t in group])
        monthly = not _MONTHS_WRITTEN.isdisjoint(texts)  # (one set test per run, not per name)
        for first, last, shape in _parts(texts):
            part = group[first:last]
            if (
                len(part) >= 3
                and part[0].text.endswith(_DEMONYM_ENDINGS)
                and _nationality_before_name(text, part)
            ):
                # "Italian Luca Ferraro and Frenchman Romain Gautier": each name's nationality
                first, part = first + 1, part[1:]
                shape = _shape(texts[first:last])
            if shape is not None and not (monthly and _dated(text, part)):
                mention = _mention(text, part, shape, sentence_of(part[0].start))
                if (
                    mention.kind == "role"
                    and len(part) == 1
                    and part[0].text.lower() in _SURNAME_TITLES
                    and _word_before_is_not_the(text, part[0].start)
                ):
                    surnamed.append((len(mentions), part[0]))  # "King said": Stephen King?
                if mention.kind == "role" and _acronym_the_article_defines(text, mention.role):
                    mention = mention._replace(text=mention.role, kind="organisation", role=None)
                if mention.role in _KIN_HONORIFICS_WRITTEN and not _elder_named_in_full(
                    text, mention
                ):  # "Uncle Desmond Walgar", an elder; but not "Uncle John's Band", a song
                    start = mention.role_start
                    text_with_title = text[start : mention.end]
                    mention = mention._replace(
                        start=start, text=text_with_title, kind="candidate", role=None
                    )
                if mention.kind == "candidate":  # what an unclassified name may turn out to be
                    mention = _classified_by_context(text, mention)
                    if mention is None:
                        continue
                if post_nominal is not None and mention.end == group[-1].end:
                    mention = mention._replace(end=post_nominal.end)
                mentions.append(mention)
            elif len(part) == 2 and part[1].text.lower() in SURNAME_PLACE_WORDS:
                person = _person_with_place_surname(text, part, sentence_of(part[0].start))
                if person is not None:
                    mentions.append(person)
            elif (
                len(part) == 2
                and part[0].text.lower() in SURNAME_PLACE_WORDS
                and _HYPHENATED_GIVEN_NAME.fullmatch(part[1].text)
            ):  # "Park Min-jung": a family name first, then a hyphenated given name
                start, end = part[0].start, part[1].end
                mentions.append(
                    Mention(start, end, text[start:end], "person", None, start, sentence_of(start))
                )
            elif (
                len(part) >= 2
                and part[-1].text.lower() in _RUN_PLACES
                and (
                    _SPEAKS_AFTER.match(text, part[-1].end)
                    or _run_place_speaks(part[-1].text.lower()).search(text, part[-1].end)
                )
            ):  # "Hamburg Airport said", "Buckingham Palace said": who runs the place speaks;
                # "Brussels Airport ... The airport said": so does the one spoken of again
                start, end = part[0].start, part[-1].end
                mentions.append(
                    Mention(
                        start, end, text[start:end], "organisation", None, start, sentence_of(start)
                    )
                )
            elif len(part) == 1 and part[0].text.lower() in SURNAME_PLACE_WORDS:
                held.append(part[0])
            elif (
                len(part) == 1
                and part[0].text in _MONTH_SURNAMES
                and not (monthly and _dated(text, part))
                and not _WISH_AFTER.match(text, part[0].end)
            ):
                held.append(part[0])  # "May said", after "Theresa May"
    if held or surnamed:  # "Park told the AP" after "Park Min-jung", "Hall" after "Amy Hall"
        named = {
            word
            for m in mentions
            if m.kind in ("person", "candidate") and 2 <= len(words := m.text.split()) <= 3
            for word in (words[0], words[-1])
            if (word not in _MONTH_SURNAMES and word.lower() not in _SURNAME_TITLES)
            or word == words[-1]  # not "April" of "April Ryan", "Dean" of "Dean Smith"
        }
        mentions += [
            Mention(t.start, t.end, t.text, "candidate", None, t.start, sentence_of(t.start))
            for t in held
            if t.text in named
        ]
        for index, t in surnamed:  # "King added", after "Stephen King": his surname
            if t.text in named:
                mentions[index] = Mention(
                    t.start, t.end, t.text, "candidate", None, t.start, sentence_of(t.start)
                )
    if "s " in text:  # (a plural title ends in "s", then a name)
        _share_plural_titles(text, mentions)
    return mentions


_LIST_GAPS = (", ", " and ", ", and ")


def _share_plural_titles(text: str, mentions: list[Mention]) -> None:
    """'Representatives Eliot Engel, Adam Schiff, and Elijah Cummings', 'Senators Tom Lee and
    Ann Ruiz': the names listed after a plural title hold it too (in place)."""
    for i, mention in enumerate(mentions):
        title = (
            mention.role.split()[-1].lower() if mention.kind == "person" and mention.role else ""
        )
        if len(title) <= 4 or not _plural_title(title):
            continue  # (not "Mrs", not a singular title)
        previous = mention
        for j in range(i + 1, len(mentions)):
            listed = mentions[j]
            gap = text[previous.end : listed.start]
            if gap not in _LIST_GAPS or listed.kind != "candidate":
                break
            mentions[j] = listed._replace(kind="person", role=mention.role)
            if gap != ", ":
                break  # the last name of the list
            previous = listed


_PRIZE_AFTER = re.compile(r" (?:title|titles|trophy|medal|medals|crown|championship)\b")
# What a match of `_PRIZE_AFTER` or `_OUTLET_AFTER` opens with: one `startswith`, a fraction of a
# regex call's cost, rules out most names before the pattern is tried
_PRIZE_STARTS = (" title", " trophy", " medal", " crown", " championship")
_OUTLET_STARTS = (" news", " broadcaster")


# Words before a place's name: "in Warner Robins, the three-term legislator noted" names a place
_WHERE_WORDS = ("in ", "at ", "near ", "outside ", "from ", "of ", "In ", "At ", "From ")
# ", the founder of ...", ", a former Republican Senate Majority Leader,": a role for the name
_ROLE_APPOSITIVE = re.compile(r", (?:the|a|an) ([^,.;:()\u2591]{1,80}),")
# the same with its closing comma left out, before a verb: ", the Information Minister paid"
_ROLE_BEFORE_VERB = re.compile(r", (?:the|a|an) ((?:[\w\-]+ ){0,4}?[\w\-]+) [a-z]")


def _role_follows(text: str, end: int) -> bool:
    """Whether an appositive with a role word follows a name ending at `end` (", the founder of
    the Free Software Foundation,"); with its closing comma left out, before a verb, only a
    capitalised title counts (", the Information Minister paid")."""
    closed = _ROLE_APPOSITIVE.match(text, end)
    if closed:
        return any(w.lower() in ROLE_WORDS for w in closed.group(1).split())
    before_verb = _ROLE_BEFORE_VERB.match(text, end)
    return before_verb is not None and any(
        w[0].isupper() and w.lower() in ROLE_WORDS for w in before_verb.group(1).split()
    )


def _has_body_or_place_word(words: list[str]) -> bool:
    """'Kenya Airways', 'Ashford College': a word of a body's or a place's name, no person's."""
    return any(w.lower() in ORG_WORDS or w.lower() in PLACE_WORDS for w in words)


_INDEFINITE_ARTICLES = ("a ", "an ", "A ", "An ")
# who speak for the body named before them ("a Netflix spokesperson", "a Treasury official")
_SPEAKING_FOR = SPOKESPEOPLE | {"official", "source"}
# a person described after a word that is not their name: "(A Carmarthenshire) head teacher said"
_PERSON_DESCRIBED_AFTER = re.compile(
    r" (?:[a-z\-]+ )?(?:"
    + "|".join(sorted(DESCRIBED_PEOPLE - PLURAL_PEOPLE - _SPEAKING_FOR))
    + r")\b(?! of\b)"
)


def _classified_by_context(text: str, mention: Mention) -> Mention | None:
    """An unclassified name, classified by the words around it; None when it is no name."""
    if (" " not in mention.text and is_demonym(mention.text)) or is_people_of_a_place(mention.text):
        return None  # "European and Japanese carmakers", "Aucklanders": no names
    if (
        text.endswith(("In ", "At "), 0, mention.start) and text.startswith(",", mention.end)
    ) or text.endswith(_PLACE_OF, 0, mention.start):
        return None  # "In Tanjung Laras, the roof fell", "the village of Valea Mare": places
    if text.startswith(_PRIZE_STARTS, mention.end) and _PRIZE_AFTER.match(text, mention.end):
        return None  # "her first Grand Slam title", "the Super Bowl trophy": a prize, no one
    if (
        " " not in mention.text
        and text.endswith(_INDEFINITE_ARTICLES, 0, mention.start)
        and _PERSON_DESCRIBED_AFTER.match(text, mention.end)
    ):
        return None  # "A Carmarthenshire head teacher says": where the person is from
    mention = _with_occupation(text, mention)
    if mention.kind == "candidate":
        mention = _with_line_of_business(text, mention)
    if (
        mention.kind == "candidate"
        and text.startswith(_OUTLET_STARTS, mention.end)
        and _OUTLET_AFTER.match(text, mention.end)
        and mention.text not in places()
        and country_of_demonym(mention.text) is None  # "Swiss broadcaster SRF"
    ):
        return mention._replace(kind="media")  # "the Baghdad Today news agency"
    if mention.kind == "candidate" and (
        text.endswith(_IDENTIFIED_AS, 0, mention.start)
        or (text.startswith(", ", mention.end) and _AGED_APPOSITIVE.match(text, mention.end))
    ):
        return mention._replace(kind="person")  # "identified only as Sari", "Marlina, 38,"
    if (
        mention.kind == "candidate"
        and text.startswith(", ", mention.end)
        and 2 <= len(mention.text.split()) <= 3
        and _role_follows(text, mention.end)
        and not text.endswith(_WHERE_WORDS, 0, mention.start)  # "in Warner Robins, the ..."
        and not _has_body_or_place_word(mention.text.split())
        and mention.text not in places()
    ):  # "Richard Stallman, the founder of the Free Software Foundation,": a person
        return mention._replace(kind="person")
    if (
        mention.kind == "candidate"
        and text.startswith(", which ", mention.end)
        and " " in mention.text
        and mention.text not in places()
    ):
        return mention._replace(kind="organisation")  # "Maple Crest Living, which operates"
    return mention


# "Ambassador to ", "envoy to ": a diplomat's post, a place, comes before their name
_POSTED_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]onsul)\s+to\s+$")
_ERAS = frozenset(("AD", "BC", "BCE", "CE"))
_TIME_ZONES = frozenset("UTC GMT BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT".split())  # noqa: SIM905
# A person the article names only partly: "a woman identified only as Sari", "known only as Ali"
_IDENTIFIED_AS = (
    "identified only as ", "identified as ", "known only as ", "named only as ",
    "her name only as ", "his name only as ", "her name as ", "his name as ",  # "gave her name"
    "her first name, ", "his first name, ", "her first name as ", "his first name as ",
    "her surname, ", "his surname, ", "surnamed ",  # "a woman surnamed Leung"
)  # fmt: skip


def _next_to_a_number(text: str, token: Token) -> bool:
    return (
        text[token.end + 1 : token.end + 2].isdigit()
        or text[token.start - 2 : token.start - 1].isdigit()
    )


_AMOUNT = re.compile(r"[A-Z](?:[a-z]{1,2}|[A-Z][a-z])\d[\d.,]*")  # not "TVN24", "G7"


def _is_an_amount(text: str, token: Token) -> bool:
    """'Dh4.6', or a short currency mark written in mixed case before a number ('KSh 4.2',
    'Rs 2,400', 'Tk 50'); not 'G7', 'TVN24', 'F-35' or 'Apollo 11'."""
    word = token.text
    if word[-1].isdigit():
        return _AMOUNT.fullmatch(word) is not None
    return (
        len(word) <= 3
        and not word.isupper()
        and text[token.end : token.end + 1] == " "
        and text[token.end + 1 : token.end + 2].isdigit()
    )


_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
_GOVERNMENT = " government"
# Places whose "X of Y" name is their council's ("City of Calgary", "Town of Gander")
_COUNCIL_PLACES = frozenset("city town county borough municipality village shire".split())  # noqa: SIM905
_POST_NOMINALS = frozenset("KC QC SC SAN MP MEP MBE OBE CBE KBE DBE PhD".split())  # noqa: SIM905
_AFTER_A_NAME = re.compile(r"[A-Z][\w\-'\u2019]*[a-z], $")
# A wire story's dateline: the place in capitals at the very start, perhaps a date and the agency,
# then a dash ("DUBLIN, Jan 9 (Reuters) - ", "LUSAKA (AP) \u2014 ", "NEW YORK - ",
# "WINNIPEG, Manitoba, Sept 6 (Wire) - "), or a colon ("MUMBAI: ").
WIRE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\-/]+(?: [A-Z][A-Z.'\-/]+){0,3}"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?){0,2}(?:\s*\([^()\n]{1,30}\))?"
    r"(?:\s+[-\u2013\u2014]\s|:\s)"
)


def _wire_dateline(text: str) -> re.Match | None:
    """'DUBLIN, Jan 9 (Reuters) -' opening the story, or its first paragraph after a one-line
    headline ("Critical flaw found ...\n\nTOKYO — The Japan Fair Trade Commission ...")."""
    found = WIRE_DATELINE.match(text)
    head_end = text.find("\n\n")
    if found is None and 0 < head_end < 200 and "\n" not in text[:head_end]:
        found = WIRE_DATELINE.match(text, head_end)
    return found or _PLACE_DATELINE.match(text)


# "Chandigarh: The stand-off ...": the Indian press's dateline, in title case, opening the text
_PLACE_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?: (?=[A-Z])")


_SPEAKER_LABEL = re.compile(r"\(\([^()\n]{1,40}\)\)[\s:]*")
_CREDIT_LABELS = ("Image: ", "Photo: ", "Photograph: ", "Credit: ")
_INITIALS_LABEL = re.compile(r"[A-Z]{2,4}[ \t]+(?=[A-Z])")


def _initials_labels(text: str, sentences: list[Sentence]) -> set[tuple[int, int]]:
    """In a Wikinews interview, the answer after a question ("((WN)) Why ...?") may open with
    the interviewee's initials ("MS We did not ..."): their spans, as (start, end of the label)."""
    found = set()
    for before, s in zip(sentences, sentences[1:], strict=False):
        if s.paragraph == before.paragraph or not text.startswith(
            "((WN))", _paragraph_start(text, before.start)
        ):
            continue
        label = _INITIALS_LABEL.match(text, s.start)
        if label is not None:
            found.add((s.start, label.end()))
    return found


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


_AGE_AFTER = re.compile(r", \d{1,3}[,.]")
_MEDIA_WORDS = frozenset(("media", "press", "newspapers", "outlets", "television"))
_REPORTS_VERB = re.compile(  # "Initial reports stated" (but "Rudaw reports the man had ...")
    r" (?:said|say|stated|state|suggest|suggested|indicate|indicated|claimed|showed|from)\b"
)
_AGED_APPOSITIVE = re.compile(r", (?:[1-9]\d{0,2}(?:,|\.(?!\d))|an? \d{1,3}-year-old )")


def _person_with_place_surname(text: str, part: list[Token], sentence: int) -> Mention | None:
    """'local resident Joe Park', 'Amy Hall, 34,': a given name and a surname that is also a
    place word ("Park", "Hall") is a person when an occupation comes before it or an age after."""
    given = part[0].text
    start, end = part[0].start, part[1].end
    name = text[start:end]
    candidate = Mention(start, end, name, "candidate", None, start, sentence)
    if _HYPHENATED_GIVEN_NAME.fullmatch(given):
        return candidate._replace(kind="person")  # "Min-seo Park", the given name first
    if not given.isalpha() or given.lower() in PLACE_WORDS or given in places():
        return None
    person = _with_occupation(text, candidate)
    if person.kind == "person":
        return person
    word_start, word_end = _word_before(text, start)
    if _AGE_AFTER.match(text, end) or text[word_start:word_end] in DESCRIBED_PEOPLE:
        return candidate._replace(kind="person")  # "resident Joe Park", "Joe Park, 54,"
    if _REPORTED_BY.match(text, end) or _SPOKE_AFTER.match(text, end):
        return candidate  # "John Park agreed:", "Amy Hall said": someone (or a body) speaking
    if text.startswith(", ", start - 2) and text.startswith(",", end):
        role_start, role_end = _word_before(text, start - 2)
        if text[role_start:role_end].lower() in ROLE_WORDS:
            return candidate._replace(kind="person")  # "Her deputy, John Park, agreed"
    return None


_SPOKE_AFTER = re.compile(r" (?:added|agreed|explained|noted|wrote|recalled|asked)\b")


def _with_occupation(text: str, mention: Mention) -> Mention:
    """'comic artist Jenn St-Onge', 'Actor Brendan Fraser': an unclassified name after an
    occupation is a person, and the occupation is their role."""
    words = mention.text.split()
    if (
        mention.kind != "candidate"
        or not all(w[:1].isupper() or w in NAME_CONNECTORS for w in words)  # "Bill de Blasio"
    ):
        return mention
    if len(words) < 2:
        return _one_name_after_a_noun(text, mention)
    if _has_body_or_place_word(words):
        return mention
    word_start, word_end = _word_before(text, mention.start)
    word = text[word_start:word_end].lower()
    if word_end == mention.start or (word not in ROLE_WORDS and word not in _NOUNS_BEFORE_A_NAME):
        return mention
    role_start = word_start
    modifier_start, modifier_end = _word_before(text, word_start)
    if (
        modifier_start < modifier_end < word_start
        and text[modifier_end:word_start].isspace()
        and text[modifier_start:modifier_end].lower() not in _FUNCTION_WORDS
        and text[modifier_start:modifier_end].lower() not in REPORTING_VERBS
    ):  # (not "told host Mika Brzezinski")
        role_start = modifier_start  # "comic artist", "former governor", not "and drummer"
    opens_sentence = _starts_sentence(text, role_start)
    if role_start < word_start and text[role_start].isupper() and not opens_sentence:
        role_start = word_start  # "Valiant Entertainment editor Heather Antos": another name's word
    if text[role_start].isupper() and not opens_sentence:
        return mention  # a capitalised word mid-sentence belongs to another name
    if word not in ROLE_WORDS:  # "his wife Mary Lee", "Pensioner Nora Culkin": no role
        return mention._replace(kind="person")
    occupation = text[role_start:word_end]
    return mention._replace(kind="person", role=occupation, role_start=role_start)


def _one_name_after_a_noun(text: str, mention: Mention) -> Mention:
    """'coffee farmer Sutrisno', 'garment worker Lestari': a single name right after a lowercase
    word for someone (not a title) is a person's."""
    if not text[mention.start - 2 : mention.start - 1].islower():
        return mention  # (a cheap test first: most single names follow no lowercase word)
    word_start, word_end = _word_before(text, mention.start)
    word = text[word_start:word_end]
    if (
        word_end + 1 != mention.start
        or word not in _NOUNS_BEFORE_A_NAME
        or word in ROLE_WORDS
        or mention.text in places()
    ):
        return mention
    return mention._replace(kind="person")


# "health worker Samah Abdel-Moneim", "his wife Mary Lee": a word for someone (not their role),
# before their name; not a plural ("children"), nor a word that may come before a body's name
# ("owner Sports Direct", "customer Acme Ltd")
_NOT_BEFORE_ONE_NAME = frozenset(
    """owner customer user member police source guard centre center controller children men
    women people""".split()  # noqa: SIM905
)
_NOUNS_BEFORE_A_NAME = frozenset(
    w for w in PERSON_NOUNS if not w.endswith("s") and w not in _NOT_BEFORE_ONE_NAME
)

_FUNCTION_WORDS = frozenset(
    """and or but the a an of to with by for from as at in on his her their its our over
    after against before than into about""".split()  # noqa: SIM905
)


_OPENING_THE = re.compile(r"(?:^|[.!?]\s+|\n)The $")


def _with_line_of_business(text: str, mention: Mention) -> Mention:
    """'German carmaker Rheinwerk AG', 'Italian carrier Aeroliva': an unclassified name after a
    lowercase word for a kind of business is an organisation's; after "the magazine" or "the
    newspaper", an outlet's."""
    if not text.startswith(" ", mention.start - 1):
        return mention
    low = max(0, mention.start - 20)
    word_start = max(
        text.rfind(" ", low, mention.start - 1), text.rfind("\n", low, mention.start - 1)
    )
    word_start += 1  # after the space or line break before the word
    word = text[word_start : mention.start - 1]
    if word == "The" and text.startswith(" ", word_start - 1):  # "the newspaper The Daily Meghna"
        before = text.rfind(" ", max(0, word_start - 20), word_start - 1) + 1
        if text[before : word_start - 1] in OUTLET_NOUNS:
            return mention._replace(kind="media")
    if word in OUTLET_NOUNS:
        return mention._replace(kind="media")  # "the magazine Africa Letters"
    if word.endswith(",") and _OPENING_THE.search(text, max(0, word_start - 8), word_start):
        if (word[:-1] in BUSINESS_NOUNS or word[:-1] in TRADE_NOUNS) and text.startswith(
            (",", ".", ";"), mention.end
        ):  # "The developer, Hidroaustral SpA," (but "The company, Trump said, was failing")
            return mention._replace(kind="organisation")
        return mention  # (not "A spokesman for the company, Owen Treharne,": no opening "The")
    if (word not in BUSINESS_NOUNS and word not in _KINDS_OF_BODY) or _AGE_AFTER.match(
        text, mention.end
    ):
        return mention  # "Lantern maker Trần Văn Lộc, 72,": a firm has no age
    if word == "maker" and text[: word_start - 1].rpartition(" ")[2].lower() in _PEOPLE_MAKING:
        return mention  # "documentary maker Amal Osman", "policy maker"
    return mention._replace(kind="organisation")


# What people, not firms, make ("documentary maker Amal Osman", but "drinks maker Diageo")
_PEOPLE_MAKING = frozenset("documentary film movie policy peace decision law programme".split())  # noqa: SIM905


# "the village of Valea Mare": a place, not a person
_PLACE_OF = ("village of ", "town of ", "city of ", "district of ", "province of ", "region of ")
_PLACE_OF += ("county of ", "island of ", "municipality of ")
# "the Baghdad Today news agency" (but not "the Portuguese news agency Lusa": a name follows)
_OUTLET_AFTER = re.compile(r" (?:news agency|newspaper|broadcaster|news website)\b(?! [A-Z])")


def _named_after_a_place(lowers: list[str]) -> bool:
    """'Severn Valley Wheelers', 'Kestrel Bay United': a name that goes on after its place
    word is a body named after the place, not the place (nor a person)."""
    return len(lowers) >= 3 and lowers[-1] not in PLACE_WORDS and lowers[-2] in PLACE_WORDS


def _word_before(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the letters-and-hyphens word that ends, after spaces, before `position`."""
    end = position
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019_"):
        return end, end  # part of a longer token ("Trump's", "3-day"): no word
    return start, end


def _starts_sentence(text: str, position: int) -> bool:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position == 0 or text[position - 1] in _SENTENCE_END


# Runs of capitalised words repeat (within and across articles): their split and classification
# depend only on the words, so both are computed once per distinct run, on stand-in tokens, and
# mapped back onto the real positions.


def _stand_ins(words: tuple[str, ...]) -> tuple[str, list[Token]]:
    tokens_, position = [], 0
    for word in words:
        tokens_.append(Token(position, position + len(word), word))
        position += len(word) + 1
    return " ".join(words), tokens_


@lru_cache(maxsize=16384)
def _parts(words: tuple[str, ...]) -> tuple[tuple[int, int, tuple | None], ...]:
    """(first token, end token, `_shape`) of each name in a run: one cache look-up per run."""
    return tuple((first, last, _shape(words[first:last])) for first, last in _split_ranges(words))


def _split_ranges(words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    _, stand_ins = _stand_ins(words)
    index = {t.start: i for i, t in enumerate(stand_ins)}
    return tuple(
        (index[part[0].start], index[part[-1].start] + 1)
        for part in _split_organisation_prefix(stand_ins)
    )


def _shape(words: tuple[str, ...]) -> tuple[str, int, int, int, int | None] | None:
    """(kind, name's first token, name's end token, role's first token, role's end token)."""
    text, stand_ins = _stand_ins(words)
    mention = _classify(text, stand_ins, 0)
    if mention is None:
        return None
    starts = {t.start: i for i, t in enumerate(stand_ins)}
    ends = {t.end: i + 1 for i, t in enumerate(stand_ins)}
    role_end = ends[mention.role_start + len(mention.role)] if mention.role else None
    return (
        mention.kind,
        starts[mention.start],
        ends[mention.end],
        starts[mention.role_start],
        role_end,
    )


def _mention(text: str, part: list[Token], shape: tuple, sentence: int) -> Mention:
    kind, first, end, role_first, role_end = shape
    start, stop = part[first].start, part[end - 1].end
    role = text[part[role_first].start : part[role_end - 1].end] if role_end else None
    name = "" if kind == "role" else text[start:stop]
    return Mention(start, stop, name, kind, role, part[role_first].start, sentence)


# Regions in the gazetteer ("Southern", a province of Zambia) that open many other names
_COMPASS_WORDS = frozenset(
    ("northern", "southern", "eastern", "western", "central", "north", "south", "east", "west")
)


def _split_organisation_prefix(group: list[Token]) -> list[list[Token]]:
    """Split a run of capitalised words that holds more than one name.

    'Trump and Biden' -> 'Trump', 'Biden' (only organisation names keep 'and', 'for', 'on');
    'United Nations Nikki Haley' -> 'United Nations', 'Nikki Haley'; 'Iran Brian Hook' and
    'Vermont Bernie Sanders' -> the place, then the person; 'Jennifer Lu of Marriage Equality
    Coalition' -> the person, then the organisation.
    """
    lowers = [t.text.lower() for t in group]
    if _utility_name(lowers):
        return [group]
    if ("&" in lowers and "of" not in lowers[: lowers.index("&")]) or (
        _people_for_a_cause(lowers) and "of" not in lowers
    ):  # "Kilgore & Banks", "Marks & Spencer": one firm (but "Adam Reyes-Whitfield of Reyes &
        return [group]  # Holm" is X, of the firm); "Lawyers for Human Rights": one group (but
        # "X of Reporters Without Borders" is X, of the group)
    and_at = next((i for i in range(2, len(lowers) - 3) if lowers[i] == "and"), None)
    if (
        and_at is not None
        and any(w in ORG_WORDS for w in lowers[:and_at])
        and (lowers[and_at + 1] in ORG_WORDS or lowers[-1] in ORG_WORDS)
    ):  # "American Civil Liberties Union of Montana and Native American Rights Fund": two
        # bodies (not "Department of Health and Human Services": a name of two words after)
        return [group[:and_at], *_split_organisation_prefix(group[and_at + 1 :])]
    if "and" in lowers[2:4]:  # "Kayla Brooks and European Space Agency astronaut Luca Ferri"
        joint = lowers.index("and", 2)
        right = group[joint + 1 :]
        if (
            len(right) >= 2
            and not any(w in ORG_WORDS for w in lowers[:joint])
            and any(w in ORG_WORDS for w in lowers[joint + 1 :])
            and (is_demonym(right[0].text) or right[0].text in places())
        ):  # (not "Baylor Scott and White Medical Center": one hospital)
            return [group[:joint], *_split_organisation_prefix(right)]
    if (
        not any(w in ORG_WORDS for w in lowers)
        and any(w in ORG_CONNECTORS for w in lowers)
        and not _title_with_field(group, lowers)
    ):  # but "Minister of Trade and Industry" is one title
        parts, current = [], []
        for token in group:
            if token.text.lower() in ORG_CONNECTORS:
                parts.append(_trim_connectors(current))
                current = []
            else:
                current.append(token)
        parts.append(_trim_connectors(current))
        return [piece for part in parts if part for piece in _split_organisation_prefix(part)]
    for size in (2, 1):  # a leading country or state, then a two- or three-word name
        head, rest = group[:size], group[size:]
        if (
            len(rest) in (2, 3)
            and lowers[0] not in _COMPASS_WORDS  # "Southern Arc Aerospace" is one name
            and " ".join(t.text for t in head) in places()
            and all(t.text[:1].isupper() and t.text.isalpha() for t in rest)
            and not any(w in ORG_WORDS or w in TITLE_WORDS for w in lowers[size:])
        ):
            return [head, rest]
    of = next((i for i, w in enumerate(lowers) if w in ("of", "from")), None)
    # "Professor Carl Lipo of ...", "Economist Dr Leilani Fonoti-Harris of Coastal Bank",
    # "Kristen Welker of NBC News"
    # "Police Inspector Henrik Sørensen of Copenhagen Police": a body's word before a title
    lead = 1 if len(lowers) > 1 and lowers[0] in ORG_WORDS and lowers[1] in TITLE_WORDS else 0
    titles = next(
        (i for i, w in enumerate(lowers) if i >= lead and w not in TITLE_WORDS), len(lowers)
    )
    if (
        of is not None
        and 2 <= of <= titles + 3 + _has_initial(lowers[titles:of])  # "Ma. Cristina L. Ocampo of"
        and of > titles
        and not any(w in ORG_WORDS for w in lowers[lead:of])
        and not any(w in TITLE_WORDS for w in lowers[titles:of])
        and (
            any(w in ORG_WORDS for w in lowers[of + 1 :])
            or _is_media([t.text for t in group[of + 1 :]])
            or _people_for_a_cause(lowers[of + 1 :])
        )
    ):
        return [group[:of], group[of + 1 :]]
    org_at = max((i for i, w in enumerate(lowers) if w in ORG_WORDS), default=-1)
    rest = group[org_at + 1 :]
    if (
        org_at >= 0
        and not (lowers[0] in TITLE_WORDS and len(lowers) > 1 and lowers[1] in _OF_FOR)
        and len(rest) >= 2
        and all(t.text[:1].isupper() and t.text.isalpha() for t in rest)
        and not any(w in TITLE_WORDS for w in lowers[org_at + 1 :])
        and " ".join(t.text for t in rest) not in countries()  # "Health Services New Zealand"
    ):
        return [group[: org_at + 1], rest]
    return [group] if group else []


def _title_with_field(group: list[Token], lowers: list[str]) -> bool:
    """'Minister of Trade and Industry', 'Senior Minister of State for Health': a title (perhaps
    after a word that qualifies it), then "of" or "for" and its field; but after a qualifier,
    not a country's whole name ('Supreme Leader of the Islamic Republic of Iran': a country)."""
    if len(lowers) < 3:
        return False
    if lowers[0] in TITLE_WORDS:
        return lowers[1] in _OF_FOR
    if len(lowers) < 4 or lowers[1] not in TITLE_WORDS or lowers[2] not in _OF_FOR:
        return False
    field = group[4 if lowers[3] == "the" else 3 :]
    return " ".join(t.text for t in field) not in countries()


_UTILITY_ENDINGS = frozenset(("electric", "light", "telegraph"))


def _utility_name(lowers: list[str]) -> bool:
    """'Pacific Gas and Electric', 'Florida Power and Light': one company, not two names;
    'Environment and Climate Change Canada', 'Fisheries and Oceans Canada': one department;
    'Transport for London', 'Transport for Wales': one body."""
    return len(lowers) > 2 and (
        (lowers[-2] == "and" and lowers[-1] in _UTILITY_ENDINGS)
        or (lowers[-1] == "canada" and "and" in lowers[1:-2])
        or lowers[:2] == ["transport", "for"]
    )


def _has_initial(lowers: list[str]) -> bool:
    """Whether a middle initial ("l.") is among the words: a name one word longer."""
    return any(len(w) == 2 and w.endswith(".") and w[0].isalpha() for w in lowers[1:])


def _people_for_a_cause(lowers: list[str]) -> bool:
    """'Thai Lawyers for Human Rights', 'Doctors Without Borders', 'Mothers Against Drunk
    Driving': people named by what they do, then for or against what, is a group's name."""
    if len(lowers) > 2 and lowers[0] in _CAUSE_OPENINGS and lowers[1] in _CAUSE_LINKS:
        return True  # "Action for Children", "Campaign Against Arms Trade"
    return any(
        lowers[i] in _CAUSE_LINKS
        and i + 1 < len(lowers)
        and lowers[i - 1] in _CAUSE_PEOPLE
        and (lowers[i] != "for" or _CAUSES.intersection(lowers[i + 1 :]))  # not "Lawyers for X"
        for i in range(1, len(lowers))
    )


_CAUSE_LINKS = frozenset(("for", "without", "against"))
_CAUSE_OPENINGS = frozenset(("action", "campaign"))  # a group named for what it does, then for what
_CAUSES = frozenset(
    """rights justice democracy peace freedom change life choice truth future climate equality
    access reform action liberty""".split()  # noqa: SIM905
)
_CAUSE_PEOPLE = PLURAL_PEOPLE | frozenset(("mothers", "women", "fathers", "men"))


def _capitalised_runs(text: str, words: list[Token]) -> list[list[Token]]:
    """Runs of `tokens` joined by a space (or a possessive inside an organisation's name)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    nickname_end = -1
    for word in words:
        if word.start < nickname_end:
            continue  # the "Matt" of 'Matiu "Matt" Ratana': in the name's span, not a name part
        if current and word.start != nickname_end and not _joined(text, current, word):
            runs.append(current)
            current = []
        if "-" in word.text and word.text.endswith(_ADJECTIVE_SUFFIXES):
            # "the Dhaka-based newspaper", "Hong Kong-based", "Tesco and Denmark-based Salling
            # Group": a place made an adjective, no name; a name joined to it by "and" stays
            joined = [i for i, t in enumerate(current) if t.text in ("and", "&")]
            if joined:
                runs.append(current[: joined[-1]])
            current = []
            continue
        current.append(word)
        if text.startswith(_NICKNAME_OPENERS, word.end):
            nickname = NICKNAME.match(text, word.end)
            nickname_end = nickname.end() if nickname else -1
    if current:
        runs.append(current)
    runs = _with_campuses(text, _with_listed_fields(text, [run for run in runs if run]))
    if " in " in text:
        runs = _with_place_of_a_body(text, runs)
        if ") " in text:
            runs = _with_place_before_initials(text, runs)
    return [_trim_connectors(run) if _is_connector(run[-1].text) else run for run in runs]


_NAME_LINKS = frozenset(("and", "in", "of", "for", "on"))  # where a run may be cut in two
_INITIALS_AFTER = re.compile(r" \(([A-Z][A-Z&]{1,9})\)")


def _spelled_out_before_initials(text: str, group: list[Token]) -> bool:
    """'Long Range Identification and Tracking (LRIT)', 'Joint Chiefs of Staff (JCS)', 'UN High
    Commissioner for Refugees (UNHCR)': a run with a word it could be cut at, whose capitalised
    words' initials (a word in capitals whole) are the ones in brackets after it."""
    if (
        not any(t.text in _NAME_LINKS for t in group)
        and " in " not in text[group[0].start : group[-1].end]
    ):
        return False
    initials = _INITIALS_AFTER.match(text, group[-1].end)
    return initials is not None and initials.group(1).replace("&", "") == _initials_of(group)


# Bodies named with where they are: "the US Embassy in London", "Association of Banks in Lebanon"
_PLACED_BODIES = frozenset(("embassy", "consulate", "association", "federation", "mission"))


def _with_place_of_a_body(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """'The US Embassy in London', 'The Association of Banks in Lebanon': a body whose name
    ends with where it is, "in" and a known place (one to three words), is one run."""

    def joins(previous: list[Token], run: list[Token]) -> bool:
        return (
            len(previous) >= 2
            and run[0].start == previous[-1].end + 4
            and text.startswith(" in ", previous[-1].end)
            and len(run) <= 3
            and (
                previous[-1].text.lower() in _PLACED_BODIES
                or (
                    len(previous) >= 3
                    and previous[-2].text == "of"
                    and previous[-3].text.lower() in _PLACED_BODIES
                )
            )
            and " ".join(t.text for t in run) in places()
        )

    return _merged_runs(runs, joins)


def _with_place_before_initials(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """'UN Assistance Mission in Afghanistan (UNAMA)': a name, "in", a place, then initials in
    brackets that are the initials of both is one run (which `_spelled_out_before_initials`
    then reads as one body)."""

    def joins(previous: list[Token], run: list[Token]) -> bool:
        if len(previous) < 2 or run[0].start != previous[-1].end + 4:
            return False
        initials = _INITIALS_AFTER.match(text, run[-1].end)
        return (
            text.startswith(" in ", previous[-1].end)
            and initials is not None
            and initials.group(1).replace("&", "") == _initials_of(previous + run)
        )

    return _merged_runs(runs, joins)


def _merged_runs(
    runs: list[list[Token]], joins: Callable[[list[Token], list[Token]], bool]
) -> list[list[Token]]:
    """`runs` with each run that `joins` the one before appended to it."""
    merged: list[list[Token]] = []
    for run in runs:
        if merged and joins(merged[-1], run):
            merged[-1] = merged[-1] + run
        else:
            merged.append(run)
    return merged


def _initials_of(group: list[Token]) -> str:
    """'UNHCR' for "UN High Commissioner for Refugees" (a leading "The" aside)."""
    if group and group[0].text == "The":
        group = group[1:]
    return "".join(t.text if t.text.isupper() else t.text[0] for t in group if t.text[0].isupper())


def _with_campuses(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """'University of California, San Diego', 'University of Texas, Austin': a university
    named for a state, a comma, then its campus (one or two words, no title or body word) is
    one name, not a university and a person named "San Diego"."""
    if ", " not in text or "University of " not in text:
        return runs

    def joins(previous: list[Token], run: list[Token]) -> bool:
        return (
            len(previous) >= 3
            and [t.text for t in previous[-3:-1]] == ["University", "of"]
            and previous[-1].text in places()
            and text.startswith(", ", previous[-1].end)
            and run[0].start == previous[-1].end + 2
            and len(run) <= 2
            and all(t.text.isalpha() and t.text[0].isupper() for t in run)
            and not any(t.text.lower() in ORG_WORDS or t.text.lower() in TITLE_WORDS for t in run)
        )

    return _merged_runs(runs, joins)


# ", Food and Rural Affairs": the last field of a list, where a body's name may list them
_LAST_LISTED = re.compile(r", ([A-Z][\w\-]*) and [A-Z]")


def _with_listed_fields(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """'Department for Environment, Food and Rural Affairs', 'Ministry of Land, Infrastructure,
    Transport and Tourism', 'Meteorology, Climatology and Geophysics Agency': a body whose name
    lists its fields with commas is one name, when the list is of single words, ends in "<word>
    and ...", and the name opens with "<body word> of/for" or ends in a word for a body."""
    lasts = {found.start(1) for found in _LAST_LISTED.finditer(text)}
    if not lasts:
        return runs
    runs = list(runs)
    for last_at in range(len(runs) - 1, 0, -1):  # from the end: a merge moves no run before it
        if last_at >= len(runs):
            continue  # (past the end of a list shortened by a merge)
        last = runs[last_at]
        if last[0].start not in lasts or len(last) < 3 or last[1].text != "and":
            continue
        first_at = last_at
        while (
            first_at > 0
            and runs[first_at - 1][-1].end + 2 == runs[first_at][0].start
            and text.startswith(", ", runs[first_at - 1][-1].end)
        ):
            first_at -= 1
            if len(runs[first_at]) > 1:
                break  # the name's first words, before its list of single words
        head = runs[first_at][1:] if runs[first_at][0].text == "The" else runs[first_at]
        if (
            first_at < last_at
            and all(
                not (t.text.isupper() and len(t.text) > 1)
                for run in runs[first_at + 1 : last_at + 1]
                for t in run
            )
            and (
                (len(head) >= 3 and head[0].text.lower() in ORG_WORDS and head[1].text in _OF_FOR)
                or last[-1].text.lower() in ORG_WORDS
            )
        ):
            runs[first_at : last_at + 1] = [
                [t for run in runs[first_at : last_at + 1] for t in run]
            ]
    return runs


_NICKNAME_OPENERS = (' "', " \u201c")
# 'Matiu "Matt" Ratana', 'Edward Lodewijk “Eddie” Van Halen': a nickname between a given name
# and a surname, one or two capitalised words in quote marks (group 1)
NICKNAME = re.compile(r' ["\u201c]([A-Z][\w.\'-]*(?: [A-Z][\w.\'-]*)?)["\u201d] (?=[A-Z])')
POSSESSIVE_ENDINGS = ("'s", "\u2019s")
"""What follows a name written as a possessor ("Biden's", "Kalkan-Demir’s")."""


def _joined(text: str, run: list[Token], right: Token) -> bool:
    left = run[-1]
    if right.text in _CLAUSE_OPENERS:
        return False  # "southern Africa But during these years": a full stop lost, not a name
    if right.start - left.end == 1:
        return text[left.end] in " \u00a0"
    gap = text[left.end : right.start]
    if (gap == " (" and right.text in _COMPANY_FORMS and text.startswith(") ", right.end)) or (
        gap == ") " and left.text in _COMPANY_FORMS and text.startswith("(", left.start - 1)
    ):
        return True  # "Mutoko Black Granite (Pvt) Ltd", "Sasol (Pty) Ltd": one company's name
    # "Alachua Sheriff's Office", "Workers' Party": a possessive inside an organisation's name,
    # but not "Portugal's Office for ..."
    return gap in _POSSESSIVE_GAPS and (
        (right.text.lower() in ORG_WORDS and not _names_a_country(run))
        or left.text in _GROUPS_IN_NAMES  # "Women's Football League", "Students' News Agency"
        or (len(run) == 2 and run[0].text in _SAINTS)  # "St Brigid's Children's Hospital"
    )


# Malaysian honorifics of two words, "Tan Sri", "Dato' Sri", "Datuk Seri" ("Sri" alone opens
# names: "Sri Mulyani Indrawati", "Sri Lanka"; "Tan" alone is a surname)
_BEFORE_SRI = frozenset(("tan", "dato", "datuk", "datin", "puan"))
_FORCES = frozenset(("naval", "police", "maritime"))  # of a prefecture that is a force's name
_COMPANY_FORMS = frozenset(("Pvt", "Pty", "Private", "Proprietary"))


def _names_a_country(run: list[Token]) -> bool:
    """'Portugal', 'United States': the run ends with a country's name (of up to four words)."""
    words = [t.text for t in run[-4:]]
    return any(" ".join(words[i:]) in countries() for i in range(len(words)))


# People a name can belong to, written with a possessive inside the name
_GROUPS_IN_NAMES = frozenset(
    """Women Children Men People Workers Veterans Farmers Teachers Nurses Mothers Students Doctors
    Lawyers Journalists Pensioners Parents Miners Writers Artists""".split()  # noqa: SIM905
)
_KINDS_OF_BODY = frozenset(("PAC", "NGO"))  # written before a name, as "charity" is
_PARTY_MEMBER_WORDS = frozenset(("democrat", "republican"))
_PARTY_QUALIFIERS = frozenset(("social", "christian", "free", "liberal"))
# Titles that are also given names: one right before a surname alone is the given name
# ("Sergeant Dean Mulcahy"), before two names a title ("Dean Erwin Chemerinsky")
_GIVEN_NAME_TITLES = frozenset(("dean",))
# Titles that are also common surnames: "Stephen King", "John Major", "Julie Bishop", "Howard
# Dean", "Erik Prince", "Martin Luther King Jr."
_SURNAME_TITLES = frozenset(
    "king bishop major dean prince judge marshal pope lord duke chancellor sheriff boss sheikh".split()  # noqa: SIM905
)
_NAME_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))


def _word_before_is_not_the(text: str, start: int) -> bool:
    word_start, word_end = _word_before(text, start)
    return text[word_start:word_end].lower() != "the"


def _title_as_surname(words: list[str], lowers: list[str], i: int) -> bool:
    """Whether the title word at `i` is the surname of the given name before it: last in the
    name (or before "Jr."), after a capitalised word that is no title, body, place or
    nationality ("Stephen King", but not "Leeds Mayor" or "Prime Minister")."""
    end = len(lowers) - 1
    if lowers[end] in _NAME_SUFFIXES:
        end -= 1
    if i != end or i == 0 or lowers[i] not in _SURNAME_TITLES:
        return False
    before = words[i - 1]
    return (
        before[:1].isupper()
        and not before.isupper()
        and lowers[i - 1] not in TITLE_WORDS
        and lowers[i - 1] not in ORG_WORDS
        and lowers[i - 1] not in PLACE_WORDS
        and before not in places()
        and not is_demonym(before)
    )


_SAINTS = frozenset(("St", "St.", "Saint", "Ste"))
_CLAUSE_OPENERS = frozenset(("But", "However", "Although", "Meanwhile", "Nevertheless", "Moreover"))


def _trim_connectors(run: list[Token]) -> list[Token]:
    while run and _is_connector(run[-1].text):
        run = run[:-1]
    return run


_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]([a-z]+)\b")


def _after_lowercase_word(text: str, start: int) -> bool:
    """Whether a lower-case word and one space come right before `start` (mid-sentence)."""
    return start >= 2 and text[start - 1] == " " and text[start - 2].islower()


def _drop_common_start(
    text: str,
    group: list[Token],
    sentence_starts: set[int],
    seen_lowercase: _LowercaseWords,
    mid_sentence: set[str],
) -> list[Token]:
    if len(group) == 1:
        head = group[0].text
        if head.lower() in COMMON_CAPITALISED and not (len(head) > 1 and head.isupper()):
            return []  # "He", "In", "What" alone: every rule below drops it, one way or another
    if len(group) >= 3 and _people_for_a_cause([t.text.lower() for t in group]):
        return group  # "Doctors Without Borders", not a description of "Borders"
    if (
        len(group) >= 3
        and group[0].text.lower() in PLURAL_PEOPLE
        and group[-1].text.lower() in ORG_WORDS
    ):
        return group  # "Children First Legal Alliance said", not "First Legal Alliance"
    while group:
        head = group[0].text
        if head == "A" and len(group) > 1 and _after_lowercase_word(text, group[0].start):
            break  # "DMK member A Kalaiselvi said": an initial, not the article
        if head in _KINDS_OF_BODY and len(group) > 1:
            group = group[1:]  # "the super PAC Forward Heartland Action": what kind of body
            continue
        if len(head) > 1 and head.isupper():  # an acronym ("WHO", "US"), never a common word
            break
        lower = head.lower()
        if (
            len(group) > 1
            and group[-1].text.lower() in MEDIA_WORDS
            and lower not in _FUNCTION_WORDS
        ):
            break  # an outlet's whole name: "Sunday Times", "Press TV" after "local press"
        if len(group) > 1 and (
            lower in WEEKDAYS
            or lower in PLATFORMS
            or lower.endswith(_DESCRIBING_SUFFIXES)
            or (head.endswith(_DEMONYM_ENDINGS) and _nationality_before_name(text, group))
        ):
            # "Later on Tuesday Mitsotakis met", "on Twitter West accused", "Sixteen-year-old X",
            # "Second-placed Ecuadorian Diego Paredes"
            group = group[1:]
            continue
        if len(group) > 1 and lower.startswith(_FORMERLY_PREFIXES):
            # "Then-President Donald Trump" is President Trump; "Ex-mayor Buttigieg", Buttigieg;
            # "Then-UK Prime Minister"; but "Ex-Muslims of North America" is a body's name
            cut = head.index("-") + 1
            rest = Token(group[0].start + cut, group[0].end, head[cut:])
            if rest.text.islower():
                group = group[1:]
                continue
            if rest.text.isupper() or rest.text.lower() in TITLE_WORDS:
                group = [rest, *group[1:]]
                continue
        if (
            "-" in head
            and len(group) > 2
            and head[1:].islower()
            and not _hyphenated_title(lower)  # "President-elect Joe Biden": a title
            and _person_like(group[1:])
        ):
            group = group[1:]  # "Mother-of-two Stacey Harper", "Fly-tipper Liam Fogarty"
            continue
        if (
            group[0].start in sentence_starts
            and lower.endswith(_OCCUPATION_ENDINGS)
            and len(group) > 2
            and _person_like(group[1:])
        ):
            group = group[1:]  # "Agronomist Clare Hoskins", "Volcanologist Ari Sigurdsson"
            continue
        if lower in _PARTY_MEMBER_WORDS and len(group) > 2 and _person_like(group[1:]):
            group = group[1:]  # "Democrat Chuck Schumer": a party member, then the name
            continue
        if (
            lower in _PARTY_QUALIFIERS
            and len(group) > 3
            and group[1].text.lower() in _PARTY_MEMBER_WORDS
            and _person_like(group[2:])
        ):
            group = group[2:]  # "Social Democrat Aino Lehtinen", "Christian Democrat X"
            continue
        if (
            len(group) > 2
            and group[1].text.endswith(_DEMONYM_ENDINGS)
            and _nationality_before_name(text, group, words=2)
        ):  # "South African Wayde van Niekerk", "New Zealander Aroha Te Whiu"
            group = group[2:]
            continue
        at_start = group[0].start in sentence_starts
        if head == "An" and not at_start and len(group) > 1:
            break  # "In a statement, An Garda Síochána said": mid-sentence, an Irish name's "An"
        if (
            at_start
            and len(group) == 1
            and lower.endswith(("ing", "ly", "ed"))
            and head not in mid_sentence  # "Boeing", named mid-sentence elsewhere, is a name
            and head not in countries()  # "Italy's prime minister"
            and not _REPORTED_BY.match(text, group[0].end)  # "Beijing denied": a name
        ):
            return []  # "Refusing to step down, he ...": a participle or adverb, not a name
        if len(group) == 1 and lower in PLURAL_PEOPLE:
            return []  # "Witnesses said", "Residents told": people described, not named
        if ("'" in lower or "\u2019" in lower) and re.split("['\u2019]", lower)[0] in _PRONOUNS:
            return []  # "I've read", "You've said" (an interview's answers): nobody's name
        if at_start and len(group) == 1 and head not in mid_sentence:
            after = _LOWER_WORD_AFTER.match(text, group[0].end)
            if after and (
                after.group(1) in PLURAL_PEOPLE
                or after.group(1) in ROLE_WORDS
                or after.group(1) in _MEDIA_WORDS
                or (after.group(1) == "reports" and _REPORTS_VERB.match(text, after.end(1)))
            ):  # "Emergency workers said", "Opposition lawmaker Kim", "Local media reported",
                return []  # "Initial reports stated" (but "Rudaw reports Mahan's ..."): described
        if (
            (lower in COMMON_CAPITALISED and not _names_a_body(lower, group))
            or (
                at_start
                and lower not in TITLE_WORDS
                and not _names_a_body(lower, group)
                and (
                    lower not in ORG_WORDS
                    or len(group) == 1  # "Bank Indonesia raised rates"
                    or (lower in PERSON_NOUNS and _person_like(group[1:]))  # "Guard Jamal Obi"
                )
                and (lower in seen_lowercase or (lower in PERSON_NOUNS and len(group) > 2))
            )
        ):  # "Actor Brendan Fraser", "Resident Ann Lee" at a sentence start: a description
            group = group[1:]
            continue
        break
    return group


_PRONOUNS = frozenset(("i", "you", "we", "they", "he", "she", "it"))


def _names_a_body(lower: str, group: list[Token]) -> bool:
    """'The Police Federation', 'Police Scotland': a word that is common at a
    sentence start ("Police said") opening a longer name that ends in an organisation's word,
    or a force named for its country; 'Air India', an airline."""
    if lower == "air" and len(group) >= 2:
        return True  # "Air India said": an airline
    if len(group) == 2 and _names_an_agency(lower, group[1].text):
        return True  # "Health Canada said", though "health" is written in lower case too
    if lower in _COMPASS_WORDS and len(group) >= 3 and group[-1].text.lower() in ORG_WORDS:
        return True  # "Northern Rivers Shire Council said", after "northern New South Wales"
    if lower not in ("police", "data", "statistics") or len(group) < 2:
        return False  # ("Data Protection Commission", "Statistics Canada")
    rest = " ".join(t.text for t in group[1:])
    return (
        group[-1].text.lower() in ORG_WORDS
        or rest in places()  # "Police Federation", "Police Scotland"
        or (len(group) > 3 and group[2].text == "of" and group[1].text.lower() in ORG_WORDS)
    )  # "The Police Service of Northern Ireland"


_DESCRIBING_SUFFIXES = ("-year-old", "-placed", "-seeded", "-ranked")
_OCCUPATION_ENDINGS = ("ologist", "onomist", "ographer", "ist", "eer")
# A name made an adjective: "Dhaka-based", "Saudi-led", "state-owned" (but not "Rhys-Davies")
_ADJECTIVE_SUFFIXES = ("-based", "-led", "-backed", "-owned", "-born", "-run", "-linked")
_ADJECTIVE_SUFFIXES += ("-registered",)  # "Dubai-registered Marlin Maritime Ltd"
# "Italian", "Japanese", "Irish", "Dutch", "Thai", "Greek", "Swiss", "Argentine" (the gazetteer
# also has "Green", which opens names)
_DEMONYM_ENDINGS = ("an", "ese", "sh", "ch", "i", "ic", "eek", "ss", "ine", "er")


def _nationality_before_name(text: str, group: list[Token], words: int = 1) -> bool:
    """'Italian Marco Bellini', 'South African Wayde Smith' (`words` 2): a nationality, then a
    person's name, written so only once (the party "Thai Raksa Chart" is named again and again)
    and with no word the article also writes in lower case."""
    name = group[words:]
    return (
        is_demonym(" ".join(t.text for t in group[:words]))
        and _person_like(name)
        and text.count(text[group[0].start : name[0].end]) == 1
        and not any(  # "Public Health"
            f" {t.text.lower()} " in text for t in name if t.text not in NAME_CONNECTORS
        )
    )


def _person_like(rest: list[Token]) -> bool:
    """'Marco Bellini' or 'Thiago Oliveira dos Santos' after 'Italian' or 'Brazilian': two or
    three plain capitalised words (and particles between them), none of them an organisation's,
    a place's, an outlet's or a title's word ('Italian Football Federation')."""
    words = [t.text for t in rest if t.text not in NAME_CONNECTORS or t is rest[0]]
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper()
        and w.replace("-", "").isalpha()
        and not w.isupper()
        and w.lower() not in NOT_IN_PERSON_NAMES
        and w.lower() not in TITLE_WORDS
        for w in words
    )


def _month_in_a_name(lowers: list[str]) -> bool:
    """'Theresa May', 'April Ryan', 'June Sarpong': a month that is a given name or a surname, in
    two or three words with no other calendar word (whether it is a date instead, "in May
    Smith said", only the words around it tell: `_dated`)."""
    months = [w for w in lowers if w in CALENDAR_WORDS]
    return 2 <= len(lowers) <= 3 and len(months) == 1 and months[0] in MONTH_NAMES


def _dated(text: str, part: list[Token]) -> bool:
    """Whether a name with a month in it is a date instead ("in May Smith said")."""
    return any(t.text in _MONTHS_WRITTEN for t in part) and is_date(
        text, part[0].start, part[-1].end
    )


_MONTHS_WRITTEN = frozenset(month.capitalize() for month in MONTH_NAMES)


_MONTH_SURNAMES = frozenset(("May", "March"))
_WISH_AFTER = re.compile(r" (?:I|we|you|they|he|she|it|the|God|all)\b")  # "May God bless": a wish


def _classify(text: str, group: list[Token], sentence: int) -> Mention | None:
    words = [t.text for t in group]
    lowers = [w.lower() for w in words]
    full = text[group[0].start : group[-1].end]
    if (
        all(w in CALENDAR_WORDS for w in lowers)
        or lowers[-1] in _PARTY_MEMBER_WORDS
        or (lowers[0] in _PARTY_MEMBER_WORDS and lowers[1:2] == ["of"])
    ):  # "House Democrat", "The Liberal Democrat candidate", "Senator Lyle Hendricks,
        return None  # Republican of Idaho,": a description
    if len(words) == 1 and lowers[0] in NOT_BODY_INITIALISMS and words[0].isupper():
        return None  # "HIV", "DNA", "TV": a thing's initials, not a body's
    if (
        len(words) == 2
        and lowers[1] == "channel"
        and (is_demonym(words[0]) or words[0] in places())
    ):
        return None  # "the English Channel", "the Mozambique Channel": a sea, not a broadcaster
    if (len(words) >= 2 and "air" in (lowers[0], lowers[-1])) or lowers[-3:] == [
        "chiefs",
        "of",
        "staff",
    ]:  # "Air India Express", "Mahan Air", "Joint Chiefs of Staff"
        return Mention(
            group[0].start, group[-1].end, full, "organisation", None, group[0].start, sentence
        )
    if len(words) >= 2 and words[0] == "An":  # kept only mid-sentence: "An Garda Síochána",
        return Mention(  # "An Post", Irish bodies
            group[0].start, group[-1].end, full, "organisation", None, group[0].start, sentence
        )
    if _is_media(words):
        return Mention(group[0].start, group[-1].end, full, "media", None, group[0].start, sentence)
    if len(lowers) >= 2 and lowers[-1] == "prefecture" and lowers[-2] in _FORCES:
        return Mention(  # "the Argentine Naval Prefecture", "the Paris Police Prefecture": a
            group[0].start, group[-1].end, full, "organisation", None, group[0].start, sentence
        )  # force (but "Iwate Prefecture" is a place's government)
    if _people_for_a_cause(lowers) or _names_an_office(words, lowers):
        return Mention(
            group[0].start, group[-1].end, full, "organisation", None, group[0].start, sentence
        )
    country = countries().get(full) or countries().get(" ".join(words))
    if country or _STATE_OF.fullmatch(full) or full in _GOVERNMENT_BUILDINGS:
        # (and "Republic of Artsakh", not in ISO 3166; "the White House said": the government)
        return Mention(
            group[0].start, group[-1].end, full, "government", None, group[0].start, sentence
        )
    title_at = max(
        (
            i
            for i, w in enumerate(lowers)
            if (
                _is_title(w, before_a_name=i < len(lowers) - 1 or _plural_after_title(lowers, i))
                or _is_fellow_or_member(lowers, i)
                or (w == "sri" and i > 0 and lowers[i - 1] in _BEFORE_SRI)
            )
            and not (w in _GIVEN_NAME_TITLES and i == len(lowers) - 2)
            and not _title_as_surname(words, lowers, i)
            and not _short_title_inside_name(words, lowers, i)
            and not (w == "general" and i > 0 and lowers[i - 1] in ORG_WORDS)
        ),
        default=-1,
    )
    if title_at >= 0 and lowers[title_at + 1 : title_at + 3] == ["first", "class"]:
        title_at += 2  # "Trooper First Class Janelle Brooks", "Sergeant First Class": one rank
    if (
        title_at >= 0
        and (
            title_at == len(lowers) - 1
            or (_plural_title(lowers[title_at]) and lowers[title_at + 1] in _ORIGIN_WORDS)
        )
        and len(lowers) >= 3
        and lowers[0] in ORG_WORDS
        and lowers[1] in _OF_FOR
    ):  # "Office of the Auditor General", "Office of the Prime Minister", "Association of
        title_at = -1  # Mobile Money Agents of Kenya": its members, no one's title
    name_from = title_at + 1
    if title_at >= 0 and name_from < len(group) and group[name_from].text in _OF_FOR:
        # "Archbishop of Gdańsk": all role; "Secretary of State Mike Pompeo", "Mayor of London
        # Sadiq Khan": the role with its "of ...", then a two-word name
        tail = group[name_from + 1 :]
        two_word_name = (
            len(tail) >= 3
            and all(t.text[:1].isupper() for t in tail[-2:])
            and tail[-3].text != "the"  # "President of the United States" names no one
        )
        # "Director of Public Prosecutions Amina Hassan Farah", "Minister for Transport Tan Wei
        # Ming": a three-word name after a plural or a portfolio; "Minister for Canal Affairs José
        # Ignacio Moreno Alba": four, two given names and two surnames
        size = 2 if two_word_name else 0
        if two_word_name:
            size = next(
                (
                    longer
                    for longer in (3, 4)
                    if len(tail) > longer
                    and _ends_a_field(tail[-longer - 1].text)
                    and all(_may_be_a_given_name(t.text) for t in tail[-longer:-2])
                ),
                2,
            )
        title_at = len(group) - size - 1
        name_from = title_at + 1
    if title_at < 0 and len(lowers) >= 2 and lowers[-1] in _STREET_WORDS:
        return None  # "Front Street", "Church Road": a street, though "front" names bodies
    if (
        any(w in ORG_WORDS or w == "&" for w in lowers[name_from:])
        or (len(lowers) >= 2 and lowers[-1] in _PARTIES_BY_MEMBERS)  # "Liberal Democrats"
        or lowers[-3:] == ["chambers", "of", "commerce"]  # (not "John Chambers": a surname)
        or _utility_name(lowers)
        or (len(words) == 1 and ACRONYM.match(words[0]) and title_at < 0)  # "MP", "CEO": a role
        or (title_at < 0 and _named_after_a_place(lowers) and not is_demonym(words[0]))
    ):  # (not "Bangladeshi Road Transport and Bridges Minister Obaidul Quader")
        return Mention(
            group[0].start, group[-1].end, full, "organisation", None, group[0].start, sentence
        )
    if any(w in CALENDAR_WORDS for w in lowers[name_from:]) and not _month_in_a_name(
        lowers[name_from:]
    ):
        return None
    if title_at < 0 and len(lowers) >= 3 and lowers[0] in _COUNCIL_PLACES and lowers[1] == "of":
        return Mention(  # "The City of Calgary said": the city's council, a government
            group[0].start, group[-1].end, full, "government", None, group[0].start, sentence
        )
    named = len(_before_origin(group[name_from:], _ORIGIN_WORDS))  # not "of Kansas City"
    if any(w in PLACE_WORDS for w in lowers[name_from : name_from + named]) and not _titled_name(
        group, title_at
    ):
        return None  # "Durham Hall" is a place, but "Judge Durham Hall QC" is a judge
    if title_at >= 0:
        # "Senator Amy Klobuchar of Minnesota": only "of" and "from", so "da Silva" stays whole
        rest = _before_origin(group[name_from:], _ORIGIN_WORDS)
        role = text[group[0].start : group[title_at].end]
        if not rest:
            return Mention(
                group[0].start, group[-1].end, "", "role", role, group[0].start, sentence
            )
        name = text[rest[0].start : rest[-1].end]
        return Mention(rest[0].start, rest[-1].end, name, "person", role, group[0].start, sentence)
    # "Doug Collins of Georgia" -> "Doug Collins", but "Juan Carlos de la Cruz" stays whole
    group = _before_origin(group, _ORIGIN_WORDS)
    full = text[group[0].start : group[-1].end]
    return Mention(group[0].start, group[-1].end, full, "candidate", None, group[0].start, sentence)


# A street's last word: the name is a place's, whatever words come before ("Bank Street")
_STREET_WORDS = frozenset("street road avenue drive boulevard rd ave blvd".split())  # noqa: SIM905
# Places whose operator speaks in their name ("Hamburg Airport said in a statement")
_RUN_PLACES = frozenset(("airport", "palace", "hotel", "stadium", "prison", "cathedral"))
_SPEAKS_AFTER = re.compile(r" (?:said|says|told|announced|confirmed|added|stated)\b")


@cache
def _run_place_speaks(noun: str) -> re.Pattern:
    """'The airport said': a place of that kind speaking, with no name."""
    return re.compile(r"\b[Tt]he " + noun + _SPEAKS_AFTER.pattern)


def _ends_a_field(word: str) -> bool:
    """'Affairs', 'Prosecutions', 'Transport': the last word of a title's field."""
    return word.endswith("s") or word.lower() in _PORTFOLIOS


def _may_be_a_given_name(word: str) -> bool:
    lower = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and lower not in ORG_WORDS
        and lower not in NOT_IN_PERSON_NAMES
        and lower not in _PORTFOLIOS
    )


# A minister's field, last word of a title before a name ("Minister for Transport Tan Wei Ming")
_PORTFOLIOS = frozenset(
    """transport transportation health finance education defence defense justice trade industry
    labour labor agriculture energy environment interior tourism housing culture security
    welfare immigration commerce economy mining infrastructure planning peace supply governance
    water land youth sport women information communication technology science development power
    petroleum opposition""".split()  # noqa: SIM905 ("Leader of Opposition Vijay Shankar Paswan" too)
)


# Buildings that stand for the head of government working in them
_SEATS_OF_GOVERNMENT = frozenset(
    (
        "downing street",
        "élysée",
        "elysee",
        "élysée palace",
        "elysee palace",
        "casa rosada",
        "malacañang",
        "malacanang",
        "zhongnanhai",
        "quirinale",
        "palácio do planalto",
    )
)
# What a national agency named "<field> <country>" works on ("Health Canada", "Sport England")
_AGENCY_FIELDS = frozenset(
    """health transport statistics parks environment sport fisheries tourism heritage historic
    natural forestry revenue""".split()  # noqa: SIM905
)


def _names_an_agency(first: str, second: str) -> bool:
    """'Health Canada', 'Transport Canada', 'Sport England': a field and a country (`first` in
    lower case)."""
    return first in _AGENCY_FIELDS and second in countries()


def _names_an_office(words: list[str], lowers: list[str]) -> bool:
    """An organisation named by words no list of organisation words holds: "the Health Service
    Executive" (an Executive with no title before it), "Downing Street" or "the Élysée" (the
    office in the building), "Health Canada" (an agency)."""
    return (
        (len(words) >= 2 and lowers[-1] == "executive" and lowers[-2] not in TITLE_WORDS)
        or " ".join(lowers) in _SEATS_OF_GOVERNMENT
        or (len(words) == 2 and _names_an_agency(lowers[0], words[1]))
    )


def _is_title(word: str, before_a_name: bool) -> bool:
    """'senator', 'Gen.', and a plural before names: 'Representatives Eliot Engel, Adam Schiff
    and Elijah Cummings' (but not the 'House of Representatives')."""
    bare = word.rstrip(".")
    if not before_a_name and bare == word and bare in ABBREVIATIONS:
        return False  # "Rajiv Kumar Sen", "Sen said": a surname; "Sen." or "Sen Ana Ruiz" a title
    word = bare
    plural = before_a_name and _plural_title(word)
    return word in TITLE_WORDS or plural or (before_a_name and _hyphenated_title(word))


# What a name (perhaps glossed in brackets) before it names is a feast: "Iri Ji (New Yam) festival"
_EVENT_AFTER = re.compile(r"\)?(?:\s+\([^()\n]{1,40}\))?\s+(?:festival|carnival|celebrations?)\b")
# Titles that are also bodies' acronyms: "Education MEC Siyabonga Mqokeli ... the MEC said" is
# the provincial minister, but after "the Malawi Electoral Commission (MEC)", the commission; so
# for a Kenyan county assembly's "MCA" and the Malaysian Chinese Association, and for "Mom" and
# Singapore's "Ministry of Manpower (MOM)".
_TITLES_ALSO_ACRONYMS = frozenset(("MEC", "MCA", "MOM"))


def _acronym_the_article_defines(text: str, role: str | None) -> bool:
    return role in _TITLES_ALSO_ACRONYMS and f"({role})" in text


def _plural_title(word: str) -> bool:
    """'representatives', 'senators': a title in the plural (lower case); not 'heads' ("Heads
    Up, Phones Down": a headline)."""
    return word.endswith("s") and word[:-1] in TITLE_WORDS and word != "heads"


def _hyphenated_title(word: str) -> bool:
    """'attorney-general', 'secretary-general', 'vice-president', 'major-general',
    'president-elect', 'co-founder'."""
    parts = word.split("-")
    return len(parts) == 2 and (
        all(part in TITLE_WORDS for part in parts)
        or (parts[0] in TITLE_WORDS and parts[1] in ("elect", "designate"))
        or (parts[0] == "co" and parts[1] in TITLE_WORDS)
    )


def _plural_after_title(lowers: list[str], i: int) -> bool:
    """'Vice Presidents', 'Deputy Ministers': a plural title after a title is all role."""
    return i > 0 and lowers[i].endswith("s") and _is_title(lowers[i - 1], before_a_name=True)


def _is_fellow_or_member(lowers: list[str], i: int) -> bool:
    """'Research Fellow Martin How', 'Council Member Ngozi Adebayo', 'Member of Parliament': a
    title before a name or "of" (not 'Fellow Democrats', 'My Fellow Americans', 'Member States');
    "Fellow" only after another capitalised word."""
    if lowers[i] not in ("fellow", "member") or i == len(lowers) - 1:
        return False
    if lowers[i] == "member" and lowers[i + 1] == "of":
        return True
    return (i > 0 or lowers[i] == "member") and not lowers[i + 1].endswith("s")


_ORIGIN_WORDS = ("of", "from")


def _before_origin(name: list[Token], connectors: Collection[str]) -> list[Token]:
    """The name up to a connector that comes after at least two words of it ('of Georgia')."""
    at = next((i for i, t in enumerate(name) if t.text in connectors), None)
    return name[:at] if at is not None and at >= 2 else name


def _short_title_inside_name(words: list[str], lowers: list[str], i: int) -> bool:
    """'MP Moumita Sen Chowdhury': a title's short form with no full stop ("Sen", "Rep", "Gen")
    after a title and a word of the name is itself a name's word, not a second title."""
    if words[i] != words[i].rstrip(".") or lowers[i] not in ABBREVIATIONS or i < 2:
        return False
    return (
        _is_title(lowers[i - 2], before_a_name=True)
        and not _is_title(lowers[i - 1], before_a_name=True)
        and len(words[i - 1]) > 2  # (not "Det Ch Insp Karen Whitlock": "Ch" is short too)
        and words[i - 1][1:].islower()
    )


def _titled_name(group: list[Token], title_at: int) -> bool:
    """'Judge Durham Hall QC', 'Senator Brian Park', 'Finance Minister Park Ji-hoon': a title that
    only ever comes before a person's name, then one to three plain capitalised words (perhaps
    hyphenated) whose place words are surnames."""
    rest = group[title_at + 1 :]
    return (
        title_at >= 0
        and group[title_at].text.lower().rstrip(".") in PERSON_TITLES
        and 1 <= len(rest) <= 3
        and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in rest)
        and all(
            t.text.lower() in SURNAME_PLACE_WORDS for t in rest if t.text.lower() in PLACE_WORDS
        )
    )


def _is_connector(word: str) -> bool:
    return word in NAME_CONNECTORS or word.lower() in ORG_CONNECTORS


def _is_media(words: list[str]) -> bool:
    lowers = [w.lower() for w in words]
    if (
        len(words) >= 2
        and lowers[0] in ("radio", "television")
        and lowers[-1] not in THING_NAME_WORDS
        and not any(w in ORG_WORDS or w == "of" for w in lowers)
    ):
        return True  # "Radio Free Europe" (not "Radio Control Law", "Television Festival of X")
    if " ".join(lowers) in MEDIA_NAMES:
        return True
    if len(words) == 2 and words[0].isupper() and lowers[0] in MEDIA_NAMES:
        return True  # "BBC Sport", "CNN Philippines"
    if len(words) >= 3 and lowers[-2:] in (["press", "agency"], ["news", "agency"]):
        return True  # "Saudi Press Agency", "Islamic Republic News Agency": wire services
    if len(words) >= 3 and lowers[:2] == ["journal", "of"]:
        return True  # "Journal of Threatened Taxa": a publication
    if len(words) == 2 and lowers[0] == "daily":
        return True  # "Daily Hive", "Daily Maverick", "Daily Beast"
    return len(words) >= 2 and lowers[-1] in MEDIA_WORDS and lowers != ["royal", "mail"]


def _sentence_lookup(sentences: list[Sentence]):
    starts = [s.start for s in sentences]

    def lookup(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    return lookup


class _LowercaseWords:
    """`word in seen`: does the article also write `word` (letters a-z) as a word of its own?

    Looked up with str.find when asked, a few words per article, instead of listing every word.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self.answers.get(word)
        if answer is None:
            plain = word.isascii() and word.isalpha()
            answer = plain and next(whole_word_starts(self.text, word), None) is not None
            self.answers[word] = answer
        return answer
