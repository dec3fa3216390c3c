import { DirectionSection } from './DirectionSection';
import { LengthSection } from './LengthSection';
import { SlugSection } from './SlugSection';
import { TypographySection } from './TypographySection';
import type { PanelSection } from './types';

/**
 * The newsroom panel's sections, in display order. Licence and copyright-line
 * preview, dead related links and related suggestions join this list when
 * their server side exists (issues 4 and 5).
 */
export const PANEL_SECTIONS: readonly PanelSection[] = [
  { id: 'direction', Component: DirectionSection },
  { id: 'length', Component: LengthSection },
  { id: 'slug', Component: SlugSection },
  { id: 'typography', Component: TypographySection },
];

export type { PanelSection, PanelSectionProps } from './types';
