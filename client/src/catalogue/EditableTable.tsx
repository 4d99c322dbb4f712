import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { Translate } from '../i18n';
import { useSave } from './useSave';

/** What a column's input gets: the row's draft, a setter, and its label and state for screen readers. */
export type CellInput<Draft> = {
  draft: Draft;
  set: (draft: Draft) => void;
  /** "<column> — <row>", e.g. "Name (English) — Add an interest". */
  label: string;
  invalid: boolean;
  /** The adding row shows the column's name in its empty inputs; a row being edited shows its values. */
  adding: boolean;
  /** The form the input belongs to (the inputs sit in cells, the form in the last one). */
  form: string;
};

export type Column<Item, Draft> = {
  /** The input field the server names when it refuses this column's value. */
  field: string;
  header: ReactNode;
  /** Its name in an input's label. */
  name: string;
  view: (item: Item) => ReactNode;
  input: (cell: CellInput<Draft>) => ReactNode;
};

type Item = { id: string; name: string; curated: boolean };

interface Props<I extends Item, Draft> {
  /** Names the test ids: `${kind}s-table`, `${kind}-row`, `${kind}-edit-row`, `${kind}-add-row`, `${kind}-save`. */
  kind: string;
  items: readonly I[];
  columns: readonly Column<I, Draft>[];
  /** Said when there are no items yet. */
  empty: string;
  /** The adding row's label ("Add an interest"). */
  addLabel: string;
  blank: Draft;
  draftOf: (item: I) => Draft;
  create: (draft: Draft) => Promise<unknown>;
  update: (item: I, draft: Draft) => Promise<unknown>;
  t: Translate;
  onChanged: () => void;
}

/** A catalogue list (interests, organizations): each item edited in place, its status, and a last row that adds one. */
export function EditableTable<I extends Item, Draft>({
  kind,
  items,
  columns,
  empty,
  addLabel,
  blank,
  draftOf,
  create,
  update,
  t,
  onChanged,
}: Props<I, Draft>) {
  const [editing, setEditing] = useState<string | null>(null);
  const width = columns.length + 2;
  return (
    <div className="table-scroll">
      <table className="catalogue-table" data-testid={`${kind}s-table`}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.field} scope="col">
                {column.header}
              </th>
            ))}
            <th scope="col">{t('setup.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('setup.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={width} className="catalogue-table__empty">
                {empty}
              </td>
            </tr>
          )}
          {items.map((item) =>
            editing === item.id ? (
              <EditRow
                key={item.id}
                kind={kind}
                columns={columns}
                t={t}
                initial={draftOf(item)}
                label={item.name}
                submitLabel={t('setup.save')}
                onSubmit={(draft) => update(item, draft)}
                onDone={() => {
                  setEditing(null);
                  onChanged();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <tr key={item.id} data-testid={`${kind}-row`}>
                {columns.map((column) => (
                  <td key={column.field}>{column.view(item)}</td>
                ))}
                <td>
                  <CuratedBadge curated={item.curated} t={t} />
                </td>
                <td>
                  <button
                    type="button"
                    className="wk-button wk-button--small"
                    onClick={() => setEditing(item.id)}
                    aria-label={`${t('setup.edit')}: ${item.name}`}
                  >
                    {t('setup.edit')}
                  </button>
                </td>
              </tr>
            ),
          )}
          <EditRow
            key={`new-${items.length}`}
            kind={kind}
            columns={columns}
            t={t}
            initial={blank}
            label={addLabel}
            submitLabel={t('setup.add')}
            onSubmit={create}
            onDone={onChanged}
          />
        </tbody>
      </table>
    </div>
  );
}

function CuratedBadge({ curated, t }: { curated: boolean; t: Translate }) {
  return curated ? (
    <span className="catalogue-badge">{t('setup.reviewed')}</span>
  ) : (
    <span className="catalogue-badge catalogue-badge--new" title={t('setup.fromSurveyHint')}>
      {t('setup.fromSurvey')}
    </span>
  );
}

interface RowProps<I, Draft> {
  kind: string;
  columns: readonly Column<I, Draft>[];
  t: Translate;
  initial: Draft;
  /** What the row is, for screen readers (the item's name, or "Add an interest"). */
  label: string;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<unknown>;
  onDone: () => void;
  /** Only a row being edited can be cancelled; the adding row has none. */
  onCancel?: () => void;
}

/** One item as a row of inputs: editing an existing one, or the last row that adds one. */
function EditRow<I, Draft>({ kind, columns, t, initial, label, submitLabel, onSubmit, onDone, onCancel }: RowProps<I, Draft>) {
  const [draft, setDraft] = useState(initial);
  const { busy, error, save } = useSave();
  const form = `${kind}-form-${label.replace(/\W+/g, '-')}`;
  const adding = !onCancel;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save(() => onSubmit(draft))) onDone();
  }
  return (
    <>
      <tr
        className={`catalogue-table__edit${adding ? ' catalogue-table__add' : ''}`}
        data-testid={`${kind}-${adding ? 'add' : 'edit'}-row`}
      >
        {columns.map((column) => (
          <td key={column.field}>
            {column.input({
              draft,
              set: setDraft,
              label: `${column.name} — ${label}`,
              invalid: error?.field === column.field,
              adding,
              form,
            })}
          </td>
        ))}
        <td />
        <td className="catalogue-table__actions">
          <form id={form} onSubmit={(event) => void submit(event)}>
            <button type="submit" className="wk-button wk-button--small wk-button--primary" disabled={busy} data-testid={`${kind}-save`}>
              {busy ? t('setup.saving') : submitLabel}
            </button>
            {onCancel && (
              <button type="button" className="wk-button wk-button--small" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            )}
          </form>
        </td>
      </tr>
      {error && (
        <tr>
          <td colSpan={columns.length + 2}>
            <p className="status status--error" role="alert">
              {error.message}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
