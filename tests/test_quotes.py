"""Quotes (direct, indirect, transcripts) on sentences written for these tests (none from the seeds)."""
import dataclasses

import pytest

from khronika.marks import quote_pairs
from khronika.records import Document, Source
from khronika.settings import DEFAULT
from khronika.stages.quotes import QuoteStage, quote_id, speech_verbs

# ---- without models


def test_quotes_stage_contract():
    stage = QuoteStage()
    assert stage.name == "quotes"
    assert stage.requires == {"text", "sentences", "mentions", "entities", "roles"}
    assert stage.provides == {"quotes", "speaker", "turns", "entities", "salient", "quoted"}


def test_quotes_pairs_nest_guillemets():
    text = "«Раунд диалога «пять плюс пять» прошёл успешно», — сказал он."
    pairs = quote_pairs(text)
    outer = [(o, c) for o, c, depth in pairs if depth == 0]
    inner = [(o, c) for o, c, depth in pairs if depth == 1]
    assert outer == [(0, text.index("»,"))]
    assert text[inner[0][0] + 1:inner[0][1]] == "пять плюс пять"


def test_quotes_pairs_straight_marks_open_before_a_word_and_close_after_one():
    text = '"Мы проведём встречу в формате "пять плюс пять", - сказал он. - Это важно".'
    pairs = quote_pairs(text)
    outer = [(o, c) for o, c, depth in pairs if depth == 0]
    assert outer == [(0, len(text) - 2)]
    assert any(text[o + 1:c] == "пять плюс пять" for o, c, depth in pairs if depth == 1)


def test_quotes_pairs_stay_within_a_paragraph():
    assert quote_pairs("«Начало без конца\nи продолжение»") == []


def test_quotes_lexicon_has_the_verb_classes():
    lx = speech_verbs()
    assert {"заявить", "сказать", "добавить"} <= lx["say"]
    assert "считать" in lx["think"] and "цитировать" in lx["cite"]
    assert "слово" in lx["according"]


def test_quotes_ids_are_stable_and_depend_on_offsets():
    assert quote_id("d:1", 0, 10) == quote_id("d:1", 0, 10)
    assert quote_id("d:1", 0, 10) != quote_id("d:1", 0, 11)
    assert quote_id("d:1", 0, 10).startswith("q:")


# ---- with the models


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


@pytest.mark.slow
def test_quotes_pronoun_speaker_matches_gender(run):
    _, quotes, _ = run("Президент Турции Реджеп Тайип Эрдоган принял канцлера Германии Ангелу Меркель. "
                       "«Отношения наших стран важны для всего региона», - сказала она.")
    assert [q[0] for q in quotes] == ["Ангела Меркель"]


@pytest.mark.slow
def test_quotes_record_who_is_salient_and_what_is_quoted(run):
    doc, _, names = run("Президент Турции Реджеп Тайип Эрдоган принял канцлера Германии Ангелу Меркель. "
                        "«Отношения наших стран важны для всего региона», - сказала она.")
    salient = [(doc.text[s.start:s.start + 9], names.get(s.entity), s.proxy) for s in doc.salient]
    assert ("Президент", "Реджеп Тайип Эрдоган", None) in salient  # a subject
    assert [x for x in salient if x[1] == "Ангела Меркель"]  # the speaker "она" was resolved to
    assert [doc.text[s.start:s.stop] for s in doc.quoted] == ["Отношения наших стран важны для всего региона"]


@pytest.mark.slow
def test_quotes_read_their_settings(pipeline):
    text = ("Президент Аргентины Хавьер Ломбард прибыл в Мадрид.\n\n«Мы будем стоять до конца».\n\n"
            "Визит продлится два дня.")
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    assert [q.text for q in QuoteStage()(doc).quotes] == ["Мы будем стоять до конца"]
    stricter = dataclasses.replace(DEFAULT, quotes=dataclasses.replace(DEFAULT.quotes, min_clause_words=6))
    assert QuoteStage(stricter)(doc).quotes == ()  # five words are no clause then


@pytest.mark.slow
def test_quotes_bare_title_resolves_to_the_role_holder(run):
    _, quotes, _ = run("Министр финансов Аргентины Луис Капуто заявил, что инфляция замедлилась. "
                       "«Мы продолжим сокращать расходы бюджета», — отметил министр.")
    assert ("Луис Капуто", "Мы продолжим сокращать расходы бюджета", True) in quotes


@pytest.mark.slow
def test_quotes_interrupted_by_attribution_give_two_attributed_parts(run):
    doc, quotes, _ = run('"Первая часть переговоров была трудной, - отметил министр обороны Турции Яшар Гюлер. '
                         '- Вторая часть прошла спокойнее".')
    assert quotes == [("Яшар Гюлер", "Первая часть переговоров была трудной", True),
                      ("Яшар Гюлер", "Вторая часть прошла спокойнее", True)]
    assert all(q.cue == "отметить" for q in doc.quotes)


@pytest.mark.slow
def test_quotes_continuation_after_the_attribution_keeps_the_speaker(run):
    _, quotes, _ = run("«Мы готовы к диалогу», — сказал премьер-министр Греции Кириакос Мицотакис. "
                       "«Но уступок не будет».")
    assert [(q[0], q[1]) for q in quotes] == [("Кириакос Мицотакис", "Мы готовы к диалогу"),
                                              ("Кириакос Мицотакис", "Но уступок не будет")]


@pytest.mark.slow
def test_quotes_indirect_about_this_takes_the_sentence_before(run):
    _, quotes, _ = run("Поставки зерна в Египет вырастут вдвое. Об этом сообщил министр сельского хозяйства "
                       "Индии Шиврадж Сингх Чоухан.")
    assert [(q[1], q[2]) for q in quotes] == [("Поставки зерна в Египет вырастут вдвое", False)]
    assert quotes[0][0] and "Чоухан" in quotes[0][0]


@pytest.mark.slow
def test_quotes_about_this_after_reported_words_is_not_the_sentence_again(run):
    """``X считает, что A. Об этом он заявил …``: A once, not the sentence before with its attribution as well."""
    _, quotes, _ = run("Министр торговли Индии Пиюш Гоял считает, что соглашение с Египтом будет подписано до конца "
                       "года. Об этом он заявил в интервью агентству PTI.")
    assert [q[1] for q in quotes] == ["соглашение с Египтом будет подписано до конца года"]


@pytest.mark.slow
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Президент Чили Габриэль Борич приветствовал договоренность. «Призываю стороны выполнить "
                 "обязательства», — отмечается в его сообщении.", "Габриэль Борич", id="his_message"),
    pytest.param("Президент Чили Мишель Бачелет приветствовала договоренность. «Призываю стороны выполнить "
                 "обязательства», — говорится в ее заявлении.", "Мишель Бачелет", id="her_statement"),
    pytest.param("Президент Чили Габриэль Борич приветствовал договоренность. «Призываю стороны выполнить "
                 "обязательства», — говорится в заявлении.", None, id="a_statement_of_no_one_named"),
])
def test_quotes_said_in_a_statement_of_his_or_hers(run, text, speaker):
    """``— говорится в его заявлении``: the possessive is the person named before, as ``он`` would be."""
    _, quotes, _ = run(text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.slow
def test_quotes_organisation_and_capital_as_speakers(run):
    _, org, _ = run("МИД Индии заявил, что Дели выступает за мирное урегулирование.")
    assert org == [("МИД Индии", "Дели выступает за мирное урегулирование", False)]
    doc, capital, _ = run("В Анкаре убеждены, что диалог с Афинами необходим.")
    assert capital == [("Турция", "диалог с Афинами необходим", False)]
    assert doc.quotes[0].speaker == "e:iso-TR"


@pytest.mark.slow
def test_quotes_transcript_single_speaker_sets_document_speaker(run):
    doc, quotes, names = run("Э.Макрон: Добрый день! Мы провели содержательные переговоры.\n\n"
                             "Обсудили вопросы торговли и энергетики.")
    assert names.get(doc.speaker) == "Макрон"
    assert quotes == []  # the whole text is the speaker's: no quote per paragraph


@pytest.mark.slow
def test_quotes_transcript_dialogue_quotes_each_turn(run):
    doc, quotes, _ = run("Вопрос: Как вы оцениваете итоги встречи?\n\nЭ.Макрон: Итоги встречи мы оцениваем "
                         "положительно.\n\nВопрос: Будут ли новые соглашения?\n\nЭ.Макрон: Это решат лидеры.")
    assert doc.speaker is None
    assert [(q[0], q[1]) for q in quotes] == [("Макрон", "Итоги встречи мы оцениваем положительно."),
                                              ("Макрон", "Это решат лидеры.")]


@pytest.mark.slow
def test_quotes_a_stenograms_labels_stand_alone_with_the_surname_first(run):
    doc, quotes, names = run("Министр иностранных дел Андрей Козлов выступил в парламенте.\n\n"
                             "Козлов А. П., Министр иностранных дел.\n\n"
                             "Уважаемые депутаты! Мы продолжим работу с нашими партнерами.\n\n"
                             "Бойко В. Н., фракция «Союз».\n\n"
                             "Спасибо, Андрей Павлович. У меня вопрос о поставках.")
    assert [(q[0], q[1][:20]) for q in quotes] == [("Андрей Козлов", "Уважаемые депутаты! "),
                                                   ("Бойко", "Спасибо, Андрей Павл")]
    assert "Козлов А." not in names.values()  # "Козлов А. П." is the minister named before


@pytest.mark.slow
@pytest.mark.parametrize("question, answer", [("— ", "— "), ("Вопрос: ", "Ответ: ")])  # turns dashed or labelled
def test_quotes_an_interviews_answers_are_the_interviewees(run, question, answer):
    text = ("Интервью\n\nПосол России в Перу Иван Петров – о переговорах по границе и школах в Лиме\n\n"
            f"{question}Иван Сергеевич, в Лиме возобновились переговоры. Участвовала ли в них Россия?\n\n"
            f"{answer}Нет, это двусторонний процесс.\n\n{question}Есть ли шанс на компромисс?\n\n"
            f"{answer}По техническим вопросам позиции сблизились.\n\nБеседовала Анна Смирнова")
    _, quotes, _ = run(text)
    assert [(q[0], q[1]) for q in quotes] == [("Иван Петров", "Нет, это двусторонний процесс."),
                                              ("Иван Петров", "По техническим вопросам позиции сблизились.")]
    _, quotes, _ = run(text.replace("Посол России в Перу Иван Петров", "Посол России в Перу"))
    assert quotes == []  # no one named to answer


@pytest.mark.slow
def test_quotes_of_several_persons_named_before_an_interview_the_one_the_first_question_addresses_answers(run):
    _, quotes, _ = run("Радио Анды — Интервью\n\nВ Лиме завершился раунд работы комиссии Чили и Перу. Сопредседатель "
                       "от Перу Луис Гарсия назвал итоги скромными. Мы поговорили с сопредседателем от Чили Хуаном "
                       "Пересом.\n\n— Господин Перес, каковы итоги заседания?\n\n— Скромные, но это шаг вперед.\n\n"
                       "— Будет ли следующее заседание?\n\n— Да, весной в Сантьяго.")
    assert [q[0] for q in quotes] == ["Хуан Перес", "Хуан Перес"]


@pytest.mark.slow
def test_quotes_of_several_persons_named_before_an_interview_the_one_who_tells_answers(run):
    """A person the first question speaks of (a genitive, no address) does not answer; the standfirst's teller does,
    not the reporter it tells."""
    _, quotes, _ = run("Газета Анды — Интервью\n\nВ январе Лиму посетит министр иностранных дел Чили Хуан Перес. "
                       "О подготовке визита корреспонденту газеты Анне Смирновой рассказал посол России в Перу Иван "
                       "Петров.\n\n— Когда ждать визита чилийского министра?\n\n— Переговоры назначены на 12 января."
                       "\n\n— Что на повестке?\n\n— Прежде всего торговля и образование.\n\nБеседовала Анна Смирнова")
    assert [q[:2] for q in quotes] == [("Иван Петров", "Переговоры назначены на 12 января."),
                                       ("Иван Петров", "Прежде всего торговля и образование.")]


@pytest.mark.slow
@pytest.mark.parametrize("site", ["", "Министерство иностранных дел Республики Чили\n"])  # the site's name first
def test_quotes_an_answer_to_a_media_question_is_the_authors_every_sentence(run, site):
    _, quotes, _ = run(f"{site}Ответ официального представителя МИД Чили Х.Переса на вопрос СМИ\n\n"
                       "Вопрос: Как в Сантьяго оценивают заявления Лимы о нашей делегации?\n\n"
                       "Ответ: Вчера поверенного в делах действительно пригласили в министерство. "
                       "Мы считаем эти упреки необоснованными.")
    assert [(q[0], q[1]) for q in quotes] == [
        ("Перес", "Вчера поверенного в делах действительно пригласили в министерство"),
        ("Перес", "Мы считаем эти упреки необоснованными")]


@pytest.mark.slow
def test_quotes_a_persons_label_alone_on_its_line_speaks_the_quotation_after_it(run):
    doc, quotes, _ = run("Посольство Чили в Перу сообщает о встрече министров в Лиме.\n\nХ.Перес:\n«Мы вновь "
                         "предлагаем нашим соседям вернуться к обсуждению договора.\nЧили никому не навязывает своих "
                         "решений».\n\nСледующую встречу решили провести через год.")
    assert [q[0] for q in quotes] == ["Перес"] and doc.speaker is None  # no voice of the whole post


@pytest.mark.slow
def test_quotes_headline_with_a_colon_is_not_a_transcript(run):
    doc, _, _ = run("Макрон: для Парижа и Дели важно расширить торговлю\n"
                    "Президент Франции Эмманюэль Макрон заявил, что торговля будет расти.")
    assert doc.speaker is None


@pytest.mark.slow
def test_quotes_evidence_covers_quote_and_attribution(run):
    doc, _, _ = run("Визит начался утром. «Переговоры будут долгими», — сказал премьер-министр Греции "
                    "Кириакос Мицотакис. Потом начался обед.")
    q = doc.quotes[0]
    evidence = doc.text[q.evidence_start:q.evidence_stop]
    assert evidence.startswith("«Переговоры") and evidence.endswith("Мицотакис.")
    assert doc.text[q.start:q.stop] == q.text


@pytest.mark.slow
def test_quotes_labelled_quotation_over_several_paragraphs_is_one_quote(run):
    doc, quotes, _ = run("Эксперты обсуждают новый курс Литвы.\n\n"
                         "Андрюс Казлаускас: «Вильнюс хочет дружить со всеми.\nНо деньги сейчас в дефиците.\n"
                         "И это понимают все».\n\nГлавная проблема, по мнению многих, — инфляция.\n\n"
                         "Рута Янкуте: «Это временно».")
    direct = [(q[0], q[1]) for q in quotes if q[1].startswith(("Вильнюс", "Это временно", "Главная"))]
    assert direct == [("Андрюс Казлаускас", "Вильнюс хочет дружить со всеми.\nНо деньги сейчас в дефиците.\n"
                                            "И это понимают все"), ("Рута Янкуте", "Это временно")]


@pytest.mark.slow
def test_quotes_transcript_label_with_a_remark_in_brackets(run):
    doc, quotes, _ = run("Заявления для прессы.\n\nЭ.Макрон: Переговоры прошли успешно.\n\n"
                         "Ш.Мишель (как переведено): Благодарю за приём. Мы обсудили торговлю.")
    speakers = {q[1]: q[0] for q in quotes}
    assert "Мишель" in speakers.get("Благодарю за приём. Мы обсудили торговлю.", ""), quotes


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # colon attribution before
    ("Министр иностранных дел Индии Рагхунатх Бхатнагар заявил: «Мы не допустим эскалации на границе».",
     [("Рагхунатх Бхатнагар", "Мы не допустим эскалации на границе", True)]),
    # dash attribution after with named speaker
    ("«Переговоры прошли конструктивно и открыто», — сказал журналистам канцлер Германии Фридрих Мерц.",
     [("Фридрих Мерц", "Переговоры прошли конструктивно и открыто", True)]),
    # pronoun speaker is the last subject
    ("Президент Франции Эмманюэль Макрон прибыл в Афины. "
     "«Мы открыты к сотрудничеству с Грецией», - добавил он.",
     [("Эмманюэль Макрон", "Мы открыты к сотрудничеству с Грецией", True)]),
    # span several sentences
    ("Глава МИД Бразилии Марсиу Тавейра встретился с коллегами. «Мы обсудили торговлю. "
     "Также затронули вопросы климата», — отметил министр.",
     [("Марсиу Тавейра", "Мы обсудили торговлю. Также затронули вопросы климата", True)]),
    # nested name stays inside the quote
    ("«Проект «Северный коридор» будет завершён к осени», — заявил премьер-министр "
     "Казахстана Олжас Бектенов.",
     [("Олжас Бектенов", "Проект «Северный коридор» будет завершён к осени", True)]),
    # indirect opinion and expressed hope
    ("Премьер-министр Канады Марк Карни считает, что торговая война вредит обеим странам. "
     "Он выразил надежду на то, что пошлины будут отменены.",
     [("Марк Карни", "торговая война вредит обеим странам", False),
      ("Марк Карни", "пошлины будут отменены", False)]),
    # indirect according to and as noted
    ("По словам премьер-министра Индии Раджива Менона, страна увеличит закупки нефти. "
     "Как отметил глава МИД Франции Жан-Люк Дюмениль, Париж готов к переговорам.",
     [("Раджив Менон", "страна увеличит закупки нефти", False),
      ("Жан-Люк Дюмениль", "Париж готов к переговорам", False)]),
    # paragraph opening quote without attribution: the one person the paragraph before names, in the first person
    ("Президент Аргентины Хавьер Ломбард прибыл в Мадрид.\n\n«Мы будем стоять до конца».\n\n"
     "Визит продлится два дня.",
     [("Хавьер Ломбард", "Мы будем стоять до конца", True)]),
    ("В Мадрид прибыли президенты Аргентины и Чили.\n\n«Мы будем стоять до конца».",
     [(None, "Мы будем стоять до конца", True)]),
    # first person or missing subject gives no indirect quote
    ("Надеюсь, что договор подпишут летом. Подчеркнули, что переговоры продолжатся.",
     []),
    # no indirect speech inside direct speech
    ("«Как сообщил министр торговли Пиюш Гоял, экспорт во Францию растёт», — отметил "
     "премьер-министр Индии Раджив Менон.",
     [("Раджив Менон", "Как сообщил министр торговли Пиюш Гоял, экспорт во Францию растёт", True)]),
    pytest.param("«Нам удалось договориться о многом», — цитирует министра финансов Аргентины "
                 "Луиса Капуто агентство Reuters.",
                 [("Луис Капуто", "Нам удалось договориться о многом", True)],
                 id="cited_person_is_the_speaker_not_the_agency"),
    pytest.param("Канцлер Австрии Карл Нехаммер заявил, что Вена не станет блокировать пакет санкций.",
                 [("Карл Нехаммер", "Вена не станет блокировать пакет санкций", False)],
                 id="indirect_that_clause"),
    pytest.param("Компания «Росатом» подписала контракт. Формат «пять плюс пять» возобновлён. "
                 "Концепция «Один пояс, один путь» обсуждалась. Министр назвал решение «шагом назад».",
                 [],
                 id="names_and_terms_in_quotation_marks_are_not_quotes"),
    pytest.param("Как сообщает ТАСС, президент Чили Габриэль Борич прибыл в Лиму. "
                 "Переговоры продлятся два дня, пишет газета «Вечерний вестник». "
                 "Корреспондент агентства Reuters сообщил, что делегации покинули зал. "
                 "Сообщают СМИ, что визит отложен.",
                 [],
                 id="an_outlet_reporting_is_no_speaker"),
    pytest.param("Президент Чили Габриэль Борич прибыл в Лиму.\n\n"
                 "«Мы готовы к долгому диалогу», — передает РИА Новости.",
                 [(None, "Мы готовы к долгому диалогу", True)],
                 id="direct_speech_relayed_by_an_outlet_has_no_speaker"),
    pytest.param("Министр обороны Чили Майя Фернандес встретилась с коллегой из Перу Вальтером Астудильо. "
                 "По словам последнего, стороны нашли общий подход к охране границы.",
                 [("Вальтер Астудильо", "стороны нашли общий подход к охране границы", False)],
                 id="the_latter_is_the_person_named_last"),
    pytest.param("Президент Чили Габриэль Борич прибыл в Лиму.\n\n"
                 "«Этот визит изменит баланс сил в регионе», — уверен эксперт.",
                 [(None, "Этот визит изменит баланс сил в регионе", True)],
                 id="an_expert_is_not_the_person_named_before"),
    pytest.param("Министр экономики Аргентины Луис Капуто заявил, что страны, которые считают, что инфляция "
                 "опасна, ошибаются.",
                 [("Луис Капуто", "страны, которые считают, что инфляция опасна, ошибаются", False)],
                 id="reported_speech_keeps_a_relative_clause_with_a_verb_of_opinion"),
    pytest.param("Президент Чили Габриэль Борич прибыл в Лиму.\n\n"
                 "«Мы приехали с открытым сердцем. Наша задача — договориться о границе.\n\n"
                 "«Мы не уйдем без соглашения», — сказал он журналистам.",
                 [("Габриэль Борич", "Мы приехали с открытым сердцем. Наша задача — договориться о границе.",
                 True), ("Габриэль Борич", "Мы не уйдем без соглашения", True)],
                 id="a_quotation_running_over_paragraphs_takes_the_closing_attribution"),
    pytest.param("Министр иностранных дел Чили Альберто ван Кларен заявил и подчеркнул, что переговоры "
                 "продолжатся.",
                 [("Альберто ван Кларен", "переговоры продолжатся", False)],
                 id="coordinated_verbs_of_speech_share_their_subject"),
    pytest.param("Министр иностранных дел Чили Мария Сотомайор посетовала, что переговоры затягиваются.",
                 [("Мария Сотомайор", "переговоры затягиваются", False)],
                 id="complaining_is_speech"),
    pytest.param("Визит отложен, сообщила пресс-секретарь президента Франции Мод Бреон. «Нужно больше времени», — "
                 "пояснила представитель Елисейского дворца. По ее словам, решение принято по взаимному согласию.",
                 [("Мод Бреон", "Визит отложен", False), ("Мод Бреон", "Нужно больше времени", True),
                  ("Мод Бреон", "решение принято по взаимному согласию", False)],
                 id="a_pronoun_after_a_seat_spokesman_is_the_spokesman_named"),
    pytest.param("Как сообщили вечером в министерстве иностранных дел Венгрии, директор департамента Европы Ковач Янош "
                 "позвонил советнику-посланнику посольства Республики Сербия в Будапеште и заявил, что маневры "
                 "«совершенно недопустимы».",
                 [("Ковач Янош", "маневры «совершенно недопустимы»", False)],
                 id="a_coordinated_verb_without_subject_shares_the_first_verbs"),
    pytest.param("Официальный представитель МИД Китая Чжао Лань заявила, что Пекин следит за ситуацией.\n"
                 "«Действия патрульных судов были законными».\n-- сказала она.",
                 [("Чжао Лань", "Пекин следит за ситуацией", False),
                  ("Чжао Лань", "Действия патрульных судов были законными", True)],
                 id="a_foreign_name_takes_the_gender_of_its_verb_and_the_attribution_may_open_the_next_line"),
])
def test_quotes_found(run, text, expected):
    _, quotes, _ = run(text)
    assert quotes == expected


# ---- outlets are sources, not speakers; "последний"; titles of no one named before


@pytest.mark.slow
def test_quotes_an_outlet_named_as_a_web_site_is_no_speaker(run):
    _, quotes, _ = run("Министр иностранных дел Перу Хавьер Гонсалес-Олаэчеа прилетел в Сантьяго. "
                       "Как отмечает Vesti.ru, переговоры будут трудными.")
    assert [q for q in quotes if q[0] is not None and "Vesti" in q[0]] == []


@pytest.mark.parametrize("text", [
    "Министры Аргентины и Уругвая встретились в Монтевидео. Как сообщил «Ъ» источник в аргентинском МИД, "
    "стороны обсудили квоты на вылов рыбы.",
    "Президент Эквадора прибыл в Боготу. По словам собеседника “Ъ” в колумбийском правительстве, визит "
    "готовили три месяца.",
])
@pytest.mark.slow
def test_quotes_the_letter_of_an_outlet_is_no_speaker(run, text):
    _, quotes, _ = run(text)  # Коммерсантъ's «Ъ»: the outlet a source spoke to
    assert [q for q in quotes if q[0] == "Ъ"] == []


@pytest.mark.slow
def test_quotes_a_private_person_is_not_the_country_named_with_her(run):
    _, quotes, _ = run("«Мы ждём решения суда», — сказала Мария Гонсалес.\n\n"
                       "Как пояснила жена чилийского бизнесмена, встреча пройдет в понедельник.")
    assert ("Мария Гонсалес", "встреча пройдет в понедельник", False) in quotes
    assert not [q for q in quotes if q[0] == "Чили"]


@pytest.mark.slow
def test_quotes_an_attribution_after_a_dashed_aside_inside_the_quote(run):
    _, quotes, _ = run("Президент Чили Мишель Бачелет прибыла в Лиму. «Мы хотим всей делегацией — с министрами и "
                       "экспертами, — посетить порт, — сказала она. — Разрешение уже получено».")
    assert [q[0] for q in quotes] == ["Мишель Бачелет", "Мишель Бачелет"]
    assert quotes[1][1] == "Разрешение уже получено"


@pytest.mark.slow
def test_quotes_reported_speech_ends_where_another_speaker_begins(run):
    _, quotes, _ = run("Премьер-министр Перу Густаво Адрианзен заявил, что решение соседей огорчает Лиму, а глава "
                       "перуанского МИДа Эльмер Шиаллер отметил, что такой шаг осложнит переговоры о границе.")
    assert ("Густаво Адрианзен", "решение соседей огорчает Лиму", False) in quotes
    assert ("Эльмер Шиаллер", "такой шаг осложнит переговоры о границе", False) in quotes


@pytest.mark.slow
def test_quotes_inverted_attribution_to_a_statement_of_a_body(run):
    _, quotes, _ = run("Сеул осуждает запуск ракеты, говорится в заявлении МИД Южной Кореи.")
    assert [(q[1], q[2]) for q in quotes] == [("Сеул осуждает запуск ракеты", False)]
    assert quotes[0][0] and "МИД" in quotes[0][0]


@pytest.mark.slow
def test_quotes_inverted_opinion_verb_and_short_adjective(run):
    _, quotes, _ = run("Министр иностранных дел Чили Мария Сотомайор прибыла в Лиму. "
                       "Перу затягивает ответ по всем вопросам, считает она.")
    assert quotes == [("Мария Сотомайор", "Перу затягивает ответ по всем вопросам", False)]
    _, quotes, _ = run("Президент Чили Габриэль Борич прибыл в Лиму. Визит станет поворотным, уверен эксперт.")
    assert quotes == []



# ---- quotations over lines, statements, authors, naming, continuations (sentences of our own)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    pytest.param("Президент Чили Габриэль Борич прибыл в Лиму.\n\n«Мы приехали с открытым сердцем.\n"
                 "Наша задача — договориться о границе», — сказал он.",
                 [("Габриэль Борич", "Мы приехали с открытым сердцем.\nНаша задача — договориться о границе", True)],
                 id="a_quotation_in_guillemets_over_two_lines"),
    pytest.param("«Первая часть прошла трудно, — заявил в интервью вице-премьер Чили Хуан Перес.\n"
                 "— Вторая часть прошла спокойнее».",
                 [("Хуан Перес", "Первая часть прошла трудно", True), ("Хуан Перес", "Вторая часть прошла спокойнее",
                                                                         True)],
                 id="an_attribution_with_a_hyphenated_title_interrupts_a_quotation_over_two_lines"),
    pytest.param("Министр иностранных дел Перу Эльмер Шиаллер опубликовал обращение к соседям:\n\n"
                 "«Мы не уступим ни метра нашей земли».",
                 [("Эльмер Шиаллер", "Мы не уступим ни метра нашей земли", True)],
                 id="a_statement_announced_with_a_colon_on_the_line_before"),
    pytest.param("Отношения с Китаем стоит пересмотреть, пишет американский политолог Джон Смит в статье для журнала. "
                 "Лондон уже сделал немало уступок, признает автор.",
                 [("Джон Смит", "Отношения с Китаем стоит пересмотреть", False),
                  ("Джон Смит", "Лондон уже сделал немало уступок", False)],
                 id="the_author_is_the_person_whose_words_were_reported_last"),
    pytest.param("Рост цен стал итогом долгой засухи, делает вывод политолог Джон Смит. "
                 "Эксперт Педро Гомес пришел к выводу, что переговоры затянутся. Ученые сделали открытие.",
                 [("Джон Смит", "Рост цен стал итогом долгой засухи", False),
                  ("Педро Гомес", "переговоры затянутся", False)],
                 id="drawing_a_conclusion_is_speech"),
    pytest.param("Автор законопроекта заявил, что пошлины вырастут.", [],
                 id="the_author_of_something_else_is_not_resolved"),
    pytest.param("Логика Пекина понятна, пишет политолог Джон Смит: Тайвань остается главным приоритетом.",
                 [("Джон Смит", "Логика Пекина понятна", False),
                  ("Джон Смит", "Тайвань остается главным приоритетом", False)],
                 id="an_inverted_attribution_and_a_colon_give_both_sides"),
    pytest.param("Президент Франции Эмманюэль Макрон прибыл в Афины. Переговоры продлятся два дня. "
                 "Греческая сторона об этом пока не сообщала. Макрон не считает, что санкции помогут. "
                 "Макрон не исключил, что визит продлится дольше.",
                 [("Эмманюэль Макрон", "визит продлится дольше", False)],
                 id="a_denied_verb_of_speech_reports_nothing_but_not_ruling_out_does"),
    pytest.param("По словам Ивана Петрова, директора института экономики, инфляция замедлится.",
                 [("Иван Петров", "инфляция замедлится", False)],
                 id="an_apposition_after_the_speaker_is_no_part_of_the_words"),
    pytest.param("Официальный представитель МИД Аргентины Лаура Гомес выступила в среду. Министр обороны Чили Майя "
                 "Фернандес прибыла в Лиму. О том же писала в блоге и Гомес: она обвинила Сантьяго в том, что "
                 "соседи затягивают переговоры.",
                 [("Лаура Гомес", "соседи затягивают переговоры", False)],
                 id="a_pronoun_after_a_colon_is_the_one_person_named_before_it_in_the_sentence"),
    pytest.param("Президент Чили Габриэль Борич осудил решение, назвав его «грубой ошибкой». "
                 "Военные назвали операцию «Южный ветер».",
                 [("Габриэль Борич", "грубой ошибкой", True)],
                 id="words_named_in_the_instrumental_are_the_subjects_but_a_name_is_not"),
    pytest.param("Острова, называемые в Чили «южными землями», обсуждались. В Чили их называют «южными землями».", [],
                 id="naming_in_a_participle_or_without_a_subject_quotes_no_one"),
    pytest.param("Премьер-министр Перу Густаво Адрианзен прибыл в Сантьяго. Позиция Луиса Капуто, которую он "
                 "высказал на форуме, проста: «Нам не нужны посредники».",
                 [("Луис Капуто", "Нам не нужны посредники", True)],
                 id="a_pronoun_in_a_relative_clause_is_the_person_it_follows"),
    pytest.param("Президент Аргентины Хавьер Ломбард раскритиковал план Густаво Адрианзена, который он назвал "
                 "«полным провалом».",
                 [("Хавьер Ломбард", "полным провалом", True)],
                 id="but_not_when_a_person_is_the_subject_before"),
    pytest.param("Президент Чили Габриэль Борич прибыл в Лиму. Он считает, что переговоры будут трудными. "
                 "Кроме того, у соседей свои планы: «Мы не уступим ни метра».",
                 [("Габриэль Борич", "переговоры будут трудными", False),
                  ("Габриэль Борич", "Мы не уступим ни метра", True)],
                 id="a_quotation_after_a_colon_goes_on_with_the_paragraphs_speaker"),
    pytest.param("У соседей свои планы: «Мы не уступим ни метра».", [],
                 id="a_quotation_after_a_colon_with_no_speaker_before_is_no_quote"),
    pytest.param("Премьер-министр Перу Густаво Адрианзен прибыл в Сантьяго.\n\n"
                 "«Нам нужен прямой канал связи», — говорит Эльвир Хасанов, сотрудник института.\n\n"
                 "Он считает, что перемен не будет.",
                 [("Эльвир Хасанов", "Нам нужен прямой канал связи", True),
                  ("Эльвир Хасанов", "перемен не будет", False)],
                 id="a_given_name_that_is_also_a_plural_genitive_has_no_gender_from_it"),
])
def test_quotes_found_more(run, text, expected):
    _, quotes, _ = run(text)
    assert quotes == expected


@pytest.mark.slow
def test_quotes_an_unattributed_quotation_is_the_principal_speakers(run):
    _, quotes, _ = run("Европе стоит пересмотреть политику, пишет политолог Джон Смит в статье для журнала.\n\n"
                       "Лондон уже сделал немало уступок, признает автор.\n\n"
                       "Пошлины могут подтолкнуть Пекин к компромиссу, предполагает автор.\n\n"
                       "Промышленность теряет заказы, описывает автор ситуацию.\n\n"
                       "Отменив пошлины, Пекин «сделал первый шаг навстречу».\n\n"
                       "«Стоит ли Европе отказываться от диалога, когда на кону ее безопасность?»")
    assert [q[0] for q in quotes] == ["Джон Смит"] * 6
    assert quotes[-2][1] == "сделал первый шаг навстречу" and quotes[-1][1].startswith("Стоит ли")
    _, quotes, _ = run("Лондон уже сделал немало уступок, считает политолог Джон Смит.\n\n"
                       "Отменив пошлины, Пекин «сделал первый шаг навстречу».\n\n"
                       "«Стоит ли Европе отказываться от диалога, когда на кону ее безопасность?»")
    assert [q[0] for q in quotes] == ["Джон Смит", None]  # one quote makes no principal speaker


@pytest.mark.slow
def test_quotes_a_label_of_a_title_and_a_surname_speaks_the_quotation_after_it(run):
    _, quotes, _ = run("Посольство Перу выслало атташе.\n\nМинистр Кастильо: «Мы не будем терпеть такие шаги, но и\n"
                       "не закроем дверь для диалога».\n\nСледующая встреча пройдет в Лиме.")
    assert [(q[0], q[1]) for q in quotes] == [
        ("Кастильо", "Мы не будем терпеть такие шаги, но и\nне закроем дверь для диалога")]


@pytest.mark.slow
@pytest.mark.parametrize("text, said", [
    ("Глава МИД Перу Томас Рейна выразил «глубокую озабоченность» происходящим.", "глубокую озабоченность"),
    ("Министр иностранных дел Кении Альфред Мутуа потребовал от Кампалы «немедленных разъяснений и гарантий того, "
     "что инцидент не повторится».", "немедленных разъяснений и гарантий того, что инцидент не повторится"),
])
def test_quotes_a_quoted_noun_phrase_a_person_demands_or_expresses_is_his_words(run, text, said):
    _, quotes, _ = run(text)
    assert [q[1] for q in quotes] == [said] and quotes[0][0] is not None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Премьер Кении Уильям Руто потребовал «Газпром» вернуть долг.",
    "Министр Ян Новак выразил обеспокоенность ситуацией вокруг «Северного потока».",
])
def test_quotes_a_quoted_name_after_a_verb_of_demanding_is_no_quote(run, text):
    assert run(text)[1] == []


@pytest.mark.slow
def test_quotes_a_clause_after_a_colon_closing_a_persons_sentence_is_his(run):
    _, quotes, _ = run("Глава МИД Чехии Ян Новак посетил Вену.\n\nНовак отклонил упреки австрийской оппозиции: "
                       "«Никто не вправе диктовать нам, с кем дружить».")
    assert [(q[0], q[1]) for q in quotes] == [("Ян Новак", "Никто не вправе диктовать нам, с кем дружить")]
    assert run("Президент подписал указ: «О мерах по поддержке экспорта».")[1] == []


@pytest.mark.slow
def test_quotes_a_title_by_a_countrys_adjective_is_that_countrys_holder_not_the_other_one(run):
    _, quotes, _ = run("Премьер Кении Уильям Руто и премьер Уганды Джон Окелло провели переговоры. Угандийский "
                       "премьер отметил, что позиции сторон по безопасности «во многом совпадают».")
    assert [q[0] for q in quotes] == ["Джон Окелло"]


@pytest.mark.slow
def test_quotes_by_his_words_inside_a_clause_before_a_quotation_the_quotation_is_his(run):
    _, quotes, _ = run("Министр иностранных дел Эстонии Яан Тамме раскритиковал Ригу за то, что она, по его "
                       "словам, «подменяет диалог громкими заявлениями».")
    assert [(q[0], q[1]) for q in quotes] == [("Яан Тамме", "подменяет диалог громкими заявлениями")]


@pytest.mark.slow
def test_quotes_a_call_a_spokeswoman_reports_of_her_country_is_her_words(run):
    _, quotes, _ = run("Официальный представитель МИД Камбоджи Сок Пханна сказала, что Камбоджа призывает все стороны "
                       "«проявлять сдержанность и решать споры мирным путем».")
    assert [(q[0], q[1]) for q in quotes] == [("Сок Пханна", "проявлять сдержанность и решать споры мирным путем")]


@pytest.mark.slow
def test_quotes_a_relative_clause_of_the_subject_does_not_part_it_from_its_verb_of_naming(run):
    _, quotes, _ = run("Мартин Шульц прибыл в Осло. Шульц, которого до выборов считали сторонником жесткой линии, "
                       "назвал соглашение с Осло «разумным компромиссом».")
    assert [(q[0], q[1]) for q in quotes] == [("Мартин Шульц", "разумным компромиссом")]


@pytest.mark.slow
def test_quotes_a_gerund_of_naming_after_a_relative_clause_is_the_main_clauses(run):
    _, quotes, _ = run("Официальный представитель МИД Египта Карим Саад в тот же день осудил проект решения, "
                       "который Канада и Австралия готовят к сессии МОТ, назвав его «опасным шагом, который сорвет "
                       "переговоры».")
    assert [(q[0], q[1]) for q in quotes] == [("Карим Саад", "опасным шагом, который сорвет переговоры")]


@pytest.mark.slow
def test_quotes_an_interviewers_turn_addressing_the_person_without_a_question_mark_is_a_question(run):
    _, quotes, _ = run("Радио Словения — Интервью\n\nНа вопросы ответил посол Словении в Хорватии Марко Зупан.\n\n"
                       "— Господин Зупан, как прошли переговоры?\n\n— Спокойно. Мы договорились о графике встреч.\n\n"
                       "— Хорватские коллеги обвиняют вас в затягивании процесса.\n\n"
                       "— Мы работаем по согласованному плану, спешить некуда.\n\n— Когда следующая встреча?\n\n"
                       "— В феврале, в Любляне.")
    assert [q[1] for q in quotes] == ["Спокойно. Мы договорились о графике встреч.",
                                      "Мы работаем по согласованному плану, спешить некуда.", "В феврале, в Любляне."]


@pytest.mark.slow
def test_quotes_an_aside_between_commas_before_the_verb_of_speech_keeps_the_attribution(run):
    _, quotes, _ = run("«Соседи должны уметь спорить и оставаться соседями», — так, по данным агентства, подытожил "
                       "встречу глава МИД Австрии Хельга Штайнль-Хубер.")
    assert [q[0] for q in quotes] == ["Хельга Штайнль-Хубер"]


@pytest.mark.slow
def test_quotes_a_quoted_name_between_the_verb_and_that_keeps_the_reported_speech(run):
    _, quotes, _ = run("Генеральный директор «Северной верфи» Олег Панов подтвердил «Ведомостям», что стороны "
                       "подписали меморандум о намерениях.")
    assert [(q[0], q[1]) for q in quotes] == [("Олег Панов", "стороны подписали меморандум о намерениях")]


@pytest.mark.slow
def test_quotes_a_quoted_instruction_is_the_words_of_who_gives_it(run):
    _, quotes, _ = run("Президент Эквадора Даниэль Нобоа поручил МИД «принять все меры для защиты граждан».")
    assert [(q[0], q[1]) for q in quotes] == [("Даниэль Нобоа", "принять все меры для защиты граждан")]


@pytest.mark.slow
def test_quotes_a_turns_words_before_a_colon_are_no_label_and_a_heading_inside_a_turn_no_words(run):
    _, quotes, _ = run("Пресс-конференция министров иностранных дел Латвии и Эстонии, Рига, 3 марта\n\n"
                       "И.Озолиньш: В понедельник в Риге пройдет встреча министров Балтии. Делегацию возглавит "
                       "министр.\nДолжен сообщить: Литва отказалась участвовать. Это серьезное нарушение прежних "
                       "договоренностей.\n\nО ценах на газ\n\nМ.Тамм: Мы следим за рынком и готовы действовать.")
    assert [(q[0], q[1][:20]) for q in quotes] == [
        ("Озолиньш", "В понедельник в Риге"), ("Озолиньш", "Должен сообщить: Лит"), ("Тамм", "Мы следим за рынком ")]


def test_any_verb_after_a_closed_quotation_and_a_dash_reports_it(quotes_of):
    """``«…», — призвал министр``: the comma (or the quotation's own ``!``) and the dash make the verb after them
    a verb of speech, whatever verb it is; a name in quotation marks followed by a dash is no quote."""
    for verb in ("призвал", "продолжил", "заключил", "поделился"):
        _, quotes, _ = quotes_of(f"«Переговоры нужно продолжить в январе», — {verb} министр иностранных дел Чили "
                                 "Альберто Ван Кларен.")
        assert quotes == [("Альберто Ван Кларен", "Переговоры нужно продолжить в январе", True)], verb
    _, quotes, _ = quotes_of("«Это неприемлемо!» — возмутился министр иностранных дел Колумбии Луис Саласар.")
    assert quotes == [("Луис Саласар", "Это неприемлемо!", True)]
    _, quotes, _ = quotes_of("Новый фильм «Лёд и пламя» — вышел в прокат в пятницу.")
    assert quotes == []
    _, quotes, _ = quotes_of("«Мы не примем этих условий» — такое заявление сделал министр иностранных дел Кении "
                             "Питер Камау.")  # a word for the quotation: no comma needed
    assert quotes == [("Питер Камау", "Мы не примем этих условий", True)]


def test_a_sentence_opening_with_a_word_for_what_was_said_attributes_the_one_before(quotes_of):
    """``Такое мнение высказал X``, ``С таким заявлением выступил X``, ``Так прокомментировал …``, ``Это заявил X``
    (as ``Об этом заявил X``): the sentence before is X's; ``Так, …`` (a discourse word) and ``Это произошло`` are
    none."""
    before = "Переговоры о границе зашли в тупик."
    for attribution in ("Такое мнение высказал в интервью министр иностранных дел Уганды Джедже Одонго.",
                        "С таким заявлением выступил министр иностранных дел Уганды Джедже Одонго.",
                        "Так прокомментировал итоги встречи министр иностранных дел Уганды Джедже Одонго.",
                        "Это заявил в среду министр иностранных дел Уганды Джедже Одонго."):
        _, quotes, _ = quotes_of(f"{before} {attribution}")
        assert quotes == [("Джедже Одонго", "Переговоры о границе зашли в тупик", False)], attribution
    _, quotes, _ = quotes_of(f"{before} Так, министр иностранных дел Уганды Джедже Одонго отбыл в Кампалу.")
    assert quotes == []
    _, quotes, _ = quotes_of(f"{before} Это произошло впервые, министр иностранных дел Уганды Джедже Одонго уехал.")
    assert quotes == []


def test_a_statement_told_in_the_passive_speaks_for_the_body_that_made_it(quotes_of):
    """``Как отмечается в заявлении МИД X, …``, ``В сообщении МИД X подчеркивается, что …``: the body's words."""
    for text in ("Как отмечается в заявлении МИД Руанды, переговоры продолжатся в апреле.",
                 "В заявлении МИД Руанды подчеркивается, что переговоры продолжатся в апреле."):
        _, quotes, _ = quotes_of(text)
        assert quotes == [("МИД Руанды", "переговоры продолжатся в апреле", False)], text


def test_expecting_and_counting_on_report_a_position(quotes_of):
    _, quotes, _ = quotes_of("Найроби рассчитывает, что переговоры с Кампалой продолжатся в апреле.")
    assert quotes == [("Кения", "переговоры с Кампалой продолжатся в апреле", False)]
    _, quotes, _ = quotes_of("Министр ожидает визита коллеги из Уганды в апреле.")
    assert quotes == []


def test_he_after_according_to_a_person_is_that_person_and_one_quote_stays(quotes_of):
    """``По словам X, он ожидает, что …``: X's (not the last man named before), once: the words after ``что``; reported
    words of two verbs of one speaker keep both (``сообщила, что A, и выразила сожаление, что B``: A, then B)."""
    _, quotes, _ = quotes_of("Мэр Найроби Джонсон Сакаджа выступил на форуме. По словам Питера Мутуку, посла Кении в "
                             "Эфиопии, он ожидает, что переговоры продолжатся в апреле.")
    assert quotes == [("Питер Мутуку", "переговоры продолжатся в апреле", False)]
    _, quotes, _ = quotes_of("Посол Кении Питер Мутуку сообщил, что визит готовится, и выразил надежду, что министры "
                             "встретятся в мае.")
    assert [q[1] for q in quotes] == ["визит готовится", "министры встретятся в мае"]  # a second predicate ends A


def test_a_first_person_quotation_after_a_paragraph_naming_one_person_is_his(quotes_of):
    _, quotes, _ = quotes_of("Министр иностранных дел Кении Питер Камау прибыл в Кампалу.\n\n"
                             "«Мы приехали с добрыми намерениями. Наша цель — открыть границу до конца года».")
    assert [q[0] for q in quotes] == ["Питер Камау"]
    _, quotes, _ = quotes_of("Министр иностранных дел Кении Питер Камау и глава МИД Уганды Джедже Одонго провели "
                             "переговоры.\n\n«Мы договорились открыть границу».")  # two persons: whose?
    assert [q[0] for q in quotes] == [None]
    _, quotes, _ = quotes_of("Министр иностранных дел Кении Питер Камау прибыл в Кампалу.\n\n"
                             "«Граница будет открыта до конца года».")  # not in the first person: anyone's
    assert [q[0] for q in quotes] == [None]


def test_a_label_may_tell_where_it_was_said(quotes_of):
    _, quotes, _ = quotes_of("Министр иностранных дел Кении Питер Камау провел переговоры в Кампале.\n\n"
                             "Камау в Telegram: «Переговоры с Угандой завершились успешно».")
    assert quotes == [("Питер Камау", "Переговоры с Угандой завершились успешно", True)]


def test_a_captions_label_after_its_sentences_speaks_the_quotation(quotes_of):
    _, quotes, _ = quotes_of("Кишинев, 3 марта 2025 года. Премьер-министр Болгарии Росен Желязков провел переговоры "
                             "с премьер-министром Молдовы Дорином Речаном.\n\nФото 2 из 4. Совместная "
                             "пресс-конференция. Желязков: «Болгария — надежный партнер Молдовы».")
    assert quotes == [("Росен Желязков", "Болгария — надежный партнер Молдовы", True)]


@pytest.mark.parametrize("text, speaker, words", [
    ("Переговоры Марты Ковач и Ханса Шмидта прошли в Вене. Ковач заявила, что Будапешт не будет обсуждать эту тему, "
     "«пока Вена не признает ошибки». Шмидт обвинил венгерскую сторону в срыве договоренностей.",
     "Марта Ковач", "«пока Вена не признает ошибки»"),
    ("Министр Йорген Ланге сообщил, что Копенгаген отзовет посла, если Рейкьявик не признает нарушения.",
     "Йорген Ланге", "если Рейкьявик не признает нарушения"),
])
def test_quotes_a_clause_after_that_with_another_side_s_verb_is_still_the_speaker_s(quotes_of, text, speaker, words):
    _, quotes, _ = quotes_of(text)
    assert any(s == speaker and q.endswith(words) for s, q, _ in quotes), quotes


def test_quotes_another_speaker_after_a_comma_still_ends_the_first_s_words(quotes_of):
    _, quotes, _ = quotes_of("Министр Йорген Ланге сообщил, что переговоры зашли в тупик, а премьер Эйвинд Халл "
                             "заявил, что Рейкьявик готов ждать.")
    assert ("Йорген Ланге", "переговоры зашли в тупик", False) in quotes


@pytest.mark.parametrize("text, expected", [
    ("Генсек ООН Ортис назвал итоги сессии «обнадеживающими».", ("Ортис", "обнадеживающими", True)),
    ("Премьер Лунгу поблагодарил кенийское правительство за «неизменную поддержку курса Замбии».",
     ("Лунгу", "неизменную поддержку курса Замбии", True)),
])
def test_quotes_the_subject_s_words_named_or_thanked_for(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert expected in quotes


def test_quotes_a_name_thanked_for_is_no_quote(quotes_of):
    _, quotes, _ = quotes_of("Министр Ана Торрес поблагодарила коллег за «Гавану», где прошла встреча.")
    assert quotes == []


@pytest.mark.parametrize("text, expected", [
    ("Премьер Австрии Карл Хубер заявил, что Словакия должна получить помощь, и раскритиковал Берлин за задержку.",
     ("Карл Хубер", "Словакия должна получить помощь", False)),
    ("Глава МИД Чили Пабло Рохас сообщил, что переговоры с Перу продолжатся, и призвал Лиму к сдержанности.",
     ("Пабло Рохас", "переговоры с Перу продолжатся", False)),
    ("Министр Анна Ларсен отметила, что Осло «готово к диалогу», и предложила провести встречу в марте.",
     ("Анна Ларсен", "Осло «готово к диалогу»", False)),
])
def test_quotes_a_second_predicate_of_the_speaker_ends_the_reported_clause(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert expected in quotes, quotes


def test_quotes_a_clause_joined_within_the_reported_words_stays_in_them(quotes_of):
    _, quotes, _ = quotes_of("Министр Анна Ларсен отметила, что Осло готово к диалогу, и Стокгольм поддержит его.")
    assert ("Анна Ларсен", "Осло готово к диалогу, и Стокгольм поддержит его", False) in quotes, quotes


@pytest.mark.parametrize("text, expected", [
    ("Экономист Карина Вольф выступила в Гамбурге. Пошлины могут ударить по экспорту Бразилии в ближайший год, "
     "прогнозирует эксперт Вольф.", ("Карина Вольф", "Пошлины могут ударить по экспорту Бразилии в ближайший год")),
    ("Профессор Лукас Ортега выступил в Мадриде. Если Мадрид хочет избежать кризиса, ему следует начать диалог с "
     "Рабатом, предлагает профессор Ортега.",
     ("Лукас Ортега", "Если Мадрид хочет избежать кризиса, ему следует начать диалог с Рабатом")),
    ("Политолог Хорхе Саэнс опубликовал статью. Конфликт вокруг границы продлится еще долго, рассуждает Саэнс.",
     ("Хорхе Саэнс", "Конфликт вокруг границы продлится еще долго")),
])
def test_quotes_an_opinion_forecast_proposed_or_reasoned_after_the_words(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert expected + (False,) in quotes, quotes


def test_quotes_a_proposal_of_an_act_is_no_quote(quotes_of):
    assert quotes_of("Президент Чили предлагает провести встречу в марте.")[1] == []


OPENING = ("К соглашению с Бразилией стоит подходить осторожно, пишет немецкий профессор Доминик Лоран. ")


@pytest.mark.parametrize("text, expected", [
    (OPENING + "Аргентину и Чили объединяют общие интересы, считает она.", "Доминик Лоран"),
    (OPENING + "Лоран выступил в Берлине. Аргентину и Чили объединяют общие интересы, считает она.", None),
    ("Посол Марта Диас встретилась с министром. " + OPENING + "Аргентину и Чили объединяют общие интересы, считает "
     "она.", "Марта Диас"),
])
def test_quotes_she_of_a_speaker_whose_given_name_reads_masculine(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert [s for s, q, _ in quotes if q.startswith("Аргентину и Чили")] == ([expected] if expected else []), quotes


def test_quotes_a_name_in_quotation_marks_is_no_words_of_its_bearer(quotes_of):
    _, quotes, _ = quotes_of("«Вестник» — объясняем главное\nпятница, 4 декабря 2026 года\n\n"
                             "Министр иностранных дел Чили Ана Рохас прибыла в Лиму.")
    assert not [q for _, q, _ in quotes if q == "Вестник"], quotes


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Министр иностранных дел Перу Хулио Салас в интервью газете Комерсио заявил, что граница останется открытой.",
    "Министр иностранных дел Перу Хулио Салас в интервью газете «Комерсио» заявил, что граница останется открытой.",
    "Хулио Салас в интервью агентству Андина заявил, что граница должна оставаться открытой.",
])
def test_quotes_the_outlet_of_an_interview_is_no_speaker(run, text):
    _, quotes, _ = run(text)
    assert [q[0] for q in quotes] == ["Хулио Салас"]


@pytest.mark.slow
def test_quotes_the_subject_of_a_relative_clause_the_parser_cut_off_is_its_antecedent(run):
    _, quotes, _ = run("Причиной скандала стали слова премьер-министра Мали Абдулая Тракора, который во вторник в "
                       "парламенте назвал новые власти Нигера «правительством, пришедшим к власти силой», и призвал "
                       "соседей «усилить давление на Ниамей».")
    assert ("Абдулай Тракор", "правительством, пришедшим к власти силой", True) in quotes, quotes
