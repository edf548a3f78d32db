"""The status a sentence tells of a standing mechanism of dialogue, for ``formats.py``.

``status_of``: the one status of a sentence, read from its events (a meeting, a numbered round, a
suspension, a proposal to resume, a resumption, a planned meeting) or from its words
(``состоялись``, ``приостановлен``, ``исключена из``, ``отложено``, ``отменено``, ``состоится``,
``возобновился``, ``впервые после …``, ``раз в два года``, ``ведут переговоры``).

In a sentence that names several mechanisms, the words that tell one of them alone are read by
``format_local.py``; the others take the status of the rest of the sentence, read here.
"""
from __future__ import annotations

import re

from .format_rounds import SINCE_WHEN, TALKS_BEGAN, round_in

# No meetings since a date: "заседания не проводились с июня 2014 года", "с 2014 года дипломаты не встречались".
_NOT_SINCE = (r"\bне\s+(?:\w+\s+)?(?:проводил|собирал|встречал|заседал|созывал)\w*\s+(?:\w+\s+)?с\b|"
              r"\bс\s+(?:\w+\s+){0,3}?(?:года|г\.)\s+(?:[\w-]+\s+){0,3}?не\s+(?:встречал|проводил|собирал|заседал)")
NO_MEETINGS_SINCE = re.compile(_NOT_SINCE, re.I)
# A mechanism told to lie idle: "после конфликта механизм бездействовал несколько лет", "бездействует с 2027 года".
IDLE = r"бездейств(?:овал[аио]?|ует|уют)"
# … or not at work, or on a pause: "механизм не работает с 2027 года", "переговоры поставлены на паузу", "стороны
# взяли паузу в переговорах", "диалог находится на паузе" (not "после паузы": a resumption).
_PAUSED = (r"\bне\s+(?:работает|работают|работал[аио]?|действует|действуют|функционирует|функционируют)\s+(?:уже\s+)?"
           r"(?:с|со)\s(?!\w+\s+по\s)|\bпоставлен\w*\s+на\s+паузу|\bпоставил\w*\s+(?:[\w-]+\s+){0,2}?на\s+паузу|"
           r"\bвзял[аи]?\s+паузу|(?<!после\s)\bна\s+паузе\b")
# Work restored: "частично восстановили работу рабочих групп", "восстановил диалог".
_WORK_RESTORED = (r"\bвосстановил[аи]?\s+(?:\w+\s+)?(?:работу|деятельность|диалог|контакты|переговоры|консультации|"
                  r"заседания)")
# A side asking or ready to resume: "предложил возобновить работу комиссии", "призвала возобновить диалог",
# "готова к возобновлению полноформатной работы" (not "не готова …", not "отказался от возобновления").
PROPOSED = re.compile(r"(?<!\bне\s)\b(?:предлаг|предлож|призыва|призва|настаива|выступа\w*\s+за|готов)\w*\s+"
                      r"(?:[\w-]+\s+){0,4}?(?:к\s+)?возобнов", re.I)
# … or to hold again a meeting of a mechanism told put off or idle: "предложил провести заседание, отложенное в мае,
# осенью", "предложила созвать в марте комиссию, которая не собиралась с 2028 года" (the break told after the proposal)
PROPOSED_AGAIN = re.compile(r"(?<!\bне\s)\b(?:предлаг|предлож|призыва|призва)\w*\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:провести|созвать|собрать)\b[^.;!?]*?(?:\b(?:отложенн|перенесенн|перенесённ|"
                            r"приостановленн|замороженн)\w*|" + _NOT_SINCE + ")", re.I)
# … a proposal to convene a mechanism whatever its document tells of its break ("предложил созвать в апреле комиссию";
# the break told in another sentence: "Комиссия не собиралась с 2028 года", "с тех пор она не собиралась")
PROPOSED_TO_CONVENE = re.compile(r"(?<!\bне\s)\b(?:предлаг|предлож|призыва|призва)\w*\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:созвать|собрать)\b", re.I)
IDLE_TOLD = re.compile(_NOT_SINCE + r"|\bс\s+тех\s+пор\s+(?:[\w-]+\s+){0,2}?не\s+(?:собирал|встречал|заседал|"
                       r"проводил)|" + IDLE, re.I)
# Not works, building, visas or deliveries stopped ("настаивает на приостановке работ", "выдача виз
# приостановлена до осени"), but a body's work ("приостановил работу комиссии"), after the stem of a suspension
NOT_WORKS = (r"(?!\w*\s+(?:[\w-]+\s+)?(?:работ\b|работы(?=\s*(?:[.,;:!?)]|(?:и|до|в|на)\s|$))|строительств|выдач|"
             r"поставок|поставк))")
STATUS_WORDS = [
    # excluded from a mechanism named ("исключена из «Большой восьмерки»"), not from talks ("из переговоров")
    ("suspended", r"(?:приостанов|приостанавлива)" + NOT_WORKS + r"|заморож|заморажива|"
                  r"\bзамороз(?:ил|или|ила|ило)\b(?!\s+(?:\w+\s+)?участи)|свернут|прерван[аоы]?\b|"
                  r"исключ(?:ен[аоы]?|ил[аи]?)\s+из\s+(?:[«\"„“]|(?-i:[А-ЯЁA-Z0-9]))|\bпрекращен[аоы]?\b|"
                  r"\bпрекратил[аои]?\s+(?:\w+\s+)?(?:работу|участие|деятельность|существование|контакты|"
                  r"переговоры|диалог|консультации)|"
                  # talks ended: "объявил о прекращении переговоров", "вышла из переговоров"
                  r"\bпрекращени\w*\s+(?:\w+\s+)?(?:переговор|диалог|консультаци|контакт)|"
                  r"\bвыш(?:ел|ла|ли)\s+из\s+(?:\w+\s+)?(?:переговор|диалог)|"
                  # broke off, told of the format itself: "переговоры прервались", "консультации прекратились"
                  r"\b(?:прервал|прекратил)(?:ись|ся|ась|ось)\b|"
                  r"\b" + IDLE + r"\b|" + _PAUSED + "|"
                  + _NOT_SINCE),
    ("proposed-resumption", r"предлож\w+ (?:\w+ )?возобнов|возобновить"),
    # verb forms only: "перспективы возобновления переговоров" is no resumption, "в прошлом году" no meeting
    # a resumption to come ("возобновят", "возобновится") is a planned meeting, not a resumption
    ("resumed", r"(?<!\bбудет\s)(?<!\bбудут\s)(?<!\bбыть\s)"  # not "будет возобновлен": to come
                r"возобнов(?:ил|лен[аоы]?\b|лён\b)|\bвосстановлен[аоы]?\b|" + _WORK_RESTORED + "|"
                # a format revived: "премьеры возродили формат", "формат возрожден" (not the noun "Возрождение")
                r"\bвозродил(?:и|а|о)?\b|\bвозрожд[её]н[аоы]?\b|"
                # back at the table: "вернулись за стол переговоров", "снова сели за стол переговоров"
                r"\b(?:вернул(?:ись|ась|ся|и)|(?:снова|вновь|опять)\s+сел[иа]?)\s+за\s+стол\s+переговоров|"
                # "стороны вернулись к переговорам", "переговоры возобновляются после перерыва" (now, not to come)
                r"\bвернул(?:ись|ась|ся|и)\s+к\s+(?:[\w-]+\s+)?(?:переговор|диалог|консультаци)|"
                r"\bвозобновля(?:ет|ют)ся\b"),
    ("meeting", r"состоял|\bпрош(?:ёл|ел|л[аио])\b|провел|провёл|встретил|встречал|собрал(?:ся|ись|ась|ось)|"
                # told in the imperfective past: "2-й раунд проходил в столице", "консультации проводились весной"
                # (not "встречи не проводились")
                r"(?<!не\s)\bпроходил[аио]?\b|(?<!не\s)\bпроводил(?:ся|ась|ись|ось)\b|"
                # "комиссия собиралась в восьмой раз" (not "собиралась посетить": an intention)
                r"\bсобирал(?:ся|ись|ась|ось)\b(?!\s+(?:[\w-]+\s+)?[\w-]+(?:ть|ти|чь)(?:ся)?\b)|"
                # "по итогам заседания …, прошедшего 13 ноября в Лиме" (not "прошедшего года")
                r"\b(?:прошедш|состоявш|проходивш)\w*\s+(?=\d|в\s|во\s|накануне|вчера)|"
                r"\bзаседал[аи]?\b|"
                # a session told by its end or opening: "комиссия завершила во вторник пятую сессию", "открыли сессию"
                r"\b(?:заверш|открыл)\w*\s+(?:[\w-]+\s+){0,7}?(?:заседани|сесси|раунд|саммит|консультаци|переговор|"
                r"конференци)|"
                r"\b(?:заседани|сесси|раунд|саммит|консультаци|переговор|конференци)\w*\s+(?:[\w–—-]+\s+){0,5}?"
                r"заверш(?:ил|ен)"),
    # a mechanism at work: "действует", "раз в два года", negotiations conducted ("ведут переговоры")
    ("active", r"\bпровод(?:ится|ятся)\s+(?:\w+\s+){0,2}?(?:с|со|ежегодно|раз)\b|"
               r"развива|установлен|налажен|действу|регулярн|ежегодн|раз в (?:\w+ )?(?:год|месяц|полгода|квартал)|"
               r"\bсозда(?:н[аоы]?|л[аи]?)\b|\bучрежд|\bучредил|"
               r"\b(?:вест[иь]|вед[уеё]\w*|продолжа\w*)\s+(?:\w+\s+){0,2}?переговор|"
               # a mechanism at work since: "диалог ведется с 2011 года", "форум работает с 2004 года"
               r"\b(?:вед[её]тся|работает|работают)\s+(?:уже\s+)?(?:с|со)\s+(?:\d|[а-я]+\s+\d)"),
]
SUSPENDED_WORDS = re.compile(STATUS_WORDS[0][1], re.I)  # a break told of the format, any of its words
SUSPENSION = re.compile(r"приостан(?:ов|авлива)" + NOT_WORKS, re.I)  # "приостановил", "приостанавливает"
# A meeting that was to be held, told in the past ("должен был пройти", "должна была стать первой …"): not held (unless
# the sentence goes on "…, но прошла 10-го").
UNFULFILLED = re.compile(r"\bдолж(?:ен|н[аоы])\s+(?:был[аио]?\s+(?:бы\s+)?|бы\s+был[аио]?\s+)"
                         r"(?:стать|пройти|состояться|открыться|собраться|начаться)\b", re.I)
HELD_AFTER = re.compile(r"\b(?:прош(?:ёл|ел|л[аио])|состоял\w*|открыл\w*|собрал\w*|начал\w*)\b", re.I)
# "не состоится в намеченный срок", "не состоялась в запланированные сроки": put off, not called off
NOT_IN_TIME = (r"\s+в\s+(?:ранее\s+)?(?:намеченн|запланированн|назначенн|установленн|прежн|оговоренн|согласованн)\w*\s+"
            r"(?:срок|дат|день|время)")
# the stems of a meeting's nouns (a side withdrew from it, it was put off)
_MEETING = r"(?:встреч|саммит|визит|переговор|консультаци|заседани|сесси|раунд)"
_NOT_SETTING = r"(?<!\bна\s)(?<!\bво\s)(?<!\bв\s)(?<!\bходе\s)(?<!\bпосле\s)(?<!\bитогам\s)(?<!\bвремя\s)"
_WHEN = [  # statuses told by words, before the meeting ones ("встреча, намеченная на май, отменена")
    # the noun only of a meeting: "отмена визита", not "отмены санкций"
    ("cancelled", r"\bотмен(?:ил|ен|ён|ят\b|ит\b)|\bотмен[аеуы]\s+(?:\w+\s+)?(?:встреч|саммит|визит|переговор|"
                  r"консультаци|заседани|сесси)|\bне состо(?:ится|ятся|ял(?:ся|ась|ось|ись))\b(?!" + NOT_IN_TIME + ")|"
                  r"\bсорван[аоы]?\b|\bсорвал[аои]?\b|\bсорвал(?:ся|ась|ось|ись)\b|"
                  # never held: "саммит так и не был проведен", "встречу так и не провели", "так и не собралась"
                  r"\b(?:так\s+и\s+)?не\s+был[аио]?\s+проведен[аоы]?\b(?!" + NOT_IN_TIME + ")|"
                  r"\bтак\s+и\s+не\s+(?:провел[аи]?|прош(?:[её]л|л[аио])|собрал(?:ся|ась|ось|ись)|"
                  r"открыл(?:ся|ась|ось|ись)|начал(?:ся|ась|ось|ись))\b|"  # "так и не началась вторая сессия"
                  # a side withdrew from it: "отказался от консультаций", "отказались от встречи", "сочла
                  # нецелесообразным проведение переговоров", "считает консультации нецелесообразными"
                  r"\bотказал(?:ся|ась|ось|ись)\s+(?:[\w-]+\s+){0,2}?от\s+(?:[а-яё-]+(?:ых|их|ой|ей|ого|его|ом)\s+){0,3}"
                  + _MEETING + r"|\bнецелесообразн\w*\s+(?:[\w-]+\s+){0,3}?" + _MEETING + "|"
                  # not the meeting as the setting of another thing found inexpedient ("на встрече сочли …")
                  + _NOT_SETTING + _MEETING + r"\w*[^.;:!?]{0,80}?\bнецелесообразн|"
                  # a mechanism dissolved: "о прекращении деятельности Минской группы", "группа распущена"
                  r"\bпрекращени\w*\s+(?:\w+\s+)?(?:деятельности|существования)|\bраспущен|\bраспустил|"
                  r"\bупраздн(?:ен|ён|ил|ени)|\bроспуск"),
    # "перенесли на май", "перенесена"; not "перенесут отсутствие" (endure)
    ("postponed", r"\bне\s+(?:состо(?:ится|ятся|ял(?:ся|ась|ось|ись))|был[аио]?\s+проведен[аоы]?)\b" + NOT_IN_TIME +
                  r"|\bотлож(?:ил|ен|ат\b|ит\b)|"
                  # decided to put off: "встречу решили отложить", "договорились перенести заседание"
                  r"\b(?:решили|решено|договорились|условились|пришлось|вынуждены)\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:отложить|перенести)\b|\bперенес(?:ен|ён)|\bперенос(?:ит|ят)ся\b|\bоткладыва(?:ют|ет)ся\b"
                  r"|\bоткладыва(?:ют|ет)\s+(?:[\w-]+\s+){0,3}?(?:встреч|саммит|заседани|раунд|визит|переговор|консультаци|"
                  r"сесси|форум|конференци)"
                  r"|\bперенес(?:ли|ла|ут)\s+(?:\w+\s+){0,3}?(?:на|с)\s+"
                  r"(?:\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|весн|лет|осен|зим|"
                  r"следующ|будущ|более|другой|другую|неопредел|конец|начало|середин)|"
                  r"\bперенос\w* (?:на|срок)|"
                  # the meeting by its pronoun: "заседание было намечено на май, но его перенесли"
                  # or by its noun: "встречу перенесли", "заседание, намеченное на май, перенесли", "перенесли саммит"
                  r"\b(?:его|е[её]|их)\s+(?:[\w-]+\s+)?перенес(?:ли|ла|ло)\b|\bперенес(?:ли|ла|ло)\s+(?:его|е[её]|их)\b|"
                  r"(?:^\W*|[,;:]\s+|\s(?:а|но|однако)\s+)" + _MEETING + r"\w*\b[^.;:!?]{0,80}?"
                  r"\bперенес(?:ли|ла|ло)\b|\bперенес(?:ли|ла|ло)\s+(?:[\w-]+\s+){0,2}?" + _MEETING + "|"
                  # put off again and again: "встреча дважды откладывалась", "в 2029 году раунды переносились"
                  r"\b(?:переносил|откладывал)(?:ся|ась|ось|ись)\b|"
                  # "решение о переносе третьего саммита": the noun with the meeting it puts off
                  # "о переносе очередной, пятой по счету встречи": the meeting's ordinal words between
                  r"\bперенос\w*\s+(?:[\w-]+,?\s+){0,4}?(?:встреч|саммит|заседани|раунд|визит|переговор|консультаци|"
                  r"сесси|форум|конференци)"),
]
# To meet again: "условились встретиться вновь до конца мая", "снова собраться осенью".
MEET_AGAIN = (r"\b(?:встретиться|собраться)\s+(?:вновь|снова|ещ[её]\s+раз)\b|"
              r"\b(?:вновь|снова)\s+(?:встретиться|собраться)\b")
# The next meeting of a series: "следующее заседание запланировано …", "условились о следующей встрече в октябре",
# "Следующее, одиннадцатое, решено провести …".
NEXT_MEETING = re.compile(r"\b(?:следующ|ближайш)\w*[\s,]+(?:[\w-]+[\s,]+)?(?:встреч|заседани|раунд|консультаци|сесси|"
                          r"саммит|ретрит)|^\W*следующ\w*\s*,|" + MEET_AGAIN
                          # the next one without its noun: "Следующие должны состояться в 2033 году"
                          + r"|^\W*следующ(?:ие|ую|ее|ий|ая)\s+(?:\w+\s+){0,3}?(?:провести|проведут|состо|пройд|пройти|"
                            r"запланирован|намечен|долж(?:ен|н[аоы])\b)", re.I)
PLANNED = re.compile(r"\bвозобнов(?:ят|ит)(?:ся)?\b|\bбуд(?:ет|ут)\s+(?:вновь\s+|снова\s+)?(?:возобновлен|созван)\w*|"
                     r"\bсостоится|\bсостоятся|"
                     r"\bдолж(?:ен|н[аоы])\s+(?:состояться|пройти)|"
                     r"\bпройд[её]т|\bпройдут|\bнамечен|\bмо(?:жет|гут)\s+(?:пройти|состояться)\b|"
                     r"\bзапланирован|\bсоберется|\bпредстоящ|\bсоберутся|планиру\w+ провести|"
                     r"\bвстретятся|\bпродолжатся\b", re.I)  # "стороны встретятся в феврале", "переговоры продолжатся"
# The words of a meeting to come (of PLANNED), told of the sentence's own meeting ("Пятый раунд намечен
# на осень"), not of something ahead a meeting discussed ("обсудили подготовку предстоящего саммита")
TO_BE_HELD = re.compile(r"\b(?:намечен|запланирован)[аоы]?\b|\bсостоится|\bсостоятся|\bпройд[её]т|\bпройдут|"
                        r"\bдолж(?:ен|н[аоы])\s+(?:состояться|пройти)", re.I)
# A meeting decided or agreed on: planned, whatever the event of the sentence says ("Следующий раунд решено провести
# в Каире", "стороны договорились провести следующую встречу в Москве").
_HOLDING = (r"(?:(?:новой|следующей|очередной|новом|следующем|очередном)\s+)?(?:проведении|встрече|созыве|саммите|"
            r"раунде|заседании)\b")
AGREED_TO_HOLD = re.compile(r"\b(?:решено|решили|договорились|условились|согласились|намерены|планируют|собираются)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:провести|проводить\s+следующ|встретиться|собраться|созвать|"
                            # talks to go on at a place or time: "решили продолжить переговоры в Кито"
                            r"продолжить\s+(?:переговоры|консультации|диалог)\s+(?:в|во)\s)|"
                            # … told by its noun: "договорились о проведении саммита", "О встрече лидеры условились …"
                            r"\b(?:договорил\w*|условил\w*|согласились)\s+(?:[\w-]+\s+){0,2}?о\s+" + _HOLDING + r"|"
                            r"^\W*(?:[\w-]+\s+){0,3}?о\s+" + _HOLDING + r"[^.;:]*?\b(?:договорил|условил)\w*", re.I)
# Sides agreed to resume a mechanism ("договорились возобновить работу совместной группы", "решено вновь возобновить
# диалог"): its resumption put forward, not yet held
# (not "договорились возобновить переговоры о зоне торговли": talks on a topic, not the mechanism)
AGREED_TO_RESUME = re.compile(r"\b(?:договорил|условил|решил|решено|согласил)\w*\s+(?:[\w-]+\s+){0,2}?возобновить\s+"
                              r"(?:работу\s+|деятельность\s+|заседания\s+|встречи\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:групп|комисси|комитет|совет|механизм|диалог|консультаци|формат|саммит)", re.I)
# A side ready to host or hold a meeting ("готова принять седьмое заседание в январе", "готовы провести следующий
# раунд", "выразил готовность принять очередной саммит"): planned, not held
# (not "не готова", nor a guest: "готов принять коллегу", nor one ready to take part: "готова принять участие в
# заседании" hosts and holds nothing)
READY_TO_HOLD = re.compile(r"(?<!\bне\s)\bготов(?:а|о|ы|ность)?\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:принять(?!\s+участи)|провести|организовать)\s+(?:у\s+себя\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:заседани|встреч|сесси|раунд|саммит|форум|совещани|консультаци|переговор)", re.I)
# A side that will host a meeting ("Сербия примет следующий саммит", "…, который примет восьмую сессию"): planned,
# whatever the event of the sentence says (not one that will take part: "примет участие в саммите")
HOST_TO_COME = re.compile(r"\bприм(?:ет|ут)\s+(?!участи)(?:у\s+себя\s+)?(?:[\w-]+\s+){0,2}?" + _MEETING, re.I)
# A meeting after a break is a resumption: "впервые после марта 2019 года", "впервые с 2014 года",
# "впервые за два года", "после двухлетнего перерыва".
AFTER_BREAK = re.compile(r"\bвпервые\s+(?:\w+\s+)?(?:после|за|с|со)\s+(?!помощью|участием|использованием)|"
                         r"\bпосле\s+(?:\w+\s+){0,2}(?:перерыва|паузы)|"
                         # "первая встреча министров с 2019 года", "первые за пять лет переговоры"
                         # "… в так называемом X формате за три с половиной года"
                         r"\bперв\w+\s+(?:[\w-]+\s+){0,5}?(?:(?:с|со)\s+" + SINCE_WHEN
                         + r"|за\s+(?:\w+\s+)?(?:год|лет|месяц))|"
                         r"\bперв\w+\s+(?:[\w-]+\s+){0,10}?за\s+(?:последни[ехм]\s+)?(?:\w+\s+){1,3}?"
                         r"(?:год|лет|месяц)\w*(?!\s+(?:до|после)\b)", re.I)
# A meeting told as the first since a break the clause after it tells ("заседание — первое с тех пор, как работа
# комиссии была приостановлена в мае 2029 года"): a resumption, the break dated by that clause; not the first since the
# last meeting ("с тех пор, как министры виделись в …"), nor a meeting that was to be the first ("должен был стать").
FIRST_SINCE = re.compile(r"\b(?:впервые|перв\w+)\s+(?:[\w-]+\s+){0,3}?с\s+тех\s+пор,?\s+как\b", re.I)
# A resumption told as done: "возобновились", "работа возобновлена", work restored.
_RESUMED_DONE = r"(?:(?<!\bбудет\s)(?<!\bбудут\s)(?<!\bбыть\s)\bвозобнов(?:лен|ил|ились|ился|илась|илось)\w*|" \
    + _WORK_RESTORED + ")"  # not "будет возобновлен в апреле": a meeting to come
# A resumption told done in the sentence of its meeting ("возобновился в X", "собралась впервые с 2028 года")
RESUMED_DONE = re.compile(_RESUMED_DONE + r"|(?:\bсобрал\w*|\bвстретил\w*|\bпрош(?:ёл|ел|л[аио])\b|\bсостоял\w*)\s+"
                          r"(?:[\w-]+\s+){0,3}?впервые\s+(?:после|за|с|со)\s", re.I)
# A resumption told in the sentence of the suspension, after it: it has happened, dated by its own clause.
RESUMED_AFTER = re.compile(r"(?:приостанов|заморо[жз])\w*.*" + _RESUMED_DONE, re.I)
# … and after meetings put off: "в 2031 году заседания откладывались, но затем диалог возобновился"
RESUMED_AFTER_PUT_OFF = re.compile(r"(?:\bперенос|\bперенес|\bотлож|\bотклад[ыи]?ва)\w*.*" + _RESUMED_DONE, re.I)



# A body only agreed on: "условились учредить смешанную комиссию", "решили учредить рабочую группу".
TO_BE_SET_UP = re.compile(r"\b(?:договорил|договарива|решил|решено|условил|намерен|предлож|предлага)\w*\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:создать|учредить|сформировать)\b", re.I)

# … and a meeting agreed on with it: "решили учредить комиссию и провести очередную сессию весной"
AND_HOLD = re.compile(r"\bи\s+(?:провести|созвать)\s+(?:следующ|очередн|ближайш)\w*\s+(?:[\w-]+\s+)?"
                      r"(?:встреч|заседани|совещани|раунд|консультаци|сесси|саммит)", re.I)

# A body only agreed to be set up, its name right after the words ("условились об учреждении рабочей группы по …",
# "договоренность о контактной группе", "решили учредить совместный комитет", "подписали соглашение о совместной
# комиссии"): no format yet.
AGREED_BODY = re.compile(r"\b(?:договорил|договарива|договор[её]нност|решил|решено|условил|согласил|намерен|предлож|"
                         r"предлага|соглашени|меморандум)\w*\s+(?:[\w-]+\s+){0,3}?(?:(?:о|об)\s+(?:(?:создании|учреждении|формировании)\s+)?|"
                         # "создать перуанско-чилийскую …"
                         r"(?:создать|учредить|сформировать)\s+(?:[\w]+-[\w-]+\s+)?)$", re.I)
_BODY = re.compile(r"групп|комитет|комисси", re.I)
AGREED_REACH = 80  # characters before a body's name within which the words of its setting up are read


def only_agreed(sentence: str, n) -> bool:
    """Is the format a body the sentence tells only agreed to be set up (``условились об учреждении рабочей группы по
    …``), not a gazetteer's?"""
    if n.fixed or n.start < 0 or not _BODY.search(n.name):
        return False
    before = sentence[max(0, n.start - AGREED_REACH):n.start]
    return AGREED_BODY.search(before) is not None or _SET_UP.search(before) is not None \
        and _AGREEING.search(sentence[:n.start]) is not None  # "договорились провести … и создать рабочую группу"


_SET_UP = re.compile(r"\bи\s+(?:создать|учредить|сформировать)\s+(?:[\w]+-[\w-]+\s+)?$", re.I)
_AGREEING = re.compile(r"\b(?:договорил|условил|решил|согласил|намерен)\w*", re.I)


# Membership, not a meeting: "страна участвует в АРФ, ВАС и СМОА плюс", "входит в ШОС", "является членом G20".
_MEMBERSHIP = re.compile(r"\b(?:участву(?:ет|ют)|вход(?:ит|ят)|состо(?:ит|ят))\s+(?:\w+\s+)?в\b|"
                         r"\bявля(?:ется|ются)\s+(?:\w+\s+)?член\w*", re.I)
_MEETING_NOUN = re.compile(r"встреч|заседани|саммит|ретрит|совещани|сесси|переговор|консультаци", re.I)


def membership(sentence: str) -> bool:
    """Does the sentence tell membership rather than a meeting: a verb of membership in the present before
    the mechanisms themselves (``участвует в АРФ, Восточноазиатском саммите и СМОА плюс``, ``входит в ШОС``),
    not before a word for a meeting (``участвует в саммите G20``)?"""
    for m in _MEMBERSHIP.finditer(sentence):
        if not _MEETING_NOUN.match(sentence[m.end():].lstrip()):
            return True
    return False


# A meeting told held by a copula and its number (``Это девятая сессия совета``, ``Это была уже 12-я сессия``):
# the round the document reports; not one that would have been (``Это был бы 9-й форум``) nor the first (``Это первая
# встреча за пять лет``: a resumption, told by its other words).
# A line of a timeline: a date (a day, a month or a range of them with the year), a place perhaps, then a dash and
# what was held ("2 мая – 9 июня 2029 года, Лима — третий раунд.", "Август 2030 года — четвертый цикл.").
TIMELINE = re.compile(r"^\W*(?:\d{1,2}\s+)?(?:[а-яё]+\s+)?(?:[–—-]\s*(?:\d{1,2}\s+)?[а-яё]+\s+)?\d{4}\s+(?:года|г\.)"
                      r"(?:\s*,\s*[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)?\s+[—–]\s+", re.I)
COPULA_ROUND = re.compile(r"^\W*это\s+(?:был[аио]?\s+)?(?!бы\b)(?:уже\s+)?(?!перв)(?:\d{1,3}-?[а-я]{0,3}|[IVXХІ]{1,6}|"
                          r"[а-яё]+(?:ое|ая|ой|ий|ый|ые|ьи|ья|ье))\s+(?:по\s+сч[её]ту\s+)?(?:[а-яё]+(?:ое|ая|ой|ий|ый|ые|ие)\s+)?"
                          r"(?:заседани|сесси|встреч|раунд|саммит|консультаци|форум)", re.I)


def status_of(sentence: str, events: list[dict]) -> str | None:
    """The status a sentence tells (see the module's docstring), or None."""
    # per type, an event that occurred before one planned ("переговоры продолжаются … к дальнейшим переговорам")
    kinds = {e["type"]: e for e in sorted(events, key=lambda e: e["factuality"] == "occurred")}
    held_too = (setup := TO_BE_SET_UP.search(sentence)) and AND_HOLD.search(sentence, setup.end())
    if setup and not held_too and not re.search(STATUS_WORDS[3][1], sentence, re.I):
        return None  # "договорились создать рабочую группу": no meeting of it yet, nor a body at work (but "… создать
        # группу и провести очередную сессию весной": the next meeting of the talks, planned)
    if PROPOSED.search(sentence) or PROPOSED_AGAIN.search(sentence):
        return "proposed-resumption"  # "предложил возобновить работу приостановленной комиссии": the proposal
    since = FIRST_SINCE.search(sentence) or AFTER_BREAK.search(sentence)  # "первое с тех пор, как …", "за три года"
    if since and FIRST_SINCE.match(sentence, since.start()) and not SUSPENDED_WORDS.search(sentence, since.end()):
        since = None  # the first since the last meeting ("с тех пор, как министры виделись в …"), not since a break
    if since and not SUSPENDED_WORDS.search(sentence, 0, since.start()) and not UNFULFILLED.search(sentence) \
            and (kinds.get("CONSULT", {}).get("factuality") == "occurred"
                 or re.search(STATUS_WORDS[3][1], sentence[:since.start()], re.I)):
        return "resumed"  # "провели заседание — первое с тех пор, как работа была приостановлена": met again
    if "SANCTION" in kinds and SUSPENSION.search(sentence) or re.search(STATUS_WORDS[0][1], sentence, re.I):
        return "suspended"
    for status, pattern in _WHEN:
        if re.search(pattern, sentence, re.I):
            return status
    if (unmet := UNFULFILLED.search(sentence)) and not HELD_AFTER.search(sentence, unmet.end()):
        return "postponed"  # "На той неделе там должна была состояться сессия": not held on the day it was told
    if "REQUEST" in kinds and re.search(r"возобнов", sentence, re.I) or AGREED_TO_RESUME.search(sentence):
        return "proposed-resumption"  # asked or agreed to resume ("договорились возобновить работу группы"): not yet
    consult = kinds.get("CONSULT")
    if (AGREED_TO_HOLD.search(sentence) or held_too or READY_TO_HOLD.search(sentence)
            or HOST_TO_COME.search(sentence)) \
            and not re.search(STATUS_WORDS[3][1], sentence, re.I):
        return "planned"
    if AFTER_BREAK.search(sentence) and (consult and consult["factuality"] in ("occurred", "planned")
                                         or re.search(STATUS_WORDS[3][1], sentence, re.I)):
        return "resumed"  # "встречаются в пятницу впервые после марта 2011 года": resumed, on that day
    for status, pattern in STATUS_WORDS[1:]:
        if re.search(pattern, sentence, re.I):
            if status == "proposed-resumption" and "REQUEST" not in kinds:
                continue
            return "round" if status == "meeting" and any(e["round"] for e in events) else status
    if NEXT_MEETING.search(sentence):
        return "planned"  # "Следующее заседание запланировано в Ереване", whatever the event says
    if TO_BE_HELD.search(sentence):
        return "planned"  # "Следующий раунд намечен на осень": no held words, whatever the event says
    if consult and consult["factuality"] == "occurred":
        return "round" if consult["round"] else "meeting"
    if consult and consult["factuality"] == "planned" or PLANNED.search(sentence):
        return "planned"
    copula = COPULA_ROUND.search(sentence)
    if TIMELINE.match(sentence) and (told := TIMELINE.match(sentence)) and round_in(sentence[told.end():]):
        return "round"  # a timeline's line: "Май 2029 года, Лима — третий раунд."
    return "round" if copula and round_in(copula.group(0)) else None  # a number, not "Это настоящий саммит"


# talks, not talks about something else told here; a dialogue or consultations too ("Диалог был приостановлен")
_TALKS = re.compile(r"\b(?:переговор|консультаци|диалог)\w*\b(?!\s+(?:о|об)\s)", re.I)


def talks_turned(sentence: str, events: list[dict]) -> bool:
    """Does the sentence tell talks suspended, resumed or begun without naming them (``переговоры были заморожены``,
    ``вернулись за стол переговоров``, ``Переговоры с повстанцами начались в 2029 году``): of the one negotiation
    track its document names?"""
    return bool(_TALKS.search(sentence)) and status_of(sentence, events) in ("suspended", "resumed") \
        or bool(TALKS_BEGAN.search(sentence))
