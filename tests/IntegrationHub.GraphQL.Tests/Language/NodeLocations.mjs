// Regenerates <name>.locations.txt: the span (start line:column - end line:column) of every node graphql-js
// 17.1.0 builds for <name>.graphql, sorted. Run with graphql@17.1.0 installed:
//   NODE_PATH=<that>/node_modules node NodeLocations.mjs KitchenSink SchemaKitchenSink
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { parse, visit, getLocation, Source } = require('graphql');

for (const name of process.argv.slice(2)) {
  const source = new Source(readFileSync(new URL(`./${name}.graphql`, import.meta.url), 'utf8'));
  const spans = [];
  visit(parse(source), {
    enter(node) {
      const start = getLocation(source, node.loc.start);
      const end = getLocation(source, node.loc.end);
      spans.push(`${start.line}:${start.column}-${end.line}:${end.column}`);
    },
  });
  writeFileSync(new URL(`./${name}.locations.txt`, import.meta.url), spans.sort().join('\n') + '\n');
}
