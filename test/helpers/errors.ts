// Shared by the option and schema tests: the ZodError a call throws.
import { ZodError } from '../../src/index';

/** The ZodError `f` throws; fails when it throws something else or nothing. */
export function thrown(f: () => unknown): ZodError {
  try {
    f();
  } catch (e) {
    if (e instanceof ZodError) return e;
    throw e;
  }
  throw new Error('expected a ZodError');
}
