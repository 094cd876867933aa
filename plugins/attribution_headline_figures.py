"""The ``attribution`` checker's headline figures: a figure of the headline against the body's.

Preconditions (docs/checkers/attribution.md, section 2b): a headline figure is compared with the
body's figures of the same kind (percent-ness, currency), written in digits (no bare year) or, when
it names what it counts, in words, and then only with a figure counting the same named thing;
``pass`` when one agrees at the precision of the less precise, ``warn`` when a figure counting the
same thing in a sentence sharing the headline's words differs under every reading; otherwise no
verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from factcheck.model import Figure, Status, Verdict

from .attribution_context import Context
from .attribution_figures import restates, same_unit, within_factor
from .attribution_headline_changes import told_as_like_change
from .attribution_headline_passed import passed_bound_met
from .attribution_headline_reads import bound_met, is_margin, margin_told, truncates, years_told_by_a_year
from .attribution_rules import content_words
from .figure_totals import parts_totalling

__all__ = ["headline_figure_verdicts"]


#: A year standing alone ("in 2016") is a date, not a quantity to compare.
YEAR_LIKE = (1800, 2100)
#: The reach, in characters either side, of the words read around a body figure.
FIGURE_REACH = 150


#: A number written as a word, from two to twenty ("five", "Twelve"), ending the figure's words.
NUMBER_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)$",
    re.I,
)


def _is_quantity(ctx: Context, figure: Figure) -> bool:
    """True for a figure written in digits that is not a bare year, or a number in words that names
    what it counts ("five key trends"; see :func:`_spelled`)."""
    words = ctx.words(figure.span)
    if not re.search(r"\d", words):
        # "two", "a dozen" alone: too common to pair across headline and body; "two-front war",
        # "Thousands of shootings": a compound and a vague amount, no count
        text = ctx.report.document.text
        compound = text[figure.span.end : figure.span.end + 1] in "-‐–"
        return bool(figure.unit) and NUMBER_WORD.search(words) is not None and not compound
    bare_year = (
        figure.value == int(figure.value)
        and YEAR_LIKE[0] <= figure.value <= YEAR_LIKE[1]
        and not (figure.is_percent or figure.currency or figure.unit)
        and "," not in words
    )
    return not bare_year


def _spelled(ctx: Context, figure: Figure) -> bool:
    """True for a number written in words ("five"): it pairs across headline and body only with a
    figure that counts the same named thing ("5 things to watch" / "five things to watch"), since
    small numbers in words are everywhere in news text."""
    return not re.search(r"\d", ctx.words(figure.span))


#: Significant digits of a figure written in digits ("187", "1,237", "2.35").
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _precise(ctx: Context, figure: Figure) -> bool:
    """True when the figure's digits give three or more significant digits ("412,000", "1.97")."""
    token = _DIGITS.search(ctx.words(figure.span))
    return token is not None and len(re.sub(r"\D", "", token.group(0)).strip("0")) >= 3


def _same_precise(ctx: Context, figure: Figure, other: Figure) -> bool:
    """True when both give one value of three or more significant digits ("rises to 187" / "At
    least 187 people were killed"): a number that precise is the headline's own, told again,
    whatever words the body puts around it ("toll" and "killed")."""
    if figure.value != other.value:
        return False
    token = _DIGITS.search(ctx.words(figure.span))
    return token is not None and len(re.sub(r"\D", "", token.group(0)).strip("0")) >= 3


#: "from" and up to four words before the first figure of a change ("from a record low of 0.1 per cent"),
#: unless a word of range comes before it ("estimates range from 10% to 20%": a range indeed).
_FROM_BEFORE = re.compile(
    r"(?<!\brange )(?<!\branges )(?<!\branging )(?<!\bvary )(?<!\bvaries )"
    r"(?<!\bvarying )\bfrom\s+(?:[^\s\d]+\s+){0,4}$",
    re.I,
)


def _as_stated(ctx: Context, figure: Figure) -> Figure:
    """A figure read as its own value when the extractor pairs it with another as a range across
    "from … to" ("rose from a record low of 0.1 per cent to 4.35 per cent"): that is a change
    between two values, and neither end holds the values between them."""
    if figure.range_with is None or figure.lower is None or figure.upper is None:
        return figure
    first = min(
        (f for f in ctx.report.figures if f.id in (figure.id, figure.range_with)), key=lambda f: f.span.start
    )
    text = ctx.report.document.text
    if not _FROM_BEFORE.search(text, max(0, first.span.start - 60), first.span.start):
        return figure
    return attrs.evolve(figure, lower=figure.value, upper=figure.value, range_with=None)


def _context_words(ctx: Context, figure: Figure) -> set[str]:
    """Content words within :data:`FIGURE_REACH` characters of a figure, inside its paragraph."""
    text = ctx.report.document.text
    left, right = figure.span.start - FIGURE_REACH, figure.span.end + FIGURE_REACH
    line_start = text.rfind("\n", 0, figure.span.start) + 1
    line_end = text.find("\n", figure.span.end)
    left, right = max(left, line_start), min(right, len(text) if line_end < 0 else line_end)
    return set(content_words(text[left : figure.span.start] + " " + text[figure.span.end : right]))


def _by_sentence(ctx: Context, figures: list[Figure]) -> list[list[Figure]]:
    """The figures grouped by the report's sentence they start in."""
    groups: dict[int, list[Figure]] = {}
    for figure in figures:
        number = next(
            (i for i, s in enumerate(ctx.report.sentences) if s.start <= figure.span.start < s.end), -1
        )
        groups.setdefault(number, []).append(figure)
    return list(groups.values())


def headline_figure_verdicts(ctx: Context) -> Iterator[Verdict]:
    """A figure in the headline against the body's figures of the same kind.

    ``pass`` when some body figure agrees (at the precision of the less precise); ``warn`` when
    none does and a body figure counting the same named thing (or, when neither names one,
    one of the same kind) sits among at least two of the headline's content words; else no verdict.
    """
    title = ctx.headline
    if title is None:
        return
    report = ctx.report
    body = [_as_stated(ctx, f) for f in report.figures if f.span.start >= title.end and _is_quantity(ctx, f)]
    headline_words = set(content_words(ctx.words(title)))
    for figure in ctx.figures_in(title):
        if not _is_quantity(ctx, figure):
            continue
        words = ctx.words(figure.span)
        kin = [
            b
            for b in body
            if b.is_percent == figure.is_percent
            and b.currency == figure.currency
            and (not (_spelled(ctx, figure) or _spelled(ctx, b)) or same_unit(figure, b))
        ]
        data: dict[str, object] = {"check": "headline-figure", "figure": figure.id}
        around = [(len(headline_words & _context_words(ctx, other)), other) for other in kin]
        # the same number among the headline's words restates it, whatever noun each names ("71 deaths",
        # "71 people have died"); a differing one is compared only when it counts the same thing
        related = [
            (n, other)
            for n, other in around
            if not (figure.unit and other.unit and not same_unit(figure, other))
        ]
        agreeing = next(
            (
                other
                for shared, other in around
                if restates(figure, other, words, ctx.words(other.span))
                and (
                    shared >= 1
                    or bool(figure.unit and other.unit and same_unit(figure, other))
                    or _same_precise(ctx, figure, other)
                    # "rents climb 6.5%" / "The increase of 1,500 baht, or 6.5%": one change told
                    # twice, whatever words stand near it (round prec22)
                    or told_as_like_change(report.document.text, figure, title.start, other)
                )
            ),
            None,
        )
        if agreeing is None:
            # an open bound the body meets, a truncated figure, a margin of two shares (round alarm16)
            agreeing = next(
                (
                    other
                    for shared, other in around
                    if (shared >= 1 and bound_met(figure, other))
                    # "crosses Rs 200 crore" over "Rs 212 crore": a verb of passing bounds it (alarm18)
                    or (shared >= 1 and passed_bound_met(report.document.text, figure, other))
                    # "€412,000" for "€412,680": three leading digits kept are the headline's own
                    or (truncates(figure, other, words) and (shared >= 1 or _precise(ctx, figure)))
                ),
                None,
            )
        if agreeing is None and years_told_by_a_year(report.document.text, figure.span.end, title.end):
            continue  # "end 19-year wait" over "their first title since 1994": the date is not given
        if agreeing is None and is_margin(figure):
            if margin_told(figure, _by_sentence(ctx, body), words):
                continue  # "by 10 points" over "54.7% … 44.3%": the difference of two shares the body gives
            # a margin is compared only with another figure of points, never with a count of seats
            related = [(n, other) for n, other in related if is_margin(other)]
        if agreeing is not None:
            yield Verdict(
                Status.PASS,
                f"headline figure '{words}' is given in the body",
                details=f"The body gives '{ctx.words(agreeing.span)}', which agrees with the headline's.",
                evidence=[figure.span, agreeing.span],
                data={**data, "body": agreeing.id},
            )
            continue
        best: tuple[int, Figure] | None = None
        for shared, other in related:
            if not within_factor(figure, other):
                continue  # further apart than a factor 2, the two count different things
            if shared >= 2 and (best is None or shared > best[0]):
                best = (shared, other)
        if best is None:
            continue  # nothing in the body counts the same thing: no verdict
        # every body figure of the kind, in words too ("killed nine people"): the parts of a total
        parts = parts_totalling(figure, body)
        if parts:
            # "Bombs kill at least 23" over "killing at least 14 people" and "killed nine people": the
            # headline totals what the body tells apart
            yield Verdict(
                Status.UNKNOWN,
                f"headline figure '{words}' may total figures of the body",
                details=(
                    f"No single figure of the body gives '{words}', but "
                    + " and ".join(f"'{ctx.words(p.span)}'" for p in parts)
                    + " add up to it: the headline may count them together."
                ),
                evidence=[figure.span, *(p.span for p in parts)],
                data={**data, "parts": [p.id for p in parts]},
            )
            continue
        other = best[1]
        yield Verdict(
            Status.WARN,
            f"headline figure '{words}' is not in the body, which gives '{ctx.words(other.span)}'",
            details=(
                f"The headline says '{words}'; no figure of the body agrees with it, even rounded, and the "
                f"body's '{ctx.words(other.span)}' stands among {best[0]} of the headline's words."
            ),
            evidence=[figure.span, other.span],
            data={**data, "body": other.id, "shared_words": best[0]},
        )
