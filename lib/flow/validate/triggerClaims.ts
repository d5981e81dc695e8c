import { localized, type Localized } from "../localized";
import type { StartNode } from "../nodes/start/startSchema";
import { normalizeText } from "../text/normalizeText";

export interface TriggerClaim {
  /** Equal keys compete for the same message (`any`, `api`, `ad:*`, `ad:<id>`, `keyword:<match>:<folded>`). */
  key: string;
  /** Path inside the start node's data, for pointing at the field. */
  field: string;
  shown: Localized;
}

/**
 * What a start node claims. Shared by the in-flow duplicate check and by publishing, which
 * refuses two live flows on one channel claiming the same key.
 */
export function triggerClaims(start: StartNode): TriggerClaim[] {
  const { trigger } = start.data;
  switch (trigger.kind) {
    case "any":
      return [
        { key: "any", field: "trigger", shown: localized("any message", "herhangi bir mesaj") },
      ];
    case "api":
      return [{ key: "api", field: "trigger", shown: localized("an API call", "bir API çağrısı") }];
    case "ad":
      if (trigger.adIds.length === 0)
        return [
          { key: "ad:*", field: "trigger", shown: localized("any ad", "herhangi bir reklam") },
        ];
      return trigger.adIds.map((id, i) => ({
        key: `ad:${id}`,
        field: `trigger.adIds.${i}`,
        shown: localized(`ad ${id}`, `${id} reklamı`),
      }));
    case "keyword":
      return trigger.keywords.flatMap((keyword, i) => {
        const folded = normalizeText(keyword);
        if (folded === "") return [];
        return [
          {
            key: `keyword:${trigger.match}:${folded}`,
            field: `trigger.keywords.${i}`,
            shown: localized(`the keyword "${keyword}"`, `"${keyword}" anahtar kelimesi`),
          },
        ];
      });
  }
}
