import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import {
  isLocale,
  isTimeZone,
  LOCALE_COOKIE,
  localeFromAcceptLanguage,
  TIME_ZONE_COOKIE,
} from "./config";
import { catalogs } from "./messages";

// No locale in the URL: links stay the same in both languages and the choice lives in a cookie.
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie)
    ? fromCookie
    : localeFromAcceptLanguage((await headers()).get("accept-language"));
  // The browser reports its time zone in a cookie (components/providers); until then, UTC.
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return { locale, messages: catalogs[locale], timeZone: isTimeZone(zone) ? zone : "UTC" };
});
