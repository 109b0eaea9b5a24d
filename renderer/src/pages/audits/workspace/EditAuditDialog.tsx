import { notifications } from '@mantine/notifications';
import type { AuditDetail } from '../../../../../electron/shared/contract/audits';
import { useApiCommand } from '../../../hooks/useApiCommand';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useI18n } from '../../../i18n/I18nProvider';
import { EditAuditModal } from './EditAuditModal';

/** Loads the people directory when the audit's information is edited, and saves the edit. */
export function EditAuditDialog({ audit, onSaved, onClose }: { audit: AuditDetail; onSaved(audit: AuditDetail): void; onClose(): void }) {
  const { t } = useI18n();
  const options = useApiQuery('audits.startOptions', {});
  const update = useApiCommand('audits.update');
  if (!options.data) return null;
  return (
    <EditAuditModal
      audit={audit}
      opened
      people={options.data.people}
      saving={update.running}
      serverError={update.error}
      onClose={onClose}
      onSubmit={async (values) => {
        const saved = await update.run({ id: audit.id, ...values });
        if (!saved) return;
        notifications.show({ color: 'green', message: t('audits.info.saved') });
        onSaved(saved);
      }}
    />
  );
}
