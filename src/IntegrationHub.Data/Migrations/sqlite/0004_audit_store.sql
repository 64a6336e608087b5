-- 0004_audit_store: the durable audit log (audit_events, hash-chained and gap-free by sequence) and its subject
-- and field-coordinate indexes, append-only: triggers refuse every UPDATE and DELETE, so audit rows change only
-- if someone with rights over the schema drops the triggers, which `audit verify` then detects.
-- See src/IntegrationHub.Data/Audit/README.md. Never edit once applied.

CREATE TABLE "audit_events" (
    "sequence" INTEGER NOT NULL CONSTRAINT "PK_audit_events" PRIMARY KEY,
    "event_id" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL,
    "client_id" TEXT NULL,
    "agency_code" TEXT NULL,
    "mou_id" TEXT NULL,
    "purpose" TEXT NULL,
    "operation_type" TEXT NOT NULL,
    "operation_name" TEXT NULL,
    "outcome" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "canonical_form" TEXT NOT NULL,
    "previous_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

CREATE TABLE "audit_fields" (
    "sequence" INTEGER NOT NULL,
    "item_number" INTEGER NOT NULL,
    "coordinate" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "value_count" INTEGER NOT NULL,
    CONSTRAINT "PK_audit_fields" PRIMARY KEY ("sequence", "item_number"),
    CONSTRAINT "FK_audit_fields_audit_events_sequence" FOREIGN KEY ("sequence") REFERENCES "audit_events" ("sequence") ON DELETE RESTRICT
);

CREATE TABLE "audit_subjects" (
    "sequence" INTEGER NOT NULL,
    "item_number" INTEGER NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    CONSTRAINT "PK_audit_subjects" PRIMARY KEY ("sequence", "item_number"),
    CONSTRAINT "FK_audit_subjects_audit_events_sequence" FOREIGN KEY ("sequence") REFERENCES "audit_events" ("sequence") ON DELETE RESTRICT
);

CREATE INDEX "IX_audit_events_agency_code_sequence" ON "audit_events" ("agency_code", "sequence");

CREATE INDEX "IX_audit_events_client_id_sequence" ON "audit_events" ("client_id", "sequence");

CREATE UNIQUE INDEX "IX_audit_events_event_id" ON "audit_events" ("event_id");

CREATE INDEX "IX_audit_events_occurred_at" ON "audit_events" ("occurred_at");

CREATE INDEX "IX_audit_fields_coordinate_sequence" ON "audit_fields" ("coordinate", "sequence");

CREATE INDEX "IX_audit_subjects_subject_kind_subject_id_sequence" ON "audit_subjects" ("subject_kind", "subject_id", "sequence");

CREATE TRIGGER "audit_events_no_update" BEFORE UPDATE ON "audit_events"
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: audit events are never updated'); END;

CREATE TRIGGER "audit_events_no_delete" BEFORE DELETE ON "audit_events"
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: audit events are never deleted'); END;

CREATE TRIGGER "audit_fields_no_update" BEFORE UPDATE ON "audit_fields"
BEGIN SELECT RAISE(ABORT, 'audit_fields is append-only: audit index rows are never updated'); END;

CREATE TRIGGER "audit_fields_no_delete" BEFORE DELETE ON "audit_fields"
BEGIN SELECT RAISE(ABORT, 'audit_fields is append-only: audit index rows are never deleted'); END;

CREATE TRIGGER "audit_subjects_no_update" BEFORE UPDATE ON "audit_subjects"
BEGIN SELECT RAISE(ABORT, 'audit_subjects is append-only: audit index rows are never updated'); END;

CREATE TRIGGER "audit_subjects_no_delete" BEFORE DELETE ON "audit_subjects"
BEGIN SELECT RAISE(ABORT, 'audit_subjects is append-only: audit index rows are never deleted'); END;
