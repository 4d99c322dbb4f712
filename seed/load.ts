import { demoShareToken, deploymentSecret } from '../server/auth/derived-tokens.ts';
import { countCommunities } from '../server/communities/community-repository.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import type { Database } from '../server/db/transaction.ts';
import { createShareLink, shareLinkCreatedAt } from '../server/sharing/share-link-repository.ts';
import { camafuDemo } from './camafu.ts';

/** Loads (or refreshes) the demo community and gives it the share link the home page offers. */
export async function seedDemo(db: Database): Promise<void> {
  const demo = camafuDemo();
  await importCommunity(db, demo);
  if (!(await shareLinkCreatedAt(db, demo.community.id))) {
    await createShareLink(db, demo.community.id, demoShareToken(await deploymentSecret(db), demo.community.id));
  }
}

/** Loads the demo into a database that holds no community yet; true when it did. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if ((await countCommunities(db)) > 0) return false;
  await seedDemo(db);
  return true;
}
