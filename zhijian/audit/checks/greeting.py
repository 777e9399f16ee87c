"""Opening greeting (seeds 002, 003, 004: 开头语; 004: 早上好 only 0:00–12:00, holiday greetings on the statutory days)."""

from __future__ import annotations

import datetime as dt

from zhijian.audit.calendar import DAYTIME, FESTIVALS, festival_on, fits_daytime, is_morning, local
from zhijian.audit.checks import check


@check("missing_greeting", "greeting_mismatch")
def greeting(chat):
    """The agent's first reply must greet (``words.greeting`` or a holiday greeting), and the greeting
    must fit the local time and the festival of the day (``holiday_greeting``, ``holiday_greetings``)."""
    if not chat.agent_turns:
        return
    gi = chat.agent_turns[0]
    g = chat.messages[gi]
    lab = chat.labels[gi]
    holiday_labels = {x for x in lab if x.startswith("holiday:")}
    if "greeting" not in lab and not holiday_labels:
        yield chat.finding("missing_greeting", gi)
        return
    if g.ts is None:
        return
    ts = local(g.ts)
    fest = festival_on(ts.date())
    wrong_time = next((k for k in DAYTIME if k in lab and not fits_daytime(k, ts)), None)
    if "morning" in lab and not is_morning(ts):
        yield chat.finding("greeting_mismatch", gi, detail=f"{ts:%H:%M} 不是早上，不宜说“早上好”")
    elif wrong_time is not None:
        # (晚上好 at half past nine in the morning, 下午好 in the evening: the greeting does not fit the time; stop 52)
        yield chat.finding("greeting_mismatch", gi, detail=f"{ts:%H:%M} 不宜说“{DAYTIME[wrong_time][0]}”")
    elif chat.config.holiday_greeting and fest is not None and fest.statutory and f"holiday:{fest.key}" not in lab:
        # every statutory day of the festival (004: 如国家法定假日…则需要有相应节日问候语), not only its first
        day = fest.name if fest.is_day else f"{fest.name}假期"
        yield chat.finding("greeting_mismatch", gi, detail=f"今天是{day}，开头语应为“{fest.greeting}！”")
    elif holiday_labels and not _fits_festival(fest, holiday_labels) and not _fits_festival(
            festival_on(ts.date() + dt.timedelta(days=1)), holiday_labels):
        # (the eve's greeting of the festival coming, 12月31日晚上 新年快乐, is right too; stop 52)
        # (any day of the festival's break, 国庆's weekend included, takes its greeting; 中秋 and 国庆 in one break each other's)
        names = "、".join(FESTIVALS[x.split(':')[1]][0] for x in sorted(holiday_labels))
        yield chat.finding("greeting_mismatch", gi, detail=f"今天不是{names}，节日问候用错了")


def _fits_festival(fest, labels: set[str]) -> bool:
    """A holiday greeting of ``labels`` is the one of festival ``fest`` (or of another festival of its break)."""
    return fest is not None and bool({f"holiday:{k}" for k in (fest.key, *fest.also)} & labels)
