-- Hotkeys were checked inside a transaction only, so two owners racing on
-- PostgreSQL could give one key to two active codes. Keep the oldest holder
-- of a duplicated hotkey, clear the others', then let the database refuse
-- duplicates. A partial index: archived codes keep their old hotkey.
UPDATE "Code" AS c SET "hotkey" = NULL
WHERE c."archived" = false AND c."hotkey" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "Code" AS o
  WHERE o."workspaceId" = c."workspaceId" AND o."hotkey" = c."hotkey" AND o."archived" = false
    AND (o."createdAt" < c."createdAt" OR (o."createdAt" = c."createdAt" AND o."id" < c."id"))
);

CREATE UNIQUE INDEX "Code_active_hotkey_key" ON "Code" ("workspaceId", "hotkey") WHERE "archived" = false AND "hotkey" IS NOT NULL;
