// Pictures drawn as SVG by hand: a timeline (items on a date axis, in lanes) and a graph.
import {h, period, s} from "./dom.js";

const SHORT_MONTHS = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const DAY = 86400000;

function ticks(lo, hi) {
  const out = [];
  const first = new Date(lo), last = new Date(hi);
  const years = last.getUTCFullYear() - first.getUTCFullYear();
  if (hi - lo > 700 * DAY) {
    const step = Math.max(1, Math.ceil(years / 10));
    for (let y = first.getUTCFullYear() + 1; y <= last.getUTCFullYear(); y += step) {
      out.push([Date.UTC(y, 0, 1), String(y)]);
    }
  } else if (hi - lo > 45 * DAY) {
    const months = years * 12 + last.getUTCMonth() - first.getUTCMonth();
    const step = Math.max(1, Math.ceil(months / 10));
    for (let k = 1; k <= months; k += step) {
      const t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + k, 1);
      const d = new Date(t);
      out.push([t, `${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`]);
    }
  } else {
    const step = Math.max(1, Math.ceil((hi - lo) / DAY / 10));
    for (let t = lo + DAY - (lo % DAY); t <= hi; t += step * DAY) {
      const d = new Date(t);
      out.push([t, `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]}`]);
    }
  }
  return out;
}

// items: [{date, lane, color, href, title, label, cls}]; lanes: [[key, caption], ...] in order.
// Items without a date are left out (the lists beside the picture show them).
export function timeline(items, lanes, {width = 1000, laneHeight = 34, left = 190} = {}) {
  const dated = items.filter((x) => x.date).map((x) => ({...x, p: period(x.date)}));
  if (!dated.length) return h("p", {class: "muted"}, "На шкале нечего показать: ни одной даты (всё — в списке ниже).");
  let lo = Math.min(...dated.map((x) => x.p[0])), hi = Math.max(...dated.map((x) => x.p[1]));
  if (hi - lo < 20 * DAY) { lo -= 15 * DAY; hi += 15 * DAY; }
  const pad = (hi - lo) * 0.04;
  lo -= pad; hi += pad;
  const right = 20, top = 24;
  const x = (t) => left + ((t - lo) / (hi - lo)) * (width - left - right);
  const height = top + lanes.length * laneHeight + 30;
  const axisY = top + lanes.length * laneHeight + 4;
  const laneIndex = new Map(lanes.map(([key], i) => [key, i]));
  const svg = s("svg", {viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img",
    "aria-label": "шкала времени"});
  lanes.forEach(([, caption], i) => {
    const y = top + i * laneHeight + laneHeight / 2;
    svg.append(s("line", {x1: left, x2: width - right, y1: y, y2: y, class: "lane"}),
      s("text", {x: left - 8, y: y + 4, "text-anchor": "end", class: "lane-label"}, caption));
  });
  svg.append(s("line", {x1: left, x2: width - right, y1: axisY, y2: axisY, class: "axis"}));
  for (const [t, text] of ticks(lo, hi)) {
    svg.append(s("line", {x1: x(t), x2: x(t), y1: top - 6, y2: axisY + 4, class: "tick"}),
      s("text", {x: x(t), y: axisY + 18, "text-anchor": "middle", class: "tick-label"}, text));
  }
  const taken = new Map();
  for (const item of dated) {
    const lane = laneIndex.get(item.lane) ?? 0;
    const mid = x((item.p[0] + item.p[1]) / 2);
    const key = `${lane}:${Math.round(mid / 8)}`;
    const k = taken.get(key) || 0;
    taken.set(key, k + 1);
    const y = top + lane * laneHeight + laneHeight / 2 + [0, -8, 8, -14, 14][k % 5];
    const mark = s("a", {href: item.href, class: "mark " + (item.cls || "")});
    if (item.p[1] > item.p[0]) {
      mark.append(s("line", {x1: x(item.p[0]), x2: x(item.p[1]) + 1, y1: y, y2: y, stroke: item.color,
        class: "span"}));
    }
    mark.append(s("circle", {cx: mid, cy: y, r: 6, fill: item.color, "data-date": item.date},
      s("title", {}, item.title)));
    if (item.label) {
      mark.append(s("text", {x: mid, y: y - 10, "text-anchor": "middle", class: "dot-label"}, item.label));
    }
    svg.append(mark);
  }
  return svg;
}

// A force-directed layout, deterministic (nodes start on a circle), then a fixed number of steps.
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: width / 2 + Math.cos((2 * Math.PI * i) / n) * width * 0.35,
    y: height / 2 + Math.sin((2 * Math.PI * i) / n) * height * 0.35,
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.events.length]);
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
  for (let step = 0, temp = width / 8; step < 300; step++, temp *= 0.985) {
    const move = pos.map(() => ({x: 0, y: 0}));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01, dy = pos[i].y - pos[j].y || 0.01;
        const d2 = dx * dx + dy * dy, f = d2 < 9 * k * k ? (k * k) / d2 : 0;  // near ones only
        move[i].x += dx * f; move[i].y += dy * f; move[j].x -= dx * f; move[j].y -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.hypot(dx, dy) || 0.01;
      const f = ((d * d) / k) * (0.6 + 0.2 * Math.min(w, 3)) / d;
      move[a].x -= dx * f; move[a].y -= dy * f; move[b].x += dx * f; move[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      move[i].x += (width / 2 - pos[i].x) * 0.05; move[i].y += (height / 2 - pos[i].y) * 0.05;
      const d = Math.hypot(move[i].x, move[i].y) || 1;
      pos[i].x += (move[i].x / d) * Math.min(d, temp);
      pos[i].y += (move[i].y / d) * Math.min(d, temp);
    }
  }
  // Fit the drawing into the picture, leaving room for the names.
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = 90, my = 40;
  return pos.map((p) => ({
    x: x1 > x0 ? mx + ((p.x - x0) / (x1 - x0)) * (width - 2 * mx) : width / 2,
    y: y1 > y0 ? my + ((p.y - y0) / (y1 - y0)) * (height - 2 * my) : height / 2,
  }));
}

// graph: {nodes: [{id, name, type, events}], edges: [{source, target, events}]}; hrefs from the callbacks.
export function graph(data, {nodeHref, edgeHref, color, width = 1000, height = 640}) {
  const pos = layout(data.nodes, data.edges, width, height);
  const index = new Map(data.nodes.map((node, i) => [node.id, i]));
  const svg = s("svg", {viewBox: `0 0 ${width} ${height}`, class: "graph", role: "img",
    "aria-label": "граф встреч"});
  for (const e of data.edges) {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    const names = `${data.nodes[index.get(e.source)].name} — ${data.nodes[index.get(e.target)].name}`;
    svg.append(s("a", {href: edgeHref(e), class: "edge"},
      s("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": Math.min(1 + e.events.length, 8)},
        s("title", {}, `${names}: общих событий ${e.events.length}`))));
  }
  data.nodes.forEach((node, i) => {
    const r = 6 + Math.min(node.events, 10) * 1.5;
    svg.append(s("a", {href: nodeHref(node), class: "node", "data-id": node.id},
      s("circle", {cx: pos[i].x, cy: pos[i].y, r, fill: color(node)},
        s("title", {}, `${node.name || node.id}: событий ${node.events}`)),
      s("text", {x: pos[i].x, y: pos[i].y - r - 4, "text-anchor": "middle"}, node.name || node.id)));
  });
  return svg;
}
