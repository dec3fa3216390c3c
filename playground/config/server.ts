import type { Core } from '@strapi/strapi';
import { secret } from './env-defaults';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: secret('APP_KEYS').split(','),
  },
});

export default config;
