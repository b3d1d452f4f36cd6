/**
 * Matching people and terms by name the way a person would: "Arturas Malasauskas" is
 * "Artūras Malašauskas", "ELENA  marsh" is "Elena Marsh". Pure.
 */
import { slugify } from "@/lib/text/slug";

/** A name folded for comparison: case, diacritics, punctuation and spacing ignored. */
export function nameKey(name: string): string {
  return slugify(name).replaceAll("-", " ");
}

/** An email address folded for comparison (sign-in lowercases it the same way). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
