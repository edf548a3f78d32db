"""Acts told as what another act answers (``в ответ на высылку …``): the act answered is another act than the answer,
of one type often (an expulsion for an expulsion), which ``merge.py`` keeps apart."""
from __future__ import annotations

import re

from ...records import Event

# The act an answer is to, named right after the answer's words: "в ответ на высылку", "об «ответной мере» на
# высылку", "ответом на решение выслать", "в отместку за введение санкций", "зеркальный ответ на закрытие"; not the
# topic of a question answered ("в ответ на вопрос о санкциях"); not the finite verb, whose sentence tells the answer
# ("Москва ответила на санкции X зеркальными мерами": the mirror measures).
_ANSWERED = re.compile(r"(?:\bответ(?:ом|а|у|ы|ов|н\w*)?|\bотместк\w*)[»\"”]?(?:\s+[«\"„]?\w+[»\"”]?)?"
                       r"\s+(?:на|за)\s+(?!вопрос)"
                       r"(?:[\w-]+\s+){0,3}$", re.I)
_ANSWER_REACH = 80  # characters before a trigger read for the answer's words


def answered(event: Event, text: str) -> bool:
    """The act is told as what another answers (``это был «зеркальный ответ» на высылку …``)."""
    return bool(_ANSWERED.search(text[max(event.start, event.trigger_start - _ANSWER_REACH):event.trigger_start]))
