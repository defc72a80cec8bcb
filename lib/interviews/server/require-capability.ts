import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";
import type { Capability } from "../policy";
import { getCapabilities } from "./get-capabilities";

/**
 * The interview and the asker's capabilities, when the policy grants
 * `capability`. Throws not-found for outsiders (ids are not confirmed to them)
 * and forbidden, with `refusal` as the message, for members without it.
 */
export async function requireCapability(options: {
  db: PrismaClient;
  userId: string;
  interviewId: string;
  capability: Capability;
  refusal: string;
}) {
  const found = await getCapabilities(options);
  if (!found || !found.capabilities.isMember) throw new UserError("No such interview", "not-found");
  if (!found.capabilities[options.capability]) throw new UserError(options.refusal, "forbidden");
  return found;
}
