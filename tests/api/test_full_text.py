"""`q` is a full-text search: every word of the query must occur in the item's text, as a
prefix of a word, in any order; "quoted words" must occur in sequence. Case, accents,
punctuation and the kind of quote marks do not matter."""

from __future__ import annotations

import httpx
import pytest

from app.models.searchable import words
from tests.conftest import fetch_all

# The text fields `q` searches, by collection, as the API documents them.
SEARCHED = {
    "entities": lambda e: [e["name"], *e["aliases"], e["description"]],
    "quotes": lambda q: [q["text"], q["context"], q["provenance"]["excerpt"]],
    "events": lambda e: [e["title"], e["description"], e["provenance"]["excerpt"]],
    "claims": lambda c: [c["statement"], c["provenance"]["excerpt"]],
    "implications": lambda i: [i["statement"], i["provenance"]["excerpt"]],
}

QUERIES = [
    "Putin",
    "putin TRUMP",
    "russ",
    "Russia's",
    "Russia’s",
    "white house",
    '"White House"',
    "“White House”",
    '"house white"',
    "sanctions oil",
    "patriot missiles",
    "2025",
    "Zelensky Kyiv",
    "NATO",
    '"secretary general" rutte',
]


def _matches(texts: list[str], query: str) -> bool:
    """The definition, spelled out on the public fields: a sequence of folded words."""
    haystack = [w for t in texts for w in words(t)]
    parts = query.replace("“", '"').replace("”", '"').split('"')
    phrases = [tuple(words(p)) for p in parts[1::2] if words(p)]
    phrases += [(w,) for p in parts[::2] for w in words(p)]

    def found(phrase: tuple[str, ...]) -> bool:
        n = len(phrase)
        return any(
            haystack[i : i + n - 1] == list(phrase[:-1])
            and haystack[i + n - 1].startswith(phrase[-1])
            for i in range(len(haystack) - n + 1)
        )

    return bool(phrases) and all(found(p) for p in phrases)


@pytest.mark.parametrize("collection", sorted(SEARCHED))
def test_q_finds_exactly_the_items_whose_text_has_every_word(
    client: httpx.Client, collection: str
) -> None:
    everything = fetch_all(client, f"/v1/{collection}")
    for query in QUERIES:
        expected = {i["id"] for i in everything if _matches(SEARCHED[collection](i), query)}
        found = {i["id"] for i in fetch_all(client, f"/v1/{collection}", {"q": query})}
        assert found == expected, (collection, query)


def test_words_match_as_prefixes_in_any_order(client: httpx.Client) -> None:
    russ = {c["id"] for c in fetch_all(client, "/v1/claims", {"q": "russ"})}
    russian = {c["id"] for c in fetch_all(client, "/v1/claims", {"q": "Russian"})}
    assert russian and russian < russ
    assert fetch_all(client, "/v1/claims", {"q": "trump putin"}) == fetch_all(
        client, "/v1/claims", {"q": "Putin Trump"}
    )


def test_a_quoted_phrase_is_narrower_than_its_words(client: httpx.Client) -> None:
    loose = {q["id"] for q in fetch_all(client, "/v1/quotes", {"q": "defense air"})}
    phrase = {q["id"] for q in fetch_all(client, "/v1/quotes", {"q": '"defense air"'})}
    in_order = {q["id"] for q in fetch_all(client, "/v1/quotes", {"q": '"air defense"'})}
    assert loose and phrase < loose
    assert in_order and in_order <= loose


def test_possessives_are_found_from_the_plain_word(client: httpx.Client) -> None:
    plain = {c["id"] for c in fetch_all(client, "/v1/claims", {"q": "Russia"})}
    possessive = {c["id"] for c in fetch_all(client, "/v1/claims", {"q": "Russia’s"})}
    assert possessive and possessive < plain


@pytest.mark.parametrize("query", ["%", '["', '", "', "…", "-- ;"])
def test_a_query_without_any_word_matches_nothing(client: httpx.Client, query: str) -> None:
    response = client.get("/v1/claims", params={"q": query})
    assert response.status_code == 200
    assert response.json()["total"] == 0


def test_search_snippets_show_the_matched_words(client: httpx.Client) -> None:
    hits = fetch_all(client, "/v1/search", {"q": '"strategic dialogue"'})
    assert hits
    for hit in hits:
        assert "strategic dialogue" in " ".join(words(hit["snippet"])), hit
