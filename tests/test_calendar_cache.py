"""The festival calendar of seed 004 is computed once and then read from the on-disk cache: a warm
process neither imports the ``holidays`` library nor builds its calendar, and reads the same dates."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import datetime as dt, json, sys
from zhijian.audit.calendar import festival_on, _year
days = {str(d): list(v) for d, v in sorted(_year(2026).items())}
print(json.dumps({"holidays_imported": "holidays" in sys.modules, "days": days,
                  "mid_autumn": festival_on(dt.date(2026, 9, 25)).name}, ensure_ascii=False))
"""


def _probe(cache: str) -> dict:
    env = {**os.environ, "ZHIJIAN_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_a_warm_process_reads_the_festivals_without_the_library(tmp_path):
    cold = _probe(str(tmp_path))
    warm = _probe(str(tmp_path))
    assert cold["holidays_imported"] and not warm["holidays_imported"]
    assert warm["days"] == cold["days"] and warm["mid_autumn"] == cold["mid_autumn"] == "中秋节"
    assert any(v[:2] == ["spring_festival", True] for v in warm["days"].values())  # the computed table, not empty


def test_without_a_cache_the_festivals_are_computed(tmp_path):
    off = _probe("off")
    assert off["holidays_imported"] and off["days"] == _probe(str(tmp_path))["days"]


def test_the_festivals_do_not_depend_on_the_locale(tmp_path):
    # (stop 38, c38) a process started without LANG / LANGUAGE (a bare service unit, env -i) got the library's names in
    # Chinese, matched no festival and cached an empty table under the same key for every later process
    bare = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    bare["ZHIJIAN_CACHE"] = "off"
    out = subprocess.run([sys.executable, "-c", PROBE], env=bare, capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    assert got["mid_autumn"] == "中秋节" and got["days"] == _probe(str(tmp_path))["days"]


def test_a_calendar_that_names_no_festival_is_refused_not_cached(monkeypatch):
    # a library that names the days otherwise (another language, a renamed festival) must fail loudly, in Chinese:
    # an empty table cached for every process would flag every holiday greeting as a mismatch
    import datetime as dt

    import holidays
    import pytest

    from zhijian.audit import calendar

    class Renamed(dict):
        def get_list(self, day):
            return [self[day]]

    monkeypatch.setattr(holidays, "China", lambda **_: Renamed({dt.date(2026, 10, 1): "国庆节"}))
    with pytest.raises(RuntimeError, match="节日日历出错.*2026"):
        calendar._compute_year(2026)
