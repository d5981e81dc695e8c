import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { TooltipProvider } from "@/components/ui/tooltip";
import { catalogs } from "@/lib/i18n/messages";

/** Renders UI as the app does: messages in `locale`, UTC, tooltips available. */
export function renderWithIntl(ui: ReactNode, locale: "en" | "tr" = "en") {
  return render(
    <NextIntlClientProvider locale={locale} messages={catalogs[locale]} timeZone="UTC">
      <TooltipProvider>{ui}</TooltipProvider>
    </NextIntlClientProvider>,
  );
}
