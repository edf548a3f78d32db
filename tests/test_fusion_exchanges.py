"""Reports that must not fuse although their words and countries meet (hand-made events, invented wording): acts both
sides took against each other told as one (``обменялись высылками``) and either directed act; an act of companies or
universities and one of their states."""
from khronika.fusion import Known
from khronika.fusion.evidence import BOTH_WAYS, evidence_words
from khronika.fusion.known import private_body
from khronika.settings import DEFAULT

from .test_fusion import grouped

KNOWN = Known(persons={"e:ceo": "Томаш Новак"}, roles={"e:ceo": {("генеральный директор", "e:firm")}},
              country={"e:firm": "e:iso-PT", "e:univ": "e:iso-CL"}, private={"e:firm", "e:univ"})


def ev(id_, doc, date, parts, text, *, type_="SANCTION", told="text"):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text,
            "participants": [{"entity": e, "role": r} for e, r in parts]}


PT_TO_CL = [("e:iso-PT", "source"), ("e:iso-CL", "target")]
CL_TO_PT = [("e:iso-CL", "source"), ("e:iso-PT", "target")]
BOTH = [("e:iso-PT", "participant"), ("e:iso-CL", "participant")]


def test_an_exchange_of_expulsions_is_neither_directed_expulsion():
    one = ev("v:a", "d:1", "2031-03-04", PT_TO_CL, "Португалия выслала двух дипломатов Чили в ответ на шаг Сантьяго.")
    two = ev("v:b", "d:2", "2031-03-04", CL_TO_PT, "Чили признала нежелательными двух португальских дипломатов.")
    for text, told in (("На прошлой неделе Португалия и Чили обменялись высылками дипломатов.", "text"),
                       ("Взаимная высылка дипломатов Португалии и Чили обострила отношения.", "document"),
                       ("Лиссабон и Сантьяго взаимно выслали по два дипломата.", "text")):
        both = ev("v:c", "d:3", "2031-03-04", BOTH, text, told=told)
        assert grouped([one, both], KNOWN) == set(), text
        assert grouped([two, both], KNOWN) == set(), text
        assert grouped([{**one, "date": None}, both], KNOWN) == set(), text


def test_two_tellings_of_one_exchange_and_of_one_expulsion_still_fuse():
    both = ev("v:a", "d:1", "2031-03-04", BOTH, "Португалия и Чили обменялись высылками двух дипломатов.")
    again = ev("v:b", "d:2", "2031-03-04", BOTH, "Чили и Португалия обменялись высылками двух дипломатов.")
    assert grouped([both, again], KNOWN) == {frozenset({"v:a", "v:b"})}
    one = ev("v:c", "d:3", "2031-03-04", PT_TO_CL, "Португалия выслала двух дипломатов Чили.")
    other = ev("v:d", "d:4", "2031-03-04", PT_TO_CL, "Португалия выслала из страны двух чилийских дипломатов.")
    assert grouped([one, other], KNOWN) == {frozenset({"v:c", "v:d"})}


def test_the_word_of_an_exchange_is_read_in_any_form_and_not_in_reciprocity():
    for text in ("Страны обменялись нотами протеста.", "Стороны обмениваются обвинениями в нарушении перемирия.",
                 "Обоюдные санкции вступили в силу.", "Взаимных претензий стороны не скрывают."):
        assert BOTH_WAYS in evidence_words(text, DEFAULT.fusion), text
    assert BOTH_WAYS not in evidence_words("Визовый режим строится на взаимности.", DEFAULT.fusion)


def test_an_agreement_of_companies_never_joins_one_of_their_states():
    states = ev("v:a", "d:1", "2031-03-04", [("e:iso-PT", "source"), ("e:iso-CL", "source")],
                "Португалия и Чили заключили соглашение о партнерстве в энергетике.", type_="AGREE")
    firms = ev("v:b", "d:2", "2031-03-04", [("e:firm", "source"), ("e:univ", "source")],
               "Компания и университет заключили соглашение о партнерстве в энергетике.", type_="AGREE")
    with_ceo = ev("v:c", "d:3", "2031-03-04", [("e:ceo", "source"), ("e:univ", "source")],
                  "Томаш Новак и ректор университета заключили соглашение о партнерстве в энергетике.",
                  type_="AGREE")
    assert grouped([states, firms], KNOWN) == set()
    assert grouped([states, with_ceo], KNOWN) == set()
    assert grouped([firms, with_ceo], KNOWN) == {frozenset({"v:b", "v:c"})}


def test_a_private_body_is_told_by_a_word_of_its_name_and_a_state_body_is_not_one():
    assert private_body("компания «Северный ветер»")
    assert private_body("Технический университет Лиссабона")
    assert not private_body("Министерство иностранных дел Португалии")
    assert not private_body("МИД Чили")
    assert not private_body("Совместная рабочая группа по рыболовству")  # an adjective, no worker
    assert private_body("Профсоюз рабочих порта")


def test_an_exchange_of_prisoners_is_one_act_of_both_sides_however_told():
    from khronika.fusion import report
    from khronika.fusion.compat import one_way_and_both

    both = ev("v:a", "d:1", "2031-03-04", BOTH, "Португалия и Чили провели обмен пленными.", type_="CONCEDE")
    one = ev("v:b", "d:2", "2031-03-04", PT_TO_CL, "Португалия вернула Чили сто двадцать пленных.", type_="CONCEDE")
    assert not one_way_and_both(report(both, KNOWN, both["text"]), report(one, KNOWN, one["text"]))
    assert one_way_and_both(report({**both, "type": "SANCTION"}, KNOWN, both["text"]),
                            report({**one, "type": "SANCTION"}, KNOWN, one["text"]))


def test_one_sides_act_told_in_its_own_clause_after_an_exchange_is_that_act():
    one = {**ev("v:a", "d:1", "2031-03-04", PT_TO_CL, "Португалия выслала двух дипломатов Чили."), "trigger": "выслала"}
    for text in ("Португалия и Чили обменялись высылками: во вторник Лиссабон выслал двух чилийских дипломатов, "
                 "затем Сантьяго ответил тем же.",
                 "ЛИССАБОН — САНТЬЯГО: ОБМЕН ВЫСЫЛКАМИ\nВо вторник Лиссабон выслал двух чилийских дипломатов."):
        told = {**ev("v:b", "d:2", "2031-03-04", PT_TO_CL, text), "trigger": "выслал"}
        assert grouped([one, told], KNOWN) == {frozenset({"v:a", "v:b"})}, text


def test_the_exchange_itself_told_before_the_colon_stays_apart():
    one = {**ev("v:a", "d:1", "2031-03-04", PT_TO_CL, "Португалия выслала двух дипломатов Чили."), "trigger": "выслала"}
    text = "Португалия и Чили обменялись высылками: во вторник Лиссабон выслал двух чилийских дипломатов."
    both = {**ev("v:b", "d:2", "2031-03-04", BOTH, text), "trigger": "обменялись"}
    assert grouped([one, both], KNOWN) == set()
