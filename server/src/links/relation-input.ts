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
  /** Set when the item names no article in a shape Strapi or the database can use (a float, a huge or negative id, a boolean…). */
  invalid?: true;
}

export interface RelationInput {
  unchanged: boolean;
  refs: RelationRef[];
}

/** A row id as the database can take it: a positive safe integer, given as a number or digits. */
function rowId(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function toRef(item: unknown): RelationRef {
  if (typeof item === 'string' && !/^\d+$/.test(item)) return item === '' ? { invalid: true } : { documentId: item };
  if (typeof item === 'string' || typeof item === 'number') {
    const id = rowId(item);
    return id === null ? { invalid: true } : { id };
  }
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const { documentId, id, locale } = item as Record<string, unknown>;
    const ref: RelationRef = {};
    if (typeof documentId === 'string' && documentId !== '') ref.documentId = documentId;
    else if (rowId(id) !== null) ref.id = rowId(id)!;
    if (typeof locale === 'string') ref.locale = locale;
    return ref.documentId || ref.id !== undefined ? ref : { invalid: true };
  }
  return { invalid: true };
}

const refsOf = (value: unknown): RelationRef[] => (Array.isArray(value) ? value : [value]).map(toRef);

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

/**
 * The document ids a relation input names, in order, when it names every target by document id
 * (what the Document Service, the REST API and the import send); undefined when one is named by
 * row id or placed with a `position` (Strapi resolves those as it writes).
 */
export function namedByDocumentId(value: unknown): string[] | undefined {
  const connect = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).connect : undefined;
  if (Array.isArray(connect) && connect.some((item) => item && typeof item === 'object' && 'position' in item)) return undefined;
  const { refs } = readRelationInput(value);
  return refs.every((ref) => ref.documentId) ? refs.map((ref) => ref.documentId!) : undefined;
}
