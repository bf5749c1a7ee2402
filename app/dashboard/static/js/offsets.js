// Provenance spans count Unicode code points (Python str indices); JavaScript strings index
// UTF-16 code units, where a character outside the Basic Multilingual Plane takes two.

/** The UTF-16 index in `text` of code point number `codePoint` (clamped to the end). */
export function utf16Index(text, codePoint) {
  let units = 0;
  for (let seen = 0; seen < codePoint && units < text.length; seen += 1) {
    const code = text.codePointAt(units);
    units += code > 0xffff ? 2 : 1;
  }
  return units;
}

/** `text` cut at the code point span [start, end): the parts before, inside and after. */
export function splitAtCodePoints(text, start, end) {
  return cutAtCodePoints(text, [start, end]).map((piece) => piece.text);
}

/** How many code points `text` holds (its length as the API counts it). */
export function codePointLength(text) {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * `text` cut at ascending code point offsets `bounds`: the pieces between them, each with
 * the code point offset it starts at (`[{start: 0, text}, {start: bounds[0], text}, …]`).
 */
export function cutAtCodePoints(text, bounds) {
  const pieces = [];
  let [fromUnit, fromPoint] = [0, 0];
  for (const bound of bounds) {
    const unit = fromUnit + utf16Index(text.slice(fromUnit), bound - fromPoint);
    pieces.push({ start: fromPoint, text: text.slice(fromUnit, unit) });
    [fromUnit, fromPoint] = [unit, bound];
  }
  pieces.push({ start: fromPoint, text: text.slice(fromUnit) });
  return pieces;
}
