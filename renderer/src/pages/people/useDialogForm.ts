import type { UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';
import type { ApiError } from '../../../../electron/shared/contract';

/**
 * The dialog-form routine: fill the form when the dialog opens or switches record, and put the back
 * end's refusals on their fields (`fieldOf` renames a path the form holds under another name).
 */
export function useDialogForm<Values extends object>(
  form: Pick<UseFormReturnType<Values>, 'setValues' | 'resetDirty' | 'clearErrors' | 'setFieldError'>,
  opened: boolean,
  record: unknown,
  values: () => Values,
  serverError: ApiError | undefined,
  fieldOf: (path: string) => string = (path) => path,
): void {
  useEffect(() => {
    if (!opened) return;
    form.setValues(values());
    form.resetDirty();
    form.clearErrors();
    // Only when the dialog opens or switches record.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, record]);

  useEffect(() => {
    for (const issue of serverError?.issues ?? []) if (issue.path) form.setFieldError(fieldOf(issue.path), issue.message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverError]);
}
