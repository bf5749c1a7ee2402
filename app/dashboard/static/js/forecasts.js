// "Forecasts to watch": the open forecasts, nearest horizon first, for the home page.

import { getJSON } from "./api.js";
import { dateRange, el, itemHref } from "./dom.js";

/** True when the horizon's last day (or, if open-ended, its first) is before today. */
function horizonPassed(horizon) {
  const last = horizon?.date_end || horizon?.date_start;
  return Boolean(last) && last < new Date().toISOString().slice(0, 10);
}

function forecastRow(forecast) {
  const when = forecast.horizon
    ? dateRange(forecast.horizon)
    : el("span", { class: "undated" }, "no horizon");
  return el(
    "li",
    { class: "forecast", "data-type": "forecast", "data-id": forecast.id },
    el(
      "div",
      { class: "entry-meta" },
      "by ",
      when,
      horizonPassed(forecast.horizon) ? el("span", { class: "flag" }, " · horizon passed") : "",
      forecast.drawn_by === "curator" ? el("span", { class: "flag" }, " · drawn by a curator") : "",
    ),
    el("a", { href: itemHref("forecast", forecast.id) }, forecast.statement),
  );
}

/**
 * The panel, or null when the API has no forecasts collection (a 404): the home page then
 * shows the timeline alone. Any other problem propagates, as for every view.
 */
export async function forecastsToWatch() {
  let page;
  try {
    page = await getJSON("/forecasts", { outcome: "open", sort: "horizon", limit: 20 });
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
  const more = page.total > page.items.length ? `${page.total - page.items.length} more` : null;
  return el(
    "section",
    { class: "forecasts", "aria-labelledby": "forecasts-title" },
    el("h2", { id: "forecasts-title" }, "Forecasts to watch"),
    page.items.length
      ? el("ol", { class: "forecast-list", id: "forecasts" }, page.items.map(forecastRow))
      : el("p", { class: "empty" }, "No open forecast."),
    more ? el("p", { class: "lead" }, `…and ${more}.`) : null,
  );
}
