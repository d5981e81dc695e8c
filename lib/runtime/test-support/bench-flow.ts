/**
 * The benchmarks' flow (bench:webhook, bench:runtime): every customer message gets one reply,
 * the first one two, so a benchmark can count the replies it expects.
 */
import { buildFlow, edge, node } from "@/lib/flow/testing/conversation";

/** start → welcome → question (echo) → condition (bye?) → end; the question loops back. */
export const benchFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("welcome", "message", { text: "Welcome to the shop!" }),
    node("ask", "question", { prompt: "You said: {{said}}", variable: "said" }),
    node("check", "condition", {
      branches: [
        {
          id: "bye",
          groups: [
            {
              rules: [
                { subject: { kind: "variable", name: "said" }, operator: "contains", value: "bye" },
              ],
            },
          ],
        },
      ],
    }),
    node("end", "end", { message: "Bye!" }),
  ],
  edges: [
    edge("start", "next", "welcome"),
    edge("welcome", "next", "ask"),
    edge("ask", "next", "check"),
    edge("check", "bye", "end"),
    edge("check", "else", "ask"),
  ],
  variables: [{ name: "said" }],
});
