"""``khronika bench``: speed and memory of the whole ingest, measured in one run on the same texts.

The corpus is made of the texts at hand (the bundled samples, and a folder such as the factRuEval
devset when given or found beside the checkout), repeated with a numbered line appended so that
every copy is a new document.  Every figure is a measurement of this run, to be read as a ratio
(to bare natasha, to one worker, to a small store), never as an absolute target.

The rates are taken on ``ROUNDS`` corpora of ``--docs`` texts each, bare natasha and the whole ingest
one right after the other on each (which one first alternating), so that both run under the same
load on a shared machine: the medians are reported, and the median of the rounds' ratios.

Keys of ``--json`` (README, "Benchmarks"):
  docs, chars                      the corpus (of one round)
  ingest_docs_per_s, ingest_chars_per_s
                                   the whole ingest in one process (read, pipeline, store, the
                                   cross-document stage), models loaded beforehand
  natasha_docs_per_s, natasha_chars_per_s
                                   bare natasha's chain (segment, morphology, syntax, NER, normalise) on
                                   the texts, in this process (one core, as the ingest)
  ratio_to_natasha                 ingest over natasha, documents/s (the median of the rounds' ratios)
  ratio_to_natasha_cpu             the same in this process's CPU seconds, which other processes on a
                                   shared machine disturb less than the clock (disk waits left out)
  stage_seconds                    seconds in each pipeline stage, and ``store``, ``cross_document``
                                   (a round's, the mean of the rounds)
  cold_start_s, cold_start_cpu_s   a fresh process: start, load, ingest one document into a new store, as every
                                   start after a first one finds the machine (khronika's cache folder filled, its
                                   modules' bytecode written): the median of ``COLD_ROUNDS``, on the clock and in
                                   the process's CPU seconds (``cold_start``)
  cold_start_first_s               the same, the first start (an empty cache folder, the bytecode as the
                                   environment has it)
  peak_rss_mb                      this process (one worker: it ran the pipeline)
  peak_rss_mb_per_worker           the largest worker process of the 2-worker run
  rss_small_docs, rss_large_docs, rss_mb_small, rss_mb_large, rss_growth
                                   resident memory of this process after the whole ingest of
                                   ``--rss-docs`` short documents (1k and 10k by default: ``short_texts``), in
                                   runs of ``RSS_RUN`` documents into one store, and its growth from the first
                                   count to the second, (large − small) / small
  workers_1_s, workers_2_s, workers_speedup
                                   the per-document stages over the whole corpus on a started pool
                                   of 1 and of 2 worker processes (their models loaded and one pass
                                   of the corpus through each before the clock starts), the medians
                                   of ``WORKER_ROUNDS`` passes on each, the pools in turn, and the
                                   median of the passes' speed-ups
  workers_start_s                  starting the 2 worker processes and loading their models
  store_small_docs, store_large_docs, new_docs, new_into_small_s, new_into_large_s, store_size_ratio
                                   ingesting new (synthetic, already annotated) documents with the
                                   cross-document stage into synthetic stores of two sizes, each
                                   built once and measured on fresh copies ``STORE_ROUNDS`` times,
                                   the sizes in turn: the medians, and the median of paired ratios
  store_size_ratio_cpu             the same ratio in this process's CPU seconds (disk waits left out)
"""
from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import synthetic
from .bench_store import into_stores, timed
from .read import read_all
from .records import Document, Source

ROUNDS = 3  # corpora of ``--docs`` texts each, bare natasha and the whole ingest on each (``paired_rates``)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "factRuEval-2016" / "devset"


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def corpus_texts(n: int, folders: list[Path]) -> list[str]:
    """``n`` texts: those of ``folders`` in turn, each copy after the first with a numbered line."""
    base = [s.text for s in read_all([str(f) for f in folders if f.exists()]) if isinstance(s, Source) and s.text]
    if not base:
        raise FileNotFoundError(f"no texts in {', '.join(map(str, folders))}")
    return [base[i % len(base)] + ("" if i < len(base) else f"\n\nКопия {i // len(base)}.") for i in range(n)]


def write_corpus(texts: list[str], folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, t in enumerate(texts):
        path = folder / f"doc{i:06}.txt"
        path.write_text(t, encoding="utf-8")
        paths.append(str(path))
    return paths


def natasha_rate(texts: list[str], res) -> float:
    """Documents/s of bare natasha's chain, the garbage collector as an ingest has it (``fewer_collections``)."""
    from natasha import Doc

    from .workers import fewer_collections

    with fewer_collections():
        started = time.perf_counter()
        for text in texts:
            d = Doc(text)
            d.segment(res.segmenter)
            d.tag_morph(res.morph_tagger)
            d.parse_syntax(res.syntax_parser)
            d.tag_ner(res.ner_tagger)
            for span in d.spans:
                span.normalize(res.morph_vocab)
        return len(texts) / (time.perf_counter() - started)


def warm_ingest(text: str, pipeline, tmp: Path) -> None:
    """One whole ingest of ``text`` into a store of its own before the clock starts, so that what the
    pipeline, the store and the cross-document stage build on first use in a process (lexicons, the
    gazetteers of countries and formats, compiled statements) is built: ``cold_start_s`` measures that."""
    from .ingest import ingest
    from .store import Store

    path = tmp / "warm" / "warm.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with Store(tmp / "warm" / "warm.db") as store:
        ingest([str(path)], store, lambda: pipeline)


COLD_ROUNDS = 3  # timed cold starts after the first (``cold_start``): the median reported


def cold_start(text: str, tmp: Path, rounds: int = COLD_ROUNDS) -> dict:
    """New processes, each of them: interpreter, imports, models, one document stored into a new store.

    ``cold_start_first_s``: the first start of a khronika, its cache folder (``cache.py``) empty, its modules'
    bytecode as this process's environment has it.  ``cold_start_s`` (the median of ``rounds``) and
    ``cold_start_cpu_s`` (their median CPU seconds, user and system, less disturbed by other processes on a
    shared machine): every later start, as an installed khronika starts: the cache folder as the first start
    left it, the modules' bytecode written (``PYTHONPYCACHEPREFIX`` in ``tmp``, by one start not timed, as
    ``pip install`` compiles it; an environment with ``PYTHONDONTWRITEBYTECODE`` would compile every module
    again at every start, a third of it)."""
    path = tmp / "cold.txt"
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "KHRONIKA_CACHE": str(tmp / "cold-cache")}

    def start(env: dict) -> tuple[float, float]:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{tmp / 'cold.db'}{suffix}").unlink(missing_ok=True)
        command = [sys.executable, "-m", "khronika.cli", "ingest", str(path), "--db", str(tmp / "cold.db"), "-q"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = timed(lambda: subprocess.run(command, check=True, capture_output=True, env=env))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return seconds, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime

    out = {"cold_start_first_s": start(env)[0]}
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": str(tmp / "pyc")}
    start(env)
    later = [start(env) for _ in range(rounds)]
    out["cold_start_s"] = statistics.median(s for s, _ in later)
    out["cold_start_cpu_s"] = statistics.median(c for _, c in later)
    return out


RSS_RUN = 500  # documents per ingest run of the memory measure (``rss_after``)


def short_texts(n: int, seed: int = 5) -> list[str]:
    """``n`` short documents, each of a meeting of two persons of a pool of ``n / 4`` on a day of ten years
    (``synthetic.document``'s texts): the store and the cross-document stage see new persons and events
    all along."""
    return [d.text for d in synthetic.documents(n, seed=seed, tag="r")]


def rss_after(counts: tuple[int, int], pipeline, tmp: Path) -> dict:
    """Resident memory after the whole ingest (pipeline, store, cross-document stage) of ``counts``
    short documents (``short_texts``) into one store, in runs of ``RSS_RUN``: ``rss_mb_small``,
    ``rss_mb_large`` and ``rss_growth``, (large − small) / small."""
    from .ingest import ingest
    from .store import Store

    small, large = counts
    docs = short_texts(large)
    out: dict = {"rss_small_docs": small, "rss_large_docs": large}
    done = 0
    with Store(tmp / "rss.db") as store:
        for stop in sorted({*range(RSS_RUN, large, RSS_RUN), small, large}):
            folder = tmp / f"rss{done}"
            ingest(write_corpus(docs[done:stop], folder), store, lambda: pipeline)
            shutil.rmtree(folder)
            done = stop
            if stop == small:
                out["rss_mb_small"] = rss_mb()
    out["rss_mb_large"] = rss_mb()
    out["rss_growth"] = (out["rss_mb_large"] - out["rss_mb_small"]) / out["rss_mb_small"]
    return out


WARM_UP = "Министр иностранных дел 3 марта провёл в Токио переговоры с коллегой из Японии."


def warmed_pipeline():
    """The standard pipeline, run once on ``WARM_UP`` so that what its stages build on first use
    (the gazetteer's tables, lexicons) is built: a worker process's start-up, not its throughput."""
    from .pipeline import build_pipeline

    pipeline = build_pipeline()
    pipeline(Document.from_source(Source(path="warm-up.txt", text=WARM_UP)))
    return pipeline


WORKER_ROUNDS = 2  # timed passes of the corpus on each pool, the pools in turn (1, 2, 2, 1): the medians reported


def workers_speedups(texts: list[str], say: Callable[[str], None], rounds: int = WORKER_ROUNDS) -> dict:
    """Seconds for the per-document stages over ``texts`` on 1 and on 2 worker processes, both pools started
    and warmed before any clock starts: their models loaded (``workers_start_s``, a cost paid once per run) and
    one untimed pass of ``texts`` through each, so that what a process keeps of the words it has seen (lemmas,
    vocabulary ids, normal forms) is as warm in both pools, as in a long ingest, and the speed-up measures
    throughput, not start-up or caches filled on half the corpus each.  Then ``rounds`` timed passes on each
    pool, the pools in turn and in alternating order (so that both see the same load on a shared machine):
    ``workers_1_s``, ``workers_2_s`` the medians, ``workers_speedup`` the median of the rounds' ratios."""
    from . import workers

    docs = [Document.from_source(Source(path=f"w{i:06}.txt", text=t)) for i, t in enumerate(texts)]
    out: dict = {}
    with contextlib.ExitStack() as stack:
        pools = {}
        for n in (1, 2):
            say(f"{n} worker(s): start, and one pass of {len(texts)} documents")
            started = time.perf_counter()
            pools[n] = stack.enter_context(workers.start(warmed_pipeline, n))
            workers.wait_ready(pools[n], n)
            out[f"workers_start_{n}"] = time.perf_counter() - started
            sum(1 for _ in workers.run_on(pools[n], docs, n))
        seconds: dict[int, list[float]] = {1: [], 2: []}
        for r in range(rounds):
            for n in (1, 2) if r % 2 == 0 else (2, 1):
                say(f"{len(texts)} documents on {n} worker(s), round {r + 1} of {rounds}")
                seconds[n].append(timed(lambda n=n: sum(1 for _ in workers.run_on(pools[n], docs, n))))
    out["workers_1_s"], out["workers_2_s"] = statistics.median(seconds[1]), statistics.median(seconds[2])
    out["workers_speedup"] = statistics.median(a / b for a, b in zip(seconds[1], seconds[2]))
    out["workers_start_s"] = out.pop("workers_start_2")
    del out["workers_start_1"]
    return out


def paired_rates(rounds: list[list[str]], res, pipeline, tmp: Path, say: Callable[[str], None]) -> dict:
    """Bare natasha's chain and the whole ingest (into a store of its own) on each corpus of ``rounds``,
    one right after the other, which one first alternating, so that both run under the same load: the
    medians of their rates and of the rounds' ratios; ``stage_seconds``: the mean of the rounds."""
    from .ingest import ingest
    from .store import Store

    rates: dict[str, list[float]] = {key: [] for key in ("natasha_docs_per_s", "natasha_chars_per_s",
                                                         "ingest_docs_per_s", "ingest_chars_per_s")}
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    stages: Counter = Counter()
    for r, texts in enumerate(rounds):
        paths, chars = write_corpus(texts, tmp / f"corpus{r}"), sum(map(len, texts))
        cpu: dict[str, float] = {}
        for who in ("natasha", "ingest") if r % 2 == 0 else ("ingest", "natasha"):
            say(f"{who}: {len(texts)} documents, round {r + 1} of {len(rounds)}")
            cpu[who] = -time.process_time()
            if who == "natasha":
                seconds = len(texts) / natasha_rate(texts, res)
            else:
                pipeline.seconds.clear()
                with Store(tmp / f"ingest{r}.db") as store:
                    report = ingest(paths, store, lambda: pipeline)
                seconds = report.seconds
                stages.update(pipeline.seconds)
                stages["cross_document"] += report.cross_seconds
                stages["store"] += max(0.0, seconds - report.cross_seconds - sum(pipeline.seconds.values()))
            cpu[who] += time.process_time()
            rates[f"{who}_docs_per_s"].append(len(texts) / seconds)
            rates[f"{who}_chars_per_s"].append(chars / seconds)
        ratios.append(rates["ingest_docs_per_s"][-1] / rates["natasha_docs_per_s"][-1])
        cpu_ratios.append(cpu["natasha"] / cpu["ingest"])
    out: dict = {key: statistics.median(values) for key, values in rates.items()}
    out["ratio_to_natasha"] = statistics.median(ratios)
    out["ratio_to_natasha_cpu"] = statistics.median(cpu_ratios)
    out["stage_seconds"] = {k: round(v / len(rounds), 3) for k, v in stages.items()}
    return out


def run(n: int, folders: list[Path], store_sizes: tuple[int, int] = (1000, 20000), new_docs: int = 100,
        say: Callable[[str], None] = lambda _: None, rss_docs: tuple[int, int] = (1000, 10000)) -> dict:
    from .pipeline import build_pipeline
    from .resources import Resources

    everything = corpus_texts(n * ROUNDS, folders)
    rounds = [everything[r * n:(r + 1) * n] for r in range(ROUNDS)]
    texts = rounds[0]
    out: dict = {"docs": len(texts), "chars": sum(map(len, texts))}
    with tempfile.TemporaryDirectory(prefix="khronika-bench-") as tmp_name:
        tmp = Path(tmp_name)
        say("cold start")
        out.update(cold_start(texts[0], tmp))
        res = Resources.load()
        pipeline = build_pipeline(res, check=False)
        warm_ingest(texts[0], pipeline, tmp)
        out.update(paired_rates(rounds, res, pipeline, tmp, say))
        say(f"memory after {rss_docs[0]} and {rss_docs[1]} short documents")
        out.update(rss_after(rss_docs, pipeline, tmp))
        out["peak_rss_mb"] = peak_mb()
        out.update(workers_speedups(texts, say))
        out["peak_rss_mb_per_worker"] = peak_mb(resource.RUSAGE_CHILDREN)
        small, large = store_sizes
        say(f"{new_docs} new documents into stores of {small} and {large}")
        out.update(store_small_docs=small, store_large_docs=large, new_docs=new_docs)
        out.update(into_stores(store_sizes, new_docs, tmp))
    return out


KEYS = ("docs", "chars", "ingest_docs_per_s", "ingest_chars_per_s", "natasha_docs_per_s", "natasha_chars_per_s",
        "ratio_to_natasha", "ratio_to_natasha_cpu", "stage_seconds", "cold_start_s", "cold_start_cpu_s",
        "cold_start_first_s", "peak_rss_mb",
        "peak_rss_mb_per_worker", "rss_small_docs", "rss_large_docs", "rss_mb_small", "rss_mb_large", "rss_growth",
        "workers_1_s", "workers_2_s", "workers_speedup", "workers_start_s", "store_small_docs", "store_large_docs",
        "new_docs", "new_into_small_s", "new_into_large_s", "store_size_ratio", "store_size_ratio_cpu")


def render(result: dict) -> str:
    lines = [f"{result['docs']} documents, {result['chars']} characters"]
    for key in KEYS[2:]:
        value = result[key]
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v:.2f}" for k, v in sorted(value.items(), key=lambda kv: -kv[1]))
        elif isinstance(value, float):
            value = f"{value:.3f}"
        lines.append(f"{key}: {value}")
    return "\n".join(lines)


def to_json(result: dict) -> str:
    return json.dumps({k: result[k] for k in KEYS}, ensure_ascii=False)
