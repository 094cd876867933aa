"""Built-in checker plugin ``attribution``: who said it, and does the article support what it attributes.

The ``attribution`` checker judges how an article attributes its words
(docs/checkers/attribution.md has every verdict, its preconditions and its abstentions):

* **speaker** (:mod:`.attribution_speaker`) — one ``pass`` per named speaker; ``info`` per
  quote from an anonymous source; ``warn`` for a direct quote nothing in the document could
  attribute, ``unknown`` with the reason for a quote whose speaker was only not found;
* **headline** (:mod:`.attribution_headline`) — an attributed headline supported by a quote
  (``pass``), only by paraphrase (``warn`` for a "Speaker: claim" headline) or by nothing in
  the body (``warn``); words it puts in quote marks must be in the body;
* **headline-owner** (:mod:`.attribution_headline_owner`) — headline quoted words the headline
  gives to a named person or body ("'…,' says INMO chief") that the body quotes only from someone
  else, nothing tying that quote to the one named (``warn``);
* **headline-figure** — a headline figure the body does not give, where a body figure counts
  the same thing (``warn``);
* **paraphrase** (:mod:`.attribution_paraphrase`) — the writer's paraphrase against the same
  speaker's quote: figures must agree (``fail`` when no reading reconciles them), a dropped or
  added qualifier is ``warn``, and so is a dropped negation (:mod:`.attribution_polarity`);
* **misattributed** (:mod:`.attribution_borrowed`) — words in quote marks the writer gives to one
  person ("Picard's criticism that the plan was “a tax on the poor”") that the article quotes
  from another and never from that person (``warn``);
* **quoted-twice** (:mod:`.attribution_twice`) — one quoted sentence of eight words or more given
  to two people (``warn``);
* **identity** — roles given to one speaker must not contradict (``warn``);
* **insertion** — bracketed words inside a quote are the writer's (``info``);
* **unattributed-figure** — a statement of fact with a figure and no speaker or
  cited source (``info``).

Every verdict's ``data["check"]`` names which of these it is.  The checker reads only the
public :class:`~factcheck.model.Report`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from factcheck import Checker, Report, Status, Verdict, checker, hookimpl
from factcheck.first_chars import looking_first
from factcheck.model import Figure
from factcheck.word_index import WordGate

from .attribution_borrowed import borrowed_verdicts
from .attribution_context import Context, short
from .attribution_figures import figure_interval
from .attribution_headline import headline_verdicts
from .attribution_headline_figures import headline_figure_verdicts
from .attribution_headline_owner import headline_owner_verdicts
from .attribution_identity import identity_verdicts, insertion_verdicts
from .attribution_paraphrase import paraphrase_verdicts
from .attribution_speaker import speaker_verdicts
from .attribution_twice import quoted_twice_verdicts

__all__ = [
    "ATTRIBUTION",
    "Context",
    "check_attribution",
    "factcheck_checkers",
    "unattributed_verdicts",
    "unsure_as_unresolved",
]

#: The old private name of :class:`Context`, kept for callers of the index.
_Context = Context


# ------------------------------------------------------------------ claims without a source

CITED = re.compile(
    r"\baccording to\b|\bconducted by\b|\b(?:reports?|surveys?|polls?|stud(?:y|ies)|census|data|figures|"
    r"statistics|estimates?|tally|records?|assessments?|analys[ie]s|officials?|authorities|police|media)\b"
    r"[^.]{0,80}?\b(?:shows?|showed|show(?:ing)?|found|finds|puts?|says?|said|suggests?|indicates?|reported|"
    r"estimated?|confirm(?:s|ed|ing)?)\b|\b(?:said|says|say|told|reported|reports?|report(?:ing)?|announced|"
    r"estimated|estimates|quoted|cited|predict(?:s|ed|ing)?|project(?:s|ed|ing)|forecasts?|forecasting|"
    r"confirm(?:s|ed|ing)|polled|surveyed|respondents)\b",
    re.I,
)
CITED = looking_first(CITED)  # same matches, tried only where one can start
CITED_GATE = WordGate(CITED)  # tried only in words holding one of its words
#: Words of a figure that describe rather than state: ages and durations ("16-year-old", "two years").
DESCRIPTIVE = re.compile(r"-year-old|\bunder-five\b|-day\b|-week\b|-month\b", re.I)
TIME_UNITS = frozenset("year years day days week weeks month months hour hours minute minutes".split())
#: A statement of fact has at least this many words (a table row "Australian 1" is not one).
MIN_STATEMENT_WORDS = 4


def _stated(ctx: Context, figure: Figure) -> bool:
    """True for a figure that states a quantity, not an age or a duration that describes something."""
    text = ctx.report.document.text
    around = text[figure.span.start : min(len(text), figure.span.end + 10)]
    unit = (figure.unit or "").lower().split()
    compound = re.match(r"-[A-Za-z]", text[figure.span.end : figure.span.end + 2]) is not None  # "19-nation"
    return not compound and not DESCRIPTIVE.search(around) and not (unit and unit[-1] in TIME_UNITS)


def unattributed_verdicts(ctx: Context) -> Iterator[Verdict]:
    """``info`` for a statement of fact with a figure and no speaker or cited source."""
    report = ctx.report
    body = [f for f in report.figures if not (ctx.title and ctx.title.contains(f.span))]
    for claim in report.claims:
        if claim.speaker is not None or claim.quote is not None or not claim.figures or claim.sources:
            continue
        words = ctx.words(claim.span)
        if CITED_GATE.search(words) or len(words.split()) < MIN_STATEMENT_WORDS:
            continue
        figures = [f for f in (report.figure(i) for i in claim.figures) if _stated(ctx, f)]
        if not figures:
            continue
        if ctx.in_title(claim.span) and all(
            any(
                b.is_percent == f.is_percent
                and (b.value == f.value or figure_interval(b).intersects(figure_interval(f)))
                for b in body
            )
            for f in figures
        ):
            continue  # the headline's figure is stated again in the body, which is judged there
        shown = ", ".join(f"'{ctx.words(f.span)}'" for f in figures)
        yield Verdict(
            Status.INFO,
            f"unattributed figure: {shown} in '{short(words, 60)}'",
            claim=claim.id,
            details=(
                "A statement of fact with a figure, given in the writer's own voice: no speaker and "
                "no cited source says where the number comes from."
            ),
            evidence=[claim.span] + [f.span for f in figures],
            data={"check": "unattributed-figure", "speaker": None, "figures": [f.id for f in figures]},
        )


# ------------------------------------------------------------------ the checker


def unsure_as_unresolved(report: Report) -> Report:
    """The report with the speaker of each doubtful quote (``Quote.doubt``) and of its claim left
    out, so the checks that rest on who spoke treat it as a quote whose speaker was not found."""
    doubtful = {q.id for q in report.quotes if q.doubt}
    if not doubtful:
        return report
    return attrs.evolve(
        report,
        quotes=[attrs.evolve(q, speaker=None) if q.id in doubtful else q for q in report.quotes],
        claims=[attrs.evolve(c, speaker=None) if c.quote in doubtful else c for c in report.claims],
    )


@checker("attribution")
def check_attribution(report: Report) -> Iterator[Verdict]:
    """Judge how the article attributes quotes and claims: speakers, headline, paraphrase, roles, sources."""
    ctx = Context.of(report)
    # a quote whose speaker is in doubt (Quote.doubt) is, for every verdict resting on its speaker,
    # a quote whose speaker was not found: the speaker check says 'unknown' with the reason
    unsure = Context.of(unsure_as_unresolved(report))
    yield from speaker_verdicts(unsure)
    yield from headline_verdicts(ctx)
    yield from headline_owner_verdicts(unsure)
    yield from headline_figure_verdicts(ctx)
    yield from paraphrase_verdicts(unsure, report)
    yield from borrowed_verdicts(unsure)
    yield from quoted_twice_verdicts(unsure)  # a doubtful speaker is no second person
    yield from identity_verdicts(ctx)
    yield from insertion_verdicts(ctx)
    yield from unattributed_verdicts(ctx)


ATTRIBUTION: Checker = check_attribution


@hookimpl
def factcheck_checkers() -> Sequence[Checker]:
    """Return this plugin's checker: ``attribution``."""
    return [ATTRIBUTION]
