// A workshop room of phones submitting the survey over HTTP, as the survey page does (its own mutation, a
// submission id created once and sent again on every retry, a device id per phone). Shared by the tests that
// fail things during a burst and by bench/.
import { randomUUID } from 'node:crypto';
import { SUBMIT_SURVEY_MUTATION } from '../../client/src/survey/queries.ts';

/** One try of one phone: when it started, how long the answer took, and what it was. */
export type Attempt = { startedAt: number; ms: number; outcome: 'acknowledged' | 'network error' | string };
export type PhoneResult = { submissionId: string; personId?: string; attempts: Attempt[] };

export type RoomMember = { i: number; submissionId: string; input: Record<string, unknown> };

/** The i-th participant's answers: overlapping organizations and interests in several spellings, ties to mapped people. */
export function participant(i: number, knownPeople: string[], tag = 'Participante'): RoomMember {
  const submissionId = randomUUID();
  const variants = ['Brigada Sierra Gorda', 'brigada sierra gorda', 'BRIGADA  SIERRA GORDA', 'Brigáda Sierra Gordá'];
  return {
    i,
    submissionId,
    input: {
      submissionId,
      name: `${tag} ${i}`,
      email: i % 3 === 0 ? `${tag.toLowerCase().replace(/\W+/g, '-')}-${i}@example.org` : null,
      organization: { name: variants[i % variants.length] },
      offers: [{ name: ['Manejo del fuego', 'manejo del FUEGO', 'Mánejo del fuego'][i % 3] }, { name: `Tema ${i % 11}` }],
      seeks: [{ name: `tema ${(i + 5) % 11}` }],
      knows:
        knownPeople.length > 0
          ? [{ personId: knownPeople[i % knownPeople.length] }, { personId: knownPeople[(i * 7) % knownPeople.length] }]
          : [],
      consent: { listed: true, contactable: true },
    },
  };
}

/** Sends the member's answers once; the outcome is `acknowledged`, an error code, an HTTP status or a network error. */
export async function submitOnce(url: string, code: string, member: RoomMember): Promise<{ outcome: string; personId?: string }> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'x-tejido-device': `phone-${member.i}`,
      },
      body: JSON.stringify({ query: SUBMIT_SURVEY_MUTATION, variables: { code, input: member.input } }),
    });
    const text = await response.text();
    let body: { data?: { submitSurvey?: { personId: string } }; errors?: { extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      return { outcome: `HTTP ${response.status}` };
    }
    if (body.data?.submitSurvey) return { outcome: 'acknowledged', personId: body.data.submitSurvey.personId };
    return { outcome: body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}` };
  } catch {
    return { outcome: 'network error' };
  }
}

// What the survey page treats as "unreachable, worth retrying with the same submission" (client/src/survey/error-kind.ts).
const RETRIED = /^(DB_UNAVAILABLE|network error|HTTP \d+)$/;

/**
 * A phone whose participant taps "send" again after each failure that the page calls unreachable, `retryMs`
 * later, until acknowledged or `giveUpAt` (epoch ms).
 */
export async function persistentPhone(
  url: string,
  code: string,
  member: RoomMember,
  { retryMs = 1_000, giveUpAt = Date.now() + 120_000 } = {},
): Promise<PhoneResult> {
  const attempts: Attempt[] = [];
  for (;;) {
    const startedAt = Date.now();
    const { outcome, personId } = await submitOnce(url, code, member);
    attempts.push({ startedAt, ms: Date.now() - startedAt, outcome });
    if (outcome === 'acknowledged') return { submissionId: member.submissionId, personId, attempts };
    if (!RETRIED.test(outcome) || Date.now() > giveUpAt) return { submissionId: member.submissionId, attempts };
    await new Promise((r) => setTimeout(r, retryMs * (0.75 + Math.random() / 2)));
  }
}

/** Starts `count` tasks spread evenly over `spreadMs` and waits for all of them. */
export async function spread<T>(count: number, spreadMs: number, task: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await new Promise((r) => setTimeout(r, (i * spreadMs) / count));
      return task(i);
    }),
  );
}
