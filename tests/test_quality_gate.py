"""Quality gate: scores on shipped and shared answer keys must not fall below the floors in
``quality_baseline.json`` (a floor is lowered only with KHRONIKA_LOWER_FLOORS=1 and a reason)."""
import json
import os
from pathlib import Path

import pytest

from .conftest import SHARED, shared_or_skip

pytestmark = pytest.mark.slow
BASELINE = json.loads((Path(__file__).with_name("quality_baseline.json")).read_text(encoding="utf-8"))
DEVSET = SHARED / "data" / "factRuEval-2016" / "devset"
CEILINGS = BASELINE.pop("ceilings", {})  # measures that must not rise above these: {corpus: {measure: most}}


def check(scores: dict, floors: dict) -> list[str]:
    return [f"{k}: {scores[k]:.3f} < floor {v}" for k, v in floors.items() if scores[k] < v]


def test_quality_gate_factru_devset():
    shared_or_skip(DEVSET, "the factRuEval-2016 devset")
    from khronika.evaluate.factru import evaluate

    result = evaluate(DEVSET)
    scores = {t: result["ner"]["ours"][t]["f1"] for t in ("PER", "ORG", "LOC")}
    scores["occupation"] = result["occupation"]["strict"]["f1"]
    for t in ("PER", "ORG", "LOC"):  # ahead of bare natasha on every type by at least two points
        assert scores[t] >= result["ner"]["natasha"][t]["f1"] + 0.02, t
    failed = check(scores, BASELINE["factru_devset"])
    assert not failed or os.environ.get("KHRONIKA_LOWER_FLOORS") == "1", failed


def test_quality_gate_dev_key_on_the_golden_export():
    """The dev key's scores of the dev-key texts' export, as ``tests/golden`` holds it (the golden test
    makes sure the live export equals it), against their floors; junk persons and records fusing
    different events stay at none."""
    import subprocess
    import sys

    key, scorer = SHARED / "gold" / "dev-diplomacy.json", SHARED / "tools" / "score_seeds.py"
    shared_or_skip(key, "the dev key")
    snapshot = Path(__file__).with_name("golden") / "dev-diplomacy.jsonl"
    out = subprocess.run([sys.executable, str(scorer), str(snapshot), str(key), "--texts", str(SHARED / "data"),
                          "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["junk_persons"] == 0 and scores["fusion_wrong"] == 0
    failed = check(scores, BASELINE["dev_diplomacy"])
    assert not failed or os.environ.get("KHRONIKA_LOWER_FLOORS") == "1", failed


@pytest.mark.parametrize("corpus", ["newsdev", "newsdev2", "newsdev3", "newsdev4", "newsdev5", "newsdev6", "newsdev7",
                                    "newsdev8", "newsdev9", "newsdev10", "newsdev11", "newsdev12", "newsdev13",
                                    "newsdev14", "newsdev15", "newsdev16", "newsdev17", "newsdev18",
                                    "newsdev19", "newsdev20", "newsdev21", "newsdev22", "newsdev23",
                                    "newsdev24", "newsdev25", "newsdev26", "newsdev27", "newsdev28",
                                    "newsdev29", "newsdev30", "newsdev31", "newsdev32", "newsdev33",
                                    "newsdev34", "newsdev35", "newsdev36", "newsdev37", "newsdev38",
                                    "newsdev39", "newsdev40", "newsdev41"])
def test_quality_gate_newsdev_keys_on_the_golden_export(corpus):
    """Our own held-out-like keys (``eval/newsdev`` to ``eval/newsdev41``: wire copy of many
    outlets, several reporting one event) on the export ``tests/golden`` holds of their texts, against their
    floors: a gain made there stays."""
    import subprocess
    import sys

    from .conftest import ROOT

    scorer = SHARED / "tools" / "score_seeds.py"
    shared_or_skip(scorer, "the scorer")
    snapshot = Path(__file__).with_name("golden") / f"{corpus}.jsonl"
    texts = ROOT / "eval" / corpus
    out = subprocess.run([sys.executable, str(scorer), str(snapshot), str(texts / "key.json"), "--texts",
                          str(texts), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    # a key written after the rules may keep a known wrong fusion for a while: its ceiling says how many, at most
    ceiling = CEILINGS.get(corpus, {})
    assert scores["junk_persons"] <= ceiling.get("junk_persons", 0)
    assert scores["fusion_wrong"] <= ceiling.get("fusion_wrong", 0)
    failed = check(scores, BASELINE[corpus])
    assert not failed or os.environ.get("KHRONIKA_LOWER_FLOORS") == "1", failed
