import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import { useT } from '../i18n';
import type { SettingsRegion } from './queries';
import {
  CREATE_REGION_MUTATION,
  DELETE_REGION_MUTATION,
  MERGE_REGIONS_MUTATION,
  REORDER_REGIONS_MUTATION,
  UPDATE_REGION_MUTATION,
} from './queries';
import { TextField, errorField, messageOf } from './TextField';

type Props = { slug: string; regions: SettingsRegion[]; onChanged: () => void };

/** The community's regions: add, edit (name, parent, coordinates), reorder, merge, delete. */
export function RegionsSection({ slug, regions, onChanged }: Props) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  async function run(work: () => Promise<unknown>) {
    setFailure(null);
    try {
      await work();
      onChanged();
    } catch (error) {
      setFailure(messageOf(error));
    }
  }
  const move = (at: number, by: number) => {
    const ids = regions.map((r) => r.id);
    [ids[at], ids[at + by]] = [ids[at + by]!, ids[at]!];
    return run(() => request(REORDER_REGIONS_MUTATION, { communitySlug: slug, ids }));
  };

  return (
    <section aria-labelledby="regions">
      <h2 id="regions">{t('settings.regions')}</h2>
      <p className="settings__muted">{t('settings.regionsLead')}</p>
      {regions.length === 0 && (
        <p className="status" data-testid="no-regions">
          {t('settings.noRegions')}
        </p>
      )}
      {failure && (
        <p className="wk-inline-error" role="alert">
          {failure}
        </p>
      )}
      <ol className="settings__list" aria-label={t('settings.regions')} data-testid="region-list">
        {regions.map((region, at) =>
          editing === region.id ? (
            <li key={region.id} className="settings__item">
              <RegionForm
                slug={slug}
                regions={regions}
                region={region}
                onDone={() => (setEditing(null), onChanged())}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={region.id} className="settings__item" data-testid="region-item">
              <div className="settings__item-main">
                <strong>{region.name}</strong>
                <div className="settings__item-meta">
                  {t('settings.people', { count: region.peopleCount })}
                  {region.parent && ` · ${t('settings.parent')}: ${region.parent.name}`}
                  {region.latitude != null && region.longitude != null && ` · ${region.latitude}, ${region.longitude}`}
                </div>
              </div>
              <div className="settings__actions">
                <button
                  type="button"
                  className="wk-button wk-button--small"
                  disabled={at === 0}
                  aria-label={t('settings.moveUp', { name: region.name })}
                  onClick={() => void move(at, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="wk-button wk-button--small"
                  disabled={at === regions.length - 1}
                  aria-label={t('settings.moveDown', { name: region.name })}
                  onClick={() => void move(at, 1)}
                >
                  ↓
                </button>
                <button type="button" className="wk-button wk-button--small" onClick={() => setEditing(region.id)}>
                  {t('settings.rename')}
                </button>
                {regions.length > 1 && (
                  <select
                    aria-label={`${t('settings.mergeInto')} (${region.name})`}
                    value=""
                    onChange={(e) => {
                      const into = regions.find((r) => r.id === e.target.value);
                      if (into && window.confirm(t('settings.mergeConfirm', { from: region.name, into: into.name }))) {
                        void run(() => request(MERGE_REGIONS_MUTATION, { survivorId: into.id, duplicateId: region.id }));
                      }
                    }}
                  >
                    <option value="">{t('settings.mergeInto')}</option>
                    {regions
                      .filter((r) => r.id !== region.id)
                      .map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name}
                        </option>
                      ))}
                  </select>
                )}
                <button
                  type="button"
                  className="wk-button wk-button--small wk-button--danger"
                  onClick={() => void run(() => request(DELETE_REGION_MUTATION, { id: region.id }))}
                >
                  {t('settings.remove')}
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
      <RegionForm slug={slug} regions={regions} region={null} onDone={onChanged} />
    </section>
  );
}

type Field = 'name' | 'parentId' | 'latitude' | 'longitude';

/** Adds a region (region null) or edits one. */
function RegionForm({
  slug,
  regions,
  region,
  onDone,
  onCancel,
}: {
  slug: string;
  regions: SettingsRegion[];
  region: SettingsRegion | null;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const prefix = region ? `region-${region.id}` : 'new-region';
  const [name, setName] = useState(region?.name ?? '');
  const [parentId, setParentId] = useState(region?.parent?.id ?? '');
  const [latitude, setLatitude] = useState(region?.latitude?.toString() ?? '');
  const [longitude, setLongitude] = useState(region?.longitude?.toString() ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
    const input = { name, parentId: parentId || null, latitude: number(latitude), longitude: number(longitude) };
    if (Number.isNaN(input.latitude) || Number.isNaN(input.longitude)) {
      setErrors({ [Number.isNaN(input.latitude) ? 'latitude' : 'longitude']: '—' });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      if (region) await request(UPDATE_REGION_MUTATION, { id: region.id, input });
      else await request(CREATE_REGION_MUTATION, { communitySlug: slug, input });
      if (!region) {
        setName('');
        setLatitude('');
        setLongitude('');
        setParentId('');
      }
      onDone();
    } catch (error) {
      const field = errorField(error);
      setErrors({ [field && ['name', 'parentId', 'latitude', 'longitude'].includes(field) ? field : 'form']: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      className={region ? 'settings__item-main' : 'wk-form-card'}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={region ? region.name : t('settings.addRegion')}
    >
      {!region && <h3>{t('settings.addRegion')}</h3>}
      <div className="settings__grid">
        <TextField
          id={`${prefix}-name`}
          label={t('settings.regionName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          maxLength={80}
          required
        />
        <div className="wk-field">
          <label htmlFor={`${prefix}-parent`}>
            {t('settings.parent')} ({t('settings.optional')})
          </label>
          <select
            id={`${prefix}-parent`}
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            aria-invalid={errors.parentId ? true : undefined}
          >
            <option value="">{t('settings.noParent')}</option>
            {regions
              .filter((r) => r.id !== region?.id)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
          </select>
          <span className="wk-field-error" role={errors.parentId ? 'alert' : undefined}>
            {errors.parentId}
          </span>
        </div>
        <TextField
          id={`${prefix}-lat`}
          label={`${t('settings.latitude')} (${t('settings.optional')})`}
          inputMode="decimal"
          value={latitude}
          onChange={(e) => setLatitude(e.target.value)}
          error={errors.latitude}
        />
        <TextField
          id={`${prefix}-lng`}
          label={`${t('settings.longitude')} (${t('settings.optional')})`}
          inputMode="decimal"
          value={longitude}
          onChange={(e) => setLongitude(e.target.value)}
          error={errors.longitude}
        />
      </div>
      {errors.form && (
        <p className="wk-inline-error" role="alert">
          {errors.form}
        </p>
      )}
      <p className="settings__actions">
        <button type="submit" className="wk-button wk-button--primary wk-button--small" disabled={busy}>
          {region ? t('settings.save') : t('settings.addRegion')}
        </button>
        {onCancel && (
          <button type="button" className="wk-button wk-button--small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
