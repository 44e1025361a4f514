"""Bytes to text, refusing binary data and undecodable bytes with a message that says where."""

from __future__ import annotations

from summarizer.errors import InputError

_BINARY_PROBE = 8192


def decode_bytes(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM is dropped); binary or non-UTF-8 input is an `InputError`."""
    if b"\x00" in data[:_BINARY_PROBE]:
        raise InputError(f"{source}: looks like binary data, not article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            f"{source}: not valid UTF-8 (byte 0x{bad} at offset {exc.start}); convert it to UTF-8"
        ) from exc
