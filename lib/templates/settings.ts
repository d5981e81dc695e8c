import type { FlowInput, Locale } from "@/lib/flow";

type SettingsInput = NonNullable<FlowInput["settings"]>;

/**
 * Flow settings every template starts from, in the flow's language: system messages in the shop's
 * voice rather than the built-in ones, and global keywords customers of that language actually
 * type. Turkish flows run on Istanbul time; English ones on Amsterdam time, because our
 * English-speaking shops are Dutch.
 */
const BASE: Record<Locale, SettingsInput> = {
  en: {
    locale: "en",
    timeZone: "Europe/Amsterdam",
    inactivityTimeoutMinutes: 60,
    inactivityMessage:
      "We haven't heard from you for a while, so we're closing this chat. Just send us a message whenever you'd like to continue 👋",
    fallbackMessage: "Sorry, I didn't catch that 🙈 Please tap one of the options below.",
    humanHandoffMessage:
      "Of course! I'm connecting you with our team 🙋 Someone will reply here shortly.",
    stopMessage:
      "Done — you won't receive marketing messages from us anymore. You can still write to us anytime.",
    globalKeywords: {
      restart: ["restart", "start over"],
      human: ["agent", "human", "talk to a person"],
      stop: ["stop", "unsubscribe"],
    },
  },
  tr: {
    locale: "tr",
    timeZone: "Europe/Istanbul",
    inactivityTimeoutMinutes: 60,
    inactivityMessage:
      "Bir süredir sizden haber alamadık, bu yüzden sohbeti kapatıyoruz. Devam etmek istediğinizde bize yazmanız yeterli 👋",
    fallbackMessage:
      "Kusura bakmayın, bunu anlayamadım 🙈 Lütfen aşağıdaki seçeneklerden birine dokunun.",
    humanHandoffMessage:
      "Tabii ki! Sizi ekibimize bağlıyorum 🙋 Kısa süre içinde buradan yanıt verilecek.",
    stopMessage:
      "Tamamdır, artık size pazarlama mesajı göndermeyeceğiz. Dilediğiniz zaman bize yine yazabilirsiniz.",
    globalKeywords: {
      restart: ["yeniden başla", "baştan başla"],
      human: ["temsilci", "müşteri temsilcisi", "canlı destek"],
      stop: ["dur", "stop", "abonelikten çık"],
    },
  },
};

export function templateSettings(
  locale: Locale,
  overrides: Partial<SettingsInput> = {},
): SettingsInput {
  return { ...BASE[locale], ...overrides };
}
