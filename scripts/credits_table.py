"""Print the README's credits table for the Wikinews articles in evals/suite.json (run by hand).

    python scripts/credits_table.py > /tmp/credits.md

CC BY 2.5 asks for credit with each article's own URL; tests/test_gold.py checks that README.md
lists every one.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    suite = json.loads((ROOT / "evals" / "suite.json").read_text(encoding="utf-8"))
    print("| article | source |")
    print("|---|---|")
    for entry in suite["articles"]:
        if entry.get("url"):
            print(f"| {entry['title']} ({entry['date']}) | [{entry['url']}]({entry['url']}) |")


if __name__ == "__main__":
    main()
