import {
  BookOpen,
  CreditCard,
  IdCard,
  Magnet,
  PackageOpen,
  ShoppingCart,
  Star,
  Ticket,
  Truck,
  UserPlus,
  type LucideIcon,
} from "lucide-react";
import type { TemplateIcon as TemplateIconName } from "@/lib/templates/flow-template";

/** lib/templates names its icons; only the ones it may use are bundled. */
const ICONS: Record<TemplateIconName, LucideIcon> = {
  Magnet,
  BookOpen,
  Truck,
  PackageOpen,
  ShoppingCart,
  Star,
  UserPlus,
  CreditCard,
  IdCard,
  Ticket,
};

export function TemplateIcon({ name, className }: { name: TemplateIconName; className?: string }) {
  const Icon = ICONS[name];
  return <Icon className={className} aria-hidden />;
}
