import { z } from "zod";

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

export const createInterviewSchema = z.object({
  workspaceId: z.string().min(1),
  title: z.string().trim().min(1, "Give the interview a title").max(200),
  participant: z.string().trim().max(200).default(""),
  /** The creator's own role; the other seat is filled later (buddy link, "Manage roles"). */
  myRole: z.enum(["interviewer", "buddy"], "Choose whether you interview or are the buddy").default("interviewer"),
});
export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;
