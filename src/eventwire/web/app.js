// eventwire dashboard: plain JavaScript and inline SVG, fed by the JSON API of the same server.
// No external scripts, tiles or fonts. Data is only ever written with textContent / attributes.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const QUADS = ["1", "2", "3", "4", "none"];
const QUAD_COLOR = { 1: "#3b82c4", 2: "#2ca25f", 3: "#f0a30a", 4: "#d7301f", none: "#9a9a9a" };
const QUAD_NAME = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
  4: "material conflict", none: "no CAMEO code",
};
const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];
const STATUSES = [
  "asserted", "reported", "claimed", "threatened", "intended", "denied", "hedged", "hypothetical",
];
const API = {
  stats: "/api/stats", geo: "/api/geo", timeline: "/api/timeline",
  network: "/api/network", clusters: "/api/clusters",
};

// ------------------------------------------------------------------ helpers

function el(tag, attrs, parent, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

function html(tag, parent, text) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function quadKey(q) {
  return q === null || q === undefined ? "none" : String(q);
}

function empty(svg, message) {
  const box = svg.viewBox.baseVal;
  el("text", { x: box.width / 2, y: box.height / 2, "text-anchor": "middle", class: "empty" },
    svg, message);
}

function filterParams() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  for (const name of ["start", "end", "country", "type", "status"]) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

async function getJSON(path, params) {
  const response = await fetch(`${path}?${params}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || `${path}: HTTP ${response.status}`);
  return body;
}

// ------------------------------------------------------------------ map

function mapExtent(features) {
  // Fit the located events (10-degree steps, at least 60 x 30 degrees), else the world.
  if (!features.length) return { x0: -180, x1: 180, y0: -90, y1: 90 };
  const lons = features.map((f) => f.geometry.coordinates[0]);
  const lats = features.map((f) => f.geometry.coordinates[1]);
  let x0 = Math.floor((Math.min(...lons) - 5) / 10) * 10;
  let x1 = Math.ceil((Math.max(...lons) + 5) / 10) * 10;
  let y0 = Math.floor((Math.min(...lats) - 5) / 10) * 10;
  let y1 = Math.ceil((Math.max(...lats) + 5) / 10) * 10;
  // keep the 2:1 aspect of the SVG, so degrees stay square (equirectangular)
  const width = Math.max(x1 - x0, 2 * (y1 - y0), 60);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  x0 = Math.max(-180, cx - width / 2); x1 = Math.min(180, x0 + width); x0 = x1 - width;
  y0 = Math.max(-90, cy - width / 4); y1 = Math.min(90, y0 + width / 2); y0 = y1 - width / 2;
  return { x0, x1, y0, y1 };
}

function drawMap(geo) {
  const svg = document.getElementById("map");
  clear(svg);
  const W = 720, H = 360;
  const ext = mapExtent(geo.features);
  const x = (lon) => ((lon - ext.x0) / (ext.x1 - ext.x0)) * W;
  const y = (lat) => ((ext.y1 - lat) / (ext.y1 - ext.y0)) * H;
  const step = ext.x1 - ext.x0 > 180 ? 30 : 10;
  const grid = el("g", { class: "graticule" }, svg);
  for (let lon = Math.ceil(ext.x0 / step) * step; lon <= ext.x1; lon += step) {
    el("line", { x1: x(lon), x2: x(lon), y1: 0, y2: H }, grid);
    el("text", { x: x(lon) + 2, y: H - 3, class: "graticule-label" }, svg, `${lon}°`);
  }
  for (let lat = Math.ceil(ext.y0 / step) * step; lat <= ext.y1; lat += step) {
    el("line", { x1: 0, x2: W, y1: y(lat), y2: y(lat) }, grid);
    el("text", { x: 2, y: y(lat) - 2, class: "graticule-label" }, svg, `${lat}°`);
  }
  if (!geo.features.length) return empty(svg, "no located events");
  // big circles first, so small ones stay clickable on top
  const features = [...geo.features].sort(
    (a, b) => (b.properties.num_sources || 1) - (a.properties.num_sources || 1));
  for (const f of features) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const sources = p.num_sources || 1;
    const dot = el("circle", {
      cx: x(lon), cy: y(lat), r: 3 + 2.5 * Math.sqrt(sources), class: "point",
      fill: QUAD_COLOR[quadKey(p.quad_class)],
    }, svg);
    el("title", {}, dot, `${p.date || "?"} ${p.plover_type} ${p.source || "?"} → ` +
      `${p.target || "?"} at ${p.place} (${sources} source${sources === 1 ? "" : "s"}, ${p.status})`);
  }
}

// ------------------------------------------------------------------ timeline

function drawTimeline(data) {
  const svg = document.getElementById("timeline");
  clear(svg);
  const W = 480, H = 240, left = 28, bottom = 20, top = 8;
  const periods = data.periods;
  if (!periods.length) return empty(svg, "no dated events");
  const max = Math.max(...periods.map((p) => p.events));
  const band = (W - left) / periods.length;
  const bar = Math.max(1, band * 0.8);
  const scale = (n) => (n / max) * (H - bottom - top);
  for (const tick of [0, max]) {
    el("text", { x: left - 4, y: H - bottom - scale(tick) + 3, "text-anchor": "end", class: "axis" },
      svg, String(tick));
  }
  el("line", { x1: left, x2: W, y1: H - bottom, y2: H - bottom, stroke: "#999" }, svg);
  periods.forEach((p, i) => {
    let base = H - bottom;
    for (const q of QUADS) {
      const n = p.events_by_quad[q];
      if (!n) continue;
      const h = scale(n);
      const rect = el("rect", {
        x: left + i * band + (band - bar) / 2, y: base - h, width: bar, height: h,
        fill: QUAD_COLOR[q], class: "bar",
      }, svg);
      el("title", {}, rect, `${data.bucket} of ${p.period}: ${n} ${QUAD_NAME[q]} ` +
        `(${p.events} events, ${p.clusters} real events in all)`);
      base -= h;
    }
  });
  const labels = periods.length > 1 ? [0, periods.length - 1] : [0];
  for (const i of labels) {
    el("text", {
      x: left + i * band + band / 2, y: H - 5, class: "axis",
      "text-anchor": i === 0 ? "start" : "end",
    }, svg, periods[i].period);
  }
}

// ------------------------------------------------------------------ network

function goldsteinColor(g) {
  if (g === null || g === undefined) return "#9a9a9a";
  // -10 red ... 0 grey ... +10 blue
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a, b) => Math.round(a + (b - a) * Math.abs(t));
  const [r, gr, b] = t < 0 ? [mix(150, 215), mix(150, 48), mix(150, 31)]
    : [mix(150, 59), mix(150, 130), mix(150, 196)];
  return `rgb(${r},${gr},${b})`;
}

function drawNetwork(net) {
  const svg = document.getElementById("network");
  clear(svg);
  const S = 480, c = S / 2, R = S / 2 - 60;
  if (!net.edges.length) return empty(svg, "no actor pairs");
  const defs = el("defs", {}, svg);
  const marker = el("marker", {
    id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
    markerUnits: "userSpaceOnUse", orient: "auto",
  }, defs);
  el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#667" }, marker);
  // circular layout, actors of one country next to each other
  const nodes = [...net.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const pos = {};
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos[n.id] = { x: c + R * Math.cos(a), y: c + R * Math.sin(a), a };
  });
  const maxCount = Math.max(...net.edges.map((e) => e.count));
  const radius = (n) => 4 + 8 * Math.sqrt(n.events / Math.max(...nodes.map((m) => m.events)));
  const rOf = Object.fromEntries(nodes.map((n) => [n.id, radius(n)]));
  for (const e of net.edges) {
    const s = pos[e.source], t = pos[e.target];
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    const end = { x: t.x - (dx / len) * (rOf[e.target] + 2), y: t.y - (dy / len) * (rOf[e.target] + 2) };
    // a slight curve keeps A->B and B->A apart
    const mx = (s.x + end.x) / 2 - (dy / len) * 12, my = (s.y + end.y) / 2 + (dx / len) * 12;
    const path = el("path", {
      d: `M${s.x},${s.y} Q${mx},${my} ${end.x},${end.y}`, class: "edge",
      stroke: goldsteinColor(e.mean_goldstein), "stroke-width": 1 + 5 * (e.count / maxCount),
      "marker-end": "url(#arrow)",
    }, svg);
    el("title", {}, path, `${e.source} → ${e.target}: ${e.count} event${e.count === 1 ? "" : "s"}, ` +
      `mean Goldstein ${e.mean_goldstein}`);
  }
  for (const n of nodes) {
    const p = pos[n.id];
    const dot = el("circle", { cx: p.x, cy: p.y, r: rOf[n.id], class: "node" }, svg);
    el("title", {}, dot, `${n.id}: ${n.events} event${n.events === 1 ? "" : "s"}`);
    const right = Math.cos(p.a) >= 0;
    el("text", {
      x: p.x + Math.cos(p.a) * (rOf[n.id] + 4), y: p.y + Math.sin(p.a) * (rOf[n.id] + 4) + 3,
      "text-anchor": right ? "start" : "end", class: "node-label",
    }, svg, n.id);
  }
}

// ------------------------------------------------------------------ clusters table

function sourceLinks(cell, sources) {
  for (const s of sources) {
    const name = s.outlet || s.title || s.article_id;
    if (s.url && /^https?:\/\//i.test(s.url)) {
      const a = html("a", cell, name);
      a.href = s.url;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      a.title = [s.title, s.published].filter(Boolean).join(", ");
    } else {
      html("span", cell, `${name} `);
    }
  }
}

function drawClusters(rows) {
  const body = document.querySelector("#clusters tbody");
  clear(body);
  if (!rows.length) {
    html("td", html("tr", body), "no clusters (run `eventwire cluster --db FILE`)").colSpan = 7;
    return;
  }
  for (const r of rows) {
    const tr = html("tr", body);
    html("td", tr, r.event_date || r.first_seen || "?");
    html("td", tr, r.plover_type);
    html("td", tr, `${r.source_code || "?"} → ${r.target_code || "?"}`);
    html("td", tr, r.place_name || "");
    html("td", tr, String(r.num_sources)).className = "num";
    sourceLinks(html("td", tr), r.sources);
    html("td", tr, r.sentence || "").className = "sentence";
  }
}

// ------------------------------------------------------------------ wiring

function drawStats(s) {
  const types = Object.entries(s.by_type).map(([k, v]) => `${k} ${v}`).join(", ");
  document.getElementById("stats").textContent =
    `${s.events} events matching · ${s.articles} articles · ${s.clusters} real events ` +
    `(clusters) · ${s.errors} input errors` + (types ? ` · ${types}` : "");
}

async function load() {
  const params = filterParams();
  const status = document.getElementById("status");
  status.textContent = "";
  const bucket = document.getElementById("filters").elements.bucket.value;
  const withBucket = new URLSearchParams(params);
  withBucket.set("bucket", bucket);
  const latest = new URLSearchParams(params);
  latest.set("sort", "latest");
  latest.set("limit", "25");
  const network = new URLSearchParams(params);
  network.set("max_edges", "40");  // the strongest ties stay readable in a circle
  try {
    const [stats, geo, timeline, net, clusters] = await Promise.all([
      getJSON(API.stats, params), getJSON(API.geo, params), getJSON(API.timeline, withBucket),
      getJSON(API.network, network), getJSON(API.clusters, latest),
    ]);
    drawStats(stats);
    drawMap(geo);
    drawTimeline(timeline);
    drawNetwork(net);
    drawClusters(clusters);
  } catch (err) {
    status.textContent = err.message;
  }
}

function setup() {
  const form = document.getElementById("filters");
  for (const [name, values] of [["type", PLOVER_TYPES], ["status", STATUSES]]) {
    for (const v of values) html("option", form.elements[name], v).value = v;
  }
  const legend = document.getElementById("legend");
  for (const q of QUADS) {
    const item = html("span", legend);
    html("i", item).className = `q${q}`;
    item.appendChild(document.createTextNode(QUAD_NAME[q]));
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  form.addEventListener("reset", () => setTimeout(load, 0));
  form.elements.bucket.addEventListener("change", load);
  load();
}

document.addEventListener("DOMContentLoaded", setup);
