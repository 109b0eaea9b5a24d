import { useState } from 'react';
import type { CertificateCheckView } from '../../../../electron/shared/contract/signing';
import { useApiCommand } from '../../hooks/useApiCommand';
import { fileToBase64 } from './useMinutes';

interface Preview {
  file: File;
  password: string;
  certificate: CertificateCheckView;
}

/**
 * The certificate in the chosen PKCS#12 file, read with the password typed, for the signer to look at
 * before signing. Asked through a command, so neither the file nor the password is kept in the query cache.
 */
export function usePkcs12Preview() {
  const inspect = useApiCommand('signing.inspectPkcs12');
  const [preview, setPreview] = useState<Preview | null>(null);
  return {
    running: inspect.running,
    error: inspect.error,
    /** The certificate shown, if it was read from this very file with this very password. */
    certificateFor: (file: File | null, password: string) => (preview && preview.file === file && preview.password === password ? preview.certificate : null),
    async read(file: File, password: string): Promise<void> {
      const certificate = await inspect.run({ p12Base64: await fileToBase64(file), password });
      setPreview(certificate ? { file, password, certificate } : null);
    },
    clear: () => setPreview(null),
  };
}
