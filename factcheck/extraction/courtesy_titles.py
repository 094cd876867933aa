"""Courtesy titles of the English-language press of South and Southeast Asia, the Gulf and West
Africa, which stand before a name as "Mr" and "Dr" do and are no part of it.

"Shri H.K. Ramappa", "Smt. Kavitha Shivanna", "Thiru S. Ilango" (India); "Mian Tariq Mehmood",
"Begum Shahnaz Qureshi", "Haji Muhammad Yousaf" (Pakistan); "Datuk Seri Lim Wei Jie", "Tan Sri
Ahmad Fuad Rahman", "Toh Puan Aishah" (Malaysia); "Alhaji Kamorudeen Lawal" (Nigeria).  The paper
writes the title again with a short form ("Mian Mehmood", "Begum Qureshi", "Datuk Seri Lim"), so
a name kept with its title is a second person where the same one is meant.  Two-word titles are
read only whole: "Tan" and "Sri" alone are a surname ("Tan Kok Wai") and a given name ("Sri
Mulyani Indrawati").  A title is skipped only when a name follows it: "Mian Sahib" is left as
written.
"""

from __future__ import annotations

import re

#: One-word courtesy titles, lower case, without a full stop.
COURTESY_TITLES = frozenset(
    """shri shrimati smt thiru tmt selvi begum mian haji hajiya hajjah alhaji alhaja datuk dato
    datin tun""".split()
)
#: Two-word titles, read only together ("Tan Sri", "Datuk Seri", "Dato' Sri").
_PAIRS = re.compile(
    r"(?:Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|(?:Datuk|Dato[’']?|Datin)\s+(?:Seri|Sri|Paduka|Patinggi))\s+"
)
#: Words that are titles too and so never the name a title is skipped for ("Mian Sahib").
_NOT_A_NAME = frozenset({"sahib", "saheb", "ji", "sri", "seri"})


def skip_courtesy_titles(text: str, start: int, end: int) -> int:
    """Where the name begins in text[start:end] once any courtesy titles before it are passed:
    "Datuk Seri Lim Wei Jie" -> the offset of "Lim"; start itself when no title opens it or when
    no name would be left ("Mian Sahib")."""
    at = start
    while True:
        pair = _PAIRS.match(text, at, end)
        if pair:
            nxt = pair.end()
        else:
            word = re.match(r"([A-Za-z]+)[.’']?\s+", text[at:end])
            if not word or word.group(1).lower() not in COURTESY_TITLES:
                break
            nxt = at + word.end()
        rest = text[nxt:end].split()
        if not rest or (rest[0].strip(".,").lower() in _NOT_A_NAME | COURTESY_TITLES and len(rest) == 1):
            break
        if not rest[0][:1].isupper():
            break
        at = nxt
    return at
