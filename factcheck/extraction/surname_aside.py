"""A surname opening a sentence with a linking aside: "Marshall, meanwhile, is drying books on a
washing line.", "Winter, for his part, has stopped watering the garden."

A surname the article named in full, opening a sentence with a verb, brings that person back
into view for the next "she says" (:data:`~factcheck.extraction.antecedents.SURNAME_SUBJECT`).
Features turn back to a voice with "meanwhile", "for her part", "though" between the surname and
the verb, or a participle phrase ("Dunmore, watching the river from the bridge, is more
hopeful"); the aside hid the person, and the next "she says" went to the woman quoted before.
"""

from __future__ import annotations

__all__ = ["LINKING_ASIDE"]

#: The aside between a surname and its verb, commas included.
LINKING_ASIDE = (
    r",\s*(?:meanwhile|however|though|too|still|instead|in\s+turn|for\s+(?:his|her|their)\s+part|"
    r"by\s+contrast|like\s+many\s+others|like\s+many|"
    # a participle phrase: "Dunmore, watching the river from the bridge, is more hopeful"
    r"[a-z]{3,}ing\s[^,.;:“”\"\n]{1,80}),"
)
