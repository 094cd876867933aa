"""Where the words after a quotation end, when the quotation runs past the sentence it opens in.

The sentence splitter keeps a quotation in double marks whole (``sentences(whole_quotes=True)``),
but not one in single marks, as British papers write them: "‘I’ve been up since six. The cast call
is at ten,’ she says." is cut after "six.", so the sentence the quotation opens in ends before the
quotation does, and its cue ("she says") stood outside every window the extractor read for it.  The
cue of such a quotation is read in the sentence its closing mark stands in, as it is for a
quotation in double marks.
"""

from __future__ import annotations

from factcheck.model import Span
from factcheck.sentences import sentences

__all__ = ["cue_window_end"]


def cue_window_end(text: str, sentence: Span, quote_end: int, following: int) -> int:
    """Where the words that may attribute a quotation ending at ``quote_end`` stop: the end of its
    sentence, or, for a quotation running past that sentence, the end of the sentence its closing
    mark stands in; never past ``following`` (the next quotation's start)."""
    if quote_end <= sentence.end:
        return min(following, sentence.end)
    left = text.rfind("\n", 0, quote_end) + 1
    right = text.find("\n", quote_end)
    paragraph = Span(left, len(text) if right < 0 else right)
    for part in sentences(text, paragraph):
        if part.start <= quote_end <= part.end:
            return part.end  # no quotation opens in the sentence after this one began
    return min(following, sentence.end)
