import { Link } from 'react-router';
import './catalogue.css';
import type { Lang } from '../survey/i18n';
import { messages } from './i18n';

/** Where a facilitator goes from here: settings and catalogue pages of a community. */
export const cataloguePath = (slug: string) => `/c/${encodeURIComponent(slug)}/catalogue`;
export const surveySettingsPath = (slug: string) => `/c/${encodeURIComponent(slug)}/survey`;

/**
 * What a new community's facilitator does next, in order, instead of an empty map or a row of zeros: regions,
 * catalogue, survey, a workshop, paper surveys. Steps already done say so.
 */
export function NextSteps({ slug, lang, regions, interests }: { slug: string; lang: Lang; regions: number; interests: number }) {
  const t = messages[lang];
  return (
    <section className="next-steps" aria-labelledby="next-steps-heading" data-testid="next-steps">
      <h2 id="next-steps-heading">{t.nextStepsHeading}</h2>
      <p>{t.nextStepsLead}</p>
      <ol>
        <li className={regions > 0 ? 'next-steps__done' : undefined}>{regions > 0 ? t.stepRegionsDone(regions) : t.stepRegions}</li>
        <li className={interests > 0 ? 'next-steps__done' : undefined}>
          {interests > 0 ? t.stepInterestsDone(interests) : t.stepInterests} <Link to={cataloguePath(slug)}>{t.openCatalogue}</Link>
        </li>
        <li>
          {t.stepSettings} <Link to={surveySettingsPath(slug)}>{t.openSettings}</Link>
        </li>
        <li>
          {t.stepWorkshop} <Link to="/facilitate">{t.openWorkshops}</Link>
        </li>
        <li>{t.stepPaper}</li>
      </ol>
    </section>
  );
}
