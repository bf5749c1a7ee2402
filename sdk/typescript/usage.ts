// The Briefing API from TypeScript, through the package in this directory (`briefing-api-client`:
// types generated from schemas/openapi.json, requests made by openapi-fetch, and `paginate`).
// Installed in a project of yours (sdk/README.md), against a running server:
//   tsc && BRIEFING_API_URL=http://localhost:8000 node usage.js
import { createBriefingClient, paginate, type components } from "briefing-api-client";

type Claim = components["schemas"]["ClaimPublic"];
type Problem = components["schemas"]["Problem"];

const api = createBriefingClient({
  baseUrl: process.env.BRIEFING_API_URL ?? "http://localhost:8000",
});

function fail(problem: Problem): never {
  throw new Error(`${problem.status} ${problem.title}: ${problem.detail}`);
}

// Every forecast, five a page: `paginate` follows `next_cursor` until it is null.
const claims: Claim[] = [];
const forecasts = paginate(api, "/v1/claims", { query: { claim_type: ["forecast"], limit: 5 } });
for await (const claim of forecasts) claims.push(claim);
console.log(`${claims.length} forecasts; the first: ${claims[0]?.statement}`);

const quotes = await api.GET("/v1/quotes", {
  params: {
    query: { speaker: ["donald-trump"], date_from: "2025-07-10", sort: "-date_start", limit: 3 },
  },
});
if (quotes.error) fail(quotes.error);
console.log(quotes.data.total, JSON.stringify(quotes.data.items.map((q) => [q.date_start, q.id])));

const quote = await api.GET("/v1/quotes/{quote_id}", {
  params: { path: { quote_id: "trump-bullshit-from-putin" } },
});
if (quote.error) fail(quote.error);
const { speaker, date_start, text, provenance } = quote.data;
// Speech has a speaker; a scare quote or a term (`kind`) has none.
console.log(`${speaker?.name ?? "(no one)"}, ${date_start}: ${text.slice(0, 48)}…`);
console.log(`  '${provenance.section}', chars ${provenance.char_start}–${provenance.char_end}`);

const page = await api.GET("/v1/claims", {
  params: { query: { claim_type: ["forecast"], include: ["evidence"], limit: 2 } },
});
if (page.error) fail(page.error);
const evidence = [...(page.data.included?.quotes ?? []), ...(page.data.included?.events ?? [])];
const ids = (items: { id: string }[]) => JSON.stringify(items.map((item) => item.id));
console.log(ids(page.data.items), "rest on", ids(evidence));

const hedged = await api.GET("/v1/claims", { params: { query: { hedged: true, limit: 1 } } });
if (hedged.error) fail(hedged.error);
const [first] = hedged.data.items;
const cue = first?.confidence.cue ? `'${first.confidence.cue.text}'` : "None";
console.log(`${hedged.data.total} hedged claims; ${first?.id}: ${first?.confidence.modality} ${cue}`);

const missing = await api.GET("/v1/quotes/{quote_id}", {
  params: { path: { quote_id: "no-such-quote" } },
});
if (missing.error) console.log(missing.error.status, missing.error.detail);

const tooBig = await api.GET("/v1/quotes", { params: { query: { limit: 1000 } } });
if (tooBig.error) {
  const issues = tooBig.error.errors?.map((e) => [e.loc, e.msg]);
  console.log(tooBig.error.status, JSON.stringify(issues));
}
