"""Plain-text utilities with character offsets: sentences and chunks."""
