"""A statement issued through an aide, with its day: "The governor, in a statement by his Chief
Press Secretary, Mr Segun Oladipo, on Monday, said …".

The Nigerian, Ghanaian and South Asian press quote a principal through the aide who signed the
statement, and put the day after the aide's name.  The speaker is the principal, the subject
before the aside; the aide only signed.  ``cue_subjects.ASIDE_AFTER_SUBJECT`` reads the aside up
to the aide's name; this reads the same aside when a day or time phrase follows the name.
"""

from __future__ import annotations

import re

#: ", in a statement (signed/issued) by his <post>, <Mr> Name Name, on Monday," up to the cue.
SIGNED_STATEMENT_DAY = re.compile(
    r"(?<=\w),\s*in\s+(?:a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|communique|communiqué|release|letter)\s+"
    r"(?:(?:signed|issued|released|made\s+available)\s+)?by\s+(?:his|her|their|its|the)\s+"
    r"(?:[\w’'-]+\s+){0,5}?[\w’'-]+,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4},\s*"
    r"(?:on|last|this|late|early)\s+(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+\s*,?\s*$"
)


def strip_signed_statement(words: str) -> str:
    """``words`` (the text before a cue) without a trailing signed-statement aside that ends in a
    day (see the module's docstring); unchanged when there is none."""
    return SIGNED_STATEMENT_DAY.sub("", words)
