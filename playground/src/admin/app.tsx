/** The playground offers Arabic as an admin interface language (Profile → Interface language). */
export default {
  config: { locales: ['ar'] },
  bootstrap() {},
};
