-- AlterTable
ALTER TABLE "InterviewParticipant" ADD COLUMN     "externalName" TEXT;

