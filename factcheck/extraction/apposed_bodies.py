"""A name an appositive calls a scheme, a charity, a fund or an agency is a body: "Flood Re, the
government-backed scheme, covers homes", "Wavelength, a loneliness charity based in Leeds, said".

:mod:`~factcheck.extraction.antecedents` already read a name apposed to a business noun ("Lumen,
a battery startup") as a body. Bodies of other trades were left as people when their name has no
"Trust" or "Agency" in it, and then took the next "she says" (a flood feature gave a bookseller's
words to the reinsurance scheme). The noun must end its phrase, and a name opening on a given name
stays a person, as for businesses.
"""

from __future__ import annotations

__all__ = ["APPOSED_BODY_NOUNS"]

#: Nouns for a body that is no business, as an appositive's head.
APPOSED_BODY_NOUNS = (
    "scheme|charity|fund|agency|watchdog|regulator|nonprofit|non-profit|organisation|organization|"
    "foundation|think[ \\t]+tank|campaign[ \\t]+group|pressure[ \\t]+group|trade[ \\t]+body"
)
