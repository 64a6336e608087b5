#!/usr/bin/env node
// The differential conformance harness: runs every case of the corpus through graphql-js 17.1.0
// (in this process) and through the engine under test (one runner process), and reports every
// case where they disagree. See README.md for the case format, the comparison rules and the
// runner protocol.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findCaseFiles, readCaseFile } from './lib/case-file.mjs';
import { compareResults } from './lib/compare.mjs';
import { evaluateCase } from './lib/graphql-js-oracle.mjs';
import { runCases } from './lib/runner-process.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNNER_ENVIRONMENT_VARIABLE = 'HUB_CONFORMANCE_RUNNER';
const USAGE = `usage: node differential.mjs --runner "<command line>" [--corpus DIR ...] [--idle-timeout-ms N]

  --runner           the engine under test, a shell command line speaking the runner protocol
                     (README.md); defaults to $${RUNNER_ENVIRONMENT_VARIABLE}
  --corpus           a folder of case files (*.json, searched recursively); repeatable;
                     defaults to ${path.relative(process.cwd(), path.join(here, 'corpus')) || '.'}
  --idle-timeout-ms  stop the runner when it answers nothing for this long (default 60000)`;

const options = readOptions();
// A file reached through two --corpus folders is one case, run once.
const caseFiles = [...new Set((await Promise.all(options.corpora.map(findCaseFiles))).flat())];
const started = performance.now();

const malformed = [];
const cases = [];
const introspectedSchemas = new Set();
for (const file of caseFiles) {
  const id = path.relative(process.cwd(), file);
  const read = await readCaseFile(file);
  if ('problem' in read) {
    malformed.push({ id, problem: read.problem });
    continue;
  }
  // The first case of each distinct schema text carries the introspection round trip.
  const introspect = !introspectedSchemas.has(read.case.schema);
  introspectedSchemas.add(read.case.schema);
  cases.push({ id, case: read.case, introspect });
}

const outcomes = await runCases(options.runner, cases, { idleTimeoutMs: options.idleTimeoutMs });

let passed = 0;
let failed = 0;
for (const { id, problem } of malformed) {
  failed++;
  report(id, [{ what: 'case file is malformed', expected: 'a well-formed case (README.md, "Case files")', actual: problem }]);
}
for (const { id, case: testCase, introspect } of cases) {
  const outcome = outcomes.get(id);
  const mismatches = 'failure' in outcome
    ? [{ what: 'runner failure', expected: 'a result line', actual: outcome.failure }]
    : compareResults(testCase, introspect, await evaluateCase(testCase, null), outcome.result);
  if (mismatches.length === 0) {
    passed++;
  } else {
    failed++;
    report(id, mismatches);
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(caseFiles.length === 0 ? 'no case files found (*.json)' : `ran ${caseFiles.length} case files in ${seconds} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && caseFiles.length > 0 ? 0 : 1;

function report(id, mismatches) {
  console.log(`FAIL ${id}`);
  for (const { what, expected, actual } of mismatches) {
    console.log(`  ${what}`);
    console.log(`    graphql-js: ${indentContinuation(expected)}`);
    console.log(`    engine:     ${indentContinuation(actual)}`);
  }
}

function indentContinuation(text) {
  return String(text).replaceAll('\n', '\n                ');
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        runner: { type: 'string' },
        corpus: { type: 'string', multiple: true },
        'idle-timeout-ms': { type: 'string', default: '60000' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    exitWithUsage(error.message);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runner = parsed.runner ?? process.env[RUNNER_ENVIRONMENT_VARIABLE];
  if (runner === undefined || runner.trim() === '') {
    exitWithUsage(`no runner given: pass --runner or set ${RUNNER_ENVIRONMENT_VARIABLE}`);
  }
  const idleTimeoutMs = Number(parsed['idle-timeout-ms']);
  if (!Number.isInteger(idleTimeoutMs) || idleTimeoutMs <= 0) {
    exitWithUsage(`--idle-timeout-ms must be a positive whole number of milliseconds, got "${parsed['idle-timeout-ms']}"`);
  }
  const corpora = (parsed.corpus ?? [path.join(here, 'corpus')]).map((folder) => path.resolve(folder));
  for (const folder of corpora) {
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      exitWithUsage(`--corpus "${path.relative(process.cwd(), folder)}" is not a folder`);
    }
  }
  return { runner, corpora, idleTimeoutMs };
}

function exitWithUsage(problem) {
  console.error(`differential.mjs: ${problem}\n\n${USAGE}`);
  process.exit(2);
}
