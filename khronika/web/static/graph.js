// Who meets whom: participants of meetings as nodes, shared events as edges.
import {graph} from "./chart.js";
import {ENTITY_TYPES, TYPES, api, empty, h, label, link, table, view} from "./dom.js";

const COLORS = {person: "#1d4e89", country: "#2a9d8f", organization: "#e76f51", location: "#999", facility: "#999",
  other: "#999"};
const KINDS = [["person", "люди"], ["country", "страны"], ["organization", "организации"], ["all", "все участники"]];

export async function graphPage(main, params) {
  const kind = params.get("kind") || "person";
  const type = params.get("type") || "CONSULT";
  main.append(h("h1", {}, "Кто с кем встречается"));
  const kinds = h("select", {id: "g-kind"}, KINDS.map(([v, text]) => h("option", {value: v,
    selected: v === kind ? "selected" : null}, text)));
  const types = h("select", {id: "g-type"}, Object.entries(TYPES).map(([v, text]) => h("option", {value: v,
    selected: v === type ? "selected" : null}, `${text} (${v})`)));
  const go = () => { location.hash = view("graph", {kind: kinds.value, type: types.value}); };
  kinds.addEventListener("change", go);
  types.addEventListener("change", go);
  main.append(h("p", {class: "filters"}, h("label", {class: "field"}, h("span", {}, "Кто"), kinds),
    h("label", {class: "field"}, h("span", {}, "События"), types)));
  const found = await api("/graph", {type, kind: kind === "all" ? null : kind});
  const linked = new Set(found.edges.flatMap((e) => [e.source, e.target]));
  const data = {nodes: found.nodes.filter((n) => linked.has(n.id)), edges: found.edges};
  if (!data.nodes.length) {
    main.append(empty("Нет событий этого типа с названными участниками."));
    return;
  }
  main.append(h("p", {class: "muted"}, "Узлы — участники состоявшихся событий, линии — общие события (чем толще, ",
    "тем их больше). Щёлкните по узлу, чтобы открыть страницу участника, по линии — чтобы увидеть их общие события.",
    found.nodes.length > data.nodes.length
      ? ` Участников без общих событий с другими: ${found.nodes.length - data.nodes.length}.`
      : ""));
  const names = new Map(data.nodes.map((n) => [n.id, n.name || n.id]));
  main.append(h("div", {class: "picture"}, graph(data, {
    nodeHref: (n) => view("entity", n.id),
    edgeHref: (e) => view("", {with: e.source, and: e.target, type}),
    color: (n) => COLORS[n.type] || "#999",
  })));
  main.append(h("p", {class: "legend"}, Object.entries(COLORS).slice(0, 3).map(([k, c]) =>
    h("span", {class: "key"}, h("span", {class: "swatch", "data-color": c}), label(ENTITY_TYPES, k)))));
  for (const swatch of main.querySelectorAll(".swatch")) swatch.style.background = swatch.dataset.color;
  main.append(table(["Участники", "Общих событий"], data.edges.slice(0, 50).map((e) => [
    [link("entity", e.source, names.get(e.source)), " — ", link("entity", e.target, names.get(e.target))],
    String(e.events.length)])));
}
