// Building the page safely, reading the API, and the Russian words the views share.
// Every piece of data goes into the page as text (text nodes, textContent, setAttribute of plain
// attributes): never as markup.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (key === "class") {
      node.setAttribute("class", value);
    } else {
      if (/^on/i.test(key)) throw new Error("event handlers are added with `on`, not as attributes");
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// An HTML element: h("a", {href: "#/"}, "text", child, ...); strings become text nodes.
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

// An SVG element, the same way.
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

// The address of a view: view("event", id) → "#/event/v%3A…"; view("", {with: "…"}) → "#/?with=…".
export function view(name, id, params) {
  if (id && typeof id === "object") { params = id; id = null; }
  let path = "#/" + name + (id ? "/" + encodeURIComponent(id) : "");
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const q = query.toString();
  return q ? path + "?" + q : path;
}

export function link(name, id, text, params) {
  return h("a", {href: view(name, id, params)}, text);
}

// Read the API (relative to the page, so the UI also works under a path prefix).
export async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    for (const one of Array.isArray(v) ? v : [v]) query.append(k, one);
  }
  const q = query.toString();
  const response = await fetch(path.replace(/^\//, "") + (q ? "?" + q : ""), {headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return body;
}

// Every item of a paged list (pages of 1000).
export async function all(path, params) {
  const items = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api(path, {...params, limit: 1000, offset});
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

const MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
  "ноября", "декабря"];
const MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
  "ноябрь", "декабрь"];

// A date of the export (YYYY, YYYY-MM or YYYY-MM-DD) in Russian.
export function ruDate(date) {
  if (!date) return "без даты";
  const [y, m, d] = date.split("-").map(Number);
  if (d) return `${d} ${MONTHS[m - 1]} ${y}`;
  if (m) return `${MONTHS_NOM[m - 1]} ${y}`;
  return `${y} г.`;
}

// The first and the last day of a date's period, as times (ms).
export function period(date) {
  const [y, m, d] = date.split("-").map(Number);
  const start = Date.UTC(y, m ? m - 1 : 0, d || 1);
  const end = d ? start : m ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
  return [start, end];
}

export const TYPES = {
  AGREE: "соглашение", CONSULT: "встреча, консультации", SUPPORT: "поддержка", CONCEDE: "уступка",
  COOPERATE: "сотрудничество", AID: "помощь", RETREAT: "отход", REQUEST: "просьба, требование",
  ACCUSE: "обвинение", REJECT: "отказ", THREATEN: "угроза", PROTEST: "протест", SANCTION: "санкции",
  MOBILIZE: "мобилизация", COERCE: "принуждение", ASSAULT: "нападение",
};
export const TYPE_COLORS = {
  AGREE: "#2a9d8f", CONSULT: "#1d4e89", SUPPORT: "#57a773", CONCEDE: "#8ab17d", COOPERATE: "#3a86ff",
  AID: "#06a77d", RETREAT: "#b5838d", REQUEST: "#e9c46a", ACCUSE: "#e76f51", REJECT: "#d62828",
  THREATEN: "#9d0208", PROTEST: "#f4a261", SANCTION: "#6a040f", MOBILIZE: "#7b2cbf", COERCE: "#5a189a",
  ASSAULT: "#370617",
};
export const FACTUALITY = {
  occurred: "состоялось", planned: "запланировано", proposed: "предложено", hypothetical: "предположительно",
  negated: "не состоялось",
};
export const MODES = {meet: "встреча", visit: "визит", host: "приём", phone: "телефонный разговор",
  multilateral: "многосторонняя встреча"};
export const STATUSES = {
  round: "раунд", meeting: "встреча", planned: "запланирован", postponed: "отложен", cancelled: "отменён",
  suspended: "приостановлен", resumed: "возобновлён", "proposed-resumption": "предложено возобновить",
  active: "действует", implied: "упомянут",
};
export const LEVELS = {leaders: "лидеры", ministers: "министры", deputies: "заместители министров",
  experts: "эксперты", parliaments: "парламенты"};
export const ENTITY_TYPES = {person: "человек", organization: "организация", country: "страна", location: "место",
  facility: "объект", other: "другое"};
export const POLARITY = {positive: "поддержка", negative: "неприятие", concern: "обеспокоенность",
  converge: "сближение позиций", diverge: "расхождение позиций"};

export function label(table, key) {
  return (key && table[key]) || key || "—";
}

const ROLES = {source: "инициатор", target: "адресат"};

// A list of the participants of an event, each a link to its entity page.
export function participants(event) {
  const out = [];
  event.participants.forEach((p, i) => {
    if (i) out.push(", ");
    out.push(link("entity", p.entity, p.name || p.entity));
    if (ROLES[p.role]) out.push(h("span", {class: "muted"}, ` (${ROLES[p.role]})`));
  });
  return out.length ? out : [h("span", {class: "muted"}, "участники не названы")];
}

export function section(title, ...children) {
  return h("section", {}, h("h2", {}, title), ...children);
}

export function empty(text) {
  return h("p", {class: "muted"}, text);
}

export function table(headers, rows) {
  return h("table", {}, h("thead", {}, h("tr", {}, headers.map((x) => h("th", {}, x)))),
    h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((c) => h("td", {}, c))))));
}
