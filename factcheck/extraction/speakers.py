"""Speakers: read the noun phrase that names who speaks, and resolve it to one speaker.

A speaker phrase is one of

* a pronoun ("he", "she", "it", "they");
* a name, perhaps after a title or role ("Deputy Foreign Minister Oleg Syromolotov",
  "U.N. refugee spokesman William Spindler", "Syromolotov");
* an organisation ("UNHCR", "the World Health Organization", "China");
* a descriptor that points back (or, in a headline, forward) to a speaker
  ("the diplomat", "The Russian official", "the refugee agency", "the report");
* an anonymous source ("a senior official", "officials", "police", "sources").

:class:`SpeakerRegistry` keeps the speakers of one document in the order they
are met and resolves each new phrase: a surname to the person of that surname,
"he"/"she" to the last person, "it" to the last organisation, a descriptor to the
last speaker of its kind (preferring one whose role shares its head noun).
Anonymous sources are kept as anonymous, never guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

import attrs

from factcheck.model import Span, Speaker, SpeakerKind
from factcheck.registry import bundled_registry
from factcheck.vocabulary import NAME_CONNECTORS, PERSON_NOUNS

PRONOUNS = {"he": "person", "she": "person", "it": "organisation", "they": "group"}
TITLE_WORDS = frozenset(
    """deputy foreign minister ministry president vice prime secretary general spokesman spokeswoman
    spokesperson director chief senior head governor ambassador envoy commissioner chairman
    chairwoman chair executive officer commander attorney justice judge senator sen representative
    rep mayor king queen prince princess sheikh emir pope cardinal bishop archbishop dr mr mrs ms
    professor prof interior defense defence finance economy trade health justice education energy
    agriculture transport home first special high acting former assistant under undersecretary state
    federal national central bank regional deputy-director lieutenant colonel major captain sergeant
    admiral marshal premier chancellor coordinator relief refugee humanitarian police army air navy
    security intelligence economic economist counsel adviser advisor minister-counsellor permanent
    supreme leader lt gen col ceo cfo coo""".split()
)
#: Words of a court's or district's name before a judge's title: "U.S. District Judge".
COURT_WORDS = frozenset({"district", "circuit", "appeals", "high", "supreme", "magistrate"})
#: Title words that are also common surnames: "Stephen King", "John Major", "Jane Bishop".
SURNAME_TITLES = frozenset({"king", "major", "bishop", "judge", "marshal", "pope", "prince", "dean"})
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "sheikh", "emir", "sultan"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "mister", "miss", "madam", "sir", "dame"})
ORG_NOUNS = frozenset(
    """agency ministry organization organisation group report survey government company body fund
    foundation office department study committee council commission institute university bank
    service court board union association coalition alliance federation network centre center
    program programme administration authority charity firm corporation statement embassy army
    military party movement mission team club league regulator watchdog tribunal cabinet parliament
    congress senate kremlin white-house pentagon country nation state force navy military guard
    audit poll analysis review investigation inquiry probe newspaper paper magazine broadcaster
    channel station outlet website carrier automaker retailer insurer lender publisher campaign
    family couple camp panel caucus delegation legislature""".split()
)
ANONYMOUS_PLURALS = frozenset(
    """officials sources authorities police experts analysts diplomats witnesses residents
    investigators observers critics scientists researchers doctors activists people officers reports
    respondents economists aides members lawmakers agencies groups organizations organisations
    governments companies ministries workers families relatives students media voters supporters
    opponents backers allies rivals candidates leaders advocates delegates donors women men
    conservatives liberals progressives moderates protesters demonstrators pollsters strategists
    consultants advisers advisors staffers insiders operatives employees prosecutors lawyers
    attorneys parents citizens participants polls surveys studies moderators contenders hopefuls
    journalists senators campaigns friends spokesmen spokeswomen spokespeople congressmen
    businessmen""".split()
)
ORG_WORDS = frozenset(
    """organization organisation agency ministry fund program programme foundation council bank group
    office committee commission institute university survey service department government union
    association court party police army forces force administration center centre corporation
    company news network times post agency nations bureau authority alliance federation coalition
    cross crescent board reserve trust society league unicef unhcr who kremlin pentagon parliament
    congress senate assembly monitor watch international press media broadcasting radio television
    journal gazette herald tribune telegraph reuters airlines airline airways corp inc ltd llc plc
    holdings""".split()
)
COUNTRIES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burundi cambodia cameroon
    canada chad chile china colombia congo croatia cuba cyprus czechia denmark egypt eritrea estonia
    ethiopia finland france georgia germany ghana greece guatemala guinea haiti honduras hungary
    iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea
    kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania malawi malaysia mali mexico
    moldova mongolia morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway
    oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia
    rwanda senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria
    taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay
    uzbekistan venezuela vietnam yemen zambia zimbabwe washington moscow beijing london paris berlin
    tokyo kyiv kiev tehran ankara""".split()
)
DEMONYMS = frozenset(
    """afghans iraqis americans israelis palestinians pakistanis somalis syrians russians ukrainians
    iranians europeans africans asians britons germans chinese japanese indians mexicans haitians
    kenyans nigerians egyptians turks kurds greeks italians spaniards poles canadians australians
    brazilians indonesians filipinos koreans vietnamese sudanese ethiopians zimbabweans angolans""".split()
)
PREPOSITIONS = frozenset(
    """from in at on for with by after before during under over since until to of about against
    among between into through across near outside inside within without""".split()
)
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "another", "one"}
)
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "two", "three", "many"})
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
#: Words that open a sentence or a section, never the first word of a name: a capitalised
#: "When" or "Meanwhile" glued to the name after it is not part of it.
OPENING_WORDS = frozenset(
    """when while although though meanwhile however but and so yet also then now after before since
    because if as once until unless still thus today yesterday tonight instead indeed moreover
    furthermore besides nevertheless nonetheless later earlier finally first last read watch more even
    update updated related editor's note correction which who whom whose january february march
    april june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    recently separately previously initially ultimately eventually subsequently similarly likewise
    additionally apparently clearly obviously notably importantly publicly privately originally
    currently again""".split()
)
#: Words that open a subordinate clause: alone, never a speaker.
SUBORDINATORS = frozenset(
    "as while when although though because since if after before once until unless whether".split()
)
#: Documents that say things as a report does: "the ad says", "the lawsuit alleges", "The letter
#: argues" (read as a report: an unnamed body's words unless an acronym names who issued them).
DOCUMENTS = frozenset(
    """report survey study ad advert advertisement lawsuit suit complaint letter memo editorial
    tweet email e-mail video book filing indictment affidavit""".split()
)
TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\wÀ-ÿ’'.&-]*|[,]")


@attrs.frozen
class Phrase:
    """A speaker phrase as read: its span, its kind, and the name and role it gives.

    ``kind`` is one of "pronoun", "person", "organisation", "descriptor" (pointing at
    a person), "org-descriptor" (pointing at an organisation), "anonymous".
    """

    span: Span
    kind: str
    name: str | None = None
    role: str | None = None
    head: str | None = None
    pronoun: str | None = None
    place: str | None = None


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


#: A share of a group as a speaker: "About two-thirds of those surveyed say …", "… while about
#: two-thirds say …".
SHARE_OF = re.compile(
    r"(?i)(?:about|around|nearly|almost|more\s+than|over|some|roughly|just|only|fewer\s+than|less\s+than)?\s*"
    r"(?:half|a\s+third|a\s+quarter|a\s+fifth|\w+[-\s](?:thirds|quarters|fifths|tenths)|most|many|a\s+majority|"
    r"the\s+majority|[\d.,]+\s*(?:%|percent|per\s+cent)|\w+(?:-\w+)?\s+(?:percent|per\s+cent)|"
    r"(?:one|\d+)\s+in\s+\w+|\w+\s+out\s+of\s+\w+)(?:\s+of\s+\S.*|\s*)$"
)


def _is_title(token: str) -> bool:
    """True for a title word, hyphenated ones too ("Secretary-General", "Vice-President")."""
    word = token.lower().strip(".")
    return word in TITLE_WORDS or ("-" in word and all(part in TITLE_WORDS for part in word.split("-")))


def _strip_possessive(token: str) -> str:
    return re.sub(r"[’']s?$", "", token)


def _is_acronym(token: str) -> bool:
    bare = token.replace(".", "").replace("-", "")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def _looks_org(words: list[str]) -> bool:
    lowered = [_strip_possessive(w).lower().strip(".") for w in words]
    # "WHO" is the health agency; "Who" opens a question ("Who would he appoint?")
    if any(w in ORG_WORDS and (w != "who" or word.isupper()) for w, word in zip(lowered, words, strict=True)):
        return True
    if len(words) == 1 and (_is_acronym(words[0]) or lowered[0] in COUNTRIES):
        return True
    return all(_is_acronym(w) for w in words)


def _opening_only(tokens: list[tuple[str, int, int]]) -> bool:
    """True for one opening word alone: "However, the brief said …" has no speaker "However"
    (an acronym such as "WHO" is a name)."""
    return len(tokens) == 1 and tokens[0][0].lower() in OPENING_WORDS and not _is_acronym(tokens[0][0])


def parse_phrase(text: str, start: int, end: int) -> Phrase | None:
    """Read ``text[start:end]`` as a speaker phrase; None when it does not look like one."""
    phrase = _parse_phrase(text, start, end)
    if phrase is None or phrase.kind != "person" or not phrase.name:
        return phrase
    if _joined_name(phrase.name):
        # "Immigration and Customs Enforcement", "Centers for Disease Control and Prevention"
        return attrs.evolve(phrase, kind="organisation", head=phrase.name.split()[-1].lower())
    if " " not in phrase.name:
        word = phrase.name.lower().rstrip(".")
        if word in GROUP_WORDS:  # "Republicans said": an unnamed group, not a person
            return Phrase(phrase.span, "anonymous", name=phrase.name, head=word)
        if word in NOT_A_NAME or word in PLACE_WORDS or STATE_OR_PARTY.fullmatch(phrase.name):
            # "There", "Both", "D-Nev.", "Calif.", "Republican", "Iowa": no person of that name;
            # the words stay the quote's mention, with no speaker named
            return Phrase(phrase.span, "anonymous", name=phrase.name, head=word)
    return phrase


#: One word that a capitalised run may give but that names no person: pronouns and determiners
#: opening a sentence, and the adjectives of parties and regions.
NOT_A_NAME = frozenset(
    """it they there here what these those this that others other both each all
    some many most perhaps having given asked along amid despite among republican democratic
    democrat western eastern northern southern conservative liberal progressive independent""".split()
)
#: One word that names a group that speaks: "Republicans said", "Democrats argue".
GROUP_WORDS = frozenset(
    """republicans democrats independents conservatives liberals progressives americans
    europeans""".split()
)
#: A party and state in brackets after a lawmaker's name ("D-Nev.", "R-Ky.", "I-Vt."), a party
#: letter alone, or a state as news agencies abbreviate it ("Calif.", "Va.", "Mass.").
STATE_OR_PARTY = re.compile(
    r"[DRI](?:-[A-Z][A-Za-z.]*)?|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|"
    r"Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.?"
)


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
    raw = text[start:end]
    tokens = [(m.group(), start + m.start(), start + m.end()) for m in TOKEN.finditer(raw)]
    tokens = [t for t in tokens if t[0] != ","]
    while len(tokens) > 1 and tokens[0][0].lower() in OPENING_WORDS:
        tokens = tokens[1:]  # "When Denise Hall", "Meanwhile Smith", "READ MORE"
    while len(tokens) > 2 and tokens[0][0].lower() in PREPOSITIONS and tokens[1][0].lower() in OPENING_WORDS:
        tokens = tokens[2:]  # "In March Walter Ames", "On Monday Smith"
    while tokens and tokens[-1][0].rstrip(".").lower() in TIME_WORDS:
        tokens.pop()  # "The International Monetary Fund Wednesday said"
        while tokens and tokens[-1][0].lower() in ("on", "of", "for", "and", "the"):
            tokens.pop()  # "the Riverside Port Authority on Monday"
    if tokens and re.search(r"[a-z]{2}\.$", tokens[-1][0]):
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
        return Phrase(span, "anonymous", name=raw.strip(" ,"), head=lowered[-1])
    if lowered[0] in PREPOSITIONS:
        return None
    place = next((i for i, w in enumerate(words) if w in ("in", "near") and i > 0), None)
    if (
        place is not None
        and (words[place - 1].islower() or place == 1)
        and lowered[place - 1] in ANONYMOUS_PLURALS | PERSON_NOUNS | ORG_NOUNS
        and all(_is_cap(w) or w.lower() in ("the", "and") for w in words[place + 1 :])
    ):
        # "Officials in Kabul", "Police near Lagos": the place is where they speak, not who
        return parse_phrase(text, start, tokens[place - 1][2])
    tail = next((i for i, w in enumerate(lowered) if w in ("of", "for", "at", "from") and i > 0), None)
    if tail is not None and lowered[tail - 1][-1:] == "s" and lowered[tail - 1][:-1] in PERSON_NOUNS:
        # "the two senators from Ohio": an unnamed group, not a person called "Ohio"
        return Phrase(span, "anonymous", name=raw.strip(" ,"), head=lowered[tail - 1])
    if tail is not None and lowered[tail - 1] in PERSON_NOUNS and first_word not in INDEFINITE:
        # "the health secretary of Mexico", "The Director of FAO's Agricultural Development …"
        role = " ".join(w for w in words if w.lower() not in DETERMINERS)
        return Phrase(span, "descriptor", head=lowered[tail - 1], role=role)
    link = next((i for i, w in enumerate(lowered[:-1]) if w in ("of", "at", "from") and i > 1), None)
    if link is not None and _is_cap(words[link + 1]):
        # "Analyst Jane Roe of Some Bank", "economist John Smith of Moody's Analytics": a named
        # person and where they work, not a body nor a person called "Analytics"
        named = parse_phrase(text, start, tokens[link - 1][2])
        if named is not None and named.kind == "person" and named.name and len(named.name.split()) >= 2:
            works_for = " ".join(words[link + 1 :])
            return attrs.evolve(named, role=f"{named.role}, {works_for}" if named.role else works_for)
    if first_word in ("the", "a") and len(lowered) > 2 and lowered[1] in ORDINAL_SOURCES:
        # "the first U.S. official", "a second official": one of several unnamed sources
        return Phrase(span, "anonymous", name=raw.strip(" ,"), head=lowered[-1])
    if first_word in INDEFINITE:
        # "a spokesman for the ministry" speaks for the ministry; "a reporter for VOA" is unnamed
        of = next((i for i, w in enumerate(lowered) if w in ("for", "of", "from", "at")), None)
        if of is not None and any(w.startswith(("spokes", "representative")) for w in lowered[:of]):
            body = parse_phrase(text, tokens[of + 1][1], span.end)
            if body is not None and body.kind == "organisation":
                return attrs.evolve(body, span=span)
        return Phrase(span, "anonymous", name=raw.strip(" ,"), head=lowered[-1])
    if lowered[-1] in DEMONYMS or (len(words) <= 2 and lowered[-1] in ANONYMOUS_PLURALS):
        return Phrase(span, "anonymous", name=raw.strip(" ,"), head=lowered[-1])
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
    if _is_cap(last) or _is_acronym(last):
        # trailing run of capitalised words (with connectors inside)
        index = len(words) - 1
        while index > 0 and (
            _is_cap(words[index - 1])
            or (words[index - 1].lower() in NAME_CONNECTORS and _is_cap(words[index]))
        ):
            index -= 1
        run = words[index:]
        while run and run[0].lower() in NAME_CONNECTORS:
            run, index = run[1:], index + 1
        if not run:
            return None
        owner: str | None = None
        if len(run) > 1 and re.search(r"[’']s?$", run[0]):
            owner = _strip_possessive(run[0])
            run, index = run[1:], index + 1  # "Russia's Foreign Ministry": the country qualifies it
        before = words[:index]
        titled = [i for i, w in enumerate(run[:-1]) if w.lower().strip(".") in PERSON_NOUNS]
        named_after_title = bool(titled) and not any(_looks_org([w]) for w in run[titled[-1] + 1 :])
        given_at = _given_name_at(run)
        named_after_title = named_after_title or given_at is not None
        if named_after_title:
            pass  # "Central Bank Governor Gideon Gono": a person whose title names a body
        elif _looks_org(run) or (before and before[-1].lower() == "the" and _looks_org(run + before[-1:])):
            name_start = tokens[index][1]
            name = text[name_start : span.end]
            name = name.strip()
            if re.search(r"[a-z]{2}\.$", name):  # "Interior Ministry." at a sentence end; not "U.N."
                name = name[:-1]
                span = Span(span.start, span.end - 1)
            return Phrase(span, "organisation", name=name, head=run[-1].lower(), place=owner)
        possessive = [i for i, w in enumerate(run[:-1]) if re.search(r"[’']s?$", w)]
        if possessive:  # "Zimbabwe's Central Bank Governor Gideon Gono": the country qualifies the role
            run = run[possessive[-1] + 1 :]
            index += possessive[-1] + 1
            before = words[:index]
        if len(run) > 2 and before and before[-1] in ("in", "for") and run[0].lower() in COUNTRIES:
            # "UNICEF Representative in Zimbabwe Roeland Monasch": the country ends the role
            run, index = run[1:], index + 1
            before = words[:index]
        last_word = run[-1].lower().strip(".")
        given = run[-2].lower().strip(".") if len(run) > 1 else ""
        surname = (  # "Stephen King", "Senator Angus King"; not "the Saudi King", "U.S. District Judge"
            last_word in SURNAME_TITLES
            and bool(given)
            and not (before and before[-1].lower() in DETERMINERS)
            and not any(_is_acronym(w) or w.lower() in COUNTRIES for w in run[:-1])
            and given not in TITLE_WORDS | ORG_WORDS | COURT_WORDS
            and not re.search(r"[’']s?$", run[-2])
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
                _is_title(run[split])
                or run[split].lower().strip(".") in PERSON_NOUNS
                or run[split].lower() in NAME_CONNECTORS
            ):
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
        if len(run) == 1 and before and before[-1].lower() in DETERMINERS:
            return None  # "the Russian": a name takes no article
        name_start = tokens[index + split][1]
        while " " in text[name_start : span.end] and (
            text[name_start : text.index(" ", name_start)].lower().rstrip(".") in HONORIFICS
        ):
            name_start = text.index(" ", name_start) + 1
        name = text[name_start : span.end]
        role_words = [w for w in before if w.lower() not in DETERMINERS and not re.search(r"[’']s$", w)]
        role_tokens = role_words + run[:split]
        title = " ".join(w for w in role_tokens if w.lower().strip(".") not in HONORIFICS)
        if title and re.search(r"\d", text[span.start : name_start]):
            # "the No. 2 Senate Republican": a rank in figures is part of the role as written
            role_at = text.find(title.split()[0], span.start, name_start)
            title = " ".join(text[role_at:name_start].split()) if role_at >= 0 else title
        return Phrase(span, "person", name=name, role=title or None)
    head = last.lower()
    first = words[0].lower()
    if head in ANONYMOUS_PLURALS or first in INDEFINITE or (head.endswith("s") and head[:-1] in PERSON_NOUNS):
        return Phrase(span, "anonymous", name=raw.strip(" ,"), head=head)
    if head in PERSON_NOUNS:
        return Phrase(
            span,
            "descriptor",
            head=_post(lowered),
            role=" ".join(w for w in words if w.lower() not in DETERMINERS),
        )
    if head in ORG_NOUNS:
        qualified = [t for t in tokens if t[0].lower() not in DETERMINERS]
        if len(qualified) > 1 and any(_is_cap(w) for w, _, _ in qualified[:-1]):
            # "the Brazilian air force", "Russia's defence ministry", "the U.N. refugee agency": a
            # nationality, place or acronym lets the words name a body when none came before
            return Phrase(span, "org-descriptor", name=text[qualified[0][1] : span.end], head=head)
        return Phrase(span, "org-descriptor", head=head)
    return None


def _given_name_at(run: list[str]) -> int | None:
    """Where a person's name starts after words that describe them, by first-name evidence:
    "Senate Republican John Cornyn" -> 2.  Only a known first name after a word that is not one
    ("Mary Ann Smith" stays whole), followed by one or two capitalised words that name no body."""
    names = first_names()
    for at in range(len(run) - 2, 0, -1):
        given, before = run[at].lower(), run[at - 1].lower().strip(".")
        rest = run[at + 1 :]
        if (
            given in names
            and before not in names
            and before not in NAME_CONNECTORS
            and 1 <= len(rest) <= 2
            and all(_is_cap(w) and w.lower() not in ORG_WORDS for w in rest)
        ):
            return at
    return None


#: Abbreviated titles and the post each names ("Sen. Bernie Sanders" is "the senator").
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "prof": "professor",
    "atty": "attorney",
    "supt": "superintendent",
    "sec": "secretary",
    "amb": "ambassador",
    "cmdr": "commander",
    "adm": "admiral",
}


def _title_word(word: str) -> str:
    """A role word, lower case, an abbreviated title written out ("Sen." -> "senator")."""
    bare = word.lower().strip(".,()")
    return TITLE_ABBREVIATIONS.get(bare, bare)


#: Words that never end a role: a role is a noun phrase ("Atlantic City Mayor", "chief executive
#: of Showtime"), not the words of a clause that ran into a name ("attacked on speeches by").
_ROLE_ENDS_NOT = frozenset(
    """by for over at with of to on in into from and or but the a an his her their its as than that
    who which whose when while after before about against""".split()
)
_CLAUSE_WORDS = frozenset("has have had been was were is are will would did does do said says".split())


def plausible_role(role: str) -> bool:
    """True for a role that reads as a description of a person, not a fragment of a clause: it
    does not end in a preposition, an article or a lower-case past tense ("Carson endorsed",
    "delegate lead for"), and holds no auxiliary before a relative clause."""
    words = role.strip(" ,.").split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in _ROLE_ENDS_NOT or (last.islower() and last.endswith("ed")):
        return False
    # an auxiliary counts only before a relative clause: "conservative icon who founded the
    # institute and is a committeeman" describes; "he is also most able candidate" does not
    before = []
    for word in words:
        if word.lower() in ("who", "whose", "which", "that"):
            break
        before.append(word.lower())
    return not any(w in _CLAUSE_WORDS for w in before)


def _written_lower(text: str, word: str) -> bool:
    """True when ``text`` has ``word`` (lower case) as a whole word somewhere."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=4096)
def known_outlet(name: str) -> bool:
    """True when the bundled source registry knows ``name`` as an outlet (by name or alias)."""
    return bool(bundled_registry().lookup(name=name).entries)


def _may_hold(head: str | None, entry: _Entry | None) -> _Entry | None:
    """The nearest person, for a descriptor no role names, unless the descriptor is a post and the
    person is known by a role that does not name it ("the minister" is not Mayor Ana Ruiz nor
    Senate Majority Leader Cornyn; "the senator" may be the Senate leader, one stem; "the
    diplomat", no post, may be Deputy Foreign Minister Syromolotov)."""
    if entry is None or head not in OFFICE_HEADS:
        return entry
    words = {_title_word(w) for role in entry.roles for w in role.split()}
    if head in words or any(w[:5] == head[:5] for w in words if len(w) >= 5):
        return entry  # "the senator" is Senate leader Ames: one stem
    # a person known by a role that names no post of this kind is not "the minister"
    return None if any(w[:1].isalpha() for w in words) else entry


def _person_like(entry: _Entry) -> bool:
    """False for a "person" whose name is a place or holds a body's word ("New Hampshire",
    "United States", "Wisconsin Republican", "Politico"): never the one a "he" or "she" means
    while a person is in view."""
    if entry.gender is not None or entry.roles:
        return True
    words = entry.name.lower().replace("-", " ").split()
    return not (all(w in PLACE_WORDS for w in words) or any(w in ORG_WORDS or w in ORG_NOUNS for w in words))


#: Words of place names that may stand where a person's name would ("New Hampshire said", "the
#: United States says"): countries, US states, and common parts of place names.
PLACE_WORDS = COUNTRIES | frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina
    dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia wisconsin
    wyoming united states kingdom valley house city county street hill island islands capitol
    america american europe european africa african asia asian new north south east west
    san los las fort port lake mount silicon""".split()
)


@attrs.define(eq=False)  # one entry per speaker: compared by identity (ids are unique), cheaply
class _Entry:
    id: str
    name: str
    kind: SpeakerKind
    roles: list[str] = attrs.field(factory=list)
    organisation: str | None = None
    mentions: list[Span] = attrs.field(factory=list)
    speaks: bool = False
    #: Places a body's mentions gave it: "Iraq" for "Iraq's Ministry of Health".
    places: set[str] = attrs.field(factory=set)
    #: Soft gender evidence for pronoun agreement: "f", "m" or None (unknown).
    gender: str | None = None


@cache
def first_names() -> dict[str, str]:
    """First name -> "f", "m" or "u" (either), from the bundled list (see factcheck/data/LICENSES.md)."""
    data = resources.files("factcheck.data").joinpath("first_names.json").read_text(encoding="utf-8")
    names: dict[str, str] = json.loads(data)["names"]
    return names


#: Words that make a descriptor one of several unnamed sources ("the second official").
ORDINAL_SOURCES = frozenset("first second third fourth fifth other another".split())

#: Posts that name one person even when the article never names them ("the minister said"); a
#: "witness" or "resident" is anyone, so those stay unresolved.
OFFICE_HEADS = frozenset(
    """minister president governor mayor senator ambassador secretary commander prosecutor chancellor
    premier king queen prince chairman chairwoman director spokesman spokeswoman spokesperson envoy
    judge chief""".split()
) | {"vice president"}


HONORIFIC_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
}
ROLE_GENDER = re.compile(
    r"\b(?:(?P<f>spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|queen|princess|"
    r"actress|mother|wife|daughter|sister|grandmother|widow|duchess|first lady)|"
    r"(?P<m>spokesman|chairman|congressman|businessman|councilman|king|prince|father|husband|son|"
    r"brother|grandfather|widower|duke))\b",
    re.I,
)


def gender_evidence(words: str, name: str, roles: Iterable[str] = ()) -> str | None:
    """Soft gender evidence for a person: an honorific ("Mrs."), a gendered role ("spokeswoman"),
    else the first name's usual sex in the bundled list; None when nothing says."""
    first = words.split()[0].strip(".").lower() if words.split() else ""
    if first in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[first]
    for role in (words, *roles):
        match = ROLE_GENDER.search(role)
        if match:
            return "f" if match.group("f") else "m"
    given = name.split()[0].lower() if " " in name else ""
    found = first_names().get(given)
    return found if found in ("f", "m") else None


def _may_name(phrase: Phrase, entry: _Entry, aliases: dict[str, str] | None = None) -> bool:
    """True when a body named elsewhere can be the one a descriptor points to.

    Any descriptor without a qualifier may.  One with a place or an acronym must fit the
    body's place ("the Iraqi ministry" and "Iraq's Ministry of Health"; not "the Brazilian
    air force" and the airline TAM) and its kind, read from the head of its name ("the
    Iraqi army" is not the Iraqi Red Crescent, nor "the Afghan army" the Ministry of
    Defence).  A "UN" descriptor fits a UN body of its topic ("the UN refugee agency" is
    UNHCR, not the WFP).  A bare acronym is judged by the name the text spells out for it
    (``aliases``); with none, only a UN body can be matched.
    """
    if not phrase.name:
        return True
    words = _fold_un(phrase.name).split()
    modifiers = words[:-1]
    qualifiers = [_strip_possessive(w) for w in modifiers if _is_cap(w)]
    topics = {w.lower().strip("’'") for w in modifiers if not _is_cap(w)}
    short = acronym_key(entry.name) if " " not in entry.name.strip() else ""
    spelled = (aliases or {}).get(short, KNOWN_ACRONYMS.get(short, "")) if short else entry.name
    if "UN" in qualifiers:
        body = short or initials(_fold_un(entry.name).replace("UN ", "United Nations "))
        if body not in UN_BODIES and not _fold_un(spelled).startswith("UN "):
            return False
        return not (topics - {"agency", "body", "organization", "organisation"}) or bool(
            topics & UN_TOPICS.get(body, frozenset())
        )
    if not spelled:
        return False  # "USAID" with no name spelled out: nothing to judge it by
    where = " ".join([spelled, *entry.places]).lower()
    keys = {acronym_key(spelled), initials(spelled), short}
    for qualifier in qualifiers:
        place = NATIONALITIES.get(qualifier.lower(), qualifier).lower()
        if not (
            re.search(rf"\b{re.escape(place)}\b", where)
            or (_is_acronym(qualifier) and any(k.startswith(acronym_key(qualifier)) for k in keys if k))
        ):
            return False
    head = words[-1].lower()
    kin = next((group for group in BODY_KINDS if head in group), frozenset({head}))
    return _name_head(spelled) in kin


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


#: Common Chinese and Korean family names, written first ("Xi Jinping", "Moon Jae-in").
FAMILY_FIRST = frozenset(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao
    kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song moon ban""".split()
)


def _family_name_first(words: list[str]) -> bool:
    """True for a two- or three-part name whose first word is the family name: a common Chinese
    or Korean family name, or a hyphenated given name after it ("Ban Ki-moon", "Kim Jong-un")."""
    if not 2 <= len(words) <= 3:
        return False
    return words[0].lower() in FAMILY_FIRST or (
        len(words) == 2 and "-" in words[1] and words[1][:1].isupper()
    )


@lru_cache(maxsize=8192)
def acronym_key(name: str) -> str:
    """Fold an acronym for comparison: "U.N." and "UN" and "U-N" are one key."""
    return re.sub(r"[.\-\s]", "", name).upper()


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
NOT_ORG_ACRONYMS = frozenset("HIV AIDS TB GDP CEO AM PM OK TV US UK EU MP AP".split())


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


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text spells out itself.

    "Food and Agriculture Organization (FAO)" always; "… Organization or FAO" and "…, FAO," when
    the letters are the name's initials.
    """
    out: dict[str, str] = {}
    for match in ALIAS.finditer(text):
        out[acronym_key(match.group(2))] = re.sub(r"^(?:[Tt]he)\s+", "", match.group(1).strip())
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


@attrs.define
class SpeakerRegistry:
    """The speakers of one document, resolved in reading order."""

    entries: list[_Entry] = attrs.field(factory=list)
    last_person: _Entry | None = None
    last_org: _Entry | None = None
    #: The last body or plural unnamed source ("officials"), the antecedent of "they".
    last_group: _Entry | None = None
    pending: list[tuple[Phrase, str]] = attrs.field(factory=list)
    settled: list[tuple[Span, str]] = attrs.field(factory=list)
    aliases: dict[str, str] = attrs.field(factory=dict)
    #: People in the order they were last mentioned, for pronoun agreement.
    people: list[_Entry] = attrs.field(factory=list)
    #: The lookup tables (see :meth:`_index`): people by first and by last word of their names,
    #: bodies by acronym key, initials and defined acronym.  Keys of a name an entry has since
    #: outgrown stay; every candidate is tested in full, so a stale key costs a test, not a result.
    _by_first: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _by_last: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _by_key: dict[str, list[_Entry]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: The defined acronyms by the folded long name they stand for, and the aliases they come from.
    _alias_folds: dict[str, set[str]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _alias_source: tuple[int, int] = attrs.field(default=(0, -1), init=False, repr=False, eq=False)
    #: An entry's latest mention start, with the number of mentions it was computed over.
    _latest: dict[str, tuple[int, int]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: :func:`_may_name` by what it reads: the descriptor's name, the body's name and places, the aliases.
    _fits: dict[tuple[object, ...], bool] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def _new(self, name: str, kind: SpeakerKind) -> _Entry:
        entry = _Entry(id=f"sp{len(self.entries) + 1}", name=name, kind=kind)
        self.entries.append(entry)
        self._index(entry)
        return entry

    def _index(self, entry: _Entry) -> None:
        """File a person under the first and last words of its name, a body under its keys."""
        if entry.kind is SpeakerKind.PERSON:
            words = entry.name.split()
            if words:
                self._by_first.setdefault(words[0], []).append(entry)
                self._by_last.setdefault(words[-1], []).append(entry)
        elif entry.kind is SpeakerKind.ORGANISATION:
            for key in self._org_keys(entry.name):
                self._by_key.setdefault(key, []).append(entry)

    def _shorts(self, name: str) -> set[str]:
        """The acronyms the article defines for ``name`` (UN spellings folded)."""
        source = (id(self.aliases), len(self.aliases))
        if source != self._alias_source:
            self._alias_folds = {}
            for short, long in self.aliases.items():
                self._alias_folds.setdefault(_fold_name(long), set()).add(short)
            self._alias_source = source
        return self._alias_folds.get(_fold_name(name), set())

    def _org_keys(self, name: str) -> set[str]:
        """What a body of this name is known by: its acronym key, its initials when it has
        several words, and the acronyms the article defines for it."""
        keys = {acronym_key(name), initials(name)} if " " in name else {acronym_key(name)}
        return keys | self._shorts(name)

    def _may_name(self, phrase: Phrase, entry: _Entry) -> bool:
        """:func:`_may_name` with this article's aliases, remembered: a descriptor waiting for its
        body is tested against the same bodies again and again in a long article."""
        if not phrase.name:
            return True
        key = (phrase.name, entry.name, frozenset(entry.places), id(self.aliases), len(self.aliases))
        found = self._fits.get(key)
        if found is None:
            found = self._fits[key] = _may_name(phrase, entry, self.aliases)
        return found

    def _latest_mention(self, entry: _Entry) -> int:
        """The start of the entry's latest mention (-1 with none); mentions are only ever added."""
        count, latest = self._latest.get(entry.id, (0, -1))
        mentions = entry.mentions
        if count != len(mentions):
            latest = max(latest, *(m.start for m in mentions[count:]))
            self._latest[entry.id] = (len(mentions), latest)
        return latest

    def _person(self, name: str) -> _Entry:
        """The person of this name: the same name, else a surname match ("Monasch"), else a
        family name written first ("Mr. Ban" for Ban Ki-moon); among several, the one
        mentioned last (two Kims, two Smiths)."""
        parts = name.split()
        best: tuple[tuple[int, int, int], _Entry] | None = None
        # a match shares the last word (the same name, a surname) or the first (a family name
        # written first): only those entries are read, not every one
        if parts:
            found = {e.id: e for e in self._by_last.get(parts[-1], ())}
            found.update((e.id, e) for e in self._by_first.get(parts[0], ()))
            candidates = [(int(e.id[2:]) - 1, e) for e in found.values()]
        else:
            candidates = list(enumerate(self.entries))
        for position, entry in candidates:
            if entry.kind is not SpeakerKind.PERSON:
                continue
            their = entry.name.split()
            short, full = (parts, their) if len(parts) == 1 else (their, parts)
            if entry.name == name:
                rank = 3
            elif parts[-1] == their[-1] and (len(parts) == 1 or len(their) == 1):
                rank = 2
            elif len(short) == 1 and _family_name_first(full) and short[0] == full[0]:
                rank = 1
            else:
                continue
            key = (rank, self._latest_mention(entry), position)
            if best is None or key > best[0]:
                best = (key, entry)
        if best is None:
            return self._new(name, SpeakerKind.PERSON)
        entry = best[1]
        if len(parts) > len(entry.name.split()):
            entry.name = name
            self._index(entry)
        return entry

    def _org(self, name: str) -> _Entry:
        """The organisation of this name: one entry per body, named by its fullest name in the text."""
        bare = re.sub(r"^[Tt]he\s+", "", name).strip()
        full = self.aliases.get(acronym_key(bare), bare)
        keys = {acronym_key(full), acronym_key(bare), initials(full)} | self._shorts(full)
        # a match shares a key with this name (the same acronym key included): only the bodies
        # filed under these keys are read, the first met in the text first
        found = {e.id: e for key in keys for e in self._by_key.get(key, ())}
        for entry in sorted(found.values(), key=lambda e: int(e.id[2:])):
            if entry.kind is not SpeakerKind.ORGANISATION:
                continue
            theirs = self._org_keys(entry.name)
            if acronym_key(entry.name) == acronym_key(full) or (
                keys & theirs and (" " not in bare or " " not in entry.name)
            ):
                if len(full) > len(entry.name):
                    entry.name = full  # a body is called by the fullest name the article gives it
                    self._index(entry)
                return entry
        return self._new(full, SpeakerKind.ORGANISATION)

    def note(self, phrase: Phrase, text: str, *, salient: bool = True) -> None:
        """Record a person or body the text mentions without quoting, as an antecedent for later words.

        A person named outside subject position (``salient=False``: "he spoke to reporter Joe
        Ames") is a candidate for a later "he" or "she" only behind the people already in view.
        """
        if phrase.kind not in ("person", "organisation"):
            return
        if salient or phrase.kind != "person" or not phrase.name:
            self.resolve(phrase, text, speaking=False)
            return
        if self._common_word_as_mention(self._outlet_as_body(phrase), text).kind != "person":
            return  # "Polling shows …": no person to note
        entry = self._person(phrase.name)
        if phrase.role and phrase.role not in entry.roles and plausible_role(phrase.role):
            entry.roles.append(phrase.role)  # "an explosion that Mayor Bill de Blasio described as …"
        entry.gender = entry.gender or gender_evidence(phrase.span.of(text), entry.name, entry.roles)
        entry.mentions.append(phrase.span)
        if entry not in self.people:
            self.people.insert(0, entry)
        if self.last_person is None:
            self.last_person = entry

    def _outlet_as_body(self, phrase: Phrase) -> Phrase:
        """A one-word "person" that no person of the article is called and that names a news
        outlet or platform the source registry knows ("Politico", "Xinhua", "Twitter") is that
        body; "Bloomberg" after "Michael Bloomberg" stays the man."""
        name = phrase.name or ""
        if phrase.kind != "person" or not name or " " in name or phrase.role:
            return phrase
        people = [*self._by_last.get(name, ()), *self._by_first.get(name, ())]
        if any(e.kind is SpeakerKind.PERSON for e in people) or not known_outlet(name):
            return phrase
        return attrs.evolve(phrase, kind="organisation", head=name.lower())

    def _common_word_as_mention(self, phrase: Phrase, text: str) -> Phrase:
        """A one-word "person" that no person of the article is called, that is no first name,
        and that the text also writes in lower case ("Speaking to reporters, …", "Polling
        shows …", "Research suggests …") is a common word opening a sentence: the words stay the
        mention, with no person named."""
        name = phrase.name or ""
        if phrase.kind != "person" or not name or " " in name or phrase.role or not name.isalpha():
            return phrase
        lower = name.lower()
        if lower == name or lower in first_names():
            return phrase
        people = [*self._by_last.get(name, ()), *self._by_first.get(name, ())]
        if any(e.kind is SpeakerKind.PERSON for e in people) or not _written_lower(text, lower):
            return phrase
        return Phrase(phrase.span, "anonymous", name=name, head=lower)

    def resolve(
        self, phrase: Phrase, text: str, *, forward: bool = False, speaking: bool = True
    ) -> str | None:
        """Resolve a phrase to a speaker id (None when it cannot be), recording the mention.

        With ``forward`` (a headline), a descriptor with no speaker before it waits
        for the first fitting speaker after it.  ``speaking`` marks the speaker as one
        the article quotes (only those are reported).
        """
        entry: _Entry | None = None
        phrase = self._common_word_as_mention(self._outlet_as_body(phrase), text)
        if phrase.kind == "person" and phrase.name:
            entry = self._person(phrase.name)
            if phrase.role and phrase.role not in entry.roles and plausible_role(phrase.role):
                entry.roles.append(phrase.role)
            entry.gender = entry.gender or gender_evidence(phrase.span.of(text), entry.name, entry.roles)
            self.last_person = entry
            if entry in self.people:  # to the end of the list (identity tests, in C)
                self.people.remove(entry)
            self.people.append(entry)
            self._settle("person", entry)
        elif phrase.kind == "organisation" and phrase.name:
            entry = self._org(phrase.name)
            if phrase.place:
                entry.places.add(phrase.place)
            self.last_org = self.last_group = entry
            self._settle("organisation", entry)
        elif phrase.kind == "pronoun":
            if phrase.pronoun in ("he", "she"):
                entry = self._agreeing("f" if phrase.pronoun == "she" else "m")
            elif phrase.pronoun == "it":
                entry = self.last_org
            elif phrase.pronoun == "they":
                entry = self.last_group
        elif phrase.kind == "descriptor":
            entry = self._by_role(phrase.head) or _may_hold(phrase.head, self.last_person)
            if entry is None or forward:
                self.pending.append((phrase, "person"))
                return None
        elif phrase.kind == "org-descriptor":
            # the latest body that speaks (read from the end: the latest is usually near it)
            voiced = (e for e in reversed(self.entries) if e.kind is SpeakerKind.ORGANISATION and e.speaks)
            entry = next(voiced, None) or self.last_org
            if phrase.name:  # "the Israeli military" points back only to the latest body it fits
                entry = next(
                    (
                        e
                        for e in reversed(self.entries)
                        if e.kind is SpeakerKind.ORGANISATION and self._may_name(phrase, e)
                    ),
                    None,
                )
            if entry is None or forward:
                self.pending.append((phrase, "organisation"))
                return None
        elif phrase.kind == "anonymous":
            entry = self._new(phrase.name or phrase.span.of(text), SpeakerKind.ANONYMOUS)
            if phrase.head in ANONYMOUS_PLURALS:
                self.last_group = entry  # "officials said … they added"
        if entry is None:
            return None
        entry.mentions.append(phrase.span)
        entry.speaks = entry.speaks or speaking
        return entry.id

    def _agreeing(self, gender: str) -> _Entry | None:
        """The most recent person a "he" or "she" may be, among the last three people in view: the
        latest whose evidence does not disagree, else the last person of all (evidence is soft: it
        passes over a candidate, it never leaves a pronoun without one)."""
        recent = [e for e in self.people[-3:][::-1] if e.gender in (None, gender)]
        # a candidate with some evidence of being a person (a gender, a role, a first name)
        # before a bare capitalised name ("Silicon Valley", "New Hampshire", "Compaq")
        return (
            next((e for e in recent if _person_like(e)), None) or next(iter(recent), None) or self.last_person
        )

    def _by_role(self, head: str | None) -> _Entry | None:
        if not head:
            return None
        for entry in reversed(self.entries):
            if entry.kind is SpeakerKind.PERSON and any(
                head in role.lower() or head in map(_title_word, role.split()) for role in entry.roles
            ):
                if entry is self.last_person or _may_hold(head, self.last_person) is None:
                    return entry  # the last person named cannot hold this post: the one who does
                return None
        return None

    def _settle(self, kind: str, entry: _Entry) -> None:
        def fits(phrase: Phrase, waits_for: str) -> bool:
            if waits_for != kind or not self._may_name(phrase, entry):
                return False
            return kind != "person" or _may_hold(phrase.head, entry) is entry

        waiting = [p for p, k in self.pending if fits(p, k)]
        if waiting:
            entry.speaks = True
            entry.mentions.extend(p.span for p in waiting)
            self.pending = [(p, k) for p, k in self.pending if not fits(p, k)]
            self.settled.extend((p.span, entry.id) for p in waiting)

    def finish(self) -> None:
        """Close the article: a descriptor that names its own body ("the Brazilian air force")
        and that no later name fitted becomes that body; one that names an office ("the Saudi
        King", "the U.S. District Judge") becomes a person known by it, and a later bare "the
        king" is that person."""
        offices: list[_Entry] = []
        left: list[tuple[Phrase, str]] = []
        for phrase, kind in self.pending:
            entry: _Entry | None = None
            if kind == "organisation" and phrase.name:
                # "the Pakistani army … the Pakistani military": one body of one place and kind
                bodies = [e for e in self.entries if e.kind is SpeakerKind.ORGANISATION]
                entry = next((e for e in reversed(bodies) if self._may_name(phrase, e)), None)
                if entry is None:
                    entry = self._org(phrase.name)
                    entry.places |= {
                        NATIONALITIES.get(w.lower(), w) for w in phrase.name.split()[:-1] if _is_cap(w)
                    }
            elif kind == "person" and phrase.role and any(_is_cap(w) for w in phrase.role.split()):
                entry = self._new(phrase.role, SpeakerKind.PERSON)
                entry.roles.append(phrase.role)
                offices.append(entry)
            elif kind == "person" and phrase.head:
                entry = next((e for e in reversed(offices) if phrase.head in e.name.lower()), None)
                if entry is None and phrase.head in OFFICE_HEADS:
                    # "The minister said …" and no minister named anywhere: one person, known by the post
                    entry = self._new(f"the {phrase.head}", SpeakerKind.OFFICE)
                    entry.roles.append(phrase.role or phrase.head)
                    offices.append(entry)
            if entry is None:
                left.append((phrase, kind))
                continue
            entry.speaks = True
            entry.mentions.append(phrase.span)
            self.settled.append((phrase.span, entry.id))
        self.pending = left

    def add_role(self, speaker_id: str, role: str) -> None:
        """Record a role given to a speaker elsewhere (an appositive, "X is a spokesman")."""
        for entry in self.entries:
            if entry.id == speaker_id and role not in entry.roles and plausible_role(role):
                entry.roles.append(role)

    def speakers(self) -> list[Speaker]:
        """The resolved speakers, as model values."""
        return [s for s, e in zip(self.entities(), self.entries, strict=True) if e.speaks]

    def entities(self) -> list[Speaker]:
        """Every person, body, office and unnamed source met, speaking or not, as model values."""
        return [
            Speaker(
                id=e.id,
                name=e.name,
                kind=e.kind,
                gender=e.gender if e.kind is SpeakerKind.PERSON else None,
                role=e.roles[0] if e.roles else None,
                roles=e.roles,
                organisation=e.organisation,
                mentions=sorted(set(e.mentions)),
            )
            for e in self.entries
        ]

    def names(self) -> Iterable[tuple[str, str]]:
        """(id, name) of every speaker."""
        return ((e.id, e.name) for e in self.entries)
