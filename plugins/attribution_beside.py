"""Two readings of a figure outside quote marks that make it no restatement of a quoted figure
(the ``attribution`` checker's paraphrase check, :func:`.attribution_paraphrase.figure_restatements`).

* **A hyphen compound is an adjective** ("a 17-point deficit", "a 30-minute walk", "a 10-mile
  race"): the number and its unit, joined by a hyphen before a noun, measure that noun; they do not
  count the unit as "scored at least 20 points" does.  So a compound restates only a compound
  measuring the same noun ("a 20-point deficit"), never a plain count of its unit (the numeric
  checker reads such a compound as a label for the same reason, "10-year yield", "60-vote
  threshold": docs/checkers/numeric.md).
* **A sentence that gives the quote's figure itself sets its other figures beside it**: "The
  company's order book of £1.62bn compares with £1.41bn at the same point last year" restates the
  chief executive's "£1.62bn" in the writer's words, and its "£1.41bn" is another quantity (another
  year's, another firm's) that the writer compares it with, not a second telling of the quote's.
  The quote's own sentence does the same: "'… the number fell from 374 to 327,' said a resident
  of X, where the November average was 386" sets the place's 386 beside the quoted figures, in
  the attribution's own clause; a writer who restates a quote does it in a sentence of its own.
  Unless the clause tells the quote's count with the quote's own verb: "'We hired 400 nurses,'
  said the minister, whose department says it hired 250" gives the same count twice (the noun
  may be left unsaid, the verb names it), and is compared as a restatement.
* **A quoted figure the writer gives in the writer's own words is the writer's figure**: "Dairies
  paid 1.33 złoty …, down from 1.53 złoty a year earlier" and later a farmer's "A year ago we got
  1.53 złoty": the quote repeats the writer's figure.  A third figure of the writer's whose words
  are as near the writer's restatement as the quote's ("a carton … cost 2.79 złoty …, compared
  with 2.85 złoty a year earlier") is measured against that restatement (the numeric checker's
  restated figures, with their own preconditions of time and subject), not against the quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection

from factcheck.model import Figure, Span

from .attribution_context import Context
from .attribution_figures import agree_rounded, restates
from .attribution_rules import words_match
from .attribution_same_verb import told_with_same_verb

__all__ = ["compound", "measure_differs", "restated_beside", "told_again_beside", "told_by_writer"]

#: A hyphen right after a figure, the unit's letters, and the noun the compound measures:
#: "17-point deficit", "30-minute walk", "10-mile race".
COMPOUND_AFTER = re.compile(r"[-‐‑–]([A-Za-z]+)(?:[-‐‑–][A-Za-z]+)*\s+([A-Za-z]+)")


def compound(ctx: Context, figure: Figure) -> str | None:
    """The noun a figure measures when it opens a hyphen compound before it ("a 17-point deficit":
    "deficit"), else None: the compound is an adjective of that noun, no count of its unit."""
    match = COMPOUND_AFTER.match(ctx.report.document.text, figure.span.end)
    return match.group(2).lower() if match else None


def measure_differs(ctx: Context, figure: Figure, quoted: Figure) -> bool:
    """True when one figure is a compound and the other is not, or both are compounds of different
    nouns ("a 17-point deficit" against "scored at least 20 points", or "a 20-point win")."""
    mine, theirs = compound(ctx, figure), compound(ctx, quoted)
    if mine is None and theirs is None:
        return False
    return mine is None or theirs is None or not words_match(mine, theirs)


def _sentence(ctx: Context, span: Span) -> Span | None:
    """The report's sentence holding ``span`` (None when it straddles two)."""
    sentences = ctx.report.sentences
    at = bisect.bisect_right([s.start for s in sentences], span.start) - 1
    if at >= 0 and sentences[at].contains(span):
        return sentences[at]
    return None


def told_again_beside(ctx: Context, figure: Figure, quoted: Figure) -> bool:
    """True when ``figure`` stands in the sentence of the quote holding ``quoted`` and right after
    the very verb the quote tells its figure with: "'We hired 400 nurses,' said the minister,
    whose department says it hired 250" counts the quote's nurses again, the noun left unsaid."""
    sentence = _sentence(ctx, figure.span)
    return (
        sentence is not None
        and sentence.contains(quoted.span)
        and told_with_same_verb(ctx.report.document.text, figure, quoted)
    )


def restated_beside(ctx: Context, figure: Figure, quoted: Figure) -> bool:
    """True when another figure of ``figure``'s sentence restates ``quoted`` (the quote's figure),
    or the sentence quotes it, so ``figure`` is a quantity set beside it ("… of £1.62bn compares
    with £1.41bn …")."""
    sentence = _sentence(ctx, figure.span)
    if sentence is None:
        return False
    if sentence.contains(quoted.span):
        # "'… fell from 374 to 327,' said a resident of X, where the average was 386" sets the
        # place's figure beside the quote; "'We sold 12,000 cars …,' said Ruiz, whose company sold
        # 14,000 cars …" tells the quote's count again with its own verb, another number
        return not told_again_beside(ctx, figure, quoted)
    theirs = ctx.words(quoted.span)
    for other in ctx.figures_in(sentence):
        if other.id == figure.id or other.span.overlaps(quoted.span):
            continue
        if other.is_percent != quoted.is_percent or other.currency != quoted.currency:
            continue
        mine = ctx.words(other.span)
        if re.search(r"\d", mine) and (
            restates(other, quoted, mine, theirs) or agree_rounded(other, quoted, mine, theirs)
        ):
            return True
    return False


def told_by_writer(
    ctx: Context,
    figure: Figure,
    quoted: Figure,
    shared: int,
    around: Callable[[Figure], frozenset[str]],
    quoted_ids: Collection[str],
) -> bool:
    """True when a figure outside quote marks (not ``figure``, not in the headline) gives
    ``quoted``'s number in the writer's words, and ``figure``'s words (``around``) share at least
    ``shared`` words (as many as with the quote) with that restatement's: ``figure`` is then the
    writer's to set against the writer's own figure, not the quote's."""
    theirs = ctx.words(quoted.span)
    mine = around(figure)
    for other in ctx.report.figures:
        if other.id in (figure.id, quoted.id) or other.id in quoted_ids or ctx.in_title(other.span):
            continue
        if other.is_percent != quoted.is_percent or other.currency != quoted.currency:
            continue
        words = ctx.words(other.span)
        if not re.search(r"\d", words) or not restates(other, quoted, words, theirs):
            continue
        if len(mine & around(other)) >= shared:
            return True
    return False
