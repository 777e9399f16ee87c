"""Dashboard and browsing filters combined with a findings join (regression: 500 on category filter)."""

import json
import pathlib

from fastapi.testclient import TestClient

from zhijian.service.app import Settings, create_app
from zhijian.service.security import create_key

CHATS = pathlib.Path(__file__).resolve().parents[1] / "examples" / "chats.jsonl"


def test_dashboard_with_category_and_severity_filters(tmp_path):
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path}/t.db", data_dir=str(tmp_path)))
    with app.state.sessions.begin() as s:
        _, key = create_key(s, "qa", "qa")
    c = TestClient(app)
    h = {"Authorization": f"Bearer {key}"}
    convs = [json.loads(line) for line in CHATS.read_text(encoding="utf-8").splitlines()[:120]]
    assert c.post("/api/v1/audit", json={"conversations": convs}, headers=h).status_code == 200
    everything = c.get("/api/v1/dashboard", headers=h).json()
    cat = next(iter(everything["findings_by_category"]))
    r = c.get(f"/api/v1/dashboard?category={cat}", headers=h)
    assert r.status_code == 200
    d = r.json()
    assert 0 < d["chats"] < everything["chats"]
    listed = c.get(f"/api/v1/conversations?category={cat}&size=500", headers=h).json()
    assert listed["total"] == d["chats"]
    assert c.get("/api/v1/dashboard?severity=minor&date_from=2020-01-01", headers=h).status_code == 200
    assert c.get("/api/v1/dashboard?date_from=yesterday", headers=h).status_code == 422
