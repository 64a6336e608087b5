// Regenerates SyntaxErrorCases.json: the line and column graphql-js 17.1.0 reports for each bad document.
// Run: npm install graphql@17.1.0 (anywhere), then
//   NODE_PATH=<that>/node_modules node SyntaxErrorCases.mjs > SyntaxErrorCases.json
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { parse, version } = require('graphql');
const sources = JSON.parse(readFileSync(new URL('./SyntaxErrorSources.json', import.meta.url), 'utf8'));

const cases = sources.map((source) => {
  try {
    parse(source);
    return { source, accepted: true };
  } catch (error) {
    const [{ line, column }] = error.locations;
    return { source, line, column, graphqlJsMessage: error.message };
  }
});
console.log(JSON.stringify({ generatedBy: `graphql-js ${version}`, cases }, null, 2));
