/**
 * Strapi 5 document ids are cuid2 ids of the default length (@strapi/core's `createDocumentId` is
 * cuid2's `createId`): 24 characters, a lowercase letter then lowercase letters and digits.
 * Only the shape is checked: it decides whether a detail request's parameter that matched no slug
 * is worth one more lookup by document id.
 */
const DOCUMENT_ID = /^[a-z][a-z0-9]{23}$/;

export const looksLikeDocumentId = (value: string): boolean => DOCUMENT_ID.test(value);
