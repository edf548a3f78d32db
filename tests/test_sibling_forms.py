"""Rules of session 33 in the sibling forms a journalist uses for the same act (invented sentences, other countries
and wording): a body's own session begun or ended by any verb or aspect, told by a verbal adverb or under a verb of
intent, held in the passive, sitting (``заседать``); a gathering told by a verbal adverb under an infinitive; a trip
told colloquially; a promise or an intention to work a request through; rounds of a list numbered by digits or Roman
numerals in both directions, the first told first, and a round counted by a participle of ``стать``."""
import pytest

from khronika.format_rounds import clause_rounds, first_rounds, round_in

from .conftest import types


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Танзанийско-замбийский совет по транспорту открыл в Лусаке свое второе заседание.",
    "Танзанийско-замбийский совет по транспорту закрыл в Лусаке свою вторую сессию.",
    "Танзанийско-замбийский совет по транспорту завершает в Лусаке свою вторую сессию.",
    "Смешанная комиссия Танзании и Замбии, завершив свое второе заседание в Лусаке, одобрила план работы.",
    "Смешанная комиссия Танзании и Замбии намерена провести свое второе заседание в июне.",
    "Танзанийско-замбийская межправительственная комиссия заседала в Лусаке два дня.",
    "В Лусаке было проведено второе заседание танзанийско-замбийской межправительственной комиссии.",
])
def test_a_body_session_in_every_form_meets(events, sentence):
    assert "CONSULT" in types(events(sentence))


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Совет директоров компании открыл свое очередное заседание.",
    "Верховный суд Кении открыл свою очередную сессию.",
    "Районный суд заседал в Лусаке два дня.",
])
def test_no_session_of_a_court_or_a_company(events, sentence):
    assert events(sentence) == ()


@pytest.mark.slow
def test_a_gathering_told_by_a_verbal_adverb_under_an_infinitive(events):
    assert "CONSULT" in types(events("Министры обороны Норвегии и Дании, собравшись в Осло, договорились укрепить "
                                     "сотрудничество."))
    assert "CONSULT" in types(events("Главы МИД Малайзии и Индонезии, собравшись в Джакарте, решили продлить "
                                     "соглашение."))
    assert events("Болельщики, собравшись у стадиона, ждали команду.") == ()


@pytest.mark.slow
def test_a_trip_told_colloquially_is_a_visit(events):
    (visit,) = events("Министр иностранных дел Малайзии съездил в Джакарту.")
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    assert events("Министр иностранных дел Малайзии съездил на рыбалку.") == ()


@pytest.mark.slow
@pytest.mark.parametrize("sentence, support", [
    ("Премьер-министр Малайзии пообещал проработать просьбу Индонезии о кредите.", True),
    ("Правительство Малайзии готово проработать просьбу Индонезии о кредите.", True),
    ("Премьер-министр Малайзии намерен рассмотреть просьбу Индонезии о кредите.", True),
    ("Мэр намерен рассмотреть жалобы жителей.", False),
])
def test_a_promise_or_intention_to_work_a_request_through(events, sentence, support):
    assert ("SUPPORT" in types(events(sentence))) is support


@pytest.mark.parametrize("sentence, rounds", [
    ("Первое заседание прошло во Вьентьяне в 2027 году, а второе состоялось в Ханое в 2028 году.", [1, 2]),
    ("Первое заседание состоялось во Вьентьяне в 2027 году, второе прошло в Ханое в 2028 году.", [1, 2]),
    ("1-е заседание прошло во Вьентьяне в 2027 году, 2-е — в Ханое в 2028 году.", [1, 2]),
    ("I заседание прошло во Вьентьяне в 2027 году, II — в Ханое в 2028 году.", [1, 2]),
    ("2-е заседание прошло в Ханое в 2028 году, 1-е — во Вьентьяне в 2027 году.", [2, 1]),
    ("II заседание прошло в Ханое в 2028 году, I — во Вьентьяне в 2027 году.", [2, 1]),
    ("Первая встреча после перерыва прошла во Вьентьяне, вторая — в Ханое.", []),
])
def test_rounds_listed_in_every_numbering_and_direction(sentence, rounds):
    assert [n for n, _, _ in (first_rounds(sentence) or clause_rounds(sentence))] == rounds


@pytest.mark.parametrize("sentence, rnd", [
    ("Заседание, ставшее шестым по счету, прошло в Ханое.", 6),
    ("Консультации, ставшие шестыми по счету, прошли в Ханое.", 6),
    ("Встреча министров становится уже шестой по счету.", 6),
    ("Посол, ставший вторым представителем страны в совете, выступил с речью.", None),
])
def test_a_round_counted_by_a_participle_of_becoming(sentence, rnd):
    assert round_in(sentence) == rnd


@pytest.mark.slow
@pytest.mark.parametrize("sentence, held", [
    ("Правительства Коста-Рики и Панамы провели совместное заседание в Сан-Хосе.", True),
    ("В Сан-Хосе прошло совместное заседание правительств Коста-Рики и Панамы.", True),
    ("Совместное заседание правительств Коста-Рики и Панамы состоится в мае.", True),
    ("Правительство Панамы провело совместное заседание с профсоюзами в Панаме.", False),
    ("В Сан-Хосе прошло совместное заседание профсоюзов Коста-Рики и Панамы.", False),
    ("В Сан-Хосе прошло совместное заседание советов директоров компаний Коста-Рики и Панамы.", False),
])
def test_a_common_session_of_two_governments_in_any_word_order(events, sentence, held):
    assert ("CONSULT" in types(events(sentence))) is held


@pytest.mark.slow
@pytest.mark.parametrize("after", [
    "Следующее пройдет в Дар-эс-Саламе.",
    "Третье планируется провести в Дар-эс-Саламе.",
    "Следующее решено провести в Дар-эс-Саламе в 2030 году.",
])
def test_the_next_session_told_elliptically_after_a_body_that_held_its_own(events, after):
    got = events("Смешанная комиссия Танзании и Замбии провела в Лусаке второе заседание. " + after)
    assert sorted((e.type, e.factuality) for e in got) == [("CONSULT", "occurred"), ("CONSULT", "planned")]


@pytest.mark.parametrize("sentence", [
    "В Ханое прошло заседание вьетнамско-лаосской межправительственной комиссии.",
    "Вьетнамско-лаосская межправительственная комиссия провела заседание.",
    "Межправительственная комиссия Вьетнама и Лаоса провела заседание.",
    "Совместная вьетнамско-лаосская комиссия провела заседание.",
])
def test_a_commission_named_in_its_sibling_word_orders(sentence):
    from khronika.format_names import general_in
    assert general_in(sentence)


@pytest.mark.parametrize("opening", [
    "Во вторник в Ханое прошло шестое заседание вьетнамско-лаосской межправительственной комиссии.",
    "Межправительственная комиссия Вьетнама и Лаоса провела в Ханое шестое заседание.",
])
def test_a_commission_named_by_its_sides_is_their_format(tmp_path, opening):
    from tests.test_format_history_told import ingested_formats
    doc = tmp_path / "a.txt"
    doc.write_text(f"Ханой, 4 мая 2031 года. {opening}\n\nПятое заседание прошло во Вьентьяне в 2029 году.\n",
                   encoding="utf-8")
    formats = [f for f in ingested_formats(tmp_path, doc) if "комисси" in f["label"].lower()]
    assert len(formats) == 1
    assert {("round", 5, "2029"), 6} <= {(h["status"], h.get("round"), h.get("date")) for h in formats[0]["history"]} \
        | {h.get("round") for h in formats[0]["history"]}


@pytest.mark.slow
@pytest.mark.parametrize("sentence, visit", [
    ("Министр иностранных дел Малайзии приехал в Джакарту.", True),
    ("Министр иностранных дел Малайзии прилетит в Индонезию в понедельник.", True),
    ("Прилетев в Джакарту, министр иностранных дел Малайзии встретился с президентом Индонезии.", True),
    ("Министр иностранных дел Малайзии приехал на футбольный матч.", False),
    ("Туристы из Германии прилетели в Джакарту.", False),
    ("Поезд прибывает в Джакарту в полдень.", False),
    ("«Мы приехали в Джакарту ради договоренности о квотах», — сказал министр иностранных дел Малайзии.", False),
    ("«Я побывал в Джакарте не ради фотографий», — сказал министр иностранных дел Малайзии.", False),
])
def test_an_arrival_by_any_verb_is_a_visit_to_a_country_or_city(events, sentence, visit):
    assert any(e.type == "CONSULT" and e.mode == "visit" for e in events(sentence)) is visit


def test_an_arrival_fused_into_a_summit_names_no_format_again(tmp_path):
    from tests.test_format_history_told import ingested_formats
    doc = tmp_path / "a.txt"
    doc.write_text("Богота, 9 мая 2031 года. Президенты Колумбии, Эквадора и Перу провели во вторник саммит в Боготе. "
                   "Эквадор прислал на саммит главу МИД.\n\nПрезидент Перу накануне вечером "
                   "прилетел в Боготу.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, doc)
    assert len({f["name"] for f in formats}) <= 1
