"""Word lists and small text rules the ``attribution`` checker needs.

The checker reads only the public :class:`~factcheck.model.Report`; the shared word lists
(person nouns, name connectors, abbreviations) come from the public :mod:`factcheck.vocabulary`,
which the extractor reads too; the small rules here (pronouns, acronyms, paragraphs, speech
cues) are the plugin's own, so it depends on no extraction internals.
"""

from __future__ import annotations

import re

from factcheck.vocabulary import ABBREVIATIONS, NAME_CONNECTORS, PERSON_NOUNS

__all__ = [
    "ABBREVIATIONS",
    "PERSON_NOUNS",
    "PRONOUNS",
    "SAID",
    "SPEECH_CUE",
    "abbreviation_before",
    "acronym_key",
    "initials",
    "paragraph_around",
]

#: Pronouns that stand for a speaker.
PRONOUNS = frozenset({"he", "she", "it", "they"})
#: Words that report speech or writing, in any tense: a paragraph holding one may name a speaker.
#: "state" and "states" are the verb only in lower case and after no determiner ("the state",
#: "each state", "the United States" are places).
SPEECH_CUE = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|writ(?:e|es|ing)|wrote|written|add(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?|explain(?:s|ed|ing)?|continu(?:e|es|ed|ing)|recall(?:s|ed|ing)?|repl(?:y|ies|ied)|"
    r"respond(?:s|ed|ing)?|tweet(?:s|ed|ing)?|post(?:s|ed|ing)?|report(?:s|ed|ing)?|stat(?:ed|ing)|"
    # "the state", "a swing state", "the United States": the noun, not the verb ("the agency states")
    r"(?<!the )(?<!\ba )(?<!this )(?<!that )(?<!each )(?<!every )(?<!home )(?<!swing )(?<!its )(?<!their )"
    r"(?-i:states?)|"
    r"statement|declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|insist(?:s|ed|ing)?|argu(?:e|es|ed|ing)|"
    r"claim(?:s|ed|ing)?|warn(?:s|ed|ing)?|urg(?:e|es|ed|ing)|not(?:e|es|ed|ing)|sing(?:s|ing)?|sang|"
    r"chant(?:s|ed|ing)?|quot(?:e|es|ed|ing)|interview|transcript|remarks?|speech|read(?:s|ing)?|"
    r"put it|describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|accord(?:ing)? to)\b",
    re.I,
)


#: Verbs that report an act of speech or writing (narrower than :data:`SPEECH_CUE`): a paragraph
#: holding one, or a partial quote, is a statement whose speaker a following quotation may continue.
SAID = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|wr(?:ote|ites)|add(?:s|ed)|ask(?:s|ed)|explain(?:s|ed)|"
    r"continu(?:es|ed)|repl(?:ies|ied)|respond(?:s|ed)|tweet(?:s|ed)|declar(?:es|ed)|announc(?:es|ed)|"
    r"insist(?:s|ed)|argu(?:es|ed)|warn(?:s|ed)|urg(?:es|ed)|recall(?:s|ed)|according to|statement|"
    r"remarks|interview)\b|[“\"]",
    re.I,
)


def acronym_key(name: str) -> str:
    """Fold an acronym for comparison: "U.N." and "UN" and "U-N" are one key."""
    return re.sub(r"[.\-\s]", "", name).upper()


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Food and Agriculture Organization" -> "FAO").

    A leading "U.N."/"UN"/"United Nations" is left out: "the U.N. Food and Agriculture
    Organization" is the FAO.
    """
    bare = re.sub(r"^(?:[Tt]he\s+)?(?:United Nations|U\.N\.|UN)(?:[’']s)?\s+(?=[A-Z])", "", name.strip())
    bare = re.sub(r"^[Tt]he\s+", "", bare)
    words = re.findall(r"[A-Za-z][\w’'-]*", bare)
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in NAME_CONNECTORS).upper()


def abbreviation_before(text: str, dot: int, start: int = 0) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial ("U.S.", "Dr.",
    "Jose A."), not a sentence; ``start`` bounds how far back the word is read."""
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(start, dot - 40) : dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in ABBREVIATIONS or len(token) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))


def paragraph_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The line (paragraph) holding ``text[start:end]``: from the line break before to the one after."""
    end = start if end is None else end
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right
