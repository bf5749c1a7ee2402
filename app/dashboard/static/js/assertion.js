// Who asserts a claim or implication, and how sure the text is of it: badges for the hedges
// and attributions the API serves (`attribution`, `confidence`), each with its verbatim cue.

import { el, words } from "./dom.js";

const SOURCES = {
  author: "the author",
  speaker: "a speaker",
  source: "a reporting source",
  unnamed_source: "an unnamed source",
};

/** Who puts the item forward, by name where the API names them. */
function asserter(item) {
  const { asserted_by: by } = item.attribution;
  if (by === "unnamed_source") return "unnamed source";
  return item.attributed_to ? item.attributed_to.name : SOURCES[by];
}

/** True unless the author plainly asserts it: the one case that needs no badge. */
function isAttributed(attribution) {
  return attribution.asserted_by !== "author" || attribution.verb !== "asserts";
}

function cueTitle(cue, fallback) {
  return cue ? cue.text : fallback;
}

function sameSpan(a, b) {
  return a && b && a.char_start === b.char_start && a.char_end === b.char_end;
}

/** "alleges · Germany": the verb, and who it is attributed to. */
function attributionBadge(item) {
  const { attribution } = item;
  const who = attribution.asserted_by === "author" ? null : asserter(item);
  const label = who ? `${attribution.verb} · ${who}` : attribution.verb;
  const basis = attribution.speaker_basis
    ? `${words(attribution.asserted_by)} ${attribution.speaker_basis}`
    : null;
  return el(
    "span",
    {
      class: "hedge hedge-attribution",
      "data-kind": "attribution",
      title: cueTitle(attribution.cue, basis),
    },
    label,
  );
}

/** "likely" (an ICD 203 step) or the modality ("possible", "evidential", "reported"). */
function confidenceBadge(confidence) {
  const label = confidence.likelihood ? words(confidence.likelihood) : confidence.modality;
  return el(
    "span",
    {
      class: "hedge hedge-confidence",
      "data-kind": "confidence",
      title: cueTitle(confidence.cue, confidence.modality),
    },
    label,
  );
}

/**
 * The badges of a claim or implication: its attribution unless the author plainly asserts
 * it, its confidence if the text hedges it (unless the hedge is the attribution's own cue,
 * as "alleging" is both). Items without these fields get none.
 */
export function hedgeBadges(item) {
  const badges = [];
  if (item.attribution && isAttributed(item.attribution)) badges.push(attributionBadge(item));
  const confidence = item.confidence;
  if (confidence?.hedged && !(badges.length && sameSpan(confidence.cue, item.attribution.cue))) {
    badges.push(confidenceBadge(confidence));
  }
  return badges;
}

/** The badges with a space between each, for inline use (or null if there are none). */
export function hedgeLine(item) {
  const badges = hedgeBadges(item);
  if (!badges.length) return null;
  return el("span", { class: "hedges" }, badges.flatMap((badge) => [" ", badge]));
}

/** The attribution in a sentence, with the cue spelt out (the badge's tooltip, for all). */
export function attributionFact(item) {
  if (!item.attribution || !isAttributed(item.attribution)) return null;
  const { verb, cue, speaker_basis: basis } = item.attribution;
  const known = basis ? ` (${basis === "named" ? "named in the text" : "inferred"})` : "";
  return `${asserter(item)}${known} ${verb}${cue ? `: “${cue.text}”` : ""}`;
}

/** The confidence in a sentence, with its cue. */
export function confidenceFact(item) {
  if (!item.confidence?.hedged) return null;
  const { modality, likelihood, cue } = item.confidence;
  return `${modality}${likelihood ? `, ${words(likelihood)}` : ""}${cue ? `: “${cue.text}”` : ""}`;
}

/**
 * The spans to mark in the source: the attribution's and the confidence's cues (one mark
 * where they are the same words) and a forecast's condition, each labelled.
 */
export function cues(item) {
  const marks = [];
  const add = (cue, label) => {
    if (cue && !marks.some((one) => sameSpan(one, cue))) marks.push({ ...cue, label });
  };
  if (item.attribution) add(item.attribution.cue, `attribution: ${item.attribution.verb}`);
  if (item.confidence) {
    const { likelihood, modality } = item.confidence;
    add(item.confidence.cue, `confidence: ${likelihood ? words(likelihood) : modality}`);
  }
  add(item.condition, "condition");
  return marks;
}
