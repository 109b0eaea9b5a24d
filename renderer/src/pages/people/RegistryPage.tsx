import { Tabs } from '@mantine/core';
import { IconBuildingCommunity, IconUsers } from '@tabler/icons-react';
import { usePageRoute } from '../../app/useRoute';
import { useI18n } from '../../i18n/I18nProvider';
import { UnitsPage } from '../units/UnitsPage';
import { PeoplePage } from './PeoplePage';

/** The Đơn vị area: the units registry and, beside it, the staff directory. */
export function RegistryPage({ initialSearch = '' }: { initialSearch?: string }) {
  const { t } = useI18n();
  // The address keeps the tab ("#/units/can-bo" is the staff), so a link or a reload lands where the user was.
  const [{ tab }, go] = usePageRoute('units');
  const choose = (value: string | null) => go({ tab: value === 'people' ? 'people' : 'units' }, { replace: true });
  return (
    <Tabs value={tab} onChange={choose} keepMounted={false}>
      <Tabs.List mb="md" aria-label={t('registry.tabs')}>
        <Tabs.Tab value="units" leftSection={<IconBuildingCommunity size={16} aria-hidden />}>
          {t('registry.tab.units')}
        </Tabs.Tab>
        <Tabs.Tab value="people" leftSection={<IconUsers size={16} aria-hidden />}>
          {t('registry.tab.people')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="units">
        <UnitsPage initialSearch={initialSearch} />
      </Tabs.Panel>
      <Tabs.Panel value="people">
        <PeoplePage initialSearch={initialSearch} />
      </Tabs.Panel>
    </Tabs>
  );
}
