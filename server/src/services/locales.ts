import type { Core } from '@strapi/strapi';

interface LocaleRow {
  code: string;
  name: string;
  isDefault: boolean;
}

/** The site's content locales, as configured in Strapi's i18n plugin. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const i18n = () => strapi.plugin('i18n').service('locales');
  return {
    async defaultLocale(): Promise<string> {
      return ((await i18n().getDefaultLocale()) as string | undefined) ?? 'en';
    },
    async codes(): Promise<string[]> {
      return ((await i18n().find()) as LocaleRow[]).map((l) => l.code);
    },
  };
};
