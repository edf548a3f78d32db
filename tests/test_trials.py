"""``bench/trials.py`` (issue 13's closing figures) runs end to end and counts what it should; with
``--verbatim`` no models are loaded, so this takes seconds.  The figures themselves come from a real
run (README, Development), not from here."""
import json

from bench.trials import dangling, main


def test_trials_run_with_tiny_numbers_and_find_nothing_wrong(tmp_path):
    summary = main(["--out", str(tmp_path), "--kills", "0", "--after-save", "1", "--writers", "2", "--exports", "1",
                    "--docs", "4", "--good", "2", "--long-chars", "5000", "--timeout", "60", "--verbatim"])
    assert json.loads((tmp_path / "trials.json").read_text(encoding="utf-8")) == summary
    hostile = summary["hostile"]
    assert hostile["kinds_tried"] >= 35 and hostile["exit_code"] == 3
    assert (hostile["crashes"], hostile["hangs"], hostile["good_documents_lost"]) == (0, 0, 0)
    assert hostile["outcome"]["fifo"].startswith("not a regular file but a FIFO")
    assert hostile["outcome"]["jsonl_lone_surrogate"] == "stored ×1"
    kill = summary["sigkill"]
    assert kill["reference_ok"] and kill["errors"] == 0
    assert (kill["random"]["trials"], kill["after_last_save"]["trials"]) == (0, 1)
    assert all(t["identical_export"] and t["pending_runs_after"] == 0 for t in kill["trials"])
    together = summary["concurrency"]
    assert (together["errors"], together["documents_missing"], together["inconsistent_exports"]) == (0, 0, 0)
    assert together["writer_exits"] == [0, 0] and together["final_same_as_sequential"]


def test_an_export_referring_to_a_record_it_lacks_is_caught():
    records = [{"kind": "document", "id": "d:1", "text": "e:9 is not a reference"},
               {"kind": "entity", "id": "e:1", "roles": [{"of": "e:2", "doc": "d:1"}]},
               {"kind": "event", "id": "v:1", "participants": [{"entity": "e:1"}], "sources": ["d:1", "d:2"],
                "format": None}]
    assert dangling(records) == ["d:2", "e:2"]
    assert dangling(records[:1]) == []
