"""Tags US and Canadian papers set between a politician's name and the verb, in commas.

Statehouse and city-hall copy names a legislator with party and hometown ("Rep. Patrick Lund,
R-Eau Claire, said", "Sen. Ana Ortiz, D-Fond du Lac,") and a city councillor with the seat
("Ald. Rosa Hernández, 22nd Ward, said", "Council Member Latrice Vaughn, Ward 4,", "Supervisor
Dean Preston, District 5,").  The tag is no person and no body: the name before it speaks.
"""

from __future__ import annotations

#: A party and a hometown of one to three words ("D-Milwaukee", "R-Eau Claire", "D-Fond du Lac").
PARTY_HOMETOWN = r"[DRI]-[A-Z][A-Za-z.]*(?:[ \t]+(?:(?:du|de|la|del|des)[ \t]+)?[A-Z][A-Za-z.]*){0,2}"
#: A seat on a council or board by its number ("22nd Ward", "Ward 4", "District 9", "3rd District").
SEAT_NUMBER = r"(?:\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Ward|District)|(?:Ward|District)[ \t]+\d{1,2}[A-Z]?)\b"
#: Either tag, as it stands between commas after a name.
AFTER_NAME_TAG = r"(?:" + PARTY_HOMETOWN + r"|" + SEAT_NUMBER + r")"
#: The same in brackets: "(R-Ky.)", "(D-Staten Island)", Chicago's "(22nd)" and "(22nd Ward)".
BRACKET_TAG = (
    r"\((?:[DRI]-[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}|\d{1,2}(?:st|nd|rd|th)(?:[ \t]+(?:Ward|District))?|"
    r"(?:Ward|District)[ \t]+\d{1,2})\)"
)
