// The comparison rules of README.md ("What is compared"), checked directly on results, including
// the lenient ones: a rule that forgave too much would let a non-conforming engine pass.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareResults, findOrderedDifference } from '../lib/compare.mjs';
import { evaluateCase } from '../lib/graphql-js-oracle.mjs';
import { INTROSPECTION_QUERY } from '../lib/protocol.mjs';

const conflictCase = {
  schema: 'type Query { a: Int b: Int }',
  rootValue: null,
  query: '{\n  x: a\n  x: b\n}',
  variables: null,
  operationName: null,
};
const executedCase = {
  schema: 'type Query { a: Int b: [Int!] }',
  rootValue: { a: 1, b: [1, null] },
  query: '{ a b }',
  variables: null,
  operationName: null,
};

async function bothSides(testCase) {
  const expected = await evaluateCase(testCase, null);
  return { expected, actual: structuredClone(expected) };
}

describe('compareResults', () => {
  test('Validation_LocationsOfOneErrorInOtherOrder_AreEqual', async () => {
    const { expected, actual } = await bothSides(conflictCase);
    assert.equal(expected.validationErrors[0].locations.length, 2);
    actual.validationErrors[0].locations.reverse();
    assert.deepEqual(compareResults(conflictCase, false, expected, actual), []);
  });

  test('Validation_ExtraErrorAtSameLocation_IsMismatch', async () => {
    const { expected, actual } = await bothSides(conflictCase);
    actual.validationErrors.push(structuredClone(actual.validationErrors[0]));
    const [mismatch] = compareResults(conflictCase, false, expected, actual);
    assert.equal(mismatch.what, 'validation errors (location lists)');
  });

  test('SyntaxError_FieldMissingFromResult_IsMismatch', async () => {
    const { expected, actual } = await bothSides(executedCase);
    delete actual.syntaxError;
    const [mismatch] = compareResults(executedCase, false, expected, actual);
    assert.equal(mismatch.what, 'syntax error');
    assert.match(mismatch.actual, /syntaxError is missing/);
  });

  test('Execution_ErrorMessageReworded_IsEqual', async () => {
    const { expected, actual } = await bothSides(executedCase);
    actual.execution.errors[0].message = 'something else entirely';
    assert.deepEqual(compareResults(executedCase, false, expected, actual), []);
  });

  test('Execution_DataNullInsteadOfAbsent_IsMismatch', async () => {
    const requestError = { ...executedCase, schema: 'type Query { a(v: Int!): Int }', query: 'query ($v: Int!) { a(v: $v) }' };
    const { expected, actual } = await bothSides(requestError);
    assert.equal('data' in expected.execution, false);
    actual.execution.data = null;
    const [mismatch] = compareResults(requestError, false, expected, actual);
    assert.match(mismatch.what, /presence of "data"/);
  });

  test('Introspection_NotRequested_IsNotCompared', async () => {
    const { expected, actual } = await bothSides(executedCase);
    actual.introspection = { nonsense: true };
    assert.deepEqual(compareResults(executedCase, false, expected, actual), []);
  });

  test('Introspection_NotAnIntrospectionResult_IsMismatchNamingBuildClientSchema', async () => {
    const { expected, actual } = await bothSides(executedCase);
    actual.introspection = { nonsense: true };
    const [mismatch] = compareResults(executedCase, true, expected, actual);
    assert.match(mismatch.what, /buildClientSchema rejects it/);
  });

  test('Introspection_GraphqlJsOwnResult_RoundTrips', async () => {
    const expected = await evaluateCase(executedCase, null);
    const actual = await evaluateCase(executedCase, INTROSPECTION_QUERY);
    assert.deepEqual(compareResults(executedCase, true, expected, actual), []);
  });

  test('SchemaValidity_NotABoolean_IsMismatch', async () => {
    const { expected, actual } = await bothSides(executedCase);
    actual.schemaValid = 'yes';
    const [mismatch] = compareResults(executedCase, false, expected, actual);
    assert.match(mismatch.actual, /schemaValid is "yes"/);
  });
});

describe('findOrderedDifference', () => {
  test('Objects_SameEntriesOtherOrder_DifferInKeyOrder', () => {
    const difference = findOrderedDifference({ a: 1, b: 2 }, { b: 2, a: 1 }, 'data');
    assert.equal(difference.what, 'data: keys differ (names or order)');
  });

  test('NestedList_DifferentItem_NamesThePath', () => {
    const difference = findOrderedDifference({ a: [{ b: 1 }, { b: 2 }] }, { a: [{ b: 1 }, { b: 3 }] }, 'data');
    assert.equal(difference.what, 'data.a[1].b: values differ');
  });

  test('Values_NumberAndNumericString_Differ', () => {
    assert.notEqual(findOrderedDifference({ id: 1 }, { id: '1' }, 'data'), null);
  });

  test('Values_NullAndEmptyObject_Differ', () => {
    assert.notEqual(findOrderedDifference({ a: null }, { a: {} }, 'data'), null);
  });

  test('Values_IdenticalNestedData_HaveNoDifference', () => {
    const data = { a: [1, { b: [null, 'x'] }], c: { d: true } };
    assert.equal(findOrderedDifference(data, structuredClone(data), 'data'), null);
  });
});
