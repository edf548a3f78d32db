"""Format histories as news tell them: earlier meetings told in the background, the next one planned with a loose
date, a meeting told by its number alone, one meeting told more and less fully (invented countries and places)."""
import pytest

from khronika.format_again import told_again
from khronika.format_bodies import sole_format
from khronika.format_clauses import EARLIER
from khronika.format_merge import fold_retold
from khronika.format_names import Named
from khronika.format_rounds import numbered, round_in
from khronika.format_status import status_of


@pytest.mark.parametrize("sentence, rnd", [
    ("Следующее, четырнадцатое, решено провести весной в Лимре.", 14),
    ("Предыдущее, 6-е, прошло в Каттеле.", 6),
    ("Следующий раунд пройдёт в Лимре.", None),
])
def test_history_a_round_told_by_its_number_alone(sentence, rnd):
    assert round_in(sentence) == rnd


@pytest.mark.parametrize("sentence, told", [
    ("Предыдущее заседание совета прошло в январе 2019 года в Лимре.", True),
    ("Пятнадцатое заседание комиссии прошло в Каттеле в июне 2020 года.", True),
    ("Прошлый раунд состоялся в августе.", True),
    ("В последний раз министры собирались в 2018 году.", True),
    ("Эксперты напомнили, что предыдущая, седьмая встреча прошла в Норвии.", True),
    ("Стороны договорились о следующей встрече осенью.", True),
    ("В прошлом году товарооборот вырос.", False),
    ("В последние годы встречи проходили редко.", False),
    ("Это первая встреча после кризиса.", False),
])
def test_history_a_meeting_of_a_series_told_without_its_name(sentence, told):
    assert told_again(sentence, numbered(sentence)) is told


def test_history_the_one_mechanism_of_the_document():
    commission = Named("межправительственная комиссия по торговле", "межправительственная комиссия", "…")
    summit = Named("встречи на высшем уровне", "встречи на высшем уровне", "…")
    kinds = frozenset({"встречи на высшем уровне"})
    assert sole_format([commission, summit, commission], kinds) == commission  # a kind counts less
    other = Named("рабочая группа по энергетике", "рабочая группа", "…")
    assert sole_format([commission, other], kinds) is None  # which one?
    assert sole_format([], kinds) is None


@pytest.mark.parametrize("sentence, events, status", [
    ("Следующее заседание платформы запланировано в Лимре.", [{"type": "CONSULT", "factuality": "occurred",
                                                               "round": None}], "planned"),
    ("Министры договорились о следующей встрече в сентябре.", [], "planned"),
    ("Следующая встреча министров прошла в мае.", [], "meeting"),  # told after it happened
    ("Делегации договорились встретиться вновь до конца июня.", [], "planned"),
])
def test_history_the_next_meeting_is_planned(sentence, events, status):
    assert status_of(sentence, events) == status


@pytest.mark.parametrize("sentence, words", [
    ("Предыдущее, девятое заседание прошло в ноябре 2019 года в Каттеле.", "Предыдущее, девятое заседание"),
    ("Прошлый раунд состоялся в августе.", "Прошлый раунд"),
    ("Последний раз лидеры собирались в 2018 году.", "Последний раз"),
    ("Это первая встреча за год: предыдущий раунд прошел в Лимре.", "предыдущий раунд"),
])
def test_history_an_earlier_meeting_in_words_of_its_own(sentence, words):
    assert EARLIER.search(sentence).group(0) == words


def entry(status, date, rnd=None, doc="d:1"):
    return {"status": status, "date": date, "round": rnd, "events": [], "docs": [doc]}


def test_history_one_meeting_told_more_and_less_fully_is_one_entry():
    out = fold_retold([entry("meeting", "2019", doc="d:2"), entry("round", "2019-06-12", 4),
                       entry("round", None, 4, doc="d:3"), entry("planned", None, doc="d:4"),
                       entry("planned", "2021", 5)])
    assert [(e["status"], e["date"], e["round"]) for e in out] == [("round", "2019-06-12", 4), ("planned", "2021", 5)]
    assert out[0]["docs"] == ["d:1", "d:2", "d:3"]
    kept = fold_retold([entry("meeting", "2019"), entry("round", "2019-06-12", 4), entry("round", "2019-11-02", 5)])
    assert len(kept) == 3  # which of the two?
    assert len(fold_retold([entry("meeting", None), entry("round", "2019-06-12", 4)])) == 2  # the document's own
    assert len(fold_retold([entry("meeting", "2019"), entry("meeting", "2019-06-12")])) == 2  # two meetings may be
    assert len(fold_retold([entry("meeting", "2019-06-12"), entry("resumed", "2019-06-12")])) == 2  # told apart


@pytest.mark.slow
def test_history_of_a_commission_told_in_the_background_of_one_report(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    doc = tmp_path / "commission.txt"
    doc.write_text("Норвегия и Чили договорились о сотрудничестве в рыболовстве\n\nОСЛО, 14 мая 2025. В среду в Осло "
                   "завершилось седьмое заседание норвежско-чилийской межправительственной комиссии по "
                   "торгово-экономическому сотрудничеству. Стороны подписали по итогам заседания протокол о "
                   "рыболовстве.\n\nШестое заседание комиссии прошло в Сантьяго в октябре 2022 года. Следующее, "
                   "восьмое, решено провести в Чили в 2027 году.\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        (commission,) = [f for f in build_formats(store) if "комиссия" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in commission["history"]] == [
        ("round", 6, "2022-10"), ("round", 7, "2025-05-14"), ("planned", 8, "2027")]


def test_history_a_group_that_meets_others_as_one_party_is_a_format_with_them():
    from khronika.format_identity import identities
    from khronika.formats import formats_in

    (e3,) = formats_in("Представители Чили и «евротройки» провели переговоры в Вене.")
    assert e3.party and e3.fixed
    told = [{"status": "meeting", "round": None, "date": "2024-02-01", "events": [], "docs": ["d:1"]}]
    with_chile = (e3, "d:1", {"e:iso-CL", "e:iso-DE", "e:iso-FR", "e:iso-GB"}, told)
    with_peru = (e3, "d:2", {"e:iso-PE", "e:iso-DE"}, told)
    alone = (e3, "d:3", set(), told)
    keys = sorted(sorted(k[1]) for k, _ in identities([with_chile, with_peru]))
    assert keys == [["e:iso-CL"], ["e:iso-PE"]]  # two formats: with Chile, with Peru
    assert [sorted(k[1]) for k, _ in identities([with_chile, alone])] == [["e:iso-CL"]]  # named alone: the one
    more = (e3, "d:4", {"e:iso-CL", "e:iso-PE"}, told)
    assert len(identities([with_chile, more])) == 2  # with Chile, and with Chile and Peru


@pytest.mark.slow
def test_history_a_council_of_another_pair_and_the_last_meeting_of_the_format(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    doc = tmp_path / "postponed.txt"
    doc.write_text("Встреча России и Чили в формате «2+2» отложена\n\nСАНТЬЯГО, 3 апреля 2025. Намеченное на конец "
                   "апреля заседание российско-чилийского совета СЕКО в формате «два плюс два» отложено на "
                   "неопределенный срок. В прошлый раз министры обороны и иностранных дел двух стран собирались "
                   "в таком составе в Сантьяго в мае 2018 года.\n",
                   encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        formats = build_formats(store)
    assert not [f for f in formats if "Франция" in f["name"]]  # the Russia–France council is not named here
    (fmt,) = [f for f in formats if f["type"] == "2+2"]
    # put off: dated by the day it had been planned for ("Намеченное на конец апреля …"), as other meetings put off
    assert {(h["status"], h["date"]) for h in fmt["history"]} == {("postponed", "2025-04"), ("meeting", "2018-05")}


@pytest.mark.slow
def test_history_rounds_listed_the_next_one_and_a_group_only_agreed_on(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    talks = tmp_path / "talks.txt"
    talks.write_text("Перу и Чили провели в Лиме третий раунд консультаций по вопросам миграции\n\nЛИМА, 12 октября "
                     "2024. Первые два раунда прошли в Сантьяго в марте и в Арике в июне. Очередной раунд пройдет "
                     "в Сантьяго в начале следующего года.\n", encoding="utf-8")
    group = tmp_path / "group.txt"
    group.write_text("НИАМЕЙ, 5 мая 2024. Стороны договорились создать совместную рабочую группу по борьбе с "
                     "терроризмом. Предыдущая встреча министров состоялась в Бамако.\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(talks), str(group), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        formats = build_formats(store)
    (migration,) = [f for f in formats if "миграции" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in migration["history"]] == [
        ("round", 1, "2024-03"), ("round", 2, "2024-06"), ("round", 3, "2024-10-12"), ("planned", 4, "2025")]
    assert not [f for f in formats if "рабочая группа" in f["name"]]  # its meetings are not told


def test_history_implied_rounds_only_for_a_short_gap():
    from khronika.format_merge import complete

    far = complete([entry("round", "2017-01", 1), entry("round", "2024-11-11", 22)], [])
    assert [h["status"] for h in far] == ["round", "round"]  # not twenty rows of nothing
    near = complete([entry("round", "2017-01", 1), entry("round", "2019-05", 4)], [])
    assert sorted(h["round"] for h in near if h["status"] == "implied") == [2, 3]


@pytest.mark.parametrize("sentence, rnd, status", [
    ("Это первая встреча глав МИД двух стран с 2018 года.", None, "resumed"),
    ("Это первые за шесть лет консультации дипломатов.", None, "resumed"),
    ("Первое заседание совета состоялось с участием экспертов.", 1, "meeting"),
])
def test_history_the_first_since_a_time_is_a_resumption_not_a_first_round(sentence, rnd, status):
    assert round_in(sentence) == rnd
    assert status_of(sentence, [{"type": "CONSULT", "factuality": "occurred", "round": None}]) == status
