// Finding and reading case files. A case is exactly five fields (README.md, "Case files"); anything
// else is rejected with a message naming the file and the field, so a typo cannot silently turn a
// case into a different one.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CASE_FIELDS } from './protocol.mjs';

/**
 * Every `*.json` file under `directory`, recursively, in a stable (sorted) order.
 * @param {string} directory
 * @returns {Promise<string[]>}
 */
export async function findCaseFiles(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads and checks one case file.
 * @param {string} file
 * @returns {Promise<{case: object} | {problem: string}>}
 */
export async function readCaseFile(file) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { problem: `not valid JSON: ${error.message}` };
  }
  const problem = describeShapeProblem(parsed);
  return problem === null ? { case: parsed } : { problem };
}

/**
 * @param {unknown} value a parsed case file
 * @returns {string|null} what is wrong with its shape, or null when it is a well-formed case
 */
export function describeShapeProblem(value) {
  if (!isPlainObject(value)) return 'a case must be a JSON object';
  const unknown = Object.keys(value).filter((key) => !CASE_FIELDS.includes(key));
  if (unknown.length > 0) return `unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}; a case has exactly ${CASE_FIELDS.join(', ')}`;
  const missing = CASE_FIELDS.filter((key) => !(key in value));
  if (missing.length > 0) return `missing field(s) ${missing.map((k) => `"${k}"`).join(', ')}`;
  if (typeof value.schema !== 'string') return '"schema" must be a string of SDL';
  if (typeof value.query !== 'string') return '"query" must be a string holding the GraphQL document';
  if (value.rootValue !== null && !isPlainObject(value.rootValue)) return '"rootValue" must be an object or null';
  if (value.variables !== null && !isPlainObject(value.variables)) return '"variables" must be an object or null';
  if (value.operationName !== null && typeof value.operationName !== 'string') return '"operationName" must be a string or null';
  return null;
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
