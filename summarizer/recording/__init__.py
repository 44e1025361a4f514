"""Recorded model responses (vcrpy cassettes): record, replay, fingerprint, scrub."""
