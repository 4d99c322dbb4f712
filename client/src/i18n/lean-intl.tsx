// The part of react-intl that Tejido uses (IntlProvider, useIntl().formatMessage and locale, createIntl), on
// FormatJS's own formatter (intl-messageformat), in the survey's page only: vite.survey.config.ts aliases
// 'react-intl' to this file. react-intl and @formatjs/intl were a sixth of the survey's code, and the page must
// fit in one response on a slow 3G link (docs/performance.md). The messages arrive parsed (survey-messages.ts).
// As in react-intl, a missing message is reported on the console (the end-to-end tests fail on it) and shows
// its id.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';

type Messages = Record<string, string | MessageFormatElement[]>;
type Values = Record<string, string | number | boolean | null | undefined>;

export type IntlShape = { locale: string; formatMessage: (descriptor: { id: string }, values?: Values) => string };

export function createIntl({ locale, messages }: { locale: string; messages: Messages }): IntlShape {
  const formats = new Map<string, IntlMessageFormat>();
  return {
    locale,
    formatMessage({ id }, values) {
      const message = messages[id];
      if (message === undefined) {
        console.error(`Missing message: "${id}" for locale: "${locale}"`);
        return id;
      }
      let format = formats.get(id);
      if (!format) formats.set(id, (format = new IntlMessageFormat(message, locale)));
      const formatted = format.format(values) as string | unknown[];
      return Array.isArray(formatted) ? formatted.join('') : formatted;
    },
  };
}

const IntlContext = createContext<IntlShape | null>(null);

export function IntlProvider({
  locale,
  messages,
  children,
}: {
  locale: string;
  messages: Messages;
  textComponent?: unknown;
  children: ReactNode;
}) {
  const intl = useMemo(() => createIntl({ locale, messages }), [locale, messages]);
  return <IntlContext.Provider value={intl}>{children}</IntlContext.Provider>;
}

export function useIntl(): IntlShape {
  const intl = useContext(IntlContext);
  if (!intl) throw new Error('useIntl outside IntlProvider');
  return intl;
}
