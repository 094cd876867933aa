"""Numbers that name, not count: emergency numbers ("a 911 call", "some 911 calls", "she dialled
999") and the numbers of market indices ("the Borsa Istanbul 100 index", "the S&P 500 index").

An emergency number is a name before a word of calling ("911 call", "999 calls", "911 caller",
"dispatcher", "operator", "centre", "line", ...; 911 and 999 only) or after a verb of calling
("called 911", "dialled 112"); "112 standardized tests", "a 112-member body" stay counts.  A
number between a capitalised word and "index" is the index's name: "Istanbul 100 index", "P 500
index" (the known names, "FTSE 100", "Nifty 50", are no figures already, :data:`NAME_HEADS`).
"""

from __future__ import annotations

from factcheck.extraction.tokens import TokenView

__all__ = ["named_number"]

#: The emergency numbers of news: North America, and the UK and Ireland.  Europe's 112 and the UK's
#: 111 only after a verb of calling: "police took 112 calls" may count calls.
_EMERGENCY = frozenset({"911", "999"})
_DIALLED = frozenset({"911", "999", "112", "111"})
#: Words after an emergency number that make it the line called.
_CALL_NOUNS = frozenset(
    {
        *("call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators"),
        *("centre", "center", "line", "system", "service", "emergency", "recording", "tape", "transcript"),
    }
)
#: Verbs of calling before an emergency number.
_CALL_VERBS = frozenset(
    {*("call", "called", "calling", "dial", "dialled", "dialed", "dialling", "dialing", "phoned", "rang")}
)


def named_number(view: TokenView, first: int, last: int) -> bool:
    """True when the number at ``first``..``last`` names an emergency line or a market index (see
    the module's docstring)."""
    if first != last or view.toks[first].kind != "num":
        return False
    text = view.toks[first].text
    if (text in _EMERGENCY and view.word(last + 1) in _CALL_NOUNS) or (
        text in _DIALLED and view.word(first - 1) in _CALL_VERBS
    ):
        return True
    before = view.raw(first - 1)
    return (
        view.word(last + 1) == "index"
        and first >= 1
        and view.toks[first - 1].kind in ("word", "code")
        and before[:1].isupper()
    )
