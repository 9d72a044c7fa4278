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

/** A row of the pilots table: a pilot kind or a level of demonstration sites, and the record committing it. */
interface PilotRow {
  readonly name: string;
  readonly key: string;
  readonly site: boolean;
  readonly running: number;
  readonly completed: number;
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
    const fig = ctx.figures;
    // Each figure is claimed with the record that commits it (docs/audit.md): the coverage and
    // party-building totals, a pilot kind's and a site level's record.
    const coverageFigure = (name: 'managementAreas' | 'oldCommunities' | 'covered') =>
      fig.figure<Coverage>(
        figure(name, t(name), count(coverage[name])),
        'coverage',
        'totals',
        coverage[name],
        (r) => r[name],
      );
    const kindFigure = (name: 'pilotProjects' | 'elderlyCarePilots', kind: string) => {
      const shown = figure(name, t(name), count(runningOf(pilots, kind)));
      return pilots.byKind.some((k) => k.kind === kind)
        ? fig.figure<{ running: number }>(shown, 'pilots', `kind/${kind}`, runningOf(pilots, kind), (r) => r.running)
        : shown;
    };
    const siteFigure = (name: 'provincialSites' | 'suzhouSites', level: string) => {
      const shown = figure(name, t(name), count(sites(level)));
      return pilots.demonstrationSites.some((s) => s.level === level)
        ? fig.figure<{ count: number }>(shown, 'pilots', `sites/${level}`, sites(level), (r) => r.count)
        : shown;
    };
    body.append(
      h(
        'dl',
        { class: 'figures' },
        coverageFigure('managementAreas'),
        coverageFigure('oldCommunities'),
        coverageFigure('covered'),
        fig.figure<Coverage>(
          figure('coverageRate', t('coverageRate'), percent(coverage.rate.numerator, coverage.rate.denominator)),
          'coverage',
          'totals',
          [coverage.rate.numerator, coverage.rate.denominator],
          (r) => [r.rate.numerator, r.rate.denominator],
        ),
        kindFigure('pilotProjects', 'red-property'),
        siteFigure('provincialSites', 'provincial'),
        siteFigure('suzhouSites', 'suzhou-municipal'),
        fig.figure<PartyBuilding>(
          figure('partyCompanies', t('partyCompanies'), count(party.companiesCovered)),
          'partyBuilding',
          'totals',
          party.companiesCovered,
          (r) => r.companiesCovered,
        ),
        fig.figure<PartyBuilding>(
          figure('partyMembers', t('partyMembers'), count(party.partyMembersCovered)),
          'partyBuilding',
          'totals',
          party.partyMembersCovered,
          (r) => r.partyMembersCovered,
        ),
        kindFigure('elderlyCarePilots', 'property-elderly-care'),
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
              {
                header: t('communitiesCount'),
                cell: (m) =>
                  fig.cell<{ byMode: Record<string, number> }>(
                    count(m.covered),
                    `${t('coverageByMode')} · ${label('mode', m.mode)}`,
                    'coverage',
                    'totals',
                    m.covered,
                    (r) => r.byMode[m.mode],
                  ),
                numeric: true,
              },
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
              { header: t('kind'), cell: (k: PilotRow) => k.name },
              {
                header: t('running'),
                cell: (k) =>
                  fig.cell<Record<string, number>>(
                    count(k.running),
                    `${t('pilotsByKind')} · ${k.name} · ${t('running')}`,
                    'pilots',
                    k.key,
                    k.running,
                    (r) => r[k.site ? 'count' : 'running'],
                  ),
                numeric: true,
              },
              {
                header: t('completed'),
                cell: (k) =>
                  k.site
                    ? count(k.completed)
                    : fig.cell<{ completed: number }>(
                        count(k.completed),
                        `${t('pilotsByKind')} · ${k.name} · ${t('completed')}`,
                        'pilots',
                        k.key,
                        k.completed,
                        (r) => r.completed,
                      ),
                numeric: true,
              },
            ],
            [
              ...pilots.byKind.map((k) => ({
                name: label('pilot', k.kind),
                key: `kind/${k.kind}`,
                site: false,
                running: k.running,
                completed: k.completed,
              })),
              ...pilots.demonstrationSites.map((s) => ({
                name: label('site', s.level),
                key: `sites/${s.level}`,
                site: true,
                running: s.count,
                completed: 0,
              })),
            ],
          ),
          table(
            t('partyForms'),
            [
              { header: t('form'), cell: (f: PartyBuilding['byForm'][number]) => label('form', f.form) },
              {
                header: t('organisations'),
                cell: (f) =>
                  fig.cell<{ byForm: Record<string, { organisations: number }> }>(
                    count(f.organisations),
                    `${t('partyForms')} · ${label('form', f.form)} · ${t('organisations')}`,
                    'partyBuilding',
                    'totals',
                    f.organisations,
                    (r) => r.byForm[f.form]!.organisations,
                  ),
                numeric: true,
              },
              {
                header: t('companies'),
                cell: (f) =>
                  fig.cell<{ byForm: Record<string, { companies: number }> }>(
                    count(f.companies),
                    `${t('partyForms')} · ${label('form', f.form)} · ${t('companies')}`,
                    'partyBuilding',
                    'totals',
                    f.companies,
                    (r) => r.byForm[f.form]!.companies,
                  ),
                numeric: true,
              },
            ],
            party.byForm,
          ),
        ),
      ),
    );
    return coverage.asOf;
  },
};
