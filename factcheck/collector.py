"""Python's cyclic garbage collector, paused over the work on one document.

A report holds hundreds of thousands of small objects for a long article (tokens, phrases,
mentions, figures), nearly all of them alive until the report is done.  While they pile up, each
full collection traverses every one of them again, so the collector's share of a check grows
with the document: measured on one document of 5 MB of news text (docs/performance.md, round 7),
a quarter of the check, against nothing measurable at 1 MB.  Reference counting still frees
everything that is not in a cycle while the collector is paused, and extraction makes almost no
cyclic garbage (the same peak memory at 1 MB and 5 MB with the collector on or off); what cycles
there are go at the first collection after the document.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block and turn it back on after.

    Nested and concurrent uses are safe: only the block that turned the collector off turns it
    on again, and a collector the caller had turned off stays off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
