"""Which pronoun fits a person, from what the article itself says: 'he' or 'she'.

No list of first names: a person's grammatical gender comes only from the article, from a
gendered title or role ("Mrs", "actress", "spokesman") or from the pronouns that follow them in
their own sentences ("Smith said she would ..."). Unknown stays unknown and fits either pronoun.
"""

from __future__ import annotations

import bisect
import re

from summarizer.offline.actors import (
    ActorDraft,
    ActorIndex,
    appositive_after,
    role_head_words,
    word_before,
)
from summarizer.offline.lexicon import DESCRIBED_PEOPLE, FEMALE_WORDS, MALE_WORDS, noun_gender
from summarizer.offline.names import POSSESSIVE_ENDINGS
from summarizer.offline.quotes import MASK
from summarizer.text.sentences import Sentence

# he, she, him, his, himself, her, hers, herself, on lowercased text (twice as fast as
# re.IGNORECASE); a look-behind after the first letter, not "\b" before it, lets re skip to the
# next "s" or "h" at once: twice as fast again
_PRONOUN = re.compile(r"(?:s(?<!\ws)he|h(?<!\wh)(?:e(?:rs(?:elf)?|r)?|i(?:m(?:self)?|s)))\b")
_FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))
_OPENING = " \t," + MASK  # spaces, and a quote (masked) with its comma: '"...," she said'


def pronoun_gender(pronoun: str) -> str | None:
    """'f' for she/her, 'm' for he/him/his, None for anything else ('they')."""
    word = pronoun.lower()
    if word in _FEMALE_PRONOUNS:
        return "f"
    return "m" if word in ("he", "him", "his", "himself") else None


def infer_genders(
    masked: str, actors: ActorIndex, sentences: list[Sentence], lower: str
) -> dict[str, str]:
    """Actor id -> 'f' or 'm', for the people whose gender the article makes clear.

    `lower` is `masked` lowercased by `lower_keeping_offsets`."""
    votes: dict[str, list[int]] = {}  # id -> [female, male]
    for actor in actors.actors:
        if actor.type == "person" and actor.role:
            words = role_head_words(actor.role)
            if words & FEMALE_WORDS:
                votes.setdefault(actor.id, [0, 0])[0] += 2
            if words & MALE_WORDS:
                votes.setdefault(actor.id, [0, 0])[1] += 2
    # a gendered noun in apposition, before a name ("her husband, Petro Kral") or after it
    # ("Petro Kral, her husband,"); looked for next to each name, which measured faster than one
    # scan of the whole text for the words
    for actor, mention in actors.mentions_between(0, len(masked)):
        if actor.type != "person":
            continue
        before = word_before(masked, mention.role_start)
        after = (
            appositive_after(masked, mention.end) if masked.startswith(",", mention.end) else None
        )
        for word in (before, after.group(2).lower() if after else ""):
            said = noun_gender(word)
            if said is not None:  # "Her husband, Petro Kral,"
                votes.setdefault(actor.id, [0, 0])[0 if said == "f" else 1] += 2
        if mention.role and mention.role_start < mention.start and mention.role != actor.role:
            # another mention's own title ("Ms Ashworth" after "the barrister, Rebecca
            # Ashworth"; the actor's role is counted above), worth one pronoun: the surname
            # alone may be a relative's ("Mr Dunmore's widow, Claire Dunmore")
            for word in mention.role.lower().split():
                said = noun_gender(word)
                if said is not None:
                    votes.setdefault(actor.id, [0, 0])[0 if said == "f" else 1] += 1
    starts = [s.start for s in sentences]
    for match in _PRONOUN.finditer(lower):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        people = _people_before(actors, masked, sentence.start, match.start())
        opening = masked[sentence.start : match.start()]
        if not people and index and not opening.strip(_OPENING):
            # "Reed wrote after hearing of her death. He said": the opening "He" is the one
            # person of the sentence before, which outvotes the "her" about someone else; so is
            # the "she" of '"...," she said' after a sentence about one person, in its paragraph
            before = index - 1
            while before > 0 and _quoted_only(masked, sentences[before]):
                before -= 1  # '"You can hear him. He made silence ...," she said': before it
            previous = sentences[before]
            gap = 0 if opening.strip() else 1
            if sentence.paragraph - previous.paragraph <= gap:
                people = _people_before(actors, masked, previous.start, previous.end)
        if len(people) > 1:  # "Kalkan-Demir's coach, Kofi Mensah-Larbi, said his": not a possessor
            people = _people_before(actors, masked, sentence.start, match.start(), possessors=False)
        if len(people) != 1:
            continue  # only one person it can be, within its own sentence
        if match.group() == "him" and _opens(actors, sentence, people[0]):
            continue  # "Efua, who trained under him, recalled": "him" is someone else
        if _relative_of_gender(lower, sentence.start, match.start(), pronoun_gender(match.group())):
            continue  # "Marian Fahy, whose father was brought in, said he waited": the father
        named = [  # the person's mentions in the pronoun's sentence, before it
            m for a, m in actors.mentions_between(sentence.start, match.start()) if a is people[0]
        ]
        if named and _SOMEONE_DESCRIBED.search(masked, named[-1].end, match.start()):
            continue  # "Judge Eleanor Brightwell told the defendant that his behaviour": his
        if named and _same_pronoun_before(lower, sentence.start, named[0].start, match):
            continue  # "She said Dunleavy's arrests weighed heavily in her decision": hers
        tally = votes.setdefault(people[0].id, [0, 0])
        tally[0 if pronoun_gender(match.group()) == "f" else 1] += 1
    return {
        actor_id: "f" if female > male else "m"
        for actor_id, (female, male) in votes.items()
        if female != male
    }


def _relative_of_gender(lower: str, start: int, end: int, gender: str | None) -> bool:
    """Whether [start, end) names a relative of `gender` ("whose father") whom a pronoun of that
    gender after it may stand for, rather than the one person named."""
    return any(noun_gender(m[1]) == gender for m in _RELATIVE.finditer(lower, start, end))


RELATIVE_NOUNS = frozenset(
    """father son husband brother boyfriend grandfather grandson uncle nephew stepfather
    mother daughter wife sister girlfriend grandmother granddaughter aunt niece stepmother""".split()  # noqa: SIM905
)
# "whose 87-year-old father", "her husband", "their son": a relative named by a gendered noun
_RELATIVE = re.compile(
    r"\b(?:whose|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(" + "|".join(sorted(RELATIVE_NOUNS)) + r")\b"
)


def _quoted_only(masked: str, sentence: Sentence) -> bool:
    """A 'sentence' that is only part of a quoted passage (masked), split at a stop inside it."""
    return not masked[sentence.start : sentence.end].replace(MASK, "").strip(" .,!?")


# "the defendant", "a young man", "the officer": someone unnamed a pronoun may stand for (not
# in apposition: "Mostafa el-Sayed, 36, a researcher")
_SOMEONE_DESCRIBED = re.compile(
    r"(?<!, )\b(?:the|a|an)\s+(?:[a-z\-]+\s+)?(?:"
    + "|".join(sorted(w for w in DESCRIBED_PEOPLE if not w.endswith("s") and " " not in w))
    + r"|defendant|accused)\b"
)


def _same_pronoun_before(lower: str, start: int, named_at: int, pronoun: re.Match) -> bool:
    """Whether a pronoun of the same gender as `pronoun` comes in [start, named_at), before the
    one person's first mention: the later one is more likely that earlier one's."""
    gender = pronoun_gender(pronoun.group())
    return any(
        pronoun_gender(earlier.group()) == gender
        for earlier in _PRONOUN.finditer(lower, start, named_at)
    )


def _opens(actors: ActorIndex, sentence: Sentence, person: ActorDraft) -> bool:
    """Whether `sentence` opens with a mention of `person` (its subject)."""
    found = actors.mentions_between(sentence.start, sentence.end)
    if not found or found[0][0] is not person:
        return False
    return not actors.text[sentence.start : found[0][1].role_start].strip()


def _people_before(
    actors: ActorIndex, masked: str, start: int, end: int, possessors: bool = True
) -> list[ActorDraft]:
    """The people named in [start, end) outside quotes ('"I wish Teresa well," he wrote' says
    nothing of Teresa); without `possessors`, not those named as possessors either."""
    found = {
        id(a): a
        for a, m in actors.mentions_between(start, end)
        if a.type == "person"
        and masked[m.start] != MASK
        and (possessors or not masked.startswith(POSSESSIVE_ENDINGS, m.end))
    }
    return list(found.values())
