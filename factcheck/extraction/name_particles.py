"""Arabic family names written with a hyphened article in lower case: "Khalid al-Mansour",
"Abdel Fattah el-Sisi", "Ahmed ash-Sharaa".

English news keeps the article in lower case inside a name ("al-", "el-", and the assimilated
"ad-", "ar-", "as-", "ash-", "az-", "an-"; "ul-", "ud-" in South Asian names: "Inzamam-ul-Haq" is
one word and needs nothing).  Such a word is read like a capitalised surname: it continues a
run of capitalised words, and alone it is a name ("…,” al-Mansour said"), as "Al-Mansour"
opening a sentence always was.
"""

from __future__ import annotations

import re

#: The hyphened article and the capital after it.
HYPHENED_ARTICLE = r"(?:al|el|ad|ar|as|ash|az|an)-"
_PARTICLE_WORD = re.compile(HYPHENED_ARTICLE + r"[A-Z][\w’'-]*[.,]?")


def particle_surname(word: str) -> bool:
    """True for a word like "al-Mansour" or "el-Sisi": a family name with its article."""
    return _PARTICLE_WORD.fullmatch(word) is not None


#: Lower-case particles of Dutch, German, French, Spanish and Portuguese family names, which may
#: stand two together inside a name: "Maarten van der Hoeven", "Jos ten Brink", "Els van 't Hof",
#: "Mauricio Sánchez de la Vega", "Ursula von der Leyen", "João dos Santos".
NAME_PARTICLES = frozenset("van von der den de del della la le ten ter zu da do dos das du 't t".split())


def particle_chain_start(words: list[str], index: int) -> int | None:
    """The index of the first of the lower-case particles (one to three) right before the
    capitalised word at ``index``, when a capitalised word (the given name) comes before them:
    ["Maarten", "van", "der", "Hoeven"] and 3 give 1; None when no particle stands there or no
    name opens before them ("the Ministry of the Interior" has no particle)."""
    start = index
    while start > 0 and index - start < 3 and words[start - 1] in NAME_PARTICLES:
        start -= 1
    if start == index or start == 0 or not words[start - 1][:1].isupper():
        return None
    return start
