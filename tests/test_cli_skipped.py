"""Files skipped by an ingest: one line each, or one line for many skipped for one same reason."""
from typer.testing import CliRunner

from khronika.cli import EXIT_SKIPPED, app
from khronika.cli.common import SKIPPED_ONE_BY_ONE, print_skipped
from khronika.ingest import IngestReport


def test_many_files_skipped_for_one_reason_are_one_line(capsys):
    report = IngestReport()
    for n in range(SKIPPED_ONE_BY_ONE + 2):
        report.skip(f"corpus/a{n}.xml", f"corpus/a{n}.xml: unsupported file type '.xml'")
    report.skip("corpus/b.bin", "unsupported file type '.bin'")
    report.skip("corpus/c.txt", "corpus/c.txt: empty file")
    print_skipped(report)
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"skipped {SKIPPED_ONE_BY_ONE + 2} files, corpus/a0.xml to corpus/a{SKIPPED_ONE_BY_ONE + 1}.xml: "
                     "unsupported file type '.xml'",
                     "skipped corpus/b.bin: unsupported file type '.bin'",
                     "skipped corpus/c.txt: empty file"]


def test_a_few_files_skipped_for_one_reason_are_named_one_by_one(capsys):
    report = IngestReport()
    for n in range(SKIPPED_ONE_BY_ONE):
        report.skip(f"d/x{n}.pdf", "unsupported file type '.pdf'")
    print_skipped(report)
    assert capsys.readouterr().err.splitlines() == [f"skipped d/x{n}.pdf: unsupported file type '.pdf'"
                                                    for n in range(SKIPPED_ONE_BY_ONE)]


def test_ingest_of_a_folder_of_unreadable_files_says_so_in_one_line(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(6):
        (folder / f"n{n}.coref").write_text("1 2 3", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "k.db"), "-q"])
    assert result.exit_code == EXIT_SKIPPED, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "6 files" in skipped[0] and "'.coref'" in skipped[0], result.output
