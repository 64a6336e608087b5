// Runs the graphql-http audit suite (GraphQL-over-HTTP conformance) against a running server and prints one JSON
// array: { id, name, status, reason? } per audit, in the suite's order. Usage: node audit.mjs <url>
// The exit code is 0 whenever the audits ran; judging the results is the caller's job (AuditTests.cs).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of the GraphQL endpoint>');
  process.exit(2);
}

const results = await auditServer({ url, fetchFn: fetch });
const summary = results.map(({ id, name, status, reason }) =>
  status === 'ok' ? { id, name, status } : { id, name, status, reason });
process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
