import { useCallback, useEffect, useState } from 'react';

/** Where the user is inside "Danh mục kiểm tra": the list, or one template at one of its versions. */
export interface ChecklistLocation {
  templateId: string | null;
  versionId: string | null;
}

function parse(hash: string): ChecklistLocation {
  const [, templateId, versionId] = hash.replace(/^#\/?/, '').split('/');
  return { templateId: templateId || null, versionId: versionId || null };
}

/** The hash carries the place (#/checklists/<template>/<version>), so Back and a reload return to it. */
export function useChecklistLocation(): [ChecklistLocation, (next: ChecklistLocation) => void] {
  const [location, setLocation] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setLocation(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: ChecklistLocation) => {
    const parts = ['checklists', next.templateId, next.templateId && next.versionId].filter(Boolean);
    window.location.hash = `#/${parts.join('/')}`;
  }, []);
  return [location, go];
}
