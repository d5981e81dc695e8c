import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("npm run wa:emulator", () => {
  it("starts standalone, prints its URL and serves the Graph and control APIs", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/wa-emulator.ts", "--port", "0", "--number", "42:tok", "--quiet"],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      expect(await (await fetch(`${url}/__emulator/health`)).json()).toEqual({
        ok: true,
        numbers: 1,
        sent: 0,
      });
      const refused = await fetch(`${url}/v23.0/42/messages`, {
        method: "POST",
        headers: { authorization: "Bearer wrong" },
        body: "{}",
      });
      expect(refused.status).toBe(401);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
