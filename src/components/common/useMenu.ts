/**
 * Open/closed state of a header menu (Share, Export) that behaves as readers expect of a menu
 * button: Escape closes it and puts focus back on its button (never on the page body), and a
 * click or tap anywhere outside it closes it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export function useMenu() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const closeIfOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeIfOutside);
    return () => document.removeEventListener('pointerdown', closeIfOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // The menu takes this Escape; it must not also close the event's details behind it.
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return {
    open,
    setOpen,
    menuId,
    /** For the menu's wrapper: Escape anywhere inside it, and what counts as outside. */
    rootProps: { ref: rootRef, onKeyDown },
    /** For the button that opens it. */
    buttonProps: {
      ref: buttonRef,
      type: 'button' as const,
      className: 'sl-button',
      'aria-expanded': open,
      'aria-controls': menuId,
      onClick: () => setOpen(!open),
    },
  };
}
