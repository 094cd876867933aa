"""A clause told to a plural audience in the present tense: "told researchers she leaves home before
sunrise", "told mourners he still hears her laugh".

:mod:`~factcheck.extraction.reported` reads "told <audience> <clause>" without "that" only when
a finite verb it knows lies ahead (an auxiliary, a modal, a past tense), so a noun phrase told
("told residents the details of the scheme") is no clause. A subject pronoun right after the
audience opens a clause whatever its tense, so the present tense of features and NGO reports
("she leaves", "they walk") is read too.
"""

from __future__ import annotations

__all__ = ["NOMINATIVE_AFTER"]

#: A subject pronoun after the audience, then a word (a noun phrase never opens on one).
NOMINATIVE_AFTER = r"(?=\s+(?:he|she|they|we|I)\s+[a-z]\w*\b)"
