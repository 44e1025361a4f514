"""Batch runs: concurrency, rate limits, cache, failure records and resume."""
