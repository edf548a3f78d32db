"""Which way an act of two countries goes when the event stage told neither source nor target: the country whose envoys,
diplomats or mission it is done to is the target (``tellings.envoys_of``), the country an act's noun names as its doer
the source (``tellings.actors_of``); so an expulsion and the mirror expulsion of the other side, told by outlets
without their actors, stay two acts, and each joins its own telling.  Invented sentences and reports."""
from khronika.fusion import Known
from khronika.fusion.tellings import actors_of, envoys_of

from .test_fusion import grouped

KNOWN = Known(persons={})
BOTH = [{"entity": "e:iso-PT", "role": "participant"}, {"entity": "e:iso-CL", "role": "participant"}]


def act(id_, doc, date, text, told="text", type_="SANCTION"):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text, "participants": BOTH}


def test_the_envoys_an_act_is_done_to_tell_its_target_in_any_case_and_form():
    for text, code in (("Власти Португалии объявили персонами нон грата двух сотрудников посольства Чили.", "CL"),
                       ("Лиссабон выслал трех чилийских дипломатов.", "CL"),
                       ("МИД Чили вручил ноту протеста послу Португалии.", "PT"),
                       ("В МИД вызвали временного поверенного в делах Португалии.", "PT"),
                       ("Временный поверенный в делах Чили был вызван в министерство.", "CL"),
                       ("Посла Португалии в Сантьяго вызвали в МИД.", "PT")):
        assert envoys_of(text) == {code}, text
    assert envoys_of("Посол Чили в Лиссабоне вручил ноту протеста министру.") == set()


def test_the_country_an_acts_noun_names_is_its_doer():
    assert actors_of("Чили отвергла протест Португалии.") == {"PT"}
    assert actors_of("Сантьяго ответил на ноту Португалии.") == {"PT"}
    assert actors_of("Португальские санкции вступили в силу.") == {"PT"}
    assert actors_of("Стороны обсудили санкции против Чили.") == set()


def test_an_expulsion_told_without_actors_joins_its_own_telling_not_the_mirror_of_the_other_side():
    first = act("v:a", "d:1", "2031-03-03", "Португалия объявила двух чилийских дипломатов персонами нон грата.")
    retold = act("v:b", "d:2", "2031-03-05", "Правительство Португалии объявило персонами нон грата двух "
                                             "дипломатов посольства Чили.", told="document")
    mirror = act("v:c", "d:3", "2031-03-05", "Правительство Чили объявило персонами нон грата двух дипломатов "
                                            "посольства Португалии.")
    assert grouped([first, retold, mirror], KNOWN) == {frozenset({"v:a", "v:b"})}
    assert grouped([retold, mirror], KNOWN) == set()


def test_a_protest_joins_the_other_sides_answer_to_it_told_days_later_and_not_the_mirror_protest():
    note = act("v:a", "d:1", "2031-03-03", "МИД Португалии вручил ноту протеста послу Чили в связи с заходом судна.",
               type_="PROTEST")
    named = act("v:b", "d:2", "2031-03-05", "Чили отвергла протест Португалии в связи с заходом судна.",
                told="document", type_="PROTEST")
    reverse = act("v:c", "d:3", "2031-03-03", "МИД Чили вручил ноту протеста послу Португалии в связи с заходом судна.",
                  type_="PROTEST")
    assert grouped([note, named, reverse], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_a_direction_read_from_the_words_does_not_contradict_a_source_the_event_stage_told():
    note = act("v:a", "d:1", "2031-03-03", "МИД Португалии вручил ноту протеста послу Чили в связи с задержанием "
                                           "рыболовецкого судна.", type_="PROTEST")
    told = {**act("v:b", "d:2", "2031-03-03", "МИД Чили сообщил, что послу Чили вручили ноту протеста в связи с "
                                              "задержанием рыболовецкого судна.", type_="PROTEST"),
            "participants": [{"entity": "e:iso-CL", "role": "source"}, {"entity": "e:iso-PT", "role": "participant"}]}
    assert grouped([note, told], KNOWN) == {frozenset({"v:a", "v:b"})}
