/**
 * Plain words for the settings page's "Test connection": what went wrong with the channel's
 * credentials or reachability, and what the marketer can do about it. The Graph code stays in the
 * detail so support can still search for it.
 */
import type { ClassifiedError } from "./classify-error";

export type Locale = "en" | "tr";
export type Explanation = { title: string; detail: string };

type Case =
  | "token"
  | "permissions"
  | "restricted"
  | "payment"
  | "not_registered"
  | "unknown_number"
  | "network"
  | "timeout"
  | "rate_limited"
  | "meta_down"
  | "other";

const TEXT: Record<Locale, Record<Case, Explanation>> = {
  en: {
    token: {
      title: "The access token was refused",
      detail:
        "It may be mistyped, expired or revoked. Create a permanent token for a system user in Meta Business Settings and paste it again.",
    },
    permissions: {
      title: "The access token lacks permissions",
      detail:
        "Give the token the whatsapp_business_messaging and whatsapp_business_management permissions, and access to this WhatsApp Business Account.",
    },
    restricted: {
      title: "This WhatsApp Business Account is restricted",
      detail:
        "Meta has limited or locked the account. Check its status and any policy notices in WhatsApp Manager.",
    },
    payment: {
      title: "Meta reports a payment problem",
      detail:
        "Add or fix the payment method of this WhatsApp Business Account in Meta Business Settings.",
    },
    not_registered: {
      title: "The number is not registered with the Cloud API",
      detail:
        "Finish registering this phone number for the Cloud API in WhatsApp Manager, then try again.",
    },
    unknown_number: {
      title: "The phone number ID was not found",
      detail:
        "Copy the phone number ID (not the phone number itself) from WhatsApp Manager → API Setup, and check the token can see it.",
    },
    network: {
      title: "Could not reach the WhatsApp Cloud API",
      detail:
        "The server could not connect to Meta. Check the internet connection and the Graph API address setting.",
    },
    timeout: {
      title: "The WhatsApp Cloud API did not answer in time",
      detail: "Meta may be slow right now. Try again in a minute.",
    },
    rate_limited: {
      title: "Too many requests right now",
      detail: "Meta is limiting requests for this account. Wait a minute and try again.",
    },
    meta_down: {
      title: "Meta had a temporary problem",
      detail: "This is usually on Meta's side and passes quickly. Try again in a few minutes.",
    },
    other: {
      title: "WhatsApp refused the request",
      detail: "Check the phone number ID and the access token.",
    },
  },
  tr: {
    token: {
      title: "Erişim anahtarı reddedildi",
      detail:
        "Yanlış yazılmış, süresi dolmuş ya da iptal edilmiş olabilir. Meta İş Ayarları'nda bir sistem kullanıcısı için kalıcı bir anahtar oluşturup yeniden yapıştırın.",
    },
    permissions: {
      title: "Erişim anahtarının izinleri eksik",
      detail:
        "Anahtara whatsapp_business_messaging ve whatsapp_business_management izinlerini ve bu WhatsApp Business hesabına erişim verin.",
    },
    restricted: {
      title: "Bu WhatsApp Business hesabı kısıtlanmış",
      detail:
        "Meta hesabı sınırlamış ya da kilitlemiş. Durumunu ve politika bildirimlerini WhatsApp Manager'da kontrol edin.",
    },
    payment: {
      title: "Meta bir ödeme sorunu bildiriyor",
      detail:
        "Bu WhatsApp Business hesabının ödeme yöntemini Meta İş Ayarları'nda ekleyin ya da düzeltin.",
    },
    not_registered: {
      title: "Numara Cloud API'ye kayıtlı değil",
      detail:
        "Bu telefon numarasının Cloud API kaydını WhatsApp Manager'da tamamlayıp yeniden deneyin.",
    },
    unknown_number: {
      title: "Telefon numarası kimliği bulunamadı",
      detail:
        "Telefon numarasını değil, telefon numarası kimliğini (Phone number ID) WhatsApp Manager → API Kurulumu'ndan kopyalayın ve anahtarın bu numarayı görebildiğini kontrol edin.",
    },
    network: {
      title: "WhatsApp Cloud API'ye ulaşılamadı",
      detail:
        "Sunucu Meta'ya bağlanamadı. İnternet bağlantısını ve Graph API adresi ayarını kontrol edin.",
    },
    timeout: {
      title: "WhatsApp Cloud API zamanında yanıt vermedi",
      detail: "Meta şu an yavaş olabilir. Bir dakika sonra yeniden deneyin.",
    },
    rate_limited: {
      title: "Şu an çok fazla istek var",
      detail: "Meta bu hesabın isteklerini sınırlıyor. Bir dakika bekleyip yeniden deneyin.",
    },
    meta_down: {
      title: "Meta tarafında geçici bir sorun oluştu",
      detail:
        "Bu genellikle Meta kaynaklıdır ve kısa sürede geçer. Birkaç dakika sonra yeniden deneyin.",
    },
    other: {
      title: "WhatsApp isteği reddetti",
      detail: "Telefon numarası kimliğini ve erişim anahtarını kontrol edin.",
    },
  },
};

const TOKEN_CODES: ReadonlySet<number> = new Set([0, 102, 104, 190, 463, 467]);

function whichCase(error: ClassifiedError): Case {
  const code = error.code;
  if (error.source === "network") return "network";
  if (error.source === "timeout") return "timeout";
  if (code !== null && TOKEN_CODES.has(code)) return "token";
  if (code === 3 || code === 10 || (code !== null && code >= 200 && code <= 299))
    return "permissions";
  if (code === 368 || code === 131031) return "restricted";
  if (code === 131042) return "payment";
  if (code === 133010) return "not_registered";
  // Graph answers an id it cannot see with code 100, subcode 33 ("Object with ID … does not exist").
  if (
    code === 33 ||
    (code === 100 && (error.subcode === 33 || /does not exist/i.test(error.message)))
  ) {
    return "unknown_number";
  }
  if (error.kind === "auth") return error.httpStatus === 401 ? "token" : "permissions";
  if (error.kind === "rate_limited") return "rate_limited";
  if (error.kind === "transient") return "meta_down";
  return "other";
}

export function explainConnectionError(error: ClassifiedError, locale: Locale = "en"): Explanation {
  const text = TEXT[locale][whichCase(error)];
  const reference =
    error.code !== null ? ` (${locale === "tr" ? "hata kodu" : "error code"} ${error.code})` : "";
  return { title: text.title, detail: text.detail + reference };
}
