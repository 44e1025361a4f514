"""The offline backend: deterministic rules, no model, no network."""
