// The one way the dashboard talks to the server: the public /v1 API, same origin.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title || `HTTP ${status}`;
  }
}

function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of [].concat(value)) {
      if (one !== undefined && one !== null && one !== "") query.append(name, one);
    }
  }
  const suffix = query.toString();
  return `/v1${path}${suffix ? `?${suffix}` : ""}`;
}

async function request(path, params, accept) {
  let response;
  try {
    response = await fetch(url(path, params), { headers: { Accept: accept } });
  } catch (error) {
    throw new ApiError(0, "Network error", `The API could not be reached (${error.message}).`);
  }
  if (!response.ok) {
    // Every API error is application/problem+json (RFC 9457): show its detail.
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      problem = {};
    }
    throw new ApiError(response.status, problem.title, problem.detail);
  }
  return response;
}

export async function getJSON(path, params) {
  return (await request(path, params, "application/json")).json();
}

export async function getText(path) {
  return (await request(path, {}, "text/plain")).text();
}

/**
 * The collections the API serves, learned from its OpenAPI document rather than kept by
 * hand: each item path `/v1/{collection}/{{noun}_id}` maps a type (`quote`) to its
 * collection (`routes`); a collection whose items carry `provenance` has an item view.
 */
export async function collections() {
  let response;
  try {
    response = await fetch("/openapi.json", { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiError(0, "Network error", `The API could not be reached (${error.message}).`);
  }
  if (!response.ok) throw new ApiError(response.status, "The API's description is unavailable");
  const openapi = await response.json();
  const routes = {};
  const items = [];
  for (const [path, operations] of Object.entries(openapi.paths)) {
    const match = /^\/v1\/(\w+)\/\{(\w+)_id\}$/.exec(path);
    if (!match || !operations.get) continue;
    routes[match[2]] = match[1];
    const ref = operations.get.responses?.["200"]?.content?.["application/json"]?.schema?.$ref;
    const schema = ref && openapi.components.schemas[ref.split("/").pop()];
    if (schema?.properties?.provenance) items.push(match[1]);
  }
  return { routes, items };
}

const documentTexts = new Map();
let documentList = null;

/** A document's source text, fetched once per page load. */
export function documentText(id) {
  if (!documentTexts.has(id)) {
    const text = getText(`/documents/${encodeURIComponent(id)}/text`);
    text.catch(() => documentTexts.delete(id));
    documentTexts.set(id, text);
  }
  return documentTexts.get(id);
}

/** Every document (title, sections), fetched once per page load. */
export function documents() {
  if (documentList === null) {
    documentList = getJSON("/documents", { limit: 500 }).then((page) => page.items);
    documentList.catch(() => {
      documentList = null;
    });
  }
  return documentList;
}

/** Every item of a collection, following next_cursor to the end. */
export async function getAll(path, params = {}) {
  const items = [];
  let cursor = null;
  do {
    const page = await getJSON(path, { ...params, limit: 500, cursor });
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}
