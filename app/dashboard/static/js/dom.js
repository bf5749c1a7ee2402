// Builds elements without ever parsing markup: API text only ever becomes text nodes.

/**
 * `el("a", {href: "#/", class: "x"}, "text", child)`. Properties go through
 * setAttribute (so no event handler or markup can be smuggled in by value); children are
 * nodes or strings (text nodes); null and false children are skipped.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A value of the API's vocabularies as words: `roughly_even_chance` → "roughly even chance". */
export function words(value) {
  return String(value).replaceAll("_", " ");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatDate(iso, precision) {
  const [year, month, day] = iso.split("-");
  if (precision === "year") return year;
  if (precision === "month") return `${MONTHS[Number(month) - 1]} ${year}`;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * An item's date range as a <time> element, at the precision the item states. A bound the
 * text does not give is open ("from ? to 14 Jul 2025"), never an invented day; an item that
 * has date fields but neither bound is "undated".
 */
export function dateRange(item) {
  if (!item || !("date_start" in item || "date_end" in item)) return null;
  const { date_start: first, date_end: last, date_precision: precision } = item;
  if (!first && !last) return el("span", { class: "undated" }, "undated");
  const start = first ? formatDate(first, precision) : "?";
  const end = last ? formatDate(last, precision) : "?";
  let text = first && last ? `${start} – ${end}` : `from ${start} to ${end}`;
  if (start === end) text = start;
  return el("time", { datetime: first || last, title: dateBasis(item) }, text);
}

/** Where a date comes from ("computed: 14 July 2025 + 50 days"), when the API says. */
export function dateBasis(item) {
  if (!item.date_basis) return null;
  return item.date_note ? `${item.date_basis}: ${item.date_note}` : item.date_basis;
}

/** A date range followed by where it comes from, for an item's facts. */
export function datedFact(item) {
  const range = dateRange(item);
  const basis = item && dateBasis(item);
  if (!range) return null;
  return el("span", {}, range, basis ? el("span", { class: "date-basis" }, ` (${basis})`) : null);
}

const SVG = "http://www.w3.org/2000/svg";

/** `el` for SVG: the same rules, in the SVG namespace (charts built without markup). */
export function svgEl(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, String(value));
    }
  }
  return append(node, ...children);
}

/** Each item type's collection (`quote` → `quotes`), learned from the API at start. */
export const ROUTES = {};

/** The dashboard URL of an item view. */
export function itemHref(type, id) {
  return `#/${ROUTES[type]}/${encodeURIComponent(id)}`;
}

/** The dashboard URL of the timeline with these filters. */
export function timelineHref(filters = {}) {
  const query = new URLSearchParams(
    Object.entries(filters).filter(([, value]) => value !== "" && value != null),
  ).toString();
  return query ? `#/?${query}` : "#/";
}

/** Links to entities, each to its own view. */
export function entityLinks(refs) {
  const seen = new Set();
  const unique = refs.filter((ref) => ref && !seen.has(ref.id) && seen.add(ref.id));
  if (!unique.length) return null;
  return el(
    "ul",
    { class: "chips" },
    unique.map((ref) =>
      el("li", {}, el("a", { href: itemHref("entity", ref.id), class: "chip" }, ref.name)),
    ),
  );
}
