import type { FieldError } from '../utils/errors';
import { readRelationInput, type RelationRef } from './relation-input';

/** What link validation needs to know about the database, injected so the rules stay pure. */
export interface LinkLookup {
  /** The article being written (absent on create). */
  documentId?: string;
  locale: string;
  /** documentId and locale of rows named by numeric id. */
  rowsById(ids: number[]): Promise<Map<number, { documentId: string; locale: string }>>;
  /** Which of these documents have a version (draft or published) in `locale`. */
  existing(documentIds: string[], locale: string): Promise<Set<string>>;
  /** The related list the article has now (for writes that only add to it). */
  storedRelated(): Promise<string[]>;
}

type Data = Record<string, unknown>;

interface Target {
  path: (string | number)[];
  ref: RelationRef;
}

/**
 * Problems with the links of a write: an inline related-link or a related
 * entry that points at the article itself, at another locale, or at nothing,
 * and the same article twice in the related list. Paths name the block index.
 */
export async function linkProblems(data: Data, lookup: LinkLookup): Promise<FieldError[]> {
  const targets: Target[] = [];
  if (Array.isArray(data.body)) {
    data.body.forEach((block: Data, index) => {
      if (block?.__component !== 'newsroom.related-link') return;
      const input = readRelationInput(block.article);
      if (!input.unchanged) input.refs.forEach((ref) => targets.push({ path: ['body', index, 'article'], ref }));
    });
  }
  const related = readRelationInput(data.related);
  const relatedIsSet = data.related !== undefined && !(typeof data.related === 'object' && data.related !== null && !Array.isArray(data.related) && !('set' in data.related));
  related.refs.forEach((ref, index) => targets.push({ path: ['related', index], ref }));
  if (targets.length === 0) return [];

  const ids = targets.map((t) => t.ref.id).filter((id): id is number => id !== undefined);
  const rows = ids.length > 0 ? await lookup.rowsById(ids) : new Map();
  const resolved = targets.map((t) => {
    const row = t.ref.id !== undefined ? rows.get(t.ref.id) : undefined;
    return { ...t, documentId: t.ref.documentId ?? row?.documentId, locale: t.ref.locale ?? row?.locale };
  });
  const existing = await lookup.existing(
    [...new Set(resolved.map((t) => t.documentId).filter((d): d is string => !!d))],
    lookup.locale
  );

  const problems: FieldError[] = [];
  for (const t of resolved) {
    if (t.ref.invalid) {
      problems.push({ path: t.path, message: 'must name an article by its documentId or id' });
    } else if (t.locale && t.locale !== lookup.locale) {
      problems.push({ path: t.path, message: `must point to an article in locale "${lookup.locale}", not "${t.locale}"` });
    } else if (t.documentId && t.documentId === lookup.documentId) {
      problems.push({ path: t.path, message: 'must not point to the article itself' });
    } else if (!t.documentId || !existing.has(t.documentId)) {
      problems.push({ path: t.path, message: `points to an article that does not exist in locale "${lookup.locale}"` });
    }
  }

  const relatedTargets = resolved.filter((t) => t.path[0] === 'related');
  const seen = new Set<string>(relatedIsSet || relatedTargets.length === 0 ? [] : await lookup.storedRelated());
  for (const t of relatedTargets) {
    if (!t.documentId) continue;
    if (seen.has(t.documentId)) problems.push({ path: t.path, message: 'lists an article that is already in the related list' });
    seen.add(t.documentId);
  }
  return problems;
}
