// The wire format shared by the harness and every runner. README.md ("Runner protocol") is the
// normative description; this module holds the constants both sides must agree on.
import { getIntrospectionQuery } from 'graphql';

/**
 * The introspection document every runner executes against each case's schema. It asks for every
 * field the September 2025 specification defines (Section 4.2), so the round trip through
 * buildClientSchema loses nothing: descriptions, @specifiedBy URLs, repeatable directives, the
 * schema description, deprecated input values and @oneOf. Directive deprecation is left out: it is
 * a graphql-js experiment, not part of the specification.
 */
export const INTROSPECTION_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

/** The five fields of a case file, in the order they are written. */
export const CASE_FIELDS = Object.freeze(['schema', 'rootValue', 'query', 'variables', 'operationName']);

/**
 * Builds one request line for a runner.
 * @param {string} id the case's identifier, echoed back in the result
 * @param {object} testCase the five-field case
 * @param {boolean} introspect whether the runner must introspect the case's schema: the harness
 *   asks once per distinct schema text, as the answer cannot differ between cases sharing one
 */
export function requestLine(id, testCase, introspect) {
  return JSON.stringify({ id, case: testCase, introspectionQuery: introspect ? INTROSPECTION_QUERY : null }) + '\n';
}
