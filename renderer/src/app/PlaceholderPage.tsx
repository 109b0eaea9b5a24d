import { PageHeader } from '../components/PageHeader';
import { EmptyHint } from '../components/EmptyHint';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';

/** Areas whose capability has not landed yet say so plainly instead of showing an empty screen. */
export function PlaceholderPage({ titleKey }: { titleKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t(titleKey)} />
      <EmptyHint message={t('common.notBuiltYet')} />
    </>
  );
}
