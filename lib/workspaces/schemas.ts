import { z } from "zod";
import { limitedText, TEXT_LIMITS } from "./text-limits";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100),
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  password: z.string().min(8, "Use at least 8 characters").max(200),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export const interviewTitleSchema = limitedText({ max: TEXT_LIMITS.interviewTitle, what: "Title", empty: "Give the interview a title" });
export const workspaceNameSchema = limitedText({ max: TEXT_LIMITS.workspaceName, what: "Workspace name", empty: "Give the workspace a name" });

const idSchema = z.string().regex(/^[a-z0-9]{8,40}$/, "Unknown workspace or interview");

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });
export const renameWorkspaceSchema = z.object({ workspaceId: idSchema, name: workspaceNameSchema });
export const renameInterviewSchema = z.object({ interviewId: idSchema, title: interviewTitleSchema });

export const createInterviewSchema = z.object({
  workspaceId: z.string().min(1),
  title: interviewTitleSchema,
  participant: z
    .string()
    .trim()
    .max(TEXT_LIMITS.participant, { error: (issue) => `Participant is too long: ${String(issue.input ?? "").length} characters, at most ${TEXT_LIMITS.participant}` })
    .default(""),
  /** The creator's own role; the other seat is filled later (buddy link, "Manage roles"). */
  myRole: z.enum(["interviewer", "buddy"], "Choose whether you interview or are the buddy").default("interviewer"),
});
export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;
