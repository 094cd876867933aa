"""Word lists of speaker phrases (titles, bodies, groups, places, openings, first names), and
the soft gender evidence they give a person.

What :mod:`factcheck.extraction.phrases` reads a speaker phrase with and
:mod:`factcheck.extraction.speakers` resolves it with; they change when a kind of word is
learned, not when a rule is.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

from factcheck.extraction.seat_tags import AFTER_NAME_TAG, BRACKET_TAG

PRONOUNS = {"he": "person", "she": "person", "it": "organisation", "they": "group"}
#: A pronoun in the object case where a source is cited ("According to him, residents who dump
#: refuse …"): the person the subject pronoun would take up.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: Chief officers' posts ("CTO Daniel Okafor", "the CFO") are posts, no body.
CHIEF_OFFICERS = frozenset("CEO CFO COO CTO CIO CMO CPO CSO CDO CRO CCO CISO CHRO".split())
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
    supreme leader lt gen col mp mla mep msp mpp councilmember assemblymember cllr ald del speaker""".split()
) | {post.lower() for post in CHIEF_OFFICERS}
#: Words of a court's or district's name before a judge's title: "U.S. District Judge".
COURT_WORDS = frozenset({"district", "circuit", "appeals", "high", "supreme", "magistrate"})
#: Letters after a person's name for an honour, a rank at the bar or a seat ("Michael Fitton QC",
#: "Jane Smith OBE", "Steve Baker MP"): no part of the name.  Not "Jr." or "III", which tell a
#: son from his father.
#: Common Chinese, Korean and Vietnamese family names, written first ("Xi Jinping", "Moon Jae-in",
#: "Nguyen Van Thanh").
FAMILY_FIRST = frozenset(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao
    kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song moon ban
    nguyen tran pham hoang huynh phan vu vo dang bui duong ngo""".split()
)
#: Generational suffixes after a surname ("Joseph R. Biden Jr.", "Martin Luther King III").
SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
POSTNOMINALS = frozenset(
    {
        "qc",
        "kc",
        "sc",
        "san",
        "obe",
        "mbe",
        "cbe",
        "kbe",
        "dbe",
        "mp",
        "msp",
        "mla",
        "mep",
        "mpp",
        "td",
        "phd",
    }
)
#: Countries of more than one word: "The United States has …" is a state, no person.
COUNTRY_NAMES = frozenset(
    {
        "united states",
        "united kingdom",
        "new zealand",
        "south africa",
        "south korea",
        "north korea",
        "saudi arabia",
        "sri lanka",
        "costa rica",
        "el salvador",
        "united arab emirates",
        "czech republic",
        "dominican republic",
        "ivory coast",
        "south sudan",
        "papua new guinea",
        "sierra leone",
        "burkina faso",
        "puerto rico",
        "hong kong",
        "east timor",
        "trinidad and tobago",
        "bosnia and herzegovina",
        "central african republic",
        "equatorial guinea",
        "north macedonia",
    }
)
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
    family couple camp panel caucus delegation legislature airline manufacturer maker operator utility
    hospital school district city county province airport museum church bureau exchange""".split()
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
    data figures statistics
    journalists senators campaigns friends spokesmen spokeswomen spokespeople congressmen
    businessmen tories grits staff""".split()
)
ORG_WORDS = frozenset(
    """organization organisation agency ministry fund program programme foundation council bank group
    office committee commission institute university survey service department government union
    association court party police army forces force administration center centre corporation
    company news network times post agency nations bureau authority alliance federation coalition
    cross crescent board reserve trust society league unicef unhcr who kremlin pentagon parliament
    congress senate assembly monitor watch international press media broadcasting radio television
    journal gazette herald tribune telegraph reuters airlines airline airways corp inc ltd llc plc
    holdings motors electric dynamics industries pharmaceuticals technologies laboratories petroleum
    automotive insurance securities entertainment communications sports sport exchange networks rail
    railway railways patrol ag gmbh plc nv rovers wanderers athletic albion fc afc logistics shipping
    freight foods utilities consulting consultants solutions enterprises
    properties
    chapel treasury exchequer bundesbank bundestag knesset duma vatican""".split()
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
#: One person of a nation, named by it alone after "the": "the Spaniard said", "the Egyptian".
DEMONYM_PERSONS = frozenset(
    {d[:-1] for d in DEMONYMS if d.endswith("s")}
    | set(
        """frenchman frenchwoman englishman englishwoman welshman welshwoman scotsman scotswoman irishman
        irishwoman dutchman dutchwoman dane swede finn scot kiwi egyptian german argentine argentinian
        portuguese swiss norwegian belgian croatian serbian austrian""".split()
    )
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


def fold_accents(word: str) -> str:
    """The word without its accents ("seán" -> "sean", "josé" -> "jose"); others as they are."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


class _FirstNames(dict[str, str]):
    """The first-name list, looked up with or without accents: the bundled list is written in
    ASCII, and "Seán", "José" or "Zoë" are the names it holds as "sean", "jose", "zoe"."""

    def __contains__(self, word: object) -> bool:
        if dict.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and dict.__contains__(self, fold_accents(word))

    def __missing__(self, word: str) -> str:
        folded = fold_accents(word)
        if folded == word or not dict.__contains__(self, folded):
            raise KeyError(word)
        return dict.__getitem__(self, folded)

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """The name's gender letter, with or without its accents; ``default`` when not a first name."""
        try:
            return self[word]
        except KeyError:
            return default


@cache
def first_names() -> dict[str, str]:
    """First name -> "f", "m" or "u" (either), from the bundled list (see factcheck/data/LICENSES.md),
    looked up with or without accents."""
    data = resources.files("factcheck.data").joinpath("first_names.json").read_text(encoding="utf-8")
    return _FirstNames(json.loads(data)["names"])


#: Words that make a descriptor one of several unnamed sources ("the second official").
ORDINAL_SOURCES = frozenset("first second third fourth fifth other another".split())

#: Time zones ("by 1130 GMT", "at 9 a.m. EDT"): no body.
TIME_ZONES = frozenset(
    "GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST IST AEST AEDT JST HKT SGT".split()
)
NOT_ORG_ACRONYMS = (
    frozenset("HIV AIDS TB GDP AM PM OK TV US UK EU MP AP II III IV".split())
    | CHIEF_OFFICERS
    | TIME_ZONES
    | {p.upper() for p in POSTNOMINALS if p != "sc"}  # "Edith Marlowe, MBE,": an honour, no body
)

#: A lawmaker's party and state in brackets after the name, as a pattern's text: "(R-Ky.)",
#: "(D-Calif.)", "(I-Vt.)".
PARTY_TAG = BRACKET_TAG  # "(D-Staten Island)", "(22nd)": seat_tags
#: The same in the Associated Press's style, between commas: "Chuck Schumer, D-N.Y., said",
#: "John Cornyn, R-Texas, a lead sponsor".
#: A hometown may be of several words ("R-Eau Claire"), and a councillor's seat stands in the same
#: place ("Ald. Rosa Hernández, 22nd Ward, said"): :mod:`factcheck.extraction.seat_tags`.
AP_PARTY_TAG = AFTER_NAME_TAG


#: Posts that name one person even when the article never names them ("the minister said"); a
#: "witness" or "resident" is anyone, so those stay unresolved.
OFFICE_HEADS = frozenset(
    """minister president governor mayor senator ambassador secretary commander prosecutor chancellor
    premier king queen prince chairman chairwoman director spokesman spokeswoman spokesperson envoy
    judge chief chair chairperson mp mla mep officer auditor ombudsman treasurer sheriff
    superintendent councillor councilor administrator coroner registrar speaker""".split()
) | {"vice president"}


#: Nouns of a relation to someone ("Park's daughter", "his wife", "a neighbour"): never the person
#: last named, who is far likelier the one they are related to; only a person given that role.
RELATIONS = frozenset(
    """daughter son wife husband mother father brother sister grandmother grandfather uncle aunt
    nephew niece cousin widow widower parent friend boyfriend girlfriend partner neighbor neighbour""".split()
)


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


#: "whose" and a word at most right before a gendered noun: the noun is a relative's ("whose son",
#: "whose late husband"), no evidence of the person the words name.
_WHOSE = re.compile(r"\bwhose\s+(?:[a-z]+\s+)?$", re.I)


def gender_evidence(words: str, name: str, roles: Iterable[str] = ()) -> str | None:
    """Soft gender evidence for a person: an honorific ("Mrs."), a gendered role ("spokeswoman"),
    else the first name's usual sex in the bundled list; None when nothing says."""
    first = words.split()[0].strip(".").lower() if words.split() else ""
    if first in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[first]
    for role in (words, *roles):
        for match in ROLE_GENDER.finditer(role):
            if _WHOSE.search(role, max(0, match.start() - 30), match.start()):
                continue  # "Helen Parker, whose son was killed": the relative's, not hers
            return "f" if match.group("f") else "m"
    given = name.split()[0].lower() if " " in name else ""
    found = first_names().get(given)
    return found if found in ("f", "m") else None
