import {
  Box,
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
  type LucideIcon,
} from "lucide-react";
import { nodeRegistry, type NodeType } from "@/lib/flow";

// Named imports keep the bundle small; node-icon.test.ts fails when a node type names an icon
// that is missing here.
const icons: Record<string, LucideIcon> = {
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

export function hasIcon(name: string): boolean {
  return Object.hasOwn(icons, name);
}

/** The lucide icon a node type names in its lib/flow metadata. */
export function NodeIcon({ type, className }: { type: NodeType; className?: string }) {
  const Icon = icons[nodeRegistry[type].meta.icon] ?? Box;
  return <Icon className={className} aria-hidden />;
}
