"""Offline backend throughput on the gold suite, one process on one core.

    python benchmarks/offline_speed.py [--seconds 10]

Prints articles per second for the full pipeline (extraction + grounding + Summary), and for
extraction alone, with the same rates in characters per second (which do not move when longer
articles join the gold set). Both are measured after a first pass, whose rate is printed too:
in it the per-name caches are cold, as they are for articles never seen before. The target in
issue 3 is >= 200 articles/s on one core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from summarizer.api import summarize_article
from summarizer.evaluation.gold import Suite
from summarizer.grounding.ground import ArticleIndex
from summarizer.offline.extractor import OfflineBackend, extract


def rate(work, articles, seconds: float) -> list[float]:
    rates = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        for article in articles:
            work(article)
        rates.append(len(articles) / (time.perf_counter() - started))
    return rates


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    root = Path(__file__).resolve().parent.parent / "evals"
    articles = [item.article for item in Suite.load(root).items("all")]
    chars = sum(len(a.text) for a in articles) / len(articles)
    backend = OfflineBackend()
    summarize_article(articles[0], backend)  # imports and lazily built tables (gazetteer)
    started = time.perf_counter()
    for article in articles[1:]:  # the first pass meets every name for the first time
        summarize_article(article, backend)
    first_pass = (len(articles) - 1) / (time.perf_counter() - started)
    full = rate(lambda a: summarize_article(a, backend), articles, args.seconds)
    only = rate(lambda a: extract(ArticleIndex(a)), articles, args.seconds / 2)
    print(f"{len(articles)} gold articles, mean {chars:,.0f} characters, one core")
    print(f"first pass (cold name caches): {first_pass:7.1f} articles/s")
    print(
        f"full pipeline:   median {statistics.median(full):7.1f} articles/s (min {min(full):.1f}, max {max(full):.1f})"
        f", {statistics.median(full) * chars / 1000:,.0f}k characters/s"
    )
    print(
        f"extraction only: median {statistics.median(only):7.1f} articles/s"
        f", {statistics.median(only) * chars / 1000:,.0f}k characters/s"
    )


if __name__ == "__main__":
    main()
