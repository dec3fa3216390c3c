import { DatesSection } from './DatesSection';
import { DirectionSection } from './DirectionSection';
import { LengthSection } from './LengthSection';
import { LicenseSection } from './LicenseSection';
import { LinksSection } from './LinksSection';
import { PastedSection } from './PastedSection';
import { SlugSection } from './SlugSection';
import { SuggestionsSection } from './SuggestionsSection';
import { TypographySection } from './TypographySection';
import type { PanelSection } from './types';

/** The newsroom panel's sections, in display order. */
export const PANEL_SECTIONS: readonly PanelSection[] = [
  // First: while it shows, the article cannot be saved.
  { id: 'pasted', Component: PastedSection },
  { id: 'direction', Component: DirectionSection },
  { id: 'length', Component: LengthSection },
  { id: 'slug', Component: SlugSection },
  { id: 'typography', Component: TypographySection },
  { id: 'links', Component: LinksSection },
  { id: 'suggestions', Component: SuggestionsSection },
  { id: 'license', Component: LicenseSection },
  { id: 'dates', Component: DatesSection },
];

export type { PanelSection, PanelSectionProps } from './types';
