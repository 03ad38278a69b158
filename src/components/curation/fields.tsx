/**
 * Labelled fields of the editor. Each is named by the JSON path of what it edits (its element id,
 * fieldId(path)), so that choosing a problem moves the focus to it, and each edit of one field is
 * one step of the undo history however many letters are typed.
 */
import { useId, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { JsonPath } from '../../dataset/problems';
import type { DraftData } from '../../curation/draft';
import { draftStore } from '../../curation/draftStore';
import { fieldId } from './editorState';

/** The draft's data, read reactively. */
export function useDraftData(): DraftData | null {
  return useStore(draftStore, (s) => s.data);
}

/** Changes the draft; `group` makes consecutive changes of one field one undo step. */
export function edit(change: (data: DraftData) => DraftData, group?: string): void {
  draftStore.getState().edit(change, group);
}

interface FieldProps {
  label: string;
  path: JsonPath;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'url';
}

export function TextField({ label, path, value, onChange, hint, multiline, required, type = 'text' }: FieldProps) {
  const hintId = useId();
  const props = {
    id: fieldId(path),
    value,
    required,
    dir: 'auto' as const,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="cu-field">
      <label htmlFor={props.id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} {...props} />}
      {hint && (
        <p id={hintId} className="cu-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  path?: JsonPath;
  value: T | '';
  options: readonly { value: T | ''; label: string }[];
  onChange: (value: T | '') => void;
}

export function SelectField<T extends string>({ label, path, value, options, onChange }: SelectProps<T>) {
  const ownId = useId();
  const id = path ? fieldId(path) : ownId;
  return (
    <div className="cu-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T | '')}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "live-blog" → "live blog": vocabulary values as words. */
export const words = (value: string) => value.replaceAll('-', ' ');

export const optionsOf = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: words(value) }));
