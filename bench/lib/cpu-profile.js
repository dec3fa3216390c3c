// Preloaded into the benchmark's Strapi server (--require): V8's sampling CPU profiler, started and
// stopped over http://127.0.0.1:$BENCH_PROFILE_PORT/start and /stop (which answers the .cpuprofile
// JSON), so one server is profiled endpoint by endpoint under load.
const http = require('http');
const inspector = require('inspector');

const session = new inspector.Session();
session.connect();
const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

http
  .createServer(async (req, res) => {
    try {
      if (req.url === '/start') {
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval: 200 });
        await post('Profiler.start');
        res.end('{}');
      } else if (req.url === '/stop') {
        const { profile } = await post('Profiler.stop');
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(profile));
      } else {
        res.statusCode = 404;
        res.end();
      }
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  })
  .on('error', (error) => console.error('cpu-profile:', error.message))
  .listen(Number(process.env.BENCH_PROFILE_PORT), '127.0.0.1')
  .unref();
