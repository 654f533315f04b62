// Options and documents as their own properties only, before a schema reads them.
//
// A schema reads `input.maxLength`, which walks the prototype chain: `Object.create({ maxLength:
// 3 })`, or a polluted `Object.prototype`, would set an option the caller never passed. A copy of
// the own enumerable properties onto an object with no prototype leaves nothing inherited to find.

/** `value` itself when it is no plain object; otherwise its own enumerable properties, prototype-free. */
export function ownProperties<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy = Object.create(null) as Record<PropertyKey, unknown>;
  for (const key of Object.keys(value)) copy[key] = (value as Record<string, unknown>)[key];
  return copy as T;
}
