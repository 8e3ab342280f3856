"""gzip for cached pages with holes: the fixed parts are compressed once.

Each fixed part is compressed on its own and ends with a full flush, which
byte-aligns the output and forgets the history, so compressed parts can be
joined in any order with separately compressed per-request values (nonce, CSRF
token, address) into one valid gzip stream (RFC 1951/1952). A visitor's secret
therefore never shares a compression window with text anyone else chose:
compressed sizes reveal nothing about it (BREACH), and no answer costs a full
compression.
"""

import struct
import zlib
from collections.abc import Callable

HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # gzip, no name, no mtime
FINAL = b"\x03\x00"  # an empty final block


def deflate_part(data: bytes) -> bytes:
    """Raw deflate of ``data``, byte-aligned, independent of what surrounds it."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


def split(text: str, placeholders: list[str]) -> list:
    """``text`` as alternating fixed parts ``(bytes, deflated bytes)`` and
    placeholder names (str), for ``assemble``."""
    parts: list = []
    rest = text
    while True:
        hits = [(rest.find(p), p) for p in placeholders if p in rest]
        if not hits:
            break
        index, placeholder = min(hits)
        fixed = rest[:index].encode()
        parts.append((fixed, deflate_part(fixed)))
        parts.append(placeholder)
        rest = rest[index + len(placeholder) :]
    fixed = rest.encode()
    parts.append((fixed, deflate_part(fixed)))
    return parts


def assemble(parts: list, value: Callable[[str], str]) -> bytes:
    """One gzip body: fixed parts as stored, each placeholder replaced by
    ``value(placeholder)`` (compressed now, on its own)."""
    plain, packed = [], [HEADER]
    done: dict[str, tuple[bytes, bytes]] = {}
    for part in parts:
        if isinstance(part, str):
            if part not in done:
                data = value(part).encode()
                done[part] = (data, deflate_part(data))
            plain.append(done[part][0])
            packed.append(done[part][1])
        else:
            plain.append(part[0])
            packed.append(part[1])
    crc, size = 0, 0
    for data in plain:
        crc = zlib.crc32(data, crc)
        size += len(data)
    packed.append(FINAL)
    packed.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return b"".join(packed)


def join(parts: list, value: Callable[[str], str]) -> bytes:
    """The uncompressed body of ``parts``: fixed parts as stored, each
    placeholder replaced by ``value(placeholder)``."""
    encoded: dict[str, bytes] = {}
    pieces = []
    for part in parts:
        if isinstance(part, str):
            if part not in encoded:
                encoded[part] = value(part).encode()
            pieces.append(encoded[part])
        else:
            pieces.append(part[0])
    return b"".join(pieces)
