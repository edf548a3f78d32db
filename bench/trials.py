"""Trials of issue 13's closing note: hostile input, SIGKILL during ingest, concurrent writers and exports.

usage: python -m bench.trials --out DIR [--kills N] [--after-save N] [--writers N] [--exports N]
                              [--docs N] [--good N] [--long-chars N] [--timeout S] [--mem-gb G] [--seed S]
                              [--verbatim]

Every run is ``khronika`` in a subprocess (niced, in its own process group, under a memory limit);
each one's stdout and stderr are kept in DIR/logs.  Prints one JSON summary (also DIR/trials.json):

- ``hostile``: one ingest of a folder with every hostile kind of ``bench/hostile.py`` and good texts:
  kinds tried, crashes (an exit other than 0 or 3, or a traceback), hangs (past the timeout), good
  documents lost (absent from the export), peak RSS of the run, and what became of each kind.
- ``sigkill``: a reference ingest and export of DOCS texts (the factRuEval devset beside the checkout,
  else the seeds); then trials killed with SIGKILL at a uniformly random moment of the reference's
  duration, and trials killed as soon as the store holds every document (before the cross-document
  stage ends); each is re-run to completion and its export compared byte for byte with the reference.
- ``concurrency``: WRITERS ingests of disjoint parts into one store started together (the later ones
  wait), and EXPORTS exports taken while they write: errors, documents missing at the end, exports
  whose records refer to an id the same export lacks, and the final export against one of the same
  parts ingested one after another.

``--verbatim`` runs ``bench/verbatim_cli.py`` instead of ``khronika``: no models, seconds in all
(the smoke test ``tests/test_trials.py``)."""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench import hostile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
DEVSET = ROOT.parent / "shared" / "data" / "factRuEval-2016" / "devset"
REF_KEYS = {"doc", "entity", "speaker", "holder", "other", "place", "country", "of", "format", "event",
            "sources", "sides", "events", "docs"}


@dataclass
class Run:
    rc: int | None  # None: still running when it was killed
    seconds: float
    rss_mb: float
    out: str
    err: str
    timed_out: bool = False
    killed: bool = False  # by the trial, before it ended by itself

    @property
    def crashed(self) -> bool:
        return "Traceback" in self.err or (not self.killed and not self.timed_out and self.rc not in (0, 3))


class Runner:
    """``khronika ARGS`` in subprocesses, each with its own logs and resource usage."""

    def __init__(self, logs: Path, verbatim: bool, timeout: float, mem_gb: float):
        self.logs, self.timeout, self.mem = logs, timeout, int(mem_gb * 2**30)
        self.cmd = [sys.executable, "-m", "bench.verbatim_cli" if verbatim else "khronika.cli"]
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.n = 0
        logs.mkdir(parents=True, exist_ok=True)

    def start(self, name: str, args: list[str]):
        self.n += 1
        stem = self.logs / f"{self.n:03d}_{name}"
        out, err = open(f"{stem}.out", "w+b"), open(f"{stem}.err", "w+b")

        def limits():
            os.nice(10)
            resource.setrlimit(resource.RLIMIT_AS, (self.mem, self.mem))

        proc = subprocess.Popen([*self.cmd, *args], stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=self.env,
                                cwd=ROOT, preexec_fn=limits, start_new_session=True)
        return _Child(proc, out, err, time.monotonic())

    def run(self, name: str, args: list[str], timeout: float | None = None) -> Run:
        return self.start(name, args).finish(timeout or self.timeout)


class _Child:
    def __init__(self, proc: subprocess.Popen, out, err, t0: float):
        self.proc, self.outf, self.errf, self.t0 = proc, out, err, t0
        self.result: Run | None = None
        self._status = None

    def poll(self) -> bool:
        """True once the process has ended (it is reaped here, with its resource usage)."""
        if self._status is None:
            pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self._status = (status, usage, time.monotonic())
        return self._status is not None

    def kill(self) -> bool:
        """SIGKILL the whole process group; True when it was still running."""
        running = not self.poll()
        if running:
            os.killpg(self.proc.pid, signal.SIGKILL)
        return running

    def finish(self, timeout: float, killed: bool = False) -> Run:
        timed_out = False
        while not self.poll():
            if time.monotonic() - self.t0 > timeout:
                timed_out = True
                os.killpg(self.proc.pid, signal.SIGKILL)
                while not self.poll():
                    time.sleep(0.05)
                break
            time.sleep(0.02)
        status, usage, t1 = self._status
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        texts = []
        for f in (self.outf, self.errf):
            f.seek(0)
            texts.append(f.read().decode("utf-8", "replace"))
            f.close()
        rc = None if killed or timed_out else self.proc.returncode
        return Run(rc, t1 - self.t0, usage.ru_maxrss / 1024, *texts, timed_out=timed_out, killed=killed)


def read_export(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def dangling(records: list[dict]) -> list[str]:
    """Ids that the records refer to (documents, entities, events, formats) but that no record has."""
    ids = {r["id"] for r in records if "id" in r}
    missing: set[str] = set()

    def walk(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key in REF_KEYS and isinstance(value, str) and value[:2] in ("d:", "e:", "v:", "f:", "q:"):
            if value not in ids:
                missing.add(value)

    for record in records:
        walk({k: v for k, v in record.items() if k != "id"})
    return sorted(missing)


def doc_count(db: Path) -> int:
    """Documents in a store, read-only; -1 while it cannot be read (not created yet, being created)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return -1


def pending_runs(db: Path) -> int:
    """Runs whose documents the cross-document stage has yet to see (``runs.pending``)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM runs WHERE pending").fetchone()[0]


# --- 1. hostile input --------------------------------------------------------------------------------

def trial_hostile(r: Runner, work: Path, good: list[Path], long: int) -> dict:
    folder = work / "hostile"
    kinds = hostile.build(folder, good, long=long)
    db, out = work / "hostile.db", work / "hostile.jsonl"
    run = r.run("hostile_ingest", ["ingest", str(folder), "--db", str(db), "-q"])
    export = r.run("hostile_export", ["export", "--db", str(db), "-o", str(out)])
    records = read_export(out) if export.rc == 0 else []
    paths = [d["path"] for d in records if d["kind"] == "document"]
    lost = [f"good_{i}.txt" for i in range(len(good)) if str(folder / f"good_{i}.txt") not in paths]
    outcome = {}
    for kind, name in kinds.items():
        reason = [line for line in run.err.splitlines() if f"/{name}:" in line or f"/{name} " in line]
        stored = sum(p.endswith("/" + name) or f"/{name}:" in p for p in paths)  # a JSON Lines record: FILE:LINE
        outcome[kind] = f"stored ×{stored}" if stored else (reason[0].split(f"/{name}", 1)[1].lstrip(": ")
                                                            if reason else "no word")
    return {"kinds_tried": len(kinds), "good_documents": len(good), "largest_input_chars": long, "exit_code": run.rc,
            "crashes": int(run.crashed) + int(export.crashed), "hangs": int(run.timed_out) + int(export.timed_out),
            "good_documents_lost": len(lost), "lost": lost, "documents_stored": len(paths),
            "seconds": round(run.seconds, 1), "peak_rss_mb": round(run.rss_mb, 1),
            "stdout": run.out.strip().splitlines()[-1:] or [""], "outcome": outcome}


# --- 2. SIGKILL ------------------------------------------------------------------------------------

def trial_sigkill(r: Runner, work: Path, texts: list[Path], kills: int, after_save: int, rng: random.Random) -> dict:
    folder = work / "kill_in"
    folder.mkdir()
    for path in texts:
        shutil.copyfile(path, folder / path.name)
    ingest = ["ingest", str(folder), "-q"]

    def export(db: Path, name: str) -> bytes | None:
        out = db.with_suffix(".jsonl")
        run = r.run(f"{name}_export", ["export", "--db", str(db), "-o", str(out)])
        return out.read_bytes() if run.rc == 0 and not run.crashed else None

    ref_db = work / "reference.db"
    ref = r.run("reference_ingest", [*ingest, "--db", str(ref_db)])
    reference = export(ref_db, "reference")
    duration = ref.seconds
    trials, errors = [], 0
    for i in range(kills + after_save):
        random_point = i < kills
        db = work / f"kill_{i}.db"
        name = f"kill_{i}_{'random' if random_point else 'after_save'}"
        child = r.start(name, [*ingest, "--db", str(db)])
        at = rng.uniform(0, duration) if random_point else None
        while not child.poll():
            elapsed = time.monotonic() - child.t0
            if (random_point and elapsed >= at) or (not random_point and doc_count(db) == len(texts)):
                break
            if elapsed > r.timeout:
                break
            time.sleep(0.01)
        landed = child.kill()
        killed_at = time.monotonic() - child.t0
        first = child.finish(r.timeout, killed=landed)
        stored = max(doc_count(db), 0)
        pending = pending_runs(db) if stored > 0 else 0
        rerun = r.run(f"{name}_rerun", [*ingest, "--db", str(db)])
        got = export(db, name)
        left_pending = pending_runs(db)
        clean = got is not None and got == reference and left_pending == 0 and not rerun.crashed
        errors += int(first.crashed) + int(rerun.crashed)
        trials.append({"kind": "random" if random_point else "after_last_save", "killed_at_s": round(killed_at, 2),
                       "interrupted": landed, "documents_at_kill": stored, "pending_runs_at_kill": pending,
                       "rerun_exit": rerun.rc, "rerun_resumed": "finished the resolution and fusion" in rerun.err,
                       "identical_export": got == reference, "pending_runs_after": left_pending, "clean": clean})
    random_trials = [t for t in trials if t["kind"] == "random"]
    after = [t for t in trials if t["kind"] == "after_last_save"]
    return {"documents": len(texts), "reference_seconds": round(duration, 1),
            "reference_peak_rss_mb": round(ref.rss_mb, 1), "reference_ok": reference is not None,
            "random": {"trials": len(random_trials), "clean": sum(t["clean"] for t in random_trials),
                       "interrupted": sum(t["interrupted"] for t in random_trials)},
            "after_last_save": {"trials": len(after), "clean": sum(t["clean"] for t in after),
                                "interrupted_before_finish": sum(t["interrupted"] and t["pending_runs_at_kill"] > 0
                                                                 for t in after)},
            "errors": errors, "trials": trials}


# --- 3. concurrent writers and exports -------------------------------------------------------------

def trial_concurrency(r: Runner, work: Path, texts: list[Path], writers: int, exports: int) -> dict:
    parts = []
    for w in range(writers):
        part = work / f"part_{w}"
        part.mkdir()
        for path in texts[w::writers]:
            shutil.copyfile(path, part / path.name)
        parts.append(part)
    db = work / "together.db"
    children = []
    for w, part in enumerate(parts):
        children.append(r.start(f"writer_{w}", ["ingest", str(part), "--db", str(db), "-q"]))
        if w == 0:  # the first holds the store (its run is pending) before the others start
            t0 = time.monotonic()
            while not children[0].poll() and time.monotonic() - t0 < r.timeout:
                try:
                    if pending_runs(db):
                        break
                except sqlite3.Error:
                    pass
                time.sleep(0.02)
    taken, start = [], children[0].t0
    for k in range(exports):  # the k-th export once the store holds (k + 1) / (exports + 1) of the documents
        want = len(texts) * (k + 1) // (exports + 1)
        while doc_count(db) < want and not all(c.poll() for c in children):
            if time.monotonic() - start > r.timeout:
                break
            time.sleep(0.02)
        out, running = work / f"during_{k}.jsonl", sum(not c.poll() for c in children)
        run = r.run(f"export_during_{k}", ["export", "--db", str(db), "-o", str(out)])
        records = read_export(out) if run.rc == 0 else []
        taken.append({"at_s": round(time.monotonic() - start, 1), "exit": run.rc, "crashed": run.crashed,
                      "documents": sum(x["kind"] == "document" for x in records),
                      "records": len(records), "dangling_ids": len(dangling(records)) if records else None,
                      "writers_running_at_start": running,
                      "writers_running_at_end": sum(not c.poll() for c in children)})
    done = [c.finish(r.timeout) for c in children]
    final = work / "together.jsonl"
    last = r.run("together_export", ["export", "--db", str(db), "-o", str(final)])
    records = read_export(final) if last.rc == 0 else []
    paths = {x["path"] for x in records if x["kind"] == "document"}
    expected = {str(part / p.name) for w, part in enumerate(parts) for p in texts[w::writers]}
    seq_db = work / "sequential.db"
    for w, part in enumerate(parts):
        r.run(f"sequential_{w}", ["ingest", str(part), "--db", str(seq_db), "-q"])
    seq = seq_db.with_suffix(".jsonl")
    r.run("sequential_export", ["export", "--db", str(seq_db), "-o", str(seq)])
    errors = (sum(c.crashed or c.rc not in (0, 3) for c in done) + sum(t["crashed"] or t["exit"] != 0 for t in taken)
              + int(last.crashed or last.rc != 0))
    return {"writers": writers, "documents": len(texts),
            "writer_exits": [c.rc for c in done], "writer_seconds": [round(c.seconds, 1) for c in done],
            "waited": sum("waiting for another ingest" in c.err for c in done),
            "exports_during_ingest": len(taken), "errors": errors,
            "documents_missing": len(expected - paths),
            "inconsistent_exports": sum(bool(t["dangling_ids"]) for t in taken) + int(bool(dangling(records))),
            "exports": taken,
            "final_same_as_sequential": seq.exists() and final.exists() and seq.read_bytes() == final.read_bytes()}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="python -m bench.trials", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="a folder for the stores, inputs, logs and trials.json")
    ap.add_argument("--kills", type=int, default=6, help="SIGKILLs at random moments")
    ap.add_argument("--after-save", type=int, default=3, help="SIGKILLs right after the last document is saved")
    ap.add_argument("--writers", type=int, default=2, help="concurrent ingests into one store")
    ap.add_argument("--exports", type=int, default=3, help="exports taken while they write")
    ap.add_argument("--docs", type=int, default=12, help="texts ingested in the SIGKILL and concurrency trials")
    ap.add_argument("--good", type=int, default=5, help="good texts among the hostile inputs")
    ap.add_argument("--long-chars", type=int, default=199_000, help="length of the hostile texts without breaks")
    ap.add_argument("--timeout", type=float, default=300, help="seconds before a run counts as a hang")
    ap.add_argument("--mem-gb", type=float, default=4, help="address-space limit of every run")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--verbatim", action="store_true", help="no models: bench/verbatim_cli.py instead of khronika")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    work = args.out / "work"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    r = Runner(args.out / "logs", args.verbatim, args.timeout, args.mem_gb)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = sorted(DEVSET.glob("book_*.txt"), key=lambda p: int(p.stem.split("_")[1]))[:args.docs] or seeds
    t0 = time.monotonic()
    summary: dict = {"verbatim": args.verbatim, "texts": "factRuEval devset" if DEVSET.exists() else "seeds"}
    summary["hostile"] = trial_hostile(r, work, seeds[:args.good], args.long_chars)
    summary["sigkill"] = trial_sigkill(r, work, texts[:args.docs], args.kills, args.after_save, rng)
    summary["concurrency"] = trial_concurrency(r, work, texts[:args.docs], args.writers, args.exports)
    summary["seconds"] = round(time.monotonic() - t0, 1)
    text = json.dumps(summary, ensure_ascii=False, indent=1)
    (args.out / "trials.json").write_text(text + "\n", encoding="utf-8")
    print(text)
    return summary


if __name__ == "__main__":
    main()
