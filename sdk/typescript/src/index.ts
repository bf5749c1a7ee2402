// The Briefing API's TypeScript client: the types openapi-typescript generates from
// schemas/openapi.json (src/generated, rebuilt by `npm run build`), a client made by
// openapi-fetch over them, and `paginate`, which follows a list's `next_cursor`.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./generated/briefing-api.js";

export type { components, operations, paths } from "./generated/briefing-api.js";
export { pages, paginate, ProblemError } from "./paginate.js";
export type { Item, ListPath, Page, PageParams, Problem } from "./paginate.js";

/** What the client reads. Lists also answer CSV, NDJSON and JSON-LD (`format=`), which would
 * widen every answer's type; this client reads JSON and problem details. */
export type Media = "application/json" | "application/problem+json";

export type BriefingClient = Client<paths, Media>;

/** A client of the API at `options.baseUrl`, e.g. `createBriefingClient({ baseUrl:
 * "http://localhost:8000" })`: `client.GET("/v1/quotes/{quote_id}", …)` and so on. */
export function createBriefingClient(options?: ClientOptions): BriefingClient {
  return createClient<paths, Media>(options);
}
