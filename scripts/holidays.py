#!/usr/bin/env python3
"""Writes src/date/holidays.tsv: the Gregorian dates of holidays of other
calendars, 1950-2099, for the date grammar (src/date/calendars.rs).

    python3 -m venv /tmp/v && /tmp/v/bin/pip install convertdate hijridate lunardate
    /tmp/v/bin/python scripts/holidays.py > src/date/holidays.tsv

Lunar New Year: the first day of the first month of the Chinese calendar
(lunardate). Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah):
the Umm al-Qura calendar (hijridate), which countries that sight the moon
may keep a day apart. Rosh Hashanah (1 Tishrei), Yom Kippur (10 Tishrei),
Passover (15 Nisan), Hanukkah (25 Kislev): the Hebrew calendar
(convertdate); each is the day that begins at the evening before.
"""
import datetime

from convertdate import hebrew
from hijridate import Gregorian, Hijri
from lunardate import LunarDate

FIRST, LAST = 1950, 2099
rows = []
for y in range(FIRST, LAST + 1):
    d = LunarDate(y, 1, 1).to_solar_date()
    rows.append(("lunar_new_year", d))
h_first = Gregorian(FIRST, 1, 1).to_hijri().year
h_last = Gregorian(min(LAST, 2076), 12, 31).to_hijri().year
for h in range(h_first, h_last + 1):
    for name, m, d in (("eid_al_fitr", 10, 1), ("eid_al_adha", 12, 10)):
        try:
            g = Hijri(h, m, d).to_gregorian()
        except (ValueError, OverflowError):
            continue
        g = datetime.date(g.year, g.month, g.day)
        if FIRST <= g.year <= LAST:
            rows.append((name, g))
for hy in range(hebrew.from_gregorian(FIRST, 1, 1)[0], hebrew.from_gregorian(LAST, 12, 31)[0] + 1):
    for name, m, d in (
        ("rosh_hashanah", 7, 1),
        ("yom_kippur", 7, 10),
        ("passover", 1, 15),
        ("hanukkah", 9, 25),
    ):
        g = datetime.date(*hebrew.to_gregorian(hy, m, d))
        if FIRST <= g.year <= LAST:
            rows.append((name, g))
print("holiday\tdate")
for name, d in sorted(set(rows), key=lambda r: (r[0], r[1])):
    print(f"{name}\t{d.isoformat()}")
