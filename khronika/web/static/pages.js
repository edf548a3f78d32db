// The pages of one record: an event (every source's evidence in its document), an entity, a document.
import {timeline} from "./chart.js";
import {
  ENTITY_TYPES, FACTUALITY, MODES, POLARITY, TYPES, TYPE_COLORS, api, empty, h, label, link, participants,
  ruDate, section, table, view,
} from "./dom.js";
import {documentText} from "./text.js";
import {formatsOfEvents} from "./formats.js";

function docTitle(d) {
  return d.title || "документ без заголовка";
}

function docLine(d) {
  return [d.source || "источник не указан", " · ", ruDate(d.published)];
}

function facts(rows) {
  return h("dl", {class: "facts"}, rows.filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

export async function eventPage(main, id) {
  const event = await api(`/events/${encodeURIComponent(id)}`);
  const formats = await formatsOfEvents();
  const ofFormat = formats.get(event.id) || [];
  main.append(h("h1", {}, `${label(TYPES, event.type)} · ${ruDate(event.date)}`),
    facts([
      ["Тип", `${label(TYPES, event.type)} (${event.type})`],
      ["Дата", ruDate(event.date)],
      ["Достоверность", label(FACTUALITY, event.factuality)],
      ["Вид", event.mode ? label(MODES, event.mode) : null],
      ["Участники", participants(event)],
      ["Место", event.place_name ? (event.place && event.place.startsWith("e:")
        ? link("entity", event.place, event.place_name) : event.place_name) : null],
      ["Формат", ofFormat.length ? ofFormat.map((f, i) => [i ? ", " : "", link("format", f.id, f.name)])
        : event.format_name],
      ["Раунд", event.round],
      ["Слово в тексте", event.trigger],
      ["Источников", String(event.sources.length)],
    ]));
  const byDoc = new Map();
  for (const x of event.evidence) {
    if (!byDoc.has(x.doc)) byDoc.set(x.doc, []);
    byDoc.get(x.doc).push(x);
  }
  const docs = await Promise.all([...byDoc.keys()].map((doc) => api(`/documents/${encodeURIComponent(doc)}`)));
  const sources = section("Источники и их свидетельства");
  docs.forEach((doc) => {
    const evidence = byDoc.get(doc.id);
    const box = documentText(doc.text, evidence.map((x) => ({start: x.start, end: x.end})), doc.mentions);
    sources.append(h("article", {class: "source", "data-doc": doc.id},
      h("h3", {}, link("document", doc.id, docTitle(doc))),
      h("p", {class: "muted"}, docLine(doc)),
      evidence.map((x) => h("blockquote", {class: "evidence"}, x.text)),
      box));
  });
  main.append(sources);
  if (event.quotes.length) main.append(section("Цитаты", quoteList(event.quotes)));
}

function quoteList(quotes) {
  return h("ul", {class: "quotes"}, quotes.map((q) => h("li", {},
    h("blockquote", {}, `«${q.text}»`),
    h("p", {class: "muted"},
      q.speaker ? link("entity", q.speaker, q.speaker_name || q.speaker) : "говорящий не определён",
      " · ", q.document.source || "источник не указан", ": ", link("document", q.evidence.doc, docTitle(q.document),
        {mark: `${q.evidence.start}-${q.evidence.end}`}), " · ", ruDate(q.document.published)))));
}

export function eventTable(events) {
  if (!events.length) return empty("Событий нет.");
  return table(["Дата", "Событие", "Участники", "Место", "Источников"], events.map((e) => [
    ruDate(e.date),
    link("event", e.id, label(TYPES, e.type) + (e.format_name ? ` · ${e.format_name}` : "")
      + (e.round ? ` · раунд ${e.round}` : "")),
    participants(e),
    e.place_name || "",
    String(e.sources.length),
  ]));
}

export async function entityPage(main, id) {
  const e = await api(`/entities/${encodeURIComponent(id)}`);
  const names = new Map();
  for (const v of e.events) for (const p of v.participants) names.set(p.entity, p.name);
  const nameOf = (other) => names.get(other) || other;
  main.append(h("h1", {}, e.name),
    facts([
      ["Тип", label(ENTITY_TYPES, e.type)],
      ["Латиницей", e.name_en],
      ["Страна", e.country && e.country !== e.id ? link("entity", e.country, nameOf(e.country) === e.country
        ? e.code || e.country : nameOf(e.country)) : e.code],
      ["Другие формы имени", e.aliases.length ? e.aliases.join(", ") : null],
      ["События на шкале", link("", {with: e.id}, "все события с участием")],
    ]));
  main.append(section("Должности и роли", e.roles.length ? table(["Дата", "Должность", "Чья", "Свидетельство"],
    e.roles.map((r) => [
      ruDate(r.date),
      (r.former ? "бывший " : "") + r.position,
      r.of ? link("entity", r.of, nameOf(r.of)) : "",
      link("document", r.evidence.doc, r.evidence.text, {mark: `${r.evidence.start}-${r.evidence.end}`}),
    ])) : empty("Должности не найдены.")));
  if (e.events.length) {
    const types = [...new Set(e.events.map((v) => v.type))];
    main.append(section("События", timeline(e.events.map((v) => ({
      date: v.date, lane: v.type, color: TYPE_COLORS[v.type], href: view("event", v.id),
      title: `${ruDate(v.date)}: ${label(TYPES, v.type)}`,
    })), types.map((t) => [t, label(TYPES, t)])), eventTable(e.events)));
  } else {
    main.append(section("События", empty("Событий с участием нет.")));
  }
  main.append(section("Цитаты", e.quotes.length ? quoteList(e.quotes.map((q) => ({...q, speaker_name: e.name})))
    : empty("Цитат нет.")));
  main.append(section("Позиции", e.stances.length ? table(["Кто", "О ком", "Позиция", "Тема", "Свидетельство"],
    e.stances.map((x) => [
      x.holder ? link("entity", x.holder, x.holder_name || x.holder) : "—",
      x.other ? link("entity", x.other, x.other_name || x.other) : "—",
      label(POLARITY, x.polarity),
      x.topic || "",
      link("document", x.evidence.doc, x.evidence.text, {mark: `${x.evidence.start}-${x.evidence.end}`}),
    ])) : empty("Позиций нет.")));
}

export async function documentPage(main, id, params) {
  const doc = await api(`/documents/${encodeURIComponent(id)}`);
  const marks = [];
  const wanted = /^(\d+)-(\d+)$/.exec(params.get("mark") || "");
  if (wanted) marks.push({start: Number(wanted[1]), end: Number(wanted[2])});
  else for (const x of doc.events) marks.push({start: x.evidence.start, end: x.evidence.end});
  main.append(h("h1", {}, docTitle(doc)), h("p", {class: "muted"}, docLine(doc),
    doc.url ? [" · ", h("span", {}, doc.url)] : ""));
  const box = documentText(doc.text, marks, doc.mentions);
  main.append(section("Текст", h("p", {class: "muted"}, wanted ? "Выделено свидетельство."
    : "Выделены свидетельства событий; имена ведут на страницы участников."), box));
  main.append(section("События в документе", doc.events.length ? table(["Дата", "Событие", "Свидетельство"],
    doc.events.map((x) => [ruDate(x.date), link("event", x.id, label(TYPES, x.type)), x.evidence.text]))
    : empty("Событий нет.")));
  if (doc.quotes.length) {
    main.append(section("Цитаты", quoteList(doc.quotes.map((q) => ({...q, document: doc})))));
  }
}
