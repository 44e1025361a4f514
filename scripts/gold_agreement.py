"""Print how often the second reading of the gold speakers agrees with the gold, per split.

    python scripts/gold_agreement.py [--list]

`--list` also prints each disagreement (article, quote, gold speaker, second speaker). See
evals/second_reading/README.md for how the second reading was made and adjudicated.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from summarizer.evaluation.agreement import load_second_reading, speaker_agreement, stale_labels
from summarizer.evaluation.gold import Suite

EVALS = Path(__file__).resolve().parent.parent / "evals"


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval; it stays inside [0, 1] when agreement is near 1."""
    if trials == 0:
        return (0.0, 1.0)
    p = successes / trials
    centre = p + z * z / (2 * trials)
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials))
    scale = 1 + z * z / trials
    return ((centre - half) / scale, (centre + half) / scale)


def main(argv: list[str]) -> int:
    items = Suite.load(EVALS).items("all")
    labels = load_second_reading(EVALS / "second_reading" / "speakers.jsonl")
    stale = stale_labels(items, labels)
    if stale:
        print(f"{len(stale)} second-reading labels name no gold quote, e.g. {stale[0]}")
        return 1
    for split, result in sorted(speaker_agreement(items, labels).items()):
        low, high = wilson_interval(result.agreed, result.compared)
        share = result.agreed / result.compared if result.compared else float("nan")
        print(
            f"{split}: {result.agreed} of {result.compared} speakers agree ({share:.3f}, "
            f"95% CI {low:.3f}-{high:.3f}); {result.unlabeled} gold quotes without a second label"
        )
        if "--list" in argv:
            for d in result.disagreements:
                print(f"  {d.article} {d.quote}: gold {d.gold}, second {d.second}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
