import type { ManagedTransaction } from 'neo4j-driver';
import type { SurveyAnswers } from './survey-input.ts';

/** Where answers land: their community, and the workshop they came from (none when edited through a private link). */
export type AnswerScope = { communityId: string; workshopId: string | null };

/**
 * A relationship from a person to be created by {@link linkAnswers}. A KNOWS link carries the other person as
 * the reporter named them (`typedName`, `typedOrganization`): their own record shows it so, never the stored
 * name of someone who is not listed.
 */
export type Link = {
  personId: string;
  type: 'MEMBER_OF' | 'BASED_IN' | 'OFFERS' | 'SEEKS' | 'ATTENDED' | 'KNOWS';
  targetId: string;
  workshopId: string | null;
  typedName?: string | null;
  typedOrganization?: string | null;
};
export type AnswerItem = { personId: string; answers: SurveyAnswers; replace: boolean };

/** One set-based statement per kind of relationship; every step is a MERGE, so it can run again. */
const LINK_STATEMENTS: Record<Link['type'], string> = {
  MEMBER_OF: `MATCH (p:Person {id: l.personId}) WHERE NOT EXISTS { (p)-[:MEMBER_OF]->() }
              MATCH (o:Organization {id: l.targetId}) MERGE (p)-[:MEMBER_OF]->(o)`,
  BASED_IN: `MATCH (p:Person {id: l.personId}) WHERE NOT EXISTS { (p)-[:BASED_IN]->() }
             MATCH (r:Region {id: l.targetId}) MERGE (p)-[:BASED_IN]->(r)`,
  // Kept offers and seeks keep the moment they were first reported (replacing answers only ends the dropped ones).
  OFFERS: `MATCH (p:Person {id: l.personId}) MATCH (i:Interest {id: l.targetId}) MERGE (p)-[o:OFFERS]->(i)
           ON CREATE SET o.firstReportedAt = datetime(), o.reportedIn = l.workshopId`,
  SEEKS: `MATCH (p:Person {id: l.personId}) MATCH (i:Interest {id: l.targetId}) MERGE (p)-[s:SEEKS]->(i)
          ON CREATE SET s.firstReportedAt = datetime(), s.reportedIn = l.workshopId`,
  ATTENDED: `MATCH (p:Person {id: l.personId}) MATCH (w:Workshop {id: l.targetId})
             MERGE (p)-[a:ATTENDED]->(w) SET a.submittedAt = datetime()`,
  // Naming someone who already named you confirms the tie (when: confirmedAt); the pair keeps one KNOWS relationship, and
  // how the confirming side named the reporter is kept for the day the reporter withdraws and the tie becomes theirs.
  // The reporter naming them again (new answers) keeps the tie and its first report, with the words typed now.
  KNOWS: `MATCH (p:Person {id: l.personId}) MATCH (b:Person {id: l.targetId}) WHERE b <> p
          MERGE (p)-[k:KNOWS]-(b)
          ON CREATE SET k.reportedById = p.id, k.confirmed = false, k.createdAt = datetime(), k.workshopId = l.workshopId,
                        k.firstReportedAt = datetime(), k.reportedIn = l.workshopId,
                        k.typedName = l.typedName, k.typedOrganization = l.typedOrganization
          ON MATCH SET k.confirmedAt = CASE WHEN NOT k.confirmed AND k.reportedById <> p.id THEN datetime() ELSE k.confirmedAt END,
                       k.typedName = CASE WHEN k.reportedById = p.id THEN l.typedName ELSE k.typedName END,
                       k.typedOrganization = CASE WHEN k.reportedById = p.id THEN l.typedOrganization ELSE k.typedOrganization END,
                       k.confirmed = k.confirmed OR k.reportedById <> p.id,
                       k.confirmerTypedName = CASE WHEN k.reportedById <> p.id THEN l.typedName ELSE k.confirmerTypedName END,
                       k.confirmerTypedOrganization = CASE WHEN k.reportedById <> p.id THEN l.typedOrganization ELSE k.confirmerTypedOrganization END`,
};

/** Creates the relationships the answers name (people and targets exist by now). */
export async function linkAnswers(tx: ManagedTransaction, links: Link[]): Promise<void> {
  for (const type of Object.keys(LINK_STATEMENTS) as Link['type'][]) {
    const ofType = links.filter((l) => l.type === type);
    if (ofType.length > 0) await tx.run(`UNWIND $links AS l ${LINK_STATEMENTS[type]}`, { links: ofType });
  }
}
