"""Formats told by their common descriptions and their histories: an organisation's summit told by its Latin acronym
or its full name, bilateral river commissions of the gazetteer, a host to come and a round only scheduled (planned,
whatever the event says), a round dated ``на конец апреля``, a peace dialogue told with its region, a resumption dated
by its round, a break not dated by the meeting it called off, works stopped that are no break, a new body's first
meeting that is no other format's.  Invented sentences."""
from khronika.format_kinds import formats_in
from khronika.format_merge import one_date_per_round
from khronika.format_names import gazetteer_in, summit_of
from khronika.format_proper import complement
from khronika.format_status import status_of
from tests.test_format_history_told import ingested_formats


def _hist(found: list[dict], name: str) -> list[tuple]:
    mine = [f for f in found if f["name"].startswith(name)]
    assert len(mine) == 1, [f["name"] for f in found]
    return [(h["status"], h["round"], h["date"]) for h in mine[0]["history"]]


def test_an_organisation_summit_told_by_its_latin_acronym_or_full_name():
    assert [n.name for n in gazetteer_in("Девятый саммит SADC открылся в Мапуту.")] == ["саммит САДК"]
    found = gazetteer_in("Главы государств собрались на саммит Ассоциации регионального сотрудничества Южной Азии.")
    assert [n.name for n in found] == ["саммит СААРК"]
    told = summit_of("Лидеры стран SAARC провели встречу в Мале.")
    assert told is not None and told.name == "саммит СААРК"


def test_bilateral_river_commissions_are_in_the_gazetteer():
    found = gazetteer_in("Пакистан попросил созвать заседание Постоянной комиссии по Инду в Лахоре.")
    assert [n.name for n in found] == ["Постоянная комиссия по Инду"] and set(found[0].countries) == {"IN", "PK"}
    found = gazetteer_in("Делегации обсудили в рамках Административной комиссии реки Уругвай очистку русла.")
    assert [n.name for n in found] == ["Административная комиссия реки Уругвай"]


def test_a_host_to_come_is_a_planned_meeting():
    assert status_of("Председательство переходит к Гане, которая примет девятую сессию.", []) == "planned"
    assert status_of("Президент Ганы примет участие в сессии.", []) != "planned"


def test_a_round_only_scheduled_is_planned_whatever_its_event():
    held = [{"id": "v:1", "type": "CONSULT", "factuality": "occurred", "round": 5, "date": "2030-03-02"}]
    assert status_of("Пятый раунд предварительно намечен на середину мая.", held) == "planned"
    assert status_of("Пятый раунд прошел в Кито.", held) == "round"


def test_a_round_planned_for_the_end_of_a_month(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Кито, 2 марта 2030 /ЭФЕ/. Эквадор и Колумбия провели в Кито пятый раунд консультаций по "
                    "вопросам миграции. Шестой раунд намечен на конец апреля.\n", encoding="utf-8")
    assert ("planned", 6, "2030-04") in _hist(ingested_formats(tmp_path, path), "консультации по вопросам миграции")


def test_a_peace_dialogue_told_with_its_region_is_the_peace_dialogue():
    found = formats_in("Стороны завершили раунд мирного диалога по ситуации на севере страны.")
    assert [n.name for n in found] == ["мирный диалог"]


def test_a_body_named_alone_goes_on_only_in_the_genitive():
    sentence = "Министры согласились направлять через Комиссию ежегодные доклады о ходе работ."
    assert complement(sentence, sentence.index("Комиссию") + len("Комиссию")) is None
    sentence = "Заседание Совета экономического партнерства высокого уровня прошло в Лиме."
    told = complement(sentence, sentence.index("Совета") + len("Совета"))
    assert told and told[0] == "экономического партнерства высокого уровня"


def test_works_stopped_are_no_break_of_a_body():
    assert status_of("Кишинев настаивает на приостановке работ на плотине до встречи экспертов.", []) != "suspended"
    assert status_of("Правительство потребовало приостановить работы и созвать комиссию.", []) != "suspended"
    assert status_of("Правительство приостановило работу смешанной комиссии.", []) == "suspended"


def test_a_resumption_is_dated_by_the_round_it_is():
    entries = [{"status": "round", "round": 4, "date": "2030-05-11", "docs": ["d:1"], "events": []},
               {"status": "resumed", "round": 4, "date": "2030-05-12", "docs": ["d:2"], "events": []}]
    assert [(e["status"], e["date"]) for e in one_date_per_round(entries)] == [("round", "2030-05-11"),
                                                                               ("resumed", "2030-05-11")]


def test_a_break_is_not_dated_by_the_meeting_it_called_off(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Кито, 5 марта 2030 /ЭФЕ/. Эквадор приостановил стратегический диалог с Колумбией. Министр "
                    "сообщила, что Эквадор приостанавливает подготовку седьмого раунда стратегического диалога, "
                    "который должен был пройти в Боготе в мае.\n", encoding="utf-8")
    hist = _hist(ingested_formats(tmp_path, path), "стратегический диалог")
    assert not any(status == "suspended" and date == "2030-05" for status, _, date in hist), hist


def test_a_held_meeting_is_not_dated_after_its_report(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Гана и Того провели в Аккре межмидовские консультации, отложенные в ноябре\n\nАккра, 3 февраля "
                    "2030 /ГНА/. Третий раунд межмидовских консультаций Ганы и Того состоялся сегодня в Аккре.\n",
                    encoding="utf-8")
    hist = _hist(ingested_formats(tmp_path, path), "межмидовские консультации")
    assert not any(status in ("meeting", "round") and date and date > "2030-02-03" for status, _, date in hist), hist


def test_a_new_body_s_first_meeting_is_not_the_format_s(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Лима, 9 мая 2030 /Андина/. Перу и Эквадор провели в Лиме третью встречу министров в формате "
                    "«2+2». Стороны условились о создании двусторонней рабочей группы по борьбе с контрабандой, "
                    "которая проведет первое заседание в Тумбесе в июне 2030 года.\n", encoding="utf-8")
    hist = _hist(ingested_formats(tmp_path, path), "2+2")
    assert ("round", 3, "2030-05-09") in hist and not any(rnd == 1 for _, rnd, _ in hist), hist

