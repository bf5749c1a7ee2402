// An entity's stances toward each target over time: an inline SVG chart (polarity −2…+2 up
// the side, time along the bottom) and the same stances as a list, built with DOM APIs only.

import { getAll, getJSON } from "./api.js";
import { dateRange, el, itemHref, svgEl } from "./dom.js";

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 30, left: 112 };
const POLARITY = [2, 1, 0, -1, -2];
const POLARITY_WORDS = { 2: "supportive", 0: "neutral", "-2": "hostile" };
const DAY = 86400000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function signed(polarity) {
  return polarity > 0 ? `+${polarity}` : polarity < 0 ? `−${-polarity}` : "0";
}

/** A polarity with its sign, and its word at the ends and the middle: "+2 supportive". */
export function polarityLabel(polarity) {
  const word = POLARITY_WORDS[polarity];
  return `${signed(polarity)}${word ? ` ${word}` : ""}`;
}

function time(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The span of time the chart covers: every known bound, padded so no point sits on an edge. */
function domain(stances) {
  const times = stances.flatMap((s) => [s.date_start, s.date_end]).filter(Boolean).map(time);
  let [first, last] = [Math.min(...times), Math.max(...times)];
  if (last - first < 60 * DAY) [first, last] = [first - 30 * DAY, last + 30 * DAY];
  const pad = (last - first) * 0.04;
  return [first - pad, last + pad];
}

/** Month starts across the domain, thinned to at most seven ticks. */
function monthTicks([first, last]) {
  const ticks = [];
  const day = new Date(first);
  let month = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
  while (month <= last) {
    ticks.push(month);
    const next = new Date(month);
    month = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  const step = Math.ceil(ticks.length / 7);
  return ticks.filter((_, index) => index % step === 0);
}

function scales(extent) {
  const [first, last] = extent;
  const width = WIDTH - MARGIN.left - MARGIN.right;
  const height = HEIGHT - MARGIN.top - MARGIN.bottom;
  return {
    x: (t) => MARGIN.left + ((t - first) / (last - first)) * width,
    y: (polarity) => MARGIN.top + ((2 - polarity) / 4) * height,
  };
}

function axes(extent, { x, y }) {
  const left = MARGIN.left;
  const right = WIDTH - MARGIN.right;
  const rows = POLARITY.map((polarity) =>
    svgEl(
      "g",
      { class: polarity === 0 ? "axis zero" : "axis" },
      svgEl("line", { x1: left, x2: right, y1: y(polarity), y2: y(polarity) }),
      svgEl(
        "text",
        { x: left - 8, y: y(polarity) + 4, "text-anchor": "end" },
        polarityLabel(polarity),
      ),
    ),
  );
  const bottom = HEIGHT - MARGIN.bottom;
  // Each tick names its month; the first, and each January, its year too.
  const ticks = monthTicks(extent).map((t, index) => {
    const day = new Date(t);
    const year = index === 0 || day.getUTCMonth() === 0 ? ` ${day.getUTCFullYear()}` : "";
    return svgEl(
      "g",
      { class: "tick" },
      svgEl("line", { x1: x(t), x2: x(t), y1: bottom, y2: bottom + 5 }),
      svgEl(
        "text",
        { x: x(t), y: bottom + 18, "text-anchor": "middle" },
        `${MONTHS[day.getUTCMonth()]}${year}`,
      ),
    );
  });
  return [...rows, ...ticks];
}

/** Where a stance sits: the middle of its known span, its span (open ends run to the edge). */
function placement(stance, extent, { x, y }) {
  const start = stance.date_start ? time(stance.date_start) : extent[0];
  const end = stance.date_end ? time(stance.date_end) : extent[1];
  const known = [stance.date_start, stance.date_end].filter(Boolean).map(time);
  const at = known.length === 2 ? (known[0] + known[1]) / 2 : known[0];
  return { cx: x(at), cy: y(stance.polarity), x1: x(start), x2: x(end), open: known.length < 2 };
}

function describe(stance) {
  const when = dateRange(stance)?.textContent || "undated";
  return `${signed(stance.polarity)} toward ${stance.target.name}, ${when}: ${stance.topic}`;
}

/** The chart of one holder's stances toward one target (dated ones; oldest first). */
export function stanceChart(stances, titleId) {
  const dated = stances.filter((s) => s.date_start || s.date_end);
  if (!dated.length) return null;
  const extent = domain(dated);
  const scale = scales(extent);
  const placed = dated.map((stance) => ({ stance, ...placement(stance, extent, scale) }));
  const spans = placed.map(({ x1, x2, cy, open }) =>
    svgEl("line", { class: open ? "span open" : "span", x1, x2, y1: cy, y2: cy }),
  );
  const trend = svgEl("polyline", {
    class: "trend",
    points: placed.map(({ cx, cy }) => `${cx.toFixed(1)},${cy.toFixed(1)}`).join(" "),
  });
  const points = placed.map(({ stance, cx, cy }) =>
    svgEl(
      "a",
      { href: itemHref("stance", stance.id), class: "point", "data-id": stance.id },
      svgEl("title", {}, describe(stance)),
      svgEl("circle", { cx: cx.toFixed(1), cy: cy.toFixed(1), r: 6 }),
    ),
  );
  return svgEl(
    "svg",
    {
      class: "stance-chart",
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: "group",
      "aria-labelledby": titleId,
    },
    axes(extent, scale),
    spans,
    trend,
    points,
  );
}

function stanceList(stances) {
  return el(
    "ol",
    { class: "links stance-list" },
    stances.map((stance) =>
      el(
        "li",
        { "data-id": stance.id },
        el("span", { class: "polarity" }, signed(stance.polarity)),
        " ",
        dateRange(stance),
        " ",
        el("a", { href: itemHref("stance", stance.id) }, stance.topic),
      ),
    ),
  );
}

/** One holder's time series toward one target, from `/entities/{holder}/stances?target=…`. */
async function pairSection(holder, target) {
  const series = await getJSON(`/entities/${encodeURIComponent(holder.id)}/stances`, {
    target: target.id,
  });
  const titleId = `stance-${holder.id}-${target.id}`;
  return el(
    "section",
    {
      class: "stances",
      "data-holder": holder.id,
      "data-target": target.id,
      "aria-labelledby": titleId,
    },
    el("h2", { id: titleId }, `Stance of ${holder.name} toward ${target.name}`),
    el("div", { class: "chart" }, stanceChart(series.items, titleId)),
    stanceList(series.items),
  );
}

/** Each distinct (holder, target) pair of `stances`, in order of first appearance. */
function pairs(stances) {
  const seen = new Map();
  for (const { holder, target } of stances) seen.set(`${holder.id} ${target.id}`, [holder, target]);
  return [...seen.values()];
}

/**
 * A section per pair the entity takes part in: its stance toward each target, then each
 * holder's stance toward it. None when there is no stance, or no stances in the API (a 404
 * hides the panel rather than failing the entity page).
 */
export async function stancePanels(entityId) {
  let held, toward;
  try {
    [held, toward] = await Promise.all([
      getJSON(`/entities/${encodeURIComponent(entityId)}/stances`),
      getAll("/stances", { target: entityId }),
    ]);
  } catch (error) {
    if (error.status === 404) return [];
    throw error;
  }
  const all = pairs([...held.items, ...toward]);
  return Promise.all(all.map(([holder, target]) => pairSection(holder, target)));
}
