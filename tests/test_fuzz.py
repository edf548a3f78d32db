"""A time-bounded fuzz of the readers and the cleaning stage (issue 13, item 6): each target for about
12 s, with atheris (coverage-guided, in a child process) when it is installed, else with Hypothesis-generated
inputs; no input may make a reader raise or break what its output must hold (``fuzz/targets.py``).
``python -m fuzz.run --seconds 600`` is the long run."""
from __future__ import annotations

import pytest

from fuzz.run import have_atheris, run_atheris, run_hypothesis
from fuzz.targets import SEEDS, TARGETS

SECONDS = 12


def test_the_seeds_pass_every_target():
    for target, seeds in SEEDS.items():
        for seed in seeds:
            TARGETS[target](seed)


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_fuzz(target):
    result = (run_atheris if have_atheris() else run_hypothesis)(target, SECONDS)
    assert result["ok"], result.get("log")
    assert result["executions"], result
