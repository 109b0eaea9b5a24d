import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useI18n } from '../../../i18n/I18nProvider';
import { readAsBase64 } from '../../../api/binaryFiles';

export type EvidenceTarget =
  | { itemId: string; findingId?: never; correctiveActionId?: never }
  | { findingId: string; itemId?: never; correctiveActionId?: never }
  | { correctiveActionId: string; itemId?: never; findingId?: never };

export interface EvidenceApi {
  all: EvidenceView[];
  byItem: Map<string, EvidenceView[]>;
  byFinding: Map<string, EvidenceView[]>;
  attach(target: EvidenceTarget, files: File[]): Promise<void>;
  remove(evidence: EvidenceView): Promise<void>;
}

const MEGABYTE = 1024 * 1024;

function groupBy(list: EvidenceView[], key: 'itemId' | 'findingId'): Map<string, EvidenceView[]> {
  const groups = new Map<string, EvidenceView[]>();
  for (const evidence of list) {
    const id = evidence[key];
    if (id) groups.set(id, [...(groups.get(id) ?? []), evidence]);
  }
  return groups;
}

/** The audit's evidence, uploading files (checked against the size limit first) and removing links. */
export function useEvidence(auditId: string): EvidenceApi {
  const list = useApiQuery('evidence.list', { auditId });
  const all = useMemo(() => list.data ?? [], [list.data]);
  const { attach, remove } = useEvidenceFiles(auditId);
  return { all, byItem: useMemo(() => groupBy(all, 'itemId'), [all]), byFinding: useMemo(() => groupBy(all, 'findingId'), [all]), attach, remove };
}

/** Uploading files to the audit's evidence (checked against the size limit first) and removing links, with a notice for each. */
export function useEvidenceFiles(auditId: string): Pick<EvidenceApi, 'attach' | 'remove'> {
  const { t, formatNumber } = useI18n();
  const settings = useApiQuery('settings.get', {});
  const limitMb = settings.data?.evidenceMaxMegabytes;

  const attach = useCallback(
    async (target: EvidenceTarget, files: File[]) => {
      for (const file of files) {
        if (limitMb !== undefined && file.size > limitMb * MEGABYTE) {
          notifications.show({
            color: 'red',
            title: t('audits.evidence.notAttached'),
            message: t('audits.evidence.tooLarge', { name: file.name, size: formatNumber(Math.ceil((file.size / MEGABYTE) * 10) / 10), limit: formatNumber(limitMb) }),
          });
          continue;
        }
        const id = notifications.show({ loading: true, autoClose: false, withCloseButton: false, message: t('audits.evidence.uploading', { name: file.name }) });
        const result = await api.call('evidence.upload', { auditId, ...target, fileName: file.name, mimeType: file.type, base64: await readAsBase64(file) });
        notifications.update(
          result.ok
            ? { id, loading: false, autoClose: 3000, color: 'green', message: t('audits.evidence.attached', { name: file.name }) }
            : { id, loading: false, autoClose: 8000, withCloseButton: true, color: 'red', title: t('audits.evidence.notAttached'), message: result.error.message },
        );
      }
    },
    [auditId, limitMb, t, formatNumber],
  );

  const remove = useCallback(
    async (evidence: EvidenceView) => {
      const result = await api.call('evidence.remove', { id: evidence.id });
      if (!result.ok) notifications.show({ color: 'red', title: t('common.error'), message: result.error.message });
      else notifications.show({ message: t('audits.evidence.removed', { name: evidence.fileName }) });
    },
    [t],
  );

  return { attach, remove };
}
