/**
 * Knex prints a console.log for every MySQL schema change made inside a
 * transaction (Strapi's schema sync does this by design). Drop that one message
 * so real output stays readable; everything else passes through.
 */
const log = console.log.bind(console);
console.log = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('do not mix transactions and DDL with MySQL')) return;
  log(...args);
};
