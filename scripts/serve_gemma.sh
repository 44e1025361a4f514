#!/usr/bin/env bash
# Serve Gemma 3 270M on 127.0.0.1 (foreground; Ctrl-C stops it), e.g. for the live-model tests:
#   bash scripts/serve_gemma.sh 8089 &
#   SUMMARIZER_LIVE_MODEL=1 .venv/bin/pytest -m live_model
set -euo pipefail
source "$(dirname "$0")/gemma_setup.sh"
exec $(gemma_server_command "${1:-8089}")
