"""The LLM backend: instructor over the openai SDK, for OpenAI and OpenAI-compatible servers."""
