import { useCallback, useState } from 'react';
import type { CombinedError } from 'urql';
import { describeError, errorsByField, type UserError } from './errors';

interface State { byField: Record<string, string[]>; general: string[] }

/**
 * The errors of one form: UserErrors beside the fields they name, the rest and request failures
 * at the top. The form's own values are left alone, so a failed save keeps what was typed.
 */
export function useUserErrors(shownFields: readonly string[]) {
  const [state, setState] = useState<State>({ byField: {}, general: [] });
  const take = useCallback(
    (result: { error?: CombinedError }, payload: { errors: readonly UserError[] } | null | undefined): boolean => {
      if (result.error) {
        setState({ byField: {}, general: [describeError(result.error) ?? '保存できませんでした。'] });
        showFirstError();
        return false;
      }
      const errors = payload?.errors ?? [];
      if (errors.length > 0) {
        setState(errorsByField(errors, shownFields));
        showFirstError();
        return false;
      }
      setState({ byField: {}, general: [] });
      return true;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shownFields.join('|')],
  );
  return { ...state, take, clear: () => setState({ byField: {}, general: [] }) };
}

/** After a refused save, moves the keyboard focus to the first field in error (or the list of errors), so nobody misses it. */
function showFirstError(): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>('main [aria-invalid="true"], main [data-form-errors]');
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  });
}
