import { Button, FileButton, Group, Image, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRubberStamp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { fileToBase64 } from '../minutes/useMinutes';
import { useSealImage } from './useSealImage';

const DEFAULT_DIAMETER_MM = 36;

/** The ward's seal (red, transparent PNG) and its real diameter, placed on the body's signatures (TM., KT.) of issued documents. */
export function SealImageSettings() {
  const { t } = useI18n();
  const { seal, save, remove } = useSealImage();
  const [diameter, setDiameter] = useState<number | null>(null);
  const diameterMm = diameter ?? seal.data?.diameterMm ?? DEFAULT_DIAMETER_MM;
  const store = async (pngBase64: string) => {
    if (await save.run({ bodyKey: 'organization', pngBase64, diameterMm })) {
      notifications.show({ color: 'green', message: t('seal.saved') });
    }
  };
  return (
    <Stack gap="sm">
      {seal.data ? (
        <Image src={`data:image/png;base64,${seal.data.pngBase64}`} alt={t('seal.currentAlt')} w={120} h={120} fit="contain" />
      ) : (
        <Text size="sm" c="dimmed">
          {t('seal.none')}
        </Text>
      )}
      <Group align="flex-end">
        <NumberInput
          label={t('seal.diameter')}
          description={t('seal.diameterHint')}
          min={20}
          max={60}
          allowDecimal={false}
          suffix=" mm"
          value={diameterMm}
          onChange={(value) => setDiameter(typeof value === 'number' ? value : null)}
          w={220}
        />
        {seal.data && (
          <Button variant="default" onClick={() => void store(seal.data!.pngBase64)} disabled={diameterMm === seal.data.diameterMm} loading={save.running}>
            {t('seal.saveDiameter')}
          </Button>
        )}
      </Group>
      <Group>
        <FileButton accept="image/png" onChange={(file) => void (file && fileToBase64(file).then(store))}>
          {(props) => (
            <Button variant="light" leftSection={<IconRubberStamp size={16} aria-hidden />} loading={save.running} {...props}>
              {seal.data ? t('seal.replace') : t('seal.import')}
            </Button>
          )}
        </FileButton>
        {seal.data && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            loading={remove.running}
            onClick={() => void remove.run({ bodyKey: 'organization' })}
          >
            {t('seal.remove')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
