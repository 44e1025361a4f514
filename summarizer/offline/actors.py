"""Group name mentions into actors: full names, surnames, titles, acronyms, role descriptions.

"Vice President JD Vance" ... "Vance" ... "The Vice President" become one actor with aliases.
Unclassified capitalised runs stay tentative: they become actors only if they speak, are cited
as a source, or recur (see `ActorIndex.selected`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from summarizer.offline.lexicon import (
    ACRONYM,
    BODY_NAME_WORDS,
    CLUB_NAME_ENDINGS,
    COMPANY_NOUNS,
    DESCRIBED_NON_PERSONS,
    DESCRIBED_ORGANISATIONS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    GENERIC_ORG_NOUNS,
    GROUP_NOUNS,
    MALE_WORDS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    ORG_WORDS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PLURAL_PEOPLE,
    ROLE_WORDS,
    SPOKESPEOPLE,
    THING_NAME_WORDS,
    TITLE_WORDS,
    TRADE_NOUNS,
    countries,
    government_name,
    is_demonym,
    places,
)
from summarizer.offline.names import NICKNAME, Mention, particle_lowered
from summarizer.offline.quotes import MASK
from summarizer.text.names import name_key

# Short and variant forms of an outlet's name -> the name it is listed under, as it is written
MEDIA_ALIASES = {
    "wsj": "The Wall Street Journal", "wall street journal": "The Wall Street Journal",
    "nyt": "The New York Times", "new york times": "The New York Times",
    "ft": "Financial Times", "the financial times": "Financial Times",
    "ap": "Associated Press", "the associated press": "Associated Press",
    "afp": "Agence France-Presse", "bbc news": "BBC",
}  # fmt: skip
_SLUG = re.compile(r"[^a-z0-9]+")
_CLUB_WORDS = CLUB_NAME_ENDINGS | {"fc", "afc"}
_CLUB_NAMED = _CLUB_WORDS | {"united"}  # "Hartwell Rovers", a club named within another name
# "the centre": "... Data Center"; "the force": "... Military Police"
_OTHER_SPELLING = {"centre": "center", "center": "centre", "force": "police"}
_OPPONENT_BEFORE = ("against ", "over ", "to ", "beat ", "by ", "with ", "from ")
# A country or government that neither speaks nor is a source is listed only when named this
# often: named twice or three times, it is where the story happens, not one of its actors
_BACKGROUND_MENTIONS = 4
# "in the", "from": what comes before a country named as a place, not as one that acts
_PLACE_BEFORE = re.compile(
    r"\b(?:in|from|to|across|throughout|near|at|into|of|around)\s+(?:the\s+)?$"
)
# "at", "in the", "outside": what comes before a name written only as where something is
_WHERE_PREPOSITIONS = "in|at|across|throughout|near|into|around|outside"  # "in Lower Saxony"
_WHERE_BEFORE = re.compile(rf"\b(?:{_WHERE_PREPOSITIONS})\s+(?:the\s+)?$")
_WHERE_OR_FROM_BEFORE = re.compile(rf"\b(?:{_WHERE_PREPOSITIONS}|from)\s+(?:the\s+)?$")
# "a United States spacecraft": a lower-case word after a country names what it describes
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_PLACE_BODY_AFTER = re.compile(r" (?:government|police|authorities|council)\b")
_PLACE_BODY_STARTS = (" government", " police", " authorities", " council")  # its openings
# "in Omsk", "near Baytown", "Shares in Rostrand": one scan, " " first so that re skips ahead
_IN_NAME = re.compile(r" (in|near) ([A-Z][\w\-]+)\b")
_TRADED_BEFORE = frozenset("shares stake invest invested investment".split())  # noqa: SIM905
# "Boeing's shares", "Ford's chief executive", "Tesla shares fell": a company's, not a person's
# "Owen's parents, Gavin and Leanne Marsh,": two given names sharing the surname after them
_KIN_BEFORE = re.compile(
    r"\b(?:parents|couple|husband and wife|wife and husband|brothers|sisters|siblings|twins"
    r"|grandparents),?\s+$"
)
_COMPANY_BEFORE = (" company ", " firm ")  # "networking firm Tarvik", though "in Tarvik routers"
_COMPANY_AFTER = re.compile(
    r"(?:['\u2019]s (?:shares|stock|share price|chief executive|chief [a-z]+ officer|CEO|"
    r"headquarters|factory|factories|profits?|revenues?)| (?:shares|stock) (?:rose|fell|dropped|"
    r"jumped|climbed|slid|surged|plunged|tumbled|gained|lost)|, an? (?:[\w\-]+ ){0,4}?(?:company|"
    r"firm|startup|start-up|app|retailer|manufacturer|airline|carrier|chain|insurer|lender|bank|"
    r"conglomerate|automaker|carmaker|chipmaker|drugmaker|planemaker)(?:[,.]| (?:based|popular|"
    r"headquartered|owned|listed|that|which|whose|in|with|from)\b))"
)  # "PulseTrack, a fitness tracking app popular in Europe" (but not "Ann Li, a bank teller")
_COMPANY_AFTER_STARTS = ("'s ", "\u2019s ", " shares ", " stock ", ", a ", ", an ")  # its openings
# The last word of a company's name: "Meridian said" after "Meridian Health Solutions" is it
_COMPANY_NAME_ENDINGS = frozenset(
    """company corporation corp inc ltd llc plc group holdings solutions dynamics therapeutics
    biotherapeutics technologies systems entertainment networks airlines airways motors
    pharmaceuticals industries software utilities brands foods ventures capital resources
    mining logistics robotics aerospace telecom labs studios insurance services""".split()  # noqa: SIM905
)
# Bodies that people of another body form ("University and College Union", "Police
# Federation"): "the university" or "the police" is not one of them
_MEMBERS_BODIES = frozenset(
    "union federation association party foundation society league alliance coalition".split()  # noqa: SIM905
)


def _members_body_of(words: list[str], noun: str) -> bool:
    """Is the body of lowercase `words` one that members of a `noun` form, not a `noun`?"""
    return words[-1] != noun and words[-1] in _MEMBERS_BODIES


_WEBSITE = re.compile(r"\.(?:com|org|net|co\.uk|com\.au)$|-TV$")
# A named storm is an event, not an actor ("Hurricane Dorian", "Category Two Hurricane Zeta",
# "Super Typhoon Haiyan"); "Storm" alone may be a first name ("Storm Reid")
_STORMS = "Hurricane|Typhoon|Cyclone|Tropical Storm"
_STORM_GRADES = "Super|Severe|Major|Tropical|Post-Tropical|Subtropical"
_STORM_NAME = re.compile(
    rf"(?:Category \w+ )?(?:(?:{_STORM_GRADES}) )?(?:{_STORMS}|Tropical Depression) [A-Z][a-z]+"
)
# The words a `_STORM_NAME` can open with
_STORM_OPENINGS = tuple(
    f"{word.split()[0]} " for word in ("Category", *_STORM_GRADES.split("|"), *_STORMS.split("|"))
)


def _is_storm_name(name: str) -> bool:
    """'Hurricane Dorian', 'Super Typhoon Haiyan': most names fail one `startswith` (a fraction
    of a regex call's cost) before the pattern is tried."""
    return name.startswith(_STORM_OPENINGS) and _STORM_NAME.fullmatch(name) is not None


_DETERMINERS = frozenset(("the", "a", "an", "one", "another", "his", "her", "its", "their"))
_ARTICLES = frozenset(("the", "a", "an"))
_COUNTS = frozenset(("two", "three", "four", "five", "six", "several"))  # "Two students said"
_PREPOSITIONS = tuple(
    f" {p} " for p in ["to", "with", "by", "from", "for", "of", "at", "in", "on", "about"]
)
# ", a spokesperson for the fire service,", ", the company's chief executive,", ", her deputy.",
# ", Ukraine's human rights commissioner,"
_APPOSITIVE_ROLE = re.compile(  # (the possessor may open with a particle: "el-Sayed's")
    r",\s+(?:(?:the|a|an|his|her|its|their|(?:[a-z]{1,3}-)?[^\W\d_a-z][\w\-]*['\u2019]s)\s+"
    r"(?=(?:[\w'\u2019\-]+\s+){0,3}?(?:[a-z\-]+|[A-Z]{2,4})\b)|(?=[A-Z]{2,4}\s+(?:of|for|at)\s))"
    r"((?:[\w'\u2019\-]+\s+){0,3}?([a-z\-]+|MP|MEP|MSP|MLA|CEO|CFO|COO|CTO)"
    r"(?:\s+(?:of|for|at|from)\s+[^,.;:\u2591]{1,60}?)?)"
    r"(?:\s+and\s+(?:a|an|the)\s+[^,.;:\u2591]{1,80}?)?"  # ", the spokesperson and a student"
    r"(?:\s+who\s+[^,.;:\u2591]{1,80}?)?\s*[,.;]"  # ", the seismologist who heads it,"
)


_PUBLIC_BODY_WORDS = frozenset(
    """university college school ministry department police council court agency party
    commission parliament assembly hospital union government tribunal authority bureau centre
    institute museum foundation society trust charity regulator journal center cross
    crescent""".split()  # noqa: SIM905
)
_REGULATOR_NOUNS = frozenset(("regulator", "watchdog"))
_REGULATOR_WORDS = frozenset(("authority", "commission", "office", "regulator", "agency", "board"))
# How far back "the company said" looks for the body it means (a Fan Expo panel's "the company"
# had gone to a publisher named eleven paragraphs up)
_DESCRIBED_BODY_REACH = 2000
# Words that make a name a company's ("Kaveri Agro Industries Ltd", "Jinhai Land Holdings"):
# narrower than `_COMPANY_NAME_ENDINGS`, whose "Ventures" or "Capital" may be an investor's
_COMPANY_NAME_WORDS = frozenset(
    """ltd inc plc llc corp corporation holdings industries group co limited ag gmbh bhd berhad
    pte pty company""".split()  # noqa: SIM905
)


# A company's legal form closing its name ("Brightline Glass Co."): a subset of the words above
_COMPANY_SUFFIXES = frozenset("co inc ltd llc plc corp".split())  # noqa: SIM905


def _named_as_company(words: list[str]) -> bool:
    """Whether a name's lower-cased words make it a company's ("... Industries Ltd")."""
    return not _COMPANY_NAME_WORDS.isdisjoint(words)


# "the operator said" is no inspection office, agency or commission named before
_NOT_TRADING = _PUBLIC_BODY_WORDS | _REGULATOR_WORDS
_COURTESY_TITLES = frozenset(("dr", "mr", "mrs", "ms", "miss", "mx"))
# "A city hall spokeswoman, Ewa Nowicka, said", "Whitcomb's attorney, Neil Barrett, said": the
# role first, then the name between commas
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[^\W\d_a-z][\w\-]*['\u2019]s)\s+"
    r"((?:[\w'\u2019\-]+\s+){0,3}?([a-z\-]+)),\s$"  # "Żyrardów's mayor, Piotr Zawadzki,"
)


def role_head_words(role: str) -> set[str]:
    """The role's words before its first preposition, lowercased: "mother" in "the mother of
    the two brothers", but not "husband" in "a teacher from Sweden visiting with her husband"."""
    words = set()
    for word in role.lower().split():
        if word in _ROLE_PREPOSITIONS:
            break
        words.add(word.strip(".,"))
    return words


_ROLE_PREPOSITIONS = frozenset(("of", "for", "from", "at", "with", "in", "to", "on", "who"))


def word_before(text: str, start: int) -> str:
    """The word right before a name starting at `start` ("widow" in "his widow, Bernadette
    Fitzmaurice"), lowercased; "" when the name opens the text or follows no space."""
    head = text[max(0, start - 20) : start]
    return head.rstrip(" ,").rpartition(" ")[2].lower() if head.endswith(" ") else ""


def appositive_after(masked: str, end: int) -> re.Match | None:
    """The appositive right after a name ending at `end` (", her deputy,"): group 1 is the
    phrase, group 2 its head noun."""
    return _APPOSITIVE_ROLE.match(masked, end)


@dataclass
class ActorDraft:
    id: str
    name: str
    type: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    tentative: bool = False
    speaks: int = 0
    described: bool = False  # known only by a description ("the police"), not by a name
    unclassified: bool = False  # a name the article never says is a person's, a body's or a place's

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    @property
    def surname(self) -> str:
        parts = [p for p in self.name.split() if p.lower() not in NAME_CONNECTORS]
        return parts[-1] if parts else self.name


# Two letters before a name are a person's initials ("JD Vance", "AJ Styles") except these.
_BODY_INITIALS = frozenset("UN EU AU UK US UC HM".split())  # noqa: SIM905


def _initials_of_a_body(words: list[str]) -> bool:
    """'UN Women', 'HM Treasury', 'UC Davis' (but "JD Vance"); 'ACLU of Ohio', 'ABC of
    Australia': a body's initials open the name. Longer initials before one more word are left
    alone: "NHS England" is a body, but the same shape also names people (held-out sets)."""
    first, rest = words[0], words[1:]
    if not rest or not first.isalpha() or not first.isupper() or rest[0].isupper():
        return False  # "DES MOINES": a dateline in capitals
    return first in _BODY_INITIALS or (rest[0] == "of" and len(first) > 2)  # not "VP of"


@lru_cache(maxsize=16384)
def _id_base(name: str) -> str:
    """An actor's id before any "-2" that tells two apart; cached, as the same names recur."""
    return _SLUG.sub("-", name_key(name) or name.lower()).strip("-") or "actor"


class ActorIndex:
    """All actors of one article, and where each is mentioned."""

    def __init__(self, mentions: list[Mention], text: str) -> None:
        self.text = text
        self.actors: list[ActorDraft] = []
        self._organisations: list[ActorDraft] = []  # created as organisations, for short forms
        self._by_key: dict[str, ActorDraft] = {}
        self._by_name_part: dict[str, list[ActorDraft]] = {}
        self._by_middle_name: dict[str, list[ActorDraft]] = {}
        self._short_forms: dict[str, ActorDraft] = {}
        self._ids: set[str] = set()
        self._span_ends: dict[int, ActorDraft] = {}
        self._positions: list[tuple[int, int, ActorDraft, Mention]] = []
        self._quoted: set[int] = set()  # where mentions inside quoted words start
        self._company_names = {  # "Boeing's shares", "Ford shares fell", "firm Tarvik": a company
            m.text
            for m in mentions
            if m.kind in ("candidate", "organisation")
            and (
                (
                    text.startswith(_COMPANY_AFTER_STARTS, m.end)
                    and _COMPANY_AFTER.match(text, m.end)
                )
                or text.endswith(_COMPANY_BEFORE, 0, m.start)
            )
        }
        for mention in sorted(mentions, key=lambda m: (-len(m.text.split()), m.start)):
            self._place(mention)
        self._positions.sort(key=lambda item: item[0])
        self._starts = [item[0] for item in self._positions]

    # ------------------------------------------------------------------ building
    def _place(self, mention: Mention) -> None:
        if mention.kind == "role":
            return  # resolved lazily: the role's holder may be named later
        key = self._key(mention)
        actor = self._find(mention, key) or self._create(mention, key)
        if actor is None:
            return
        if actor.tentative and mention.kind == "person":
            actor.tentative = False  # "Matiu Ratana", then "Sergeant Ratana": a person after all
            actor.unclassified = False
            actor.type = "person"  # (and "Victoria", then "Ms Victoria": not the state)
        actor.spans.append((mention.start, mention.end))
        self._span_ends[mention.end] = actor
        actor.add_alias(mention.text)
        if actor.type == "government" and self.text.startswith(" government", mention.end):
            actor.add_alias(f"{mention.text} government")  # "The Seoul government said"
        if mention.kind in ("person", "candidate") and _has_nickname(mention.text):
            self._note_nickname_forms(actor, mention.text)
        if mention.role and mention.kind == "person":
            actor.role = actor.role or mention.role
            if mention.role_start < mention.start:  # (not a title shared from a list before)
                actor.add_alias(f"{mention.role} {mention.text}")
        self._positions.append((mention.start, mention.end, actor, mention))

    def _find(self, mention: Mention, key: str) -> ActorDraft | None:
        found = self._by_key.get(key)
        if found is not None:
            return found
        words = [w for w in mention.text.split() if w not in NAME_CONNECTORS]  # "de Blasio"
        if len(words) == 1 and mention.kind in ("person", "candidate", "media"):
            matches = self._by_name_part.get(words[0])
            if not matches and (lowered := particle_lowered(words[0])):
                matches = self._by_name_part.get(lowered)  # "Al-Ubaidi" for "... al-Ubaidi"
            if matches:  # "Bloomberg" after "Michael Bloomberg" is the man, not the agency
                # of two Harrises, the one the article introduced first ("Kamala Harris", not
                # her father "Donald J. Harris", placed first for his longer name)
                if len(matches) == 1:
                    return matches[0]
                titled = self._of_title_gender(matches, mention)
                if titled is not None:  # "Mrs Fitzmaurice" for the widow, not her late husband;
                    return titled  # "Ms Geraghty" for the Geraghty who spoke
                return min(matches, key=lambda actor: actor.spans[0][0])
            middle = self._by_middle_name.get(words[0])
            if middle is not None and len(middle) == 1:
                return middle[0]  # "Álvarez" after "Jesús Álvarez de la Fuente"
        if (
            len(words) == 1
            and mention.kind == "organisation"
            and words[0].lower() in DESCRIBED_ORGANISATIONS
            and self.text.endswith(("the ", "The "), 0, mention.start)
        ):
            return self._named_with(words[0], mention.start)  # "The Department issued"
        if len(words) >= 2 and mention.kind in ("person", "candidate"):
            longer = self._person_shortened_to(mention.text, words)
            if longer is not None:
                return longer  # "Maria Teresa" or "Meenakshi Sundaram" after the full name
        if mention.kind in ("organisation", "candidate"):
            longer = self._organisation_shortened_to(mention.text, mention.kind == "candidate")
            if longer is not None:
                return longer  # "Rotorua Eastern" after "the Rotorua Eastern Rugby Club"
        if mention.kind in ("organisation", "candidate") and len(words) == 1:
            named = self._span_ends.get(mention.start - 2)
            if (
                named is not None
                and self.text[mention.start - 2 : mention.start] == " ("
                and (
                    ACRONYM.match(mention.text)
                    or (named.type == "organisation" and self.text.startswith(")", mention.end))
                )
            ):
                self._by_key[key] = named  # later "FSB" or "Pagasa" mentions find it by key
                return named  # "Federal Security Service (FSB)", "... Administration (Pagasa)"
        if mention.kind in ("person", "candidate") and _has_nickname(mention.text):
            for form in _nickname_forms(mention.text):  # "Spike Cohen", then 'Jeremy "Spike" Cohen'
                known = self._by_key.get(name_key(form))
                if known is not None:
                    return known
        if (
            mention.kind in ("organisation", "candidate")
            and mention.text.isupper()  # (as every acronym is: cheaper than the pattern)
            and ACRONYM.match(mention.text)
        ):
            for actor in self.actors:
                if actor.type in ("organisation", "media") and mention.text in (
                    _initials(actor.name),
                    _initials_of_every_word(actor.name),
                ):
                    return actor  # "DFA" and "DOH" for "Department of Health"
        return None

    def _of_title_gender(self, matches: list[ActorDraft], mention: Mention) -> ActorDraft | None:
        """Of people sharing a surname, the one a gendered title ("Mrs", "Mr") fits: the only one
        the article introduced with a word of that gender right before or as their role
        ("Fitzmaurice's widow, Bernadette Fitzmaurice"); else, for "Ms Geraghty", the only one
        named right before a reporting verb so far and not introduced with a word of the other
        gender ("Her brother, Tom Geraghty"). Untitled, nobody: the one introduced first stays,
        as an obituary's "Mendez" is the man who died, though his widow speaks."""
        words = _TITLE_GENDER_WORDS.get((mention.role or "").lower().rstrip("."))
        if words is None:
            return None
        fitting = [actor for actor in matches if self._introduced_with(actor) & words]
        if len(fitting) == 1:
            return fitting[0]
        other = MALE_WORDS if words is FEMALE_WORDS else FEMALE_WORDS
        speakers = [
            actor
            for actor in matches
            if not self._introduced_with(actor) & other
            and any(_SPOKE_AFTER.match(self.text, end) for _, end in actor.spans)
        ]
        return speakers[0] if len(speakers) == 1 else None

    def _introduced_with(self, actor: ActorDraft) -> set[str]:
        """The role's head words and the word right before the first mention, lowercased."""
        return role_head_words(actor.role or "") | {word_before(self.text, actor.spans[0][0])}

    def _person_shortened_to(self, name: str, words: list[str]) -> ActorDraft | None:
        """The person whose longer name begins or ends with `name` ("Maria Teresa Villanueva"
        for "Maria Teresa", "R. Meenakshi Sundaram" for "Meenakshi Sundaram"); of two ("Cathal
        Ó Súilleabháin" and his mother "Nóirín Ó Súilleabháin"), the one introduced first, as
        for a surname alone. "Van Oosterhout" opening a sentence is "... van Oosterhout"."""
        by_part = self._by_name_part
        if words[0] not in by_part and words[-1] not in by_part:
            return None  # most names: no person yet shares their first or last word
        ending = " " + name
        if name.split(" ", 1)[0].lower() in NAME_CONNECTORS:
            ending = " " + name[0].lower() + name[1:]
        found = {
            actor.id: actor
            for part in (words[0], words[-1])
            for actor in by_part.get(part, ())
            if actor.name.startswith(name + " ") or actor.name.endswith((" " + name, ending))
        }
        return min(found.values(), key=lambda actor: actor.spans[0][0]) if found else None

    def _organisation_shortened_to(self, name: str, unclassified: bool) -> ActorDraft | None:
        """The organisation whose name is `name` and then words ending in an organisation word
        ("Rotorua Eastern" for "Rotorua Eastern Rugby Club"; one word only when all the rest
        are such words: "Tallisker" for "Tallisker Resources"); not a place ("New York"). A
        one-word name the article says is traded ("Shares in Rostrand") is short for the first
        organisation whose name begins with it ("Rostrand Automotive"), whatever follows; an
        unclassified one ("Meridian said") for the only one, if a company's ("Meridian Health
        Solutions"), unless the article writes it as a place's ("in Meridian")."""
        actor = self._short_forms.get(name)
        if actor is not None and name not in places():
            return actor
        if " " in name:
            return None
        prefix = name + " "
        if name in self._in_names[1] or name in self._company_names:  # traded
            return next(
                (a for a in self.actors if a.type == "organisation" and a.name.startswith(prefix)),
                None,
            )
        if not unclassified or name in places() or name in self._in_names[0]:
            return None
        found = [
            a for a in self._organisations if a.type == "organisation" and a.name.startswith(prefix)
        ]
        if len(found) == 1 and found[0].name.rsplit(" ", 1)[1].lower() in _COMPANY_NAME_ENDINGS:
            return found[0]
        return None

    def _note_short_forms(self, actor: ActorDraft) -> None:
        """Register the short forms `_organisation_shortened_to` accepts for a new organisation
        (the first organisation named keeps a short form two share)."""
        words = actor.name.split()
        if len(words) < 2 or words[-1].lower() not in ORG_WORDS:
            return
        for size in range(1, len(words)):
            if words[size - 1].lower() in _CLUB_NAMED:
                continue  # "Hartwell Rovers" is a club, not its "Hartwell Rovers Supporters' Trust"
            rest_is_org_words = all(w.lower() in ORG_WORDS for w in words[size:])
            if size > 1 or rest_is_org_words:
                self._short_forms.setdefault(" ".join(words[:size]), actor)
        if len(words) <= 3 and words[-1].lower() in CLUB_NAME_ENDINGS:
            self._short_forms.setdefault(words[-1], actor)  # "Rovers" for "Castleford Rovers"
        members = _MEMBERS_OF_PARTY.get(words[0]) if words[-1] == "Party" else None
        if members is not None:
            self._short_forms.setdefault(members, actor)  # "Democrats" for "Democratic Party"

    def _note_nickname_forms(self, actor: ActorDraft, name: str) -> None:
        """'Matiu "Matt" Ratana' is also "Matiu Ratana", "Matt Ratana" and "Matt": later mentions
        find him by any of them."""
        for form in _nickname_forms(name):
            actor.add_alias(form)
            self._by_key.setdefault(name_key(form), actor)
        known_as = self._by_name_part.setdefault(NICKNAME.search(name).group(1), [])
        if actor not in known_as:
            known_as.append(actor)  # "Eddie" alone, later

    def _named_with(self, noun: str, before: int) -> ActorDraft | None:
        """The organisation named last before `before` whose name has `noun` ("Department")."""
        named = [
            (start, actor)
            for actor in self.actors
            if actor.type == "organisation" and noun in actor.name.split()
            for start, _ in actor.spans
            if start < before
        ]
        return max(named, key=lambda item: item[0])[1] if named else None

    def _create(self, mention: Mention, key: str) -> ActorDraft | None:
        kind, name = mention.kind, mention.text.strip()
        if not name or (kind == "candidate" and name.lower() in TITLE_WORDS):
            return None
        if _is_storm_name(name) or self._storm_named(name):
            return None
        if kind == "government":
            name = government_name(name)
        if kind == "media":
            name = _media_name(name)
        if kind in ("person", "candidate") and " " not in name:
            name = self._with_partners_surname(name, mention)
        tentative = kind == "candidate"
        actor_type = self._tentative_type(mention, name) if tentative else kind
        spelled_out = self._spelled_out(name, mention.start)  # (of the name as normalised above)
        named = spelled_out and next(
            (a for a in self.actors if a.name == spelled_out or a.name.endswith(" " + spelled_out)),
            None,
        )
        if named:  # "BCI" after "the Ohio Bureau of Criminal Investigation": that body
            self._by_key[key] = named
            return named
        if spelled_out is not None and actor_type in ("organisation", "person"):
            # "the RBA" after "Reserve Bank of Australia Governor Helen Marchetti": the body
            # whose name a title held, by its full name
            name, actor_type, tentative = spelled_out, "organisation", False
        actor = ActorDraft(
            id=self._unique_id(name),
            name=name,
            type=actor_type,
            role=mention.role if kind == "person" else None,
            tentative=tentative,
            unclassified=tentative and actor_type == "person",
        )
        if spelled_out is not None and actor.name == spelled_out:
            self._by_key.setdefault(name_key(spelled_out), actor)  # (the acronym: its alias)
        self.actors.append(actor)
        self._by_key[key] = actor
        if actor.type == "organisation":
            self._organisations.append(actor)
            self._note_short_forms(actor)
        if actor.type == "person" and len(actor.name.split()) > 1:  # "Vance" finds "JD Vance"
            parts = [w for w in actor.name.split() if w not in NAME_CONNECTORS] or [actor.name]
            for part in dict.fromkeys((actor.surname, parts[0])):
                self._by_name_part.setdefault(part, []).append(actor)
            for part in parts[1:-1]:  # a first surname ("Martín Echeverría Saavedra")
                if part[:1].isupper() and part[-1] != ".":
                    self._by_middle_name.setdefault(part, []).append(actor)
        return actor

    def _with_partners_surname(self, name: str, mention: Mention) -> str:
        """'parents, Aoife and Declan Ó Súilleabháin,': a given name joined to a couple's or
        siblings' other name takes its surname ("Aoife Ó Súilleabháin")."""
        if not self.text.startswith(" and ", mention.end) or not _KIN_BEFORE.search(
            self.text, max(0, mention.start - 30), mention.start
        ):
            return name
        partner = next(
            (
                actor
                for actor in self.actors
                if actor.type == "person"
                and " " in actor.name
                and any(start == mention.end + 5 for start, _ in actor.spans)
            ),
            None,
        )
        return f"{name} {partner.name.split(' ', 1)[1]}" if partner is not None else name

    def _spelled_out(self, name: str, before: int) -> str | None:
        """For an acronym of three to six capitals, the name the article spelled out before it."""
        if not (3 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            return None  # (before the runs are read: most names are no acronym)
        return _spelled_out_before(self._capitalised_runs, name, before)

    @cached_property
    def _capitalised_runs(self) -> list[tuple[int, list[str]]]:
        """Runs of capitalised words (with "of", "for", "and", "the", "de" between): where each
        ends, and its words; read once, for every acronym's full name."""
        return [(m.end(), m.group().split()) for m in _CAPITALISED_RUN.finditer(self.text)]

    def _storm_named(self, name: str) -> bool:
        """'Storm Lorenzo' in an article that also writes "Hurricane Lorenzo"."""
        if not name.startswith("Storm ") or " " in name[6:]:
            return False
        return re.search(rf"\b(?:{_STORMS}) {name[6:]}\b", self.text) is not None

    def _tentative_type(self, mention: Mention, name: str) -> str:
        """An unclassified name is a person's, but a state or province (pycountry) is a
        government's ("New Hampshire", "Goa"), unless a word for a person comes right before it
        ("His wife Mary said"); a person mention of it later makes it a person's. One word after
        "the" names no person either: an outlet or another body; nor does a website's name, or a
        place's name before "government" or "police"."""
        before = word_before(self.text, mention.start)
        if name in places() and before not in PERSON_NOUNS:
            return "government"
        if self.text.startswith(_PLACE_BODY_STARTS, mention.end) and _PLACE_BODY_AFTER.match(
            self.text, mention.end
        ):
            return "government"  # "The Seoul government said", "Northamptonshire police"
        if ("." in name or "-TV" in name) and _WEBSITE.search(name):
            return "media"  # "Znak.com", "News.com.au", "WSET-TV"
        if before == "the" and " " not in name:  # "the Guardian", "The Atlantic", "the Kremlin"
            return "media" if name.lower() in MEDIA_WORDS else "other"
        after_in, traded = self._in_names if " " not in name else ((), ())
        if name in traded or name in self._company_names:
            return "organisation"  # "Shares in Rostrand rose", "Boeing's shares", "firm Tarvik"
        if name in after_in:
            return "government"  # "Health officials in Calderbrook": a place, and its government
        lowers = name.lower().split()
        if len(lowers) > 2 and lowers[-2] == "no.":
            lowers = lowers[:-2]  # "Republic Act No. 3846": an act
        if len(lowers) > 1 and (
            lowers[-1] in BODY_NAME_WORDS
            or (lowers[-2] == "international" and name.rsplit(" ", 1)[1] in countries())
        ):  # "Amnesty International", "Ashcombe United", "Amnesty International Kenya"
            return "organisation"
        if len(lowers) > 1 and lowers[-1] in THING_NAME_WORDS:
            return "other"  # "US Constitution", "Voting Rights Act" (but "Bill Weld")
        if _initials_of_a_body(name.split()):
            return "media" if lowers[0] in MEDIA_NAMES else "organisation"
        return "person"

    @cached_property
    def _in_names(self) -> tuple[set[str], set[str]]:
        """One-word names the article writes after "in" or "near" ("officials in Omsk", but not
        "in Ford's filing"), and those after "shares in" or "stake in" ("Shares in Rostrand
        rose"): places and listed companies."""
        after_in, traded = set(), set()
        text = self.text
        for match in _IN_NAME.finditer(text):
            word_before = text[max(0, match.start() - 11) : match.start()].rsplit(None, 1)[-1:]
            if match[1] == "in" and word_before and word_before[0].lower() in _TRADED_BEFORE:
                traded.add(match[2])
            elif not text.startswith(("'", "\u2019", "-"), match.end()):
                after_in.add(match[2])
        return after_in - traded, traded

    def _key(self, mention: Mention) -> str:
        if mention.kind == "government":
            return "gov:" + government_name(mention.text)
        if mention.kind == "media":
            return "media:" + name_key(_media_name(mention.text))
        return name_key(mention.text)

    def _unique_id(self, name: str) -> str:
        base = _id_base(name)
        candidate, n = base, 2
        while candidate in self._ids:
            candidate, n = f"{base}-{n}", n + 1
        self._ids.add(candidate)
        return candidate

    def note_quoted(self, masked: str) -> None:
        """Mark the mentions inside quoted words (blanked in `masked`): "the company said" after
        '"Ridgecrest's agenda would put at risk ...,"' is not Ridgecrest."""
        self._quoted = {start for start, _, _, _ in self._positions if masked[start] == MASK}

    def note_appositive_roles(self, masked: str) -> None:
        """'Jasim Uddin, a spokesperson for the fire service, told': the role of a person named
        without a title (or with only "Dr", "Ms"), so that "the spokesperson said" later finds
        him."""
        for start, end, actor, _ in self._positions:
            if (
                not masked.startswith(",", end)
                or actor.type != "person"
                or (actor.role and actor.role.lower().rstrip(".") not in _COURTESY_TITLES)
            ):
                continue
            if masked.endswith(_PREPOSITIONS, 0, start):
                continue  # "Speaking to AFP, the president of ...": not AFP's role
            appositive = appositive_after(masked, end)
            if appositive is None and masked.endswith(", ", 0, start):
                appositive = _ROLE_BEFORE_NAME.search(masked, max(0, start - 60), start)
            if appositive and appositive.group(2).lower() in ROLE_WORDS:
                actor.role = appositive.group(1)

    # ------------------------------------------------------------------ lookups
    def at(self, start: int, end: int) -> tuple[ActorDraft, Mention] | None:
        """The actor mentioned exactly within [start, end), if any (the last such mention)."""
        found = None
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._positions) and self._positions[i][0] < end:
            s, e, actor, mention = self._positions[i]
            if e <= end:
                found = (actor, mention)
            i += 1
        return found

    def named_ending_at(self, end: int) -> ActorDraft | None:
        """The actor a mention ending exactly at `end` names, if any."""
        return self._span_ends.get(end)

    def mentions_between(self, start: int, end: int) -> list[tuple[ActorDraft, Mention]]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._positions) and self._positions[i][0] < end:
            s, e, actor, mention = self._positions[i]
            if e <= end:
                out.append((actor, mention))
            i += 1
        return out

    def by_role_named_later(self, role_words: list[str], after: int) -> ActorDraft | None:
        """'an attack the presiding judge said was driven by "open hatred"' in a lead that names
        "Presiding Judge Katrin Albers" further down: the one person given that role after
        `after`, when no one before holds it."""
        found = {
            actor.id: actor
            for start, _, actor, _ in self._positions
            if start > after and self.by_role(role_words, start + 1) is actor
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def by_role(self, role_words: list[str], before: int) -> ActorDraft | None:
        """The person whose title shares the most words with `role_words`, latest mentioned first.

        "leader" fits any head of government's title, and a nationality must be in the title too:
        "the Dutch leader" is the Dutch Prime Minister, not the Hungarian one."""
        wanted = {w.lower() for w in role_words if w.lower() in ROLE_WORDS}
        if not wanted:
            return None
        nationality = {w.lower() for w in role_words if w[:1].isupper() and is_demonym(w)}
        any_leader = (
            "leader" in wanted
            and not any(  # not "the rescue leader", "team leader"
                w[:1].islower() and w.lower() not in ROLE_WORDS and w not in _ARTICLES
                for w in role_words
            )
        )
        best, best_score = None, 0
        for s, _, actor, _ in self._positions:
            if s >= before:
                break
            if actor.type != "person" or not actor.role:
                continue
            have = {w.lower().strip(".") for w in actor.role.split()} | self._titles_before(actor)
            if not nationality <= have:
                continue
            if any_leader and have & _LEADER_TITLES:
                have.add("leader")
            if "attorney" in have and have & _PROSECUTING:
                have.add("prosecutor")  # "the prosecutor": an "Assistant District Attorney"
            have |= {short for words, short in _SHORT_TITLES if words <= have}
            have |= {word for word in wanted if have & _SAME_ROLE.get(word, set())}
            score = len(wanted & have)
            if score >= best_score and score > 0 and wanted <= have | {"the"}:
                best, best_score = actor, score
        return best

    def _titles_before(self, actor: ActorDraft) -> set[str]:
        """The titles written right before the name ("fr" in "Fr. Ramon Eleazar, the
        archdiocese's social action director,"), whatever role an appositive gave."""
        heads = (self.text[max(0, start - 20) : start].split()[-1:] for start, _ in actor.spans)
        return {head[0].lower().rstrip(".") for head in heads if head} & TITLE_WORDS

    def _introduced_as(self, actor: ActorDraft, noun: str) -> bool:
        """Whether the article introduced `actor` right after `noun` ("club Deportivo San
        Ramón", "the union Unite Industrial"), or with `noun` heading an appositive ("The
        Sandiganbayan, the Philippines' special anti-graft court,", "Italy's data protection
        authority, the Garante ..." for "the regulator"); a government is never introduced so."""
        if noun == "government":
            return False
        nouns = _REGULATOR_WORDS if noun in _REGULATOR_NOUNS else (noun,)
        start, end = actor.spans[0]
        if word_before(self.text, start) == noun:
            return True
        appositive = appositive_after(self.text, end)
        if appositive is not None and appositive.group(2) in nouns:
            return True
        before = self.text[max(0, start - 30) : start]
        return any(before.endswith((f"{n}, the ", f"{n}, ")) for n in nouns)

    def latest_outlet(self, before: int) -> ActorDraft | None:
        """'The newspaper said': the media outlet named last before `before`, within 2,000
        characters."""
        i = bisect.bisect_left(self._starts, before)
        for start, _, actor, _ in reversed(self._positions[:i]):
            if before - start >= _DESCRIBED_BODY_REACH:
                break
            if actor.type == "media":
                return actor
        return None

    def by_noun(self, noun: str, before: int, last_named: bool = True) -> ActorDraft | None:
        """`_by_noun` among the bodies named outside quoted words, else among all: after
        '"Ridgecrest's agenda would put at risk ...," the company said' the company is not
        Ridgecrest; but after 'would "work closely with the National Heritage Agency". The agency
        said', the agency is the one named only in the quote."""
        return self._by_noun(noun, before, last_named, self._quoted) or (
            self._by_noun(noun, before, last_named, frozenset()) if self._quoted else None
        )

    def _by_noun(
        self, noun: str, before: int, last_named: bool, quoted: Collection[int]
    ) -> ActorDraft | None:
        """'the commission said': the organisation named last before `before` whose name has the
        noun ('Commission on Presidential Debates'); 'the company said', 'the airline said': the
        one the article introduced with the noun ("the US private equity firm Ridgeline
        Capital"), else the organisation named last (no public body for "the airline"), both
        within 2,000 characters (without `last_named`, only the introduced one); 'the
        government said': the government (country) named last."""
        generic = noun in GENERIC_ORG_NOUNS
        trade = noun in TRADE_NOUNS
        i = bisect.bisect_left(self._starts, before)
        if generic or trade:  # (introduced so, though another company was named since)
            by_trade = None  # "fintech start-up Qisat ..., led by Dilmun Ventures, the company
            company_named = False  # said", unless a company is named by its name since
            for start, _, actor, _ in reversed(self._positions[:i]):
                if before - start >= _DESCRIBED_BODY_REACH:
                    break
                if actor.type != "organisation" or start in quoted:
                    continue
                if self._introduced_as(actor, noun):
                    return actor
                if (
                    noun in COMPANY_NOUNS
                    and by_trade is None
                    and not company_named
                    and word_before(self.text, actor.spans[0][0]) in TRADE_NOUNS
                ):
                    by_trade = actor
                company_named = company_named or _named_as_company(actor.name.lower().split())
            if by_trade is not None:
                return by_trade
        fallback = None  # the body named last, if no company's name is found before it
        latest = True  # no other organisation named since: "club X" may be "the club"
        for start, end, actor, _ in reversed(self._positions[:i]):
            if start in quoted:
                continue  # the speaker's words about another body
            if (
                actor.type == "government"
                and noun == "government"
                and (not actor.tentative or self.text.startswith(" government", end))
            ):  # (a state or city only mentioned, as "Addis Ababa", is no government; "The Delhi
                return actor  # government" is)
            words = actor.name.lower().split()
            introduced = latest and (
                self._introduced_as(actor, noun)
                or (
                    noun in COMPANY_NOUNS
                    and word_before(self.text, actor.spans[0][0]) in TRADE_NOUNS
                )
            )  # "The electricity network operator Ouest Réseau said ... the company said"
            if actor.tentative and (
                (len(words) > 1 and words[-1] == noun)
                or introduced
                or (noun in COMPANY_NOUNS and words[-1].rstrip(".") in _COMPANY_SUFFIXES)
            ):  # ("the company" after "Brightline Glass Co.")
                # "the festival": the unclassified "... Film Festival"; "the club": the
                actor.type = "organisation"  # unclassified name of "club Deportivo San Ramón"
                return actor
            if actor.type == "media" and noun in words:
                return actor  # "the agency said" after "Korean Central News Agency"
            if actor.type != "organisation":
                continue
            if noun == "union" and _union_of_nations(actor.name):
                continue  # "the union said" is the farmers' union, not the European Union
            if (
                (noun in words and not _members_body_of(words, noun))
                or _OTHER_SPELLING.get(noun) in words
                or (noun in _REGULATOR_NOUNS and _REGULATOR_WORDS.intersection(words))
            ):
                return actor  # "the regulator": the last authority, commission or office named
            if (
                noun in ("club", "side")
                and words[-1] in _CLUB_WORDS
                and not self.text.endswith(_OPPONENT_BEFORE, 0, start)
            ):  # "the club said" after "Kingsbury Athletic" (not "the match against Bramwell
                return actor  # Athletic, the club confirmed": the club is the other side)
            if introduced:
                return actor  # "the union Unite Industrial ... the union said"
            latest = False  # not "South Korean chain HomePlus" for "the chain" after Tesco
            if (
                (generic or trade)
                and last_named
                and not (noun in COMPANY_NOUNS and _PUBLIC_BODY_WORDS.intersection(words))
                and not (trade and _NOT_TRADING.intersection(words))
                and before - start < _DESCRIBED_BODY_REACH
            ):  # but "the company" is not "Northfield University"
                if noun not in COMPANY_NOUNS or _named_as_company(words):
                    return actor
                fallback = fallback or actor  # "the company" after "... Ltd" then "the BSE"
        return fallback

    def described(self, description: str, offset: int) -> ActorDraft:
        """A speaker known only by description ("the father"): one actor per description."""
        name = " ".join(description.split())
        if name.split()[0].lower() in _DETERMINERS | _COUNTS:  # "The father" -> "the father"
            name = name[0].lower() + name[1:]  # but "Trump campaign" keeps its name
        key = "described:" + name.lower()
        actor = self._by_key.get(key) or self._group_of_someone(name) or self._described_more(name)
        if actor is None:
            actor = ActorDraft(
                id=self._unique_id(name), name=name, type=described_type(name), described=True
            )
            self.actors.append(actor)
            self._by_key[key] = actor
        actor.spans.append((offset, offset + len(description)))
        return actor

    def _described_more(self, name: str) -> ActorDraft | None:
        """'the foreign ministry' and 'the French foreign ministry', either first: the body
        described last with the same noun and more or fewer words (one of the forms)."""
        words = name.lower().split()
        if len(words) < 3 or words[0] != "the" or words[-1] not in DESCRIBED_ORGANISATIONS:
            return None
        for actor in reversed(self.actors):
            if not actor.described or actor.type == "person":
                continue
            other = actor.name.lower().split()
            if (
                len(other) >= 3
                and other[0] == "the"
                and other[-1] == words[-1]
                and (set(words) < set(other) or set(other) < set(words))
            ):
                actor.add_alias(name)
                return actor
        return None

    def described_already(self, description: str) -> ActorDraft | None:
        """The actor `described` made for these words before (a group that was quoted), if any."""
        return self._by_key.get("described:" + " ".join(description.lower().split()))

    def _group_of_someone(self, name: str) -> ActorDraft | None:
        """'the administration', 'the campaign': the "Trump administration" or "Biden campaign"
        described last, if any."""
        words = name.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in GROUP_NOUNS:
            return None
        ending = " " + words[1]
        return next(
            (
                a
                for a in reversed(self.actors)
                if a.described
                and a.name.lower().endswith(ending)
                and not a.name.lower().startswith("the ")
            ),
            None,
        )

    def holder_or_described(self, description: str, offset: int) -> ActorDraft:
        """'the lawyer', 'the mayor': the person named with that role before `offset`, else the
        description itself as a speaker ('another analyst', 'one analyst', 'a minister' are never
        one named before)."""
        words = description.split()
        if words[0].lower() in _UNNAMED_DETERMINERS:
            return self.described(description, offset)
        return self.by_role(words, offset) or self.described(description, offset)

    def promote(self, actor: ActorDraft) -> None:
        """An actor that speaks or is a source: counted as speaking, and real if it was tentative."""
        actor.tentative = False
        actor.speaks += 1

    def _only_a_place(self, actor: ActorDraft) -> bool:
        """'in the United States', 'from Canada', 'across New Zealand': a country only ever named
        as where something happens, never as one that acts."""
        return all(
            _PLACE_BEFORE.search(self.text, max(0, start - 12), start)
            or (  # "a United States spacecraft": the country describes a thing
                self.text.endswith(("a ", "an ", "A ", "An "), 0, start)
                and _LOWER_WORD_AFTER.match(self.text, end) is not None
            )
            for start, end in actor.spans
        )

    def only_where(self, actor: ActorDraft, masked: str | None = None) -> bool:
        """'at Roland Garros', 'in Lower Saxony', 'near Montpellier': an unclassified name only
        ever written as where something is, so no one "he" or "she" may stand for. Given the
        `masked` text (quotes hidden), "barred from Flushing Meadows" counts too, for the
        speaker rules: no sentence's subject either."""
        text, pattern, reach = (
            (self.text, _WHERE_BEFORE, 12)
            if masked is None
            else (masked, _WHERE_OR_FROM_BEFORE, 14)
        )
        return actor.tentative and all(
            pattern.search(text, max(0, start - reach), start) for start, _ in actor.spans
        )

    def selected(self) -> list[ActorDraft]:
        """Actors worth listing: not tentative, or tentative but speaking or recurring."""
        out = []
        for actor in self.actors:
            recurring = len(actor.spans) >= 2
            if actor.speaks:
                out.append(actor)
            elif actor.tentative:
                if (
                    recurring
                    and len(actor.name.split()) >= 2
                    and actor.type != "other"
                    and not self.only_where(actor)
                ):  # (a law or a war named twice is no actor unless it speaks, nor "in San Diego")
                    out.append(actor)
            elif actor.type == "person" or actor.described:
                if (
                    actor.role
                    or recurring
                    or (not actor.described and len(actor.name.split()) >= 2)
                ):
                    out.append(actor)
            elif actor.type == "government":
                if len(actor.spans) >= _BACKGROUND_MENTIONS and not self._only_a_place(actor):
                    out.append(actor)
            elif actor.type == "organisation":
                if recurring and (len(actor.name.split()) >= 2 or ACRONYM.match(actor.name)):
                    out.append(actor)
            else:
                out.append(actor)
        return out


def described_type(description: str) -> str:
    """The actor type of a speaker known only by description, from its last word: "the police"
    and "the company" are organisations, "the ministry" a government, "local media" an outlet,
    "officials", "the family" and "the study" other (a group of people or a document, as the
    gold guidelines type them); "the mother", "a spokesperson" people."""
    words = description.lower().split()
    if words[:2] == ["one", "of"]:
        return "person"  # "one of the victims"
    words = words[
        : next(
            (i for i, w in enumerate(words) if w in _HEAD_ENDS or (i and w.endswith("ing"))),
            len(words),
        )
    ]  # "students waiting at the stop": students
    head = (words or ["?"])[-1].removesuffix("'s").removesuffix("\u2019s")
    if head in _GOVERNMENT_NOUNS:
        return "government"
    if head in MEDIA_WORDS or head in OUTLET_NOUNS or head.removesuffix("s") in OUTLET_NOUNS:
        return "media"
    if head in ORG_WORDS or head in DESCRIBED_ORGANISATIONS:
        return "organisation"  # (police among them)
    if head in PLURAL_PEOPLE or head in DESCRIBED_NON_PERSONS or head in DOCUMENT_NOUNS:
        return "other"
    return "person"


# "researchers from X", "a ticket inspector on the Trenord network": the head noun comes first
_HEAD_ENDS = frozenset(("from", "at", "of", "in", "on", "near", "for", "with", "and"))
_GOVERNMENT_NOUNS = frozenset(
    ("government", "ministry", "administration", "cabinet", "authorities")
)
_UNNAMED_DETERMINERS = frozenset(("one", "another", "a", "an"))
# "Maeve Geraghty said", "Tom Geraghty, who has worked at the ovens since he was 14, said"
_SPOKE_AFTER = re.compile(r"(?:,[^,.;:\n]{1,120},)?\s+(?:said|says|told|tells|added|adds)\b")
_TITLE_GENDER_WORDS = {
    "mrs": FEMALE_WORDS,
    "ms": FEMALE_WORDS,
    "miss": FEMALE_WORDS,
    "mr": MALE_WORDS,
}
# A party's members, written as one plural word, stand for the party named after them
_MEMBERS_OF_PARTY = {
    "Democratic": "Democrats",
    "Republican": "Republicans",
    "Conservative": "Conservatives",
    "Liberal": "Liberals",
    "Libertarian": "Libertarians",
    "Socialist": "Socialists",
    "Green": "Greens",
}
_LEADER_TITLES = frozenset(("president", "prime", "premier", "chancellor", "king", "queen"))
_LAWYERS = frozenset(("lawyer", "attorney", "counsel", "solicitor", "barrister"))
_REPRESENTATIVES = frozenset(("representative", "rep", "congressman", "congresswoman"))
_JUDGES = frozenset(("judge", "justice", "magistrate"))
_DOCTORS = frozenset(("doctor", "dr"))
_CLERGY = frozenset(
    """priest fr father rev reverend revd pastor vicar monsignor canon rector curate
    chaplain""".split()  # noqa: SIM905
)
# "the CEO": a "chief executive"; "the PM": a "Prime Minister"
_SHORT_TITLES = (
    (frozenset(("chief", "executive")), "ceo"),
    (frozenset(("prime", "minister")), "pm"),
)
_PROSECUTING = frozenset(("district", "prosecuting", "state's", "state\u2019s", "county"))
_SAME_ROLE = {
    word: group
    for group in (_LAWYERS, SPOKESPEOPLE, _REPRESENTATIVES, _JUDGES, _DOCTORS)
    for word in group
} | {
    "monarch": frozenset(("king", "queen", "emperor", "empress", "igwe", "oba", "ruler")),
    "pontiff": frozenset(("pope",)),
    **dict.fromkeys(("priest", "pastor", "vicar", "chaplain", "cleric", "clergyman"), _CLERGY),
}
"""'the lawyer said' for a title written 'attorney', 'the spokesperson' for a 'spokeswoman', 'the
congressman' for a 'Representative', 'the judge' for a 'Justice', 'the doctor' for a 'Dr', 'the
monarch' for a 'Queen', an 'Igwe' or a 'traditional ruler' (but 'the king' is no queen), 'the
pontiff' for the 'Pope', 'the priest' for a 'Fr' or 'Rev' (but 'the father' is a parent)."""


def _has_nickname(name: str) -> bool:
    return ('"' in name or "\u201c" in name) and NICKNAME.search(name) is not None


def _nickname_forms(name: str) -> tuple[str, str]:
    """'Matiu "Matt" Ratana' -> "Matiu Ratana", "Matt Ratana"."""
    nickname = NICKNAME.search(name)
    given, surname = name[: nickname.start()].split(), name[nickname.end() :].split()
    return " ".join([*given, *surname]), " ".join([nickname.group(1), *surname])


_CAPITALISED_RUN = re.compile(
    r"[A-Z](?:(?<![A-Za-z][A-Z])[A-Z]{1,3}\s+[A-Z])?[a-z]+"
    r"(?:\s+(?:(?:of|for|and|the|de)\s+)?[A-Z][a-z]+)+"
)  # (with a place's initials before: "NSW Rural Fire Service"; a capital first, so that re
# skips straight to capitals, where an optional group first made it try every position)


def _spelled_out_before(runs: list[tuple[int, list[str]]], acronym: str, before: int) -> str | None:
    """The capitalised words, written before `before`, whose initials are `acronym`: "Reserve
    Bank of Australia" for "RBA", inside "Reserve Bank of Australia Governor Helen Marchetti".
    The first such run of words (`runs`: each run's end and words); None if there is none."""
    for end, words in runs:
        if end > before:
            break
        for start in range(len(words)):
            if words[start][0] != acronym[0] or words[start] in NAME_CONNECTORS:
                continue
            initials = ""
            for last in range(start, len(words)):
                if words[last][:1].isupper():
                    initials += words[last][0]
                if initials == acronym and words[last][:1].isupper():
                    # "NSW Rural Fire Service Commissioner ...", then "the RFS": the state's
                    # service, its name with the place or the place's initials before it
                    placed = start > 0 and _place_qualifier(words[start - 1])
                    return " ".join(words[start - placed : last + 1])
                if not acronym.startswith(initials):
                    break
    return None


def _place_qualifier(word: str) -> bool:
    """A word naming where a body is, before its name: a place ("Ohio") or a short all-capital
    abbreviation ("NSW", "UK")."""
    return word in places() or (2 <= len(word) <= 4 and word.isalpha() and word.isupper())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _initials_of_every_word(name: str) -> str:
    return "".join(w[0] for w in name.split()).upper()


def _media_name(name: str) -> str:
    return MEDIA_ALIASES.get(name.lower(), name)


def _union_of_nations(name: str) -> bool:
    """'European Union', 'African Union': a union named for a continent or nation."""
    words = name.split()
    return len(words) == 2 and words[1] == "Union" and is_demonym(words[0])
