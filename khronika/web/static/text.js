// A document's text as text nodes, with marked ranges (<mark>) and mentions linked to their entities.
import {h, view} from "./dom.js";

function merged(ranges) {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({start: r.start, end: r.end, cls: r.cls});
  }
  return out;
}

// The text from `start` to `end`, each mention in it a link to its entity.
function linked(text, start, end, mentions) {
  const out = [];
  let at = start;
  for (const m of mentions) {
    if (!m.entity || m.end <= at || m.start >= end) continue;
    const a = Math.max(m.start, at), b = Math.min(m.end, end);
    if (a > at) out.push(document.createTextNode(text.slice(at, a)));
    out.push(h("a", {href: view("entity", m.entity), class: "mention"}, text.slice(a, b)));
    at = b;
  }
  if (end > at) out.push(document.createTextNode(text.slice(at, end)));
  return out;
}

// marks: [{start, end, cls}] (overlapping ones merged); mentions: [{start, end, entity}].
export function documentText(text, marks, mentions = []) {
  const box = h("div", {class: "doc-text"});
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of merged(marks)) {
    box.append(...linked(text, at, m.start, sortedMentions));
    box.append(h("mark", {class: m.cls || null}, linked(text, m.start, m.end, sortedMentions)));
    at = m.end;
  }
  box.append(...linked(text, at, text.length, sortedMentions));
  return box;
}

// The pieces of a document around the hits of a search ({start, end, text}), with the hits in them marked.
export function snippets(pieces, hits) {
  return pieces.map((piece) => {
    const out = [piece.start > 0 ? "…" : ""];
    let at = piece.start;
    for (const hit of hits) {
      if (hit.start < at || hit.end > piece.end) continue;
      out.push(piece.text.slice(at - piece.start, hit.start - piece.start),
        h("mark", {}, piece.text.slice(hit.start - piece.start, hit.end - piece.start)));
      at = hit.end;
    }
    out.push(piece.text.slice(at - piece.start), "…");
    return h("p", {class: "snippet"}, out);
  });
}
