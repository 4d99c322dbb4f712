import type { Language } from '../gql/graphql';
import { languageName, useT } from '../i18n';

/** A community's default language, each named in its own language (like the switch). */
export function LanguageSelect({ id, value, onChange }: { id: string; value: Language; onChange: (language: Language) => void }) {
  const t = useT();
  return (
    <div className="wk-field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Language)}>
        <option value="ES">{languageName('es')}</option>
        <option value="EN">{languageName('en')}</option>
      </select>
    </div>
  );
}
