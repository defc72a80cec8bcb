import { execFileSync } from "node:child_process";
import { prismaCliEnv } from "./prisma-env.mjs";

execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env: prismaCliEnv() });
