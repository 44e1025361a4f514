from __future__ import annotations

import re

from summarizer.text.chunks import chunk_sentences
from summarizer.text.sentences import split_sentences
from summarizer.text.words import is_word_char, lower_keeping_offsets, prefix_tree_pattern


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


def test_initials_run_together_end_no_sentence_unless_an_opening_word_follows():
    text = "J.K. Rowling wrote it. J.R.R. Tolkien agreed. It was sold to Acme S.A. The deal closed."
    assert [s.text for s in split_sentences(text)] == [
        "J.K. Rowling wrote it.",
        "J.R.R. Tolkien agreed.",
        "It was sold to Acme S.A.",  # a company's initials, then "The"
        "The deal closed.",
    ]


def test_md_and_ma_are_given_names_except_after_a_comma():
    text = (
        "Md. Shahjahan Mia spoke. Ma. Cristina Ocampo agreed. He lives in Baltimore, Md. It rains."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Md. Shahjahan Mia spoke.",
        "Ma. Cristina Ocampo agreed.",
        "He lives in Baltimore, Md.",  # Maryland
        "It rains.",
    ]


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


def test_prefix_tree_pattern_matches_exactly_its_words_longest_first():
    words = {"say", "said", "says", "saying", "according to", "a.m.", "told"}
    pattern = re.compile(prefix_tree_pattern(words))
    assert all(pattern.fullmatch(word) for word in words)
    for other in ("sa", "sai", "sayings", "according", "tol", "a.m", "aXm."):
        assert pattern.fullmatch(other) is None, other
    assert pattern.match("saying so").group() == "saying"  # not "say"
    assert pattern.match("according to him").group() == "according to"
    assert [m.group() for m in pattern.finditer("he said, she says")] == ["said", "says"]


def test_is_word_char_agrees_with_regex_word_class_on_every_code_point():
    word = re.compile(r"\w")
    disagree = [
        code
        for code in range(0x110000)
        if is_word_char(chr(code), 0) != (word.match(chr(code)) is not None)
    ]
    assert disagree == []
    assert not is_word_char("ab", -1) and not is_word_char("ab", 2)


def test_lowering_keeps_every_character_at_its_offset():
    every = "".join(map(chr, range(0x110000)))
    lowered = lower_keeping_offsets(every)
    assert len(lowered) == len(every)
    changed = [c for c, low in zip(every, lowered, strict=True) if low != c.lower()]
    assert changed == ["\u0130"]  # the one character str.lower() turns into two
