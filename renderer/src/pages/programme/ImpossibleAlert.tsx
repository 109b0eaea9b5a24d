import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertOctagonFilled } from '@tabler/icons-react';
import type { ApiError } from '../../../../electron/shared/contract';
import { routeHash } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';

/** Why the generator refused, reason by reason, with the places where each is fixed. */
export function ImpossibleAlert({ year, error }: { year: number; error: ApiError }) {
  const { t } = useI18n();
  const reasons = error.issues?.map((issue) => issue.message) ?? [error.message];
  return (
    <Alert color="red" variant="light" icon={<IconAlertOctagonFilled aria-hidden />} title={t('programme.impossibleTitle', { year })} mb="md" data-testid="programme-impossible">
      <Text size="sm" mb="xs">
        {t('programme.impossibleHint')}
      </Text>
      <List size="sm" spacing={4}>
        {reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Group mt="sm">
        <Button component="a" href={routeHash({ page: 'units', tab: 'people' })} variant="default" size="xs">
          {t('programme.openPeople')}
        </Button>
        <Button component="a" href={routeHash({ page: 'settings' })} variant="default" size="xs">
          {t('programme.openSettings')}
        </Button>
      </Group>
    </Alert>
  );
}
