// Search: documents holding every word in any form, and the evidence sentences that hold them.
import {ENTITY_TYPES, TYPES, api, empty, h, label, link, ruDate, section, view} from "./dom.js";
import {snippets} from "./text.js";

export async function searchPage(main, params) {
  const q = params.get("q") || "";
  main.append(h("h1", {}, "Поиск"));
  const input = h("input", {type: "search", name: "q", id: "q", value: q, placeholder: "например: переговоры",
    autocomplete: "off"});
  const form = h("form", {class: "filters", id: "search"}, input, h("button", {type: "submit"}, "Искать"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = view("search", {q: input.value.trim()});
  });
  main.append(form, h("p", {class: "muted"}, "Ищутся участники по имени и документы со всеми словами запроса ",
    "в любой форме: «переговоры» найдёт «переговорах»."));
  if (!q) return;
  const [found, named] = await Promise.all([api("/search", {q, limit: 20}), api("/entities", {q, limit: 50})]);
  if (named.items.length) {
    main.append(section("Участники", h("ul", {class: "entities"}, named.items.map((e) => h("li", {},
      link("entity", e.id, e.name), h("span", {class: "muted"}, ` · ${label(ENTITY_TYPES, e.type)}`
        + (e.code ? ` · ${e.code}` : "")))))));
  }
  main.append(h("p", {class: "count", id: "count"}, `Документов: ${found.total}`));
  if (!found.items.length) {
    main.append(empty("Ничего не найдено."));
    return;
  }
  main.append(section("Документы", h("ol", {class: "results"}, found.items.map((d) => h("li", {},
    h("h3", {}, link("document", d.id, d.title || "документ без заголовка",
      d.hits.length ? {mark: `${d.hits[0].start}-${d.hits[0].end}`} : null)),
    h("p", {class: "muted"}, d.source || "источник не указан", " · ", ruDate(d.published)),
    snippets(d.snippets, d.hits))))));
  if (found.evidence.length) {
    main.append(section("Свидетельства событий и цитаты", h("ul", {class: "evidence-list"},
      found.evidence.map((x) => h("li", {},
        x.event ? link("event", x.event, `${label(TYPES, x.type)} · ${ruDate(x.date)}`)
          : link("document", x.evidence.doc, `цитата: ${x.speaker_name || "говорящий не определён"}`,
            {mark: `${x.evidence.start}-${x.evidence.end}`}),
        h("blockquote", {}, x.evidence.text))))));
  }
}
