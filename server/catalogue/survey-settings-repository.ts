import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import type { SurveySettings } from './survey-settings.ts';
import { storedSurveySettings } from './survey-settings.ts';

/**
 * The community's survey settings (the defaults until a facilitator changes them). Submissions read them with
 * their workshop instead (WorkshopRecord.surveySettings), in the read they make anyway.
 */
export function surveySettings(db: Database, communityId: string): Promise<SurveySettings> {
  return readTx(db, async (tx) => {
    const result = await tx.run('MATCH (c:Community {id: $communityId}) RETURN c.surveySettings AS json', { communityId });
    return storedSurveySettings(result.records[0]?.get('json'));
  });
}

/** Replaces the community's survey settings (stored as one JSON property: they are read and written whole). */
export async function saveSurveySettings(db: Database, communityId: string, settings: SurveySettings): Promise<SurveySettings> {
  await writeTx(
    db,
    (tx) => tx.run('MATCH (c:Community {id: $communityId}) SET c.surveySettings = $json', { communityId, json: JSON.stringify(settings) }),
    {
      community: communityId,
    },
  );
  return settings;
}
