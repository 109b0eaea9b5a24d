import { Anchor, Autocomplete, Button, Group, Modal, PasswordInput, Radio, Select, Stack, Text } from '@mantine/core';
import { IconRefresh, IconUsb } from '@tabler/icons-react';
import { useState } from 'react';
import type { IssuedMinutesView, SignedMinutesView } from '../../../../electron/shared/contract/minutes';
import type { TokenCertificateView } from '../../../../electron/shared/contract/signing';
import { useI18n } from '../../i18n/I18nProvider';
import { CertificateCheckCard } from './CertificateCheckCard';
import { DialogActions } from '../../components/DialogActions';
import { useTokenSigning } from './useTokenSigning';

interface SignWithTokenModalProps {
  minutes: IssuedMinutesView | null;
  onSigned(minutes: SignedMinutesView): void;
  onUseFile(): void;
  onClose(): void;
}

const certificateKey = (certificate: TokenCertificateView) => `${certificate.tokenSerial}/${certificate.certificateId}`;

/** The dialog; its form starts afresh for each minutes it opens on. */
export function SignWithTokenModal({ minutes, onSigned, onUseFile, onClose }: SignWithTokenModalProps) {
  const { t } = useI18n();
  return (
    <Modal opened={minutes !== null} onClose={onClose} title={t('tokenSigning.title', { code: minutes?.documentCode ?? '' })} size="xl" centered returnFocus>
      {minutes && <TokenSigningForm key={minutes.id} minutes={minutes} onSigned={onSigned} onUseFile={onUseFile} onClose={onClose} />}
    </Modal>
  );
}

/**
 * Sign one block with a key on a USB token: pick the driver, find the tokens, read each
 * certificate's check, pick one, type the PIN. The PIN is cleared from the form as soon as it is sent.
 */
function TokenSigningForm({ minutes, onSigned, onUseFile, onClose }: SignWithTokenModalProps & { minutes: IssuedMinutesView }) {
  const { t } = useI18n();
  const { modules, certificates, sign } = useTokenSigning();
  const unsigned = minutes.signatureFields.filter((field) => !field.signed);
  // The blocks are signed in their order on the page: the first unsigned one is next.
  const [signerKey, setSignerKey] = useState(unsigned[0]?.signerKey ?? '');
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const modulePath = typedPath ?? modules.data?.find((m) => m.present)?.path ?? '';
  const [found, setFound] = useState<TokenCertificateView[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [pin, setPin] = useState('');

  const find = async (rescan: boolean) => {
    const listed = await certificates.run({ modulePath, rescan });
    setFound(listed ?? null);
    const signable = listed?.filter((c) => !c.refusal) ?? [];
    setChosen(signable.length === 1 ? certificateKey(signable[0]!) : '');
  };

  const selected = found?.find((c) => certificateKey(c) === chosen);
  const pinError = sign.error?.issues?.find((issue) => issue.path === 'pin')?.message;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!selected) return;
        const typed = pin;
        setPin('');
        void sign
          .run({ minutesId: minutes.id, signerKey, modulePath, tokenSerial: selected.tokenSerial, certificateId: selected.certificateId, pin: typed })
          .then((signed) => {
            if (signed) onSigned(signed);
          });
      }}
    >
      <Stack>
        <Text size="sm">{t('tokenSigning.intro')}</Text>
        <Select
          label={t('tokenSigning.block')}
          description={t('tokenSigning.blockOrder')}
          withAsterisk
          allowDeselect={false}
          data={unsigned.map((field, index) => ({ value: field.signerKey, label: index === 0 ? field.fieldName : t('signingRules.laterBlock', { field: field.fieldName }), disabled: index > 0 }))}
          value={signerKey}
          onChange={(value) => setSignerKey(value ?? '')}
          data-autofocus
        />
        <Group align="flex-end" wrap="nowrap">
          <Autocomplete
            style={{ flex: 1 }}
            label={t('tokenSigning.module')}
            description={t('tokenSigning.moduleHint')}
            withAsterisk
            value={modulePath}
            onChange={setTypedPath}
            data={(modules.data ?? []).map((m) => ({ value: m.path, label: m.path }))}
            renderOption={({ option }) => {
              const module = modules.data?.find((m) => m.path === option.value);
              return (
                <Stack gap={0}>
                  <Text size="sm">{option.value}</Text>
                  <Text size="xs" c={module?.present ? 'green' : 'dimmed'}>
                    {module ? t(module.present ? 'tokenSigning.modulePresent' : 'tokenSigning.moduleAbsent', { vendor: module.vendor }) : ''}
                  </Text>
                </Stack>
              );
            }}
            error={certificates.error?.issues?.find((issue) => issue.path === 'modulePath')?.message}
          />
          <Button
            variant="default"
            leftSection={found ? <IconRefresh size={16} aria-hidden /> : <IconUsb size={16} aria-hidden />}
            onClick={() => void find(found !== null)}
            loading={certificates.running}
            disabled={modulePath.trim() === ''}
          >
            {found ? t('tokenSigning.findAgain') : t('tokenSigning.find')}
          </Button>
        </Group>
        {found && found.length === 0 && <Text c="dimmed">{t('tokenSigning.noCertificates')}</Text>}
        {found && found.length > 0 && (
          <Radio.Group label={t('tokenSigning.certificates')} withAsterisk value={chosen} onChange={setChosen}>
            <Stack gap="xs" mt="xs">
              {found.map((certificate) => (
                <Radio.Card key={certificateKey(certificate)} value={certificateKey(certificate)} disabled={certificate.refusal !== null} p="sm" radius="md" withBorder>
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator disabled={certificate.refusal !== null} />
                    <CertificateCheckCard certificate={certificate} />
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
        <PasswordInput
          label={t('tokenSigning.pin')}
          description={t('tokenSigning.pinHint')}
          autoComplete="off"
          withAsterisk
          value={pin}
          onChange={(event) => setPin(event.currentTarget.value)}
          error={pinError}
          disabled={!selected}
        />
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={onUseFile}>
            {t('tokenSigning.useFile')}
          </Anchor>
        </Group>
        <DialogActions submitLabel={t('tokenSigning.submit')} icon={<IconUsb size={16} aria-hidden />} saving={sign.running} onCancel={onClose} />
      </Stack>
    </form>
  );
}
