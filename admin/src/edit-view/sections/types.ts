import type * as React from 'react';
import type { DirectionDecision, EditorSettings } from '../../core';
import type { ArticleValues, PublishedVersion } from '../article';

/** What every section of the newsroom panel is given. */
export interface PanelSectionProps {
  /** The form's values, possibly one render behind while the editor types. */
  values: ArticleValues;
  /** The content locale being edited. */
  locale: string | null;
  /** The article's direction and what decided it, by the write path's rule. */
  direction: DirectionDecision;
  settings: EditorSettings;
  /** The document being edited; undefined until it is first saved. */
  documentId?: string;
  /** Changes whenever the document is saved (its `updatedAt`): sections reading the server refresh then. */
  revision?: unknown;
  /** The published version's dates in this locale (what the API serves), or null while it is not published. */
  published?: PublishedVersion | null;
}


/** One section of the panel; the panel renders them in order. */
export interface PanelSection {
  id: string;
  Component: React.ComponentType<PanelSectionProps>;
}
