"""A round told by its ordinal alone, a parenthetical or a modal verb before its verb of holding (``Десятое, как
условились министры, пройдет …``, ``Шестая должна состояться …``).  Invented sentences only."""
from __future__ import annotations

import pytest

from khronika.format_rounds import elided_round


@pytest.mark.parametrize("sentence, rnd", [
    ("Десятое, как условились министры, пройдет в Кито в 2032 году.", 10),
    ("Седьмое, по данным МИД, состоялось в мае 2030 года.", 7),
    ("Пятая, как ожидается, может пройти в Лиме.", 5),
    ("Шестая должна состояться в Лиме весной.", 6),
    ("Стороны, как ожидается, пройдут по маршруту.", None),  # no ordinal
    ("Десятое, как условились министры, подписано в Кито.", None),  # no verb of holding
])
def test_an_ordinal_alone_before_a_parenthetical(sentence, rnd):
    assert elided_round(sentence) == rnd
