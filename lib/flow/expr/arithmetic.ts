import type { JsonValue } from "../json";

/**
 * A small arithmetic language for set_variable — parsed by hand so no marketer-written text ever
 * reaches `eval`/`Function`. Numbers, variables (`total`, `order.amount`, `{{total}}`), + - * / %
 * ^, parentheses, and round(x, digits) floor ceil abs min max.
 */
export type Expression =
  | { kind: "number"; value: number }
  | { kind: "variable"; ref: string }
  | { kind: "negate"; operand: Expression }
  | { kind: "binary"; op: "+" | "-" | "*" | "/" | "%" | "^"; left: Expression; right: Expression }
  | { kind: "call"; fn: FunctionName; args: Expression[] };

const FUNCTIONS = {
  round: { min: 1, max: 2 },
  floor: { min: 1, max: 1 },
  ceil: { min: 1, max: 1 },
  abs: { min: 1, max: 1 },
  min: { min: 1, max: 20 },
  max: { min: 1, max: 20 },
} as const;
type FunctionName = keyof typeof FUNCTIONS;

function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

export const MAX_EXPRESSION_LENGTH = 500;
const MAX_DEPTH = 40;

type Token =
  | { t: "num"; v: number; at: number }
  | { t: "id"; v: string; at: number }
  | { t: "op"; v: string; at: number };

export type ParseExpressionResult =
  { ok: true; expression: Expression } | { ok: false; error: string; at: number };
export type EvaluateResult = { ok: true; value: number } | { ok: false; error: string };

const IDENT =
  /^\{\{\s*([\p{L}_][\p{L}\p{N}_.]*)\s*\}\}|^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*/u;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

function tokenize(source: string): Token[] | { error: string; at: number } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? "";
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = source.slice(i);
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ t: "num", v: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      tokens.push({ t: "id", v: id[1] ?? id[0], at: i });
      i += id[0].length;
      continue;
    }
    if ("+-*/%^(),".includes(ch)) {
      tokens.push({ t: "op", v: ch, at: i });
      i += 1;
      continue;
    }
    return { error: `Unexpected "${ch}"`, at: i };
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private at(): number {
    return this.peek()?.at ?? this.length;
  }
  private takeOp(ops: string): string | undefined {
    const token = this.peek();
    if (token?.t === "op" && ops.includes(token.v)) {
      this.pos += 1;
      return token.v;
    }
    return undefined;
  }

  parse(): Expression {
    const expression = this.sum(0);
    if (this.peek() !== undefined)
      throw new ExpressionError("Unexpected text after the expression", this.at());
    return expression;
  }

  private sum(depth: number): Expression {
    let left = this.product(depth);
    for (let op = this.takeOp("+-"); op !== undefined; op = this.takeOp("+-")) {
      left = { kind: "binary", op: op === "+" ? "+" : "-", left, right: this.product(depth) };
    }
    return left;
  }

  private product(depth: number): Expression {
    let left = this.unary(depth);
    for (let op = this.takeOp("*/%"); op !== undefined; op = this.takeOp("*/%")) {
      left = {
        kind: "binary",
        op: op === "*" ? "*" : op === "/" ? "/" : "%",
        left,
        right: this.unary(depth),
      };
    }
    return left;
  }

  private unary(depth: number): Expression {
    if (depth > MAX_DEPTH) throw new ExpressionError("Expression nested too deeply", this.at());
    if (this.takeOp("-") !== undefined) return { kind: "negate", operand: this.unary(depth + 1) };
    if (this.takeOp("+") !== undefined) return this.unary(depth + 1);
    const base = this.primary(depth);
    // Right-associative and binding tighter than unary minus on its right: 2^-1, 2^3^2 = 2^9.
    if (this.takeOp("^") !== undefined)
      return { kind: "binary", op: "^", left: base, right: this.unary(depth + 1) };
    return base;
  }

  private primary(depth: number): Expression {
    const token = this.peek();
    if (token === undefined)
      throw new ExpressionError("The expression ends too early", this.length);
    if (token.t === "num") {
      this.pos += 1;
      return { kind: "number", value: token.v };
    }
    if (token.t === "id") {
      this.pos += 1;
      if (this.takeOp("(") === undefined) return { kind: "variable", ref: token.v };
      const name = token.v.toLowerCase();
      if (!isFunctionName(name))
        throw new ExpressionError(`Unknown function "${token.v}"`, token.at);
      const args: Expression[] = [];
      if (this.takeOp(")") === undefined) {
        do args.push(this.sum(depth + 1));
        while (this.takeOp(",") !== undefined);
        if (this.takeOp(")") === undefined) throw new ExpressionError('Missing ")"', this.at());
      }
      const arity = FUNCTIONS[name];
      if (args.length < arity.min || args.length > arity.max) {
        throw new ExpressionError(
          `${name}() takes ${arity.min === arity.max ? arity.min : `${arity.min}–${arity.max}`} argument(s)`,
          token.at,
        );
      }
      return { kind: "call", fn: name, args };
    }
    if (this.takeOp("(") !== undefined) {
      const inner = this.sum(depth + 1);
      if (this.takeOp(")") === undefined) throw new ExpressionError('Missing ")"', this.at());
      return inner;
    }
    throw new ExpressionError(`Unexpected "${token.v}"`, token.at);
  }
}

class ExpressionError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const cache = new Map<string, ParseExpressionResult>();

export function parseExpression(source: string): ParseExpressionResult {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const result = parseUncached(source);
  // Flows are few and expressions repeat per conversation; a bounded memo keeps parsing off the hot path.
  if (cache.size > 1000) cache.clear();
  cache.set(source, result);
  return result;
}

function parseUncached(source: string): ParseExpressionResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      error: `Longer than ${MAX_EXPRESSION_LENGTH} characters`,
      at: MAX_EXPRESSION_LENGTH,
    };
  }
  const tokens = tokenize(source);
  if (!Array.isArray(tokens)) return { ok: false, ...tokens };
  if (tokens.length === 0) return { ok: false, error: "The expression is empty", at: 0 };
  try {
    return { ok: true, expression: new Parser(tokens, source.length).parse() };
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, error: error.message, at: error.at };
    throw error;
  }
}

/** Numbers as people type them: "1.234,5" is not supported, but "3,5" (Turkish/Dutch decimal) is. */
export function toNumber(value: JsonValue | undefined): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

export function evaluateExpression(
  expression: Expression,
  lookup: (ref: string) => JsonValue | undefined,
): EvaluateResult {
  try {
    const value = evaluate(expression, lookup);
    if (!Number.isFinite(value)) return { ok: false, error: "The result is not a finite number" };
    // Hide binary floating-point noise (19.99 * 3 = 59.970000000000006) from customers.
    return { ok: true, value: Number(value.toPrecision(12)) };
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, error: error.message };
    throw error;
  }
}

function evaluate(e: Expression, lookup: (ref: string) => JsonValue | undefined): number {
  switch (e.kind) {
    case "number":
      return e.value;
    case "variable": {
      const n = toNumber(lookup(e.ref));
      if (n === undefined) throw new ExpressionError(`"${e.ref}" is not a number`, 0);
      return n;
    }
    case "negate":
      return -evaluate(e.operand, lookup);
    case "binary": {
      const l = evaluate(e.left, lookup);
      const r = evaluate(e.right, lookup);
      switch (e.op) {
        case "+":
          return l + r;
        case "-":
          return l - r;
        case "*":
          return l * r;
        case "/":
        case "%":
          if (r === 0) throw new ExpressionError("Division by zero", 0);
          return e.op === "/" ? l / r : l % r;
        case "^":
          return l ** r;
      }
      break;
    }
    case "call": {
      const args = e.args.map((a) => evaluate(a, lookup));
      const [x = 0, y = 0] = args;
      switch (e.fn) {
        case "round": {
          const factor = 10 ** Math.round(y);
          return Math.round(x * factor) / factor;
        }
        case "floor":
          return Math.floor(x);
        case "ceil":
          return Math.ceil(x);
        case "abs":
          return Math.abs(x);
        case "min":
          return Math.min(...args);
        case "max":
          return Math.max(...args);
      }
    }
  }
}

/** Variable references in order of appearance (for "used but never defined" and renames). */
export function expressionVariables(source: string): string[] {
  const tokens = tokenize(source);
  if (!Array.isArray(tokens)) return [];
  return tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    const isCall = next?.t === "op" && next.v === "(";
    return t.t === "id" && !isCall ? [t.v] : [];
  });
}

/** Rewrites variable roots in an expression, leaving everything else byte for byte. */
export function renameExpressionRoots(source: string, rename: (root: string) => string): string {
  const tokens = tokenize(source);
  if (!Array.isArray(tokens)) return source;
  let out = "";
  let last = 0;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.t !== "id" || (next?.t === "op" && next.v === "(")) return;
    const root = t.v.split(".")[0] ?? t.v;
    const renamed = rename(root);
    if (renamed === root) return;
    const start = source.indexOf(root, t.at);
    out += source.slice(last, start) + renamed;
    last = start + root.length;
  });
  return out + source.slice(last);
}
