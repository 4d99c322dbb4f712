import { useEffect } from 'react';
import type { ReplayMoment } from '../growth/replay-moments';
import { formatDay, useLocale, useT } from '../i18n';

/** How long the replay rests on each workshop before moving on by itself. */
const PLAY_STEP_MS = 2500;

interface GrowthControlsProps {
  /** The community's workshops in date order (replay-moments.ts). */
  moments: readonly ReplayMoment[];
  /** The moment whose news is highlighted, by `takenAt`, or null. */
  since: string | null;
  onSince: (takenAt: string | null) => void;
  /** The newly drawn people and ties, once the map of `since` arrived. */
  newCounts: { people: number; ties: number } | null;
  /** The replay's step (index into `moments`), or null for the map as it is now. */
  step: number | null;
  /** The step whose map is on screen (the page's signal that a step finished loading). */
  shownStep: number | null;
  onStep: (step: number | null) => void;
  playing: boolean;
  onPlaying: (playing: boolean) => void;
  error: Error | null;
}

/** The cluster map's "since" control and its workshop-by-workshop replay of the growth. */
export function GrowthControls({
  moments,
  since,
  onSince,
  newCounts,
  step,
  shownStep,
  onStep,
  playing,
  onPlaying,
  error,
}: GrowthControlsProps) {
  const t = useT();
  const locale = useLocale();
  const label = (m: ReplayMoment) =>
    m.workshopDate ? t('replay.moment', { title: m.workshopTitle, date: formatDay(m.workshopDate, locale) }) : m.workshopTitle;
  const last = moments.length - 1;
  // Playing: once a step is on screen, rest, then move on; at the last workshop, stop.
  useEffect(() => {
    if (!playing || step === null || shownStep !== step) return;
    if (step >= last) {
      onPlaying(false);
      return;
    }
    const timer = setTimeout(() => onStep(step + 1), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, step, shownStep, last, onStep, onPlaying]);

  if (moments.length === 0) return null;
  const sinceMoment = moments.find((m) => m.takenAt === since);
  const stepMoment = step === null ? null : moments[step];
  return (
    <section
      className="growth-controls"
      aria-label={t('replay.section')}
      data-testid="growth-controls"
      data-replay-step={shownStep ?? undefined}
    >
      <label className="growth-controls__since">
        {t('replay.since')}{' '}
        <select data-testid="since-select" value={since ?? ''} onChange={(e) => onSince(e.currentTarget.value || null)}>
          <option value="">{t('replay.sinceNone')}</option>
          {moments.map((m) => (
            <option key={m.takenAt} value={m.takenAt}>
              {label(m)}
            </option>
          ))}
        </select>
      </label>
      {sinceMoment && newCounts && (
        <p className="growth-controls__count" role="status" data-testid="since-count">
          {t('replay.newCount', { people: newCounts.people, ties: newCounts.ties, moment: sinceMoment.workshopTitle })}
        </p>
      )}
      <div className="growth-controls__replay" role="group" aria-label={t('replay.start')}>
        {step === null ? (
          <button type="button" data-testid="replay-start" onClick={() => onStep(0)}>
            {t('replay.start')}
          </button>
        ) : (
          <>
            <button type="button" data-testid="replay-previous" disabled={step <= 0} onClick={() => onStep(step - 1)}>
              {t('replay.previous')}
            </button>
            <button
              type="button"
              data-testid="replay-play"
              aria-pressed={playing}
              disabled={!playing && step >= last}
              onClick={() => onPlaying(!playing)}
            >
              {playing ? t('replay.pause') : t('replay.play')}
            </button>
            <button type="button" data-testid="replay-next" disabled={step >= last} onClick={() => onStep(step + 1)}>
              {t('replay.next')}
            </button>
            <button type="button" data-testid="replay-stop" onClick={() => onStep(null)}>
              {t('replay.stop')}
            </button>
          </>
        )}
      </div>
      {stepMoment && step !== null && (
        <p className={error ? 'status status--error' : 'growth-controls__step'} role={error ? 'alert' : 'status'} data-testid="replay-step">
          {error
            ? t('replay.failed', { message: error.message })
            : shownStep === step
              ? t('replay.step', { step: step + 1, total: moments.length, moment: label(stepMoment) })
              : t('replay.loading', { moment: label(stepMoment) })}
        </p>
      )}
    </section>
  );
}
