/** Form fields that show an error the server names by their parent (`copyrightTemplates` → each template). */
const SPREAD: Record<string, readonly string[]> = { copyrightTemplates: ['copyrightTemplates.ar', 'copyrightTemplates.en'] };

/** `{ 'a.b': msg }` → `{ a: { b: msg } }`: the form looks errors up by the field's dotted name. */
function nest(flat: [string, string][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, msg] of flat) {
    const keys = path.split('.');
    let node = out;
    keys.slice(0, -1).forEach((key) => {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]] = msg;
  }
  return out;
}

/** The part of a failed request this reads: the admin fetch client's `FetchError` has this shape. */
type FailedRequest = { response?: { data?: { error?: { details?: { errors?: unknown } } } } };

/**
 * Field errors of a 400 from the settings route, keyed by field name
 * (`error.details.errors[].path`, nested for dotted names), or null when the failure names no field.
 * It reads the error's shape rather than its class, so it stays a pure module.
 */
export function fieldErrors(error: unknown): Record<string, unknown> | null {
  if (typeof error !== 'object' || error === null) return null;
  const errors = (error as FailedRequest).response?.data?.error?.details?.errors;
  if (!Array.isArray(errors)) return null;
  const entries = (errors as { path?: unknown; message?: unknown }[])
    .filter((e) => typeof e === 'object' && e !== null && Array.isArray(e.path) && e.path.length > 0 && typeof e.message === 'string')
    .flatMap((e) => {
      const path = (e.path as unknown[]).join('.');
      const message = e.message as string;
      return (SPREAD[path] ?? [path]).map((field) => [field, message] as [string, string]);
    });
  return entries.length > 0 ? nest(entries) : null;
}
