"""Turn files, folders, stdin, URLs and JSONL into `Article`s."""

from summarizer.ingest.article import Article
from summarizer.ingest.readers import read_inputs, read_text_input

__all__ = ["Article", "read_inputs", "read_text_input"]
