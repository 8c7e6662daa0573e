// The district's organisations (office and units) learnt from get-org-list, for choosing destinations.
import type { KhetDb, OrgRow } from './db';

export function districtOrgList(db: KhetDb): Promise<OrgRow[]> {
  return db.orgs.toArray();
}
