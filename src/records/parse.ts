// Parsing options with zod so that every issue's `path` names the field it is about.
import type * as z from 'zod/mini';
import { $ZodError, type $ZodIssue } from 'zod/v4/core';
import { ownProperties } from './own';

/**
 * zod reports unknown keys of a strict object as one issue at the object itself (`path: []`,
 * the names only in `keys`). A caller who misspelled `minConfidence` looks at `issues[0].path`
 * to learn which field is wrong, so each unknown key becomes an issue of its own at its path.
 */
export function pathPerKey(issues: readonly $ZodIssue[]): $ZodIssue[] {
  return issues.flatMap((issue): $ZodIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key], message: `Unrecognized key: "${key}"` }))
      : [issue],
  );
}

/**
 * `schema.parse(value)` on the value's own properties only (./own), throwing a ZodError whose
 * issues each name their field.
 */
export function parseOptions<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(ownProperties(value));
  if (r.success) return r.data;
  throw new $ZodError(pathPerKey(r.error.issues));
}
