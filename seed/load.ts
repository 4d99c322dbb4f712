import { demoShareToken, deploymentSecret } from '../server/auth/derived-tokens.ts';
import { hashToken } from '../server/auth/token-hash.ts';
import { countCommunities, findCommunityBySlug } from '../server/communities/community-repository.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import type { Database } from '../server/db/transaction.ts';
import { DEMO_SHARE_LINK_NAME, createShareLink, shareLinkCreatedAt } from '../server/sharing/share-link-repository.ts';
import { DEMO_SLUG, camafuDemo } from './camafu.ts';

/** Loads (or refreshes) the demo community and gives it the share link the home page offers. */
export async function seedDemo(db: Database): Promise<void> {
  const demo = camafuDemo();
  await importCommunity(db, demo);
  if (!(await shareLinkCreatedAt(db, demo.community.id))) {
    await createShareLink(db, demo.community.id, demoShareToken(await deploymentSecret(db), demo.community.id), DEMO_SHARE_LINK_NAME);
  }
}

/** Loads the demo into a database that holds no community yet; true when it did. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if ((await countCommunities(db)) > 0) return false;
  await seedDemo(db);
  return true;
}

/** The hash of the demo's share link, when this install has the demo community (to name it in migrations). */
export async function demoShareTokenHash(db: Database): Promise<string | null> {
  const community = await findCommunityBySlug(db, DEMO_SLUG);
  return community ? hashToken(demoShareToken(await deploymentSecret(db), community.id)) : null;
}
