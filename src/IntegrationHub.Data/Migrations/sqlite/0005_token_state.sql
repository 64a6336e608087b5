-- 0005_token_state: the token server's state, shared by every hub instance on this database and kept across
-- restarts: the client assertions already used (RFC 7523 section 3, item 7) and the access tokens revoked
-- (RFC 7009), each row until the assertion or token expires. Never edit once applied.

CREATE TABLE "client_assertion_uses" (
    "use_key" TEXT NOT NULL CONSTRAINT "PK_client_assertion_uses" PRIMARY KEY,
    "expires_at" TEXT NOT NULL
);

CREATE TABLE "revoked_access_tokens" (
    "token_id" TEXT NOT NULL CONSTRAINT "PK_revoked_access_tokens" PRIMARY KEY,
    "expires_at" TEXT NOT NULL
);

CREATE INDEX "IX_client_assertion_uses_expires_at" ON "client_assertion_uses" ("expires_at");

CREATE INDEX "IX_revoked_access_tokens_expires_at" ON "revoked_access_tokens" ("expires_at");
