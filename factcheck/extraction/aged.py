"""People described by more than their name: "said the 24-year-old Ghanaian", "Co-author Marcel
de Boer of the Netherlands Institute of Ecology", "the father of three told AFP", "One of the
victims, retired schoolteacher Linda Morales, told …", "A former governor of Oyo State, Senator
Rasheed Adeyemi, warned …", "the 46-year-old carpenter said" (with "the", someone the article
named; "a 46-year-old carpenter" is someone new and stays an unnamed source)."""

from __future__ import annotations

import re

from factcheck.vocabulary import PERSON_NOUNS


def aged_one_word(before: list[str], aged: re.Match[str] | None) -> bool:
    """True for one capitalised word right after "the 24-year-old" ("the 24-year-old Ghanaian",
    "the 31-year-old Londoner", "the 35-year-old Republican"): a description of the person in
    view, as "the 24-year-old" alone is, never a person named "Ghanaian". ``before`` holds the
    words read before it ("the", "year-old": a token starts at a letter), ``aged`` the age's match
    right before the word."""
    return aged is not None and [w.lower() for w in before] == ["the", "year-old"]


def works_at(words: list[str], link: int) -> bool:
    """True when the words after "of", "at" or "from" (at ``link``) name a body: a capitalised
    word, or "the" and a capitalised word ("of Some Bank", "of the Netherlands Institute of
    Ecology"), where the person before the link works."""
    after = words[link + 1 :]
    return bool(after) and (
        after[0][:1].isupper() or (after[0].lower() == "the" and len(after) > 1 and after[1][:1].isupper())
    )


#: Counts a parent is described by ("the mother of two").
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_PARENTS = frozenset("father mother grandfather grandmother".split())


def parent_of_count(lowered: list[str], link: int) -> bool:
    """True for "the father of three", "a mother of two young children": a parent described by
    the number of their children is the person in view, not a relative of someone named (as "his
    father" is). ``link`` is where "of" stands in the lower-cased words."""
    return (
        0 < link < len(lowered) - 1
        and lowered[link] == "of"
        and lowered[link - 1] in _PARENTS
        and lowered[link + 1] in _COUNTS
    )


#: ", retired schoolteacher Linda Morales,": one or two lower-case words, the last a noun for a
#: person, then a name of two or more capitalised words, between commas.
_POST_AND_NAME = re.compile(
    r",\s*(?:[a-z][\w-]*\s+)?(?P<post>[a-z][\w-]*)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+\s*,\s*"
)
#: The shape of a noun for a person by trade: "schoolteacher", "director", "economist".
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|man|woman)")


def post_and_name(aside: str) -> bool:
    """True for an aside between commas that is a person's post and name ("retired schoolteacher
    Linda Morales"), which a participle's shape ("retired", "acting") does not make a participle
    phrase: the name is the speaker ("including Mr. Goldberg" names no post)."""
    found = _POST_AND_NAME.fullmatch(aside)
    return found is not None and (
        found["post"] in PERSON_NOUNS or _AGENT.fullmatch(found["post"]) is not None
    )


#: A post opening a sentence before a name in apposition: "A former governor of Oyo State and party
#: chieftain, ", "The union's general secretary, ".
_OPENING_POST = re.compile(r"\s*(?:An?|The)\s+(?P<post>[^,;:“”\"()]{3,80}?)\s*,\s*")


def opening_post(words: str) -> str | None:
    """The post in ``words`` when they are an indefinite or definite description of a person that
    opens the sentence before the name in apposition (its words hold a noun for a person), else
    None: the post is that person's role, as a description after the name is."""
    found = _OPENING_POST.fullmatch(words)
    if found is None or not any(w in PERSON_NOUNS for w in found["post"].lower().split()):
        return None
    return found["post"]


#: A run of two to four capitalised words: a person's name in full.
_FULL_NAME = r"[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}"


#: "the 52-year-old" as a sentence's subject, after a fronted clause or none: "Before he was
#: sentenced, the 52-year-old stood and addressed the court".
_AGED_SUBJECT = re.compile(
    r"(?:[A-Z][^,.;:“”\"\n]{0,80},\s+)?[Tt]he\s+(?P<age>\d{1,3})-year-old\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|stood|sat|spoke|wept|told|said|was|had|did|went|came|made|took|gave|left)\b"
)


def aged_subject_antecedent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the person is named whom "the 52-year-old" opening the sentence at ``start`` means:
    the latest name before it given that age in apposition ("Gregory Albrecht, 52,"), or None."""
    subject = _AGED_SUBJECT.match(text, start, end)
    if subject is None:
        return None
    named = re.compile(rf"({_FULL_NAME}),[ \t]*{subject['age']},")
    found = list(named.finditer(text, 0, start))
    return (found[-1].start(1), found[-1].end(1)) if found else None


#: The age in a descriptor of a person by age: "the 24-year-old", "the 24-year-old Ghanaian".
_AGE_OF = re.compile(r"\b(?P<age>\d{1,3})-year-old\b")


def surname_of_age(text: str, descriptor: str, at: int) -> str | None:
    """The surname of the latest person named in full before ``at`` with the age that
    ``descriptor`` ("the 24-year-old Ghanaian") gives: in apposition ("Kwame Mensah, 24,") or
    before the name ("the 31-year-old Brazilian Rafael Costa"); None when the descriptor gives no
    age or nobody was named with it.  A reader takes "the 24-year-old" for the person of that
    age, not for whoever was named last."""
    age = _AGE_OF.search(descriptor)
    if age is None:
        return None
    named = re.compile(
        rf"(?P<after>{_FULL_NAME}),[ \t]*{age['age']}\b[,;)]|\b{age['age']}-year-old[ \t]+(?:[a-z]+[ \t]+)?"
        rf"(?P<before>{_FULL_NAME})"
    )
    found = list(named.finditer(text, 0, at))
    if not found:
        return None
    name = found[-1]["after"] or found[-1]["before"]
    return name.split()[-1]


#: "the 46-year-old carpenter", "the 19-year-old nursing student"; not "the 46-year-old's".
_AGED_NOUN = re.compile(r"[Tt]he\s+(?P<age>\d{1,3}-year-old)\s+(?P<noun>(?:[a-z]+\s+)?[a-z]{3,}(?<!s))")


def aged_noun_role(words: str) -> str | None:
    """The role ("year-old carpenter") of "the 46-year-old carpenter", or None for other words."""
    found = _AGED_NOUN.fullmatch(words.strip())
    return f"year-old {found['noun']}" if found is not None else None
