"""Source tagging: publisher detection, registry tags and cited origins."""

from __future__ import annotations

from factcheck.extract.publisher import find_publisher


def test_seed_publisher_from_source_line(seed_text: str) -> None:
    found = find_publisher(seed_text)
    assert found is not None
    name, span = found
    assert name == "RT"
    assert span.of(seed_text) == "RT"
    assert seed_text[: span.start].rstrip().endswith("Source:")
