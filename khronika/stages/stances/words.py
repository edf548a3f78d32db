"""The words of the stance rules besides the cues: ``data/stance_words.tsv``, ``data/stance_phrases.tsv``,
the pronouns of ``data/pronouns.tsv`` and the verbs of speech of ``data/speech_verbs.tsv`` (through the
quote stage's cue lexicon), all read through ``khronika/lexicon.py``."""
from __future__ import annotations

from ... import lexicon
from ..quotes.cues import PRONOUNS, SPEECH

_WORDS = lexicon.words("stance_words.tsv")
_USES = frozenset({"topic", "bound", "target", "with", "norm"})
_PHRASES = lexicon.table("stance_phrases.tsv", (lexicon.Column("phrase", convert=lexicon.spaced),
                                                lexicon.Column("use", choices=_USES)), key=("phrase", "use"))

NEGATIONS = _WORDS["NEGATIONS"]
ABSENCE = _WORDS["ABSENCE"]
GOALS = _WORDS["GOALS"]
ACHIEVED = _WORDS["ACHIEVED"]
NOTED = _WORDS["NOTED"]  # "отметили сближение позиций": a goal noun told as reached
SUCCESS = _WORDS["SUCCESS"]
MAINTAIN_VERBS = _WORDS["MAINTAIN_VERBS"]
MAINTAINED = _WORDS["MAINTAINED"]
NAMING = _WORDS["NAMING"]
APPRAISAL_POSITIVE = _WORDS["APPRAISAL_POSITIVE"]  # "назвал X хорошим": stances/appraisal.py
APPRAISAL_NEGATIVE = _WORDS["APPRAISAL_NEGATIVE"]
MOVES = _WORDS["MOVES"]  # "назвал открытие посольства хорошей новостью": a move of diplomacy
SUMMON = _WORDS["SUMMON"]  # "вызвал посла X … Ему заявили протест": stances/summons.py
ENVOYS = _WORDS["ENVOYS"]  # who is summoned so ("посла"), and told after ("послу")
CONDITIONS = _WORDS["CONDITIONS"]
IF_CLAUSE = _WORDS["IF_CLAUSE"]  # "Если X …, то Y осудит …": checks.unheld
HOPING = _WORDS["HOPING"]  # "выразил надежду, что X поддержит …"
ASKING = _WORDS["ASKING"]  # "спросили, осуждает ли X …"
EXPRESSING = SPEECH["express"] | _WORDS["FEELING_VERBS"]  # verbs that express a feeling noun
RECEIVING = _WORDS["RECEIVING_VERBS"]  # "с сожалением восприняло": a feeling noun as the manner of taking news
CAUSE = _WORDS["CAUSE"]
FEELING_STATES = _WORDS["FEELING_STATES"]
CARRIERS = _WORDS["CARRIERS"]
SENDERS = _WORDS["SENDERS"]
TOWARD_ONLY = _WORDS["TOWARD_ONLY"]
ACTS = _WORDS["ACTS"]
FUTURE_AUX = _WORDS["FUTURE_AUX"]
DEMONSTRATIVES = _WORDS["DEMONSTRATIVES"]
OBLIQUE_DEMONSTRATIVES = _WORDS["OBLIQUE_DEMONSTRATIVES"]
RELATIVES = _WORDS["RELATIVES"]
SIDES = _WORDS["SIDES"]
PAIR = _WORDS["PAIR"]
DELEGATES = _WORDS["DELEGATES"]  # "министры выразили …": the parties together
FORWARDED = _WORDS["FORWARDED"]
COUNTERPARTS = _WORDS["COUNTERPARTS"]
TOPIC_PREPOSITIONS = _WORDS["TOPIC_PREPOSITIONS"]
HEADING_PREPOSITIONS = _WORDS["HEADING_PREPOSITIONS"]  # "- Об ответных мерах X": a topic named, no stance
COPULAS = _WORDS["COPULAS"]  # "X является надёжным партнёром Y"
COPULAS_PAST = COPULAS | {"быть"}  # "был и остаётся", "не может быть предметом"
REGARD = _WORDS["REGARD"]  # "видим в X надёжного партнёра", "считаем X другом"
TALKS = _WORDS["TALKS"]  # "переговоры прошли в дружественной атмосфере": a meeting the mood is of
SHARED_WORK = _WORDS["SHARED_WORK"]  # "работа идет в дружественной атмосфере": work of two sides
INFRINGED = _WORDS["INFRINGED"]  # "нарушение решения суда": the court is no side broken with
CHARGES = _WORDS["CHARGES"]  # "Обвинения в его адрес голословны": a charge judged, of the side told before
TOPIC_AFTER_CUE = _WORDS["TOPIC_AFTER_CUE"]
ACCORDING = SPEECH["according"] | _WORDS["OPINION_NOUNS"]  # "по мнению X", "по нашим оценкам"
AIM = _WORDS["AIM"]
BEAR = _WORDS["BEAR"]  # verbs of bearing a blame: "X несет ответственность"
SIDES_ONLY = _WORDS["SIDES_ONLY"]  # "Россия отклонила предложение", not "суд отклонил иск"
STATE_BODY_HEADS = _WORDS["STATE_BODY_HEADS"]  # "МИД X отклонил протест": a body acting for X
STOPPING = _WORDS["STOPPING"]  # "призвал X прекратить": the acts a side is urged to stop
WITHHOLDING = _WORDS["WITHHOLDING"]  # "отказался поддержать": support withheld (stances/withheld.py)
PUT_FORWARD = _WORDS["PUT_FORWARD"]  # "не поддержал этот план": what is put forward for support
LAY = _WORDS["LAY"]  # verbs of laying a blame: "X возложил ответственность на Y"
OPPOSING = _WORDS["OPPOSING"]
DENYING = _WORDS["DENYING"]  # "отверг предположения о кризисе": with CONJECTURES, a claim denied, no stance
CONJECTURES = _WORDS["CONJECTURES"]
THREATENING = _WORDS["THREATENING"]  # "учения X угрожают стабильности": an act threatens, its speaker holds it
RELATIONS = _WORDS["RELATIONS"]
DEALINGS = _WORDS["DEALINGS"] | _WORDS["TALKS"] | RELATIONS  # a meeting, body or relations of two sides
ME = _WORDS["ME"]
MODALS = _WORDS["MODALS"]
ANTI = _WORDS["ANTI"]
CLAUSE_OPENERS = _WORDS["CLAUSE_OPENERS"]
COORDINATORS = _WORDS["COORDINATORS"]
PERSIST = _WORDS["PERSIST"]
WITHIN = _WORDS["WITHIN"]
JOINT = _WORDS["JOINT"]
CLAIMS = _WORDS["CLAIMS"]
RULINGS = _WORDS["RULINGS"]  # refused only as recognised: "не признаёт решения суда"
RECOGNISE = _WORDS["RECOGNISE"]
SHARED_FEELINGS = _WORDS["SHARED_FEELINGS"]  # "Стороны выразили удовлетворение …": one view of the two
UNACCEPTED_CLAUSES = _WORDS["UNACCEPTED_CLAUSES"]  # "не можем принять, когда …"
ORDERS = _WORDS["ORDERS"]  # "по указке X": the one who acts on them is judged
STATEMENTS = _WORDS["STATEMENTS"]
HOSTILE = _WORDS["HOSTILE"]  # "не допустит угроз": an act against a side, not tolerated
LEAVE = _WORDS["LEAVE"]  # "не останется без ответа", "не оставит безнаказанным"
LEAVE_ACTIVE = _WORDS["LEAVE_ACTIVE"]
ISSUED = _WORDS["ISSUED"]  # "— отмечается в сообщении": a statement someone issued
POSING = _WORDS["POSING"]  # "учения X представляют угрозу": a threat posed by the subject
REQUESTS = _WORDS["REQUESTS"]  # "обращение не останется без ответа": no act against a side
TAKEN_UP = _WORDS["TAKEN_UP"]  # "… X … Режим действует по указке Y": a noun taking up a side named before
WE = PRONOUNS["WE"]
OUR = PRONOUNS["OUR"]

# Multi-word markers, in the file's order.
TOPIC_MARKERS = tuple(row["phrase"] for row in _PHRASES if row["use"] == "topic")
BOUND_BY = tuple(row["phrase"] for row in _PHRASES if row["use"] == "bound")
TARGET_MARKERS = tuple(row["phrase"] for row in _PHRASES if row["use"] == "target")
WITH_MARKERS = tuple(row["phrase"] for row in _PHRASES if row["use"] == "with")
NORM_MARKERS = tuple(row["phrase"] for row in _PHRASES if row["use"] == "norm")
