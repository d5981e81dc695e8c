/**
 * Length as WhatsApp users perceive it: Unicode code points, so "ş" and "🙏" each count once.
 * Meta does not document its unit; code points are what the canvas counters show as well.
 */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
