"""Background of a format's history told in the forms of news writing (invented sentences): past rounds listed
backwards with the first one elided (``Вторая сессия прошла в X в 2029 году, первая — в Y в 2027 году``)."""
import pytest

from khronika.format_rounds import clause_rounds
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, rounds", [
    ("Вторая сессия комиссии прошла в Лиме в мае 2029 года, первая — в Кито в 2027 году.", [2, 1]),
    ("Третий форум прошел в Асунсьоне в 2031 году, второй — в Ла-Пасе в 2030-м, первый — в Сукре в 2028 году.",
     [3, 2, 1]),
    ("Предыдущее заседание состоялось в Монтевидео осенью 2030 года, первое — в Буэнос-Айресе годом ранее.", []),
    ("Делегации впервые встретились в Сантьяго, вторая — тоже.", []),
])
def test_the_first_round_told_last_by_its_ordinal_alone(sentence, rounds):
    assert [n for n, _, _ in clause_rounds(sentence)] == rounds


def test_a_history_listed_backwards_keeps_its_first_round(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Кито, 12 марта 2031 года. В Кито прошла третья сессия межправительственной эквадорско-уругвайской "
                   "комиссии по торговле.\n\nВторая сессия комиссии прошла в Монтевидео в мае 2029 года, первая — "
                   "в Кито в 2027 году.\n", encoding="utf-8")
    got = {(h["status"], h.get("round"), h.get("date")) for f in ingested_formats(tmp_path, doc) for h in f["history"]}
    assert {("round", 1, "2027"), ("round", 2, "2029-05"), ("round", 3, "2031-03-12")} <= got


@pytest.mark.parametrize("sentence, alias", [
    ("XII парагвайско-уругвайский саммит перенесен на осень.", "парагвайско-уругвайский саммит"),
    ("Лидеры встретятся в рамках 14-го ежегодного эквадорско-перуанского саммита в Лохе.",
     "эквадорско-перуанский саммит"),
    ("На чилийско-боливийском саммите стороны обсудили выход к морю.", "чилийско-боливийский саммит"),
    ("Научно-технический саммит прошел в Лиме.", ""),  # no countries in the compound
    ("Президенты провели саммит в Кито.", ""),
])
def test_a_summit_named_by_the_compound_adjective_of_its_sides(sentence, alias):
    from khronika.format_kinds import SUMMIT, formats_in
    assert [n.alias for n in formats_in(sentence) if n.name == SUMMIT] == [alias]


def test_the_previous_numbered_summit_is_the_series_not_an_organisation_named_between(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Асунсьон, 3 апреля 2031 года. XII парагвайско-уругвайский саммит, который планировалось провести "
                   "20 апреля в Сальто, перенесен на осень.\n\nПо данным источника, президент Уругвая в эти дни будет "
                   "участвовать в саммите G20.\n\nПредыдущий, XI саммит прошел в Энкарнасьоне в мае 2030 года.\n",
                   encoding="utf-8")
    formats = ingested_formats(tmp_path, doc)
    series = [f for f in formats if "парагвайско-уругвайский саммит" in f["label"]]
    assert len(series) == 1
    assert {("round", 11, "2030-05"), ("postponed", 12, "2031-04-20")} <= {
        (h["status"], h.get("round"), h.get("date")) for h in series[0]["history"]}
    assert not any(h.get("round") == 11 for f in formats if f is not series[0] for h in f["history"])


@pytest.mark.parametrize("word, countries", [
    ("шри-ланкийско-мальдивский", ["Шри-Ланка", "Мальдивы"]),
    ("камерунско-экваториальногвинейские", ["Камерун", "Экваториальная Гвинея"]),
    ("индонезийско-папуа-новогвинейской", ["Индонезия", "Папуа — Новая Гвинея"]),
    ("чилийско-аргентинского", ["Чили", "Аргентина"]),
    ("сьерра-леонский", []),  # one country of two words
    ("научно-технической", []),
])
def test_a_compound_adjective_of_countries_whose_names_have_two_words(word, countries):
    from khronika.gazetteer import compound_countries
    assert [c.name for c in compound_countries(word)] == countries


@pytest.mark.parametrize("sentence, status", [
    ("Совместная комиссия завершила во вторник в Лиме свое пятое заседание.", "meeting"),
    ("Премьеры двух стран открыли в Кито девятую сессию смешанной комиссии.", "meeting"),
    ("Третий раунд переговоров завершился в Асунсьоне.", "meeting"),
    ("Министр открыл новое посольство в Ла-Пасе.", None),
    ("Стороны завершили строительство моста.", None),
])
def test_a_session_told_by_its_end_or_opening_was_held(sentence, status):
    from khronika.format_status import status_of
    assert status_of(sentence, []) == status


def test_a_commission_of_a_country_of_two_words_has_both_sides_and_its_session(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Яунде, 14 марта 2031 года. Смешанная камерунско-экваториальногвинейская комиссия по делимитации "
                   "морской границы завершила в пятницу в Яунде свое третье заседание.\n\nВторое заседание комиссии "
                   "прошло в Бате в 2030 году.\n", encoding="utf-8")
    [commission] = [f for f in ingested_formats(tmp_path, doc) if "комиссия" in f["name"]]
    assert commission["sides"] == ["e:iso-CM", "e:iso-GQ"]
    assert {("round", 3, "2031-03-14"), ("round", 2, "2030")} <= {
        (h["status"], h.get("round"), h.get("date")) for h in commission["history"]}


def test_two_countries_the_sentence_before_named_by_their_compound_adjective(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Лима, 20 мая 2031 года. Перуанско-чилийские отношения переживают подъем. На этой неделе Лима "
                   "приняла межправительственные консультации — девятые по счету с 2012 года; тогда главы правительств "
                   "двух стран встретились в Сантьяго.\n", encoding="utf-8")
    [talks] = ingested_formats(tmp_path, doc)
    assert set(talks["sides"]) == {"e:iso-CL", "e:iso-PE"}
    assert ("round", 1, "2012") in {(h["status"], h.get("round"), h.get("date")) for h in talks["history"]}


def test_the_sides_of_a_compound_adjective_of_three_parts():
    from khronika.format_bodies import sides_in
    assert sides_in("Прошла шри-ланкийско-мальдивская комиссия.", [], []) == {"e:iso-LK", "e:iso-MV"}


@pytest.mark.parametrize("sentence, status", [
    ("Делегации договорились весной продолжить консультации в Лиме.", "planned"),
    ("Министры условились продолжить переговоры в Асунсьоне в марте.", "planned"),
    ("Делегации договорились продолжить диалог в следующем году.", "planned"),
])
def test_talks_agreed_to_go_on_at_a_place_or_time_are_planned(sentence, status):
    from khronika.format_status import status_of
    assert status_of(sentence, []) == status


def test_a_dialogue_told_suspended_and_agreed_to_go_on_is_the_documents_one_track(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Кито, 12 марта 2031 года. Заместители министров иностранных дел Эквадора и Уругвая провели в Кито "
                   "консультации на уровне заместителей министров.\n\nПредставители двух стран не встречались три "
                   "года. Диалог был прерван уругвайской стороной в 2028 году после спора о квотах.\n\nЗамминистры "
                   "договорились продолжить консультации в Монтевидео в будущем году.\n", encoding="utf-8")
    [talks] = [f for f in ingested_formats(tmp_path, doc) if f["name"].startswith("консультации")]
    got = {(h["status"], h.get("date")) for h in talks["history"]}
    assert ("suspended", "2028") in got and any(s == "planned" for s, _ in got)


def test_consultations_named_only_later_in_the_document_take_no_earlier_turn(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Лима, 12 марта 2031 года. Перу и Боливия вновь встретились за столом переговоров после долгого "
                   "перерыва. Вчера в Пуно прошло заседание смешанного пограничного комитета двух стран.\n\n"
                   "Теперь о других новостях. "
                   "В Вене завершился второй раунд технических консультаций Аргентины и Бразилии.\n", encoding="utf-8")
    technical = [f for f in ingested_formats(tmp_path, doc) if f["name"].startswith("технические консультации")]
    assert not any(h["status"] == "resumed" for f in technical for h in f["history"])


def test_a_format_named_again_by_its_words_alone_and_when_its_meetings_began(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Богота, 14 мая 2031 года. Колумбия и Панама провели в Боготе новый раунд рыболовных консультаций."
                   "\n\nРыболовные консультации двух стран стартовали в Панаме в июне 2029 года. Следующий раунд "
                   "намечен на осень.\n", encoding="utf-8")
    [talks] = [f for f in ingested_formats(tmp_path, doc) if f["name"].startswith("рыболовные консультации")]
    assert ("round", 1, "2029-06") in {(h["status"], h.get("round"), h.get("date")) for h in talks["history"]}


@pytest.mark.parametrize("sentence, found", [
    ("Транзитные переговоры начались в Кито в 2029 году.", "Транзитные переговоры"),
    ("Повестку транзитных переговоров согласовали заранее.", "транзитных переговоров"),
    ("Переговоры о транзите шли трудно.", None),  # not its words one after another
])
def test_the_words_of_a_name_the_document_gave_before(sentence, found):
    from khronika.format_again import name_again
    from khronika.format_names import Named
    before = Named("транзитные переговоры", "раунды переговоров", "раунд транзитных переговоров")
    got = name_again(sentence, [before], frozenset())
    assert [n.surface for n in got] == ([found] if found else [])


@pytest.mark.parametrize("text, suspended", [
    ("Чили и Аргентина возобновили стратегический диалог, прерванный в 2028 году.", "2028"),
    ("Министры возобновили стратегический диалог, замороженный в марте 2029 года из-за спора о квотах.", "2029-03"),
])
def test_a_break_told_in_a_participle_clause_after_the_name(tmp_path, text, suspended):
    doc = tmp_path / "a.txt"
    doc.write_text(f"Сантьяго, 20 ноября 2031 года. {text}\n", encoding="utf-8")
    got = {(h["status"], h.get("date")) for f in ingested_formats(tmp_path, doc) for h in f["history"]}
    assert ("suspended", suspended) in got and ("resumed", suspended) not in got
    assert any(status == "resumed" for status, _ in got)


@pytest.mark.parametrize("sentence, rounds", [
    ("Это была четвертая встреча в таком формате: первые три прошли в Лиме, в Кито и в Сукре.", [1, 2, 3]),
    ("Нынешняя сессия — третья; первые две состоялись в Асунсьоне в 2027 году и в Ресифи в 2029 году.", [1, 2]),
    ("В первые две недели делегации не встречались.", []),
])
def test_the_first_few_rounds_told_with_their_noun_left_out(sentence, rounds):
    from khronika.format_rounds import first_rounds
    assert [n for n, _, _ in first_rounds(sentence)] == rounds


@pytest.mark.parametrize("sentence, rnd", [
    ("Лидеры провели ежегодный двусторонний саммит — уже девятый по счету.", 9),
    ("Консультации, уже шестые по счету, прошли в Кито.", 6),
    ("Министры провели консультации — двенадцатые по счёту.", 12),
])
def test_a_round_counted_after_its_noun_with_already(sentence, rnd):
    from khronika.format_rounds import counted_round
    assert counted_round(sentence) == rnd


def test_a_commission_only_agreed_to_be_set_up_after_a_compound_adjective():
    from khronika.format_kinds import formats_in
    from khronika.format_status import only_agreed
    sentence = "Министры договорились создать эквадорско-уругвайскую смешанную комиссию по рыболовству."
    assert [only_agreed(sentence, n) for n in formats_in(sentence)] == [True]

