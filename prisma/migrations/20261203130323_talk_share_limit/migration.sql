-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "talkShareLimit" INTEGER NOT NULL DEFAULT 40;

