"""Times of day and the holidays of seed 004, from a maintained holiday library.

Seed 004 wants 早上好 in the morning (00:00-12:00) and, on the national holidays 元旦 / 春节 /
劳动节 / 中秋节 / 国庆节, the holiday greeting (新年好 / 劳动节快乐 / 中秋节快乐 / 国庆节快乐).
Dates come from the ``holidays`` package (vacanza/holidays, which computes the lunar festivals):
no hand-typed date table.  The festival *day* is the first day the library names with that
festival in a year (2025-01-29 for 春节, 2025-10-06 for 中秋节); the other official days off
around it form the festival's *period*.

Used by the conversation audit (greeting checks) and by the script library (openings).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import lru_cache

CST = dt.timezone(dt.timedelta(hours=8), "CST")

# festival key -> (Chinese name, the library's English name for it, standard greeting of seed 004)
FESTIVALS: dict[str, tuple[str, str, str]] = {
    "new_year": ("元旦", "New Year's Day", "新年好"),
    "spring_festival": ("春节", "Chinese New Year (Spring Festival)", "新年好"),
    "labour_day": ("劳动节", "Labor Day", "劳动节快乐"),
    "mid_autumn": ("中秋节", "Mid-Autumn Festival", "中秋节快乐"),
    "national_day": ("国庆节", "National Day", "国庆节快乐"),
}


@dataclass(frozen=True)
class Festival:
    key: str
    name: str  # 中文名
    greeting: str  # seed 004's standard opening for the day
    day: dt.date
    is_day: bool  # the festival day itself (else: another day of its official period)


@lru_cache(maxsize=64)
def _year(year: int) -> dict[dt.date, tuple[str, bool]]:
    """date -> (festival key, is the festival day) for one year, kept in the on-disk cache under the
    installed ``holidays`` library and this module's source: importing the library and building its first
    calendar cost ~0.4 s a process (every audit worker, the first audit of the service)."""
    from pathlib import Path

    from zhijian.engine.cache import cached, key_of, library_state

    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return cached("festivals", key_of("festivals", year, source, library_state("holidays")), lambda: _compute_year(year))


def _compute_year(year: int) -> dict[dt.date, tuple[str, bool]]:
    import holidays

    cn = holidays.China(years=year)
    out: dict[dt.date, tuple[str, bool]] = {}
    first: dict[str, dt.date] = {}
    for day in sorted(cn):
        for name in cn.get_list(day):
            for key, (_, en, _) in FESTIVALS.items():
                if name.startswith(en) and "observed" not in name:
                    if key not in first:
                        first[key] = day
                    out.setdefault(day, (key, day == first[key]))
    # substituted days off right after a festival belong to its period
    for day in sorted(cn):
        if day not in out and any(n.startswith("Day off") for n in cn.get_list(day)):
            prev = day - dt.timedelta(days=1)
            while prev.year == year and prev not in out and prev in cn:
                prev -= dt.timedelta(days=1)
            if prev in out:
                out[day] = (out[prev][0], False)
    return out


def festival_on(day: dt.date) -> Festival | None:
    """The seed-004 festival whose day or official holiday period ``day`` is in, if any."""
    hit = _year(day.year).get(day)
    if hit is None:
        return None
    key, is_day = hit
    name, _, greeting = FESTIVALS[key]
    fday = next(d for d, (k, f) in _year(day.year).items() if k == key and f)
    return Festival(key, name, greeting, fday, is_day)


def local(ts: dt.datetime) -> dt.datetime:
    """A timestamp in China Standard Time (a naive one is taken to be CST already)."""
    if ts.tzinfo is None:
        return ts.replace(tzinfo=CST)
    return ts.astimezone(CST)


def is_morning(ts: dt.datetime) -> bool:
    """Seed 004: 早上 is 00:00-12:00 (12:00 itself is no longer morning)."""
    return local(ts).hour < 12


def opening(ts: dt.datetime | None = None) -> str:
    """The greeting seed 004 prescribes at ``ts``: holiday greeting, else 早上好 / 您好."""
    ts = local(ts or dt.datetime.now(CST))
    fest = festival_on(ts.date())
    if fest is not None and fest.is_day:
        return fest.greeting
    return "早上好" if is_morning(ts) else "您好"
