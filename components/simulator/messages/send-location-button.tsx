"use client";

import { MapPin } from "lucide-react";
import { useTranslations } from "next-intl";
import { useChatActions } from "../chat/chat-actions";
import { ActionRow } from "./action-row";

/** The "Send location" button of a location request: opens the customer's location picker. */
export function SendLocationButton() {
  const t = useTranslations("simulator.messages");
  const { shareLocation, disabled } = useChatActions();
  return (
    <ActionRow icon={<MapPin />} onClick={shareLocation} disabled={disabled}>
      {t("sendLocation")}
    </ActionRow>
  );
}
