/**
 * What a relation value in a write points at. Strapi accepts many shapes
 * (a documentId, an id, `{ documentId, locale }`, arrays, `{ connect, set,
 * disconnect }`); this reads them all. `unchanged` means the write leaves the
 * relation as it is (the Content Manager sends `{ connect: [], disconnect: [] }`).
 */
export interface RelationRef {
  documentId?: string;
  id?: number;
  locale?: string;
}

export interface RelationInput {
  unchanged: boolean;
  refs: RelationRef[];
}

function toRef(item: unknown): RelationRef | null {
  if (typeof item === 'string') return /^\d+$/.test(item) ? { id: Number(item) } : { documentId: item };
  if (typeof item === 'number') return { id: item };
  if (item && typeof item === 'object') {
    const { documentId, id, locale } = item as Record<string, unknown>;
    const ref: RelationRef = {};
    if (typeof documentId === 'string') ref.documentId = documentId;
    else if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) ref.id = Number(id);
    if (typeof locale === 'string') ref.locale = locale;
    return ref.documentId || ref.id !== undefined ? ref : null;
  }
  return null;
}

const refsOf = (value: unknown): RelationRef[] =>
  (Array.isArray(value) ? value : [value]).map(toRef).filter((r): r is RelationRef => r !== null);

export function readRelationInput(value: unknown): RelationInput {
  if (value === undefined) return { unchanged: true, refs: [] };
  if (value === null) return { unchanged: false, refs: [] };
  if (typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if ('set' in v) return { unchanged: false, refs: refsOf(v.set ?? []) };
    if ('connect' in v || 'disconnect' in v) {
      const connect = refsOf(v.connect ?? []);
      const disconnect = refsOf(v.disconnect ?? []);
      return { unchanged: connect.length === 0 && disconnect.length === 0, refs: connect };
    }
  }
  return { unchanged: false, refs: refsOf(value) };
}
