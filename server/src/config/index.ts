import { yup } from '@strapi/utils';
import { DEFAULT_WORDS_PER_MINUTE } from '../text';

/** Options a developer sets in `config/plugins.ts` under `newsroom.config`. */
export interface NewsroomConfig {
  /** Reading speed used for `readingTimeMinutes` (Arabic readers: ~180). */
  wordsPerMinute: number;
  /** Page size of `GET /api/newsroom/articles` when the request names none. */
  defaultPageSize: number;
  /** Largest page size a request may ask for. */
  maxPageSize: number;
}

export const defaultConfig: NewsroomConfig = {
  wordsPerMinute: DEFAULT_WORDS_PER_MINUTE,
  defaultPageSize: 25,
  maxPageSize: 100,
};

const configSchema = yup
  .object({
    wordsPerMinute: yup.number().integer().min(50).max(1000).required(),
    defaultPageSize: yup.number().integer().min(1).max(1000).required(),
    maxPageSize: yup
      .number()
      .integer()
      .min(1)
      .max(1000)
      .required()
      .test('max-not-below-default', 'maxPageSize must be at least defaultPageSize', function check(value) {
        return value === undefined || value >= (this.parent as NewsroomConfig).defaultPageSize;
      }),
  })
  .noUnknown(true, 'unknown option: ${unknown}')
  .strict(true);

export default {
  default: defaultConfig,
  /** Refuses unknown keys and bad values so a typo in config/plugins.ts fails the boot loudly. */
  validator(config: unknown) {
    try {
      configSchema.validateSync(config, { abortEarly: false });
    } catch (error) {
      const messages = error instanceof yup.ValidationError ? error.errors.join('; ') : String(error);
      throw new Error(`[newsroom] invalid plugin config: ${messages}`);
    }
  },
};
