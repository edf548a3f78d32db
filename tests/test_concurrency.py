"""Two ingests into one store: the second waits for the first, or is refused with one line; an export
reads one snapshot, whatever an ingest writes meanwhile."""
import io
import queue
import subprocess
import sys
import threading
import time

from khronika.export import write_jsonl
from khronika.records import Document, Source
from khronika.store import Store


def doc(name: str) -> Document:
    return Document.from_source(Source(path=f"{name}.txt", text=f"Текст {name}.")).replace(text=f"Текст {name}.")


def ingest_cmd(db, folder, *extra) -> list[str]:
    return [sys.executable, "-m", "khronika.cli", "ingest", str(folder), "--db", str(db), "-q", *extra]


def test_a_second_ingest_waits_for_the_first_or_is_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")  # nothing to annotate: no models are loaded
    db = tmp_path / "k.db"
    with Store(db) as store, store.writer():
        refused = subprocess.run(ingest_cmd(db, folder, "--no-wait"), capture_output=True, text=True, timeout=120)
        assert refused.returncode == 1
        assert refused.stderr.strip().startswith("error [E_BUSY]: another ingest is writing into"), refused.stderr
        assert "Traceback" not in refused.stderr
        waiting = subprocess.Popen(ingest_cmd(db, folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines: queue.Queue = queue.Queue()
        reader = threading.Thread(target=lambda: [lines.put(line) for line in waiting.stderr], daemon=True)
        reader.start()
        first = lines.get(timeout=120)  # however long the child takes to start: its first word is the wait
        assert first.startswith("waiting for another ingest into"), first
        time.sleep(0.5)
        assert waiting.poll() is None  # it waits while the first holds the store
    assert waiting.wait(timeout=120) == 3  # 3: the empty file skipped
    reader.join(timeout=30)
    errs = first + "".join(lines.get() for _ in range(lines.qsize()))
    assert "Traceback" not in errs


def test_an_export_reads_one_snapshot_while_an_ingest_writes(tmp_path):
    db = tmp_path / "k.db"
    with Store(db) as reader, Store(db) as writer:
        writer.save(doc("a"))
        out = io.StringIO()
        with reader.snapshot():
            before = reader.counts()["documents"]
            writer.save(doc("b"))  # another process's ingest, as far as the reader can tell
            assert reader.counts()["documents"] == before == 1
            assert len(reader.documents()) == 1
        assert reader.counts()["documents"] == 2
        write_jsonl(reader, out)
        assert out.getvalue().count('"kind": "document"') == 2
