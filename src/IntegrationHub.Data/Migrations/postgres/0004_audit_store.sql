-- 0004_audit_store: the durable audit log (audit_events, hash-chained and gap-free by sequence) and its subject
-- and field-coordinate indexes, append-only: a trigger refuses every UPDATE, DELETE and TRUNCATE, and the hub's
-- role should hold only SELECT and INSERT on these tables, so audit rows change only if an owner of the schema
-- drops the triggers, which `audit verify` then detects. See src/IntegrationHub.Data/Audit/README.md.
-- Never edit once applied.

CREATE TABLE audit_events (
    sequence bigint NOT NULL,
    event_id uuid NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    client_id text,
    agency_code text,
    mou_id text,
    purpose text,
    operation_type text NOT NULL,
    operation_name text,
    outcome text NOT NULL,
    request_id text NOT NULL,
    canonical_form text NOT NULL,
    previous_hash character(64) NOT NULL,
    hash character(64) NOT NULL,
    CONSTRAINT "PK_audit_events" PRIMARY KEY (sequence)
);

CREATE TABLE audit_fields (
    sequence bigint NOT NULL,
    item_number integer NOT NULL,
    coordinate text NOT NULL,
    decision character varying(32) NOT NULL,
    value_count bigint NOT NULL,
    CONSTRAINT "PK_audit_fields" PRIMARY KEY (sequence, item_number),
    CONSTRAINT "FK_audit_fields_audit_events_sequence" FOREIGN KEY (sequence) REFERENCES audit_events (sequence) ON DELETE RESTRICT
);

CREATE TABLE audit_subjects (
    sequence bigint NOT NULL,
    item_number integer NOT NULL,
    subject_kind character varying(32) NOT NULL,
    subject_id text NOT NULL,
    CONSTRAINT "PK_audit_subjects" PRIMARY KEY (sequence, item_number),
    CONSTRAINT "FK_audit_subjects_audit_events_sequence" FOREIGN KEY (sequence) REFERENCES audit_events (sequence) ON DELETE RESTRICT
);

CREATE INDEX "IX_audit_events_agency_code_sequence" ON audit_events (agency_code, sequence);

CREATE INDEX "IX_audit_events_client_id_sequence" ON audit_events (client_id, sequence);

CREATE UNIQUE INDEX "IX_audit_events_event_id" ON audit_events (event_id);

CREATE INDEX "IX_audit_events_occurred_at" ON audit_events (occurred_at);

CREATE INDEX "IX_audit_fields_coordinate_sequence" ON audit_fields (coordinate, sequence);

CREATE INDEX "IX_audit_subjects_subject_kind_subject_id_sequence" ON audit_subjects (subject_kind, subject_id, sequence);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: audit rows are never updated or deleted', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_fields_append_only BEFORE UPDATE OR DELETE ON audit_fields
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_fields_no_truncate BEFORE TRUNCATE ON audit_fields
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_subjects_append_only BEFORE UPDATE OR DELETE ON audit_subjects
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_subjects_no_truncate BEFORE TRUNCATE ON audit_subjects
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
