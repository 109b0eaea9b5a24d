import { Button } from '@mantine/core';
import { routeHash } from '../../app/routes';
import { EmptyHint } from '../../components/EmptyHint';
import { useI18n } from '../../i18n/I18nProvider';

/** Actions come from findings: with no audit findings yet, the way forward is the audits area. */
export function NoAuditsHint({ onLeave }: { onLeave?: () => void }) {
  const { t } = useI18n();
  return (
    <EmptyHint
      message={t('actions.noAudits')}
      action={
        <Button component="a" href={routeHash({ page: 'audits', audits: { view: 'list' } })} onClick={onLeave}>
          {t('actions.goToAudits')}
        </Button>
      }
    />
  );
}
