"""Fusion of reports that name one meeting by different parts of it (hand-made events, invented persons): a format
met in one city on one day, one outlet naming both sides and their ministers, another only the guest and the round.
And its limits: another day, another city, or a third side stay apart."""
from khronika.fusion import Known

from .test_fusion import ev, grouped

KNOWN = Known(
    persons={"e:pe-fm": "Хорхе Вальдивия", "e:ec-fm": "Ана Рохас"},
    roles={"e:pe-fm": {("министр иностранных дел", "e:iso-PE")},
           "e:ec-fm": {("министр иностранных дел", "e:iso-EC")}},
    country={"e:lima": "e:iso-PE"},
    names={"e:lima": "Лима"})


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_a_format_met_in_one_city_on_one_day_told_with_the_guest_only():
    both = ev("v:a", "d:1", "2031-04-08", ["e:iso-PE", "e:iso-EC", "e:pe-fm", "e:ec-fm"], fmt="2+2", place="Лима")
    guest = ev("v:b", "d:2", "2031-04-08", ["e:iso-EC"], fmt="2+2", rnd=4, place="Лима")
    assert groups([both, guest]) == {frozenset({"v:a", "v:b"})}


def test_the_format_on_another_day_in_another_city_or_of_other_sides_stays_apart():
    both = ev("v:a", "d:1", "2031-04-08", ["e:iso-PE", "e:iso-EC", "e:pe-fm", "e:ec-fm"], fmt="2+2", place="Лима")
    later = ev("v:b", "d:2", "2031-04-09", ["e:iso-EC"], fmt="2+2", place="Лима")
    elsewhere = ev("v:c", "d:3", "2031-04-08", ["e:iso-EC"], fmt="2+2", place="Кито")
    other = ev("v:d", "d:4", "2031-04-08", ["e:iso-BO"], fmt="2+2", place="Лима")
    assert groups([both, later]) == set()
    assert groups([both, elsewhere]) == set()
    assert groups([both, other]) == set()


def refusal(id_, doc, date, source, text):
    from .test_fusion_sittings import ev as act

    return act(id_, doc, date, [source], type_="REJECT", text=text, told="document", roles={source: "source"})


def test_one_refusal_told_with_another_verb_by_each_outlet():
    declined = refusal("v:a", "d:1", "2031-04-08", "e:iso-EC",
                       "Делегация Эквадора в тот же день не приняла такую инициативу и отклонила ее.")
    rejected = refusal("v:b", "d:2", "2031-04-08", "e:iso-EC", "Эквадор отверг идею новой рабочей группы.")
    assert groups([declined, rejected]) == {frozenset({"v:a", "v:b"})}


def test_refusals_of_another_source_or_another_day_stay_apart():
    declined = refusal("v:a", "d:1", "2031-04-08", "e:iso-EC",
                       "Делегация Эквадора в тот же день не приняла такую инициативу и отклонила ее.")
    other = refusal("v:b", "d:2", "2031-04-08", "e:iso-PE", "Перу отвергло идею новой рабочей группы.")
    later = refusal("v:c", "d:3", "2031-04-20", "e:iso-EC", "Эквадор отверг идею новой рабочей группы.")
    assert groups([declined, other]) == set()
    assert groups([declined, later]) == set()


def test_a_country_its_capital_and_its_adjective_are_one_word_of_the_evidence():
    import sys

    words = sys.modules["khronika.fusion.report"].evidence_words
    from khronika.settings import DEFAULT

    told = words("Чили отклонило предложение Перу о посредничестве.", DEFAULT.fusion)
    spoken = words("Лима предложила посредничество, а Сантьяго отказался.", DEFAULT.fusion)
    adjective = words("Чилийская сторона отвергла перуанскую инициативу.", DEFAULT.fusion)
    assert {"iso:CL", "iso:PE", "one_refusal"} <= told & spoken
    assert {"iso:CL", "iso:PE", "one_refusal"} <= adjective
    assert "iso:SA" in words("Эр-Рияд отверг обвинения.", DEFAULT.fusion)  # a capital of two words is one


def test_an_agreement_on_the_next_meeting_named_before_its_verb():
    from khronika.fusion.tellings import agrees_to_meet

    assert agrees_to_meet("Следующую встречу министры договорились провести в Лиме весной.", "договорились")
    assert agrees_to_meet("Седьмое заседание совета министры условились провести в Кито.", "условились")
    assert agrees_to_meet("На встрече стороны договорились провести совместные учения.", "договорились") is False


def agreement(id_, doc, text, trigger):
    from .test_fusion_sittings import ev as act

    e = act(id_, doc, "2032-03-05", ["e:iso-PE", "e:iso-EC"], type_="AGREE", text=text, told="document")
    return {**e, "trigger": trigger}


def test_agreements_on_other_rounds_of_the_next_meeting_stay_apart():
    fifth = agreement("v:a", "d:1", "Следующее, пятое заседание комиссии условились провести в 2033 году в Перу.",
                      "условились")
    eighth = agreement("v:b", "d:2", "Следующую, восьмую встречу стороны договорились провести в 2033 году в Лиме.",
                       "договорились")
    again = agreement("v:c", "d:3", "Стороны договорились провести пятое заседание комиссии в 2033 году в Перу.",
                      "договорились")
    assert groups([fifth, eighth]) == set()
    assert groups([fifth, again]) == {frozenset({"v:a", "v:c"})}


def visit(id_, doc, date, place, text):
    from .test_fusion_sittings import ev as meeting

    e = meeting(id_, doc, date, ["e:pe-fm", "e:iso-EC"], mode="visit", place=place, text=text, factuality="negated")
    return e


def test_a_visit_called_off_told_dated_and_undated():
    dated = visit("v:a", "d:1", "2031-06-02", "Эквадор",
                  "Министр иностранных дел Перу Хорхе Вальдивия отменил официальный визит в Эквадор из-за наводнений")
    undated = visit("v:b", "d:2", None, "Кито", "Министр Вальдивия отменил официальный визит в Кито из-за наводнений")
    assert grouped([dated, undated], KNOWN) == {frozenset({"v:a", "v:b"})}
    elsewhere = {**undated, "place": "Богота", "participants": [{"entity": "e:pe-fm", "role": "participant"}]}
    unlike = {**undated, "text": "Вальдивия провел в Кито переговоры о торговле и инвестициях с коллегой"}
    assert grouped([dated, elsewhere], KNOWN) == set()
    assert grouped([dated, unlike], KNOWN) == set()


def call(id_, doc, date, people, text):
    from .test_fusion_sittings import ev as meeting

    return meeting(id_, doc, date, people, mode="phone", text=text)


def test_a_phone_call_of_one_day_told_without_whose():
    named = call("v:a", "d:1", "2031-07-09", ["e:pe-fm", "e:ec-fm"],
                 "Хорхе Вальдивия и Ана Рохас в ходе телефонного разговора договорились о встрече в Кито")
    counts = call("v:b", "d:2", "2031-07-09", [],
                  "Министры двух стран в ходе телефонного разговора условились о встрече в Кито")
    assert groups([named, counts]) == {frozenset({"v:a", "v:b"})}
    later = {**counts, "date": "2031-07-10"}
    unlike = {**counts, "text": "Министры двух стран по телефону обсудили цены на бананы и квоты на вылов"}
    assert groups([named, later]) == set()
    assert groups([named, unlike]) == set()


def test_two_requests_of_one_side_on_one_day_one_about_the_next_round_stay_apart():
    from .test_fusion_sittings import ev as act

    def request(id_, doc, text):
        made = act(id_, doc, "2031-04-08", ["e:iso-EC"], type_="REQUEST", text=text, told="document",
                   roles={"e:iso-EC": "source"})
        return {**made, "trigger": text.split()[2]}  # the verb: "предложила", "призвала"

    meeting = request("v:a", "d:1", "Эквадорская сторона предложила провести следующий, VII раунд консультаций в Лиме.")
    trade = request("v:b", "d:2", "Эквадорская сторона призвала перуанских партнеров расширить закупки бананов.")
    again = request("v:c", "d:3", "Эквадорская сторона предложила провести VII раунд консультаций в Лиме весной.")
    assert groups([meeting, trade]) == set()
    assert groups([meeting, again]) == {frozenset({"v:a", "v:c"})}


def test_a_call_told_with_the_counterpart_by_his_country_only():
    both = call("v:a", "d:1", "2031-07-09", ["e:pe-fm", "e:ec-fm", "e:iso-PE", "e:iso-EC"],
                "Решение принято после телефонного разговора министров иностранных дел Хорхе Вальдивии и Аны Рохас")
    one = call("v:b", "d:2", "2031-07-09", ["e:pe-fm", "e:iso-EC"],
               "Накануне Вальдивия провел телефонный разговор со своей эквадорской коллегой о границе")
    assert groups([both, one]) == groups([one, both]) == {frozenset({"v:a", "v:b"})}
    later = {**one, "date": "2031-07-10"}
    other = call("v:c", "d:3", "2031-07-09", ["e:pe-fm", "e:iso-BO"],
                 "Вальдивия провел телефонный разговор со своим боливийским коллегой о границе")
    met = {**one, "mode": "meet"}
    for apart in (later, other, met):
        assert groups([both, apart]) == set(), apart
