"""The clutter of scraped pages, rule by rule, on invented lines (the whole pages: test_scraped_pages.py)."""
import pytest

from khronika.read import read_file
from khronika.stages.clean import clean

LEAD = ("Министр иностранных дел Уругвая провел в Монтевидео переговоры с парагвайским коллегой. Стороны обсудили "
        "судоходство по реке Парана и пограничную торговлю.")
BODY = f"{LEAD}\n\nСледующий раунд консультаций министры назначили на осень."


@pytest.mark.parametrize("stamp, iso", [
    ("17.09.2031, 09:12 · Текст: Алина Гречко · Фото: AP/Томас Ридж", "2031-09-17"),
    ("3 марта 2031, 18:05 | Автор: Олег Сазонов | Фото: Reuters", "2031-03-03"),
    ("12 июля 2031 · Фото: Марта Нуньес / EFE", "2031-07-12"),
])
def test_a_stamp_beside_credits_above_the_text_dates_the_page(stamp, iso):
    result = clean(f"Уругвай и Парагвай сверили позиции\n\n{stamp}\n\n{BODY}")
    assert result.published.iso() == iso and "Фото" not in result.text


def test_a_stamp_beside_credits_below_the_text_is_a_closing_stamp_still():
    assert clean(f"{BODY}\n\n03.03.2031 · Фото: AP · Текст: Ольга Осокина").published_from == "text"


@pytest.mark.parametrize("byline", [
    "Автор\nКсения Полякова", "Текст:\nРуслан Гаврилов", "Анастасия Ершова\nРедактор",
    "Корреспондент\nМарина Лосева\n\nФотограф\nПавел Зуев",
])
def test_a_byline_on_two_lines_is_dropped(byline):
    result = clean(f"{BODY}\n\n{byline}\n\nТеги\nУругвай\nПарагвай")
    assert result.text == BODY


@pytest.mark.parametrize("credit", [
    "Звукорежиссер: Андрей Климов", "Оператор: Илья Гордеев", "Продюсер: Светлана Белых",
    "Главный редактор — Петр Геннадьевич Орлов", "Главный редактор: Ирина Олеговна Власова",
    "Сетевое издание «Вестник Пампы». Главный редактор Иван Иванович Смирнов",
    "Эл № ФС77-00000 от 01.01.2020. Главный редактор: Ольга Осокина.",
])
def test_crew_credits_and_the_editors_imprint_are_dropped(credit):
    assert clean(f"{BODY}\n\n{credit}").text == BODY


def test_a_sentence_naming_a_chief_editor_stays():
    text = f"{BODY}\n\nОб этом журналистам рассказал главный редактор Иван Смирнов."
    assert clean(text).text == text


def test_a_site_menu_one_item_a_line_above_the_text_is_dropped():
    menu = "Главное\nПолитика\nОбщество\nЭкономика\nМир\nСпорт\nКультура\n\nМир\n"
    result = clean(f"{menu}\nУругвай и Парагвай сверили позиции\n\n{BODY}")
    assert result.text == f"Уругвай и Парагвай сверили позиции\n\n{BODY}"
    assert result.title == "Уругвай и Парагвай сверили позиции"


def test_a_list_of_short_lines_inside_the_text_stays():
    listed = "Уругвай\nПарагвай\nБоливия\nЧили\nПеру\n"
    text = f"{LEAD}\n\n{listed}\nМинистры договорились встретиться снова осенью в Асунсьоне."
    assert clean(text).text == text.strip()


@pytest.mark.parametrize("tail", [
    "Важно\nПрезидент Эквадора примет участие в саммите в Кито\nХроника\nПремьер Боливии посетит Лиму в мае",
    "Главное сегодня\nПарламент Чили одобрил бюджет\nМинистр финансов Перу ушел в отставку\nВход\nРегистрация",
    "Сейчас читают\nГлава МИД Колумбии прибыл в Каракас\nПосол Венесуэлы вручил верительные грамоты",
])
def test_other_stories_headlines_below_the_last_paragraph_are_dropped(tail):
    assert clean(f"{BODY}\n\n{tail}").text == BODY


@pytest.mark.parametrize("tail", [
    "Подписали соглашение о следующем:\nМинистерство иностранных дел Уругвая\nМинистерство иностранных дел Парагвая",
    "Премьер Боливии посетит Лиму в мае",
    "Р. Фонтана, министр иностранных дел Уругвая\nЛ. Бенитес, министр иностранных дел Парагвая",
    "За Правительство Восточной Республики Уругвай\nЗа Правительство Республики Парагвай",
])
def test_a_list_the_text_introduces_or_one_line_below_it_stays(tail):
    text = f"{BODY}\n\n{tail}"
    assert clean(text).text == text


def test_an_html_page_takes_the_date_above_its_text_not_a_related_storys_time(tmp_path):
    body = "".join(f"<p>Министры иностранных дел Уругвая и Парагвая встретились в Монтевидео, часть {n}.</p>"
                   for n in range(6))
    related = "".join(f'<li><a>Премьер Боливии в Лиме, {n}</a><time datetime="2026-0{n}-01">{n}</time></li>'
                      for n in range(1, 4))
    page = ('<html><head><meta charset="utf-8"><title>Переговоры в Монтевидео</title></head><body><article>'
            '<h1>Переговоры в Монтевидео</h1><div class="article__info-date"><a>14:37 12.05.2026</a></div>'
            f'{body}</article><section><h2>Читайте также</h2><ul>{related}</ul></section></body></html>')
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [source] = list(read_file(str(path)))
    assert source.published == "2026-05-12"


@pytest.mark.parametrize("credits", [
    "Ведущий и редактор: Олег Сазонов. Звукорежиссер: Марина Лосева.",
    "Монтаж: И. Гордеев; музыка: Светлана Белых",
    "Оператор: Павел Зуев · Режиссер: Руслан Гаврилов · Продюсер: Вера Котова",
])
def test_a_line_of_broadcast_credits_is_dropped(credits):
    assert clean(f"{BODY}\n\n{credits}").text == BODY


def test_a_host_s_reply_in_a_transcript_stays():
    text = f"{BODY}\n\nВедущий: Спасибо"
    assert clean(text).text == text


@pytest.mark.parametrize("stamp", ["28.11.2031, 10:00 · Текст: Ирина Пахомова", "5 мая 2031 · Автор: Олег Сазонов"])
def test_a_stamp_beside_a_byline_above_the_text_is_dropped_whole(stamp):
    result = clean(f"Неделя в дипломатии\n\n{stamp}\n\n{BODY}")
    assert result.text == f"Неделя в дипломатии\n\n{BODY}" and result.published.iso()[:4] == "2031"


@pytest.mark.parametrize("footer", [
    "Вы получили это письмо как подписчик бюллетеня «Андский обзор». Отписаться",
    "Вы получаете это письмо, так как оставили адрес на сайте. Настройки | Отписаться",
    "Чтобы отписаться от рассылки, перейдите по ссылке.",
])
def test_a_newsletter_footer_is_dropped(footer):
    assert clean(f"{BODY}\n\n{footer}").text == BODY


@pytest.mark.parametrize("site", ["Интерфакс", "Лента.ру", "РБК"])
def test_the_outlets_name_above_the_headline_is_no_title(site):
    title = "Уругвай и Парагвай сверили позиции"
    assert clean(f"{site}\n\n{title}\n\n{BODY}").title == title
