"""The formats of an ingest read the documents it stored from memory (``ingest.told_view``), not back from the
store: exactly what ``Store.told_views`` would have read."""
from khronika.ingest import ingest, read_formats, told_view
from khronika.records import Document, Source
from khronika.store import Store

TEXTS = [  # invented texts: names, offices, a quote, dates, a format with its round
    "МОСКВА, 3 марта. Министр иностранных дел Аллерии Игорь Павлов провёл 2 марта переговоры с коллегой из "
    "Борнании Ян Ковальчиком. «Мы договорились о новом раунде», — сказал Павлов. Стороны подписали соглашение.",
    "Пятое заседание межправительственной комиссии Японии и Перу по торгово-экономическому сотрудничеству прошло "
    "в Лиме 12 мая 2031 года. Следующее заседание решено провести в Токио. Глава МИД Перу назвал встречу полезной.",
    "Вчера в Женеве состоялся третий раунд консультаций в формате «3+3». Представитель МИД Турции заявил, что "
    "консультации продолжатся в июне.",
]


def test_a_stored_documents_view_is_what_the_store_reads_back(tmp_path, pipeline):
    docs = [pipeline(Document.from_source(Source(path=f"/tmp/views/{i}.txt", text=t))) for i, t in enumerate(TEXTS)]
    with Store(tmp_path / "s.db") as store:
        store.save_many(docs)
        read_back = store.told_views([d.id for d in docs])
    assert read_back == {d.id: told_view(d) for d in docs}
    assert any(v.mentions and v.timexes and v.sentences for v in read_back.values())


def test_formats_read_from_memory_are_those_read_from_the_store(tmp_path, pipeline):
    paths = []
    for i, t in enumerate(TEXTS):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(t, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([str(p) for p in paths], store, lambda: pipeline)  # with the views kept
        kept = store.format_mentions()
        read_formats(store, {d["id"] for d in store.documents()})  # every view read back
        assert store.format_mentions() == kept and any(m["mentions"] for m in kept)
