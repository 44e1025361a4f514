from __future__ import annotations

from summarizer.text.chunks import chunk_sentences
from summarizer.text.sentences import split_sentences


def test_sentences_have_offsets_and_respect_abbreviations_and_quotes():
    text = (
        'Mr. Smith met Dr. J. Jones in the U.S. on Monday. "It went well." He left.\nNew line here'
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr. Smith met Dr. J. Jones in the U.S. on Monday.",
        '"It went well."',
        "He left.",
        "New line here",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 0, 1]


def test_chunks_are_sentence_aligned_bounded_and_overlap():
    text = " ".join(f"Sentence number {i} is here." for i in range(100))
    sentences = split_sentences(text)
    chunks = chunk_sentences(sentences, max_chars=300, overlap_chars=60)
    assert len(chunks) > 3
    assert all(c.end - c.start <= 300 for c in chunks)
    covered = {s.index for c in chunks for s in c.sentences}
    assert covered == set(range(len(sentences)))
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.sentences[0].index <= before.sentences[-1].index, "consecutive chunks overlap"


def test_a_sentence_longer_than_a_chunk_stands_alone():
    sentences = split_sentences("Short one. " + "X" * 500 + ". Another.")
    chunks = chunk_sentences(sentences, max_chars=100, overlap_chars=0)
    assert [len(c.sentences) for c in chunks] == [1, 1, 1]
