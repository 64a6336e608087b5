// Compares the engine's result for one case with graphql-js's, following the rules in README.md
// ("What is compared"). Each mismatch names what differed and shows both sides.
import {
  GraphQLDirective,
  buildClientSchema,
  buildSchema,
  isSpecifiedDirective,
  lexicographicSortSchema,
  printDirective,
  printSchema,
} from 'graphql';

/**
 * @typedef {{ what: string, expected: string, actual: string }} Mismatch
 * `expected` is graphql-js's side, `actual` the engine's.
 */

/**
 * @param {object} testCase the case both sides ran
 * @param {boolean} introspected whether the runner was asked to introspect the case's schema
 * @param {object} expected graphql-js's result (from graphql-js-oracle.mjs)
 * @param {object} actual the runner's result line
 * @returns {Mismatch[]} empty when the engine conforms on this case
 */
export function compareResults(testCase, introspected, expected, actual) {
  if (actual.schemaValid !== expected.schemaValid) {
    return [{
      what: 'whether the schema is valid',
      expected: describeValidity(expected.schemaValid),
      actual: describeValidity(actual.schemaValid),
    }];
  }
  if (!expected.schemaValid) return [];

  const mismatches = [];
  const introspection = introspected ? compareIntrospection(testCase.schema, actual.introspection) : null;
  if (introspection !== null) mismatches.push(introspection);
  mismatches.push(...compareRequest(expected, actual));
  return mismatches;
}

function describeValidity(valid) {
  if (valid === true) return 'schema valid';
  if (valid === false) return 'schema invalid';
  return `schemaValid is ${JSON.stringify(valid)} (must be true or false)`;
}

/**
 * The introspection round trip: graphql-js rebuilds a schema from the engine's introspection and
 * prints it; it must print exactly what graphql-js prints for the SDL itself. printSchema leaves
 * out the specified directives, so every directive is printed as well: a missing or different
 * @oneOf or @specifiedBy is caught too. The specification fixes the built-in directives'
 * definitions (Section 3.13) but not their descriptions, so those are left out of the comparison.
 */
function compareIntrospection(sdl, introspection) {
  const expected = printSorted(buildSchema(sdl));
  let actual;
  try {
    actual = printSorted(buildClientSchema(introspection));
  } catch (error) {
    return {
      what: 'introspection result (graphql-js buildClientSchema rejects it)',
      expected: 'an introspection result buildClientSchema accepts',
      actual: `${error.message}\n${abbreviate(introspection)}`,
    };
  }
  if (actual === expected) return null;
  const { expectedLines, actualLines, line } = firstDifferentLine(expected, actual);
  return {
    what: `introspection round trip: printed schema differs from line ${line}`,
    expected: expectedLines,
    actual: actualLines,
  };
}

function printSorted(schema) {
  const sorted = lexicographicSortSchema(schema);
  const directives = [...sorted.getDirectives()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((directive) => printDirective(isSpecifiedDirective(directive) ? asSpecified(directive) : directive));
  return `${printSchema(sorted)}\n\n${directives.join('\n\n')}\n`;
}

/** The directive locations of the September 2025 edition (Section 4.2, __DirectiveLocation). */
const EDITION_LOCATIONS = new Set([
  'QUERY', 'MUTATION', 'SUBSCRIPTION', 'FIELD', 'FRAGMENT_DEFINITION', 'FRAGMENT_SPREAD', 'INLINE_FRAGMENT',
  'VARIABLE_DEFINITION', 'SCHEMA', 'SCALAR', 'OBJECT', 'FIELD_DEFINITION', 'ARGUMENT_DEFINITION', 'INTERFACE',
  'UNION', 'ENUM', 'ENUM_VALUE', 'INPUT_OBJECT', 'INPUT_FIELD_DEFINITION',
]);

/**
 * A built-in directive as Section 3.13 defines it: without descriptions (the edition fixes definitions, not
 * wording) and without the locations graphql-js adds beyond the edition (DIRECTIVE_DEFINITION on
 * @deprecated; see "Where graphql-js 17.1.0 and the September 2025 edition differ" in README.md).
 */
function asSpecified(directive) {
  const config = directive.toConfig();
  const args = Object.fromEntries(Object.entries(config.args).map(([name, arg]) => [name, { ...arg, description: undefined }]));
  const locations = config.locations.filter((location) => EDITION_LOCATIONS.has(location));
  return new GraphQLDirective({ ...config, description: undefined, args, locations });
}

function compareRequest(expected, actual) {
  const wantSyntax = describeSyntaxError(expected.syntaxError);
  const gotSyntax = describeSyntaxError(actual.syntaxError);
  if (wantSyntax !== gotSyntax) return [{ what: 'syntax error', expected: wantSyntax, actual: gotSyntax }];
  if (expected.syntaxError !== null) return [];

  const validation = compareErrorMultisets('validation errors (location lists)', expected.validationErrors, actual.validationErrors, validationKey);
  if (validation !== null) return [validation];
  if (expected.validationErrors.length > 0) return [];
  return compareExecution(expected.execution, actual.execution);
}

function describeSyntaxError(syntaxError) {
  if (syntaxError === null) return 'no syntax error';
  if (syntaxError === undefined) return 'syntaxError is missing (it must be null or an error object)';
  const location = syntaxError.locations?.[0];
  return location === undefined
    ? `a syntax error without a location: ${JSON.stringify(syntaxError)}`
    : `syntax error at ${location.line}:${location.column}`;
}

function compareExecution(expected, actual) {
  if (actual === null || typeof actual !== 'object') {
    return [{ what: 'execution result', expected: abbreviate(expected), actual: `execution is ${JSON.stringify(actual)}` }];
  }
  const mismatches = [];
  const expectsData = 'data' in expected;
  if (expectsData !== ('data' in actual)) {
    mismatches.push({
      what: 'presence of "data" (absent means a request error, Section 7.1.2)',
      expected: expectsData ? `data present: ${abbreviate(expected.data)}` : 'no data (request error)',
      actual: 'data' in actual ? `data present: ${abbreviate(actual.data)}` : 'no data (request error)',
    });
  } else if (expectsData) {
    const difference = findOrderedDifference(expected.data, actual.data, 'data');
    if (difference !== null) mismatches.push(difference);
  }
  const errors = compareErrorMultisets('execution errors (path and locations)', expected.errors ?? [], actual.errors ?? [], executionErrorKey);
  if (errors !== null) mismatches.push(errors);
  return mismatches;
}

/**
 * Errors are compared as multisets: the specification does not order them. Inside one error the
 * locations are sorted too, since no rule says in which order an error lists the places it names.
 */
function compareErrorMultisets(what, expected, actual, keyOf) {
  if (!Array.isArray(actual)) {
    return { what, expected: describeKeys(expected.map(keyOf)), actual: `not a list: ${JSON.stringify(actual)}` };
  }
  const want = expected.map(keyOf).sort();
  const got = actual.map(keyOf).sort();
  if (want.length === got.length && want.every((key, i) => key === got[i])) return null;
  return { what, expected: describeKeys(want), actual: describeKeys(got) };
}

function describeKeys(keys) {
  return keys.length === 0 ? '(none)' : keys.join('\n');
}

function validationKey(error) {
  return `locations ${sortedLocations(error)}`;
}

function executionErrorKey(error) {
  const path = error?.path === undefined ? '(no path)' : JSON.stringify(error.path);
  return `path ${path} locations ${sortedLocations(error)}`;
}

function sortedLocations(error) {
  const locations = (error?.locations ?? []).map((l) => `${l?.line}:${l?.column}`);
  locations.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return `[${locations.join(', ')}]`;
}

/**
 * Deep equality that also requires the same key order (Section 7.1: response maps keep the order
 * of the selection set). Returns the first difference with its location in the data.
 */
export function findOrderedDifference(expected, actual, where) {
  const mismatch = (detail) => ({ what: `${where}: ${detail}`, expected: abbreviate(expected), actual: abbreviate(actual) });
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return mismatch('a list was expected');
    if (expected.length !== actual.length) return mismatch(`list length ${expected.length} expected, got ${actual.length}`);
    for (let i = 0; i < expected.length; i++) {
      const difference = findOrderedDifference(expected[i], actual[i], `${where}[${i}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return mismatch('an object was expected');
    const expectedKeys = Object.keys(expected);
    const actualKeys = Object.keys(actual);
    if (expectedKeys.join('\u0000') !== actualKeys.join('\u0000')) {
      return {
        what: `${where}: keys differ (names or order)`,
        expected: expectedKeys.join(', '),
        actual: actualKeys.join(', '),
      };
    }
    for (const key of expectedKeys) {
      const difference = findOrderedDifference(expected[key], actual[key], `${where}.${key}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  return expected === actual ? null : mismatch('values differ');
}

/** Up to six lines of each printed schema from the first line where they differ, numbered. */
function firstDifferentLine(expected, actual) {
  const want = expected.split('\n');
  const got = actual.split('\n');
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  const window = (lines) => lines.slice(i, i + 6).map((text, k) => `${i + k + 1}| ${text}`).join('\n') || '(end of schema)';
  return { line: i + 1, expectedLines: window(want), actualLines: window(got) };
}

function abbreviate(value) {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 400 ? `${text.slice(0, 400)}... (${text.length} characters)` : text;
}
