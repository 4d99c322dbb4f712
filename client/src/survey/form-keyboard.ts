// Keyboard and focus rules of the survey form on phones: Enter (a phone keyboard's "Next"/"Go") moves on to
// the next field instead of sending, and a focused field never sits under the sticky send bar.

/** The fields Enter moves through: text boxes, selects and checkboxes that can take the focus. */
export function formFields(form: HTMLFormElement): HTMLElement[] {
  return Array.from(form.elements).filter(
    (element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
      ((element instanceof HTMLInputElement && element.type !== 'hidden') ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      !element.disabled &&
      element.getClientRects().length > 0,
  );
}

/**
 * Enter in a field of the form: a browser would submit the form (implicit submission); instead the focus moves
 * to the next field, or to the send button after the last one. Fields that use Enter themselves (a suggestion
 * list picking an option) call preventDefault first and are left alone; buttons keep Enter (it presses them).
 */
export function moveOnInsteadOfSending(event: KeyboardEvent, form: HTMLFormElement, sendButton: HTMLElement | null): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  event.preventDefault();
  const fields = formFields(form);
  const next = fields[fields.indexOf(target) + 1] ?? sendButton;
  next?.focus();
}

/** Room left between a focused field and the send bar, in CSS pixels. */
const CLEARANCE = 12;

/**
 * Scrolls the page so the focused element (with its label, when it fits) sits above the sticky send bar and
 * inside what the phone's keyboard leaves visible (the visual viewport).
 */
export function keepClearOfSendBar(focused: HTMLElement, bar: HTMLElement): void {
  if (bar.contains(focused)) return;
  const viewport = window.visualViewport;
  const visibleBottom = viewport ? viewport.offsetTop + viewport.height : window.innerHeight;
  const barTop = Math.min(bar.getBoundingClientRect().top, visibleBottom);
  // The whole field (a checkbox with its label, a box with its count) when it fits in half the room above the bar.
  const block = focused.closest<HTMLElement>('.consent__option, .field');
  const blockBox = block?.getBoundingClientRect();
  const box = blockBox && blockBox.height < barTop / 2 ? blockBox : focused.getBoundingClientRect();
  const overlap = box.bottom + CLEARANCE - barTop;
  if (overlap > 0) window.scrollBy({ top: overlap, behavior: 'instant' });
}
