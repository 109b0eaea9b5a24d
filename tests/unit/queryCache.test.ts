import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/shared/contract';
import type { ApiResult, MethodName } from '../../electron/shared/contract';
import { createApiClient } from '../../renderer/src/api/createApiClient';
import { capabilitiesChangedBy, capabilityOf, refreshAfterWrite } from '../../renderer/src/api/queryCache';

const capabilities = new Set(methodNames.map(capabilityOf));

describe('invalidation by capability', () => {
  it('reads the capability from the method name', () => {
    expect(capabilityOf('units.update')).toBe('units');
    expect(capabilityOf('legalBases.setRetired')).toBe('legalBases');
  });

  it('names only capabilities the contract has, and always the written one', () => {
    for (const method of methodNames) {
      const changed = capabilitiesChangedBy(method);
      expect(changed.has(capabilityOf(method))).toBe(true);
      for (const capability of changed) expect(capabilities, `${method} → ${capability}`).toContain(capability);
    }
  });

  it('refreshes what other screens show of a write: minutes lock the audit, actions close findings, units count in the setup', () => {
    expect(capabilitiesChangedBy('minutes.issue')).toContain('audits');
    expect(capabilitiesChangedBy('actions.move')).toContain('findings');
    expect(capabilitiesChangedBy('units.createMany')).toContain('setup');
    expect(capabilitiesChangedBy('units.createMany')).not.toContain('checklists');
  });

  it('keeps an answer save to its own audit', () => {
    expect([...capabilitiesChangedBy('audits.saveResponse')]).toEqual(['audits']);
    expect(capabilitiesChangedBy('audits.close')).toContain('findings');
  });
});

describe('after a write', () => {
  function cachedQuery(client: QueryClient, method: MethodName, active: boolean) {
    const fetched = { count: 0 };
    const options = { queryKey: [method, {}], queryFn: () => ++fetched.count };
    if (active) new QueryObserver(client, options).subscribe(() => undefined);
    else void client.prefetchQuery(options);
    return { fetched, state: () => client.getQueryState([method, {}]) };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('fetches again what it changed on screen, and only marks the rest to be fetched when next shown', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    const units = cachedQuery(client, 'units.list', true);
    const setup = cachedQuery(client, 'setup.status', true);
    const audits = cachedQuery(client, 'audits.list', true);
    const holidays = cachedQuery(client, 'holidays.list', false);
    await settle();
    expect([units.fetched.count, setup.fetched.count, audits.fetched.count, holidays.fetched.count]).toEqual([1, 1, 1, 1]);

    await refreshAfterWrite(client, 'units.update');
    await settle();
    expect(units.fetched.count).toBe(2);
    expect(setup.fetched.count).toBe(2);
    expect(audits.fetched.count).toBe(1);
    expect(holidays.fetched.count).toBe(1);
    expect(audits.state()?.isInvalidated).toBe(true);
    expect(holidays.state()?.isInvalidated).toBe(true);
    expect(units.state()?.isInvalidated).toBe(false);
    client.clear();
  });
});

describe('the client', () => {
  function clientAnswering(result: ApiResult<unknown>) {
    const written: MethodName[] = [];
    const client = createApiClient({ invoke: () => Promise.resolve(result) }, { afterWrite: (method) => written.push(method) });
    return { client, written };
  }

  it('reports a carried-out command or task, never a query', async () => {
    const { client, written } = clientAnswering({ ok: true, value: {} });
    await client.call('units.list', {});
    await client.call('units.setActive', { id: 'u', active: false });
    await client.call('minutes.draft', { auditId: 'a' });
    expect(written).toEqual(['units.setActive', 'minutes.draft']);
  });

  it('reports a refused write unless its input was invalid', async () => {
    const refused = clientAnswering({ ok: false, error: { code: 'LOCKED', message: 'đã khóa' } });
    await refused.client.call('audits.update', { id: 'a', conclusion: 'x' });
    expect(refused.written).toEqual(['audits.update']);
    const invalid = clientAnswering({ ok: false, error: { code: 'VALIDATION', message: 'sai' } });
    await invalid.client.call('audits.update', { id: 'a', conclusion: 'x' });
    expect(invalid.written).toEqual([]);
  });
});
