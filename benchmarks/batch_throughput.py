"""Batch throughput against a scripted test server with a fixed 200 ms latency.

    python benchmarks/batch_throughput.py [--latency 0.2] [--articles-per-slot 32]

Prints articles per second at concurrency 1, 4, 16 and 64 next to the ideal (concurrency /
latency). The target in issue 6 is >= 0.8 x ideal at concurrency 16. The server is the tests'
scripted test double (tests/support/latency_server.py), not a model, run in its own process.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer.backends import make_backend  # noqa: E402
from summarizer.batch.ledger import Ledger  # noqa: E402
from summarizer.batch.runner import BatchSettings, run_batch  # noqa: E402
from summarizer.ingest.article import Article  # noqa: E402
from summarizer.options import Options  # noqa: E402
from summarizer.output import Sink  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--articles-per-slot", type=int, default=32)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.support.latency_server", str(args.latency)],
        cwd=root, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        base_url = server.stdout.readline().strip()
        options = Options(model="compatible/test-model", base_url=base_url, max_reasks=0)
        backend = make_backend(options)
        print(
            f"server latency {args.latency * 1000:.0f} ms (separate process); cache off; JSONL output"
        )
        print(
            f"{'concurrency':>11} {'articles':>8} {'seconds':>8} {'articles/s':>10} {'ideal':>7} {'ratio':>6}"
        )
        for concurrency in (1, 4, 16, 64):
            count = max(16, concurrency * args.articles_per_slot)
            articles = [
                Article(id=f"b{concurrency}-{n}", text=f"ARTICLE-{n} The council met on day {n}.")
                for n in range(count)
            ]
            with tempfile.TemporaryDirectory() as folder:
                sink = Sink(str(Path(folder) / "out.jsonl"), None, many=True)
                settings = BatchSettings(concurrency=concurrency)
                started = time.perf_counter()
                stats = asyncio.run(run_batch(articles, backend, sink, Ledger(sink), settings))
                seconds = time.perf_counter() - started
            assert stats.done == count, stats
            rate = count / seconds
            ideal = concurrency / args.latency
            print(
                f"{concurrency:>11} {count:>8} {seconds:>8.2f} {rate:>10.1f} {ideal:>7.1f} {rate / ideal:>6.2f}"
            )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
