import { describe, expect, it } from "vitest";
import { classifyError } from "./classify-error";
import { explainConnectionError } from "./explain-connection-error";

const graph = (status: number, code: number, extra: Record<string, unknown> = {}) =>
  classifyError(status, { error: { message: `(#${code}) x`, code, ...extra } });

describe("explainConnectionError", () => {
  it("a bad token, in English and Turkish, with the code for support", () => {
    expect(explainConnectionError(graph(401, 190), "en")).toEqual({
      title: "The access token was refused",
      detail: expect.stringMatching(/permanent token.*\(error code 190\)$/),
    });
    expect(explainConnectionError(graph(401, 190), "tr")).toEqual({
      title: "Erişim anahtarı reddedildi",
      detail: expect.stringMatching(/kalıcı bir anahtar.*\(hata kodu 190\)$/),
    });
  });

  it("an unknown phone number id", () => {
    const unknownId = classifyError(400, {
      error: {
        message:
          "Unsupported get request. Object with ID '123' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
        code: 100,
        error_subcode: 33,
      },
    });
    expect(explainConnectionError(unknownId, "en").title).toBe("The phone number ID was not found");
    expect(explainConnectionError(unknownId, "tr").title).toBe(
      "Telefon numarası kimliği bulunamadı",
    );
  });

  it("network errors and timeouts", () => {
    const network = classifyError(null, new TypeError("fetch failed"));
    expect(explainConnectionError(network, "en")).toEqual({
      title: "Could not reach the WhatsApp Cloud API",
      detail:
        "The server could not connect to Meta. Check the internet connection and the Graph API address setting.",
    });
    expect(explainConnectionError(network, "tr").title).toBe("WhatsApp Cloud API'ye ulaşılamadı");
    const timeout = classifyError(null, new DOMException("timeout", "TimeoutError"));
    expect(explainConnectionError(timeout, "en").title).toBe(
      "The WhatsApp Cloud API did not answer in time",
    );
  });

  it("permissions, restrictions, rate limits and Meta outages each get their own words", () => {
    expect(explainConnectionError(graph(403, 10)).title).toBe("The access token lacks permissions");
    expect(explainConnectionError(graph(403, 368)).title).toBe(
      "This WhatsApp Business Account is restricted",
    );
    expect(explainConnectionError(graph(400, 80007)).title).toBe("Too many requests right now");
    expect(explainConnectionError(classifyError(503, "down")).title).toBe(
      "Meta had a temporary problem",
    );
    expect(explainConnectionError(classifyError(401, "")).title).toBe(
      "The access token was refused",
    );
    expect(explainConnectionError(graph(400, 131009)).title).toBe("WhatsApp refused the request");
  });
});
