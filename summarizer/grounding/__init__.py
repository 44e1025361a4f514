"""Grounding: align verbatim text to the article and compute offsets."""
