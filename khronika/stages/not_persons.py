"""Names the tagger reads as persons' that are none, told by where they stand (the entity stage asks these
before it builds a person): a city opening a dateline (``Улан-Батор, 17 ноября /МОНЦАМЭ/.``) and a lone letter
(``в социальной сети X``)."""
from __future__ import annotations

import re

from .. import lexicon
from ..dates import MONTHS
from ..records import Mention
from ..view import DocView

# ", 17 ноября" or ", 3 мар." right after the name: the day and month of a dateline.
_DAY_MONTH = re.compile(rf"\s*,\s*\d{{1,2}}\s+(?:{lexicon.alternation(MONTHS)})(?!\w)", re.IGNORECASE)


def dateline_place(span: Mention, v: DocView) -> bool:
    """A name that opens a line and is followed by a day and a month (``Улан-Батор, 17 ноября``): the
    dateline's city, no person."""
    line_start = v.text.rfind("\n", 0, span.start) + 1
    return not v.text[line_start:span.start].strip() and bool(_DAY_MONTH.match(v.text, span.stop))


def letter_only(span: Mention) -> bool:
    """A name of one letter (``X``, ``Y.``): an initial without a surname or a service's name, no person."""
    return len([c for c in span.text if c.isalpha()]) < 2
