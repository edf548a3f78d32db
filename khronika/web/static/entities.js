// The participants: people, countries, organisations, with their latest role and how many events they are in.
import {ENTITY_TYPES, all, empty, h, label, link, ruDate, table, view} from "./dom.js";

const KINDS = ["person", "country", "organization", "location", "facility", "other"];

function latestRole(e) {
  const dated = e.roles.filter((r) => r.date).sort((a, b) => b.date.localeCompare(a.date));
  const r = dated[0] || e.roles[0];
  return r ? `${r.former ? "бывший " : ""}${r.position}${r.date ? ` (${ruDate(r.date)})` : ""}` : "";
}

export async function entitiesPage(main, params) {
  const type = KINDS.includes(params.get("type")) ? params.get("type") : "person";
  main.append(h("h1", {}, "Участники"));
  main.append(h("p", {class: "tabs"}, KINDS.map((k) => h("a", {href: view("entities", {type: k}),
    class: k === type ? "here" : null}, label(ENTITY_TYPES, k)))));
  const [entities, events] = await Promise.all([all("/entities", {type}), all("/events")]);
  const counts = new Map();
  for (const e of events) for (const p of e.participants) counts.set(p.entity, (counts.get(p.entity) || 0) + 1);
  entities.sort((a, b) => (counts.get(b.id) || 0) - (counts.get(a.id) || 0) || a.name.localeCompare(b.name, "ru"));
  main.append(entities.length ? table(["Имя", "Страна", "Должность", "Событий"], entities.map((e) => [
    link("entity", e.id, e.name), e.code || "", latestRole(e),
    counts.get(e.id) ? link("", {with: e.id}, String(counts.get(e.id))) : "0",
  ])) : empty("Таких участников нет."));
}
