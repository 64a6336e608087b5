-- 0002_household_code: the provincial survey's household code, the natural key of `import`; unique where set.
-- Never edit once applied.

ALTER TABLE "households" ADD COLUMN "household_code" TEXT NULL;

CREATE UNIQUE INDEX "IX_households_household_code" ON "households" ("household_code");
