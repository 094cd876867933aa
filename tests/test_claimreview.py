"""ClaimReview a desk can publish, validated against Google's fact-check structured-data fields.

Source of the field lists: Google Search Central, "Fact check (ClaimReview) structured data",
https://developers.google.com/search/docs/appearance/structured-data/factcheck (required and
recommended properties of ClaimReview, Claim and Rating), and the schema.org types
https://schema.org/ClaimReview, https://schema.org/Claim, https://schema.org/Rating.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.model import Status
from factcheck.render import CLAIMREVIEW_RATINGS, claimreview

#: Google: ClaimReview requires claimReviewed, reviewRating and url; recommends author, datePublished
#: and itemReviewed.  Claim recommends appearance, author and datePublished (and firstAppearance).
#: Rating requires alternateName; recommends bestRating, ratingValue and worstRating (and name).
GOOGLE_REQUIRED = {
    "ClaimReview": ("claimReviewed", "reviewRating", "url"),
    "Rating": ("alternateName",),
}
GOOGLE_RECOMMENDED = {
    "ClaimReview": ("author", "datePublished", "itemReviewed"),
    "Claim": ("appearance", "author", "datePublished"),
    "Rating": ("bestRating", "ratingValue", "worstRating"),
}
#: schema.org: the types each property expects (the ones used here).
SCHEMA_TYPES = {
    "itemReviewed": {"Claim"},
    "reviewRating": {"Rating"},
    "author": {"Person", "Organization"},
    "appearance": {"CreativeWork"},
    "publisher": {"Organization"},
    "affiliation": {"Organization"},
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ARTICLE_URL = "https://www.rt.com/news/426541-russians-fight-isis-prosecution/"
DESK = "https://checks.example.org/2026/12/rt-syromolotov"


def _validate(review: dict[str, Any]) -> None:
    """Every required field present and non-empty; every nested object of a type its property allows."""
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    for field in GOOGLE_REQUIRED["ClaimReview"] + GOOGLE_RECOMMENDED["ClaimReview"]:
        assert review.get(field), field
    for field in GOOGLE_REQUIRED["Rating"] + GOOGLE_RECOMMENDED["Rating"]:
        assert review["reviewRating"].get(field) not in (None, ""), field
    rating = review["reviewRating"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert all(isinstance(rating[k], int) for k in ("ratingValue", "bestRating", "worstRating"))
    assert ISO_DATE.match(review["datePublished"])

    def walk(node: Any, key: str | None) -> None:
        if isinstance(node, dict):
            if key in SCHEMA_TYPES:
                assert node.get("@type") in SCHEMA_TYPES[key], (key, node)
                assert node.get("name") or key in ("itemReviewed", "reviewRating", "appearance"), node
            for k, v in node.items():
                walk(v, k)

    walk(review, None)


@pytest.fixture(scope="module")
def published_seed(seed_text: str) -> factcheck.Report:
    document = factcheck.Document(
        text=seed_text,
        url=ARTICLE_URL,
        publisher="RT",
        published=dt.date(2018, 5, 12),
    )
    return factcheck.check(document)


def test_reviews_carry_every_field_google_requires_and_recommends(published_seed: factcheck.Report) -> None:
    options = {"reviewer": "The Daily Check", "reviewer_url": DESK, "review_date": "2026-12-06"}
    reviews = claimreview(published_seed, options)
    assert len(reviews) >= 2
    for review in reviews:
        _validate(review)
        item = review["itemReviewed"]
        for field in GOOGLE_RECOMMENDED["Claim"]:
            assert item.get(field), field
        assert item["appearance"]["url"] == ARTICLE_URL and item["datePublished"] == "2018-05-12"
        assert review["author"] == {"@type": "Organization", "name": "The Daily Check", "url": DESK}
        assert review["datePublished"] == "2026-12-06"
    urls = [r["url"] for r in reviews]
    assert len(set(urls)) == len(urls)  # one anchor per claim
    doc_id = published_seed.document.id
    assert set(urls) <= {f"{DESK}#claim-{doc_id}-{c.id}" for c in published_seed.claims}
    paraphrase = next(r for r in reviews if r["claimReviewed"].startswith("Over 4,000 Russian citizens"))
    assert paraphrase["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Oleg Syromolotov",
        "jobTitle": "Deputy Foreign Minister",
    }
    assert paraphrase["reviewRating"]["alternateName"] == "Needs context"  # the seed's paraphrase warning
    assert paraphrase["reviewBody"].startswith("attribution: paraphrase differs from the quote")


def test_the_rating_comes_from_the_one_documented_table(published_seed: factcheck.Report) -> None:
    judged = {s for s, rating in CLAIMREVIEW_RATINGS.items() if rating}
    assert judged == {Status.PASS, Status.WARN, Status.FAIL}
    docs = (Path(__file__).resolve().parent.parent / "docs" / "claimreview.md").read_text(encoding="utf-8")
    for status in judged:
        value, name = CLAIMREVIEW_RATINGS[status]  # type: ignore[misc]
        assert f"| `{status.value}` | {value} | {name} |" in docs
    for review in claimreview(published_seed, {"reviewer_url": DESK}):
        value = review["reviewRating"]["ratingValue"]
        assert (value, review["reviewRating"]["alternateName"]) in CLAIMREVIEW_RATINGS.values()


def test_the_writers_claim_is_the_outlets_and_an_unnamed_source_has_no_author(tmp_path: Path) -> None:
    text = (
        "Port reopens\n\n"
        "The port handled 40,000 containers in May and 35,000 in June, up from 30,000 in April.\n\n"
        "Officials said the port had handled more than 100,000 containers since January.\n"
    )
    report = factcheck.check(factcheck.Document(text=text, publisher="Harbour Times"))
    by_claim = {r["claimReviewed"]: r for r in claimreview(report, {"reviewer_url": DESK})}
    for words, review in by_claim.items():
        author = review["itemReviewed"].get("author")
        if words.startswith("The port handled"):
            assert author == {"@type": "Organization", "name": "Harbour Times"}
        if "since January" in words:
            assert author is None  # "officials" name nobody
        assert "appearance" in review["itemReviewed"]  # the publisher is known, the URL is not


def test_an_office_is_a_person_known_by_the_post() -> None:
    text = "Budget cuts\n\nThe finance minister said 4,000 of the 10,000 jobs at the agency would go.\n"
    report = factcheck.check(factcheck.Document(text=text, publisher="Daily Ledger"))
    [review] = claimreview(report, {"reviewer_url": DESK})
    _validate(review)
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "finance minister",
        "jobTitle": "finance minister",
    }


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_reviewer_from_the_options_or_the_configuration(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text(
        '[claimreview]\nreviewer = "Harbour Checks"\nreviewer_url = "https://harbour.example/checks"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("FACTCHECK_CONFIG", str(config))
    status, out, _ = _run("check", str(seed_path), "-f", "claimreview", "--review-date", "2026-12-01")
    assert status == 0
    reviews = json.loads(out)
    assert {r["author"]["name"] for r in reviews} == {"Harbour Checks"}
    assert all(r["url"].startswith("https://harbour.example/checks#claim-") for r in reviews)
    assert {r["datePublished"] for r in reviews} == {"2026-12-01"}
    status, out, _ = _run(
        "check", str(seed_path), "-f", "claimreview", "--reviewer", "Desk", "--reviewer-url", DESK + "#top"
    )
    reviews = json.loads(out)
    assert {r["author"]["name"] for r in reviews} == {"Desk"}  # the options win
    assert all(r["url"].startswith(DESK + "#claim-") for r in reviews)  # its own fragment replaced
    config.write_text('[claimreview]\nreviewer = "Desk"\ncolour = "red"\n', encoding="utf-8")
    status, _, err = _run("check", str(seed_path), "-f", "claimreview")
    assert status == 2 and "[claimreview] takes no key 'colour'" in err
    with pytest.raises(SystemExit):
        _run("check", str(seed_path), "-f", "claimreview", "--reviewer-url", "desk.example")
