// Entry point of `npm run bench:profile`.
require('../lib/entry')(require.resolve('./profile.ts'));
