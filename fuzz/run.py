"""Run a fuzz target for a time: ``python -m fuzz.run TARGET --seconds N [--engine atheris|hypothesis]``.

With ``atheris`` (libFuzzer, coverage-guided over khronika's code) when it is installed (the ``test``
extra pins it), else Hypothesis-generated inputs for the same time.  Prints one JSON line: the target,
the engine, the executions; a failure prints the input and the traceback and exits non-zero.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def have_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


def run_atheris(target: str, seconds: float) -> dict:
    """libFuzzer in a child process (it exits when done), from the target's seeds, artefacts in a temporary
    folder; the executions read from its summary."""
    from .targets import SEEDS

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "corpus")
        corpus.mkdir()
        for i, seed in enumerate(SEEDS[target]):
            (corpus / f"seed{i}").write_bytes(seed)
        cmd = [sys.executable, "-m", "fuzz.atheris_child", target, f"-max_total_time={max(1, int(seconds))}",
               "-rss_limit_mb=3072", "-timeout=30", "-max_len=20000", f"-artifact_prefix={tmp}/", str(corpus)]
        proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace",
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
                                  str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH")]))})
    done = re.findall(r"Done (\d+) runs", proc.stderr)
    result = {"target": target, "engine": "atheris", "executions": int(done[-1]) if done else None,
              "ok": proc.returncode == 0}
    if proc.returncode != 0:
        result["log"] = proc.stderr[-4000:]
    return result


def run_hypothesis(target: str, seconds: float) -> dict:
    """Hypothesis-generated inputs (strategies that know each format) until ``seconds`` are spent."""
    from hypothesis import HealthCheck, given, settings

    from .strategies import STRATEGIES
    from .targets import TARGETS

    fn, count = TARGETS[target], [0]

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(STRATEGIES[target])
    def batch(data: bytes) -> None:
        count[0] += 1
        fn(data)

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch()
    return {"target": target, "engine": "hypothesis", "executions": count[0], "ok": True}


def main(argv: list[str] | None = None) -> None:
    from .targets import TARGETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help=f"Of {', '.join(TARGETS)} (default: all).")
    parser.add_argument("--seconds", type=float, default=20.0, help="For each target.")
    parser.add_argument("--engine", choices=["atheris", "hypothesis"],
                        default="atheris" if have_atheris() else "hypothesis")
    args = parser.parse_args(argv)
    failed = False
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown targets {sorted(unknown)}")
    for target in args.targets or list(TARGETS):
        result = (run_atheris if args.engine == "atheris" else run_hypothesis)(target, args.seconds)
        print(json.dumps(result), flush=True)
        failed |= not result["ok"]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
