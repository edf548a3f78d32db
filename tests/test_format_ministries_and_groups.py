"""Consultations of two foreign ministries told by who holds them (``консультации между министерствами иностранных
дел``, ``на уровне МИД``): one name, and one mechanism with the ``политические консультации`` of the same sides; real
regional groups of the gazetteer named by their proper names (invented sentences, other countries)."""
import pytest

from khronika.format_kinds import formats_in
from tests.test_format_carry import ingested_formats

MINISTRIES = "консультации на уровне министерств иностранных дел"


@pytest.mark.parametrize("sentence", [
    "Чили и Перу провели в Сантьяго третий раунд консультаций между министерствами иностранных дел.",
    "Эстония и Финляндия договорились проводить консультации министерств иностранных дел ежегодно.",
    "Четвертый раунд консультаций на уровне министерств иностранных дел пройдет в Осло.",
    "Стороны впервые провели консультации на уровне МИД.",
])
def test_consultations_of_the_foreign_ministries_are_one_name(sentence):
    assert MINISTRIES in [n.name for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence, name", [
    ("Стороны провели консультации на уровне глав МИД.", "консультации на уровне министров"),
    ("Консультации на уровне заместителей министров иностранных дел прошли в Лиме.",
     "консультации на уровне заместителей министров"),
])
def test_consultations_of_a_rank_keep_their_rank(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


def test_political_consultations_are_not_renamed():
    names = [n.name for n in formats_in(
        "В Лиме прошел второй раунд политических консультаций между министерствами иностранных дел Чили и Перу.")]
    assert "политические консультации" in names and MINISTRIES not in names


@pytest.mark.slow
def test_political_consultations_and_those_of_the_ministries_are_one_mechanism(tmp_path):
    text = (
        "Лима, 3 марта 2031. Второй раунд политических консультаций между министерствами иностранных дел Перу и "
        "Чили прошел в Лиме в мае 2030 года.\n\nЧили и Перу сегодня провели в Сантьяго третий раунд консультаций "
        "между министерствами иностранных дел.\n")
    formats = [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]
    assert len(formats) == 1 and formats[0]["name"].startswith("политические консультации")
    assert {(h["status"], h["round"]) for h in formats[0]["history"]} >= {("round", 2), ("round", 3)}


@pytest.mark.parametrize("sentence, name", [
    ("Министры иностранных дел Крайовской группы обсудили в Бухаресте транспортные коридоры.", "Крайовская группа"),
    ("Саммит Меланезийской группы «Наконечник копья» перенесен на весну.",
     "Меланезийская группа «Наконечник копья»"),
    ("Министры Северо-Балтийской восьмерки встретились в Таллине.", "Северо-Балтийская восьмерка"),
    ("Лидеры стран MSG в пятницу собрались в Порт-Виле.", "Меланезийская группа «Наконечник копья»"),
    ("Очередной саммит Группы меланезийского копья пройдет в Нумеа.", "Меланезийская группа «Наконечник копья»"),
    ("Седьмая консультативная встреча глав государств Центральной Азии пройдет в Ашхабаде.",
     "Консультативная встреча глав государств Центральной Азии"),
])
def test_regional_groups_of_the_gazetteer(sentence, name):
    assert [n.name for n in formats_in(sentence) if n.fixed] == [name]


@pytest.mark.parametrize("sentence", [
    "Ведомства утвердили график консультаций между министерствами иностранных дел на будущий год.",
    "Дипломаты обсудили выполнение программы консультаций между министерствами иностранных дел.",
])
def test_a_plan_of_consultations_signed_is_no_meeting_of_them(sentence):
    assert MINISTRIES not in [n.name for n in formats_in(sentence)]


@pytest.mark.slow
def test_a_summit_of_all_the_members_is_the_groups_though_its_sentence_named_some_of_them(tmp_path):
    text = (
        "Варшава, 14 мая 2031. Премьер-министр Польши принимал в Варшаве коллег из Чехии, Словакии и Венгрии на "
        "саммите Вышеградской группы.\n\nВстреча на высшем уровне в полном составе проходит впервые с марта 2027 года, "
        "когда главы правительств съезжались в Краков.\n")
    formats = ingested_formats(tmp_path, text)
    assert [f["name"] for f in formats] == ["Вышеградская группа"]
    assert ("meeting", "2027-03") in {(h["status"], h["date"]) for h in formats[0]["history"]}


@pytest.mark.parametrize("sentence, status", [
    ("Третий раунд проходил в Монтевидео еще в 2019 году.", "meeting"),
    ("Консультации проводились в феврале 2029 года в Асунсьоне.", "meeting"),
    ("Заседания комиссии проходили во вторник и среду.", "meeting"),
    ("Консультации в 2029 и 2030 годах не проводились.", None),
])
def test_a_meeting_told_in_the_imperfective_past(sentence, status):
    from khronika.format_status import status_of
    assert status_of(sentence, []) == status


@pytest.mark.slow
def test_a_resumption_after_a_break_and_the_round_before_the_break_told_after_a_colon(tmp_path):
    text = (
        "Монтевидео, 5 июня 2031. Уругвай и Парагвай в среду провели в Монтевидео пятый раунд консультаций на уровне "
        "министерств иностранных дел.\n\nКонсультации возобновились в марте 2029 года в Асунсьоне четвертым раундом "
        "после девятилетней паузы: третий раунд проходил в Монтевидео в 2019 году.\n")
    formats = [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]
    assert len(formats) == 1
    history = {(h["status"], h["round"], h["date"]) for h in formats[0]["history"]}
    assert {("round", 3, "2019"), ("resumed", 4, "2029-03"), ("round", 4, "2029-03")} <= history


@pytest.mark.slow
def test_the_next_meeting_agreed_after_the_numbered_one_its_document_tells_last_is_the_one_after_it(tmp_path):
    text = (
        "Вена, 5 июня 2031. Министры условились, что очередное заседание австрийско-словенской Смешанной комиссии по "
        "экономическому сотрудничеству соберется в Любляне в 2032 году. Последнее, седьмое заседание комиссии прошло в "
        "мае 2029 года в Вене.\n")
    formats = [f for f in ingested_formats(tmp_path, text) if "комиссия" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in formats[0]["history"]] == [
        ("round", 7, "2029-05"), ("planned", 8, "2032")]



@pytest.mark.slow
def test_a_summit_told_with_no_states_of_its_own_is_the_groups(tmp_path):
    text = (
        "Братислава, 14 мая 2031. Премьер-министр Словакии принимал в Братиславе глав правительств Польши, Чехии и "
        "Венгрии на саммите Вышеградской группы.\n\nВстреча на высшем уровне в четырехстороннем составе проходит "
        "впервые с марта 2027 года, когда лидеры съезжались в Краков.\n")
    formats = ingested_formats(tmp_path, text)
    assert [f["name"] for f in formats] == ["Вышеградская группа"]
    assert ("meeting", "2027-03") in {(h["status"], h["date"]) for h in formats[0]["history"]}
