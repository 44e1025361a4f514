"""Human-facing renderings: the HTML page's article view."""

from __future__ import annotations

from summarizer import summarize
from summarizer.render.html import article_segments, to_html
from summarizer.schema import AlignmentStatus

TEXT = (
    'Mayor Ann Lee said: "We will rebuild."\n\n'
    '"It is over," Lee told the BBC. Critics called it "a farce".\n'
)


def test_segments_rebuild_the_article_and_mark_exactly_the_verified_quotes():
    summary = summarize(TEXT, model="offline")
    segments = article_segments(TEXT, summary.quotes)
    assert "".join(s.text for s in segments) == TEXT
    marked = [(s.text, s.quote.id) for s in segments if s.quote]
    assert marked == [(q.text, q.id) for q in summary.quotes]


def test_an_unverified_or_overlapping_quote_is_listed_but_not_marked():
    summary = summarize(TEXT, model="offline")
    first, second = summary.quotes[0], summary.quotes[1]
    lost = second.model_copy(
        update={
            "verified": False,
            "span": second.span.model_copy(update={"status": AlignmentStatus.fuzzy}),
        }
    )
    inside = first.model_copy(update={"id": "q9"})  # the same span again
    quotes = [first, lost, inside]
    segments = article_segments(TEXT, quotes)
    assert [s.quote.id for s in segments if s.quote] == [first.id]
    page = to_html(summary.model_copy(update={"quotes": quotes}), TEXT)
    assert page.count("<mark ") == 1 and "NOT VERIFIED" in page


def test_without_the_article_text_the_page_is_the_summary_alone():
    summary = summarize(TEXT, model="offline")
    page = to_html(summary, None)
    assert "<mark" not in page and "We will rebuild." in page
