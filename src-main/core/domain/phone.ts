// Kazakh phone numbers are written "+7 701 555 12 34", "8 (701) 555-12-34" or "701 5551234".
// They are stored and searched as the 10 digits after the country code, so any of those finds
// the same person.

/** The searchable form of a stored phone: its last 10 digits (or all, when fewer). */
export function phoneKey(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 0) return null;
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/** The prefix a typed number searches for: a leading 8 or +7 before the 10 digits is dropped. */
export function phoneQueryPrefix(digits: string): string {
  if (digits.length >= 2 && digits.startsWith('8')) return digits.slice(1);
  if (digits.length >= 2 && digits.startsWith('77')) return digits.slice(1);
  return digits;
}
