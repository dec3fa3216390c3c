// What reading a prepared body of 28 and 48 KB costs on PostgreSQL, next to reading the row without it
// (issue #12: the 100,000-article read, whose article is 48 KB, against the 20,000 one's 28 KB).
// `eval "$(bash .ci/db/postgres.sh)" && node bench/read-path/pg-body-transfer.js`: one connection,
// sequential named statements, 3,000 each after 300 of warm-up; wall time and this process's CPU per query.
require('esbuild-register/dist/node').register({ target: 'node20' });
const { withScratchPostgres } = require('../lib/server.ts');

withScratchPostgres('newsroom_bench_body_transfer', async (c) => {
  await c.query('create table rm (id int primary key, body text)');
  const paragraph = 'في ظل التطورات الأخيرة أعلنت الوكالة CSP-DPA عن نتائج تقريرها السنوي لعام 2023 ';
  for (const [id, kb] of [[1, 28], [2, 48]]) {
    let body = '{"data":{"body":[';
    for (let i = 0; Buffer.byteLength(body) < kb * 1024; i += 1) body += `${JSON.stringify({ type: 'paragraph', text: `${paragraph}${i}` })},`;
    await c.query('insert into rm values ($1, $2)', [id, `${body}{}]}}`]);
  }
  const time = async (label, query) => {
    for (let i = 0; i < 300; i += 1) await c.query(query);
    const n = 3000;
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    for (let i = 0; i < n; i += 1) await c.query(query);
    const wall = Number(process.hrtime.bigint() - started) / n / 1000;
    const used = process.cpuUsage(cpu);
    console.log(`| ${label} | ${wall.toFixed(0)} | ${((used.user + used.system) / n).toFixed(0)} |`);
  };
  console.log('| query | wall µs | Node CPU µs |\n| --- | ---: | ---: |');
  for (const [id, kb] of [[1, 28], [2, 48]]) {
    await time(`${kb} KB: the row without the body (\`length(body)\`)`, { name: `l${id}`, text: 'select length(body) from rm where id = $1', values: [id] });
    await time(`${kb} KB: the body as text`, { name: `t${id}`, text: 'select body from rm where id = $1', values: [id] });
    await time(`${kb} KB: \`convert_to(body, 'UTF8')\` (what the shortcut reads; bytea as hex text)`, { name: `h${id}`, text: "select convert_to(body, 'UTF8') from rm where id = $1", values: [id] });
    await time(`${kb} KB: the same in binary result format`, { name: `b${id}`, text: "select convert_to(body, 'UTF8') from rm where id = $1", values: [id], binary: true });
  }
});
