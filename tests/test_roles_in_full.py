"""A colloquial title of a country's office is put in full once a completion gives it its country
(``roles.places.in_full``)."""


def test_a_head_of_diplomacy_given_a_led_side_is_its_foreign_minister(roles_of):
    got = roles_of("Лима, 10 марта. Перу и Чили подписали соглашение.\n\nПеруанскую делегацию возглавлял глава "
                   "дипломатии Хорхе Кабрера, чилийскую — министр экономики Ана Рохас.")
    assert ("Хорхе Кабрера", "министр иностранных дел", "Перу") in got


def test_a_head_of_a_countrys_diplomacy_standing_for_a_person_named_before_is_its_foreign_minister(roles_of):
    got = roles_of("Эквадор и Колумбия договорились открыть границу. Решение принято после разговора министров "
                   "иностранных дел двух стран Марии Вальдес и Хуана Очоа.\n\n«Граница снова откроется», — сказала "
                   "Вальдес.\n\nГлава эквадорской дипломатии предложила провести встречу в январе.")
    assert ("Мария Вальдес", "министр иностранных дел", "Эквадор") in got, got
    assert not any(p == "глава дипломатии" for _, p, _ in got), got
