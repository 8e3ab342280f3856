"""gzip for cached pages with holes: the fixed parts are compressed once.

Each fixed part is compressed on its own and ends with a full flush, which
byte-aligns the output and forgets the history, so compressed parts can be
joined in any order with the per-request values (nonce, CSRF token, address),
sent as uncompressed (stored) deflate blocks, into one valid gzip stream (RFC
1951/1952). A visitor's secret is therefore never compressed at all, let alone
in a window with text anyone else chose: compressed sizes reveal nothing about
it (BREACH), and no answer costs a compression.
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


def stored_part(data: bytes) -> bytes:
    """``data`` as uncompressed deflate blocks (RFC 1951 3.2.4: BTYPE 00),
    which need no compressor and stay byte-aligned: for the per-visitor values,
    which are short and random, so compressing them gains nothing and costs a
    compressor's setup per answer."""
    blocks = []
    for start in range(0, len(data), 0xFFFF):
        chunk = data[start : start + 0xFFFF]
        blocks.append(
            b"\x00" + struct.pack("<HH", len(chunk), len(chunk) ^ 0xFFFF) + chunk
        )
    return b"".join(blocks)


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
    ``value(placeholder)``, sent uncompressed in a block of its own."""
    plain, packed = [], [HEADER]
    done: dict[str, tuple[bytes, bytes]] = {}
    for part in parts:
        if isinstance(part, str):
            if part not in done:
                data = value(part).encode()
                done[part] = (data, stored_part(data))
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
