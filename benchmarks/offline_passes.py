"""Run the offline pipeline over the gold articles N times: a steady load to count instructions.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/offline_passes.py 3
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/offline_passes.py 1

Half the difference of the two "Collected" counts is the cost of one warm pass. Unlike articles
per second on a shared machine (±25% from run to run), the count moves by about 1%, so it can
tell two versions of the code apart. Set PYTHONHASHSEED=0 for both runs; --articles N compares
the same articles across versions of the gold set.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summarizer.api import summarize_article
from summarizer.evaluation.gold import Suite
from summarizer.offline.extractor import OfflineBackend


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("passes", type=int)
    parser.add_argument("--articles", type=int, default=222, help="the first N suite articles")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent / "evals"
    suite = Suite.load(root)
    articles = [suite.article(entry) for entry in suite.entries("all")][: args.articles]
    backend = OfflineBackend()
    for _ in range(args.passes):
        for article in articles:
            summarize_article(article, backend)


if __name__ == "__main__":
    main()
