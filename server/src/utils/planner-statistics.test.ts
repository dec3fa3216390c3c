import { keepPlannerStatistics, OPTIMIZE_EVERY_MS } from './planner-statistics';

const host = (client: string, inTransaction = false) => {
  const statements: string[] = [];
  const strapi = {
    db: { dialect: { client }, inTransaction: () => inTransaction, connection: { raw: async (sql: string) => void statements.push(sql) } },
    log: { debug: () => undefined },
  };
  return { strapi: strapi as never, statements };
};

describe('keepPlannerStatistics', () => {
  it('runs PRAGMA optimize on SQLite at most once a minute', async () => {
    const { strapi, statements } = host('sqlite');
    expect(await keepPlannerStatistics(strapi, 1_000_000)).toBe(true);
    expect(await keepPlannerStatistics(strapi, 1_000_000 + OPTIMIZE_EVERY_MS - 1)).toBe(false);
    expect(await keepPlannerStatistics(strapi, 1_000_000 + OPTIMIZE_EVERY_MS)).toBe(true);
    expect(statements).toEqual(['PRAGMA optimize', 'PRAGMA optimize']);
  });

  it('does nothing on PostgreSQL and MySQL, nor inside a transaction', async () => {
    for (const { strapi, statements } of [host('postgres'), host('mysql'), host('sqlite', true)]) {
      expect(await keepPlannerStatistics(strapi, 5)).toBe(false);
      expect(statements).toEqual([]);
    }
  });
});
