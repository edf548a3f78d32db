// Formats of dialogue: the list, and one format's rounds and status over time.
import {timeline} from "./chart.js";
import {LEVELS, STATUSES, all, api, empty, h, label, link, ruDate, section, table, view} from "./dom.js";
import {eventTable} from "./pages.js";

const STATUS_COLORS = {
  round: "#1d4e89", meeting: "#3a86ff", planned: "#e9c46a", postponed: "#f4a261", cancelled: "#d62828",
  suspended: "#9d0208", resumed: "#2a9d8f", "proposed-resumption": "#8ab17d", active: "#57a773", implied: "#999999",
};
// The lanes of a format's timeline: what happened, what was said of its state.
const LANES = [
  ["held", "раунды и встречи"], ["plan", "планы"], ["state", "состояние"],
];
const LANE_OF = {round: "held", meeting: "held", planned: "plan", postponed: "plan", cancelled: "plan",
  "proposed-resumption": "plan", suspended: "state", resumed: "state", active: "state", implied: "state"};

let cache = null;

export function formatList() {
  cache = cache || all("/formats");
  return cache;
}

// Event id → the formats whose histories name it.
export async function formatsOfEvents() {
  const out = new Map();
  for (const f of await formatList()) {
    for (const entry of f.history) {
      for (const v of entry.events) {
        if (!out.has(v)) out.set(v, []);
        if (!out.get(v).includes(f)) out.get(v).push(f);
      }
    }
  }
  return out;
}

function sides(f) {
  return f.sides.map((id, i) => [i ? " – " : "", link("entity", id, f.side_names[i] || id)]);
}

function rounds(f) {
  return f.history.filter((x) => x.status === "round").length;
}

export async function formatsPage(main) {
  const formats = [...await formatList()].sort((a, b) => b.history.length - a.history.length);
  main.append(h("h1", {}, "Форматы диалога"));
  main.append(formats.length ? table(["Формат", "Стороны", "Уровень", "Записей в истории", "Раундов"],
    formats.map((f) => [link("format", f.id, f.name), sides(f), f.level ? label(LEVELS, f.level) : "",
      String(f.history.length), String(rounds(f))])) : empty("Форматы не найдены."));
}

function entryTitle(x) {
  return `${label(STATUSES, x.status)}${x.round ? ` № ${x.round}` : ""} · ${ruDate(x.date)}`;
}

export async function formatPage(main, id) {
  const f = await api(`/formats/${encodeURIComponent(id)}`);
  main.append(h("h1", {}, f.name),
    h("dl", {class: "facts"},
      h("dt", {}, "Что это"), h("dd", {}, f.label || f.type),
      f.sides.length ? [h("dt", {}, "Стороны"), h("dd", {}, sides(f))] : null,
      f.level ? [h("dt", {}, "Уровень"), h("dd", {}, label(LEVELS, f.level))] : null,
      f.members.length ? [h("dt", {}, "Участники"), h("dd", {}, f.members.join(", "))] : null,
      f.aliases.length ? [h("dt", {}, "Как его называют"), h("dd", {}, f.aliases.join("; "))] : null,
      h("dt", {}, "События"), h("dd", {}, link("", {format: f.id}, "на шкале времени"))));
  const history = [...f.history].sort((a, b) => (a.date === null) - (b.date === null)
    || (a.date || "").localeCompare(b.date || ""));
  const picture = timeline(history.map((x) => ({
    date: x.date, lane: LANE_OF[x.status] || "state", color: STATUS_COLORS[x.status] || "#555",
    href: x.events.length ? view("event", x.events[0]) : view("document", x.docs[0]),
    title: `${entryTitle(x)}: ${x.evidence || ""}`, label: x.round ? `№ ${x.round}` : label(STATUSES, x.status),
    cls: "status-" + x.status,
  })), LANES);
  main.append(section("История: раунды и состояние во времени", picture,
    h("p", {class: "legend"}, Object.entries(STATUS_COLORS).filter(([k]) => history.some((x) => x.status === k))
      .map(([k, color]) => h("span", {class: "key"}, h("span", {class: "swatch", "data-color": color}),
        label(STATUSES, k)))),
    history.length ? table(["Дата", "Что", "Раунд", "Свидетельство", "События", "Документы"], history.map((x) => [
      ruDate(x.date),
      label(STATUSES, x.status) + (x.told ? ` (${x.told})` : ""),
      x.round ? String(x.round) : "",
      x.evidence || "",
      x.events.map((v, i) => [i ? ", " : "", link("event", v, "событие")]),
      x.docs.map((d, i) => [i ? ", " : "", link("document", d, "документ")]),
    ])) : empty("История пуста.")));
  for (const swatch of main.querySelectorAll(".swatch")) swatch.style.background = swatch.dataset.color;
  main.append(section("События формата", eventTable(f.events)));
}
