import { describe, expect, it } from "vitest";
import { listWorkspaceCodes } from "../../codebook/server/list-workspace-codes";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { validateAgainst } from "../validate-xsd.test-helper";
import { exportCodebookQdc } from "./export-codebook-qdc";
import { importCodebookQdc } from "./import-codebook-qdc";

describe.each(getTestDatabaseTargets())("codebook .qdc on $name", (target) => {
  it("exports a valid .qdc, and imports one matching by name and adding the rest, owners only", async () => {
    const db = await target.open();
    try {
      const [owner, member] = await Promise.all(["o", "m"].map((n) => db.prisma.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })));
      const ws = await db.prisma.workspace.create({ data: { name: "Équipe A", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: member.id }] } } });
      const file = await exportCodebookQdc({ db: db.prisma, userId: member.id, workspaceId: ws.id });
      expect(file.fileName).toBe("secondear-codebook-equipe-a.qdc");
      expect(await validateAgainst("Codebook.xsd", file.body)).toEqual({ valid: true, errors: [] });

      const bytes = (s: string) => new TextEncoder().encode(s);
      const same = await importCodebookQdc({ db: db.prisma, userId: owner.id, workspaceId: ws.id, bytes: bytes(file.body), fileName: "a.qdc" });
      expect(same).toMatchObject({ added: [] });
      expect(same.matched).toHaveLength(15);

      const qdc = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1:0"><Codes>
        <Code guid="{aaaaaaaa-0000-0000-0000-000000000001}" name="Listen with empathy" isCodable="false">
          <Code guid="aaaaaaaa-0000-0000-0000-000000000002" name="paraphrase" isCodable="true"/>
          <Code guid="aaaaaaaa-0000-0000-0000-000000000003" name="Rapport" isCodable="true" color="#AA3300"><Description>builds trust</Description></Code>
        </Code></Codes></CodeBook>`;
      await expect(importCodebookQdc({ db: db.prisma, userId: member.id, workspaceId: ws.id, bytes: bytes(qdc), fileName: "b.qdc" })).rejects.toThrow(/Only the workspace owner/);
      const merged = await importCodebookQdc({ db: db.prisma, userId: owner.id, workspaceId: ws.id, bytes: bytes(qdc), fileName: "b.qdc" });
      expect(merged).toEqual({ matched: ["paraphrase"], added: ["Rapport"], warnings: [] });
      const codes = await listWorkspaceCodes({ db: db.prisma, workspaceId: ws.id });
      expect(codes.find((c) => c.label === "Rapport")).toMatchObject({ key: "rapport", step: 2, polarity: "+", color: "#aa3300", description: "builds trust", hotkey: null });

      await expect(importCodebookQdc({ db: db.prisma, userId: owner.id, workspaceId: ws.id, bytes: bytes("<CodeBook><Codes><Code name='x' isCodable='true'/></Codes></CodeBook>"), fileName: "c.qdc" })).rejects.toThrow(/c\.qdc: a <Code name="x"> has no guid/);
      expect(await listWorkspaceCodes({ db: db.prisma, workspaceId: ws.id })).toHaveLength(16);
    } finally {
      await db.drop();
    }
  });
});
