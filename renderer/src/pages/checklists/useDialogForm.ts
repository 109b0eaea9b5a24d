import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { z } from 'zod';
import type { ApiError } from '../../../../electron/shared/contract';

interface DialogFormOptions<Values> {
  /** The contract's schema: the form validates with it as the user types. */
  schema: z.ZodType;
  blank: Values;
  opened: boolean;
  /** What the dialog edits (compared by identity): the form is refilled when it opens or this changes. */
  record: unknown;
  /** The values to start from; blank when null. */
  initial: Values | null;
  /** A refusal from the back end lands on the field it names. */
  serverError: ApiError | undefined;
}

export function useDialogForm<Values extends Record<string, unknown>>({ schema, blank, opened, record, initial, serverError }: DialogFormOptions<Values>) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: blank, validate: schemaResolver(schema, { sync: true }), validateInputOnChange: true });
  useEffect(() => {
    if (!opened) return;
    form.setValues(initial ?? blank);
    form.resetDirty();
    form.clearErrors();
    // Only when the dialog opens or switches record, not while the user types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, record]);
  useEffect(() => {
    for (const issue of serverError?.issues ?? []) if (issue.path) form.setFieldError(issue.path, issue.message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverError]);
  return form;
}
