import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { request } from '../api/graphql';
import { fieldError } from './field-errors';
import { todayIso } from './format';
import { CREATE_WORKSHOP_MUTATION } from './queries';
import type { CreateWorkshopInput, NamedRecord, WorkshopSummary } from './queries';
import { useT } from '../i18n';

type Field = 'title' | 'date' | 'regionId';
type Errors = Partial<Record<Field | 'form', string>>;

export interface NewWorkshopFormProps {
  communitySlug: string;
  regions: NamedRecord[];
  onCreated: (workshop: WorkshopSummary) => void;
}

export function NewWorkshopForm({ communitySlug, regions, onCreated }: NewWorkshopFormProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso);
  const [regionId, setRegionId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<WorkshopSummary | null>(null);
  const t = useT();
  const labels: Record<Field, string> = { title: t('newWorkshop.title'), date: t('newWorkshop.date'), regionId: t('newWorkshop.region') };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: CreateWorkshopInput = { title: title.trim(), date };
    if (regionId) input.regionId = regionId;
    // The same rules as the server, checked first so the common mistakes need no round trip.
    const local: Errors = {};
    if (!input.title) local.title = t('newWorkshop.titleRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) local.date = t('newWorkshop.dateRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    setBusy(true);
    setCreated(null);
    try {
      const { createWorkshop } = await request(CREATE_WORKSHOP_MUTATION, { communitySlug, input });
      setCreated(createWorkshop);
      setTitle('');
      onCreated(createWorkshop);
    } catch (error) {
      const { field, message } = fieldError(error, labels);
      setErrors({ [field ?? 'form']: message });
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form className="wk-form-card new-workshop" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{t('newWorkshop.heading')}</h3>
      <div className="wk-field">
        <label htmlFor={`${id}-title`}>{labels.title}</label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={120}
          required
          placeholder={t('newWorkshop.titlePlaceholder')}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title')}
          data-testid="new-workshop-title"
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="wk-field-error">
            {errors.title}
          </p>
        )}
      </div>
      <div className="wk-field">
        <label htmlFor={`${id}-date`}>{labels.date}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={describedBy('date')}
        />
        {errors.date && (
          <p id={`${id}-date-error`} className="wk-field-error">
            {errors.date}
          </p>
        )}
      </div>
      <div className="wk-field">
        <label htmlFor={`${id}-region`}>
          {labels.regionId} <span className="wk-optional">({t('survey.optional')})</span>
        </label>
        <select
          id={`${id}-region`}
          value={regionId}
          onChange={(e) => setRegionId(e.target.value)}
          aria-invalid={errors.regionId ? true : undefined}
          aria-describedby={describedBy('regionId', `${id}-region-hint`)}
        >
          <option value="">{t('newWorkshop.noRegion')}</option>
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </select>
        <p id={`${id}-region-hint`} className="wk-hint">
          {t('newWorkshop.regionHint')}
        </p>
        {errors.regionId && (
          <p id={`${id}-regionId-error`} className="wk-field-error">
            {errors.regionId}
          </p>
        )}
      </div>
      {errors.form && (
        <p className="wk-field-error" role="alert">
          {errors.form}
        </p>
      )}
      <button className="wk-button wk-button--primary" type="submit" disabled={busy} data-testid="new-workshop-submit">
        {busy ? t('newWorkshop.creating') : t('newWorkshop.create')}
      </button>
      <p className="wk-form-card__result" role="status">
        {created && (
          <>
            {t('newWorkshop.created', { title: created.title })} <strong className="wk-code">{created.code}</strong>.{' '}
            <Link to={`/w/${encodeURIComponent(created.id)}`}>{t('newWorkshop.openProjector')}</Link>
          </>
        )}
      </p>
    </form>
  );
}
