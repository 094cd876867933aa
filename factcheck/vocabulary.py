"""Word lists of English news writing, shared by the extractor and the checkers.

Public on purpose: a checker plugin that needs to know what a person noun, a name connector or
an abbreviation is reads it here, never from ``factcheck.extraction``.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "NAME_CONNECTORS", "NEWS_AGENCIES", "PERSON_NOUNS", "agency_name"]

#: Nouns that name a person by role ("the diplomat", "the spokeswoman").
PERSON_NOUNS = frozenset(
    """official diplomat minister spokesman spokeswoman spokesperson president governor economist
    analyst expert researcher scientist director chief head envoy ambassador secretary commander
    lawyer prosecutor professor doctor leader chairman chairwoman mayor senator lawmaker coordinator
    representative negotiator officer general premier chancellor king queen prince lieutenant
    colonel investigator author manager executive ceo founder activist witness resident survivor
    victim farmer worker teacher student mother father woman man girl boy reporter correspondent
    journalist editor writer aide adviser advisor counsel judge justice candidate politician
    legislator deputy member observer monitor inspector engineer pilot captain spokes-person
    commissioner administrator organizer organiser campaigner specialist strategist
    consultant physician surgeon nurse scholar historian fellow planner attorney staffer
    operative pollster lobbyist donor fundraiser supporter opponent critic voter delegate
    nominee challenger incumbent contender rival protester demonstrator volunteer employee owner
    businessman businesswoman entrepreneur billionaire banker trader investor accountant sheriff
    detective trooper soldier veteran sergeant marine priest pastor bishop cardinal pope rabbi
    imam cleric actor actress singer musician comedian coach athlete anchor pundit commentator
    columnist blogger producer filmmaker novelist photographer husband wife son daughter brother
    sister grandmother grandfather uncle aunt nephew niece neighbor neighbour friend boyfriend
    girlfriend widow widower parent teenager patient customer tenant landlord homeowner clerk
    treasurer trustee superintendent principal dean ombudsman mediator defendant plaintiff
    suspect inmate prisoner detainee refugee migrant immigrant taxpayer congressman
    congresswoman assemblyman assemblywoman councilman councilwoman councillor councilor
    alderman alderwoman alderperson selectman selectwoman supervisor auditor comptroller controller
    assessor freeholder monarch emir sheikh militant rebel gunman hostage paramedic firefighter
    psychologist psychiatrist epidemiologist physicist chemist biologist meteorologist
    forecaster sociologist demographer statistician architect mechanic miner fisherman caregiver
    supervisor rancher motorist passenger bystander eyewitness attendee participant panelist
    moderator graduate lecturer instructor chairperson cofounder co-founder front-runner
    frontrunner mogul tycoon neurosurgeon host speechwriter chair co-chair cochair mp mla mep msp
    mpp councilmember assemblymember colleague classmate teammate coworker co-worker garda constable
    paediatrician pediatrician midwife magistrate registrar solicitor barrister speaker""".split()
) | frozenset(
    # sports desks: "the defender said", "the flanker said", "the 24-year-old midfielder"
    """player footballer cricketer golfer swimmer cyclist sprinter jockey rower referee umpire
    skipper defender midfielder goalkeeper striker winger fullback full-back playmaker goalscorer
    flanker fly-half scrum-half batsman all-rounder wicketkeeper quarterback linebacker""".split()
)
#: Small words inside a name ("Bank of America", "Ludwig van Beethoven", "Johnson & Johnson").
NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "da", "van", "von", "al", "bin", "on", "&"})
#: Abbreviations whose full stop ends no sentence ("Dr.", "U.S.", "Jan.").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen col lt sgt capt cmdr gov sen rep ald del prof rev hon pres inc corp co ltd no
    vs etc al jan feb mar apr jun jul aug sep sept oct nov dec mt ft est approx dept univ a.m p.m
    u.s u.n u.k e.u i.e e.g smt tmt""".split()
)
#: News agencies as a credit names them (lower-cased: the short form of a dateline "(PTI)", "AAP -",
#: or the name) and the name a desk prints for them.  The short forms listed are the ones that
#: mean one agency only ("CNA" or "AA" do not, and are not here).
NEWS_AGENCIES = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "pa": "PA Media",
    "cp": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "pti": "Press Trust of India",
    "ians": "Indo-Asian News Service",
    "uni": "United News of India",
    "ani": "Asian News International",
    "aap": "Australian Associated Press",
    "nzpa": "New Zealand Press Association",
    "gna": "Ghana News Agency",
    "nan": "News Agency of Nigeria",
    "kna": "Kenya News Agency",
    "sapa": "South African Press Association",
    "app": "Associated Press of Pakistan",
    "bss": "Bangladesh Sangbad Sangstha",
    "pna": "Philippine News Agency",
    "vna": "Vietnam News Agency",
    "ips": "Inter Press Service",
    "bernama": "Bernama",
    "kyodo": "Kyodo News",
    "yonhap": "Yonhap",
    "antara": "Antara",
    "interfax": "Interfax",
}


def agency_name(words: str) -> str:
    """The name a desk prints for a news agency credited as ``words`` ("PTI" is the Press Trust of
    India, "AP" The Associated Press); other words as they are."""
    return NEWS_AGENCIES.get(words.strip().casefold(), words)
