// Compare two OpenAPI documents with api-smart-diff (pinned in tests/contract/package.json) and
// print its classified changes as JSON lines. Called by overrides/build/api_diff.py, which
// orders, words and summarises them; not meant to be run alone.
//
//   node api_diff.cjs BEFORE.json AFTER.json
//
// Each output line: {"type", "action", "path", "description", "before", "after", "required"};
// exit 1 if a file is unreadable.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const {apiCompare} = require(path.join(root, 'tests', 'contract', 'node_modules', 'api-smart-diff'));

// A short text of a changed value (primitives and small arrays), or null.
function brief(value) {
  if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) {
    return null;
  }
  const text = JSON.stringify(value);
  return text.length <= 80 ? text : null;
}

// The `required` of a parameter that was added or removed (true/false), or null.
function parameterRequired(diff) {
  const value = diff.action === 'remove' ? diff.before : diff.after;
  const path = diff.path || [];
  if (path[path.length - 2] !== 'parameters' || !value || typeof value !== 'object') {
    return null;
  }
  return Boolean(value.required);
}

function main() {
  const [beforePath, afterPath] = process.argv.slice(2);
  if (!beforePath || !afterPath) {
    console.error('usage: node api_diff.cjs BEFORE.json AFTER.json');
    return 1;
  }
  const before = JSON.parse(fs.readFileSync(beforePath, 'utf8'));
  const after = JSON.parse(fs.readFileSync(afterPath, 'utf8'));
  const {diffs} = apiCompare(before, after);
  const lines = diffs.map(diff =>
    JSON.stringify({
      type: diff.type,
      action: diff.action,
      path: diff.path,
      description: diff.description || '',
      before: brief(diff.before),
      after: brief(diff.after),
      // Whether an added or removed parameter is required: api-smart-diff words every added
      // parameter "required" (its template picks that form for required: false too).
      required: parameterRequired(diff)
    })
  );
  process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
  return 0;
}

// exitCode, not exit(): exit() may cut a long stdout written to a pipe.
try {
  process.exitCode = main();
} catch (error) {
  console.error(`api_diff: ${error && error.message ? error.message : error}`);
  process.exitCode = 1;
}
