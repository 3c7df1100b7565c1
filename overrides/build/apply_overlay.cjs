// Apply an OpenAPI Overlay 1.0 document to an OpenAPI document with openapi-format (pinned in
// tests/contract/package.json). Called by overrides/build/contract.py; not meant to be run alone.
//
//   node apply_overlay.cjs UPSTREAM.json OVERLAY.yaml OUT.json [--lenient]
//
// An action that carries `x-trekmail-removed-upstream` (set by make update-spec when upstream
// removed its target) is expected to match nothing: it is never a failure. Every other action
// that matches nothing is.
//
// Exit 0: OUT.json written (plain JSON; the caller orders keys and formats it), and stdout is
// {"unmatched": [...], "removedUpstream": [...], "back": [...]}: the 1-based numbers of the
// unmarked actions that matched nothing (only with --lenient), of the marked actions that
// matched nothing, and of the marked actions whose target is back upstream (applied).
// Exit 2: an unmarked action matched nothing or was invalid; each is named on stderr, nothing
// written. With --lenient (make update-spec, which marks the actions of what upstream removed),
// OUT.json is written anyway and the unmatched actions are listed in "unmatched".
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
  const unusedAll = result.resultData.unusedActions || [];
  const marked = action => Boolean(action && action['x-trekmail-removed-upstream']);
  const number = action => overlay.actions.indexOf(action) + 1;
  const unused = unusedAll.filter(action => !marked(action));
  const summary = {
    unmatched: [],
    removedUpstream: unusedAll.filter(marked).map(number),
    back: overlay.actions.filter(action => marked(action) && !unusedAll.includes(action)).map(number)
  };
  if (lenient) {
    fs.writeFileSync(outPath, JSON.stringify(result.data));
    process.stdout.write(JSON.stringify({...summary, unmatched: unused.map(number)}));
    return 0;
  }
  if (unused.length > 0) {
    for (const action of unused) {
      console.error(
        `overlay action #${number(action)} matched nothing: target ${action.target}` +
          (action.description ? ` (${action.description})` : '')
      );
    }
    console.error(
      `${unused.length} of ${overlay.actions.length} overlay actions in ${overlayPath} matched nothing; ` +
        'fix their targets or remove them (the upstream document may have changed; ' +
        '`make update-spec` marks the actions of removed targets x-trekmail-removed-upstream)'
    );
    return 2;
  }
  fs.writeFileSync(outPath, JSON.stringify(result.data));
  process.stdout.write(JSON.stringify(summary));
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
