import { z } from "zod";
import { POLARITIES } from "../vocabulary";

// Validation of codebook edits, shared by the server functions and the codebook form's hints.

export const MAX_STEP = 4;

/** One key press drops the code on "now". Letters are stored lower-case; space plays/pauses the recording. */
export const hotkeySchema = z
  .string()
  .transform((value) => value.toLowerCase())
  .refine((value) => value !== " ", "Space is reserved for play/pause; choose another key")
  .refine((value) => value === "" || [...value].length === 1, "A hotkey is a single character")
  .transform((value) => (value === "" ? null : value));

const labelSchema = z.string().trim().min(1, "Give the code a label").max(60, "Keep the label to 60 characters");
const colorSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, "Colour must look like #1c7ed6");
const descriptionSchema = z.string().trim().max(500, "Keep the description to 500 characters");

export const createCodeSchema = z.object({
  key: z
    .string()
    .trim()
    .min(2, "The key needs at least 2 characters")
    .max(40, "Keep the key to 40 characters")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "The key is kebab-case: lower-case words joined by dashes, like open-question"),
  label: labelSchema,
  step: z.coerce.number().int("Choose a step").min(1, "Choose a step"),
  polarity: z.enum(POLARITIES, "Polarity is + (done well) or - (a miss)"),
  color: colorSchema,
  hotkey: hotkeySchema.default(""),
  description: descriptionSchema.default(""),
});
export type CreateCodeInput = z.input<typeof createCodeSchema>;

/** Edits keep the key (tags refer to codes by key) and the step and polarity (old tags keep their meaning). */
export const updateCodeSchema = z.object({
  label: labelSchema.optional(),
  color: colorSchema.optional(),
  hotkey: hotkeySchema.optional(),
  description: descriptionSchema.optional(),
});
export type UpdateCodeInput = z.input<typeof updateCodeSchema>;
