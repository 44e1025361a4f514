"""Validation of a model's `Extraction` against the article, phrased as instructions for a reask.

instructor sends the `ValueError` message back to the model, so each problem names the field,
says what is wrong and what to do instead. The checker also keeps the last extraction it saw,
so that when the retries run out the pipeline can still keep every item, flagged unverified.
"""

from __future__ import annotations

from summarizer.extraction import Extraction
from summarizer.grounding.ground import ArticleIndex, slugify, strip_quote_marks
from summarizer.schema import ARTICLE_CLAIMANT, AlignmentStatus

_SHOWN_CHARS = 80


class GroundingChecker:
    def __init__(self, index: ArticleIndex, sentence_range: tuple[int, int] | None = None) -> None:
        self.index = index
        self.sentence_range = sentence_range or (1, len(index.sentences))
        self.last: Extraction | None = None
        self.problems_seen: list[list[str]] = []

    def check(self, extraction: Extraction) -> None:
        self.last = extraction
        problems = self.problems(extraction)
        self.problems_seen.append(problems)
        if problems:
            raise ValueError(
                "The answer is not grounded in the article. Fix these and answer again:\n- "
                + "\n- ".join(problems)
            )

    def problems(self, extraction: Extraction) -> list[str]:
        problems: list[str] = []
        ids = [a.id for a in extraction.actors]
        known = set(ids) | {slugify(i) for i in ids}
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        problems += [f"actor id '{i}' is used twice; give each actor one id" for i in duplicates]
        listed = ", ".join(ids) if ids else "(none: add the actor to actors)"

        def check_ref(ref: str | None, where: str) -> None:
            if ref is not None and ref not in known and slugify(ref) not in known:
                problems.append(
                    f"{where} '{ref}' is not an actor id; use one of: {listed}, or null"
                )

        def check_sentence(number: int | None, where: str) -> None:
            low, high = self.sentence_range
            if number is not None and not low <= number <= high:
                problems.append(
                    f"{where} {number} does not exist; sentences are numbered {low}-{high}"
                )

        for n, quote in enumerate(extraction.quotes):
            where = f"quotes[{n}]"
            check_ref(quote.speaker, f"{where}.speaker")
            check_sentence(quote.sentence, f"{where}.sentence")
            wanted = strip_quote_marks(quote.text)
            if not wanted:
                problems.append(f"{where}.text is empty; remove this quote")
                continue
            span = self.index.aligner.align(wanted)
            if span.status == AlignmentStatus.fuzzy:
                problems.append(
                    f"{where}.text {_show(wanted)} is not word for word in the article; the closest"
                    f" passage is {_show(span.text)}. Copy the exact words, or remove the quote"
                )
            elif span.status == AlignmentStatus.not_found:
                problems.append(
                    f"{where}.text {_show(wanted)} does not appear in the article. Quotes must be"
                    " copied exactly from the article; remove it if it is not there"
                )
        for n, item in enumerate(extraction.attributions):
            check_ref(item.source, f"attributions[{n}].source")
            check_sentence(item.sentence, f"attributions[{n}].sentence")
        for n, claim in enumerate(extraction.claims):
            if claim.claimant.strip().lower() != ARTICLE_CLAIMANT:
                check_ref(claim.claimant, f"claims[{n}].claimant")
            for number in claim.sentences:
                check_sentence(number, f"claims[{n}].sentences")
        return problems


def _show(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…")
