#!/usr/bin/env node
// A runner that answers the runner protocol (README.md) with graphql-js itself. Running the harness
// against it must report no failure: it proves the harness, the protocol and the corpus agree
// before any engine is measured.
import { createInterface } from 'node:readline';
import { evaluateCase } from './lib/graphql-js-oracle.mjs';

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue;
  const request = JSON.parse(line);
  let result;
  try {
    result = { id: request.id, ...(await evaluateCase(request.case, request.introspectionQuery)) };
  } catch (error) {
    result = { id: request.id, runnerError: error.stack ?? String(error) };
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}
