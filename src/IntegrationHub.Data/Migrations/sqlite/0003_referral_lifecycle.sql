-- 0003_referral_lifecycle: what the referral mutations need. The referral's version (its optimistic concurrency
-- token; existing referrals start at 0), the agency that made it (null for referrals the hub loaded itself), and
-- the outcomes of mutations sent with an idempotency key, unique per client and key. Never edit once applied.

ALTER TABLE "referrals" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "referrals" ADD COLUMN "referrer_agency_code" TEXT NULL;

CREATE TABLE "idempotency_records" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_idempotency_records" PRIMARY KEY AUTOINCREMENT,
    "client_id" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "result_id" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_idempotency_records_client_id_idempotency_key" ON "idempotency_records" ("client_id", "idempotency_key");
