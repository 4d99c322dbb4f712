import type { Messages } from './i18n';

/** The "2 of 10" count and the error line under a list picker (interests, people). */
export function PickerFooter(props: { count: number; max: number; countId: string; errorId: string; error?: string; t: Messages }) {
  const { count, max, countId, errorId, error, t } = props;
  const full = count >= max;
  return (
    <>
      <p className={`field__count${full ? ' field__count--full' : ''}`} id={countId} aria-live="polite">
        {full ? t.limitReached(max) : t.countOf(count, max)}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
