import type { Translate } from '../i18n';

/** The "2 of 10" count and the error line under a list picker (interests, people). */
export function PickerFooter(props: { count: number; max: number; countId: string; errorId: string; error?: string; t: Translate }) {
  const { count, max, countId, errorId, error, t } = props;
  const full = count >= max;
  return (
    <>
      <p className={`field__count${full ? ' field__count--full' : ''}`} id={countId} aria-live="polite">
        {full ? t('survey.limitReached', { max }) : t('survey.countOf', { count, max })}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
