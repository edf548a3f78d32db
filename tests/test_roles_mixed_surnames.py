"""An unmarked office in a report datelined in a state whose own officials bear surnames of Slavic endings as often as
not (South and West Slavic ``-ич``, ``-ов``; the Russified ``-ов``, ``-ев`` of Central Asia) is of that state whatever
the holder's surname; in Russia, Ukraine and Belarus and elsewhere, and for a side read from counts or a sentence, the
surname still tells (sentences invented for these tests)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, role", [
    ("Белград, 12 марта.\n\nСербия и Венгрия договорились продлить соглашение о газе. Премьер-министр Драган "
     "Вуйович заявил, что Сербия готова к новым переговорам с Венгрией.",
     ("Драган Вуйович", "премьер-министр", "Сербия")),
    ("Ташкент, 12 марта.\n\nУзбекистан и Китай договорились продлить соглашение о транзите. Министр иностранных "
     "дел Фаррух Жумабаев заявил, что Узбекистан готов к новым переговорам с Китаем.",
     ("Фаррух Жумабаев", "министр иностранных дел", "Узбекистан")),
])
def test_an_unmarked_office_at_home_in_a_state_of_mixed_surnames(roles_of, text, role):
    assert role in roles_of(text)


def test_a_slavic_visitor_in_a_state_whose_surnames_are_not_takes_no_office_of_it(roles_of):
    roles = roles_of("Хельсинки, 4 мая.\n\nФинляндия и Россия обсудили пограничные вопросы. Министр иностранных "
                     "дел Андрей Лыткин заявил, что Россия ждет ответа Финляндии.")
    assert ("Андрей Лыткин", "министр иностранных дел", "Финляндия") not in roles


def test_a_slavic_surname_in_a_text_on_two_such_states_takes_no_side_from_counts(roles_of):
    roles = roles_of("Сербия ответила Загребу зеркальной мерой.\n\nХорватия в понедельник выслала сербского "
                     "дипломата.\nМинистр Йованович заявил, что это враждебный шаг.")
    assert ("Йованович", "министр", "Хорватия") not in roles, roles


def test_a_slavic_surname_datelined_at_home_in_such_a_state_is_its_officials(roles_of):
    roles = roles_of("Белград, 25 ноября.\n\nСербия ответила Загребу зеркальной мерой. Сегодня министерство "
                     "иностранных дел объявило персоной нон грата первого секретаря посольства Хорватии в Белграде."
                     "\n\nХорватия в понедельник выслала сербского дипломата.\nМинистр Йованович заявил, что Белград "
                     "не начинал первым.")
    assert ("Йованович", "министр", "Сербия") in roles, roles


@pytest.mark.parametrize("text, role", [
    ("Бамако, 7 апреля.\n\nМали и Гвинея договорились открыть границу для грузовиков. Премьер-министр Мусса Тракко "
     "заявил, что Мали готово к новым переговорам с Гвинеей.",
     ("Мусса Тракко", "премьер-министр", "Мали")),
    ("Джакарта, 2 июня.\n\nИндонезия и Малайзия обсудили патрулирование пролива. Министры встретились в столице. "
     "Министр обороны Бамбанг Сутардин сообщил, что Индонезия направит в пролив два корабля.",
     ("Бамбанг Сутардин", "министр обороны", "Индонезия")),
    ("Лима, 9 сентября.\n\nПеру и Эквадор подписали соглашение о рыболовстве. Президент Хуан Альваренко назвал "
     "его важным шагом для Перу.",
     ("Хуан Альваренко", "президент", "Перу")),
])
def test_a_foreign_surname_of_a_slavic_ending_at_home_where_no_slavic_state_is_named(roles_of, text, role):
    """``-ко``, ``-ин``: endings of Slavic surnames many foreign ones share; where no Slavic state is named, the
    ending marks no visitor from one."""
    assert role in roles_of(text)


def test_a_slavic_surname_at_home_abroad_takes_no_office_where_a_slavic_state_is_named(roles_of):
    roles = roles_of("Бамако, 7 апреля.\n\nМали и Россия договорились о поставках зерна. Министр иностранных дел "
                     "Сергей Тракко заявил, что Мали и Россия расширят торговлю.")
    assert ("Сергей Тракко", "министр иностранных дел", "Мали") not in roles, roles


@pytest.mark.parametrize("text, role", [
    # the country the document is about, no dateline
    ("Казахстан и Япония подписали соглашение о поставках урана. Казахстан увеличит поставки уже в этом году. "
     "Казахстан рассчитывает на японские инвестиции. Переговоры с делегацией прошли в Астане, где гостей принял "
     "министр энергетики Ерлан Сатыбалдиев.", ("Ерлан Сатыбалдиев", "министр энергетики", "Казахстан")),
    # the side that acted in the sentence before
    ("Таджикистан отменил консультации с Индией. Об этом сообщил заместитель министра иностранных дел Фарход "
     "Рахимов.\n\nИндия накануне выслала таджикского дипломата. Индия и Таджикистан давно спорят о визах.",
     ("Фарход Рахимов", "заместитель министра иностранных дел", "Таджикистан")),
])
def test_a_slavic_ending_tells_nothing_where_a_mixed_state_is_the_only_such_state_named(roles_of, text, role):
    assert role in roles_of(text)


def test_a_slavic_ending_still_tells_where_russia_is_named_too(roles_of):
    roles = roles_of("Казахстан и Япония подписали соглашение о поставках урана. Казахстан увеличит поставки уже в "
                     "этом году. Казахстан рассчитывает на японские инвестиции. Ранее Россия предложила свои услуги. "
                     "Гостей принял министр энергетики Ерлан Сатыбалдиев.")
    assert ("Ерлан Сатыбалдиев", "министр энергетики", "Казахстан") not in roles, roles
