import { getTranslations } from "next-intl/server";

/** A still picture of what Sohbet builds: a WhatsApp chat answered by a flow. */
export async function ChatPreview() {
  const t = await getTranslations("auth.hero.chat");
  return (
    <div
      aria-hidden
      className="mt-8 grid gap-2 rounded-2xl bg-[#efeae2] p-4 text-sm text-[#111b21] shadow-sm dark:bg-[#0b141a] dark:text-[#e9edef]"
    >
      <div className="max-w-[80%] justify-self-end rounded-lg rounded-tr-none bg-[#d9fdd3] px-3 py-1.5 shadow-xs dark:bg-[#005c4b]">
        {t("customer")}
      </div>
      <div className="max-w-[85%] rounded-lg rounded-tl-none bg-white px-3 py-1.5 shadow-xs dark:bg-[#202c33]">
        {t("bot")}
      </div>
      <div className="flex max-w-[85%] flex-wrap gap-1.5">
        {[t("option1"), t("option2"), t("option3")].map((label) => (
          <span
            key={label}
            className="rounded-lg bg-white px-3 py-1.5 text-center font-medium text-[#027eb5] shadow-xs dark:bg-[#202c33] dark:text-[#53bdeb]"
          >
            {label}
          </span>
        ))}
      </div>
    </div>
  );
}
