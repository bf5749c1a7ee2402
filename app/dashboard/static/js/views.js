// The views. Each takes the route's parameters and resolves to {node, status, focus}:
// the content to show, the sentence for the live status region, and the element to focus.

import { documentText, documents, getAll, getJSON } from "./api.js";
import { attributionFact, confidenceFact, cues, hedgeLine } from "./assertion.js";
import { dateRange, datedFact, el, entityLinks, itemHref, timelineHref, words } from "./dom.js";
import { forecastsToWatch } from "./forecasts.js";
import { cutAtCodePoints } from "./offsets.js";
import { polarityLabel, stancePanels } from "./stances.js";

const PAGE_SIZE = 50;
const TYPE_NAMES = {
  entity: "Entity",
  claim: "Claim",
  quote: "Quote",
  event: "Event",
  implication: "Implication",
  forecast: "Forecast",
  stance: "Stance",
};

function badge(type) {
  return el("span", { class: `badge badge-${type}` }, TYPE_NAMES[type]);
}

function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Every entity an event or quote names, in any role. */
function involved(item) {
  return [item.speaker, ...(item.actors || []), item.location, ...(item.about || [])];
}

/** A list that grows by pages: `fetchPage(cursor)` gives an API page, `render` an <li>. */
async function pagedList({ fetchPage, render, listAttributes, describe }) {
  const list = el("ol", listAttributes);
  const more = el("button", { type: "button", class: "secondary more" }, "Show more");
  const wrapper = el("div", {}, list);
  let shown = 0;
  let statusText = "";
  const addPage = async (cursor) => {
    const page = await fetchPage(cursor);
    list.append(...page.items.map(render));
    shown += page.items.length;
    statusText = describe(shown, page.total);
    more.hidden = !page.next_cursor;
    more.dataset.cursor = page.next_cursor || "";
    return page;
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    const first = shown;
    try {
      await addPage(more.dataset.cursor);
      document.getElementById("status").textContent = statusText;
      list.children[first]?.querySelector("a")?.focus();
    } catch (error) {
      wrapper.append(errorBox(error));
    } finally {
      more.disabled = false;
    }
  });
  const page = await addPage(null);
  if (page.items.length) wrapper.append(more);
  else wrapper.append(el("p", { class: "empty" }, "Nothing matches."));
  return { node: wrapper, status: statusText };
}

const FILTER_LABELS = {
  entity: "entity",
  type: "type",
  section: "section",
  date_from: "from",
  date_to: "to",
  q: "words",
};

/** The timeline of events and dated quotes, with the filters of the route. */
export async function timelineView(params, names) {
  const filters = {};
  for (const name of Object.keys(FILTER_LABELS)) {
    if (params.get(name)) filters[name] = params.get(name);
  }
  const described = Object.entries(filters).map(
    ([name, value]) => `${FILTER_LABELS[name]}: ${names(name, value)}`,
  );
  const [{ node, status }, forecasts] = await Promise.all([
    pagedList({
      fetchPage: (cursor) => getJSON("/timeline", { ...filters, limit: PAGE_SIZE, cursor }),
      render: timelineEntry,
      listAttributes: { class: "entries", id: "timeline", "aria-labelledby": "view-title" },
      describe: (shown, total) =>
        `${shown === total ? plural(total, "entry", "entries") : `${shown} of ${total} entries`}` +
        ` on the timeline${described.length ? ` (${described.join("; ")})` : ""}.`,
    }),
    // The home page (the unfiltered timeline) leads with what to watch next.
    described.length ? null : forecastsToWatch(),
  ]);
  const heading = el("h1", { id: "view-title", tabindex: "-1" }, "Timeline");
  const summary = described.length
    ? el(
        "p",
        { class: "active-filters" },
        `Filtered by ${described.join("; ")}. `,
        el("a", { href: "#/" }, "Show everything"),
      )
    : el("p", { class: "lead" }, "Events and dated quotes of the briefings, oldest first.");
  return {
    node: el("section", { class: "view" }, heading, summary, forecasts, node),
    status,
    heading,
  };
}

/** Who said a quote, or what kind of quotation it is when nobody did (a scare quote). */
function quoteSource(quote) {
  const who = quote.speaker ? quote.speaker.name : words(quote.kind || "unattributed");
  return el("footer", {}, "— ", who, quote.context ? `, ${quote.context}` : "");
}

function timelineEntry(entry) {
  const item = entry.event || entry.quote;
  const body =
    entry.type === "quote"
      ? el("blockquote", {}, el("p", {}, `“${item.text}”`), quoteSource(item))
      : el("p", {}, item.description);
  // A deadline is what a timeline reader most needs to see coming.
  const deadline = item.event_type === "deadline" && el("span", { class: "deadline" }, "deadline");
  return el(
    "li",
    { class: `entry entry-${entry.type}`, "data-type": entry.type, "data-id": entry.id },
    el("div", { class: "entry-meta" }, dateRange(entry), " ", badge(entry.type), " ", deadline),
    el("h2", { class: "entry-title" }, el("a", { href: itemHref(entry.type, entry.id) }, entry.title)),
    body,
    entityLinks(involved(item)),
  );
}

/** Hits of every type for the route's `q` (and `type`). */
export async function searchView(params) {
  const q = params.get("q") || "";
  const type = params.get("type") || "";
  const heading = el("h1", { id: "view-title", tabindex: "-1" }, `Search: “${q}”`);
  if (!q.trim()) {
    return {
      node: el("section", { class: "view" }, heading, el("p", {}, "Type a word to search.")),
      status: "No search words given.",
      heading,
    };
  }
  const { node, status } = await pagedList({
    fetchPage: (cursor) => getJSON("/search", { q, type, limit: PAGE_SIZE, cursor }),
    render: searchHit,
    listAttributes: { class: "entries", id: "results", "aria-labelledby": "view-title" },
    describe: (shown, total) =>
      `${shown === total ? plural(total, "result") : `${shown} of ${total} results`}` +
      ` for “${q}”${type ? ` among ${TYPE_NAMES[type].toLowerCase()}s` : ""}.`,
  });
  return { node: el("section", { class: "view" }, heading, node), status, heading };
}

function searchHit(hit) {
  return el(
    "li",
    { class: "entry", "data-type": hit.type, "data-id": hit.id },
    el(
      "div",
      { class: "entry-meta" },
      badge(hit.type),
      hit.provenance ? ` ${hit.provenance.section}` : "",
    ),
    el("h2", { class: "entry-title" }, el("a", { href: itemHref(hit.type, hit.id) }, hit.title)),
    hit.snippet && hit.snippet !== hit.title ? el("p", {}, hit.snippet) : null,
  );
}

// What each item view asks the API to include, and how it lists the related items.
const RELATIONS = {
  claims: {
    include: ["evidence", "implications"],
    related: true,
    sections: (item, included, linkedItems) => [
      ...linked(item, linkedItems),
      [
        "Evidence",
        "evidence",
        item.evidence.map((ref) => ({
          type: ref.type,
          item: (included[`${ref.type}s`] || []).find((one) => one.id === ref.id),
          id: ref.id,
        })),
      ],
      [
        "Implications drawn from it",
        "implications",
        (included.implications || []).map((one) => ({ type: "implication", id: one.id, item: one })),
      ],
    ],
  },
  quotes: { include: ["claims"], sections: citedBy },
  events: {
    include: ["claims"],
    related: true,
    sections: (item, included, linkedItems) => [
      ...linked(item, linkedItems),
      ...citedBy(item, included),
    ],
  },
  forecasts: {
    include: ["subject"],
    sections: (item, included) => [["Forecast by", "subject", refs([item.subject], included)]],
  },
  stances: {
    include: ["evidence"],
    sections: (item, included) => [["Shown by", "evidence", refs(item.evidence, included)]],
  },
  implications: {
    include: ["claims"],
    related: true,
    sections: (item, included, linkedItems) => [
      ...linked(item, linkedItems),
      [
        "Derived from",
        "derived-from",
        item.derived_from.map((ref) => ({
          type: "claim",
          id: ref.id,
          item: (included.claims || []).find((one) => one.id === ref.id),
        })),
      ],
    ],
  },
};

function citedBy(item, included) {
  return [
    [
      "Evidence for",
      "evidence-for",
      (included.claims || []).map((one) => ({ type: "claim", id: one.id, item: one })),
    ],
  ];
}

function titleOf(type, item) {
  if (!item) return null;
  const stance = item.holder && `${item.holder.name} toward ${item.target.name}: ${item.topic}`;
  return item.statement || item.title || (item.text && `“${item.text}”`) || item.name || stance;
}

/** An item's typed links (`relations`), each with the linked item (from its own
`include=related` page, so that linked items never mix with the other sections'). */
function linked(item, included) {
  return [
    [
      "Related",
      "related",
      (item.relations || []).map((ref) => ({
        type: ref.type,
        id: ref.id,
        item: (included[`${ref.type}s`] || []).find((one) => one.id === ref.id),
        relation: ref.relation,
        provenance: ref.provenance,
      })),
    ],
  ];
}

/** Items referenced as `{type, id}`, each with the item when included. */
function refs(list, included) {
  return list.map((ref) => ({
    type: ref.type,
    id: ref.id,
    item: (included[`${ref.type}s`] || []).find((one) => one.id === ref.id),
  }));
}

function relatedSection(title, key, related) {
  if (!related.length) return null;
  const headingId = `related-${key}`;
  return el(
    "section",
    { class: "related", "aria-labelledby": headingId },
    el("h2", { id: headingId }, title),
    el(
      "ul",
      { class: "links", "data-relation": key },
      related.map(({ type, id, item, relation, provenance }) =>
        el(
          "li",
          {},
          relation ? el("span", { class: "relation" }, words(relation)) : null,
          relation ? " " : null,
          badge(type),
          " ",
          el("a", { href: itemHref(type, id), "data-id": id }, titleOf(type, item) || id),
          item ? hedgeLine(item) : null,
          provenance ? el("q", { class: "relation-excerpt" }, provenance.excerpt) : null,
        ),
      ),
    ),
  );
}

function facts(rows) {
  const list = el("dl", { class: "facts" });
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("dt", {}, term), el("dd", {}, value));
  }
  return list;
}

/** How a forecast turned out: its status, when, on what evidence (an item or a page). */
function outcome({ status, resolved_on: resolvedOn, evidence, evidence_url: url, note }) {
  return el(
    "span",
    { class: "outcome" },
    words(status),
    resolvedOn ? [", resolved ", datedFact(resolvedOn)] : null,
    evidence ? [" — ", el("a", { href: itemHref(evidence.type, evidence.id) }, "evidence")] : null,
    /^https?:\/\//i.test(url || "")
      ? [" — ", el("a", { href: url, rel: "noopener noreferrer" }, "evidence (web)")]
      : null,
    note ? ` — ${note}` : null,
  );
}

/** A claim's or implication's forecast, linked to its own view. */
function forecastLink(forecast) {
  return el("a", { href: itemHref("forecast", forecast.id) }, `${words(forecast.status)} forecast`);
}

/** One claim, quote, event or implication: its facts, its links, its place in the source. */
export async function itemView(collection, id) {
  const relation = RELATIONS[collection];
  // The item first: an unknown id is its 404, not the id filter's 422 below.
  const item = await getJSON(`/${collection}/${encodeURIComponent(id)}`);
  const [page, linkedPage] = await Promise.all([
    getJSON(`/${collection}`, { id, include: relation.include }),
    relation.related ? getJSON(`/${collection}`, { id, include: ["related"] }) : null,
  ]);
  const included = page.included || {};
  const linkedItems = (linkedPage && linkedPage.included) || {};
  const type = collection.replace(/s$/, "");
  const heading = el("h1", { id: "view-title", tabindex: "-1" }, titleOf(type, item));
  const kicker = el(
    "p",
    { class: "kicker" },
    badge(type),
    item.claim_type ? ` ${item.claim_type}` : "",
    item.event_type ? ` ${words(item.event_type)}` : "",
    item.kind ? ` ${words(item.kind)}` : "",
    hedgeLine(item),
  );
  const details = facts([
    ["Date", datedFact(item)],
    ["Speaker", item.speaker && entityLinks([item.speaker])],
    ["Speaker known", item.speaker_basis === "inferred" ? "inferred from the context" : null],
    ["Speaks about", item.period && datedFact(item.period)],
    ["Occasion", item.context],
    ["Description", item.description],
    ["Actors", item.actors && entityLinks(item.actors)],
    ["Place", item.location && entityLinks([item.location])],
    ["Attributed to", item.attributed_to && entityLinks([item.attributed_to])],
    ["Put forward by", attributionFact(item)],
    ["Confidence", confidenceFact(item)],
    ["About", item.about && entityLinks(item.about)],
    ["Horizon", item.horizon && datedFact(item.horizon)],
    ["Condition", item.condition && item.condition.text],
    ["Drawn by", item.drawn_by],
    ["Outcome", item.outcome && outcome(item.outcome)],
    ["Forecast", item.forecast && forecastLink(item.forecast)],
    ["Holder", item.holder && entityLinks([item.holder])],
    ["Toward", item.target && entityLinks([item.target])],
    ["Polarity", typeof item.polarity === "number" ? polarityLabel(item.polarity) : null],
    ["Id", el("code", {}, item.id)],
  ]);
  const related = relation
    .sections(item, included, linkedItems)
    .map(([title, key, list]) => relatedSection(title, key, list));
  const source = await sourceSection(item.provenance, cues(item));
  return {
    node: el(
      "article",
      { class: "view item", "data-type": type, "data-id": item.id },
      kicker,
      heading,
      details,
      related,
      source,
    ),
    status: `${TYPE_NAMES[type]} ${item.id}, in section “${item.provenance.section}”.`,
    heading,
    focus: heading,
    after: () => {
      const mark = document.getElementById("excerpt");
      const box = document.getElementById("source-text");
      if (mark && box) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
    },
  };
}

/**
 * The source text cut into text nodes and marks: the item's excerpt (`#excerpt`), and
 * within or around it each cue, marked at its own span (the first cue to cover a piece
 * wins where two overlap).
 */
function markedText(text, provenance, cues) {
  const { char_start: start, char_end: end } = provenance;
  const bounds = [start, end, ...cues.flatMap((cue) => [cue.char_start, cue.char_end])];
  const ascending = [...new Set(bounds)].sort((a, b) => a - b);
  const parts = { before: [], excerpt: [], after: [] };
  for (const piece of cutAtCodePoints(text, ascending)) {
    if (!piece.text) continue;
    const cue = cues.find((one) => one.char_start <= piece.start && piece.start < one.char_end);
    const node = cue ? el("mark", { class: "cue", title: cue.label }, piece.text) : piece.text;
    const part = piece.start < start ? "before" : piece.start < end ? "excerpt" : "after";
    parts[part].push(node);
  }
  return parts;
}

/** The whole source text with the item's excerpt marked at its code point span. */
async function sourceSection(provenance, cues = []) {
  const [text, docs] = await Promise.all([
    documentText(provenance.document_id),
    documents(),
  ]);
  const doc = docs.find((one) => one.id === provenance.document_id);
  const { before, excerpt, after } = markedText(text, provenance, cues);
  const title = doc ? doc.title : provenance.document_id;
  const mismatch =
    excerpt.map((node) => node.textContent ?? node).join("") === provenance.excerpt
      ? null
      : el(
          "p",
          { class: "error", role: "alert" },
          "The source text at this span differs from the item's excerpt.",
        );
  return el(
    "section",
    { class: "source-section", "aria-labelledby": "source-title" },
    el("h2", { id: "source-title" }, "In the source"),
    el(
      "p",
      { class: "source-meta" },
      `“${title}”, section “${provenance.section}”, characters ${provenance.char_start}–${provenance.char_end}.`,
    ),
    mismatch,
    el(
      "div",
      {
        class: "source",
        id: "source-text",
        tabindex: "0",
        role: "region",
        "aria-label": `Source text of “${title}”, excerpt highlighted`,
        "data-char-start": provenance.char_start,
        "data-char-end": provenance.char_end,
      },
      before,
      el("mark", { id: "excerpt" }, ...excerpt),
      after,
    ),
  );
}

/** An entity's dated titles: "Secretary General of NATO, from 1 Oct 2024 to ?". */
function roles(list) {
  if (!list?.length) return null;
  return el(
    "ul",
    { class: "roles" },
    list.map((role) => {
      const dated = role.date_start || role.date_end;
      return el(
        "li",
        {},
        `${role.title} of `,
        el("a", { href: itemHref("entity", role.of.id) }, role.of.name),
        dated ? [", ", dateRange(role)] : null,
      );
    }),
  );
}

/** An entity: who or what it is, and where the briefings involve it. */
export async function entityView(id) {
  // The entity first: an unknown id is its 404, not the entity filter's 422 below.
  const entity = await getJSON(`/entities/${encodeURIComponent(id)}`);
  const [stats, claims, stances] = await Promise.all([
    getJSON("/stats", { entity: id }),
    getAll("/claims", { entity: id }),
    stancePanels(id),
  ]);
  const heading = el("h1", { id: "view-title", tabindex: "-1" }, entity.name);
  const counts = stats.by_type.map((row) => `${plural(row.count, row.value)}`).join(", ");
  return {
    node: el(
      "article",
      { class: "view item", "data-type": "entity", "data-id": entity.id },
      el(
        "p",
        { class: "kicker" },
        badge("entity"),
        ` ${words(entity.kind)}`,
        entity.identified === false ? " · not identified by the text" : "",
      ),
      heading,
      facts([
        ["Description", entity.description],
        ["Also called", entity.aliases.length ? entity.aliases.join(", ") : null],
        ["Roles", roles(entity.roles)],
        ["Involved in", counts || "no item"],
        ["Id", el("code", {}, entity.id)],
      ]),
      el(
        "p",
        {},
        el(
          "a",
          { href: timelineHref({ entity: entity.id }), class: "button-link" },
          `Timeline of ${entity.name}`,
        ),
      ),
      stances,
      relatedSection(
        `Claims involving ${entity.name}`,
        "claims",
        claims.map((one) => ({ type: "claim", id: one.id, item: one })),
      ),
    ),
    status: `Entity ${entity.name}: ${counts || "no item"}.`,
    heading,
    focus: heading,
  };
}

/** A problem from the API (or the network), shown with its detail. */
export function errorBox(error) {
  return el(
    "div",
    { class: "error-box", role: "alert" },
    el("h2", {}, error.title || "Something went wrong"),
    el("p", { class: "error-detail" }, error.message),
  );
}
