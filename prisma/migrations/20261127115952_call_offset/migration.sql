-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "callOffsetMs" INTEGER NOT NULL DEFAULT 0;

