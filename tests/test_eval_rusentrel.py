"""RuSentRel evaluation: reading the corpus, attitudes from stances and events, scores (hand-made files)."""
import pytest
from typer.testing import CliRunner

from khronika.cli import app
from khronika.evaluate import rusentrel
from khronika.records import Entity, Event, Participant, Stance


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "train"
    folder.mkdir()
    (tmp_path / "synonyms.txt").write_text("сша, соединенные штаты\nкитай, кнр\nиран\nобама, барак обама\n",
                                           encoding="utf-8")
    (folder / "art7.txt").write_text("{Author, Unknown} Пекин осудил Вашингтон.\n", encoding="utf-8")
    (folder / "art7.opin.txt").write_text("Китай, США, neg, current\nИран, Марс, pos, current\n", encoding="utf-8")
    (folder / "art8.txt").write_text("Текст без разметки.\n", encoding="utf-8")  # no .opin.txt: not a document
    return tmp_path


def test_eval_rusentrel_reads_documents_synonyms_and_attitudes(corpus):
    groups = rusentrel.read_synonyms(corpus / "synonyms.txt")
    assert groups["кнр"] == groups["китай"] == 1 and groups["барак обама"] == 3
    (path,) = rusentrel.document_paths(corpus / "train")
    doc = rusentrel.read_doc(path, groups)
    assert doc.text == "Пекин осудил Вашингтон.\n"  # the {Author, …} marker is gone
    assert doc.attitudes == {(1, 0, "neg")}  # "Марс" is in no group: left out


def test_eval_rusentrel_attitudes_from_stances_and_events(corpus):
    groups = rusentrel.read_synonyms(corpus / "synonyms.txt")

    class Doc:
        entities = (Entity("e:cn", "country", "КНР"), Entity("e:us", "country", "США"),
                    Entity("e:ob", "person", "Барак Обама"), Entity("e:x", "country", "Атлантида"))
        stances = (Stance("negative", 0, 5, holder="e:cn", other="e:us"),
                   Stance("positive", 0, 5, holder="e:cn", other=None))
        events = (Event(id="v:1", type="SUPPORT", trigger="поддержал", trigger_start=0, trigger_stop=1, start=0,
                        stop=5, factuality="occurred",
                        participants=(Participant("e:ob", "source"), Participant("e:cn", "participant"),
                                      Participant("e:x", "participant"))),
                  Event(id="v:2", type="ACCUSE", trigger="осудит", trigger_start=0, trigger_stop=1, start=0,
                        stop=5, factuality="planned",
                        participants=(Participant("e:us", "source"), Participant("e:cn", "participant"))))

    assert rusentrel.attitudes_of(Doc, groups) == {(1, 0, "neg"), (3, 1, "pos")}


def test_eval_rusentrel_scores_with_and_without_labels():
    gold = [rusentrel.GoldDoc("art1", "", frozenset({(1, 0, "neg"), (2, 0, "pos")}))]
    r = rusentrel.Run(gold, [{(1, 0, "neg"), (2, 0, "neg"), (0, 2, "pos")}], 0.0)
    result = rusentrel.score(r)
    assert (result["attitudes"]["tp"], result["attitudes"]["fp"], result["attitudes"]["fn"]) == (1, 2, 1)
    assert (result["pairs"]["tp"], result["pairs"]["fp"], result["pairs"]["fn"]) == (2, 1, 0)


def test_eval_rusentrel_cli_names_what_is_missing(tmp_path):
    folder = tmp_path / "train"
    folder.mkdir()
    result = CliRunner().invoke(app, ["eval", "rusentrel", str(folder)])
    assert result.exit_code == 1 and "synonyms.txt" in result.output
    (tmp_path / "synonyms.txt").write_text("сша\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "rusentrel", str(folder)])
    assert result.exit_code == 1 and "artN.opin.txt" in result.output
