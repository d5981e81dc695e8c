"use client";

import { useTranslations } from "next-intl";
import { fieldControlClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { ROLES, type Role } from "@/lib/workspace/roles";

function isRole(value: string): value is Role {
  return ROLES.some((role) => role === value);
}

/** A native select: the most accessible and mobile-friendly control for three options. */
export function RoleSelect({
  value,
  onChange,
  label,
  roles,
}: {
  value: Role;
  onChange: (role: Role) => void;
  label: string;
  roles: readonly Role[];
}) {
  const t = useTranslations("roles");
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => {
        if (isRole(event.target.value)) onChange(event.target.value);
      }}
      className={cn(fieldControlClass, "h-8 w-auto pr-8")}
    >
      {[...roles].reverse().map((role) => (
        <option key={role} value={role}>
          {t(role)}
        </option>
      ))}
    </select>
  );
}
