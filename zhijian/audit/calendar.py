"""Times of day and the holidays of seed 004, from a maintained holiday library.

Seed 004 wants 早上好 in the morning (00:00-12:00) and, on the national holidays 元旦 / 春节 /
劳动节 / 中秋节 / 国庆节, the holiday greeting (新年好 / 劳动节快乐 / 中秋节快乐 / 国庆节快乐).
Dates come from the ``holidays`` package (vacanza/holidays, which computes the lunar festivals):
no hand-typed date table.  The festival's *statutory days* (法定假日, seed 004: 如国家法定假日…则需要有相应
节日问候语) are the days the library names with that festival (国庆节: 1-3 October; the *day* is the first of
them: 2025-01-29 for 春节, 2025-10-06 for 中秋节); the days off in a row around them (observed and substituted
days, 除夕, and the weekends between them) form the festival's *break*, where its greeting is still right.

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
    statutory: bool = False  # a statutory day of the festival (法定假日: the library names the festival on it)
    also: tuple[str, ...] = ()  # the other festivals of the same days off (国庆 and 中秋 in one break)


@lru_cache(maxsize=64)
def _year(year: int) -> dict[dt.date, tuple]:
    """date -> (festival key, is the festival day, is a statutory day, keys of the break's festivals) for one year, kept
    in the on-disk cache under the installed ``holidays`` library and this module's source: importing the library and
    building its first calendar cost ~0.4 s a process (every audit worker, the first audit of the service)."""
    from pathlib import Path

    from zhijian.engine.cache import cached, key_of, library_state

    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return cached("festivals", key_of("festivals", year, source, library_state("holidays")), lambda: _compute_year(year))


def _compute_year(year: int) -> dict[dt.date, tuple]:
    """The festivals' statutory days (the library names the festival: 国庆 1-3 October), and their breaks: the run of days
    off around them (observed and substituted days, 除夕) with the weekends inside it (2026: 1-7 October, the 4th a Sunday
    between statutory and substituted days); a day of a break that holds no statutory day belongs to no festival."""
    import holidays

    # (the names in English whatever the process's locale: without LANG / LANGUAGE the library names them in Chinese, no
    # festival would match, and the empty table would be cached for every process; stop 38, c38)
    cn = holidays.China(years=year, language="en_US")
    named: dict[dt.date, str] = {}
    first: dict[str, dt.date] = {}
    for day in sorted(cn):
        for name in cn.get_list(day):
            for key, (_, en, _) in FESTIVALS.items():
                if name.startswith(en) and "observed" not in name and day not in named:
                    named[day] = key
                    first.setdefault(key, day)
    if len(cn) and not named:  # (never cache a calendar that knows no festival: every greeting would read as wrong)
        raise RuntimeError(f"节日日历出错：holidays 库给出的 {year} 年节假日名称一个也对不上 zhijian/audit/calendar.py 的 "
                           f"FESTIVALS（{', '.join(sorted(set(cn.values())))[:80]}），请检查 holidays 库的版本")
    # the breaks: days off in a row, joined across a weekend that has days off on both sides
    breaks: list[list[dt.date]] = []
    for day in sorted(cn):
        if breaks:
            gap = [breaks[-1][-1] + dt.timedelta(days=n) for n in range(1, (day - breaks[-1][-1]).days)]
            if all(g.weekday() >= 5 for g in gap):
                breaks[-1].extend(gap + [day])
                continue
        breaks.append([day])
    out: dict[dt.date, tuple] = {}
    for run in breaks:
        keys = tuple(dict.fromkeys(named[d] for d in run if d in named))
        if not keys:
            continue  # (清明 / 端午: no festival of seed 004)
        key = next(named[d] for d in run if d in named)  # (除夕 and the days before: the festival after them)
        for day in run:
            # a day after statutory days goes to the festival before it (国庆's weekend before 中秋)
            key = named.get(day, key)
            out[day] = (key, day == first[key], day in named, keys)
    return out


@lru_cache(maxsize=4096)
def festival_on(day: dt.date) -> Festival | None:
    """The seed-004 festival whose statutory days or break ``day`` is in, if any (remembered per day: the greeting
    check asks for every chat)."""
    hit = _year(day.year).get(day)
    if hit is None:
        return None
    key, is_day, statutory, keys = hit
    name, _, greeting = FESTIVALS[key]
    fday = next(d for d, v in _year(day.year).items() if v[0] == key and v[1])
    return Festival(key, name, greeting, fday, is_day, statutory, tuple(k for k in keys if k != key))


def local(ts: dt.datetime) -> dt.datetime:
    """A timestamp in China Standard Time (a naive one is taken to be CST already)."""
    if ts.tzinfo is None:
        return ts.replace(tzinfo=CST)
    return ts.astimezone(CST)


def is_morning(ts: dt.datetime) -> bool:
    """Seed 004: 早上 is 00:00-12:00 (12:00 itself is no longer morning)."""
    return local(ts).hour < 12


# the greetings of a time of day besides 早上好 and the hours they fit (from, to): 中午好 around noon, 下午好 from noon until
# seven, 晚上好 from five in the afternoon into the small hours (seed 004 names 早上; the rest is everyday usage)
DAYTIME = {"noon": ("中午好", 11, 14), "afternoon": ("下午好", 12, 19), "evening": ("晚上好", 17, 5)}


def fits_daytime(key: str, ts: dt.datetime) -> bool:
    """A greeting of ``DAYTIME[key]`` fits local time ``ts`` (an evening's hours run past midnight)."""
    _, start, end = DAYTIME[key]
    hour = local(ts).hour
    return start <= hour < end if start < end else (hour >= start or hour < end)


def opening(ts: dt.datetime | None = None) -> str:
    """The greeting seed 004 prescribes at ``ts``: holiday greeting, else 早上好 / 您好."""
    ts = local(ts or dt.datetime.now(CST))
    fest = festival_on(ts.date())
    if fest is not None and fest.statutory:
        return fest.greeting
    return "早上好" if is_morning(ts) else "您好"
