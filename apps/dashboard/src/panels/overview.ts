/**
 * Overview: management areas and old-community coverage with its modes, pilot projects,
 * demonstration sites, party organisations in property companies and their members, and
 * property + elderly-care pilots — from `/v1/coverage`, `/v1/pilots` and `/v1/party-building`.
 */
import { chart, COLOURS } from '../charts.ts';
import { figure, h, table } from '../dom.ts';
import { count, percent } from '../format.ts';
import { getJson } from '../http.ts';
import { label, t } from '../i18n.ts';
import type { LedgerPoint, Panel } from '../panel.ts';

interface Coverage {
  readonly asOf: LedgerPoint;
  readonly managementAreas: number;
  readonly oldCommunities: number;
  readonly covered: number;
  readonly rate: { readonly numerator: number; readonly denominator: number };
  readonly byMode: readonly { readonly mode: string; readonly covered: number }[];
}

interface Pilots {
  readonly asOf: LedgerPoint;
  readonly byKind: readonly { readonly kind: string; readonly running: number; readonly completed: number }[];
  readonly demonstrationSites: readonly { readonly level: string; readonly count: number }[];
}

interface PartyBuilding {
  readonly asOf: LedgerPoint;
  readonly companiesCovered: number;
  readonly partyMembersCovered: number;
  readonly byForm: readonly { readonly form: string; readonly organisations: number; readonly companies: number }[];
}

const MODE_COLOURS = [COLOURS.blue, COLOURS.red, COLOURS.green, COLOURS.amber];

function runningOf(pilots: Pilots, kind: string): number {
  return pilots.byKind.find((k) => k.kind === kind)?.running ?? 0;
}

/** The overview panel. */
export const overviewPanel: Panel = {
  id: 'overview',
  title: 'overviewTitle',
  async render(body, ctx) {
    const [coverage, pilots, party] = await Promise.all([
      getJson<Coverage>(ctx.state('/v1/coverage')),
      getJson<Pilots>(ctx.state('/v1/pilots')),
      getJson<PartyBuilding>(ctx.state('/v1/party-building')),
    ]);
    const sites = (level: string) => pilots.demonstrationSites.find((s) => s.level === level)?.count ?? 0;
    body.append(
      h(
        'dl',
        { class: 'figures' },
        figure('managementAreas', t('managementAreas'), count(coverage.managementAreas)),
        figure('oldCommunities', t('oldCommunities'), count(coverage.oldCommunities)),
        figure('covered', t('covered'), count(coverage.covered)),
        figure('coverageRate', t('coverageRate'), percent(coverage.rate.numerator, coverage.rate.denominator)),
        figure('pilotProjects', t('pilotProjects'), count(runningOf(pilots, 'red-property'))),
        figure('provincialSites', t('provincialSites'), count(sites('provincial'))),
        figure('suzhouSites', t('suzhouSites'), count(sites('suzhou-municipal'))),
        figure('partyCompanies', t('partyCompanies'), count(party.companiesCovered)),
        figure('partyMembers', t('partyMembers'), count(party.partyMembersCovered)),
        figure('elderlyCarePilots', t('elderlyCarePilots'), count(runningOf(pilots, 'property-elderly-care'))),
      ),
      h(
        'div',
        { class: 'pair' },
        h(
          'div',
          {},
          // Four equal slices of nothing would mislead: with no community covered, say so.
          coverage.byMode.every((m) => m.covered === 0)
            ? h('p', { class: 'muted', id: 'no-coverage' }, t('noCoverage'))
            : chart(
                t('coverageByMode'),
                {
                  tooltip: { trigger: 'item', renderMode: 'richText' },
                  legend: { bottom: 0, type: 'scroll' },
                  series: [
                    {
                      type: 'pie',
                      radius: ['30%', '55%'],
                      center: ['50%', '45%'],
                      avoidLabelOverlap: true,
                      minShowLabelAngle: 0,
                      label: { formatter: '{b}\n{c}', overflow: 'break', width: 90 },
                      labelLayout: { hideOverlap: false, moveOverlap: 'shiftY' },
                      data: coverage.byMode.map((m, i) => ({
                        name: label('mode', m.mode),
                        value: m.covered,
                        itemStyle: { color: MODE_COLOURS[i % MODE_COLOURS.length] },
                      })),
                    },
                  ],
                },
                'medium',
              ),
          table(
            t('coverageByMode'),
            [
              { header: t('mode'), cell: (m: Coverage['byMode'][number]) => label('mode', m.mode) },
              { header: t('communitiesCount'), cell: (m) => count(m.covered), numeric: true },
              { header: t('share'), cell: (m) => percent(m.covered, coverage.oldCommunities), numeric: true },
            ],
            coverage.byMode,
            { id: 'coverage-modes' },
          ),
        ),
        h(
          'div',
          {},
          table(
            t('pilotsByKind'),
            [
              { header: t('kind'), cell: (k: { name: string; running: number; completed: number }) => k.name },
              { header: t('running'), cell: (k) => count(k.running), numeric: true },
              { header: t('completed'), cell: (k) => count(k.completed), numeric: true },
            ],
            [
              ...pilots.byKind.map((k) => ({
                name: label('pilot', k.kind),
                running: k.running,
                completed: k.completed,
              })),
              ...pilots.demonstrationSites.map((s) => ({
                name: label('site', s.level),
                running: s.count,
                completed: 0,
              })),
            ],
          ),
          table(
            t('partyForms'),
            [
              { header: t('form'), cell: (f: PartyBuilding['byForm'][number]) => label('form', f.form) },
              { header: t('organisations'), cell: (f) => count(f.organisations), numeric: true },
              { header: t('companies'), cell: (f) => count(f.companies), numeric: true },
            ],
            party.byForm,
          ),
        ),
      ),
    );
    return coverage.asOf;
  },
};
