import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';

export interface ComboOption {
  key: string;
  label: string;
  /** A second, quieter line: an organization, or the synonym that matched. */
  detail?: string | null;
  /** Adds something new rather than choosing from the list. */
  isNew?: boolean;
}

interface ComboboxProps {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly ComboOption[];
  onPick: (option: ComboOption) => void;
  /** Enter pressed with no option highlighted. */
  onEnter?: () => void;
  /** Shown under the list while the field has focus ("Searching…"). */
  status?: string | null;
  describedBy?: string | undefined;
  /** Ids of elements naming the field besides its own label (e.g. the section heading). */
  labelledBy?: string | undefined;
  invalid?: boolean;
  disabled?: boolean;
  maxLength?: number;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A text field with a list of suggestions under it (the ARIA 1.2 combobox pattern): arrows move through the
 * suggestions, Enter picks, Escape closes. The list sits in the page flow, so on a phone it pushes the rest
 * down rather than hiding it. The label is the caller's (`<label htmlFor={id}>`).
 */
export function Combobox({
  id,
  value,
  onValueChange,
  options,
  onPick,
  onEnter,
  status,
  describedBy,
  labelledBy,
  invalid,
  disabled,
  maxLength,
  placeholder,
  inputRef,
}: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const listId = `${id}-list`;
  const activeIndex = options.findIndex((option) => option.key === activeKey);
  const typed = open && !disabled && value.trim() !== '';
  const expanded = typed && options.length > 0;
  const wrapRef = useRef<HTMLDivElement>(null);

  // On a phone the keyboard and the send bar cover the lower screen: when the suggestions would open out of
  // sight, bring the field up so they show under it.
  useEffect(() => {
    if (!expanded) return;
    const list = document.getElementById(listId);
    const wrap = wrapRef.current;
    if (!list || !wrap) return;
    const visibleBottom = (window.visualViewport?.height ?? window.innerHeight) - 96;
    if (list.getBoundingClientRect().bottom > visibleBottom) wrap.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [expanded, options.length, listId]);

  function pick(option: ComboOption) {
    onPick(option);
    setOpen(false);
    setActiveKey(null);
  }

  function move(step: number) {
    if (!expanded) {
      setOpen(true);
      return;
    }
    if (options.length === 0) return;
    const next = activeIndex < 0 ? (step > 0 ? 0 : options.length - 1) : (activeIndex + step + options.length) % options.length;
    const option = options[next];
    setActiveKey(option ? option.key : null);
    if (option) document.getElementById(`${id}-opt-${next}`)?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        // Enter in a suggestion field never sends the whole form by accident.
        if (value.trim() === '' && !expanded) return;
        event.preventDefault();
        const active = expanded && activeIndex >= 0 ? options[activeIndex] : undefined;
        if (active) pick(active);
        else {
          onEnter?.();
          setOpen(false);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActiveKey(null);
        }
        break;
      default:
        break;
    }
  }

  return (
    <div className="combo" ref={wrapRef}>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? `${id}-opt-${activeIndex}` : undefined}
        aria-describedby={describedBy}
        aria-labelledby={labelledBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        disabled={disabled}
        maxLength={maxLength}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActiveKey(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="combo__list" hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={`combo__option${option.isNew ? ' combo__option--new' : ''}${index === activeIndex ? ' combo__option--active' : ''}`}
            // Keep the focus in the field, so the list does not close before the tap lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            <span className="combo__label">{option.label}</span>
            {option.detail && <span className="combo__detail">{option.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="combo__status" role="status" hidden={!(typed && status)}>
        {typed && status}
      </p>
    </div>
  );
}
