// Preloaded into the benchmark's Strapi server (NODE_OPTIONS=--require): counts the SQL statements
// knex runs (its 'query' event) and answers the running total on http://127.0.0.1:$BENCH_COUNT_PORT/.
// The benchmark reads the total before and after a run of sequential requests: statements per request.
const http = require('http');

let queries = 0;
let attached = false;
const deadline = Date.now() + 180000;
const attach = setInterval(() => {
  const knex = global.strapi && global.strapi.db && global.strapi.db.connection;
  if (knex && !attached) {
    attached = true;
    knex.on('query', () => {
      queries += 1;
    });
  }
  if (attached || Date.now() > deadline) clearInterval(attach);
}, 100);
attach.unref();

http
  .createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ attached, queries }));
  })
  .on('error', (error) => console.error('count-queries:', error.message))
  .listen(Number(process.env.BENCH_COUNT_PORT), '127.0.0.1')
  .unref();
