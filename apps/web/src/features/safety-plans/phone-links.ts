/**
 * The tel:/sms: link of a plan phone number, built exactly as the contracts' phoneHref builds
 * it (phone-links.test.tsx keeps the two in step). A copy because the contracts' own sits in a
 * module with zod schemas, which the first download leaves out (see app/contracts.ts).
 */
export function phoneLink(phone: string, kind: 'tel' | 'sms'): string {
  const trimmed = phone.trim();
  const international = trimmed.startsWith('+');
  // A "(0)" written after a country code ("+44 (0)20…") is not dialled.
  const dialled = international ? trimmed.replace(/\(0\)/g, '') : trimmed;
  return `${kind}:${international ? '+' : ''}${dialled.replace(/\D/g, '')}`;
}
