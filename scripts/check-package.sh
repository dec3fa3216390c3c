#!/usr/bin/env bash
# Pack the plugin as npm would publish it, install the tarball into a scratch
# consumer and type-check a file that imports the API response types under
# the module resolutions a Strapi app uses. The @ts-expect-error lines prove the
# types are real (an `any` would make them unused, which tsc reports).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.pack-check
rm -rf "$scratch" && mkdir -p "$scratch/node_modules"
tarball=$(npm pack --silent --pack-destination "$scratch" 2>/dev/null | tail -n1)
tar xzf "$scratch/$tarball" -C "$scratch/node_modules" && mv "$scratch/node_modules/package" "$scratch/node_modules/strapi-plugin-newsroom"
echo "packed $tarball: $(tar tzf "$scratch/$tarball" | wc -l) files"
cat > "$scratch/consumer.ts" <<'TS'
import type { ArticleListResponse, ArticleResponse, RelatedLinkBlock } from 'strapi-plugin-newsroom/strapi-server';

export function titles(list: ArticleListResponse): string[] {
  return list.data.map((a) => `${a.dir}:${a.title}`);
}
export function links(res: ArticleResponse): RelatedLinkBlock[] {
  return res.data.body.filter((b): b is RelatedLinkBlock => b.__component === 'newsroom.related-link');
}
// @ts-expect-error a link kind is 'read-also' | 'see-also'
export const badKind: RelatedLinkBlock['kind'] = 12345;
// @ts-expect-error the licence is a known code
export const badLicense: NonNullable<ArticleResponse['data']['rights']>['license'] = 'gpl';
TS
for resolution in node node16 bundler; do
  module=commonjs; [ "$resolution" = node16 ] && module=node16; [ "$resolution" = bundler ] && module=esnext
  npx tsc --noEmit --strict --skipLibCheck --moduleResolution "$resolution" --module "$module" --target es2022 "$scratch/consumer.ts"
  echo "types resolve with moduleResolution=$resolution"
done
rm -rf "$scratch"
