import { isFetchError } from '@strapi/strapi/admin';

/**
 * Field errors of a 400 from the settings route, keyed by field name
 * (`error.details.errors[].path`), or null when the failure names no field.
 */
export function fieldErrors(error: unknown): Record<string, string> | null {
  if (!isFetchError(error)) return null;
  const details = error.response?.data?.error?.details as { errors?: { path?: unknown; message?: unknown }[] } | undefined;
  const entries = (details?.errors ?? [])
    .filter((e) => Array.isArray(e.path) && e.path.length > 0 && typeof e.message === 'string')
    .map((e) => [(e.path as unknown[]).join('.'), e.message as string] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}
