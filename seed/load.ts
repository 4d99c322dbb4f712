import { countCommunities } from '../server/communities/community-repository.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import type { Database } from '../server/db/transaction.ts';
import { camafuDemo } from './camafu.ts';

/** Loads the demo community into a database that holds no community yet; true when it did. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if ((await countCommunities(db)) > 0) return false;
  await importCommunity(db, camafuDemo());
  return true;
}
