"""Authors' signatures in the forms newspapers, agencies, think tanks and regional sites print them, under the
headline or below the last paragraph: a surname in capitals, initials, several authors, the city written from, the
author's job and degrees, a name over a line of credentials, an author box, a translator's credit, the editors'
disclaimer.  They go; a name or a job inside the text stays.  Texts and names of our own making."""
import pytest

from khronika.stages.clean import clean
from khronika.stages.clean.rows import named_person

TITLE = "Уругвай и Гайана подписали меморандум"
P1 = ("Министр иностранных дел Уругвая провел в Монтевидео переговоры с коллегой из Гайаны о морской торговле, "
      "таможне и портах.")
P2 = "По итогам встречи министры подписали меморандум о сотрудничестве в области таможенного контроля и портов."
P3 = "Следующий раунд консультаций стороны договорились провести в Джорджтауне в первой половине будущего года."
BODY = f"{P1}\n\n{P2}\n\n{P3}"

SIGNATURES = ["Игорь СТРЕЛЬНИКОВ", "И. Стрельников", "Стрельников И. В.", "Иван Мальцев, Игорь Стрельников",
              "Иван Мальцев и Игорь Стрельников", "Игорь Стрельников (Монтевидео)", "Игорь Стрельников, Монтевидео",
              "Текст: Игорь Стрельников (Монтевидео)", "Игорь Стрельников, политолог",
              "Игорь Стрельников, кандидат исторических наук, доцент университета",
              "Автор: Игорь Стрельников, политолог, эксперт клуба", "Игорь Стрельников — специально для «Вестника»",
              "Игорь Стрельников\n\nполитолог, эксперт клуба"]


@pytest.mark.parametrize("where", ["under the title", "foot"])
@pytest.mark.parametrize("signature", SIGNATURES)
def test_a_signature_of_each_form_goes(signature, where):
    raw = f"{TITLE}\n\n{signature}\n\n{BODY}" if where == "under the title" else f"{TITLE}\n\n{BODY}\n\n{signature}"
    text = clean(raw).text
    assert ("Стрельников" in text, "клуба" in text) == (False, False)
    assert all(p in text for p in (P1, P2, P3))


@pytest.mark.parametrize("tail", [
    "Об авторе\n\nИгорь Стрельников — политолог, эксперт клуба, автор книг о Южной Америке.",
    "Перевод: Анна Осокина", "Мнение автора может не совпадать с позицией редакции",
    "Редакция может не разделять мнение автора.",
])
def test_an_author_box_a_translators_credit_and_the_disclaimer_go(tail):
    text = clean(f"{TITLE}\n\n{BODY}\n\n{tail}").text
    assert text.endswith(P3)


@pytest.mark.parametrize("line", ["Н. Новгород", "В. Новгород", "Уругвай и Гайана", "Президент Уругвая"])
def test_a_citys_short_name_or_two_countries_are_no_signature(line):
    assert not named_person(line)


def test_an_experts_name_and_job_inside_the_text_stay():
    middle = "Игорь Стрельников, политолог"
    text = clean(f"{TITLE}\n\n{P1}\n\n{middle}\n\n«Меморандум откроет дорогу к соглашению о портах», — считает он."
                 f"\n\n{P2}\n\n{P3}").text
    assert middle in text


def test_a_name_alone_over_a_sentence_stays():
    text = clean(f"{TITLE}\n\n{P1}\n\nИгорь Стрельников\n\nпрезидент клуба заявил, что встреча прошла хорошо, и "
                 f"призвал продолжить работу.\n\n{P3}").text
    assert "Игорь Стрельников" in text


@pytest.mark.parametrize("tail", [
    "Источник: Quito Herald, Эквадор", "Оригинал публикации: Quito Herald", "Ссылка на источник",
    "Материалы сайта содержат оценки исключительно зарубежных СМИ и не отражают позицию редакции.",
    "Больше новостей — в нашем телеграм-канале", "Хотите получать главные новости дня? Подпишитесь на рассылку",
    "Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2Vtzqx",
])
def test_a_closing_source_note_a_promotion_or_an_advertisements_marking_goes(tail):
    text = clean(f"{TITLE}\n\n{BODY}\n\n{tail}").text
    assert text.endswith(P3)


def test_a_last_sentence_opening_with_a_source_stays():
    last = "Источник в правительстве Уругвая сообщил, что соглашение о портах подпишут весной."
    assert clean(f"{TITLE}\n\n{BODY}\n\n{last}").text.endswith(last)
