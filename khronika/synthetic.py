"""Synthetic stores for benchmarks: documents that report meetings between persons of a fixed pool,
stored already annotated (no pipeline), in batches of one transaction each.

``documents(n, seed)`` yields ``n`` documents of one meeting each: two persons of a pool of about
``n / 4`` (so that persons recur and the fusion index has real blocks), their countries and a day
in ten years.  ``fill(store,
n)`` stores them and runs the cross-document stage; ``python -m khronika.synthetic DB N`` builds a
store of N events (a million is a matter of patience and disk: about 1 GB).
"""
from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta

from .ids import entity_id
from .records import Document, Entity, Event, Mention, PartialDate, Participant, Role

FIRST = ("Иван", "Пётр", "Анна", "Ольга", "Сергей", "Мария", "Олег", "Нина", "Лев", "Вера")
STEMS = ("Волк", "Сокол", "Орл", "Лебед", "Морз", "Кузнец", "Павл", "Семён", "Голуб", "Виноград", "Зайц",
         "Медвед", "Журавл", "Кругл", "Белк", "Ершов", "Щукин", "Карп", "Рыбак", "Ткач")
COUNTRIES = ("RU", "JP", "CN", "IN", "FR", "DE", "TR", "EG", "US", "BR", "KR", "IT")
BATCH = 500  # documents per transaction


def _person(i: int) -> tuple[str, str]:
    """The name of pool person ``i`` (distinct for every i, and so is its surname's key for fusion: digits that
    repeat, ``-11``, would be one ``-1`` once double letters are one, ``translit.skeleton``) and the country they hold
    an office of."""
    number = "н".join(str(i // (len(FIRST) * len(STEMS))))  # 11 → 1н1: no two digits alike side by side
    name = f"{FIRST[i % len(FIRST)]} {STEMS[i // len(FIRST) % len(STEMS)]}ов-{number}"
    return name, COUNTRIES[i % len(COUNTRIES)]


def document(i: int, rng: random.Random, pool: int, tag: str = "s") -> Document:
    a, b = rng.sample(range(pool), 2)
    (na, ca), (nb, cb) = _person(a), _person(b)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    text = (f"Министр {na} и министр {nb} провели переговоры {day.day}.{day.month:02}.{day.year}. "
            f"Стороны обсудили сотрудничество.")
    people = (Entity(entity_id("person", na), "person", na), Entity(entity_id("person", nb), "person", nb))
    spans = [(text.index(n), text.index(n) + len(n)) for n in (na, nb)]
    mentions = tuple(Mention(s, e, "PER", n, entity=p.id) for (s, e), n, p in zip(spans, (na, nb), people))
    roles = tuple(Role(p.id, "министр", s, e, s - 8, s - 1, 0, len(text), of=f"e:iso-{c}")
                  for p, (s, e), c in zip(people, spans, (ca, cb)))
    trigger = text.index("провели")
    event = Event(f"v:{tag}{i:08x}", "CONSULT", "провели переговоры", trigger, trigger + 18, 0, len(text),
                  date=PartialDate(day.year, day.month, day.day),
                  participants=tuple(Participant(p.id) for p in people))
    key = f"{tag}{i:015x}"
    return Document(id=f"d:{key[-16:]}", path=f"synthetic/{tag}{i}.txt", raw=text, text=text, source="synthetic",
                    published=PartialDate(day.year, day.month, day.day), published_from="metadata",
                    content_hash=f"{key:0>64}", mentions=mentions, entities=people, roles=roles, events=(event,))


def documents(n: int, seed: int = 1, tag: str = "s", pool: int | None = None) -> Iterator[Document]:
    rng = random.Random(seed)
    pool = pool or max(8, n // 4)
    for i in range(n):
        yield document(i, rng, pool, tag)


def fill(store, n: int, seed: int = 1, progress=None) -> None:
    """Store ``n`` synthetic documents in batches, then run the cross-document stage once."""
    from .ingest import cross_document

    batch: list[Document] = []
    for doc in documents(n, seed):
        batch.append(doc)
        if len(batch) == BATCH:
            store.save_many(batch)
            batch = []
            if progress:
                progress(BATCH)
    if batch:
        store.save_many(batch)
    cross_document(store, None)


if __name__ == "__main__":
    from .store import Store

    with Store(sys.argv[1]) as s:
        fill(s, int(sys.argv[2]))
        print(s.counts())
