import { localized } from "../../localized";

/** System texts used when the marketer left a message empty; picked by the flow's locale. */
export const BUILTIN_TEXTS = {
  fallback: localized("Sorry, I didn't understand that.", "Üzgünüm, bunu anlayamadım."),
  chooseOption: localized(
    "Please choose one of the options.",
    "Lütfen seçeneklerden birini seçin.",
  ),
  answerText: localized(
    "Please send your answer as text.",
    "Lütfen yanıtınızı metin olarak gönderin.",
  ),
  answerNumber: localized("Please send a number.", "Lütfen bir sayı gönderin."),
  answerEmail: localized(
    "Please send a valid e-mail address.",
    "Lütfen geçerli bir e-posta adresi gönderin.",
  ),
  answerPhone: localized(
    "Please send a valid phone number.",
    "Lütfen geçerli bir telefon numarası gönderin.",
  ),
  answerDateDMY: localized(
    "Please send a date, for example 31.12.2025.",
    "Lütfen bir tarih gönderin, örneğin 31.12.2025.",
  ),
  answerDateMDY: localized(
    "Please send a date, for example 12/31/2025.",
    "Lütfen bir tarih gönderin, örneğin 12/31/2025.",
  ),
  answerYesNo: localized("Please answer yes or no.", "Lütfen evet ya da hayır diye yanıtlayın."),
  answerLocation: localized(
    "Please share your location with the 📎 button.",
    "Lütfen 📎 düğmesiyle konumunuzu paylaşın.",
  ),
  answerMedia: localized(
    "Please send a photo or a document.",
    "Lütfen bir fotoğraf ya da belge gönderin.",
  ),
  yes: localized("Yes", "Evet"),
  no: localized("No", "Hayır"),
  listButton: localized("Options", "Seçenekler"),
  humanHandoff: localized(
    "Connecting you with our team. Someone will reply shortly.",
    "Sizi ekibimize bağlıyorum. Kısa süre içinde size yanıt verilecek.",
  ),
  stop: localized(
    "You won't receive marketing messages from us anymore.",
    "Artık size pazarlama mesajı göndermeyeceğiz.",
  ),
};
