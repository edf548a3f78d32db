"""A plural title before two names (``министры иностранных дел X и Y``) in a document about two countries, where the
text gives one holder an office of one country elsewhere: the other holds the office of the other country.
Invented sentences."""
import pytest


@pytest.mark.parametrize("text, person, position, country", [
    ("Министр иностранных дел Чили Хуан Ривас прибыл в Лиму. Чили и Перу подписали соглашение о границе. Министры "
     "иностранных дел Хуан Ривас и Карлос Ромеро подписали также план консультаций. Перу предложило провести "
     "следующую встречу в Сантьяго.", "Карлос Ромеро", "министр иностранных дел", "Перу"),
    ("В Аккре президенты Кофи Менса и Фор Аджово обсудили торговлю. Президент Ганы Кофи Менса отметил "
     "рост товарооборота между Ганой и Того. Власти Того готовы открыть новый пункт пропуска, сообщили в Гане.",
     "Фор Аджово", "президент", "Того"),  # the known office told after the plural
    ("Премьер-министры Ян Коваль и Петер Гажо встретились в Братиславе. Премьер-министр Словакии Петер Гажо "
     "назвал Чехию ключевым партнером. Чехия и Словакия договорились о совместном проекте.", "Ян Коваль",
     "премьер-министр", "Чехия"),
])
def test_the_other_holder_of_a_plural_title_is_of_the_other_country(roles_of, text, person, position, country):
    assert (person, position, country) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text, person", [
    ("Министры иностранных дел Хуан Ривас и Карлос Ромеро подписали план консультаций. Чили и Перу подписали "
     "соглашение. Перу и Чили продолжат переговоры.", "Карлос Ромеро"),  # nobody's office known: nothing said
    ("Министр иностранных дел Чили Хуан Ривас прибыл в Лиму. Чили, Перу и Боливия подписали соглашение. Министры "
     "иностранных дел Хуан Ривас и Карлос Ромеро подписали план. Перу и Боливия предложили новую встречу, Чили "
     "согласилась.", "Карлос Ромеро"),  # three countries: whose office is unsaid
])
def test_a_plural_title_without_a_known_side_or_with_three_countries_says_nothing(roles_of, text, person):
    assert not {of for name, _, of in roles_of(text) if name == person} - {None}, roles_of(text)
