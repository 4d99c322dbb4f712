// Constraints and indexes, applied idempotently at every start (server/db/migrate.ts).
// Statements are separated by semicolons; comments start with //.
// Names are unique per community after normalization (normName), enforced here, never by read-then-write.

CREATE CONSTRAINT community_id IF NOT EXISTS FOR (c:Community) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT community_slug IF NOT EXISTS FOR (c:Community) REQUIRE c.slug IS UNIQUE;

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE INDEX person_community IF NOT EXISTS FOR (p:Person) ON (p.communityId);
CREATE INDEX person_community_name IF NOT EXISTS FOR (p:Person) ON (p.communityId, p.normName);
// An email typed in a survey never opens or changes the record that already has it: the answers become a new
// person flagged as a possible duplicate, so two records may share an email until a facilitator merges them.
DROP CONSTRAINT person_email IF EXISTS;
CREATE INDEX person_community_email IF NOT EXISTS FOR (p:Person) ON (p.communityId, p.normEmail);
// Look-alike names (the same confusable skeleton) are flagged as possible duplicates.
CREATE INDEX person_community_skeleton IF NOT EXISTS FOR (p:Person) ON (p.communityId, p.skeleton);
CREATE CONSTRAINT private_link IF NOT EXISTS FOR (l:PrivateLink) REQUIRE l.tokenHash IS UNIQUE;

CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (o:Organization) REQUIRE (o.communityId, o.normName) IS UNIQUE;

CREATE CONSTRAINT region_id IF NOT EXISTS FOR (r:Region) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT region_name IF NOT EXISTS FOR (r:Region) REQUIRE (r.communityId, r.normName) IS UNIQUE;

CREATE CONSTRAINT interest_id IF NOT EXISTS FOR (i:Interest) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT interest_name IF NOT EXISTS FOR (i:Interest) REQUIRE (i.communityId, i.normName) IS UNIQUE;

CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (w:Workshop) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT workshop_code IF NOT EXISTS FOR (w:Workshop) REQUIRE w.code IS UNIQUE;
// A client-generated submission id, within its workshop: retries and double taps find the first submission
// instead of a second, and the same id sent to another workshop (or community) is another submission.
DROP CONSTRAINT submission_id IF EXISTS;
CREATE CONSTRAINT submission_key IF NOT EXISTS FOR (s:Submission) REQUIRE (s.workshopId, s.id) IS UNIQUE;
CREATE INDEX submission_person IF NOT EXISTS FOR (s:Submission) ON (s.personId);
// Ids of erased people, applied on import so an old export cannot bring them back.
CREATE CONSTRAINT erasure_id IF NOT EXISTS FOR (e:Erasure) REQUIRE e.personId IS UNIQUE;
CREATE CONSTRAINT share_link IF NOT EXISTS FOR (l:ShareLink) REQUIRE l.tokenHash IS UNIQUE;
CREATE CONSTRAINT share_link_id IF NOT EXISTS FOR (l:ShareLink) REQUIRE l.id IS UNIQUE;
CREATE INDEX share_link_community IF NOT EXISTS FOR (l:ShareLink) ON (l.communityId);
CREATE CONSTRAINT setting_key IF NOT EXISTS FOR (s:Setting) REQUIRE s.key IS UNIQUE;

CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.normEmail IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;

// Full-text search, accent- and case-insensitive (ASCII folding).
CREATE FULLTEXT INDEX person_search IF NOT EXISTS FOR (p:Person) ON EACH [p.name, p.role]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX interest_search IF NOT EXISTS FOR (i:Interest) ON EACH [i.name, i.nameEs, i.nameEn, i.synonymsText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX organization_search IF NOT EXISTS FOR (o:Organization) ON EACH [o.name]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// One-time links: invitations to facilitate a community and password resets (stored by token hash only).
CREATE CONSTRAINT invitation_token IF NOT EXISTS FOR (i:Invitation) REQUIRE i.tokenHash IS UNIQUE;
CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (i:Invitation) REQUIRE i.id IS UNIQUE;
CREATE INDEX invitation_community IF NOT EXISTS FOR (i:Invitation) ON (i.communityId, i.normEmail);
CREATE CONSTRAINT password_reset_token IF NOT EXISTS FOR (r:PasswordReset) REQUIRE r.tokenHash IS UNIQUE;
CREATE INDEX password_reset_user IF NOT EXISTS FOR (r:PasswordReset) ON (r.userId);
CREATE INDEX community_demo IF NOT EXISTS FOR (c:Community) ON (c.demo);

// Snapshots of a community's network health (figures only, no personal data), listed by community in time order.
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE;
CREATE INDEX snapshot_community IF NOT EXISTS FOR (s:Snapshot) ON (s.communityId, s.takenAt);
