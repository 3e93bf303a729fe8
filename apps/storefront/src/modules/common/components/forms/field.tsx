import type { ReactNode } from "react"

type Common = {
  name: string
  label: string
  /** Error message already in the member's language. */
  error?: string
  hint?: string
  /** The word "optional", shown after the label of a field that may stay empty. */
  optional?: string
  id?: string
  testId?: string
}

function FieldFrame({
  id,
  label,
  error,
  hint,
  optional,
  children,
}: Common & { id: string; children: ReactNode }) {
  return (
    <div className="field" data-invalid={error ? "true" : undefined}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> ({optional})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

type InputProps = Common & {
  type?: "text" | "email" | "password" | "tel" | "number" | "url" | "date"
  defaultValue?: string
  autoComplete?: string
  inputMode?: "text" | "numeric" | "decimal" | "tel" | "email"
  required?: boolean
  dir?: "ltr" | "rtl" | "auto"
  lang?: string
  maxLength?: number
  /** the id of a <datalist> of suggestions */
  list?: string
}

/** A labelled text input with its hint and error; big enough to tap, described for screen readers. */
export function TextField(props: InputProps) {
  const id = props.id ?? `field-${props.name}`
  return (
    <FieldFrame {...props} id={id}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        className="field__input"
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required}
        dir={props.dir}
        lang={props.lang}
        maxLength={props.maxLength}
        list={props.list}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        data-testid={props.testId}
      />
    </FieldFrame>
  )
}

type TextAreaProps = Common & {
  defaultValue?: string
  rows?: number
  dir?: "ltr" | "rtl" | "auto"
  lang?: string
  maxLength?: number
}

export function TextAreaField(props: TextAreaProps) {
  const id = props.id ?? `field-${props.name}`
  return (
    <FieldFrame {...props} id={id}>
      <textarea
        id={id}
        name={props.name}
        className="field__input field__input--area"
        rows={props.rows ?? 5}
        defaultValue={props.defaultValue}
        dir={props.dir}
        lang={props.lang}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        data-testid={props.testId}
      />
    </FieldFrame>
  )
}

type SelectProps = Common & {
  defaultValue?: string
  placeholder: string
  options: { value: string; label: string }[]
  required?: boolean
}

export function SelectField(props: SelectProps) {
  const id = props.id ?? `field-${props.name}`
  return (
    <FieldFrame {...props} id={id}>
      <select
        id={id}
        name={props.name}
        className="field__input"
        defaultValue={props.defaultValue ?? ""}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        data-testid={props.testId}
      >
        <option value="" disabled>
          {props.placeholder}
        </option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

type FileProps = Common & {
  accept: string
  multiple?: boolean
  capture?: "user" | "environment"
  onChange?: (files: FileList | null, input: HTMLInputElement) => void
}

export function FileField(props: FileProps) {
  const id = props.id ?? `field-${props.name}`
  return (
    <FieldFrame {...props} id={id}>
      <input
        id={id}
        name={props.name}
        type="file"
        className="field__file"
        accept={props.accept}
        multiple={props.multiple}
        capture={props.capture}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        data-testid={props.testId}
        onChange={props.onChange ? (event) => props.onChange?.(event.target.files, event.target) : undefined}
      />
    </FieldFrame>
  )
}

type CheckboxProps = {
  name: string
  label: string
  defaultChecked?: boolean
  value?: string
  id?: string
  testId?: string
}

/** A checkbox with its label as one big tap target. */
export function CheckboxField({ name, label, defaultChecked, value, id, testId }: CheckboxProps) {
  const inputId = id ?? `field-${name}`
  return (
    <div className="field field--check">
      <input
        id={inputId}
        name={name}
        type="checkbox"
        value={value}
        className="field__check"
        defaultChecked={defaultChecked}
        data-testid={testId}
      />
      <label htmlFor={inputId} className="field__check-label">
        {label}
      </label>
    </div>
  )
}
