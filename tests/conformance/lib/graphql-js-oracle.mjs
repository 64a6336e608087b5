// Evaluates a case with graphql-js 17.1.0 and reports it in the runner protocol's result shape.
// The harness uses it for the expected side; reference-runner.mjs uses it to answer as a runner.
import {
  GraphQLError,
  buildSchema,
  execute,
  parse,
  validate,
  validateSchema,
} from 'graphql';

/**
 * graphql-js 17 accepts `{ }` by default (`SelectionSet : { Selection* }`, graphql-spec pull request
 * 1227, not part of the September 2025 edition). The edition we conform to requires at least one
 * selection (Appendix C: `SelectionSet : { Selection+ }`), so the oracle parses with that grammar.
 */
const SPECIFICATION_GRAMMAR = Object.freeze({ allowEmptySelectionSets: false });

/**
 * @param {{schema: string, rootValue: object|null, query: string, variables: object|null,
 *          operationName: string|null}} testCase
 * @param {string|null} introspectionQuery the document to introspect the case's schema with, or null
 *   when the caller does not want the introspection result (it is then null)
 * @returns {Promise<object>} a result without `id` (see README.md, "Result line")
 */
export async function evaluateCase(testCase, introspectionQuery) {
  const { schema, introspection } = await prepareSchema(testCase.schema, introspectionQuery);
  if (schema === null) {
    return { schemaValid: false, introspection: null, syntaxError: null, validationErrors: null, execution: null };
  }

  let document;
  try {
    document = parse(testCase.query, SPECIFICATION_GRAMMAR);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { schemaValid: true, introspection, syntaxError: toPlainError(error), validationErrors: null, execution: null };
  }

  const validationErrors = validate(schema, document).map(toPlainError);
  if (validationErrors.length > 0) {
    return { schemaValid: true, introspection, syntaxError: null, validationErrors, execution: null };
  }

  const result = await execute({
    schema,
    document,
    rootValue: testCase.rootValue,
    variableValues: testCase.variables,
    operationName: testCase.operationName,
  });
  return { schemaValid: true, introspection, syntaxError: null, validationErrors: [], execution: toPlainResult(result) };
}

/**
 * Many cases share one schema; building and introspecting it once per distinct SDL keeps a full
 * corpus run short. A built schema is immutable, so sharing it between cases is safe.
 */
const preparedSchemas = new Map();

async function prepareSchema(sdl, introspectionQuery) {
  let schema = preparedSchemas.get(sdl);
  if (schema === undefined) {
    schema = buildValidSchema(sdl);
    preparedSchemas.set(sdl, schema);
  }
  const wanted = schema !== null && introspectionQuery !== null;
  return { schema, introspection: wanted ? await introspect(schema, introspectionQuery) : null };
}

/**
 * A schema is valid when buildSchema accepts the SDL (it parses and passes the SDL validation
 * rules) and validateSchema finds nothing wrong (Section 3's type validation).
 */
function buildValidSchema(sdl) {
  let schema;
  try {
    schema = buildSchema(sdl);
  } catch {
    // buildSchema reports a syntax error, a broken SDL validation rule or an unknown type name by
    // throwing; every one of them means the same thing here: the schema is invalid.
    return null;
  }
  return validateSchema(schema).length === 0 ? schema : null;
}

async function introspect(schema, introspectionQuery) {
  const result = await execute({ schema, document: parse(introspectionQuery) });
  if (result.errors !== undefined) {
    throw new Error(`graphql-js failed to introspect a valid schema: ${result.errors[0].message}`);
  }
  return JSON.parse(JSON.stringify(result.data));
}

function toPlainResult(result) {
  const plain = {};
  if ('data' in result) plain.data = JSON.parse(JSON.stringify(result.data));
  if (result.errors !== undefined) {
    plain.errors = result.errors.map(toPlainError);
  }
  return plain;
}

/** The protocol's error object: message (informative only), locations and path when present. */
function toPlainError(error) {
  const plain = { message: error.message };
  if (error.locations !== undefined) plain.locations = error.locations.map(({ line, column }) => ({ line, column }));
  if (error.path !== undefined) plain.path = [...error.path];
  return plain;
}
