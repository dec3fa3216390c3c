import { createGlobalStyle } from 'styled-components';
import { FIELD_MARK, FORM_MARK } from './useFieldDirection';

/** Naskh for reading comfort, then the Arabic faces most systems ship. */
export const ARABIC_FONT_STACK = '"Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';

/**
 * Styles for the inputs useFieldDirection marked, and nothing else: mounted
 * only while a newsroom article's edit view is open. Logical properties only,
 * so the same rules serve both directions.
 */
export const FieldDirectionStyles = createGlobalStyle`
  [${FIELD_MARK}] {
    text-align: start;
  }

  [${FORM_MARK}='rtl'] [${FIELD_MARK}] {
    font-family: ${ARABIC_FONT_STACK};
  }

  /* The blocks editor draws its quote bar on the physical left; put it on the start side. */
  [${FIELD_MARK}] blockquote {
    border-inline-end: none;
    border-inline-start: ${({ theme }) => `${theme.spaces[1]} solid ${theme.colors.neutral200}`};
  }
`;
