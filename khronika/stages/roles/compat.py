"""``Index``, the mention lookup the role stage had before ``khronika/view.py``: kept, as a thin
adapter over ``view(doc).mentions(doc)``, for modules that still import it from ``roles``."""
from __future__ import annotations

from ...records import Document, Entity, Mention, Token
from ...view import view


class Index:
    """Mentions and entities of a document looked up by token (the innermost mention wins:
    ``России`` inside ``МИД России``).  New code uses ``view(doc).mentions(doc)``."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.index = view(doc).mentions(doc)
        self.by_start: dict[int, Mention] = self.index.starting
        self.entities: dict[str, Entity] = self.index.entities

    def mention(self, token: Token) -> Mention | None:
        return self.index.inner(token)

    def kind(self, mention: Mention | None) -> str | None:
        return self.index.kind(mention)
