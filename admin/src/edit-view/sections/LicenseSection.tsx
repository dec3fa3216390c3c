import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { copyrightLine, licenseName, licenseOf, resolveCopyright, templateFor } from '../../core';
import { useMessages } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/**
 * The article's licence and copyright line as the API will serve them: the
 * rights component's values over the editor settings, by the server's own
 * rule (`resolveCopyright`), the line from the template of the article's
 * language. An article without a year gets that of its first publication:
 * this year, as a preview.
 */
export function LicenseSection({ values, locale, settings, direction }: PanelSectionProps) {
  const t = useMessages();
  const { locale: interfaceLocale } = useIntl();
  const rights = values.rights && typeof values.rights === 'object' ? (values.rights as Record<string, unknown>) : null;

  const { license, copyrightHolder, copyrightYear } = resolveCopyright(rights, settings, new Date().toISOString());
  const own = licenseOf(typeof rights?.license === 'string' ? rights.license : null) !== null;
  const line = copyrightLine(templateFor(settings.copyrightTemplates, locale ?? 'en'), copyrightYear, copyrightHolder);

  return (
    <Section title={t('panel.license.title')}>
      <Typography variant="omega" fontWeight="semiBold" data-newsroom-license={license.code}>
        {licenseName(license, interfaceLocale)}
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
