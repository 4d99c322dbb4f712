import { createIntl } from 'react-intl';
import type { Catalogue } from './catalogue-type';
import type { Translate } from './hooks';

/** A translate function over one catalogue, outside React (unit tests of helpers that take a `Translate`). */
export function translateWith(catalogue: Catalogue): Translate {
  const intl = createIntl({ locale: catalogue['language.locale'], messages: catalogue });
  return (key, values) => intl.formatMessage({ id: key }, values ?? undefined);
}
