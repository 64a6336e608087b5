// Drives one runner process for the whole corpus: every request is written to its stdin up front,
// and result lines are matched to requests by id as they arrive on stdout (README.md, "Runner
// protocol"). One process for all cases keeps an engine's start-up cost out of every case.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { requestLine } from './protocol.mjs';

/**
 * Runs `cases` through the runner started by `commandLine` (a shell command line).
 * @param {string} commandLine
 * @param {{id: string, case: object, introspect: boolean}[]} cases
 * @param {{idleTimeoutMs: number}} options the runner is stopped when it answers nothing for this long
 * @returns {Promise<Map<string, {result: object} | {failure: string}>>} an entry for every case id
 */
export function runCases(commandLine, cases, { idleTimeoutMs }) {
  return new Promise((resolve) => {
    const outcomes = new Map();
    const pending = new Set(cases.map((c) => c.id));
    // The runner gets its own process group, so stopping it also stops whatever its shell
    // command line started (a `dotnet run` wrapper, for instance).
    const child = spawn(commandLine, { shell: true, detached: true, stdio: ['pipe', 'pipe', 'inherit'] });
    const stopRunner = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    };
    let finished = false;
    let idleTimer;

    /** @param {string} [reasonForUnanswered] recorded as the failure of every case still unanswered */
    const finish = (reasonForUnanswered) => {
      if (finished) return;
      finished = true;
      clearTimeout(idleTimer);
      for (const id of pending) outcomes.set(id, { failure: reasonForUnanswered });
      resolve(outcomes);
    };

    const restartIdleTimer = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        stopRunner();
        finish(`the runner answered nothing for ${idleTimeoutMs} ms and was stopped`);
      }, idleTimeoutMs);
    };
    restartIdleTimer();

    child.on('error', (error) => finish(`the runner could not be started: ${error.message}`));
    child.on('close', (code, signal) => {
      finish(`the runner exited (${signal ?? `code ${code}`}) without answering this case`);
    });
    // A runner that exits early closes its stdin; the failure is reported through 'close'.
    child.stdin.on('error', () => {});

    createInterface({ input: child.stdout }).on('line', (line) => {
      if (finished || line.trim() === '') return;
      restartIdleTimer();
      let result;
      try {
        result = JSON.parse(line);
      } catch (error) {
        console.error(`runner wrote a line that is not JSON (${error.message}): ${line.slice(0, 200)}`);
        return;
      }
      if (!pending.delete(result?.id)) {
        console.error(`runner answered an unknown or already answered id: ${JSON.stringify(result?.id)}`);
        return;
      }
      outcomes.set(result.id, 'runnerError' in result
        ? { failure: `the runner reported an error: ${result.runnerError}` }
        : { result });
      if (pending.size === 0) {
        child.stdin.end();
        finish();
      }
    });

    for (const { id, case: testCase, introspect } of cases) child.stdin.write(requestLine(id, testCase, introspect));
    if (cases.length === 0) {
      child.stdin.end();
      finish();
    }
  });
}
