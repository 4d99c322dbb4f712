import type { Lang } from './catalogue';

/** An interest's name in the reader's language, its canonical name when it has none there (the catalogue has both). */
export function interestLabel(interest: { name: string; nameEs?: string | null; nameEn?: string | null }, lang: Lang): string {
  const localized = lang === 'es' ? interest.nameEs : interest.nameEn;
  return localized?.trim() || interest.name;
}
