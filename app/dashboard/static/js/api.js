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
