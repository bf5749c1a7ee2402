"""The Briefing API from Python, through the client package in this directory (generated from
schemas/openapi.json by openapi-python-client, with a hand-written paginator). Installed with
`pip install ./sdk/python`, against a running server:

    BRIEFING_API_URL=http://localhost:8000 python sdk/python/usage.py
"""

import datetime
import os

from briefing_api_client import Client
from briefing_api_client.api.claims import list_claims
from briefing_api_client.api.quotes import get_quote, list_quotes
from briefing_api_client.models import (
    ClaimInclude,
    ClaimList,
    ClaimType,
    EventPublic,
    Problem,
    QuoteList,
    QuotePublic,
    QuoteSort,
)
from briefing_api_client.paging import iterate

client = Client(base_url=os.environ.get("BRIEFING_API_URL", "http://localhost:8000"))

# Every forecast, five a page: `iterate` follows `next_cursor` until it is null.
claims = list(iterate(list_claims.sync, client=client, claim_type=[ClaimType.FORECAST], limit=5))
print(f"{len(claims)} forecasts; the first: {claims[0].statement}")

quotes = list_quotes.sync(
    client=client,
    speaker=["donald-trump"],
    date_from=datetime.date(2025, 7, 10),
    sort=QuoteSort.DATE_START_DESC,
    limit=3,
)
assert isinstance(quotes, QuoteList)
# A date bound is null where the text leaves it open (both are, for an undated quote).
print(quotes.total, [(str(q.date_start), q.id) for q in quotes.items])

quote = get_quote.sync(client=client, quote_id="trump-bullshit-from-putin")
assert isinstance(quote, QuotePublic)
# Speech has a speaker; a scare quote or a term (`kind`) has none.
speaker = quote.speaker.name if quote.speaker else "(no one)"
print(f"{speaker}, {quote.date_start}: {quote.text[:48]}…")
span = f"{quote.provenance.char_start}–{quote.provenance.char_end}"
print(f"  {quote.provenance.section!r}, chars {span}")

page = list_claims.sync(
    client=client, claim_type=[ClaimType.FORECAST], include=[ClaimInclude.EVIDENCE], limit=2
)
assert isinstance(page, ClaimList) and page.included
evidence: list[QuotePublic | EventPublic] = [*(page.included.quotes or [])]
evidence += page.included.events or []
print([c.id for c in page.items], "rest on", [e.id for e in evidence])

hedged = list_claims.sync(client=client, hedged=True, limit=1)
assert isinstance(hedged, ClaimList)
first = hedged.items[0]
cue = first.confidence.cue.text if first.confidence.cue else None
print(f"{hedged.total} hedged claims; {first.id}: {first.confidence.modality} {cue!r}")

missing = get_quote.sync(client=client, quote_id="no-such-quote")
assert isinstance(missing, Problem)
print(missing.status, missing.detail)

too_big = list_quotes.sync(client=client, limit=1000)
assert isinstance(too_big, Problem) and too_big.errors
print(too_big.status, [(e.loc, e.msg) for e in too_big.errors])
