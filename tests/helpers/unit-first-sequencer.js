const Sequencer = require('@jest/test-sequencer').default;

/**
 * Jest's order (failed last time, then slowest or largest first), with every unit test before any
 * integration test. `npm test` runs both projects in one worker on a 2-core machine, so a unit test
 * that ran after integration suites shared a process whose heap held what dozens of Strapi boots
 * left; the linear-time tests (server/src/text/linear-time.test.ts), which time a function on n and
 * 8n characters in this process's CPU, then counted garbage collection over that heap, more of it
 * for the larger input, and failed a linear function (CI at 90b63d8: 50.7 against a bound of 24).
 */
class UnitFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const isUnit = (test) => (test.context.config.displayName?.name ?? test.context.config.displayName) === 'unit';
    return [...sorted.filter(isUnit), ...sorted.filter((test) => !isUnit(test))];
  }
}

module.exports = UnitFirstSequencer;
