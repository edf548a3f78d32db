"""The event stage on support withheld, answering measures told as done and acts named only as a ground, a refusal's
object or what a demand asks to stop (session 49): support denied to a proposal is a refusal, denied in the future to
anything else a vow; answering measures told done are no threat; a meeting a side rejects is none held; an agreement or
a limit a side cites or builds on is no act told; what a side is called on to stop is the call's content; talks agreed
to be resumed on a topic that names a place are no meeting.  Invented sentences, other countries and wording."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow


def test_support_withheld_from_a_proposal_is_a_refusal(events):
    (refusal,) = events("Чили не поддержала перуанскую идею общего пограничного фонда.")
    assert (refusal.type, refusal.factuality) == ("REJECT", "occurred")
    assert types(events("Правительство Уругвая не поддержит предложение Аргентины о пошлинах.")) == ["REJECT"]
    assert types(events("Аргентина не поддержала формулировку резолюции о рыболовстве.")) == ["REJECT"]
    assert types(events("Чили поддержала идею Перу о создании фонда.")) == ["SUPPORT"]


def test_support_denied_ahead_is_a_vow(events):
    assert events("Глава МИД Ганы сказал, что Аккра никогда не поддержит раскол Того.") == ()
    assert events("Премьер Словакии заявил, что Словакия не сможет поддержать расширение миссии без согласия "
                  "Австрии.") == ()


def test_a_meeting_a_side_rejects_is_none_held(events):
    assert types(events("Гватемала отвергла двусторонние консультации с Белизом по рыболовству.")) == ["REJECT"]


def test_an_agreement_cited_or_built_on_is_no_act(events):
    assert types(events("Гондурас отклонил план реформы, ссылаясь на санкции ООН.")) \
        == ["REJECT"]
    assert types(events("Гана предложила провести консультации на основе рамочного соглашения о рыболовстве.")) \
        == ["REQUEST"]
    assert types(events("Тунис отклонил инициативу Ливии, сославшись на эмбарго ООН.")) \
        == ["REJECT"]
    assert types(events("Боливия и Перу провели переговоры на основе договора 1929 года.")) == ["CONSULT"]
    assert types(events("Хорватия сослалась на соглашение о границе, подписанное в понедельник в Загребе.")) \
        == ["AGREE"]


def test_what_a_side_is_called_on_to_stop_is_the_call(events):
    assert types(events("Министр иностранных дел Эквадора призвал Перу немедленно прекратить авиаудары по "
                        "пограничным районам.")) == ["REQUEST"]
    assert types(events("Ангола потребовала от Намибии остановить обстрелы приграничных деревень.")) == ["REQUEST"]


def test_answering_measures_told_done_are_no_threat(events):
    assert types(events("Советник посольства Чили объявлен персоной нон грата «в качестве ответной меры».")) \
        == ["SANCTION"]
    assert "THREATEN" not in types(events("Ответные меры были приняты 3 июня, вскоре после того, как Асунсьон "
                                          "ввел пошлины на уругвайский рис."))
    assert types(events("Ответные меры Кито не заставили себя ждать: в пятницу Эквадор выслал перуанского "
                        "дипломата.")) == ["SANCTION"]
    assert types(events("Боливия оставляет за собой право на ответные меры.")) == ["THREATEN"]
    assert "THREATEN" in types(events("МИД Боливии заявил, что в качестве ответной меры будут высланы два "
                                      "парагвайских дипломата."))
    assert types(events("МИД Боливии предупредил, что ответные меры не заставят себя ждать.")) == ["THREATEN"]


def test_talks_agreed_to_resume_on_a_topic_with_a_place_are_no_meeting(events):
    assert types(events("Малави и Танзания договорились возобновить переговоры о статусе острова Ликома.")) \
        == ["AGREE"]
    assert types(events("Малави и Танзания договорились возобновить переговоры в Додоме.")) == ["AGREE", "CONSULT"]
