"""Bodies by their names: the noun a body's name is built on, UN bodies and their topics,
acronyms and the aliases an article defines ("the Food and Agriculture Organization (FAO)").

The speaker registry reads these to tell which body a descriptor or an acronym may name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck.extraction.phrases import acronym_key
from factcheck.extraction.speaker_words import FAMILY_FIRST, first_names
from factcheck.vocabulary import NAME_CONNECTORS


def _name_head(name: str) -> str:
    """The noun a body's name is built on: "Ministry" in "Ministry of Defence", "Forces" in
    "Israel Defense Forces"."""
    words = name.split()
    lowered = [w.lower().strip(".,’'") for w in words]
    if "of" in lowered[1:]:
        return lowered[lowered.index("of", 1) - 1]
    return lowered[-1] if lowered else ""


#: Bodies of the United Nations system a "UN …" descriptor may point to, and their topics.
UN_TOPICS: dict[str, frozenset[str]] = {
    body: frozenset(topics.split())
    for body, topics in {
        "UNHCR": "refugee refugees",
        "WFP": "food hunger",
        "FAO": "food agriculture agricultural farm",
        "IFAD": "agriculture agricultural rural development",
        "WHO": "health",
        "UNICEF": "children's children child",
        "UNAIDS": "aids hiv",
        "UNDP": "development",
        "UNEP": "environment environmental",
        "UNESCO": "cultural culture education educational heritage science",
        "UNFPA": "population",
        "UNRWA": "palestinian refugee refugees",
        "OCHA": "humanitarian aid",
        "ILO": "labour labor",
        "IOM": "migration migrant migrants",
        "IAEA": "nuclear atomic",
        "ITU": "telecommunications",
        "WMO": "weather meteorological",
        "UNCTAD": "trade",
    }.items()
}
UN_BODIES = frozenset(UN_TOPICS)
#: Kinds of body; a descriptor's head and the head of a body's name must share one.
BODY_KINDS = (
    frozenset("army military forces force troops navy".split()),
    frozenset("ministry department office secretariat".split()),
    frozenset("agency organization organisation programme program fund commission office".split()),
    frozenset("government administration cabinet authorities authority".split()),
)
#: Nationality adjectives and the places they name, for a descriptor's qualifier.
NATIONALITIES: dict[str, str] = {
    adjective: place
    for place, adjectives in {
        "Afghanistan": "afghan",
        "America": "american",
        "Angola": "angolan",
        "Argentina": "argentine argentinian",
        "Australia": "australian",
        "Austria": "austrian",
        "Bangladesh": "bangladeshi",
        "Brazil": "brazilian",
        "Britain": "british",
        "Canada": "canadian",
        "Chile": "chilean",
        "China": "chinese",
        "Colombia": "colombian",
        "Congo": "congolese",
        "Cuba": "cuban",
        "Denmark": "danish",
        "Egypt": "egyptian",
        "England": "english",
        "Ethiopia": "ethiopian",
        "France": "french",
        "Germany": "german",
        "Greece": "greek",
        "Haiti": "haitian",
        "India": "indian",
        "Indonesia": "indonesian",
        "Iran": "iranian",
        "Iraq": "iraqi",
        "Ireland": "irish",
        "Israel": "israeli",
        "Italy": "italian",
        "Japan": "japanese",
        "Jordan": "jordanian",
        "Kenya": "kenyan",
        "Korea": "korean",
        "Lebanon": "lebanese",
        "Libya": "libyan",
        "Malaysia": "malaysian",
        "Mexico": "mexican",
        "Netherlands": "dutch",
        "Nigeria": "nigerian",
        "Pakistan": "pakistani",
        "Palestine": "palestinian",
        "Peru": "peruvian",
        "Philippines": "filipino philippine",
        "Poland": "polish",
        "Russia": "russian",
        "Saudi": "saudi",
        "Scotland": "scottish",
        "Somalia": "somali",
        "Spain": "spanish",
        "Sudan": "sudanese",
        "Sweden": "swedish",
        "Switzerland": "swiss",
        "Syria": "syrian",
        "Taiwan": "taiwanese",
        "Thailand": "thai",
        "Turkey": "turkish",
        "Ukraine": "ukrainian",
        "Venezuela": "venezuelan",
        "Vietnam": "vietnamese",
        "Yemen": "yemeni",
        "Zimbabwe": "zimbabwean",
    }.items()
    for adjective in adjectives.split()
}


def _family_name_first(words: list[str]) -> bool:
    """True for a two- or three-part name whose first word is the family name: a common Chinese
    or Korean family name, or a hyphenated given name after it ("Ban Ki-moon", "Kim Jong-un")."""
    if not 2 <= len(words) <= 3:
        return False
    return words[0].lower() in FAMILY_FIRST or (
        len(words) == 2 and "-" in words[1] and words[1][:1].isupper()
    )


@lru_cache(maxsize=8192)
def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Food and Agriculture Organization" -> "FAO").

    A leading "U.N."/"UN"/"United Nations" (or "UN's") is left out: "the U.N. Food and Agriculture
    Organization" is the FAO.
    """
    bare = re.sub(r"^(?:[Tt]he\s+)?(?:United Nations|U\.N\.|UN)(?:[’']s)?\s+(?=[A-Z])", "", name.strip())
    bare = re.sub(r"^[Tt]he\s+", "", bare)
    words = re.findall(r"[A-Za-z][\w’'-]*", bare)
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in NAME_CONNECTORS).upper()


#: "Food and Agriculture Organization (FAO)": a name and its acronym, on one line (a headline
#: above the name is not part of it).
ALIAS = re.compile(
    r"((?:[A-Z][\w’'.-]{0,40}|U\.N\.)(?:[^\S\n]+(?:of|for|and|on|the|[A-Z][\w’'.-]{0,40})){1,8})[^\S\n]+\(([A-Z][A-Za-z.&-]{1,12})\)"
)


#: Acronyms whose letters are not the initials of their English names (they come from another
#: language or an older name), so no article need spell them out for us to know they are one body.
KNOWN_ACRONYMS = {
    "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNRWA": "United Nations Relief and Works Agency",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "MSF": "Doctors Without Borders",
    "ICRC": "International Committee of the Red Cross",
    "OPEC": "Organization of the Petroleum Exporting Countries",
}


ALIAS_OR = re.compile(
    r"((?:[A-Z][\w’'.-]{0,40})(?:[^\S\n]+(?:of|for|and|on|the|[A-Z][\w’'.-]{0,40})){1,8})(?:\s+or\s+|,\s+)([A-Z][A-Z.&-]{1,12})\b"
)


def _aliases_in_brackets(text: str) -> Iterator[re.Match[str]]:
    """What ``ALIAS.finditer(text)`` finds, read only on the lines that hold a "(": no match of it
    holds a line break or looks beyond itself, so the other lines cannot hold one."""
    at = text.find("(")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield from ALIAS.finditer(text, start, end)
        at = text.find("(", end)


def _party_of(full: str, short: str) -> bool:
    """True when the letters in brackets after a person's name are no acronym of it: a party or
    a body the person belongs to ("Katrin Hoffmeister (CDU)", "Jane Doe (SNP)")."""
    words = full.split()
    return (
        len(words) in (2, 3)
        and words[0].lower() in first_names()
        and bool(short)
        and not initials(full).startswith(short[0])
    )


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text spells out itself.

    "Food and Agriculture Organization (FAO)" always; "… Organization or FAO" and "…, FAO," when
    the letters are the name's initials.
    """
    out: dict[str, str] = {}
    for match in _aliases_in_brackets(text):
        full, short = re.sub(r"^(?:[Tt]he)\s+", "", match.group(1).strip()), acronym_key(match.group(2))
        if _party_of(full, short):
            continue  # "Katrin Hoffmeister (CDU)": her party, no name of hers
        out[short] = full
    for match in ALIAS_OR.finditer(text):
        full, short = re.sub(r"^(?:[Tt]he)\s+", "", match.group(1).strip()), acronym_key(match.group(2))
        if short not in out and initials(full) == short:
            out[short] = re.sub(r"^(?:United Nations|U\.N\.|UN)(?:[’']s)?\s+", "", full)
    return out


def learn_aliases(text: str) -> dict[str, str]:
    """Acronyms the text defines: "Food and Agriculture Organization (FAO)" -> {"FAO": full name}.

    A well-known acronym whose full name the text also gives in a UN/U.N./United Nations
    spelling ("U.N. Children's Fund" for UNICEF) maps to the text's own spelling.
    """
    aliases = defined_acronyms(text)
    folded = _fold_un(text)
    for short, full in KNOWN_ACRONYMS.items():
        if short in text or _fold_un(full) in folded:
            spelled = (
                re.search(re.escape(_fold_un(full)).replace("UN", r"(?:United Nations|U\.N\.|UN)", 1), text)
                if _fold_un(full).startswith("UN ")
                else re.search(re.escape(full), text)
            )
            if spelled and short not in aliases:
                aliases[short] = spelled.group()
    return aliases


def _fold_un(text: str) -> str:
    return re.sub(r"\b(?:United Nations|U\.N\.|UN)(?=\s)", "UN", text)


#: :func:`_fold_un` for names, remembered (a long article names the same bodies again and again).
_fold_name = lru_cache(maxsize=8192)(_fold_un)
