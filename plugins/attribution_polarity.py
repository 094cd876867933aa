"""A paraphrase that says the opposite of the quote it restates (the ``attribution`` checker's
paraphrase check, :func:`.attribution_paraphrase.paraphrase_verdicts`).

"We have not yet decided which libraries, if any, will close," the council leader says; three
paragraphs on, the writer has him telling reporters "that the council had decided to close the six
libraries".  The two share their words and differ in one "not": the writer's sentence reverses the
speaker's.  The other checks of a paraphrase compare figures and qualifiers and read no polarity.

Read only when all of these hold, so that a paraphrase in other words is never taken for a
reversal:

* the paraphrase is the speaker's own reported speech, paired with a sentence of the same
  speaker's quote that covers the same claim (:mod:`.attribution_paraphrase`);
* the quote's sentence holds exactly one negation, a "not", "n't", "never" or "cannot" (two may
  cancel: "I'm not going to pretend there are no risks");
* the negation governs a content word directly, with only auxiliaries and adverbs between ("have
  not yet decided", "decided not to close", "will never be"), and the paraphrase gives that same
  word and at least one content word of the few after it in the quote's clause (what the quote
  says of it): the reversal is of one claim both sides make, and "it does not look good" is not
  reversed by "the injury looked bad";
* the paraphrase holds no negative word of any kind ("no", "nobody", "without", "refused",
  "denied", "rejected", "ruled out", "failed to", "against" …): a paraphrase may say "not" in
  other words ("said it had no plans to close", "refused to rule it out");
* the negation sets no limit or time ("will not open until the repairs are done", "do not expect
  more than 200 jobs to go", "not only"): those are said plainly in other words ("would open after
  the repairs", "expected up to 200");
* the quote is no question and its negation stands after no "if", "unless", "whether" or "why"
  ("If we do not close two wards, we will run out of money", "Why would we not sell?"); and a
  plan given up ("had dropped plans to close", "shelved", "postponed", "backed away from") is a
  negative word of the paraphrase;
* only the writer dropping the quote's negation is read, not the writer adding one: on
  polnear/train both of the latter were a denial reported beside the words it denies ("Mexico
  would not pay for a wall" beside "Mexico will pay for the wall!", the extractor giving both to
  one speaker) or a sentence of the speaker's about another matter.

What it finds is ``warn``: the writer may have had another statement of the speaker's in mind.
"""

from __future__ import annotations

import re

import attrs

from .attribution_rules import content_words, words_match

__all__ = ["Reversal", "reversed_polarity"]

#: A negation that governs the word after it.
NEGATION = re.compile(r"\b(?:not|never|cannot)\b|n['’]t\b", re.I)
#: Any negative word: a side that holds one may say "not" in other words.
NEGATIVE = re.compile(
    r"\b(?:not|never|cannot|no|nobody|nothing|none|neither|nor|nowhere|without|hardly|barely|"
    r"refus\w*|den(?:y|ies|ied|ying)|reject\w*|declin\w*|fail\w*|rul(?:e|es|ed|ing) out|unable|"
    r"against|avoid\w*|stop\w*|halt\w*|instead|rather than|lack\w*|oppos\w*|scrap\w*|cancel\w*|"
    r"abandon\w*|prevent\w*|ban(?:s|ned|ning)?|block\w*|unlikely|doubt\w*|dismiss\w*|"
    r"false|untrue|wrong|end(?:s|ed)?|"
    # a paraphrase that says "not" by a plan given up: "had dropped plans to close", "shelved"
    r"drop(?:s|ped|ping)?|shelv\w*|withdr[ae]w\w*|revers\w*|postpon\w*|delay\w*|put off|"
    r"back(?:ed|s|ing)? (?:away|down)|u-turn\w*)\b|n['’]t\b",
    re.I,
)
#: Words that may stand between a negation and the word it governs.
BETWEEN = frozenset(
    "yet been be being have has had ever even really always actually already fully entirely "
    "quite necessarily just to going got gotten".split()
)
WORD = re.compile(r"[A-Za-z][\w’'-]*")


@attrs.frozen
class Reversal:
    """One word a side negates and the other gives plainly."""

    negated: str  #: the negation and its word, as written on the negated side ("not yet decided")
    side: str  #: which side negates it: "quote" or "paraphrase"
    word: str  #: the word, as written on the negated side

    def brief(self) -> str:
        """A few words for the verdict's summary."""
        other = "paraphrase" if self.side == "quote" else "quote"
        return f"the {self.side} says '{self.negated}', the {other} '{self.word}' without a negation"

    def explain(self) -> str:
        """What the difference means, for the verdict's details."""
        return (
            f"the {self.side} negates '{self.word}' ('{self.negated}') and the other side states it "
            "with no negative word: one of the two says the opposite of the other"
        )


#: A negation that sets a limit or a time rather than denying: "will not open until the repairs
#: are done" is "will open after the repairs", "do not expect more than 200" is "expect up to 200".
LIMITED = re.compile(
    r"\b(?:until|till|unless|before|except|but|only|more|less|fewer|longer|anymore|any more|as much|"
    r"as many|so much|so many)\b",
    re.I,
)
#: A condition or a question before the negation: the quote denies nothing ("If we do not close
#: two wards, we will run out of money" is no "we will not close two wards").
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|why|what if|suppose)\b", re.I)

#: How many words after the negated word are read for what it says of it.
COMPLEMENT_WORDS = 5


def _governed(text: str) -> tuple[str, str, list[str]] | None:
    """The only negation of ``text``, the content word it governs and the content words after
    that in its clause, as written ("not yet decided", "decided", ["libraries"]), or ``None``
    when it has no single negation governing a content word."""
    found = list(NEGATION.finditer(text))
    if len(found) != 1 or len(NEGATIVE.findall(text)) != 1:
        return None
    negation = found[0]
    if "?" in text or _HYPOTHETICAL.search(text, 0, negation.start()):
        return None  # "If we do not close two wards …", "Why would we not sell …?": no claim denied
    for word in WORD.finditer(text, negation.end()):
        lowered = word.group().lower()
        if lowered in BETWEEN:
            continue
        if not content_words(word.group()):
            return None  # "not a sign", "not the point": no word of the claim is negated
        clause = re.split(r"[,;:.!?—–]", text[word.end() :], maxsplit=1)[0]
        if LIMITED.search(text[negation.start() : word.end()] + clause):
            return None  # "not open until", "not more than 200": a limit, said plainly in other words
        after = content_words(" ".join(WORD.findall(clause)[:COMPLEMENT_WORDS]))
        return text[negation.start() : word.end()], word.group(), after
    return None


def reversed_polarity(quote: str, paraphrase: str) -> Reversal | None:
    """A word the quote negates that the paraphrase states plainly, under the conditions of this
    module; ``None`` when there is none."""
    governed = _governed(quote)
    if governed is None or NEGATIVE.search(paraphrase):
        return None
    phrase, word, after = governed
    [stem] = content_words(word)
    theirs = content_words(paraphrase)
    # the word and what the quote says of it, both repeated: "not look good" is no "looked bad"
    if any(words_match(stem, other) for other in theirs) and any(
        words_match(mine, other) for mine in after for other in theirs
    ):
        return Reversal(" ".join(phrase.split()), "quote", word)
    return None
