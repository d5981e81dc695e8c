import { describe, expect, it } from "vitest";
import { fileExtension, fileNameFromUrl } from "./file-name";

describe("file names", () => {
  it("takes the decoded last path segment, or the host", () => {
    expect(fileNameFromUrl("https://shop.example/files/Fatura%20123.pdf?x=1")).toBe(
      "Fatura 123.pdf",
    );
    expect(fileNameFromUrl("https://shop.example/")).toBe("shop.example");
    expect(fileNameFromUrl("not a url")).toBe("not a url");
  });

  it("reads short extensions only", () => {
    expect(fileExtension("invoice.pdf")).toBe("PDF");
    expect(fileExtension("archive.tar.gz")).toBe("GZ");
    expect(fileExtension("README")).toBeNull();
  });
});
