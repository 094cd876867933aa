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
