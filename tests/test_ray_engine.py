"""``ingest --engine ray``: the per-document stages on a local Ray (2 CPUs), the same chronicle as the
local engine."""
import pytest
from typer.testing import CliRunner

from khronika.cli import app
from khronika.ray_engine import available
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


def test_ray_engine_stores_what_the_local_engine_stores(tmp_path):
    if available():
        pytest.skip(available())
    runner = CliRunner()
    exports = []
    for engine in ("local", "ray"):
        db, out = tmp_path / f"{engine}.db", tmp_path / f"{engine}.jsonl"
        result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db), "-q", "--engine", engine,
                                     "--workers", "2"])
        assert result.exit_code == 0, result.output
        assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
        exports.append(out.read_text(encoding="utf-8"))
    assert exports[0] == exports[1] and exports[1].count('"kind": "event"') > 10


def test_unknown_engine_is_refused_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", str(tmp_path / "k.db"), "--engine", "spark"])
    assert result.exit_code == 2 and "spark" in result.output
