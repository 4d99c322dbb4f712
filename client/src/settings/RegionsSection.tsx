import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import type { SettingsMessages } from './i18n';
import type { SettingsRegion } from './queries';
import {
  CREATE_REGION_MUTATION,
  DELETE_REGION_MUTATION,
  MERGE_REGIONS_MUTATION,
  REORDER_REGIONS_MUTATION,
  UPDATE_REGION_MUTATION,
} from './queries';
import { TextField, errorField, messageOf } from './TextField';

type Props = { slug: string; regions: SettingsRegion[]; t: SettingsMessages; onChanged: () => void };

/** The community's regions: add, edit (name, parent, coordinates), reorder, merge, delete. */
export function RegionsSection({ slug, regions, t, onChanged }: Props) {
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
      <h2 id="regions">{t.regions}</h2>
      <p className="settings__muted">{t.regionsLead}</p>
      {regions.length === 0 && (
        <p className="status" data-testid="no-regions">
          {t.noRegions}
        </p>
      )}
      {failure && (
        <p className="wk-inline-error" role="alert">
          {failure}
        </p>
      )}
      <ol className="settings__list" aria-label={t.regions} data-testid="region-list">
        {regions.map((region, at) =>
          editing === region.id ? (
            <li key={region.id} className="settings__item">
              <RegionForm
                slug={slug}
                regions={regions}
                region={region}
                t={t}
                onDone={() => (setEditing(null), onChanged())}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={region.id} className="settings__item" data-testid="region-item">
              <div className="settings__item-main">
                <strong>{region.name}</strong>
                <div className="settings__item-meta">
                  {t.regionPeople(region.peopleCount)}
                  {region.parent && ` · ${t.parent}: ${region.parent.name}`}
                  {region.latitude != null && region.longitude != null && ` · ${region.latitude}, ${region.longitude}`}
                </div>
              </div>
              <div className="settings__actions">
                <button
                  type="button"
                  className="wk-button wk-button--small"
                  disabled={at === 0}
                  aria-label={t.moveUp(region.name)}
                  onClick={() => void move(at, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="wk-button wk-button--small"
                  disabled={at === regions.length - 1}
                  aria-label={t.moveDown(region.name)}
                  onClick={() => void move(at, 1)}
                >
                  ↓
                </button>
                <button type="button" className="wk-button wk-button--small" onClick={() => setEditing(region.id)}>
                  {t.rename}
                </button>
                {regions.length > 1 && (
                  <select
                    aria-label={`${t.mergeInto} (${region.name})`}
                    value=""
                    onChange={(e) => {
                      const into = regions.find((r) => r.id === e.target.value);
                      if (into && window.confirm(t.mergeConfirm(region.name, into.name))) {
                        void run(() => request(MERGE_REGIONS_MUTATION, { survivorId: into.id, duplicateId: region.id }));
                      }
                    }}
                  >
                    <option value="">{t.mergeInto}</option>
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
                  {t.remove}
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
      <RegionForm slug={slug} regions={regions} region={null} t={t} onDone={onChanged} />
    </section>
  );
}

type Field = 'name' | 'parentId' | 'latitude' | 'longitude';

/** Adds a region (region null) or edits one. */
function RegionForm({
  slug,
  regions,
  region,
  t,
  onDone,
  onCancel,
}: {
  slug: string;
  regions: SettingsRegion[];
  region: SettingsRegion | null;
  t: SettingsMessages;
  onDone: () => void;
  onCancel?: () => void;
}) {
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
      aria-label={region ? region.name : t.addRegion}
    >
      {!region && <h3>{t.addRegion}</h3>}
      <div className="settings__grid">
        <TextField
          id={`${prefix}-name`}
          label={t.regionName}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          maxLength={80}
          required
        />
        <div className="wk-field">
          <label htmlFor={`${prefix}-parent`}>
            {t.parent} ({t.optional})
          </label>
          <select
            id={`${prefix}-parent`}
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            aria-invalid={errors.parentId ? true : undefined}
          >
            <option value="">{t.noParent}</option>
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
          label={`${t.latitude} (${t.optional})`}
          inputMode="decimal"
          value={latitude}
          onChange={(e) => setLatitude(e.target.value)}
          error={errors.latitude}
        />
        <TextField
          id={`${prefix}-lng`}
          label={`${t.longitude} (${t.optional})`}
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
          {region ? t.save : t.addRegion}
        </button>
        {onCancel && (
          <button type="button" className="wk-button wk-button--small" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </p>
    </form>
  );
}
