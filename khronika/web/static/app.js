// The UI's router: the part of the address after '#' names the view (#/event/<id>, #/format/<id>, ...).
import {h} from "./dom.js";
import {entitiesPage} from "./entities.js";
import {formatPage, formatsPage} from "./formats.js";
import {graphPage} from "./graph.js";
import {documentPage, entityPage, eventPage} from "./pages.js";
import {searchPage} from "./search.js";
import {timelinePage} from "./timeline.js";

const VIEWS = {
  "": (main, id, params) => timelinePage(main, params),
  event: (main, id) => eventPage(main, id),
  entity: (main, id) => entityPage(main, id),
  document: (main, id, params) => documentPage(main, id, params),
  entities: (main, id, params) => entitiesPage(main, params),
  formats: (main) => formatsPage(main),
  format: (main, id) => formatPage(main, id),
  graph: (main, id, params) => graphPage(main, params),
  search: (main, id, params) => searchPage(main, params),
};
const TITLES = {"": "Хроника", event: "Событие", entity: "Участник", entities: "Участники", document: "Документ",
  formats: "Форматы",
  format: "Формат", graph: "Граф встреч", search: "Поиск"};

let current = 0;

async function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?", 2);
  const [name, ...rest] = path.split("/");
  const id = rest.length ? decodeURIComponent(rest.join("/")) : null;
  const params = new URLSearchParams(query || "");
  const render = VIEWS[name];
  const main = document.getElementById("main");
  const mine = ++current;
  const next = h("div", {class: "view", "data-view": name || "timeline"});
  document.body.classList.add("loading");
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("here", a.dataset.view === ({format: "formats", entity: "entities"}[name] ?? name));
  }
  try {
    if (!render) throw new Error(`нет такой страницы: ${name}`);
    await render(next, id, params);
    document.title = `${TITLES[name]} — khronika`;
  } catch (error) {
    next.replaceChildren(h("h1", {}, "Не удалось показать страницу"), h("p", {class: "error"}, String(error.message)));
  }
  if (mine !== current) return;  // a later navigation has won
  main.replaceChildren(next);
  document.body.classList.remove("loading");
  document.body.dataset.ready = String(mine);
  if (!next.querySelector(".doc-text mark")) window.scrollTo(0, 0);
  for (const box of next.querySelectorAll(".doc-text")) {
    const mark = box.querySelector("mark");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }
}

// An error no view caught is kept on the page, where the browser tests look for it.
window.addEventListener("error", (event) => { document.body.dataset.error = String(event.message); });
window.addEventListener("unhandledrejection", (event) => { document.body.dataset.error = String(event.reason); });
window.addEventListener("hashchange", route);
route();
