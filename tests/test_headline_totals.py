"""A headline's figure that totals figures the body tells apart ("Bombs kill at least 23" over a
truck bomb's 14 dead and a roadside bomb's nine) is no figure the body fails to give: neither the
attribution checker's headline figures nor the numeric checker's restatements warn on it, and both
say why.  A headline figure no such total gives still warns.  The articles are written for these
tests, in a wire service's style."""

from __future__ import annotations

from factcheck import Document, check
from factcheck.model import Status

BODY = (
    "BASRA, Iraq (Reuters) - A truck bomb exploded near a busy market in the port city of Basra on "
    "Tuesday, killing at least 14 people and wounding more than 50 others, police said.\n\n"
    "Hours earlier, a roadside bomb in the port city killed nine people and wounded at least 20 "
    "others near a checkpoint, medical sources said.\n\n"
    "No group claimed responsibility for either attack.\n"
)


def _verdicts(headline: str) -> list[tuple[str, Status, str]]:
    report = check(Document(text=f"{headline}\n\n{BODY}"))
    return [(v.checker, v.status, v.summary) for v in report.verdicts]


def test_a_headline_total_of_two_tolls_is_no_alarm_and_says_why() -> None:
    verdicts = _verdicts("Bombs kill at least 23 in port city")
    assert not [v for v in verdicts if v[1] in (Status.FAIL, Status.WARN)]
    reasons = {
        (checker, summary.split(": ")[-1])
        for checker, status, summary in verdicts
        if status is Status.UNKNOWN
    }
    assert ("attribution", "headline figure 'at least 23' may total figures of the body") in {
        (c, s) for c, _, s in verdicts
    }
    assert ("numeric", "the headline may total figures of the body") in reasons


def test_a_headline_figure_no_total_gives_still_warns() -> None:
    verdicts = _verdicts("Bombs kill at least 31 in port city")
    assert [v for v in verdicts if v[1] is Status.WARN]
