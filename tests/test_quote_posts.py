"""Quotes without a verb of speech, on texts written for these tests with invented persons: a post a page gives
whole after a line naming its author alone, and quoted words after "как" that a verb of characterising takes as its
subject's."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    def go(text):
        _, quotes, _ = quotes_of(text)
        return [(speaker, said) for speaker, said, _ in quotes]
    return go


@pytest.mark.parametrize("text, speaker, starts", [
    pytest.param("Министр иностранных дел Ямайки Дебора Кэмпбелл прокомментировала решение в своем канале. Приводим "
                 "публикацию полностью.\n\nДебора Кэмпбелл\n🇯🇲 Решение Гаити закрыть границу ошибочно и ударит по "
                 "торговле региона.\n\nНапомним, граница закрыта с понедельника.",
                 "Дебора Кэмпбелл", "Решение Гаити закрыть границу", id="a_person_s_post_given_whole"),
    pytest.param("Посольство Нигерии в Гане ответило на обвинения. Публикуем пост полностью:\n\n"
                 "Посольство Нигерии в Гане\nМы отвергаем обвинения в адрес нигерийских торговцев.\n#Гана",
                 "Посольство Нигерии", "Мы отвергаем обвинения", id="a_body_s_post_given_whole"),
    pytest.param("Председатель парламента Чили Мария Ферейра выступила в соцсети. Текст обращения приводим целиком:"
                 "\n\nМария Ферейра\nМы продолжим диалог с Боливией о доступе к морю.",
                 "Мария Ферейра", "Мы продолжим диалог", id="an_address_given_whole"),
])
def test_a_post_given_whole_is_its_author_s(run, text, speaker, starts):
    assert any(s == speaker and starts in said for s, said in run(text))


def test_a_channel_s_name_is_no_author(run):
    text = ("Приводим публикацию полностью.\n\nДипломатический дневник\nСегодня в Лиме завершились переговоры Перу "
            "и Эквадора.")
    assert not [q for q in run(text) if "завершились" in q[1]]


@pytest.mark.parametrize("text, speaker, said", [
    pytest.param("Власти Гватемалы освободили задержанных рыбаков. Министр иностранных дел Мексики Хорхе Сепульведа "
                 "приветствовал это решение как «проявление здравого смысла».", "Хорхе Сепульведа",
                 "проявление здравого смысла", id="welcomed_as"),
    pytest.param("Правительство Чада охарактеризовало заявление Судана как «грубое вмешательство во внутренние дела».",
                 "Чад", "грубое вмешательство во внутренние дела", id="characterised_as"),
    pytest.param("Президент Эстонии Карин Линдквист расценила учения соседей как «опасную демонстрацию силы».",
                 "Карин Линдквист", "опасную демонстрацию силы", id="regarded_as"),
])
def test_words_after_as_are_the_subject_s(run, text, speaker, said):
    assert (speaker, said) in run(text)


def test_such_as_names_no_one(run):
    assert run("В Европе набирают силу такие партии, как «Новая правая».") == []


def test_a_live_blog_s_entry_time_is_no_part_of_the_words(run):
    text = ("Министр иностранных дел Ганы в Москве: онлайн\n\n12:05\nВ особняке МИД России начались переговоры.\n\n"
            "09:40\nСегодня глава МИД Ганы проведет переговоры с российским коллегой, заявил официальный представитель "
            "МИД Ганы Кофи Асанте.")
    assert ("Кофи Асанте", "Сегодня глава МИД Ганы проведет переговоры с российским коллегой") in run(text)
