import { Router } from 'express';
import { viewerFromRequest } from '../auth/request-viewer.ts';
import { canRead, scopeOf } from '../auth/viewer.ts';
import { findCommunityBySlug } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { SURVEY_CSV_TEMPLATE } from '../workshops/survey-csv.ts';
import { INTEREST_CSV_TEMPLATE, ORGANIZATION_CSV_TEMPLATE } from '../catalogue/catalogue-csv.ts';
import { exportData } from './export-repository.ts';
import { EXPORT_FILES } from './formats.ts';
import type { ExportFile } from './formats.ts';

const CATALOGUE_TEMPLATES = { 'interests.csv': INTEREST_CSV_TEMPLATE, 'organizations.csv': ORGANIZATION_CSV_TEMPLATE };

/**
 * Downloads: `/export/<slug>/<file>` for facilitators of the community (session cookie; a GET that changes
 * nothing, so no CSRF header) or through its share link (`?share=<token>`: listed people only, no emails),
 * and the paper-survey and catalogue templates for anyone.
 */
export function exportRoutes(db: Database): Router {
  const router = Router();
  for (const [file, template] of Object.entries(CATALOGUE_TEMPLATES)) {
    router.get(`/templates/${file}`, (_req, res) => {
      res
        .attachment(`tejido-${file.replace('.csv', '')}-template.csv`)
        .type('text/csv; charset=utf-8')
        .send(`\uFEFF${template}`);
    });
  }
  router.get('/templates/survey.csv', (_req, res) => {
    res.attachment('tejido-survey-template.csv').type('text/csv; charset=utf-8').send(`\uFEFF${SURVEY_CSV_TEMPLATE}`);
  });
  router.get('/export/:slug/:file', async (req, res, next) => {
    try {
      const file = Object.hasOwn(EXPORT_FILES, req.params.file) ? EXPORT_FILES[req.params.file as ExportFile] : undefined;
      const share = typeof req.query.share === 'string' ? req.query.share : undefined;
      const { viewer } = await viewerFromRequest(db, req, share);
      if (!viewer.user && !viewer.share)
        return void res.status(401).json({ error: 'Sign in as a facilitator to export.', code: 'UNAUTHENTICATED' });
      const community = await findCommunityBySlug(db, req.params.slug);
      if (!file || !community || !canRead(viewer, community.id))
        return void res.status(404).json({ error: 'No such export.', code: 'NOT_FOUND' });
      const data = await exportData(db, community.id, scopeOf(viewer));
      res.attachment(`${community.slug}-${req.params.file}`).type(file.type).send(file.render(data));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
