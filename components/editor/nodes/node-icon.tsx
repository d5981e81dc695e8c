import {
  CircleStop,
  CornerDownRight,
  ExternalLink,
  FileBadge,
  Globe,
  Headset,
  Hourglass,
  List,
  MapPin,
  MessageCircleQuestionMark,
  MessageSquare,
  MousePointerClick,
  Play,
  Split,
  Square,
  TicketPercent,
  UserPen,
  Variable,
  type LucideIcon,
} from "lucide-react";
import { nodeRegistry, type NodeType } from "@/lib/flow";

/**
 * lib/flow names each type's lucide icon; only those are bundled (lucide's full `icons` map would
 * add every icon to the editor). node-icon.test.ts fails when the registry names one missing here.
 */
export const NODE_ICONS: Readonly<Record<string, LucideIcon>> = {
  CircleStop,
  CornerDownRight,
  ExternalLink,
  FileBadge,
  Globe,
  Headset,
  Hourglass,
  List,
  MapPin,
  MessageCircleQuestionMark,
  MessageSquare,
  MousePointerClick,
  Play,
  Split,
  TicketPercent,
  UserPen,
  Variable,
};

export function nodeIconComponent(type: NodeType): LucideIcon {
  return NODE_ICONS[nodeRegistry[type].meta.icon] ?? Square;
}

export function NodeIcon({ type, className }: { type: NodeType; className?: string }) {
  const Icon = NODE_ICONS[nodeRegistry[type].meta.icon] ?? Square;
  return <Icon className={className} aria-hidden />;
}
