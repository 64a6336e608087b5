-- 0006_audit_outbox: mutations' audit events staged in the same transaction as their changes, so that no change
-- stands without an audit record (IntegrationHub.Data.Audit.AuditOutbox). Rows are deleted once the request's own
-- event commits, or once recovered into the trail. Never edit once applied.

CREATE TABLE "audit_outbox" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_audit_outbox" PRIMARY KEY AUTOINCREMENT,
    "request_key" TEXT NOT NULL,
    "staged_at" TEXT NOT NULL,
    "canonical_event" TEXT NOT NULL
);

CREATE INDEX "IX_audit_outbox_request_key" ON "audit_outbox" ("request_key");

CREATE INDEX "IX_audit_outbox_staged_at" ON "audit_outbox" ("staged_at");
