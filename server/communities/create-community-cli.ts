// npm run community:create -- --slug SLUG --name NAME [--description TEXT] [--language ES|EN] [--contact C]
// Creates an empty community (as an admin would in the browser), whether or not the app is running.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { withDatabase } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { createCommunity } from './community-admin-repository.ts';
import { CommunityName, Contact, Description, Slug } from './community-input.ts';

const Args = z.object({
  slug: Slug,
  name: CommunityName,
  description: Description.default(''),
  language: z.enum(['ES', 'EN'], '--language must be ES or EN').default('ES'),
  contact: Contact.default(''),
});

const { values } = parseArgs({
  options: {
    slug: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    language: { type: 'string' },
    contact: { type: 'string' },
  },
});
const parsed = Args.safeParse(values);
if (!parsed.success) {
  console.error(`community:create: ${parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; ')}`);
  console.error(
    'usage: npm run community:create -- --slug SLUG --name NAME [--description TEXT] [--language ES|EN] [--contact EMAIL-OR-URL]',
  );
  process.exit(2);
}
const { slug, name, description, language, contact } = parsed.data;
try {
  const community = await withDatabase(loadConfig(), createLogger('warn'), (db) =>
    createCommunity(db, {
      id: randomBytes(16).toString('hex'),
      slug,
      name,
      description: description || null,
      defaultLanguage: language,
      contact: contact || null,
    }),
  );
  console.log(`Community “${community.name}” is ready at /c/${community.slug}.`);
} catch (error) {
  console.error(`community:create: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
