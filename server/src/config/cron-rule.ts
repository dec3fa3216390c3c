/**
 * Whether `rule` is a schedule Strapi's cron accepts. Checked with croner, the parser Strapi's
 * cron service itself uses, resolved from @strapi/core so the answer is the one the job will get:
 * Strapi only logs a bad schedule and never runs the job, where a bad option should stop the boot.
 */
export function isCronRule(rule: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Cron } = require(require.resolve('croner', { paths: [require.resolve('@strapi/core')] })) as {
    Cron: new (pattern: string, options: { paused: boolean; sloppyRanges: boolean }) => { stop(): void };
  };
  try {
    new Cron(rule, { paused: true, sloppyRanges: true }).stop();
    return true;
  } catch {
    return false;
  }
}
