"use client";

import { MapPin } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { CustomerMessage } from "@/lib/simulator/customer-action";
import { parseCoordinate } from "./parse-coordinates";
import { PRESET_PLACES } from "./preset-places";

/** The customer shares a location: one of a few known places, or coordinates typed in. */
export function LocationDialog({
  open,
  onOpenChange,
  onShare,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  onShare(message: CustomerMessage): void;
}) {
  const t = useTranslations("simulator.location");
  const common = useTranslations("common");
  const [latitude, setLatitude] = useState("");
  const [longitude, setLongitude] = useState("");
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const lat = parseCoordinate(latitude, 90);
  const lng = parseCoordinate(longitude, 180);

  const share = (message: CustomerMessage) => {
    onShare(message);
    onOpenChange(false);
    setTouched(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (lat === null || lng === null) return;
    share({
      kind: "location",
      latitude: lat,
      longitude: lng,
      ...(name.trim() ? { name: name.trim() } : {}),
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={common("close")}>
        <DialogHeader title={t("title")} description={t("description")} />
        <ul className="grid gap-1.5" aria-label={t("presets")}>
          {PRESET_PLACES.map((place) => (
            <li key={place.id}>
              <button
                type="button"
                className="hover:bg-muted flex w-full items-center gap-3 rounded-lg border px-3 py-2 text-left"
                onClick={() =>
                  share({
                    kind: "location",
                    latitude: place.latitude,
                    longitude: place.longitude,
                    name: place.name,
                    address: place.address,
                  })
                }
              >
                <MapPin className="text-primary size-4 shrink-0" />
                <span className="min-w-0">
                  <span className="block text-sm font-medium">{place.name}</span>
                  <span className="text-muted-foreground block truncate text-xs">
                    {place.address}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        <form className="grid gap-3 border-t pt-4" onSubmit={submit} noValidate>
          <p className="text-sm font-medium">{t("custom")}</p>
          <div className="grid grid-cols-2 gap-3">
            <Field
              label={t("latitude")}
              error={touched && lat === null ? t("invalidLatitude") : undefined}
            >
              {(control) => (
                <Input
                  {...control}
                  inputMode="decimal"
                  value={latitude}
                  placeholder="41.0082"
                  onChange={(e) => setLatitude(e.target.value)}
                />
              )}
            </Field>
            <Field
              label={t("longitude")}
              error={touched && lng === null ? t("invalidLongitude") : undefined}
            >
              {(control) => (
                <Input
                  {...control}
                  inputMode="decimal"
                  value={longitude}
                  placeholder="28.9784"
                  onChange={(e) => setLongitude(e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field label={t("name")}>
            {(control) => (
              <Input
                {...control}
                value={name}
                maxLength={200}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <DialogFooter>
            <Button type="submit">{t("share")}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
