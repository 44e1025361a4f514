"""Split long articles into overlapping, sentence-aligned chunks."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.text.sentences import Sentence

DEFAULT_CHUNK_CHARS = 12_000
DEFAULT_OVERLAP_CHARS = 600


@dataclass(frozen=True)
class Chunk:
    index: int
    sentences: tuple[Sentence, ...]

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end


def chunk_sentences(
    sentences: list[Sentence],
    max_chars: int = DEFAULT_CHUNK_CHARS,
    overlap_chars: int = DEFAULT_OVERLAP_CHARS,
) -> list[Chunk]:
    """Greedy chunks of whole sentences, each at most `max_chars` long (a longer sentence stands
    alone); consecutive chunks share the trailing sentences that fit in `overlap_chars`."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    if not sentences:
        return []
    chunks: list[Chunk] = []
    first = 0
    while True:
        last = first
        while (
            last + 1 < len(sentences)
            and sentences[last + 1].end - sentences[first].start <= max_chars
        ):
            last += 1
        chunks.append(Chunk(len(chunks), tuple(sentences[first : last + 1])))
        if last + 1 >= len(sentences):
            return chunks
        next_first = last + 1
        while (
            next_first - 1 > first
            and sentences[last].end - sentences[next_first - 1].start <= overlap_chars
        ):
            next_first -= 1
        first = next_first
