import { Tabs } from '@mantine/core';
import { IconBuildingCommunity, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { UnitsPage } from '../units/UnitsPage';
import { PeoplePage } from './PeoplePage';

type RegistryTab = 'units' | 'people';

/** "#/units/can-bo" opens the staff tab, so a link or a reload lands where the user was. */
const PEOPLE_SEGMENT = 'can-bo';
const tabInHash = (): RegistryTab => (window.location.hash.replace(/^#\/?/, '').split('/')[1] === PEOPLE_SEGMENT ? 'people' : 'units');

/** The Đơn vị area: the units registry and, beside it, the staff directory. */
export function RegistryPage({ initialSearch = '' }: { initialSearch?: string }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<RegistryTab>(initialSearch ? 'units' : tabInHash);
  useEffect(() => {
    const onHash = () => setTab(tabInHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = (value: string | null) => {
    const next: RegistryTab = value === 'people' ? 'people' : 'units';
    setTab(next);
    window.history.replaceState(null, '', next === 'people' ? `#/units/${PEOPLE_SEGMENT}` : '#/units');
  };
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
        <PeoplePage />
      </Tabs.Panel>
    </Tabs>
  );
}
