"""Speaker phrases: read the noun phrase that names who speaks.

:func:`parse_phrase` reads ``text[start:end]`` as a pronoun, a person (a name, perhaps after a
title or role), an organisation, a descriptor that points back ("the diplomat"), or an
anonymous source ("officials"); :class:`Phrase` is what it gives.  Resolving a phrase to one
speaker of the document is :mod:`factcheck.extraction.speakers`'s work.
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from factcheck.extraction.acronym_tail import acronym_tail_body
from factcheck.extraction.aged import aged_noun_role, aged_one_word, parent_of_count, works_at
from factcheck.extraction.ampersand_names import ampersand_body
from factcheck.extraction.body_connectors import joins_body
from factcheck.extraction.compound_posts import person_noun
from factcheck.extraction.courtesy_titles import skip_courtesy_titles
from factcheck.extraction.document_owner import document_owner
from factcheck.extraction.field_bodies import field_body
from factcheck.extraction.hyphen_modifiers import after_modifier
from factcheck.extraction.issued_by import issuer_phrase
from factcheck.extraction.joined_bodies import joined_body_in_place
from factcheck.extraction.name_particles import particle_chain_start, particle_surname
from factcheck.extraction.nature_names import nature_no_person
from factcheck.extraction.outlet_names import outlet_phrase
from factcheck.extraction.party_members import PARTY_MEMBERS, party_member
from factcheck.extraction.phrase_base import (
    _AGENTS,
    _FULL_STOP_AFTER_WORD,
    _ON_DATE,
    _POSSESSIVE_END,
    SHARE_OF,
    TOKEN,
    Phrase,
    _as_written,
    _is_acronym,
    _is_cap,
    _is_title,
    _looks_org,
    _names_post,
    _people,
    _plural_person,
    _strip_possessive,
)
from factcheck.extraction.phrase_posts import (
    ADDRESS_TITLES,
    DOCUMENT_NAMES,
    _given_name_at,
    _name_after_post_of,
)
from factcheck.extraction.phrase_words import (
    AGED,
    AGED_BEFORE,
    BODY_HEADS,
    BODY_ROLES,
    CLAUSE_LINKS,
    CLAUSE_MARKS,
    DANGLING,
    FIRST_POSTS,
    GROUP_WORDS,
    NEAR_MODIFIERS,
    NEAR_WORDS,
    NOT_A_NAME,
    PARTICIPLE_OPENING,
    PLACE_ADVERBS,
    PLACE_HEADS,
    QUOTED_AS_PASSIVE,
    STATE_OR_PARTY,
)
from factcheck.extraction.plural_bodies import plural_body_name
from factcheck.extraction.speaker_words import (
    ANONYMOUS_PLURALS,
    COUNTRIES,
    COURT_WORDS,
    DEMONYM_PERSONS,
    DEMONYMS,
    DETERMINERS,
    DOCUMENTS,
    HONORIFICS,
    INDEFINITE,
    NOT_ORG_ACRONYMS,
    OPENING_WORDS,
    ORDINAL_SOURCES,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    POSTNOMINALS,
    PREPOSITIONS,
    PRONOUNS,
    ROYAL_TITLES,
    SUBORDINATORS,
    SUFFIXES,
    SURNAME_TITLES,
    TIME_WORDS,
    TITLE_WORDS,
    first_names,
)
from factcheck.extraction.surname_particles import keeps_particle
from factcheck.model import Span
from factcheck.vocabulary import NAME_CONNECTORS, PERSON_NOUNS


def _opening_only(tokens: list[tuple[str, int, int]]) -> bool:
    """True for one opening word alone: "However, the brief said …" has no speaker "However"
    (an acronym such as "WHO" is a name)."""
    word = tokens[0][0].lower() if len(tokens) == 1 else ""
    return (word in OPENING_WORDS or word in PLACE_ADVERBS) and not _is_acronym(tokens[0][0])


def _first_opens_name(text: str, tokens: list[tuple[str, int, int]]) -> bool:
    """True when "First" opens a post ("First Minister John Swinney") or, with no comma after it,
    a body's name ("First Bank of Nigeria", "First Solar Inc."): no opening word to drop."""
    if tokens[1][0] in FIRST_POSTS:
        return True
    return not text[tokens[0][2] : tokens[1][1]].strip() and _looks_org([t[0] for t in tokens[1:]])


def parse_phrase(text: str, start: int, end: int) -> Phrase | None:
    """Read ``text[start:end]`` as a speaker phrase; None when it does not look like one.

    The reading depends on those words alone (every rule reads inside them), so it is worked out
    once for each wording and moved to where the words stand: "he", "the ministry" or a
    speaker's name come back many times in an article and across articles.
    """
    phrase = _read_words(text[start:end])
    if phrase is None or start == 0:
        return phrase
    return attrs.evolve(phrase, span=Span(phrase.span.start + start, phrase.span.end + start))


@lru_cache(maxsize=16384)
def _read_words(words: str) -> Phrase | None:
    """:func:`parse_phrase` of ``words`` standing at the start of a text."""
    return _parse_words(words, 0, len(words))


def _parse_words(text: str, start: int, end: int) -> Phrase | None:
    """The rules of :func:`parse_phrase` (which reads the same words once for every place)."""
    dated = _ON_DATE.search(text, start, end)
    end = dated.start() if dated else end  # "released by HDB on Oct 1": the name ends at the date
    if (joined := joined_body_in_place(text[start:end], start)) is not None:
        return joined  # "Citizens for Responsibility and Ethics in Washington": a body, no place
    phrase = _parse_phrase(text, start, end)
    if phrase is None or phrase.kind in _NO_OWNER_READ:
        # "according to the council's own figures", "Electoral Office figures released on Monday"
        phrase = document_owner(text, start, end, _parse_words) or phrase
    if phrase is None or phrase.kind == "descriptor":
        phrase = outlet_phrase(text[start:end], start) or phrase  # "The Guardian", "The Economist"
    if phrase is None or (phrase.kind == "person" and phrase.name in PARTY_MEMBERS):
        phrase = party_member(text[start:end], start) or phrase  # "the Republican", "the veteran Socialist"
    if phrase is not None:
        # "Fenwick & Daughters" a firm; "Storm Ciara", "the River Calder" no person
        phrase = acronym_tail_body(nature_no_person(ampersand_body(phrase), text[start:end]))
    if phrase is None or phrase.kind != "person" or not phrase.name:
        return phrase
    if _joined_name(phrase.name):
        # "Immigration and Customs Enforcement", "Centers for Disease Control and Prevention"
        return attrs.evolve(phrase, kind="organisation", head=phrase.name.split()[-1].lower())
    words = phrase.name.split()
    if len(words) > 1 and words[-1].lower() in PLACE_HEADS:
        # "Solomon Islands", "Islamabad Capital Territory", "Harlan Road": a place, no person
        return Phrase(phrase.span, "anonymous", name=phrase.name, head=words[-1].lower())
    if len(words) > 1 and words[-1].lower() in BODY_HEADS:
        # "Bain Capital said", "Boston College said": a body named after a person or a place
        return attrs.evolve(phrase, kind="organisation", head=words[-1].lower())
    if len(words) > 1 and words[-1].lower() in GROUP_WORDS and words[0].lower() not in first_names():
        # "House Republicans", "Senate Democrats": an unnamed group, not a person
        return Phrase(phrase.span, "anonymous", name=phrase.name, head=words[-1].lower())
    if " " not in phrase.name:
        word = phrase.name.lower().rstrip(".")
        if word in GROUP_WORDS:  # "Republicans said": an unnamed group, not a person
            return Phrase(phrase.span, "anonymous", name=phrase.name, head=word)
        if word in NOT_A_NAME or word in PLACE_WORDS or STATE_OR_PARTY.fullmatch(phrase.name):
            # "There", "Both", "D-Nev.", "Calif.", "Republican", "Iowa": no person of that name;
            # the words stay the quote's mention, with no speaker named
            return Phrase(phrase.span, "anonymous", name=phrase.name, head=word)
    if phrase.role:
        before = text[phrase.span.start : text.find(phrase.name, phrase.span.start, phrase.span.end)].split()
        if before and before[-1].lower() in BODY_ROLES:
            # "campaign group River Action", "the regulator Ofwat", "water company Thames Water"
            return attrs.evolve(phrase, kind="organisation", head=before[-1].lower())
    return phrase


#: Readings a document's owner may replace: words that name no one, or a document read as a
#: descriptor ("the company's website" as the website).
_NO_OWNER_READ = frozenset({"anonymous", "org-descriptor", "descriptor"})


def _joined_name(name: str) -> bool:
    """True for capitalised words joined by "and" or "for" with no first name among them: a
    body's name, never one person's."""
    words = name.split()
    inner = [w for w in words[1:-1] if w in ("and", "for")]
    rest = [w for w in words if w not in ("and", "for", "of", "the")]
    names = first_names()
    return bool(inner) and all(_is_cap(w) for w in rest) and not any(w.lower() in names for w in rest)


def _post(lowered: list[str]) -> str:
    """The post a descriptor names, by its last word, or its last two for "vice president"."""
    if len(lowered) > 1 and lowered[-2] in ("vice", "vice-"):
        return f"vice {lowered[-1]}"
    return lowered[-1]


def _parse_phrase(text: str, start: int, end: int) -> Phrase | None:
    passive = QUOTED_AS_PASSIVE.search(text, start, end)
    if passive is not None:
        end = passive.start()  # "Yoon was quoted as (saying)": Yoon
    while end > start and text[end - 1] in " \t—–―":
        end -= 1  # "… ― three former administration big shots ― have said": no dash in the name
    raw = text[start:end]
    tokens = [(m.group(), start + m.start(), start + m.end()) for m in TOKEN.finditer(raw)]
    tokens = [t for t in tokens if t[0] != ","]
    while (
        len(tokens) > 1
        and tokens[0][0].lower() in OPENING_WORDS
        and not (tokens[0][0] == "First" and _first_opens_name(text, tokens))
    ):
        tokens = tokens[1:]  # "When Denise Hall", "Meanwhile Smith", "READ MORE"
    while len(tokens) > 2 and tokens[0][0].lower() in PREPOSITIONS and tokens[1][0].lower() in OPENING_WORDS:
        tokens = tokens[2:]  # "In March Walter Ames", "On Monday Smith"
    while tokens and tokens[-1][0].rstrip(".").lower() in TIME_WORDS:
        tokens.pop()  # "The International Monetary Fund Wednesday said"
        while tokens and tokens[-1][0].lower() in ("on", "of", "for", "and", "the"):
            tokens.pop()  # "the Riverside Port Authority on Monday"
    if tokens and tokens[-1][0] in DANGLING:
        return None  # "a Senate subcommittee to", "a lengthy investigation not to": a fragment
    if len(tokens) == 1 and PARTICIPLE_OPENING.fullmatch(tokens[0][0]):
        return None  # "Having said that", "Chastened by …": a participle, no name
    if tokens and _FULL_STOP_AFTER_WORD.search(tokens[-1][0]):
        last_word, last_start, last_end = tokens[-1]  # "according to the health ministry."
        tokens[-1] = (last_word[:-1], last_start, last_end - 1)
    if not tokens and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*%\s*", raw):
        # "47% say …": a share of those polled, written in figures only
        lead = len(raw) - len(raw.lstrip())
        return Phrase(Span(start + lead, start + len(raw.rstrip())), "anonymous", name=raw.strip(), head="%")
    if not tokens or len(tokens) > 12 or _opening_only(tokens):
        return None
    # trim trailing punctuation from the last token's span
    first_word = tokens[0][0].lower()
    span = Span(tokens[0][1], tokens[-1][2])
    if len(tokens) == 1 and first_word in SUBORDINATORS:
        return None  # "As", "While": a word that opens a clause names nobody
    if len(tokens) == 1 and first_word in PRONOUNS:
        return Phrase(span, "pronoun", pronoun=first_word)
    words = [t[0] for t in tokens]
    last = words[-1].rstrip(".")
    lowered = [w.lower() for w in words]
    if SHARE_OF.match(raw.strip()):
        # "About two-thirds of those surveyed", "60 percent of respondents": part of a group
        return Phrase(span, "anonymous", name=_as_written(raw), head=lowered[-1])
    if lowered[0] in PREPOSITIONS:
        return None
    place = next((i for i, w in enumerate(words) if w in ("in", "near") and i > 0), None)
    if (
        place is not None
        and (words[place - 1].islower() or place == 1)
        and (
            lowered[place - 1] in ANONYMOUS_PLURALS | PERSON_NOUNS | ORG_NOUNS
            or _plural_person(lowered[place - 1])
        )
        and all(_is_cap(w) or w.lower() in ("the", "and") for w in words[place + 1 :])
    ):
        # "Officials in Kabul", "Police near Lagos": the place is where they speak, not who
        return parse_phrase(text, start, tokens[place - 1][2])
    if place is not None and _AGENTS.fullmatch(words[place - 1]) and all(map(_is_cap, words[place + 1 :])):
        group = Span(tokens[0][1], tokens[place - 1][2])  # "Apple growers in Hawke's Bay": no "Bay"
        return Phrase(group, "anonymous", name=group.of(text), head=lowered[place - 1])
    if ("of" in lowered[1:-2] or "for" in lowered[1:-2]) and (
        named := _name_after_post_of(text, tokens, words)
    ) is not None:
        # "Secretary of State Antony Blinken", "Bank of America CEO Brian Moynihan", "Minister
        # for Foreign Affairs Vivian Balakrishnan"
        return named
    near = next((i for i, w in enumerate(lowered) if w in NEAR_WORDS and i > 0), None)
    if (
        near is not None
        and near <= 4
        and lowered[near - 1] in ANONYMOUS_PLURALS
        and all(w in DETERMINERS or w in INDEFINITE or w in NEAR_MODIFIERS for w in lowered[: near - 1])
    ):
        # "Sources in the ministry", "Two officials close to the president": unnamed people
        # close to a body, not the body
        return Phrase(span, "anonymous", name=_as_written(raw), head=lowered[near - 1])
    tail = next((i for i, w in enumerate(lowered) if w in ("of", "for", "at", "from") and i > 0), None)
    if tail is not None and plural_body_name(words, tail - 1):
        # "United Nurses of Alberta", "Communications Workers of America": a body's name
        return Phrase(span, "organisation", name=_as_written(raw), head="union")
    if tail is not None and _plural_person(lowered[tail - 1]):
        # "the two senators from Ohio": an unnamed group, not a person called "Ohio"
        return Phrase(span, "anonymous", name=_as_written(raw), head=lowered[tail - 1])
    if tail is not None and person_noun(lowered[tail - 1]) and first_word not in INDEFINITE:
        # "the health secretary of Mexico", "The Director of FAO's Agricultural Development …"
        role = " ".join(w for w in words if w.lower() not in DETERMINERS)
        # "the father of three": the person in view, no relative of another (head "father of")
        head = f"{lowered[tail - 1]} of" if parent_of_count(lowered, tail) else lowered[tail - 1]
        return Phrase(span, "descriptor", head=head, role=role)
    link = next((i for i, w in enumerate(lowered[:-1]) if w in ("of", "at", "from") and i > 1), None)
    if link is not None and works_at(words, link):
        # "Analyst Jane Roe of Some Bank", "economist John Smith of Moody's Analytics", "Co-author
        # Marcel de Boer of the Netherlands Institute of Ecology": a named person and where they
        # work, not a body nor a person called "Analytics"
        named = parse_phrase(text, start, tokens[link - 1][2])
        if named is not None and named.kind == "person" and named.name and len(named.name.split()) >= 2:
            works_for = " ".join(words[link + 1 :] if _is_cap(words[link + 1]) else words[link + 2 :])
            return attrs.evolve(named, role=f"{named.role}, {works_for}" if named.role else works_for)
    if first_word in ("the", "a") and len(lowered) > 2 and lowered[1] in ORDINAL_SOURCES:
        # "the first U.S. official", "a second official": one of several unnamed sources
        return Phrase(span, "anonymous", name=_as_written(raw), head=lowered[-1])
    if first_word in INDEFINITE and (
        issued := issuer_phrase(text, span, words, [t[1] for t in tokens], parse_phrase)
    ):
        return issued  # "A statement from the Westfield Housing Trust", "a Gallup poll"
    if first_word in INDEFINITE:
        # "a spokesman for the ministry" speaks for the ministry; "a reporter for VOA" is unnamed
        of = next((i for i, w in enumerate(lowered) if w in ("for", "of", "from", "at")), None)
        if of is not None and any(w.startswith(("spokes", "representative")) for w in lowered[:of]):
            body = parse_phrase(text, tokens[of + 1][1], span.end)
            if body is not None and (
                body.kind == "organisation" or (body.kind == "org-descriptor" and body.name)
            ):
                # "a spokesperson for Norway's climate ministry" speaks for that ministry
                return attrs.evolve(body, span=span)
        return Phrase(span, "anonymous", name=_as_written(raw), head=lowered[-1])
    if lowered[-1] in DEMONYMS or (
        len(words) <= 2 and (lowered[-1] in ANONYMOUS_PLURALS or _people(lowered[-1]))
    ):
        return Phrase(span, "anonymous", name=_as_written(raw), head=lowered[-1])
    if any(w in DOCUMENTS for w in lowered):
        issuer = next((w for w in words if _is_acronym(w.strip(".,")) or w.lower() in ("un", "u.n.")), None)
        # the issuer is a body's acronym: not a country's ("the U.S. Geological Survey")
        if issuer is not None and acronym_key(issuer) not in NOT_ORG_ACRONYMS:
            return Phrase(
                span, "organisation", name=issuer.strip(".,") if "." not in issuer else issuer, head="report"
            )
        return Phrase(span, "org-descriptor", head="report")
    if not last:
        return None
    if _is_cap(last) or _is_acronym(last) or particle_surname(last):
        # trailing run of capitalised words (with connectors inside; "Khalid al-Mansour")
        index = len(words) - 1
        while index > 0:
            chain = particle_chain_start(words, index) if _is_cap(words[index]) else None
            if chain is not None:
                index = chain  # "Maarten van der Hoeven", "Els van 't Hof": particles inside the name
            elif (
                _is_cap(words[index - 1])
                or (words[index - 1].lower() in NAME_CONNECTORS and _is_cap(words[index]))
                # "the Office for the Coordination of Humanitarian Affairs": over "for the" to "Office"
                or joins_body(words, index - 1)
                or joins_body(words, index - 2)
            ):
                index -= 1
            else:
                break
        run = words[index:]
        while run and run[0].lower() in NAME_CONNECTORS:
            if keeps_particle(run):
                break  # "Van der Merwe said", "De Villiers said": the surname's own particle
            run, index = run[1:], index + 1
        if not run:
            return None
        owner: str | None = None
        if len(run) > 1 and _POSSESSIVE_END.search(run[0]):
            owner = _strip_possessive(run[0])
            run, index = run[1:], index + 1  # "Russia's Foreign Ministry": the country qualifies it
        before = words[:index]
        name_end = span.end
        if (
            len(run) > 2
            and run[-1].lower().strip(".,") in POSTNOMINALS
            and (run[-3].lower() in first_names() or run[-1].strip(".,").isupper())
        ):
            run = run[:-1]  # "Judge Michael Fitton QC": the letters after the name are no part of it
            name_end = tokens[index + len(run) - 1][2]
        if len(run) > 2 and run[-1].lower().strip(",") in SUFFIXES:
            run = run[:-1]  # "Robert F. Kennedy Jr.": the name is read without it, and keeps it
        titled = [i for i, w in enumerate(run[:-1]) if w.lower().strip(".") in PERSON_NOUNS]
        named_after_title = bool(titled) and not any(_looks_org([w]) for w in run[titled[-1] + 1 :])
        given_at = _given_name_at(run)
        named_after_title = named_after_title or given_at is not None
        if named_after_title:
            pass  # "Central Bank Governor Gideon Gono": a person whose title names a body
        elif (
            _looks_org(run) or (before and before[-1].lower() == "the" and _looks_org(run + before[-1:]))
        ) and not (
            len(run) > 1
            and run[-1].lower().strip(".") in PERSON_NOUNS & TITLE_WORDS
            and run[-2].lower() not in NAME_CONNECTORS  # "the Department of Justice" is the body
        ):  # "Communications Minister", "Central Bank Governor": a post named after a body
            name_start = tokens[index][1]
            name = text[name_start : span.end]
            name = name.strip()
            if _FULL_STOP_AFTER_WORD.search(name):  # "Interior Ministry." at a sentence end; not "U.N."
                name = name[:-1]
                span = Span(span.start, span.end - 1)
            return Phrase(span, "organisation", name=name, head=run[-1].lower(), place=owner)
        if (
            before
            and before[-1].lower() in ("in", "near", "at")
            and (
                all(w.lower().strip(".,") in PLACE_WORDS for w in run)
                or not any(_names_post(w) for w in before)
            )
        ):
            return None  # "The Democratic debate in New Hampshire", "the town hall near Des Moines": a place
        possessive = [i for i, w in enumerate(run[:-1]) if _POSSESSIVE_END.search(w)]
        if possessive:  # "Zimbabwe's Central Bank Governor Gideon Gono": the country qualifies the role
            run = run[possessive[-1] + 1 :]
            index += possessive[-1] + 1
            before = words[:index]
            given_at = _given_name_at(run)
        if len(run) > 2 and before and before[-1] in ("in", "for") and run[0].lower() in COUNTRIES:
            # "UNICEF Representative in Zimbabwe Roeland Monasch": the country ends the role
            run, index = run[1:], index + 1
            before = words[:index]
            given_at = _given_name_at(run)  # counted again on the shorter run: "… in Zimbabwe Peter Monasch"
        last_word = run[-1].lower().strip(".")
        given = run[-2].lower().strip(".") if len(run) > 1 else ""
        surname = (  # "Stephen King", "Senator Angus King"; not "the Saudi King", "U.S. District Judge"
            last_word in SURNAME_TITLES
            and bool(given)
            and not (before and before[-1].lower() in DETERMINERS)
            and not any(_is_acronym(w) or w.lower() in COUNTRIES for w in run[:-1])
            and given not in TITLE_WORDS | ORG_WORDS | COURT_WORDS
            and not _POSSESSIVE_END.search(run[-2])
        )
        if last_word in PERSON_NOUNS and last_word in TITLE_WORDS and not surname:
            # "The Haitian government Communications Minister": a role, not a name ("Stephen
            # King" and "John Major" are names)
            role = " ".join(w for w in words if w.lower() not in DETERMINERS)
            return Phrase(span, "descriptor", head=_post(lowered), role=role)
        if "of" in [w.lower() for w in run[1:]]:
            cut = [w.lower() for w in run].index("of", 1)
            run = run[:cut]
            span = Span(span.start, tokens[index + cut - 1][2])
        # person: split leading title words from the name
        split = 0
        while split < len(run) - 1:
            if (
                split == len(run) - 2
                and run[split].lower() == "dean"
                and (
                    any(w.lower() in PERSON_NOUNS for w in before)
                    or (split > 0 and run[split - 1].lower().strip(".") in PERSON_NOUNS)
                )
            ):
                break  # "Senior meteorologist Dean Narramore", "Supervisor Dean Preston": a given name
            if keeps_particle(run[split:]):
                break  # "Van der Merwe", "De Villiers": the surname's own particle, no title
            if _names_post(run[split]) or run[split].lower() in NAME_CONNECTORS:
                split += 1
                continue
            # a nationality, place or body before a title belongs to the role: "Chinese President
            # Xi Jinping", "South Korean President Moon Jae-in", "Former U.S. President Barack Obama"
            ahead = next((k for k in range(split + 1, min(split + 4, len(run) - 1)) if _is_title(run[k])), 0)
            if not ahead:
                break
            split = ahead
        if given_at is not None and split < given_at < len(run):
            split = given_at  # "the No. 2 Senate Republican John Cornyn": the role ends at the given name
        crowned = split > 1 and run[split - 2].lower() == "crown"  # "Crown Prince" is one title
        if split and run[split - 1].lower() in ROYAL_TITLES and not crowned:
            split -= 1  # "King Salman", "Prince Harry": the royal title is part of the name
        name_words = [w for w in run[split:] if w.lower().strip(".") not in HONORIFICS]
        if not name_words or any(_strip_possessive(w) != w for w in name_words):
            return None
        if any(w.lower() in DETERMINERS or w.lower() in PRONOUNS for w in name_words):
            return None
        if len(run) == 1 and aged_one_word(before, AGED_BEFORE.search(text, span.start, tokens[index][1])):
            # "said the 24-year-old Ghanaian": the person in view, as "the 24-year-old" is
            return Phrase(span, "descriptor", head="year-old", role=f"year-old {run[0]}")
        if len(run) == 1 and before and before[-1].lower() in DETERMINERS:
            if [w.lower() for w in before] == ["the"] and run[0].lower() in DEMONYM_PERSONS:
                # "the Spaniard said": the person in view, never a person named "Spaniard" when none fits
                return Phrase(span, "descriptor", head=run[0].lower())
            return None  # "the Russian": a name takes no article
        name_start = tokens[index + split][1]
        while " " in text[name_start : span.end] and (
            text[name_start : text.index(" ", name_start)].lower().rstrip(".") in HONORIFICS
        ):
            name_start = text.index(" ", name_start) + 1
        name_start = skip_courtesy_titles(text, name_start, span.end)  # "Datuk Seri Lim Wei Jie"
        name = text[name_start : min(name_end, span.end)]
        if (
            len(run) > 1
            and run[-1].lower().strip(".") in DOCUMENT_NAMES
            and run[-2].lower() not in first_names()
            and run[-2].lower().strip(".") not in HONORIFICS | ADDRESS_TITLES
        ):
            return None  # "the U.S. Refugee Act", "the Dodd-Frank Act": a law ("Mr. Law" is a person)
        owned = max((i + 1 for i, w in enumerate(before) if re.search(r"[’']s$", w)), default=0)
        # "South Africa's Health Minister": the owner, all its words, is no part of the role
        role_words = [w for w in before[owned:] if w.lower() not in DETERMINERS]
        role_tokens = role_words + run[:split]
        title = " ".join(w for w in role_tokens if w.lower().strip(".") not in HONORIFICS)
        if title and re.search(r"\d", text[span.start : name_start]):
            # "the No. 2 Senate Republican": a rank in figures is part of the role as written
            role_at = text.find(title.split()[0], span.start, name_start)
            title = " ".join(text[role_at:name_start].split()) if role_at >= 0 else title
        return Phrase(span, "person", name=name, role=title or None)
    head = last.lower()
    first = words[0].lower()
    if head in ANONYMOUS_PLURALS or first in INDEFINITE or _plural_person(head):
        return Phrase(span, "anonymous", name=_as_written(raw), head=head)
    if head in PERSON_NOUNS or (head == "year-old" and AGED.search(raw)):  # "the diplomat", "the 46-year-old"
        return Phrase(
            span,
            "descriptor",
            head=_post(lowered),
            role=" ".join(w for w in words if w.lower() not in DETERMINERS),
        )
    if aged_role := aged_noun_role(raw):  # "the 46-year-old carpenter": the person in view
        return Phrase(span, "descriptor", head="year-old", role=aged_role)
    if head in ORG_NOUNS:
        qualified = [t for t in tokens if t[0].lower() not in DETERMINERS]
        # a mark as written in lower case, or opening the words ("He was …"; "IT services" is none)
        marks = [
            i
            for i, (w, _, _) in enumerate(qualified[:-1])
            if w in CLAUSE_MARKS or (i == 0 and not w.isupper() and w.lower() in CLAUSE_MARKS)
        ]
        if marks:
            # "He was referring to a 2006 controversy over a state-owned Dubai company", "They
            # include Chinese military": a clause, not a body's name; the body is the words after
            # its last verb, pronoun or preposition
            cut = max([marks[-1], *(i for i, t in enumerate(qualified[:-1]) if t[0] in CLAUSE_LINKS)])
            qualified = [t for t in qualified[cut + 1 :] if t[0].lower() not in DETERMINERS]
            if not any(_is_cap(w) for w, _, _ in qualified[:-1]):
                return None  # "Joining Rubio in the group": no body named, none to point back to
            span = Span(qualified[0][1], span.end)
        # "the Labour-run authority", "the Abu Dhabi-based lender": the modifier names no body
        named_from = after_modifier([w for w, _, _ in qualified[:-1]])
        if not any(_is_cap(w) for w, _, _ in qualified[:named_from]):
            named_from = 0  # "a state-owned Dubai company": a modifier without capitals stays in the name
        if len(qualified) > 1 and any(_is_cap(w) for w, _, _ in qualified[named_from:-1]):
            # "the Brazilian air force", "Russia's defence ministry", "the U.N. refugee agency": a
            # nationality, place or acronym lets the words name a body when none came before
            return Phrase(span, "org-descriptor", name=text[qualified[named_from][1] : span.end], head=head)
        if field_body([w for w, _, _ in qualified]):
            # "the interior ministry said": a ministry its field names, no pointer to the last body
            return Phrase(span, "org-descriptor", name=text[qualified[0][1] : span.end], head=head)
        return Phrase(span, "org-descriptor", head=head)
    return None


@lru_cache(maxsize=8192)
def acronym_key(name: str) -> str:
    """Fold an acronym for comparison: "U.N." and "UN" and "U-N" are one key."""
    return re.sub(r"[.\-\s]", "", name).upper()
