import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { LicenseDefinition } from '../../../../content-types/licenses';
import { copyrightLine, DEFAULT_COPYRIGHT_TEMPLATES, templateFor } from '../../../../server/src/rights/copyright-line';
import { licenseName, licenseOf } from '../../../../server/src/rights/licenses';
import { useMessages } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The copyright year the form holds, if it is one. */
function yearOf(value: unknown): number | null {
  const year = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(year) ? year : null;
}

/**
 * The article's licence and copyright line as readers will get them: the
 * rights component's values over the site defaults, the line from the
 * template of the article's language (`server/src/rights/copyright-line`).
 */
export function LicenseSection({ values, locale, settings, direction }: PanelSectionProps) {
  const t = useMessages();
  const { locale: interfaceLocale } = useIntl();
  const rights = (values.rights && typeof values.rights === 'object' ? values.rights : {}) as Record<string, unknown>;

  const own = licenseOf(text(rights.license));
  const license: LicenseDefinition | null = own ?? licenseOf(settings.defaultLicense ?? 'all-rights-reserved');
  const holder = text(rights.copyrightHolder) ?? text(settings.defaultCopyrightHolder) ?? text(settings.publisherName) ?? 'Newsroom';
  const year = yearOf(rights.copyrightYear) ?? new Date().getFullYear();
  const templates = { ...DEFAULT_COPYRIGHT_TEMPLATES, ...settings.copyrightTemplates };
  const line = copyrightLine(templateFor(templates, locale ?? 'en'), year, holder);

  return (
    <Section title={t('panel.license.title')}>
      <Typography variant="omega" fontWeight="semiBold" data-newsroom-license={license?.code ?? ''}>
        {license ? licenseName(license, interfaceLocale) : '—'}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t(own ? 'panel.license.own' : 'panel.license.default')}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('panel.license.copyright')}
      </Typography>
      {/* In the article's language, so in its direction (the holder's name may be Latin). */}
      <Typography tag="bdi" dir={direction.dir} variant="omega" data-newsroom-copyright-line={line}>
        {line}
      </Typography>
    </Section>
  );
}
