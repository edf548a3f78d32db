"""A proposal or a position taken up kindly is an approval (``положительно отнесся к предложению``, ``отнеслась к этому
предложению положительно``, ``выразила понимание позиции``), a border crossing closed a measure (``закрыли
пограничный переход``), fire opened an attack (``открыли огонь по судну``): ``data/event_triggers.tsv``; on sentences
written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, want", [
    ("Чилийская сторона положительно отнеслась к предложению Перу создать совместную рабочую группу.", "SUPPORT"),
    ("Министр иностранных дел Чили заявил, что чилийская сторона отнеслась к этому предложению положительно.",
     "SUPPORT"),
    ("Эквадорская сторона выразила понимание позиции Перу по вопросу о делимитации.", "SUPPORT"),
    ("Власти Эквадора в понедельник закрыли пограничный переход на границе с Перу.", "SANCTION"),
    ("МИД Перу вызвал посла Эквадора в связи с инцидентом у острова Пуна, где во вторник эквадорские пограничники "
     "открыли огонь по перуанскому рыболовецкому судну.", "ASSAULT"),
])
def test_an_act_of_its_type(events, text, want):
    got = [(e.type, e.factuality) for e in events(f"ЛИМА, 14 мая. {text}", "2024-05-14")]
    assert (want, "occurred") in got, got


def test_a_crossing_of_another_kind_is_no_measure(events):
    got = [e.type for e in events("ЛИМА, 14 мая. Переход к новой системе таможенного контроля займет год.",
                                  "2024-05-14")]
    assert "SANCTION" not in got, got
