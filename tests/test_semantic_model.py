"""The shipped message-category model (zhijian/data/models/messages.npz) and its training data.

* the weights load, carry every message category once, and thresholds are in [0, 1];
* the corpus generator is deterministic and the shipped model was trained on exactly this corpus;
* the held-out figures recorded at training time (``meta_figures``) are reproduced from the
  ``test`` split of training/data/messages.jsonl with the shipped weights;
* batch scores equal one-by-one scores;
* arbitrary strings (empty, emoji, lone surrogates, 10,000 characters) never crash scoring;
* the opt-in issue-11 grammars stay clear of the held-out sets; the steady threshold choice keeps the bar.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import re
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhijian.engine.ngrams import LinearModel, ngram_rows
from zhijian.taxonomy import MESSAGE_CATEGORIES

REPO = pathlib.Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # training/ is a top-level folder of the repository, not installed
    sys.path.insert(0, str(REPO))

from training.messages_corpus import CATEGORIES, build  # noqa: E402
from training.message_scoring import evaluate, label_matrix, unit_scores  # noqa: E402
from training.train_messages import load_corpus  # noqa: E402

MODELS = REPO / "zhijian" / "data" / "models"
CORPUS = REPO / "training" / "data" / "messages.jsonl"


@pytest.fixture(scope="module")
def model() -> LinearModel:
    return LinearModel.load_packaged("messages.npz")


@pytest.fixture(scope="module")
def figures(model) -> dict:
    return json.loads(model.meta["figures"])


def test_weights_load(model):
    assert model.classes == list(CATEGORIES)
    assert set(model.classes) <= set(MESSAGE_CATEGORIES)
    assert len(set(model.classes)) == len(model.classes)
    assert model.weights.shape == (model.vocab.size, len(model.classes))
    assert np.all(np.isfinite(model.weights)) and np.all(np.isfinite(model.bias))
    # the shipped-size bar is 4 MB since stop 28 (3.58 MB with 2,437 blind lines; 3.5 MB since t11l, 3.10 MB then)
    assert (MODELS / "messages.npz").stat().st_size < 4_000_000


def test_thresholds_in_unit_interval(model, figures):
    t = np.asarray(model.thresholds, dtype=np.float64)
    assert t.shape == (len(model.classes),)
    assert np.all((t >= 0.0) & (t <= 1.0))
    for c, v in figures["thresholds"].items():
        assert abs(v - float(t[model.classes.index(c)])) < 1e-6


def test_offensive_head_loads():
    off = LinearModel.load_packaged("offensive.npz")
    assert off.classes == ["offensive"]
    assert 0.0 <= float(off.thresholds[0]) <= 1.0
    fig = json.loads(off.meta["figures"])
    assert 0.0 < fig["test"]["accuracy"] <= 1.0


def test_corpus_is_deterministic():
    rows = build()
    lines = [json.dumps({k: r[k] for k in ("text", "labels", "split", "kind", "template")}, ensure_ascii=False)
             for r in rows]
    assert "\n".join(lines) + "\n" == CORPUS.read_text(encoding="utf-8"), \
        "training/data/messages.jsonl is stale: run python -m training.messages_corpus"


def test_model_was_trained_on_this_corpus(figures):
    assert figures["data_sha256"] == hashlib.sha256(CORPUS.read_bytes()).hexdigest(), \
        "the corpus changed after training: run python -m training.train_messages"


def test_corpus_shape():
    rows = load_corpus(CORPUS)
    y = label_matrix(rows)
    assert len(rows) >= 6000
    pos = int((y.sum(axis=1) > 0).sum())
    assert len(rows) - pos >= pos, "at least as many clean sentences as positives"
    for k, c in enumerate(CATEGORIES):
        for split in ("train", "valid", "test"):
            assert y[[r["split"] == split for r in rows], k].sum() > 0, f"{c} has no positive in {split}"
    assert sum(1 for r in rows if r["kind"] == "hand") >= 200


def test_held_out_figures_reproduce(model, figures):
    rows = [r for r in load_corpus(CORPUS) if r["split"] == "test"]
    got = evaluate(model, [r["text"] for r in rows], label_matrix(rows), figures["masks"])
    want = figures["test"]
    assert got["n"] == want["n"]
    for c in CATEGORIES:
        g, w = got["per_category"][c], want["per_category"][c]
        assert (g["tp"], g["fp"], g["fn"]) == (w["tp"], w["fp"], w["fn"]), c
    assert abs(got["macro_f1"] - want["macro_f1"]) < 1e-9
    assert abs(got["clean_flagged"] - want["clean_flagged"]) < 1e-9


SAMPLES = ["", "😀", "亲，加我vx发你链接", "您放心，明天肯定送到", "这款面膜能治湿疹", "别家都是假货",
           "\ud800", "a" * 10_000, "平台的客服就是摆设。您好，请问还有什么可以帮您？", "\n\n", "🙂🙂🙂", "ＴＭ的"]


def test_batch_equals_one_by_one(model):
    batch = model.scores(SAMPLES)
    one = np.vstack([model.scores([t]) for t in SAMPLES])
    np.testing.assert_allclose(batch, one, rtol=0, atol=1e-6)
    ub = unit_scores(model, SAMPLES, {"京东": "平台"})
    uo = np.vstack([unit_scores(model, [t], {"京东": "平台"}) for t in SAMPLES])
    np.testing.assert_allclose(ub, uo, rtol=0, atol=1e-6)


ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ANY_TEXT, max_size=6))
@example([""])
@example(["😀", "\ud800\udfff", "\udc00abc"])
@example(["a" * 10_000])
@example(["亲" * 10_000, ""])
def test_arbitrary_strings_never_crash(model, texts):
    s = model.scores(texts)
    assert s.shape == (len(texts), len(model.classes))
    assert np.all(np.isfinite(s)) and np.all((s >= 0) & (s <= 1))
    u = unit_scores(model, texts, {"京东": "平台"})
    assert u.shape == s.shape and np.all((u >= 0) & (u <= 1))
    row, fid, val = ngram_rows(texts)
    assert row.size == fid.size == val.size


HARD = REPO / "benchmarks" / "data" / "hard_messages.jsonl"
HARD_SHA256 = "82e050c458e3d215a1278756fe8b342ea7fe6dc45080833c55fdbd007bbea3c0"


def test_keyword_free_hard_set_is_frozen_and_kept_out_of_training():
    """The independent evaluation set of issue 11 is frozen (its figures are compared across versions), in the
    dev-case format, and none of its sentences is in the training corpus."""
    assert hashlib.sha256(HARD.read_bytes()).hexdigest() == HARD_SHA256, "hard_messages.jsonl is frozen: do not edit it"
    items = [json.loads(line) for line in HARD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({i["id"] for i in items}) == len(items) == 411
    for i in items:
        assert set(i) == {"id", "pack", "text", "expect", "ok_extra", "evasion", "note"}
        assert set(i["expect"]) | set(i["ok_extra"]) <= set(MESSAGE_CATEGORIES)
    corpus = {json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not corpus & {i["text"] for i in items}


GENERALISATION = REPO / "tests" / "cases" / "generalisation.jsonl"
FRESH = REPO / "benchmarks" / "data" / "fresh_messages.jsonl"
FRESH3 = REPO / "benchmarks" / "data" / "fresh3_messages.jsonl"
FRESH4 = REPO / "benchmarks" / "data" / "fresh4_messages.jsonl"
FRESH5 = REPO / "benchmarks" / "data" / "fresh5_messages.jsonl"
FRESH6 = REPO / "benchmarks" / "data" / "fresh6_messages.jsonl"
BENCH = REPO / "benchmarks" / "data"
DEV_MESSAGES = pathlib.Path("/work/shared/dev-cases/messages.jsonl")


def test_issue11_kinds_stay_out_of_the_test_sets():
    """The opt-in grammars of training/messages_kinds.py and training/messages_kinds_fresh.py
    (``messages_corpus --kinds``) add sentences, none of which is a sentence of the frozen hard set, of the
    fresh set (read for diagnosis since the fourth round) or of the generalisation cases."""
    base, more = build(kinds=False), build(kinds=True)
    assert len(more) > len(base) + 5000
    added = {r["text"] for r in more if r["template"].startswith("kind.")}
    assert any(r["template"] == "kind.neg.pay" for r in more)
    assert any(r["template"].startswith("kind.fresh.") for r in more)
    held_out = {json.loads(line)["text"] for path in (HARD, FRESH, FRESH3, FRESH4, FRESH5, FRESH6, GENERALISATION)
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not added & held_out


def _clauses(text: str) -> list[str]:
    from zhijian.engine.normalize import compact

    return [c for c in (compact(x) for x in re.split(r"[，,。！!？?；;～~\s]+", text)) if len(c) >= 6]


def test_round_five_kinds_are_not_near_duplicates_of_fresh4():
    """The grammars written after reading fresh4's misses (training/messages_kinds_r3.py) share no clause of six
    characters or more with a fresh4 message, apart from the corpus's shared politeness pools (您好 / 感谢您的耐心等待 …):
    they are new sentences of the kinds that failed, not the failing sentences reworded."""
    from training.messages_corpus import FORMAL_PRE, FORMAL_SUF, NEUTRAL, PREFIX_WARM, SUFFIX
    from zhijian.engine.normalize import compact

    pools = {compact(x) for x in NEUTRAL + PREFIX_WARM + SUFFIX + FORMAL_PRE + FORMAL_SUF}
    fresh4 = {c for line in FRESH4.read_text(encoding="utf-8").splitlines() if line.strip()
              for c in _clauses(json.loads(line)["text"])}
    r3 = [r for r in build(kinds=True) if r["template"].startswith("kind.r3.")]
    assert len(r3) > 3000
    shared = {c for r in r3 for c in _clauses(r["text"]) if c in fresh4 and c not in pools}
    assert not shared, sorted(shared)[:10]


def test_round_six_kinds_are_not_near_duplicates_of_fresh5():
    """The grammars written after reading fresh5's misses and false hits (training/messages_kinds_r4.py) share no
    clause of six characters or more with a message of fresh5 (nor of fresh4, fresh3, fresh or the hard set), apart
    from the corpus's shared politeness pools: new sentences of the kinds that failed, not the failing ones reworded."""
    from training.messages_corpus import FORMAL_PRE, FORMAL_SUF, NEUTRAL, PREFIX_WARM, SUFFIX
    from zhijian.engine.normalize import compact

    pools = {compact(x) for x in NEUTRAL + PREFIX_WARM + SUFFIX + FORMAL_PRE + FORMAL_SUF}
    held = {c for path in (FRESH5, FRESH4, FRESH3, FRESH, HARD) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() for c in _clauses(json.loads(line)["text"])}
    r4 = [r for r in build(kinds=True) if r["template"].startswith("kind.r4.")]
    assert len(r4) > 5000
    shared = {c for r in r4 for c in _clauses(r["text"]) if c in held and c not in pools}
    assert not shared, sorted(shared)[:10]


def test_round_seven_kinds_are_not_near_duplicates_of_fresh6():
    """The grammars written after reading fresh6's misses and false hits (training/messages_kinds_r5.py; not in the
    shipped corpus, the candidate trained with them is described in the model card) share no
    clause of six characters or more with a message of fresh6 (nor of fresh5, fresh4, fresh3, fresh or the hard set),
    apart from the corpus's shared politeness pools: new sentences of the kinds that failed, not the failing ones
    reworded; and no sentence of theirs is a sentence of those sets."""
    from training.messages_corpus import FORMAL_PRE, FORMAL_SUF, NEUTRAL, PREFIX_WARM, SUFFIX
    from zhijian.engine.normalize import compact

    pools = {compact(x) for x in NEUTRAL + PREFIX_WARM + SUFFIX + FORMAL_PRE + FORMAL_SUF}
    texts = [json.loads(line)["text"] for path in (FRESH6, FRESH5, FRESH4, FRESH3, FRESH, HARD)
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    held = {c for t in texts for c in _clauses(t)}
    from training.messages_kinds_r5 import candidate_rows

    r5 = candidate_rows()
    assert len(r5) > 4000 and all(r["template"].startswith("kind.r5.") for r in r5)
    assert not {r["text"] for r in r5} & set(texts)
    shared = {c for r in r5 for c in _clauses(r["text"]) if c in held and c not in pools}
    assert not shared, sorted(shared)[:10]


def _toy_scores(seed: int, n_pos: int = 150, n_neg: int = 3000) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    z = np.concatenate([rng.normal(1.5, 1.2, n_pos), rng.normal(-3.0, 1.2, n_neg)])
    return 1.0 / (1.0 + np.exp(-z)), np.concatenate([np.ones(n_pos, np.int8), np.zeros(n_neg, np.int8)])


def test_steady_threshold_keeps_the_precision_bar_and_is_deterministic():
    from training.thresholds import HIGH, MIN_PRECISION, precision_at, steady_threshold

    for seed in range(3):
        s, y = _toy_scores(seed)
        t, info = steady_threshold(s, y, n_boot=60)
        assert precision_at(s, y, t) >= MIN_PRECISION
        assert info["precision"] >= MIN_PRECISION and 0 < info["recall"] <= 1
        assert steady_threshold(s, y, n_boot=60) == (t, info)
    s, y = _toy_scores(0)
    assert steady_threshold(s, np.zeros_like(y), n_boot=20)[0] == HIGH  # no positive: never fires


def test_steady_threshold_moves_less_than_the_single_pass_between_samples():
    """Ten samples of the same score distribution: the steady thresholds spread less than the single-pass ones."""
    from training.thresholds import choose_threshold, steady_threshold

    single, steady = [], []
    for seed in range(10):
        s, y = _toy_scores(100 + seed)
        single.append(choose_threshold(s, y))
        steady.append(steady_threshold(s, y, n_boot=60)[0])
    assert np.std(steady) < 0.9 * np.std(single)  # a plain bootstrap median (sigma 0) does not pass this


HAND = REPO / "training" / "data" / "messages_hand.jsonl"


def test_merged_hand_lines_are_hash_split_and_kept_out_of_the_test_sets():
    """Hand-written lines merged by ``training.merge_hand`` (template ``hand.<tag>…``) carry the split of a hash of
    their compacted text, valid labels, no duplicate, and none fitted (train or valid split) is a sentence of a set
    that still judges: the dev cases, the generalisation cases, the held-out halves of the pools, and every read
    frozen message set the shipped model was not trained on (``benchmarks/frozen_sets.py``: in ``READ``, not in
    ``TRAINED`` — the transfer sets fresh20/fresh21 and the sets read before stop 26).  A set never read (not in
    ``READ``: the unseen judges) is never opened here (``merge_hand.UNSEEN``); no merged line may name one, nor any
    benchmark set outside ``TRAINED``, as its source (stop 37: the read fresh7–fresh19 message sets became training
    source, so they are no longer screened; stop 40: the read fresh22–fresh24 message sets too)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import frozen_sets
    from training.merge_hand import UNSEEN
    from training.messages_corpus import key_text, split_of

    rows = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines() if line.strip()]
    merged = [r for r in rows if r["template"].startswith("hand.")]
    assert len(merged) >= 1000
    assert all(r["split"] == split_of(key_text(r["text"])) for r in merged)
    assert all(set(r["labels"]) <= set(CATEGORIES) and r["kind"] == "hand" for r in merged)
    keys = [key_text(r["text"]) for r in rows]
    assert len(set(keys)) == len(keys) and all(keys)
    # sources: a frozen message set is merged only if the shipped model is recorded as trained on it (and it was read)
    sets = {p.stem for p in BENCH.glob("*_messages.jsonl")}  # names only: no unseen file is opened
    sources = {r["template"].split(".")[1] for r in merged}
    assert not {s for s in sources if s.startswith(UNSEEN)}
    assert {s for s in sources if s in sets} == set(frozen_sets.TRAINED)
    assert set(frozen_sets.TRAINED) <= set(frozen_sets.READ) and not any(s.startswith(UNSEEN) for s in frozen_sets.READ)
    judges = sorted(s for s in sets if s in frozen_sets.READ and s not in frozen_sets.TRAINED)
    assert {"hard_messages", "fresh_messages", "fresh3_messages", "fresh6_messages", "fresh20_messages",
            "fresh21_messages", "fresh21_hard_messages"} <= set(judges)
    # judge lines that equal a fitted row by chance: written blind *after* the shipped model's data was fixed, the same
    # stock reply as an older blind writer's line, named by id so that any other overlap still fails.  Stops 38-40 named
    # six such lines of fresh22, fresh23 and fresh24 (f22-m228/m240/m254, f22-h109, f23-m036, f24-m166); since stop 40
    # (m40) those three sets are training source (``TRAINED``), no longer judges.  fresh25 (read from stop 41, a judge,
    # not trained) holds one: f25-m098, the same stock reply as a fresh23 line that m40 fitted.  fresh26 (read from stop
    # 42, a judge, not trained) holds two: f26-m015 and f26-m195, the same curt "told you, shipped on <weekday>" reply as
    # a fresh17 and a fresh23 line.  fresh27 (read from stop 43, a judge, not trained) holds two: f27-m106, a bare
    # "？？？ what did you send" as one of our own hand lines, and f27-m287, the same sarcastic "fine, refund, happy now"
    # as a pool31 line.  fresh28 (read from stop 44, a judge, not trained) holds three: f28-m061, the same curt "told you,
    # shipped on Wednesday" stock reply, f28-m250, a bare "please give a good review, thanks", and f28-h044, the stock
    # "too dear, don't buy, nobody forces you" — stock lines an older set's fitted row also has.  fresh29 (read from stop
    # 45, a judge, not trained) holds one: f29-m053, a bare two-character "wait then" that is also one of our own hand lines.
    # fresh30 (read from stop 46) holds none.  fresh31 (read from stop 47, a judge, not trained) holds one: f31-m293, the
    # same impatient "anybody there? is the address changed or not???" as a fresh19 line m40 fitted.  fresh32 (read from
    # stop 48, a judge, not trained) holds one: f32-m025, that same stock line again.  fresh33 (read from stop
    # 49) holds none; fresh34 (read from stop 50) neither, nor fresh35 (read from stop 51).  fresh36 (read from stop 52, a
    # judge, not trained) holds one: f36-m015, a bare two-character "hold on" that is also one of our own hand lines.  fresh37 (read from stop 53) holds none, nor fresh38 (read from stop 54).
    # fresh39 (read from stop 55, a judge, not trained) holds one: f39-m127, the same impatient "anybody there? is the
    # address changed or not" stock line as f31-m293 and f32-m025.  fresh40 (read from stop 56) holds none.
    # fresh41 (read from stop 57, a judge, not trained) holds one: f41-h022, a bare one-character grunt that is also one of
    # our own hand lines.  fresh42 (read from stop 58, a judge, not trained) holds one: f42-m265, the curt stock "it is all
    # written above, scroll up" that an older writer's fitted line also is.  fresh43 (read from stop 59, a judge, not trained)
    # holds one: f43-m142, a bare two-character "wait" that is also one of our own hand lines.  fresh44 (read from stop 60,
    # a judge, not trained) holds one: f44-m261, a bare "received" that is also one of our own hand lines.  fresh45 (read
    # from stop 61, a judge, not trained) holds two: f45-m121, a bare two-character "wait then", and f45-h060, a bare
    # two-character "wait a bit", both also our own hand lines.  fresh46 (read from stop 62) holds none.  fresh47 (read from
    # stop 63, a judge, not trained) holds one: f47-h079, the curt "answered once above, scroll up" that a fresh17 hard
    # line fitted also is.  fresh48 (read from stop 64) holds none.  fresh49 (read from stop 65, a judge, not trained) holds
    # two: f49-m246, a bare "what?", and f49-h157, a bare one-character "yes", both also our own hand lines.  The other judges
    # (fresh20, fresh21 and the sets read before stop 26) hold no fitted row.
    coincident: dict[str, set[str]] = {"fresh25_messages": {"f25-m098"}, "fresh26_messages": {"f26-m015", "f26-m195"},
                                       "fresh27_messages": {"f27-m106", "f27-m287"},
                                       "fresh28_messages": {"f28-m061", "f28-m250"}, "fresh28_hard_messages": {"f28-h044"},
                                       "fresh29_messages": {"f29-m053"}, "fresh31_messages": {"f31-m293"},
                                       "fresh32_messages": {"f32-m025"}, "fresh36_messages": {"f36-m015"},
                                       "fresh39_messages": {"f39-m127"},
                                       "fresh41_hard_messages": {"f41-h022"},
                                       "fresh42_messages": {"f42-m265"}, "fresh43_messages": {"f43-m142"},
                                       "fresh44_messages": {"f44-m261"}, "fresh45_messages": {"f45-m121"},
                                       "fresh45_hard_messages": {"f45-h060"},
                                       "fresh47_hard_messages": {"f47-h079"},
                                       "fresh49_messages": {"f49-m246"}, "fresh49_hard_messages": {"f49-h157"}}
    held_out, chance = set(), set()
    for path in [BENCH / f"{s}.jsonl" for s in judges] + [GENERALISATION]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                o = json.loads(line)
                by_chance = o.get("id") in coincident.get(path.stem, ())
                (chance if by_chance else held_out).add(key_text(o["text"]))
    # the held-out halves of the read pools (their ids; the lines are read here only to be kept out)
    held_ids = set()
    for f in (REPO / "training" / "data").glob("hold_ids_*.txt"):
        held_ids |= set(f.read_text(encoding="utf-8").split())
    assert len(held_ids) >= 400
    for path in BENCH.glob("pool*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            o = json.loads(line) if line.strip() else {}
            if o.get("id") in held_ids and "text" in o:
                held_out.add(key_text(o["text"]))
    if not DEV_MESSAGES.is_file():
        pytest.fail(f"missing: {DEV_MESSAGES}; the dev cases are judges and must be screened", pytrace=False)
    held_out |= {key_text(json.loads(line)["text"]) for line in DEV_MESSAGES.read_text(encoding="utf-8").splitlines()
                 if line.strip()}
    # (a test-split row is never fitted nor used for a threshold: a short stock line such as 嗯哼 may coincide there)
    fitted = {key_text(r["text"]) for r in rows if r["split"] != "test"}
    assert not fitted & held_out
    assert chance <= fitted, sorted(chance - fitted)  # the named coincidences are real (a stale list fails)


def test_hand_weights_are_recorded(figures):
    """The shipped model records how much the hand-written rows counted (training and threshold choice), and its
    figures on the hand-written rows of valid and test."""
    from training import train_messages

    assert figures["hand_weight"] == train_messages.HAND_WEIGHT > 1
    assert figures["hand_valid_weight"] == train_messages.HAND_VALID_WEIGHT > 1
    assert "hand_bar" not in figures and not hasattr(train_messages, "HAND_BAR")  # the dead guard is gone
    assert figures["hand_rows"] >= 1000
    for split in ("valid", "test"):
        assert figures["hand"][split]["n"] == sum(
            1 for r in load_corpus(CORPUS) if r["split"] == split and r["kind"] == "hand")



def test_round_eight_kinds_are_not_near_duplicates_of_any_readable_set():
    """The grammars of stop 48 (training/messages_kinds_r6.py; not in the shipped corpus, the candidates trained with
    them are described in the model card) share no clause of six characters or more with a message of any set that may
    be opened (the dev cases, the tests' cases, the read ``fresh*`` sets of ``frozen_sets.READ``, the pools; never an
    unread ``fresh*`` nor a ``heldout*`` set), apart from the corpus's shared politeness pools; and no sentence of theirs
    is a sentence of those sets."""
    from training.messages_corpus import FORMAL_PRE, FORMAL_SUF, NEUTRAL, PREFIX_WARM, SUFFIX
    from zhijian.engine.normalize import compact

    sys.path.insert(0, str(BENCH.parent))
    from frozen_sets import READ
    from training.messages_kinds_r6 import candidate_rows

    paths = [DEV_MESSAGES, *sorted((REPO / "tests" / "cases").glob("*.jsonl"))]
    paths += [p for p in sorted(BENCH.glob("*.jsonl"))
              if not (p.stem.startswith("heldout") or (p.stem.startswith("fresh") and p.stem not in READ))]
    texts = set()
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            o = json.loads(line) if line.strip().startswith("{") else None
            if isinstance(o, dict):
                texts.update([o["text"]] if isinstance(o.get("text"), str) else
                             [t.get("text", "") for t in o.get("turns", o.get("messages", [])) if isinstance(t, dict)])
    assert len(texts) > 10000
    pools = {compact(x) for x in NEUTRAL + PREFIX_WARM + SUFFIX + FORMAL_PRE + FORMAL_SUF}
    held = {c for t in texts for c in _clauses(t)}
    r6 = candidate_rows()
    assert len(r6) > 7000 and all(r["template"].startswith("kind.r6.") and r["split"] == "train" for r in r6)
    assert {compact(r["text"]) for r in r6}.isdisjoint({compact(t) for t in texts})
    shared = {c for r in r6 for c in _clauses(r["text"]) if c in held and c not in pools}
    # clauses a blind writer wrote alike by chance, named so that any other overlap still fails: fresh34_hard_messages
    # (pinned at the start of stop 48 and never opened until stop 50, so r6's writer could not have seen it) holds the
    # stock "您心里有个数" a round-eight filler also has; fresh35_hard_messages (pinned blind at the start of stop 49, after
    # r6 was written at stop 48, and never opened until stop 51) holds the sneer "穷讲究什么呀" one r6 filler also has;
    # fresh37_messages (pinned blind at stop 51, never opened until stop 53) holds the stock "麻烦您核对一下" as well;
    # fresh38 (pinned blind at stop 52, never opened until stop 54) holds the stock "您按需要选就好"; fresh43 (pinned blind
    # at stop 57, never opened until stop 59) holds the stock sneer "您可真是个人才"; fresh50_chats (pinned blind at stop 64,
    # never opened until stop 66) closes a long answer with the same stock "您按需要选就好哈"; fresh51_hard_messages (pinned
    # blind at stop 65, never opened until stop 67) holds the stock "我马上帮您登记"
    by_chance = {"您心里有个数", "穷讲究什么呀", "麻烦您核对一下", "您按需要选就好", "您可真是个人才", "您按需要选就好哈",
                 "我马上帮您登记"}
    assert not shared - by_chance, sorted(shared - by_chance)[:10]
    assert by_chance <= shared, sorted(by_chance - shared)  # (a stale name fails)
