"""Stances in forms of news reports, on sentences written for these tests with invented persons: readiness to act
together with a side (``X готов вместе с Y …``); and the forms that are no stance."""
import pytest

from khronika.records import Document, Source
from khronika.stages.stances import StanceStage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(pipeline):
    stances = StanceStage()

    def go(text):
        doc = stances(pipeline(Document.from_source(Source(path="t.txt", text=text))))
        names = {e.id: e.name for e in doc.entities}
        return [(s.polarity, names.get(s.holder), names.get(s.other)) for s in doc.stances]
    return go


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Непала заявил, что Непал готов вместе с Шри-Ланкой расширять торговлю.",
     [("positive", "Непал", "Шри-Ланка")]),
    ("Кения готова совместно с Танзанией завершить демаркацию границы в следующем году.",
     [("positive", "Кения", "Танзания")]),
    ("«Мы готовы вместе с монгольскими партнерами как можно быстрее подготовить соглашение», — сказал министр "
     "иностранных дел Казахстана Ерлан Садыков.", [("positive", "Казахстан", "Монголия")]),
    # no side to act with, or no readiness
    ("Команда готова вместе с тренером бороться за медали.", []),
    ("Премьер-министр Чехии заявил, что Чехия не готова вместе с Венгрией блокировать решение.", []),
])
def test_stance_reports_readiness_to_act_together_with_a_side(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министерство иностранных дел Дании объявило двух сотрудников посольства Литвы персонами нон грата. Как "
     "сообщили в министерстве, речь идет о деятельности, «несовместимой с дипломатическим статусом».",
     [("negative", "Министерство иностранных дел Дании", "Литва")]),
    ("Власти Дании выслали двух дипломатов Литвы за деятельность, несовместимую с их статусом.",
     [("negative", "Дания", "Литва")]),
    ("Швеция объявила персоной нон грата сотрудника посольства Венгрии. По словам министра иностранных дел Швеции "
     "Карла Линдберга, дипломат занимался деятельностью, несовместимой с его статусом.",
     [("negative", "Карл Линдберг", "Венгрия")]),
    # no side says it of another
    ("Эта деятельность несовместима со статусом некоммерческой организации, заявил прокурор.", []),
])
def test_stance_reports_conduct_incompatible_with_a_status(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Латвии Анда Круминя в соцсети X обвинила белорусских пограничников в провокациях.",
     ("negative", "Анда Круминя", "Белоруссия")),
    ("Глава МИД Чили Рауль Бесерра в мессенджере Signal осудил действия Перу.", ("negative", "Рауль Бесерра", "Перу")),
    ("Правительство Дании объявило о высылке двух литовских дипломатов. Литовское посольство в своем "
     "Telegram-канале назвало решение «очередным недружественным шагом».", ("negative", "Литва", "Дания")),
])
def test_stance_reports_the_network_or_channel_it_is_told_in_is_no_side(run, text, expected):
    assert expected in run(text)


@pytest.mark.parametrize("text, expected", [
    ("«Чили и Перу — не просто соседи, а братские народы», — сказал министр иностранных дел Чили Рауль Бесерра.",
     [("positive", "Рауль Бесерра", "Перу")]),
    ("Президент Сенегала заявил, что Сенегал и Гамбия — братские страны.", [("positive", "Сенегал", "Гамбия")]),
    ("«Мы с Казахстаном — братские народы», — заявил президент Киргизии.", [("positive", "Киргизия", "Казахстан")]),
    # brotherhood no side claims towards another
    ("Выставка рассказывает об истории двух братских народов.", []),
])
def test_stance_reports_two_sides_called_brotherly_peoples(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Заявления Вашингтона не имеют ничего общего с действительностью, подчеркнул представитель МИД Кубы.",
     [("negative", "МИД Кубы", "США")]),
    ("«Эти обвинения Польши не имеют ничего общего с реальностью», — сказал посол Белоруссии.",
     [("negative", "Белоруссия", "Польша")]),
    ("Министр иностранных дел Эстонии заявил, что это решение Норвегии не имеет ничего общего с интересами "
     "норвежского народа.", [("negative", "Эстония", "Норвегия")]),
    ("Новая выставка не имеет ничего общего с прежней экспозицией.", []),
])
def test_stance_reports_nothing_in_common_with_reality(run, text, expected):
    assert run(text) == expected


def test_stance_reports_a_briefing_speaker_holds_her_evaluations_and_its_contents_are_none(run):
    text = ("Брифинг официального представителя МИД Эстонии Т.К.Тамм, Таллин, 3 марта 2026 года\n\nСодержание\n"
            "- Об антиэстонских санкциях Норвегии\n- О визите в Латвию\n\nОб антиэстонских санкциях Норвегии\n\n"
            "Норвежское правительство объявило о закрытии консульства Эстонии в Бергене. "
            "Это решение не имеет ничего общего с интересами норвежского народа. Ответ последует.")
    assert run(text) == [("negative", "Тамм", "Норвегия")]  # none of the contents' and the section's headings


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Румынии подчеркнул, что Молдавия является стратегическим партнером Бухареста.",
     [("positive", "Румыния", "Молдавия")]),
    ("«Казахстан является надежным партнером Узбекистана», — заявил президент Узбекистана.",
     [("positive", "Узбекистан", "Казахстан")]),
    ("Президент Кении заявил, что Танзания остается ключевым союзником Найроби.", [("positive", "Кения", "Танзания")]),
])
def test_stance_reports_a_side_that_is_or_remains_a_partner_of_another(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Польши назвал действия Белоруссии грубым нарушением международного права.",
     [("negative", "Польша", "Белоруссия")]),
    ("МИД Вьетнама назвал действия китайских судов нарушением суверенитета Вьетнама.",
     [("negative", "МИД Вьетнама", "Китай")]),
    ("Это прямое нарушение обязательств Венгрии, заявил министр иностранных дел Словакии.",
     [("negative", "Словакия", "Венгрия")]),
    ("Президент Литвы назвал политику Белоруссии угрозой для региона.", [("negative", "Литва", "Белоруссия")]),
    ("Министр иностранных дел Эстонии считает решение Финляндии ошибкой.", [("negative", "Эстония", "Финляндия")]),
    # said of no side
    ("Эксперты обсудили угрозу терроризма в регионе.", []),
    ("Суд признал нарушение прав человека в колонии.", []),
    ("Министр признал ошибку своего ведомства.", []),
])
def test_stance_reports_an_act_called_a_violation_a_threat_or_a_mistake(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Латвии пригрозил Белоруссии ответными мерами.", [("negative", "Латвия", "Белоруссия")]),
    ("Президент Ганы предостерег Того от односторонних шагов на границе.", [("negative", "Гана", "Того")]),
    ("Премьер-министр Непала заверил Индию в своей поддержке.", [("positive", "Непал", "Индия")]),
    ("Погода угрожает урожаю в Аргентине.", []),
    ("Синоптики предостерегли жителей Чили от поездок в горы.", []),
])
def test_stance_reports_threats_warnings_and_assurances(run, text, expected):
    assert run(text) == expected
