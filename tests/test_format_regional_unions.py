"""A regional organisation of fixed members told by its own name (``Президенты стран Совета Антанты провели саммит``)
is its format, its sides its member states; consultations told with one side after the noun (``консультации с
Мексикой на уровне министерств иностранных дел``) are the consultations of the two ministries.  Invented sentences."""
from khronika.format_names import gazetteer_in, general_in
from tests.test_format_history_told import ingested_formats
from tests.test_format_idle_and_joint import _history


def test_a_regional_union_named_in_any_case_is_its_mechanism_with_its_members():
    found = gazetteer_in("Главы государств Комиссии бассейна озера Чад собрались на саммит в Нджамене.")
    assert [n.name for n in found] == ["Комиссия бассейна озера Чад"]
    assert set(found[0].countries) == {"CM", "TD", "NE", "NG", "CF", "LY"}


def test_a_regional_union_summit_is_one_format_of_its_members(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Лидеры собрались в Котону\n\nКотону, 8 марта 2030 /АФП/. Президенты стран Совета Антанты "
                    "провели в пятницу в Котону саммит и утвердили план по борьбе с контрабандой. В саммите "
                    "участвовали президенты Бенина, Того, Нигера, Буркина-Фасо и Кот-д'Ивуара. Следующий саммит "
                    "пройдет в Ниамее в 2031 году.\n", encoding="utf-8")
    found = [f for f in ingested_formats(tmp_path, path) if f["name"] == "Совет Антанты"]
    assert len(found) == 1, [f["name"] for f in ingested_formats(tmp_path, path)]
    assert {"e:iso-BJ", "e:iso-TG", "e:iso-NE", "e:iso-BF", "e:iso-CI"} <= set(found[0]["sides"])
    assert ("planned", None, "2031") in [(h["status"], h["round"], h["date"]) for h in found[0]["history"]]


def test_consultations_with_a_country_at_the_level_of_ministries():
    found = general_in("Перу приостановило двусторонние консультации с Мексикой на уровне министерств иностранных дел.")
    assert [n.name for n in found] == ["консультации на уровне министерств иностранных дел"]


def test_consultations_suspended_and_their_planned_round_called_off(tmp_path):
    hist = _history(tmp_path, "Перу ответило Мексике\n\nЛима, 21 марта 2030 /Андина/. Перу в пятницу приостановило "
                    "консультации с Мексикой на уровне МИД в ответ на высылку дипломата. Намеченный на май 2030 года в "
                    "Лиме третий раунд консультаций не состоится. Первый раунд прошел в Мехико в 2021 году, второй — в "
                    "Лиме в июне 2028 года.\n", "консультации на уровне")
    assert ("suspended", None, "2030-03-15") in hist
    assert ("cancelled", 3, "2030-05") in hist
    assert ("round", 2, "2028-06") in hist


def test_a_summit_of_the_organisation_told_by_a_common_noun_is_the_one_named_before(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Новости · Автор: Иван Петров | 9 марта 2030\n\nСовет Антанты утвердил план\n\n"
                    "КОТОНУ — Президенты стран Совета Антанты в пятницу утвердили в Котону план по борьбе с "
                    "контрабандой. Нынешний саммит организации стал первым с апреля 2027 года, когда встреча прошла в "
                    "Ломе.\n\nПрезидент Бенина принял президентов Того, Нигера и Буркина-Фасо.\n", encoding="utf-8")
    found = ingested_formats(tmp_path, path)
    assert [f["name"] for f in found] == ["Совет Антанты"]
    hist = [(h["status"], h["round"], h["date"]) for h in found[0]["history"]]
    assert ("meeting", None, "2027-04") in hist and ("resumed", None, "2030-03-08") in hist
