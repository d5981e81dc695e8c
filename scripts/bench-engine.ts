/**
 * npm run bench:engine — throughput of the conversation engine.
 *
 * Plays 100,000 scripted conversations through a generated 200-node flow with `advance`, then the
 * same conversations through a minimal baseline interpreter (a plain loop over the same graph with
 * just enough semantics to take the same path), and prints node steps per second, µs per advance
 * (p50/p99), heap, and the ratio. Goal: ≥ 200,000 steps/s and within 20× of the baseline.
 *
 *   npm run bench:engine                 # 100,000 conversations
 *   npm run bench:engine -- 20000        # fewer, for a quick look
 */
import {
  advance,
  createSeededRandom,
  flowSchema,
  FLOW_VERSION,
  type EngineInput,
  type Flow,
  type FlowNode,
  type Session,
  validateFlow,
} from "../lib/flow/index";
import { availableParallelism, loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A real GC before heap readings, without needing `node --expose-gc` in the npm script.
setFlagsFromString("--expose-gc");
const exposedGc: unknown = runInNewContext("gc");
function collect(): void {
  if (typeof exposedGc === "function") exposedGc();
}

const CONVERSATIONS = Number(process.argv[2] ?? 100_000);
const STAGES = 20;
const MAX_TURNS = 60;
const T0 = Date.UTC(2025, 2, 12, 9);

// -------------------------------------------------------------------------------------------------
// The generated flow: start + 20 stages of 9 nodes + 18 contact updates + end = 200 nodes.
// Each stage: message → set_variable (math) → condition → (one of two messages) → buttons (waits)
// → either straight on, or a number question (waits); every 4th stage adds an HTTP call (effect)
// instead of the second message, every 5th a delay (timer).
// -------------------------------------------------------------------------------------------------

function node(id: string, type: string, data: object) {
  return { id, type, position: { x: 0, y: 0 }, data };
}

function generateFlow(): Flow {
  const nodes: object[] = [node("start", "start", { trigger: { kind: "any" } })];
  const edges: { id: string; source: string; sourceHandle: string; target: string }[] = [];
  const link = (source: string, sourceHandle: string, target: string) =>
    edges.push({ id: `${source}:${sourceHandle}`, source, sourceHandle, target });
  link("start", "next", "s0-msg");
  for (let k = 0; k < STAGES; k += 1) {
    const p = `s${k}-`;
    const next = k === STAGES - 1 ? "end" : `s${k + 1}-msg`;
    nodes.push(
      node(`${p}msg`, "message", {
        text: `Stage ${k} for {{contact.name|friend}}, score {{score}}`,
      }),
      node(`${p}calc`, "set_variable", {
        assignments: [
          { variable: "stage", value: { kind: "literal", value: k } },
          { variable: "score", value: { kind: "math", expression: `score + answer + ${k}` } },
        ],
      }),
      node(`${p}cond`, "condition", {
        branches: [
          {
            id: "high",
            groups: [
              {
                rules: [
                  {
                    subject: { kind: "variable", name: "score" },
                    operator: "greater_than",
                    value: "50",
                  },
                ],
              },
            ],
          },
        ],
      }),
      node(`${p}high`, "message", { text: "High score: {{score}}" }),
      k % 4 === 3
        ? node(`${p}low`, "http_request", {
            method: "POST",
            url: "https://shop.example/api/score/{{stage}}",
            body: '{"score": "{{score}}"}',
            mappings: [{ path: "$.bonus", variable: "bonus" }],
          })
        : node(`${p}low`, "message", { text: "Low score: {{score}}" }),
      node(`${p}ask`, "buttons", {
        body: "Continue, {{contact.name|friend}}?",
        buttons: [
          { id: "go", title: "Go on" },
          { id: "num", title: "Give a number" },
        ],
      }),
      node(`${p}num`, "question", {
        prompt: "A number from 1 to 9?",
        variable: "answer",
        answer: { type: "number", min: 1, max: 9 },
      }),
      k % 5 === 4
        ? node(`${p}wait`, "delay", { amount: 1, unit: "minutes" })
        : node(`${p}wait`, "message", { text: "Got {{answer}}" }),
      node(`${p}link`, "cta_url", {
        body: "Your stage {{stage}} reward",
        label: "Open",
        url: "https://shop.example/r/{{stage}}",
      }),
    );
    const tagged = k < STAGES - 2;
    if (tagged) nodes.push(node(`${p}tag`, "contact_update", { addTags: [`stage-${k}`] }));
    link(`${p}msg`, "next", `${p}calc`);
    link(`${p}calc`, "next", `${p}cond`);
    link(`${p}cond`, "high", `${p}high`);
    link(`${p}cond`, "else", `${p}low`);
    link(`${p}high`, "next", `${p}ask`);
    link(`${p}low`, k % 4 === 3 ? "success" : "next", `${p}ask`);
    if (k % 4 === 3) link(`${p}low`, "error", `${p}ask`);
    link(`${p}ask`, "go", `${p}link`);
    link(`${p}ask`, "num", `${p}num`);
    link(`${p}num`, "next", `${p}wait`);
    link(`${p}wait`, "next", `${p}link`);
    link(`${p}link`, "next", tagged ? `${p}tag` : next);
    if (tagged) link(`${p}tag`, "next", next);
  }
  nodes.push(node("end", "end", { message: "Done, final score {{score}}" }));
  return flowSchema.parse({
    version: FLOW_VERSION,
    nodes,
    edges,
    variables: [
      { name: "score", defaultValue: 0 },
      { name: "answer", defaultValue: 1 },
      { name: "stage", defaultValue: 0 },
      { name: "bonus" },
    ],
  });
}

// -------------------------------------------------------------------------------------------------
// The script: what a customer (and the runtime) answers to whatever the session waits for.
// `choice` decides buttons, so both interpreters take exactly the same path.
// -------------------------------------------------------------------------------------------------

type Wait =
  { kind: "input"; nodeType: string } | { kind: "timer" } | { kind: "effect" } | { kind: "none" };

function answerFor(
  wait: Wait,
  choice: number,
  turn: number,
): "go" | "num" | "7" | "timer" | "effect" | null {
  if (wait.kind === "timer") return "timer";
  if (wait.kind === "effect") return "effect";
  if (wait.kind === "input")
    return wait.nodeType === "buttons" ? ((choice >> (turn % 16)) & 1 ? "num" : "go") : "7";
  return null;
}

// -------------------------------------------------------------------------------------------------
// Engine run
// -------------------------------------------------------------------------------------------------

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

interface RunStats {
  steps: number;
  advances: number;
  busyNs: number;
  wallMs: number;
  durations: Float64Array;
  heapPeakMb: number;
}

function runEngine(flow: Flow, choices: Uint32Array, durations: Float64Array): RunStats {
  const nodeById = new Map(flow.nodes.map((n) => [n.id, n]));
  let advances = 0;
  let steps = 0;
  let busyNs = 0;
  let heapPeak = 0;
  const random = createSeededRandom(42);
  const contact = { name: "Ayşe", tags: [], fields: {} };
  const wallStart = performance.now();
  for (let c = 0; c < CONVERSATIONS; c += 1) {
    let session: Session | null = null;
    let now = T0;
    let input: EngineInput = {
      type: "message",
      message: { kind: "text", id: `c${c}-0`, timestamp: now, text: "hi" },
    };
    for (let turn = 0; turn < MAX_TURNS; turn += 1) {
      const t0 = process.hrtime.bigint();
      const result = advance(flow, session, input, {
        now,
        random,
        contact,
        windowOpenUntil: now + 86_400_000,
      });
      const ns = Number(process.hrtime.bigint() - t0);
      durations[advances] = ns / 1000;
      advances += 1;
      busyNs += ns;
      session = result.session;
      steps += result.trace.reduce((n, t) => (t.type === "node_entered" ? n + 1 : n), 0);
      const wait: Session["wait"] = session?.wait ?? null;
      const shape: Wait =
        wait === null
          ? { kind: "none" }
          : wait.kind === "input"
            ? { kind: "input", nodeType: nodeById.get(wait.nodeId)?.type ?? "" }
            : wait.kind === "timer"
              ? { kind: "timer" }
              : wait.kind === "effect"
                ? { kind: "effect" }
                : { kind: "none" };
      const answer = answerFor(shape, choices[c] ?? 0, turn);
      if (answer === null || wait === null) break;
      now += 1000;
      const id = `c${c}-${turn + 1}`;
      if (answer === "timer" && wait.kind === "timer")
        input = { type: "timer", timerId: wait.timerId };
      else if (answer === "effect" && wait.kind === "effect")
        input = {
          type: "effect_result",
          effectId: wait.effectId,
          result: { status: "success", data: { bonus: 3 } },
        };
      else if (answer === "go" || answer === "num")
        input = {
          type: "message",
          message: { kind: "button", id, timestamp: now, buttonId: answer, title: answer },
        };
      else input = { type: "message", message: { kind: "text", id, timestamp: now, text: "7" } };
    }
    if (c % 1000 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  return {
    steps,
    advances,
    busyNs,
    wallMs: performance.now() - wallStart,
    durations: durations.slice(0, advances).sort(),
    heapPeakMb: heapPeak / 1e6,
  };
}

// -------------------------------------------------------------------------------------------------
// Baseline: the same graph walked by a plain loop with a switch — no validation, no trace, no
// sessions to copy, no effects described. It is the floor of what any interpreter must do.
// -------------------------------------------------------------------------------------------------

interface BaselineState {
  vars: Record<string, number | string>;
  at: string | null;
  outbox: string[];
}

function compileBaseline(flow: Flow) {
  const nodes = new Map<string, FlowNode>(flow.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, string>(
    flow.edges.map((e) => [`${e.source}\u0000${e.sourceHandle}`, e.target]),
  );
  const go = (from: string, port: string) => edges.get(`${from}\u0000${port}`) ?? null;
  const fill = (text: string, vars: Record<string, number | string>) =>
    text.replace(/\{\{([\w.]+)(?:\|([^}]*))?\}\}/g, (_m, ref: string, fallback?: string) =>
      ref === "contact.name" ? "Ayşe" : String(vars[ref] ?? fallback ?? ""),
    );

  /** Walks from `at` until a wait or the end; returns steps taken. */
  function walk(state: BaselineState, startAt: string | null): number {
    let at = startAt;
    let steps = 0;
    while (at !== null && steps < 100) {
      const n = nodes.get(at);
      if (n === undefined) return steps;
      steps += 1;
      switch (n.type) {
        case "start":
          at = go(at, "next");
          break;
        case "message":
        case "cta_url":
          state.outbox.push(fill(n.type === "message" ? n.data.text : n.data.body, state.vars));
          at = go(at, "next");
          break;
        case "set_variable":
          state.vars.stage = Number(
            n.data.assignments[0]?.value.kind === "literal" ? n.data.assignments[0].value.value : 0,
          );
          state.vars.score =
            Number(state.vars.score) + Number(state.vars.answer) + Number(state.vars.stage);
          at = go(at, "next");
          break;
        case "condition":
          at = go(at, Number(state.vars.score) > 50 ? "high" : "else");
          break;
        case "contact_update":
          at = go(at, "next");
          break;
        case "buttons":
        case "question":
          state.outbox.push(fill(n.type === "buttons" ? n.data.body : n.data.prompt, state.vars));
          state.at = at;
          return steps;
        case "delay":
        case "http_request":
          state.at = at;
          return steps;
        case "end":
          state.outbox.push(fill(n.data.message, state.vars));
          state.at = null;
          return steps;
        default:
          at = null;
      }
    }
    state.at = null;
    return steps;
  }

  function resume(state: BaselineState, answer: string): number {
    const at = state.at;
    if (at === null) return 0;
    const n = nodes.get(at);
    if (n === undefined) return 0;
    if (n.type === "buttons") return walk(state, go(at, answer));
    if (n.type === "question") {
      state.vars.answer = Number(answer);
      return walk(state, go(at, "next"));
    }
    if (n.type === "http_request") {
      state.vars.bonus = 3;
      return walk(state, go(at, "success"));
    }
    return walk(state, go(at, "next"));
  }

  const waitOf = (state: BaselineState): Wait => {
    const n = state.at === null ? undefined : nodes.get(state.at);
    if (n === undefined) return { kind: "none" };
    if (n.type === "delay") return { kind: "timer" };
    if (n.type === "http_request") return { kind: "effect" };
    return { kind: "input", nodeType: n.type };
  };
  return { walk, resume, waitOf };
}

function runBaseline(flow: Flow, choices: Uint32Array, durations: Float64Array): RunStats {
  const { walk, resume, waitOf } = compileBaseline(flow);
  let advances = 0;
  let steps = 0;
  let busyNs = 0;
  const wallStart = performance.now();
  for (let c = 0; c < CONVERSATIONS; c += 1) {
    const state: BaselineState = { vars: { score: 0, answer: 1, stage: 0 }, at: null, outbox: [] };
    let answer: string | null = null;
    for (let turn = 0; turn < MAX_TURNS; turn += 1) {
      const t0 = process.hrtime.bigint();
      state.outbox = [];
      steps += answer === null ? walk(state, "start") : resume(state, answer);
      const ns = Number(process.hrtime.bigint() - t0);
      durations[advances] = ns / 1000;
      advances += 1;
      busyNs += ns;
      const next = answerFor(waitOf(state), choices[c] ?? 0, turn);
      if (next === null) break;
      answer = next === "timer" || next === "effect" ? "" : next;
    }
  }
  return {
    steps,
    advances,
    busyNs,
    wallMs: performance.now() - wallStart,
    durations: durations.slice(0, advances).sort(),
    heapPeakMb: 0,
  };
}

// -------------------------------------------------------------------------------------------------

function report(name: string, stats: RunStats) {
  const stepsPerSecond = stats.steps / (stats.busyNs / 1e9);
  console.log(
    `${name.padEnd(9)} ${String(stats.steps).padStart(10)} steps  ${String(stats.advances).padStart(9)} advances  ` +
      `${Math.round(stepsPerSecond).toLocaleString("en-US").padStart(12)} steps/s  ` +
      `p50 ${percentile(stats.durations, 0.5).toFixed(2).padStart(7)} µs  p99 ${percentile(stats.durations, 0.99).toFixed(2).padStart(7)} µs  ` +
      `wall ${(stats.wallMs / 1000).toFixed(2)} s`,
  );
  return stepsPerSecond;
}

function main() {
  const flow = generateFlow();
  const choiceRandom = createSeededRandom(7);
  const choices = Uint32Array.from({ length: CONVERSATIONS }, () =>
    Math.floor(choiceRandom() * 2 ** 32),
  );
  console.log(
    `bench:engine — ${CONVERSATIONS.toLocaleString("en-US")} conversations, ${flow.nodes.length}-node flow, ` +
      `Node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}`,
  );
  // One timing buffer for both runs; typed-array storage lives outside the JS heap, so heapUsed is the engine's.
  const durations = new Float64Array(CONVERSATIONS * MAX_TURNS);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = runEngine(flow, choices, durations);
  collect();
  const heapAfter = process.memoryUsage().heapUsed;
  const baseline = runBaseline(flow, choices, durations);
  const engineRate = report("engine", engine);
  const baselineRate = report("baseline", baseline);
  const ratio = baselineRate / engineRate;
  console.log(
    `heap      engine run: before ${(heapBefore / 1e6).toFixed(1)} MB, peak ${engine.heapPeakMb.toFixed(1)} MB, retained after GC ${(heapAfter / 1e6).toFixed(1)} MB ` +
      `(timing buffer of ${(durations.byteLength / 1e6).toFixed(0)} MB is off-heap); rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  console.log(`ratio     baseline is ${ratio.toFixed(1)}× faster per node step`);
  if (engine.steps !== baseline.steps) {
    console.log(
      `WARNING   the interpreters took different paths (${engine.steps} vs ${baseline.steps} steps)`,
    );
  }
  // The canvas re-validates on every edit, so its cost on the same flow is worth a line.
  const problems = validateFlow(flow);
  const v0 = performance.now();
  for (let i = 0; i < 20; i += 1) validateFlow(flow);
  console.log(
    `validate  ${((performance.now() - v0) / 20).toFixed(2)} ms per validateFlow on the ${flow.nodes.length}-node flow ` +
      `(${problems.filter((p) => p.severity === "error").length} errors, ${problems.filter((p) => p.severity === "warning").length} warnings)`,
  );
  const okRate = engineRate >= 200_000;
  const okRatio = ratio <= 20;
  console.log(
    `goals     ≥ 200,000 steps/s: ${okRate ? "met" : "MISSED"}; within 20× of baseline: ${okRatio ? "met" : "MISSED"}`,
  );
  if (!okRate || !okRatio || engine.steps !== baseline.steps) process.exitCode = 1;
}

main();
