// Apply an OpenAPI Overlay 1.0 document to an OpenAPI document with openapi-format (pinned in
// tests/contract/package.json). Called by overrides/build/contract.py; not meant to be run alone.
//
//   node apply_overlay.cjs UPSTREAM.json OVERLAY.yaml OUT.json [--lenient]
//
// Exit 0: OUT.json written (plain JSON; the caller orders keys and formats it).
// Exit 2: an action matched nothing or was invalid; each is named on stderr, nothing written.
// With --lenient (make update-spec, to drop the actions of what upstream removed): OUT.json is
// written anyway and stdout is the JSON list of the 1-based numbers of the unmatched actions.
// Exit 1: a file could not be read or parsed.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const openapiFormat = require(path.join(root, 'tests', 'contract', 'node_modules', 'openapi-format'));

async function main() {
  const [upstreamPath, overlayPath, outPath, mode] = process.argv.slice(2);
  const lenient = mode === '--lenient';
  if (!upstreamPath || !overlayPath || !outPath) {
    console.error('usage: node apply_overlay.cjs UPSTREAM.json OVERLAY.yaml OUT.json');
    return 1;
  }
  const document = JSON.parse(fs.readFileSync(upstreamPath, 'utf8'));
  const overlay = await openapiFormat.parseFile(overlayPath);
  if (overlay instanceof Error || !overlay || !Array.isArray(overlay.actions)) {
    console.error(`${overlayPath}: not an overlay document (${overlay instanceof Error ? overlay.message : 'no actions list'})`);
    return 1;
  }
  if (!/^1\.0\.\d+$/.test(String(overlay.overlay))) {
    console.error(`${overlayPath}: overlay version ${overlay.overlay}; this build applies Overlay 1.0.x`);
    return 1;
  }
  const result = await openapiFormat.openapiOverlay(document, {overlaySet: overlay});
  const unused = result.resultData.unusedActions || [];
  if (lenient) {
    fs.writeFileSync(outPath, JSON.stringify(result.data));
    process.stdout.write(JSON.stringify(unused.map(action => overlay.actions.indexOf(action) + 1)));
    return 0;
  }
  if (unused.length > 0) {
    for (const action of unused) {
      const index = overlay.actions.indexOf(action) + 1;
      console.error(
        `overlay action #${index} matched nothing: target ${action.target}` +
          (action.description ? ` (${action.description})` : '')
      );
    }
    console.error(
      `${unused.length} of ${overlay.actions.length} overlay actions in ${overlayPath} matched nothing; ` +
        'fix their targets or remove them (the upstream document may have changed)'
    );
    return 2;
  }
  fs.writeFileSync(outPath, JSON.stringify(result.data));
  return 0;
}

// exitCode, not exit(): exit() may cut a long stdout written to a pipe.
main().then(
  code => {
    process.exitCode = code;
  },
  error => {
    console.error(`apply_overlay: ${error && error.message ? error.message : error}`);
    process.exitCode = 1;
  }
);
