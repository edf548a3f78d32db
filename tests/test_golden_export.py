"""The export on the seeds and on the texts of the shared development key equals its snapshot in
``tests/golden/``.  A change in behaviour shows here first: rebuild the snapshots with ``make golden``
(which prints the difference) and say in the commit why the export changed."""
import pytest

from . import golden
from .conftest import ROOT, shared_or_skip

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", list(golden.CORPORA))
def test_export_equals_snapshot(name):
    for path in golden.CORPORA[name]:
        shared_or_skip(ROOT / path, f"the texts of the {name} snapshot")
    expected = golden.snapshot_path(name).read_text(encoding="utf-8").splitlines()
    report = golden.diff(expected, golden.build(name))
    assert not report, f"the export of {name} differs from tests/golden/{name}.jsonl:\n{report}"


def test_diff_names_the_changed_record():
    old = ['{"kind": "event", "id": "v:1", "type": "CONSULT"}', '{"kind": "mention", "doc": "d:1", "start": 0, '
           '"end": 3, "text": "Ким"}']
    new = ['{"kind": "event", "id": "v:1", "type": "AGREE"}']
    report = golden.diff(old, new)
    assert report.startswith("1 records gone, 0 added, 1 changed")
    assert "- mention d:1:0-3 Ким" in report and '+ "type": "AGREE"' in report
    assert golden.diff(old, old) == ""
