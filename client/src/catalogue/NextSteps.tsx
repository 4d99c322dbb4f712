import { Link } from 'react-router';
import './catalogue.css';
import { useT } from '../i18n';

/** Where a facilitator goes from here: settings and catalogue pages of a community. */
export const cataloguePath = (slug: string) => `/c/${encodeURIComponent(slug)}/catalogue`;
export const surveySettingsPath = (slug: string) => `/c/${encodeURIComponent(slug)}/survey`;

/**
 * What a new community's facilitator does next, in order, instead of an empty map or a row of zeros: regions,
 * catalogue, survey, a workshop, paper surveys. Steps already done say so.
 */
export function NextSteps({ slug, regions, interests }: { slug: string; regions: number; interests: number }) {
  const t = useT();
  return (
    <section className="next-steps" aria-labelledby="next-steps-heading" data-testid="next-steps">
      <h2 id="next-steps-heading">{t('setup.nextStepsHeading')}</h2>
      <p>{t('setup.nextStepsLead')}</p>
      <ol>
        <li className={regions > 0 ? 'next-steps__done' : undefined}>
          {regions > 0 ? t('setup.stepRegionsDone', { count: regions }) : t('setup.stepRegions')}
        </li>
        <li className={interests > 0 ? 'next-steps__done' : undefined}>
          {interests > 0 ? t('setup.stepInterestsDone', { count: interests }) : t('setup.stepInterests')}{' '}
          <Link to={cataloguePath(slug)}>{t('setup.openCatalogue')}</Link>
        </li>
        <li>
          {t('setup.stepSettings')} <Link to={surveySettingsPath(slug)}>{t('setup.openSettings')}</Link>
        </li>
        <li>
          {t('setup.stepWorkshop')} <Link to="/facilitate">{t('setup.openWorkshops')}</Link>
        </li>
        <li>{t('setup.stepPaper')}</li>
      </ol>
    </section>
  );
}
