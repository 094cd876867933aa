"""Names after posts: the tables and readings that find where a person's name starts after the
words of a post ("Secretary of State Antony Blinken", "Minister for Finance Paschal Donovan",
"Senate Republican John Cornyn").  :func:`factcheck.extraction.phrases.parse_phrase` reads them;
kept apart because the post tables change with the desks read, the phrase grammar does not.
"""

from __future__ import annotations

from factcheck.extraction.name_particles import NAME_PARTICLES, particle_chain_start
from factcheck.extraction.phrase_base import (
    Phrase,
    _is_cap,
    _names_post,
    _unknown_word,
)
from factcheck.extraction.speaker_words import (
    DETERMINERS,
    FAMILY_FIRST,
    HONORIFICS,
    INDEFINITE,
    ORG_WORDS,
    first_names,
)
from factcheck.model import Span
from factcheck.vocabulary import NAME_CONNECTORS

#: Last words that make a capitalised run the name of a law or a document, not of a person.
DOCUMENT_NAMES = frozenset(
    "act bill law amendment treaty accord accords agreement resolution code constitution charter".split()
)


#: Titles that address a person by surname, never the first word of a law's name: "Mr. Law",
#: "Senator Law", "Rep. Bill" are people ("Refugee", "General", "Security" may name a law).
ADDRESS_TITLES = frozenset(
    """senator sen representative rep governor gov judge justice mayor minister president pres
    professor prof rev reverend councillor councilman councilwoman commissioner sheriff detective
    inspector officer captain capt sgt lt col gen mp mla mep lord lady coach""".split()
)


#: Words that name a person who holds an office, not its field: after "for", they tell that the
#: speaker speaks for someone ("a spokesman for Mayor Frank G. Jackson"), not that the post is
#: for a field ("Minister for Foreign Affairs Vivian Balakrishnan").
_HOLDERS = HONORIFICS | frozenset(
    """president mayor speaker senator sen governor gov rep representative leader chairman chairwoman
    ceo premier chancellor secretary minister judge king queen prince sheikh emir pope candidate
    nominee""".split()
)


#: The last word of a minister's field ("Minister for Finance", "Minister of State for Trade"):
#: after one, two capitalised words are the minister's name, whether or not the first is a known
#: first name ("Minister for Information Attaullah Khattak").
PORTFOLIOS = frozenset(
    """finance information health education defence defense justice trade energy transport
    environment agriculture affairs interior labour labor housing culture sport sports tourism
    communications planning industry commerce works power petroleum aviation enterprise employment
    children equality climate science technology security development youth women water lands mines
    fisheries arts heritage media treasury budget economy""".split()
)


def _name_after_post_of(text: str, tokens: list[tuple[str, int, int]], words: list[str]) -> Phrase | None:
    """A person named after a post whose words hold "of": the capitalised words that end the
    phrase, from a known first name on, after a post ("Secretary of State Antony Blinken",
    "Georgia Secretary of State Brad Raffensperger", "Bank of America CEO Brian Moynihan")."""
    of = next(i for i, w in enumerate(words) if i and w.lower() in ("of", "for"))
    start = len(words)
    while start > of + 1:
        chain = particle_chain_start(words, start) if start < len(words) else None
        if chain is not None and chain > of + 1:
            start = chain  # "Minister for Nature Christa van der Laan": the particles are the name's
        elif _is_cap(words[start - 1]):
            start -= 1
        else:
            break
    at = _given_name_at(words[start:])
    if at is None and len(words) - start >= 3 and words[-3].lower() in PORTFOLIOS:
        at = len(words) - start - 2  # "Minister for Finance Paschal Donovan": a name of two words
    if at is None:
        return None
    if words[of].lower() == "for" and (
        words[0].lower() in INDEFINITE
        or any(w.lower().strip(".") in _HOLDERS for w in words[of + 1 : start + at - 1])
        or (start + at - 1 > of and words[start + at - 1].lower().strip(".") in _HOLDERS - HONORIFICS)
    ):
        return None  # "a spokesman for House Speaker Paul Ryan": someone else speaks for the person
    role = [w for w in words[: start + at] if w.lower() not in DETERMINERS]
    if not any(_names_post(w) for w in role):
        return None  # "the Bank of America Tower Anna Lee": no post
    first = next(i for i, w in enumerate(words) if w.lower() not in DETERMINERS)
    span = Span(tokens[0][1], tokens[-1][2])
    last = start + at - 1
    if words[last].lower().strip(".") in HONORIFICS:
        last -= 1  # "… for Manpower Dr Koh Poh Koon": the honorific is no part of the post
    written = " ".join(text[tokens[first][1] : tokens[last][2]].split())  # "Chancellor of the Exchequer"
    return Phrase(span, "person", name=text[tokens[start + at][1] : span.end], role=written)


def _given_name_at(run: list[str]) -> int | None:
    """Where a person's name starts after words that describe them, by first-name evidence:
    "Senate Republican John Cornyn" -> 2.  Only a known first name after a word that is not one
    ("Mary Ann Smith" stays whole), followed by one or two capitalised words that name no body."""
    names = first_names()
    if len(run) == 3 and run[0].lower() in FAMILY_FIRST:
        return None  # "Nguyen Van Thanh": a family name first, the whole run one name
    for at in range(len(run) - 2, 0, -1):
        if run[at] in NAME_PARTICLES:
            continue  # "Daniel Funes del Carril": "del" is the surname's, no given name "Del"
        given, before = run[at].lower(), run[at - 1].lower().strip(".")
        rest = [w for w in run[at + 1 :] if w not in NAME_PARTICLES]  # "Christa van der Laan"
        if before in HONORIFICS and before not in ("sir", "dame") and len(rest) <= 2:
            return at  # "… for Manpower Dr Koh Poh Koon": the name follows the honorific
        if (
            given in names
            and before not in names
            and before not in NAME_CONNECTORS
            and before not in FAMILY_FIRST  # "Datuk Seri Lim Kah Seng": a given name after the family name
            and 1 <= len(rest) <= 2
            and all(_is_cap(w) and w.lower() not in ORG_WORDS for w in rest)
        ):
            if at >= 2 and _names_post(run[at - 2]) and _unknown_word(run[at - 1]):
                return None  # "Councillor Dafydd Rhys Owen": an unlisted given name after a title
            return at
    return None
