// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithIntl } from "@/components/simulator/testing/with-intl";
import type { HttpSettingsJson } from "@/lib/workspace/api-schemas";
import { HttpSettingsCard } from "./http-settings-card";

afterEach(cleanup);

function renderCard(initial: HttpSettingsJson, canEdit: boolean, locale: "en" | "tr" = "en") {
  return renderWithIntl(
    <QueryClientProvider client={new QueryClient()}>
      <HttpSettingsCard slug="shop" initial={initial} canEdit={canEdit} />
    </QueryClientProvider>,
    locale,
  );
}

const off: HttpSettingsJson = {
  allowPrivateHttp: false,
  operatorMode: "workspace",
  privateAllowed: false,
};

describe("HttpSettingsCard", () => {
  it("lets an owner switch it when the workspace decides", () => {
    renderCard(off, true);
    const toggle = screen.getByRole("switch", { name: "Allow private network addresses" });
    expect(toggle.getAttribute("aria-checked")).toBe("false");
    expect(toggle.hasAttribute("disabled")).toBe(false);
    expect(screen.queryByTestId("http-settings-lock")).toBeNull();
  });

  it("is read-only for editors and viewers, and says why", () => {
    renderCard({ ...off, allowPrivateHttp: true, privateAllowed: true }, false);
    const toggle = screen.getByRole("switch", { name: "Allow private network addresses" });
    expect(toggle.getAttribute("aria-checked")).toBe("true");
    expect(toggle.hasAttribute("disabled")).toBe(true);
    expect(screen.getByTestId("http-settings-lock").textContent).toBe(
      "Only owners of this workspace can change this.",
    );
  });

  it("shows the operator's answer, locked, when the server decides for everyone", () => {
    renderCard({ allowPrivateHttp: false, operatorMode: "always", privateAllowed: true }, true);
    let toggle = screen.getByRole("switch", { name: "Allow private network addresses" });
    expect(toggle.getAttribute("aria-checked")).toBe("true");
    expect(toggle.hasAttribute("disabled")).toBe(true);
    expect(screen.getByTestId("http-settings-lock").textContent).toContain(
      "administrator allows private network addresses for every workspace",
    );
    cleanup();

    renderCard(
      { allowPrivateHttp: true, operatorMode: "never", privateAllowed: false },
      true,
      "tr",
    );
    toggle = screen.getByRole("switch", { name: "Özel ağ adreslerine izin ver" });
    expect(toggle.getAttribute("aria-checked")).toBe("false");
    expect(toggle.hasAttribute("disabled")).toBe(true);
    expect(screen.getByTestId("http-settings-lock").textContent).toContain(
      "tüm çalışma alanları için engellediğinden",
    );
  });
});
