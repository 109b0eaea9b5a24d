import { schemaResolver, useForm } from '@mantine/form';
import type { FormErrors, UseFormInput, UseFormReturnType } from '@mantine/form';
import { useEffect, useEffectEvent } from 'react';
import type { ApiError } from '../../../electron/shared/contract';
import { localizeFieldMessage } from '../../../electron/shared/i18n/fieldMessages';
import { useI18n } from '../i18n/I18nProvider';

type Schema = Parameters<typeof schemaResolver>[0];
/** Mantine's own bound on form values (any record, interfaces included). */
type FormShape = NonNullable<NonNullable<Parameters<typeof useForm>[0]>['initialValues']>;

export interface ContractFormOptions<Values> extends Omit<UseFormInput<Values>, 'mode' | 'initialValues' | 'validate'> {
  /** The contract's schema (or a form's schema built from its fields): the form validates with it as the user types. */
  schema?: Schema;
  /** Checks of the form's own, beside the schema's (their messages win on the same field). */
  check?(values: Values): FormErrors;
  /** The values the form is filled with when it opens, and again when it switches record. */
  values(): Values;
  /** Whether the dialog is open; a form always on the page leaves it out. */
  opened?: boolean;
  /** What the form edits, compared by identity: a new one refills the form. */
  record?: unknown;
  /** Anything else to start afresh with the values. */
  onFill?(): void;
  /** A refusal from the back end lands on the field it names; `fieldOf` renames a path the form holds under another name. */
  serverError?: ApiError;
  fieldOf?(path: string): string;
  /** Anything else a refusal changes, done before its messages are placed. */
  onRefusal?(refusal: ApiError): void;
}

/** A field the user must fix: one showing an error, or a date typed outside its allowed range. */
const FIELD_IN_ERROR = '[aria-invalid="true"], [data-out-of-range]';

/** Brings the first field in error into view and puts the cursor in it, once the errors are drawn. */
function focusFirstError(scope: ParentNode) {
  setTimeout(() => {
    const field = scope.querySelector<HTMLElement>(FIELD_IN_ERROR);
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  }, 0);
}

const definedOnly = (errors: FormErrors): FormErrors => Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined && message !== null));

/**
 * The form of a contract-validated dialog: validated as the user types with the same schema the back end
 * uses, filled when the dialog opens or switches record (never while the user types), and showing the
 * back end's refusals on their fields.
 */
export function useContractForm<Values extends FormShape>({
  schema,
  check,
  values,
  opened = true,
  record,
  onFill,
  serverError,
  fieldOf = (path) => path,
  onRefusal,
  ...formOptions
}: ContractFormOptions<Values>): UseFormReturnType<Values> {
  const { language } = useI18n();
  const resolved = schema ? schemaResolver(schema, { sync: true }) : () => ({});
  // The schema's messages are Vietnamese; those from the catalog are shown in the user's language.
  const schemaErrors = (current: Values): FormErrors =>
    Object.fromEntries(Object.entries(resolved(current)).map(([field, message]) => [field, typeof message === 'string' ? localizeFieldMessage(message, language) : message])) as FormErrors;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: values(),
    validate: (current) => ({ ...schemaErrors(current), ...definedOnly(check?.(current) ?? {}) }),
    validateInputOnChange: formOptions.validateInputOnBlur === undefined,
    ...formOptions,
  });

  const fill = useEffectEvent(() => {
    form.setValues(values());
    form.resetDirty();
    form.clearErrors();
    onFill?.();
  });
  useEffect(() => {
    if (opened) fill();
  }, [opened, record]);

  const showRefusal = useEffectEvent((refusal: ApiError | undefined) => {
    if (!refusal) return;
    onRefusal?.(refusal);
    for (const issue of refusal.issues ?? []) if (issue.path) form.setFieldError(fieldOf(issue.path), issue.message);
  });
  useEffect(() => showRefusal(serverError), [serverError]);

  /**
   * Submitting a form with errors takes the user to the first one. A date typed outside its range is held by
   * its field, not by the form's values, so the field's mark stops the submit too.
   */
  const onSubmit: UseFormReturnType<Values>['onSubmit'] = (handleSubmit, handleValidationFailure) => (event) => {
    const scope: ParentNode = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : document;
    if (scope.querySelector('[data-out-of-range]')) {
      event?.preventDefault();
      form.validate();
      focusFirstError(scope);
      return;
    }
    form.onSubmit(handleSubmit, (errors, values, failedEvent) => {
      handleValidationFailure?.(errors, values, failedEvent);
      focusFirstError(scope);
    })(event);
  };

  return { ...form, onSubmit };
}
