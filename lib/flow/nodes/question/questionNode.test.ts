import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../json";
import {
  buildFlow,
  Conversation,
  edge,
  effectsOf,
  issuesOf,
  node,
  said,
  START_ANY,
} from "../../testing/conversation";

function ask(answer: object, extra: object = {}, settings: object = {}) {
  const c = new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("q", "question", {
          prompt: "Soru?",
          variable: "answer",
          answer,
          maxAttempts: 2,
          ...extra,
        }),
        node("ok", "message", { text: "got {{answer}}" }),
        node("bad", "message", { text: "invalid" }),
        node("late", "message", { text: "too late" }),
      ],
      edges: [
        edge("start", "next", "q"),
        edge("q", "next", "ok"),
        edge("q", "invalid", "bad"),
        edge("q", "timeout", "late"),
      ],
      settings,
    }),
  );
  c.say("hi");
  return c;
}

/** Answers and returns the stored value, or "rejected". */
function answerWith(answer: object, reply: (c: Conversation) => unknown): JsonValue | "rejected" {
  const c = ask(answer);
  reply(c);
  const vars = c.session?.variables ?? {};
  return Object.hasOwn(vars, "answer") ? (vars.answer ?? null) : "rejected";
}

describe("question node", () => {
  it("asks, stores the answer and continues", () => {
    const c = ask({ type: "text" });
    expect(c.history[0]?.outbox).toEqual([{ type: "text", text: "Soru?" }]);
    expect(said(c.say("  Ayşe  "))).toEqual(["got Ayşe"]);
  });

  it("checks text length", () => {
    expect(answerWith({ type: "text", minLength: 3, maxLength: 5 }, (c) => c.say("ab"))).toBe(
      "rejected",
    );
    expect(answerWith({ type: "text", minLength: 3, maxLength: 5 }, (c) => c.say("abcd"))).toBe(
      "abcd",
    );
    expect(
      answerWith({ type: "text" }, (c) =>
        c.message({ kind: "media", mediaKind: "image", mediaId: "m" }),
      ),
    ).toBe("rejected");
  });

  it("reads numbers with a decimal comma and checks range and integers", () => {
    expect(answerWith({ type: "number" }, (c) => c.say("3,5"))).toBe(3.5);
    expect(answerWith({ type: "number", min: 1, max: 10 }, (c) => c.say("11"))).toBe("rejected");
    expect(answerWith({ type: "number", integer: true }, (c) => c.say("2.5"))).toBe("rejected");
    expect(answerWith({ type: "number" }, (c) => c.say("1 000"))).toBe(1000);
    expect(answerWith({ type: "number" }, (c) => c.say("many"))).toBe("rejected");
  });

  it("checks e-mail addresses", () => {
    expect(answerWith({ type: "email" }, (c) => c.say(" ayse.yilmaz@example.com.tr "))).toBe(
      "ayse.yilmaz@example.com.tr",
    );
    for (const bad of ["ayse@", "ayse@example", "a b@c.de", "@x.com"]) {
      expect(
        answerWith({ type: "email" }, (c) => c.say(bad)),
        bad,
      ).toBe("rejected");
    }
  });

  it("normalises phone numbers to E.164 with a default country", () => {
    expect(answerWith({ type: "phone" }, (c) => c.say("0532 123 45 67"))).toBe("+905321234567");
    expect(answerWith({ type: "phone", defaultCountry: "NL" }, (c) => c.say("06 12345678"))).toBe(
      "+31612345678",
    );
    expect(
      answerWith({ type: "phone", defaultCountry: "NL" }, (c) => c.say("+90 532 123 4567")),
    ).toBe("+905321234567");
    expect(answerWith({ type: "phone" }, (c) => c.say("12345"))).toBe("rejected");
    expect(
      answerWith({ type: "phone" }, (c) =>
        c.message({ kind: "contacts", contacts: [{ name: "A", phones: ["+31 6 12345678"] }] }),
      ),
    ).toBe("+31612345678");
  });

  it("reads dates in the flow's order", () => {
    expect(answerWith({ type: "date" }, (c) => c.say("05.04.2025"))).toBe("2025-04-05");
    expect(answerWith({ type: "date", order: "MDY" }, (c) => c.say("04/05/2025"))).toBe(
      "2025-04-05",
    );
    expect(answerWith({ type: "date" }, (c) => c.say("yarın"))).toBe("2025-03-13");
    expect(answerWith({ type: "date" }, (c) => c.say("31/02/2025"))).toBe("rejected");
  });

  it("asks yes/no with localized buttons and reads yes/no words in EN, TR and NL", () => {
    const c = ask({ type: "yes_no" }, {}, { locale: "tr" });
    expect(c.history[0]?.outbox).toEqual([
      {
        type: "buttons",
        body: "Soru?",
        buttons: [
          { id: "yes", title: "Evet" },
          { id: "no", title: "Hayır" },
        ],
      },
    ]);
    expect(answerWith({ type: "yes_no" }, (c2) => c2.tap("no", "Hayır"))).toBe(false);
    for (const [word, value] of [
      ["EVET", true],
      ["hayır", false],
      ["Yes!", true],
      ["nope", false],
      ["ja", true],
      ["nee", false],
    ] as const) {
      expect(
        answerWith({ type: "yes_no", buttons: false }, (c2) => c2.say(word)),
        word,
      ).toBe(value);
    }
    expect(answerWith({ type: "yes_no" }, (c2) => c2.say("belki"))).toBe("rejected");
  });

  it("re-sends the yes/no buttons after a bad answer", () => {
    const c = ask({ type: "yes_no" });
    expect(said(c.say("maybe"))).toEqual(["Please answer yes or no.", "Soru? [Yes | No]"]);
  });

  it("asks for a location with a location request and stores coordinates", () => {
    const c = ask({ type: "location" });
    expect(c.history[0]?.outbox).toEqual([{ type: "location_request", body: "Soru?" }]);
    c.message({ kind: "location", latitude: 41.0082, longitude: 28.9784, name: "Sultanahmet" });
    expect(c.session?.variables.answer).toEqual({
      latitude: 41.0082,
      longitude: 28.9784,
      name: "Sultanahmet",
    });
  });

  it("accepts only the allowed kinds of files", () => {
    const image = (c: Conversation) =>
      c.message({
        kind: "media",
        mediaKind: "image",
        mediaId: "img-1",
        mimeType: "image/jpeg",
        caption: "receipt",
      });
    expect(answerWith({ type: "media" }, image)).toEqual({
      kind: "image",
      mediaId: "img-1",
      mimeType: "image/jpeg",
      caption: "receipt",
    });
    expect(answerWith({ type: "media", kinds: ["document"] }, image)).toBe("rejected");
  });

  it("stores anything for `any`", () => {
    expect(
      answerWith({ type: "any" }, (c) =>
        c.message({ kind: "location", latitude: 1, longitude: 2 }),
      ),
    ).toEqual({
      latitude: 1,
      longitude: 2,
    });
    expect(answerWith({ type: "any" }, (c) => c.say("whatever"))).toBe("whatever");
  });

  it("gives up after max attempts through invalid", () => {
    const c = ask({ type: "email" }, { retryMessage: "E-posta lütfen, {{contact.name|dostum}}" });
    expect(said(c.say("x"))).toEqual(["E-posta lütfen, dostum"]);
    expect(said(c.say("y"))).toEqual(["invalid"]);
  });

  it("moves on without an answer on the skip word, clearing the variable", () => {
    const c = ask({ type: "email" }, { skipWord: "Geç" });
    const result = c.say("GEÇ");
    expect(said(result)).toEqual(["got "]);
    expect(c.session?.variables).not.toHaveProperty("answer");
  });

  it("times out through the timeout port, and cancels the timer when answered", () => {
    const c = ask({ type: "text" }, { timeoutMinutes: 30 });
    const timeout = (conversation: Conversation) =>
      conversation.history
        .flatMap((r) => effectsOf(r, "schedule_timer"))
        .find((t) => t.kind === "question_timeout");
    expect(timeout(c)?.fireAt).toBe(c.now + 30 * 60_000);
    expect(said(c.fire("question_timeout"))).toEqual(["too late"]);

    const answered = ask({ type: "text" }, { timeoutMinutes: 30 });
    const reply = answered.say("fine");
    expect(effectsOf(reply, "cancel_timer").map((e) => e.timerId)).toContain(
      timeout(answered)?.timerId,
    );
  });

  it("ignores reactions without counting an attempt", () => {
    const c = ask({ type: "text" });
    c.message({ kind: "reaction", messageId: "m", emoji: "❤️" });
    expect(c.session?.wait).toMatchObject({ kind: "input", attempts: 0 });
  });

  it("validates prompt, variable and answer options", () => {
    expect(
      issuesOf("question", { prompt: "Q", variable: "email", answer: { type: "email" } }),
    ).toEqual([]);
    expect(
      issuesOf("question", {
        prompt: "",
        variable: "1x",
        answer: { type: "number", min: 5, max: 1 },
      }),
    ).toEqual(["required@prompt", "invalid_variable_name@variable", "invalid_range@answer.min"]);
    expect(
      issuesOf("question", {
        prompt: "Q",
        variable: "contact",
        answer: { type: "phone", defaultCountry: "XX" },
      }),
    ).toEqual(["invalid_variable_name@variable", "invalid_country@answer.defaultCountry"]);
    expect(
      issuesOf("question", {
        prompt: "Q".repeat(1025),
        variable: "ok",
        answer: { type: "yes_no" },
      }),
    ).toEqual(["too_long@prompt"]);
    expect(
      issuesOf("question", {
        prompt: "Q",
        variable: "ok",
        answer: { type: "media", kinds: [] },
        timeoutMinutes: 20000,
      }),
    ).toEqual(["no_media_kinds@answer.kinds", "timeout_too_long@timeoutMinutes"]);
    expect(
      issuesOf("question", {
        prompt: "Q",
        variable: "ok",
        answer: { type: "text", minLength: 9, maxLength: 2 },
      }),
    ).toEqual(["invalid_range@answer.minLength"]);
  });
});
