import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';

/** The audits away from or received by this store, and the package commands (each refreshes by capability). */
export function usePackages() {
  const handovers = useApiQuery('packages.handovers', {});
  const audits = useApiQuery('audits.list', {});
  return {
    handovers,
    audits,
    handOut: useApiCommand('packages.handOut'),
    exportResult: useApiCommand('packages.exportResult'),
    exportFollowup: useApiCommand('packages.exportFollowup'),
    preview: useApiCommand('packages.preview'),
    importPackage: useApiCommand('packages.import'),
    cancelHandover: useApiCommand('packages.cancelHandover'),
  };
}

/** The laptop an audit is away on, for its header: null when the audit is here. */
export function useAuditAway(auditId: string): string | null {
  const handovers = useApiQuery('packages.handovers', {});
  return handovers.data?.find((handover) => handover.auditId === auditId && handover.direction === 'out' && handover.returnedAt === null)?.machineName ?? null;
}
