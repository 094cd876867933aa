"""A Bloom filter of the keys one level of the quote index holds, so that a search seeks a level
only for the keys it may hold (schema 8, :mod:`factcheck.store.staging`).

The quote index is in levels (B-trees of ``(key, length, quote)``); a search looks each run of its
words up in every level, one seek a run a level, though most runs of a new quote are held by none.
Each level has a filter, kept in the store beside it (``quote_key_filters``, written in the same
transaction as the level's rows): a bit array in which every key of the level has set two bits.  A
key whose two bits are not both set is in no row of the level, so the search leaves that level out
for it; a key whose bits are set may be (about one key in fifty that is not is let through: it then
costs the seek it always cost).  A filter never misses a key of its level, so searches find what
they found without it.

Keys are already hashes (BLAKE2b, :func:`~factcheck.store.keys.quote_keys`), so the two bits are two
slices of the key: its low bits and the bits from the 32nd up.  A filter has a power of two of bits,
at least :data:`BITS_PER_ROW` a row when it is built; when rows added since make fewer than
:data:`REBUILD_BELOW` a row, it is built again, larger, from the level.  Removing a document leaves
its keys' bits set: a filter may then let a few more keys through, never fewer.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

__all__ = [
    "BITS_PER_ROW",
    "MAX_BITS",
    "MIN_BITS",
    "REBUILD_BELOW",
    "KeyFilter",
    "KeyFilterBuilder",
    "filter_bits",
]

BITS_PER_ROW = 16
"""Bits a row when a filter is built: about one absent key in seventy let through (two bits a key)."""

REBUILD_BELOW = 10
"""A filter with fewer bits than this a row added is built again for its level (one in thirty)."""

MIN_BITS = 1 << 16
"""The smallest filter (8 KiB)."""

MAX_BITS = 1 << 32
"""The largest filter (512 MiB, some 268 million rows): the two slices of a key must not overlap."""


def filter_bits(rows: int) -> int:
    """The bits of a filter built for ``rows`` rows: a power of two, at least :data:`BITS_PER_ROW`
    a row, within :data:`MIN_BITS` and :data:`MAX_BITS`."""
    bits = MIN_BITS
    while bits < rows * BITS_PER_ROW and bits < MAX_BITS:
        bits <<= 1
    return bits


class KeyFilter:
    """The filter of one level: :meth:`add` keys, ask :meth:`may_hold`; :attr:`data` is what is stored."""

    __slots__ = ("data", "mask")

    def __init__(self, bits: int, data: bytes | None = None) -> None:
        """A filter of ``bits`` bits (a power of two), empty, or holding the stored ``data``."""
        if bits & (bits - 1) or not MIN_BITS <= bits <= MAX_BITS:
            raise ValueError(f"a key filter has a power of two of bits, not {bits}")
        if data is not None and len(data) * 8 != bits:
            raise ValueError(f"stored key filter of {len(data)} bytes, not {bits // 8}")
        self.mask = bits - 1
        self.data = bytearray(data) if data is not None else bytearray(bits // 8)

    @classmethod
    def stored(cls, data: bytes) -> KeyFilter:
        """The filter whose bits are ``data`` (as :attr:`data` was stored)."""
        return cls(len(data) * 8, data)

    @property
    def bits(self) -> int:
        """How many bits the filter has."""
        return self.mask + 1

    def add(self, keys: Iterable[int]) -> None:
        """Set the two bits of each key."""
        data, mask = self.data, self.mask
        for key in keys:
            low = key & mask
            data[low >> 3] |= 1 << (low & 7)
            high = (key >> 32) & mask
            data[high >> 3] |= 1 << (high & 7)

    def may_hold(self, key: int) -> bool:
        """False when no key added set both of this key's bits: the level holds no row of it."""
        low = key & self.mask
        if not self.data[low >> 3] >> (low & 7) & 1:
            return False
        high = (key >> 32) & self.mask
        return bool(self.data[high >> 3] >> (high & 7) & 1)

    def clear(self) -> None:
        """Unset every bit (the level was emptied); the size stays."""
        self.data = bytearray(len(self.data))


class KeyFilterBuilder:
    """``factcheck_key_filter(key)``, an SQL aggregate: the stored filter of the keys it is given,
    of :func:`filter_bits` for their number (the migration that adds the filters builds them so)."""

    def __init__(self) -> None:
        """No key yet."""
        self.keys = array("q")

    def step(self, key: int) -> None:
        """One more key."""
        self.keys.append(key)

    def finalize(self) -> bytes:
        """The filter's bits."""
        found = KeyFilter(filter_bits(len(self.keys)))
        found.add(self.keys)
        return bytes(found.data)
