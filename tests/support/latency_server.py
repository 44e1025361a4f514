"""Run the scripted TEST DOUBLE in its own process, answering every request after a fixed delay.

    python -m tests.support.latency_server 0.2     # prints its base URL, serves until killed

Used by benchmarks/batch_throughput.py, so the server's own Python work does not share the
client's interpreter lock (a real API server runs elsewhere too).
"""

from __future__ import annotations

import sys
import time

from tests.support.scripted_server import Reply, ScriptedServer, json_completion


def main() -> None:
    latency = float(sys.argv[1]) if len(sys.argv) > 1 else 0.2
    ok = json_completion({"headline": "h", "summary": "s"})
    with ScriptedServer(default=lambda body: Reply(200, ok.body, {}, latency)) as server:
        print(server.base_url, flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
