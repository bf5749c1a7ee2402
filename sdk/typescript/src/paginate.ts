// Every item of a list, page after page, so that no caller writes the cursor loop:
//   for await (const claim of paginate(client, "/v1/claims", { query: { claim_type: ["forecast"] } }))
// The item type follows from the path. A `cursor` in the query resumes from that cursor.
import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/briefing-api.js";

export type Problem = components["schemas"]["Problem"];

type JsonOk<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { "application/json": infer Body } } } };
}
  ? Body
  : never;

type AnyPage = { items: unknown[]; next_cursor: string | null };

/** The paths whose GET answers a page: items and the cursor of the next page. */
export type ListPath = {
  [P in keyof paths]: JsonOk<P> extends AnyPage ? P : never;
}[keyof paths];

/** The page a list path answers (`ClaimList` for "/v1/claims"). */
export type Page<P extends ListPath> = Extract<JsonOk<P>, AnyPage>;

/** An item of the page (`ClaimPublic` for "/v1/claims"). */
export type Item<P extends ListPath> = Page<P>["items"][number];

type Parameters<P extends ListPath> = paths[P]["get"]["parameters"];

/** A list's path and query parameters, as `client.GET` takes them (a list under an item's
 * path needs its `path` values: `{ path: { quote_id } }`). */
export type PageParams<P extends ListPath> = Pick<Parameters<P>, "path" | "query">;

/** The API answered a page with a problem (RFC 9457), kept as `problem`. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly response: Response,
  ) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.name = "ProblemError";
  }
}

type Get = (
  path: string,
  init: { params: { path?: unknown; query?: Record<string, unknown> } },
) => Promise<{ data?: AnyPage; error?: Problem; response: Response }>;

/** Each page of the list at `path`, the first to the last. */
export async function* pages<P extends ListPath>(
  client: Client<paths, `${string}/${string}`>,
  path: P,
  params?: PageParams<P>,
): AsyncGenerator<Page<P>, void, undefined> {
  // The generic path defeats openapi-fetch's overloads; the signature above keeps the types.
  const get = client.GET as unknown as Get;
  const { path: pathValues, query } = (params ?? {}) as { path?: unknown; query?: object };
  let cursor = (query as { cursor?: string } | undefined)?.cursor;
  do {
    const { data, error, response } = await get(path, {
      params: { path: pathValues, query: { ...query, cursor } },
    });
    if (error !== undefined || data === undefined) {
      throw new ProblemError(error ?? unexpected(response), response);
    }
    yield data as Page<P>;
    cursor = data.next_cursor ?? undefined;
  } while (cursor !== undefined);
}

/** Each item of every page of the list at `path`. */
export async function* paginate<P extends ListPath>(
  client: Client<paths, `${string}/${string}`>,
  path: P,
  params?: PageParams<P>,
): AsyncGenerator<Item<P>, void, undefined> {
  for await (const page of pages(client, path, params)) {
    yield* page.items as Item<P>[];
  }
}

/** The problem that stands for an answer with no body, which no list gives. */
function unexpected(response: Response): Problem {
  const { status, statusText: title, url: instance } = response;
  return { type: "about:blank", title, status, detail: "The answer had no body.", instance, errors: null };
}
