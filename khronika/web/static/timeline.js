// The chronicle on a date axis: events filtered by actor, type, format and date, and their list.
import {timeline} from "./chart.js";
import {TYPES, TYPE_COLORS, all, h, label, ruDate, view} from "./dom.js";
import {formatList} from "./formats.js";
import {eventTable} from "./pages.js";

const FILTERS = ["with", "type", "format", "since", "until"];
const DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

function field(caption, control) {
  return h("label", {class: "field"}, h("span", {}, caption), control);
}

async function filterForm(params) {
  const [formats, entities] = await Promise.all([formatList(), all("/entities")]);
  const actors = entities.filter((e) => e.type === "person" || e.type === "country" || e.type === "organization")
    .sort((a, b) => a.name.localeCompare(b.name, "ru"));
  const value = (k) => params.get(k) || "";
  const select = (name, options, caption) => h("select", {name, id: `f-${name}`},
    h("option", {value: ""}, caption),
    options.map(([v, text]) => h("option", {value: v, selected: v === value(name) ? "selected" : null}, text)));
  const form = h("form", {class: "filters", id: "filters"},
    field("Участник", h("input", {name: "with", id: "f-with", list: "actors",
      value: entities.find((e) => e.id === value("with"))?.name || value("with"),
      placeholder: "имя или часть имени", autocomplete: "off"})),
    h("datalist", {id: "actors"}, actors.map((e) => h("option", {value: e.name}))),
    field("Тип", select("type", Object.entries(TYPES).map(([k, v]) => [k, `${v} (${k})`]), "любой")),
    field("Формат", select("format", formats.map((f) => [f.id, f.name]), "любой")),
    field("С", h("input", {name: "since", id: "f-since", value: value("since"), pattern: DATE,
      placeholder: "ГГГГ-ММ-ДД",
      size: 10})),
    field("По", h("input", {name: "until", id: "f-until", value: value("until"), pattern: DATE,
      placeholder: "ГГГГ-ММ-ДД",
      size: 10})),
    h("button", {type: "submit", id: "f-apply"}, "Показать"),
    h("a", {href: view(""), class: "reset"}, "сбросить"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = {};
    for (const k of FILTERS) chosen[k] = form.elements[k].value.trim();
    location.hash = view("", chosen);
  });
  return form;
}

export async function timelinePage(main, params) {
  main.append(h("h1", {}, "Хроника событий"));
  main.append(await filterForm(params));
  const query = {};
  for (const k of FILTERS) if (params.get(k)) query[k] = params.get(k);
  let events = await all("/events", query);
  const also = params.get("and");  // a second participant (an edge of the graph): their shared events
  if (also) {
    events = events.filter((e) => e.participants.some((p) => p.entity === also));
    const name = events.flatMap((e) => e.participants).find((p) => p.entity === also)?.name || also;
    const rest = {};
    for (const k of FILTERS) if (params.get(k)) rest[k] = params.get(k);
    main.append(h("p", {class: "muted", id: "and"}, `Только события, где участвует и ${name} `,
      h("a", {href: view("", rest)}, "(снять)")));
  }
  const undated = events.filter((e) => !e.date).length;
  main.append(h("p", {class: "count", id: "count"}, `Событий: ${events.length}`,
    undated ? ` (без даты: ${undated}, они только в списке)` : ""));
  const types = Object.keys(TYPES).filter((t) => events.some((e) => e.type === t));
  main.append(h("div", {class: "picture"}, timeline(events.map((e) => ({
    date: e.date, lane: e.type, color: TYPE_COLORS[e.type], href: view("event", e.id), cls: "event",
    title: `${ruDate(e.date)}: ${label(TYPES, e.type)} — ${e.participants.map((p) => p.name || p.entity).join(", ")}`,
  })), types.map((t) => [t, label(TYPES, t)]))));
  main.append(eventTable(events));
}
