"""Fusion of one event that outlets tell in their own ways (hand-made events, invented persons, places and dates):
the palace where the talks were held and the city another outlet names; a protest handed in one city, told by an
outlet writing from another; an agreement that one outlet dates and tells without its actor, another tells with
its sides and no date, or dates by its document's date the day after; an agreement of two sides told from either
side.  And their limits: two cities, places both
name, generic words of any agreement, two dated agreements it fits alike, a protest and the answer of its target."""
from khronika.fusion.places import is_building

from .test_fusion_carry import groups
from .test_fusion_sittings import ev

PAIR = ["e:pt-pm", "e:cl-fm"]


def test_a_building_is_a_place_of_some_city():
    assert is_building("Дворец Арриага") and is_building("Доме правительства") and is_building("отель «Тежу»")
    assert not is_building("Порту") and not is_building("Вальпараисо")


def test_a_meeting_in_a_palace_is_the_one_another_outlet_places_in_the_city():
    palace = ev("v:a", "d:1", "2031-05-14", PAIR, place="Дворец Арриага",
                text="Жоао Мендеш и Рауль Кинтана провели переговоры во дворце Арриага.")
    city = ev("v:b", "d:2", "2031-05-14", PAIR, place="e:porto",
              text="Мендеш и Кинтана встретились в Порту и обсудили торговлю.")
    assert groups([palace, city]) == {frozenset({"v:a", "v:b"})}
    braga = {**city, "id": "v:c", "place": "e:braga", "text": city["text"].replace("Порту", "Браге")}
    assert groups([city, braga]) == set()  # two cities: two meetings
    later = {**palace, "id": "v:d", "doc": "d:3", "date": "2031-05-20"}
    assert groups([later, city]) == set()


SOURCE, TARGET = "e:pt-mfa", "e:iso-CL"


def protest(id_, doc, date, text, *, place=None, source=True):
    people = [SOURCE, TARGET] if source else [TARGET]
    return ev(id_, doc, date, people, type_="PROTEST", place=place, text=text,
              roles={SOURCE: "source", TARGET: "target"})


def test_a_protest_told_from_the_dateline_of_another_city_is_the_one_handed():
    handed = protest("v:a", "d:1", "2031-05-14", place="e:porto",
                     text="МИД Португалии в Порту вызвал посла Чили и вручил ему ноту протеста в связи с задержанием "
                          "рыболовного судна.")
    told = protest("v:b", "d:2", "2031-05-14", place="e:faro", source=False,
                   text="Посол Чили был вызван в МИД, где ему передали ноту протеста из-за задержания "
                        "рыболовного судна.")
    assert groups([handed, told]) == {frozenset({"v:a", "v:b"})}
    named = {**told, "text": told["text"] + " Ноту вручили в Фару."}  # both name their cities
    assert groups([handed, named]) == set()


AGREED = "Стороны договорились продлить перемирие на границе и создать совместную комиссию по наблюдению."
SIDES = ["e:iso-PT", "e:iso-CL"]
ROLES = {"e:iso-PT": "source", "e:iso-CL": "target"}


def agree(id_, doc, date, text, people=(), roles=None, told="text"):
    return {**ev(id_, doc, date, list(people), type_="AGREE", text=text, roles=roles, told=told),
            "trigger": "договорились"}


def test_an_agreement_told_without_its_actor_and_one_told_undated_with_its_sides_are_one():
    dated = agree("v:a", "d:1", "2031-05-14", AGREED)
    undated = agree("v:b", "d:2", None, "Португалия и Чили по итогам переговоров в Фару договорились продлить "
                                        "перемирие на границе и создать комиссию по наблюдению.", SIDES, ROLES)
    assert groups([dated, undated]) == {frozenset({"v:a", "v:b"})}
    month = {**undated, "date": "2031-05"}
    assert groups([dated, month]) == {frozenset({"v:a", "v:b"})}


def test_generic_words_of_an_agreement_or_two_dated_ones_it_fits_keep_it_apart():
    dated = agree("v:a", "d:1", "2031-05-14", AGREED)
    generic = agree("v:b", "d:2", None, "Стороны договорились создать секретариат комиссии.", SIDES, ROLES)
    assert groups([dated, generic]) == set()  # "стороны договорились создать … комиссии": any agreement's words
    again = agree("v:c", "d:3", "2032-09-02", AGREED)
    undated = agree("v:d", "d:4", None, "Португалия и Чили договорились продлить перемирие на границе и создать "
                                        "совместную комиссию.", SIDES, ROLES)
    assert not any("v:d" in g for g in groups([dated, again, undated]))


def test_an_agreement_dated_by_its_document_and_one_told_a_day_before_are_one():
    """An outlet that leaves ``вчера`` unread dates the agreement by its document: that day or a few before."""
    told = {**agree("v:a", "d:1", "2031-05-14", "По итогам переговоров в Фару стороны согласовали график поэтапного "
                                              "отвода тяжелой техники от линии разграничения.", told="document"),
            "trigger": "согласовали"}
    later = {**agree("v:b", "d:2", "2031-05-15", "В Фару подписан документ о графике отвода тяжелой техники.",
                     told="document"), "trigger": "подписан"}
    assert groups([told, later]) == {frozenset({"v:a", "v:b"})}
    own = {**later, "date_from": "text"}  # dated by its own words to the day after: another day's act
    assert groups([told, own]) == set()
    generic = agree("v:c", "d:3", "2031-05-15", "Стороны договорились продолжить переговоры.", told="document")
    assert groups([told, generic]) == set()  # words of any agreement
    expelled = [{**e, "type": "SANCTION", "trigger": "выслали",
                 "text": e["text"].replace("согласовали", "выслали").replace("подписан", "выслан")}
                for e in (told, later)]  # a mirror expulsion a day later reads alike: two acts
    assert groups(expelled) == set()


def test_an_agreement_of_two_sides_told_from_either_side_is_one():
    one = agree("v:a", "d:1", "2031-05-14", "Португалия и Чили договорились восстановить прямое авиасообщение "
                                            "между столицами.", SIDES, ROLES)
    other = agree("v:b", "d:2", "2031-05", "Чили и Португалия договорились восстановить прямое авиасообщение "
                                           "между столицами с лета.", SIDES, {"e:iso-CL": "source",
                                                                              "e:iso-PT": "target"})
    assert groups([one, other]) == {frozenset({"v:a", "v:b"})}
    protests = [{**e, "type": "PROTEST"} for e in (one, other)]  # a protest and the target's answer: two acts
    assert groups(protests) == set()


def test_a_body_both_name_on_one_day_in_one_city_links_a_report_that_tells_no_side():
    held = ev("v:a", "d:1", "2031-05-13", ["e:iso-PT", "e:iso-CL", "e:pt-pm"], place="e:porto",
              text="Вчера в Порту прошло заседание Смешанного пограничного комитета — органа, через который "
                   "военные двух стран решают вопросы границы.")
    digest = ev("v:b", "d:2", "2031-05-13", [], place="e:porto",
                text="Смешанный пограничный комитет собрался во вторник в Порту впервые за пятнадцать месяцев "
                     "после долгого перерыва.")
    assert groups([held, digest]) == {frozenset({"v:a", "v:b"})}
    other = {**digest, "text": "Смешанная комиссия по рыболовству собралась во вторник в Порту впервые за пятнадцать "
                               "месяцев после долгого перерыва."}
    assert groups([held, other]) == set()  # another body
    faro = {**digest, "place": "e:faro", "text": digest["text"].replace("Порту", "Фару")}
    assert groups([held, faro]) == set()  # another city


POSTPONED = ("Заседание Совета стратегического партнерства высшего уровня Португалии и Чили, намеченное на декабрь в "
             "Порту, переносится на первый квартал 2032 года.")


def test_the_next_session_of_a_body_both_name_told_for_one_year_is_one():
    sides = ev("v:a", "d:1", "2032", ["e:iso-PT", "e:iso-CL"], place="e:porto", factuality="planned", text=POSTPONED)
    bare = ev("v:b", "d:2", "2032", [], factuality="planned",
              text="Очередное заседание Совета стратегического партнерства высшего уровня, намеченное на декабрь, "
                   "перенесено на первый квартал 2032 года.")
    assert groups([sides, bare]) == {frozenset({"v:a", "v:b"})}
    other = {**bare, "text": bare["text"].replace("партнерства", "диалога")}  # another body
    later = {**bare, "date": "2033", "text": bare["text"].replace("2032", "2033")}
    generic = ev("v:c", "d:3", "2032", [], factuality="planned",
                 text="Следующее заседание комиссии, намеченное на декабрь, перенесено на первый квартал 2032 года.")
    for x in (other, later, generic):
        assert groups([sides, x]) == set(), x["text"]


def test_an_outcome_told_without_its_actor_has_the_sides_of_the_meeting_it_follows():
    talks = ev("v:m", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL"], place="e:porto", text="Переговоры в Порту.")
    outcome = {**agree("v:a", "d:1", "2031-05-14", "По итогам встречи стороны условились создать экспертную группу "
                                                     "по границе, продолжить переговоры и обменяться данными о "
                                                     "пограничных инцидентах на реке."), "meetings": [talks]}
    act = agree("v:b", "d:2", "2031-05-14", "Португалия и Чили договорились создать экспертную группу по вопросам "
                                            "границы в ходе встречи министров.", SIDES, ROLES)
    assert groups([outcome, act]) == {frozenset({"v:a", "v:b"})}
    with_other = {**outcome, "meetings": [{**talks, "participants": [{"entity": "e:iso-PT", "role": "participant"},
                                                                     {"entity": "e:iso-UY", "role": "participant"}]}]}
    assert groups([with_other, act]) == set()  # the meeting of another pair: their outcome
