// The router: the URL's hash names the view (#/ timeline, #/search?q=…, #/claims/{id}, …),
// so every view has a shareable URL and the browser's back button walks through them.

import { collections, documents, getAll } from "./api.js";
import { el, ROUTES, timelineHref } from "./dom.js";
import { entityView, errorBox, itemView, searchView, timelineView } from "./views.js";

const view = document.getElementById("view");
const status = document.getElementById("status");
const main = document.getElementById("main");
const filterForm = document.getElementById("filter-form");
const searchForm = document.getElementById("search-form");
const entityNames = new Map();
// The provenance-carrying collections, each with an item view: learned from the API at start.
const ITEM_COLLECTIONS = new Set();
let renderCount = 0;
let lastItemHref = null;

function decodePart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a malformed escape: the view will say it does not exist
  }
}

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const cut = raw.indexOf("?");
  const path = cut === -1 ? raw : raw.slice(0, cut);
  const params = new URLSearchParams(cut === -1 ? "" : raw.slice(cut + 1));
  const parts = path.split("/").filter(Boolean).map(decodePart);
  return { parts, params };
}

function nameOf(filter, value) {
  if (filter === "entity") return entityNames.get(value) || value;
  if (filter === "type") return value === "event" ? "events" : "quotes";
  return value;
}

function route({ parts, params }) {
  if (parts.length === 0) return () => timelineView(params, nameOf);
  if (parts.length === 1 && parts[0] === "search") return () => searchView(params);
  if (parts.length === 2 && ITEM_COLLECTIONS.has(parts[0])) {
    return () => itemView(parts[0], parts[1]);
  }
  if (parts.length === 2 && parts[0] === "entities") return () => entityView(parts[1]);
  return null;
}

/** Show the forms' values as the URL states them, so they always describe the view. */
function syncForms({ parts, params }) {
  const onTimeline = parts.length === 0;
  for (const field of filterForm.elements) {
    if (field.name) field.value = onTimeline ? params.get(field.name) || "" : field.value;
  }
  if (parts[0] === "search") {
    searchForm.elements.q.value = params.get("q") || "";
    searchForm.elements.type.value = params.get("type") || "";
  }
}

async function render() {
  const mine = ++renderCount;
  const current = parseHash();
  syncForms(current);
  const load = route(current);
  document.body.dataset.state = "loading";
  view.setAttribute("aria-busy", "true");
  status.textContent = "Loading…";
  if (!view.firstChild) view.append(el("p", { class: "loading" }, "Loading…"));
  let result;
  try {
    if (!load) {
      throw Object.assign(new Error(`The dashboard has no view at ${location.hash}.`), {
        title: "Not found",
      });
    }
    result = await load();
  } catch (error) {
    if (mine !== renderCount) return;
    const heading = el("h1", { id: "view-title", tabindex: "-1" }, "Could not load this view");
    result = {
      node: el("section", { class: "view" }, heading, errorBox(error)),
      status: `Error: ${error.message}`,
      focus: heading,
    };
  }
  if (mine !== renderCount) return;
  view.replaceChildren(result.node);
  view.removeAttribute("aria-busy");
  status.textContent = result.status;
  const isItem = Boolean(result.focus) && current.parts.length === 2;
  if (isItem) lastItemHref = location.hash;
  const back = !isItem && lastItemHref && view.querySelector(`a[href="${CSS.escape(lastItemHref)}"]`);
  if (back) back.focus();
  else if (result.focus && document.activeElement !== searchForm.elements.q) result.focus.focus();
  result.after?.();
  document.title = `${result.heading?.textContent || "Error"} · Briefing dashboard`;
  document.body.dataset.state = "ready";
  document.body.dataset.renders = String(mine);
}

/** Go to a hash, re-rendering even when it is the current one (a re-applied filter). */
function go(hash) {
  if (location.hash === hash || (hash === "#/" && !location.hash)) render();
  else location.hash = hash;
}

filterForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const values = Object.fromEntries(new FormData(filterForm));
  values.q = values.q.trim();
  go(timelineHref(values));
});

document.getElementById("filter-reset").addEventListener("click", () => {
  filterForm.reset();
  go("#/");
});

searchForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = new URLSearchParams({ q: searchForm.elements.q.value.trim() });
  if (searchForm.elements.type.value) query.set("type", searchForm.elements.type.value);
  go(`#/search?${query}`);
});

document.getElementById("skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

/** The filters' choices: every entity by name, every section of every document. */
async function loadChoices() {
  const entitySelect = filterForm.elements.entity;
  const sectionSelect = filterForm.elements.section;
  const [entities, docs] = await Promise.all([getAll("/entities", { sort: "name" }), documents()]);
  for (const entity of entities) {
    entityNames.set(entity.id, entity.name);
    entitySelect.append(el("option", { value: entity.id }, `${entity.name} (${entity.kind})`));
  }
  for (const doc of docs) {
    const group = el("optgroup", { label: doc.title });
    for (const section of doc.sections) {
      const indent = "\u2003".repeat(section.level - 1);
      group.append(el("option", { value: section.heading }, `${indent}${section.heading}`));
    }
    sectionSelect.append(group);
  }
}

async function start() {
  const panel = document.getElementById("filters-panel");
  panel.open = window.matchMedia("(min-width: 50rem)").matches;
  try {
    const { routes, items } = await collections();
    Object.assign(ROUTES, routes);
    for (const name of items) ITEM_COLLECTIONS.add(name);
  } catch (error) {
    view.replaceChildren(errorBox(error));
  }
  try {
    await loadChoices();
  } catch (error) {
    filterForm.prepend(errorBox(error));
  }
  window.addEventListener("hashchange", render);
  await render();
}

start();
