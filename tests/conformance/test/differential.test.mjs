// Proves the harness itself: graphql-js answering through the protocol passes, every kind of
// damage a wrong engine could do is reported against the right case, and differences the
// comparison rules declare irrelevant (error order, messages) are not.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const conformance = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtureCorpus = path.join('test', 'fixtures', 'corpus');
const referenceRunner = 'node reference-runner.mjs';
const corruptingRunner = (mode) => `node test/fixtures/corrupting-runner.mjs ${mode}`;

function runHarness(...args) {
  const run = spawnSync(process.execPath, ['differential.mjs', ...args], {
    cwd: conformance,
    encoding: 'utf8',
    env: { ...process.env, HUB_CONFORMANCE_RUNNER: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The mismatch report for one case file: its FAIL line up to the next FAIL line or summary. */
function reportFor(stdout, caseFile) {
  const start = stdout.indexOf(`FAIL ${path.join(fixtureCorpus, caseFile)}\n`);
  if (start < 0) return null;
  const rest = stdout.slice(start + 5);
  const end = rest.search(/^(FAIL |ran )/m);
  return rest.slice(0, end);
}

describe('reference runner', () => {
  test('Harness_ReferenceRunnerOnFixtures_ReportsNoFailure', () => {
    const run = runHarness('--runner', referenceRunner, '--corpus', fixtureCorpus);
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /^6 passed, 0 failed$/m);
  });

  test('Harness_ReferenceRunnerOnRepositoryCorpus_ReportsNoFailure', () => {
    const run = runHarness('--runner', referenceRunner);
    assert.equal(run.status, 0, run.stdout);
    const [, passed] = run.stdout.match(/^(\d+) passed, 0 failed$/m);
    assert.ok(Number(passed) >= 400, `the repository corpus holds ${passed} cases, fewer than 400`);
  });

  test('Harness_RunnerFromEnvironmentVariable_IsUsed', () => {
    const run = spawnSync(process.execPath, ['differential.mjs', '--corpus', fixtureCorpus], {
      cwd: conformance,
      encoding: 'utf8',
      env: { ...process.env, HUB_CONFORMANCE_RUNNER: corruptingRunner('drop-error') },
    });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^5 passed, 1 failed$/m);
  });
});

describe('mismatches a wrong engine makes are caught', () => {
  const expectations = [
    { mode: 'flip-key-order', file: 'field-error.json', what: 'data: keys differ (names or order)', failures: 1 },
    { mode: 'change-value', file: 'field-error.json', what: 'data.item: values differ', failures: 2 },
    { mode: 'drop-error', file: 'field-error.json', what: 'execution errors (path and locations)', failures: 1 },
    { mode: 'shift-error-location', file: 'field-error.json', what: 'execution errors (path and locations)', failures: 1 },
    { mode: 'change-error-path', file: 'field-error.json', what: 'execution errors (path and locations)', failures: 1 },
    { mode: 'drop-data', file: 'oneof-input.json', what: 'presence of "data"', failures: 2 },
    { mode: 'shift-validation-location', file: 'validation-error.json', what: 'validation errors (location lists)', failures: 2 },
    { mode: 'drop-validation-error', file: 'validation-conflict.json', what: 'validation errors (location lists)', failures: 2 },
    { mode: 'shift-syntax-location', file: 'syntax-error.json', what: 'syntax error', failures: 1 },
    { mode: 'accept-invalid-schema', file: 'invalid-schema.json', what: 'whether the schema is valid', failures: 1 },
    { mode: 'drop-introspected-field', file: 'field-error.json', what: 'introspection round trip', failures: 4 },
    { mode: 'drop-specified-directive', file: 'oneof-input.json', what: 'introspection round trip', failures: 4 },
    { mode: 'report-runner-error', file: 'oneof-input.json', what: 'engine threw NotSupportedException', failures: 6 },
    { mode: 'exit-after-first', file: 'syntax-error.json', what: 'the runner exited (code 3) without answering this case', failures: 5 },
  ];

  for (const { mode, file, what, failures } of expectations) {
    test(`Harness_RunnerThatDoes_${mode}_ReportsMismatchInNamedCase`, () => {
      const run = runHarness('--runner', corruptingRunner(mode), '--corpus', fixtureCorpus);
      assert.equal(run.status, 1, run.stdout);
      assert.match(run.stdout, new RegExp(`^${6 - failures} passed, ${failures} failed$`, 'm'));
      const report = reportFor(run.stdout, file);
      assert.notEqual(report, null, `no FAIL line for ${file} in:\n${run.stdout}`);
      assert.ok(report.includes(what), `the report for ${file} does not say "${what}":\n${report}`);
      assert.match(report, /\n {4}graphql-js: [^]+\n {4}engine: {5}./, 'the report shows both sides');
    });
  }

  test('Harness_ErrorsReorderedAndReworded_AreNotMismatches', () => {
    const run = runHarness('--runner', corruptingRunner('reorder-and-reword'), '--corpus', fixtureCorpus);
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /^6 passed, 0 failed$/m);
  });
});

describe('harness input', () => {
  test('Harness_CaseFileWithExtraField_IsReportedAsMalformed', () => {
    const run = runHarness('--runner', referenceRunner, '--corpus', path.join('test', 'fixtures', 'malformed-corpus'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /FAIL test\/fixtures\/malformed-corpus\/extra-field\.json\n {2}case file is malformed/);
    assert.match(run.stdout, /unknown field\(s\) "_comment"/);
    assert.match(run.stdout, /^0 passed, 1 failed$/m);
  });

  test('Harness_SeveralCorpora_RunsEveryCaseOfEach', () => {
    const run = runHarness('--runner', referenceRunner, '--corpus', fixtureCorpus, '--corpus', path.join('test', 'fixtures', 'malformed-corpus'));
    assert.match(run.stdout, /^6 passed, 1 failed$/m);
  });

  test('Harness_WithoutRunner_ExitsWithUsage', () => {
    const run = runHarness('--corpus', fixtureCorpus);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no runner given: pass --runner or set HUB_CONFORMANCE_RUNNER/);
  });

  test('Harness_CorpusFolderMissing_ExitsWithUsage', () => {
    const run = runHarness('--runner', referenceRunner, '--corpus', 'no-such-folder');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--corpus "no-such-folder" is not a folder/);
  });

  test('Harness_RunnerThatCannotStart_FailsEveryCase', () => {
    const run = runHarness('--runner', 'node does-not-exist.mjs', '--corpus', fixtureCorpus);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^0 passed, 6 failed$/m);
    assert.match(run.stdout, /the runner exited \(code 1\) without answering this case/);
  });

  test('Harness_SilentRunner_IsStoppedAfterIdleTimeout', () => {
    const run = runHarness('--runner', 'node -e "setInterval(() => {}, 1000)"', '--corpus', fixtureCorpus, '--idle-timeout-ms', '500');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /the runner answered nothing for 500 ms and was stopped/);
    assert.match(run.stdout, /^0 passed, 6 failed$/m);
  });
});
