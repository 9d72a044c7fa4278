/**
 * The audit report as one self-contained HTML page: inline CSS and SVG, no script, no
 * external resource, print styles for A4. Pure: the same data gives the same bytes.
 */
import { type ItemChange, parseAsOf } from '@govledger/core';
import { audit } from '@govledger/governance';
import { escapeHtml as e } from './html.ts';
import { CHINA_STANDARD_TIME_MINUTES } from '../local-time.ts';
import type { ReportData } from './report-data.ts';
import { type ReportStrings, reportStrings } from './report-strings.ts';
import { columns, horizontalBars } from './svg-charts.ts';

/** Items listed per projection, and field changes per item. */
const ITEMS_SHOWN = 12;
const FIELDS_SHOWN = 6;
const FINDINGS_SHOWN = 50;

const STYLE = `
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:60em;color:#222;line-height:1.5}
h1{color:#b71c1c;border-bottom:3px solid #b71c1c;padding-bottom:.3em}
h2{color:#b71c1c;margin-top:1.6em;border-bottom:1px solid #ddd}
h3{margin-bottom:.3em}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.85em}
th,td{border:1px solid #ccc;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#f5f0f0}
td.num{text-align:right}
code,pre{font-family:"DejaVu Sans Mono",monospace;font-size:.8em;word-break:break-all;white-space:pre-wrap}
.ok{color:#1b5e20;font-weight:bold}.bad{color:#b71c1c;font-weight:bold}
.note{color:#555;font-size:.85em}
svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}@page{size:A4;margin:15mm}}
`;

type Row = readonly (string | number | boolean | null | readonly string[])[];

function table(headers: readonly string[], rows: readonly Row[], numeric: ReadonlySet<number> = new Set()): string {
  const head = headers.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${e(cellText(cell))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function cellText(cell: Row[number]): string {
  if (cell === null) return '—';
  if (Array.isArray(cell)) return cell.join(', ');
  if (typeof cell === 'number') return cell.toLocaleString('en-US');
  return String(cell);
}

const yuan = (fen: number) => (fen / 100).toFixed(2);
const status = (ok: boolean, t: ReportStrings) =>
  ok ? `<span class="ok">${e(t.passed)}</span>` : `<span class="bad">${e(t.failed)}</span>`;

function checkpointSection(data: ReportData, t: ReportStrings): string {
  const { checkpoint: c, verification: v } = data;
  const verifyText =
    v.mode === 'full'
      ? t.verifyFull(v.entriesChecked)
      : v.mode === 'period'
        ? t.verifyPeriod(v.entriesChecked, v.startCheckpointSize ?? null)
        : t.verifyCheckpoint;
  return `<h2>${e(t.checkpointSection)}</h2>
<table><tbody>
<tr><th>${e(t.origin)}</th><td>${e(c.origin)}</td></tr>
<tr><th>${e(t.size)}</th><td>${c.size.toLocaleString('en-US')}</td></tr>
<tr><th>${e(t.root)}</th><td><code>${e(c.root)}</code></td></tr>
<tr><th>${e(t.signature)}</th><td>${c.signatureValid ? `<span class="ok">${e(t.valid)}</span>` : `<span class="bad">${e(t.invalid)}</span>`}</td></tr>
<tr><th>${e(t.rootMatch)}</th><td>${status(c.rootMatches, t)}</td></tr>
<tr><th>${e(t.verification)}</th><td>${status(v.ok, t)} — ${e(verifyText)}${v.problem ? `<br><span class="bad">${e(v.problem)}</span>` : ''}</td></tr>
</tbody></table>
<pre>${e(c.note)}</pre>`;
}

function growthSection(data: ReportData, t: ReportStrings): string {
  const chart = columns(
    data.growth.map((g) => ({ label: (g.at ?? '').slice(0, 7), value: g.size })),
    { title: t.growthChart },
  );
  const consistency = data.consistency
    ? `<h3>${e(t.consistency(data.consistency.previousSize, data.checkpoint.size))}: ${status(data.consistency.ok, t)}</h3>
${data.consistency.problem ? `<p class="bad">${e(data.consistency.problem)}</p>` : ''}
<pre>${e(JSON.stringify(data.consistency.proof, null, 1))}</pre>`
    : `<p class="note">${e(t.noPrevious)}</p>`;
  return `<h2>${e(t.growthSection)}</h2><h3>${e(t.growthChart)}</h3>${chart}${consistency}`;
}

function actsSection(data: ReportData, t: ReportStrings, lang: 'zh' | 'en'): string {
  const types = Object.entries(data.acts.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, value]) => ({ label: audit.labelOf(audit.EVENT_LABELS, type, lang), value }));
  const months = Object.entries(data.acts.byMonth).map(([label, value]) => ({ label, value }));
  return `<h2>${e(t.actsSection)}</h2>
<p>${e(t.actsTotal(data.acts.total, data.acts.actors))}</p>
<h3>${e(t.actsByType)}</h3>${horizontalBars(types, { title: t.actsByType })}
<h3>${e(t.actsByMonth)}</h3>${columns(months, { title: t.actsByMonth })}
<h3>${e(t.topActors)}</h3>
${table(
  [t.actor, t.role, t.count],
  data.acts.topActors.map((a) => [a.actorId, a.role, a.count]),
  new Set([2]),
)}
<p class="note">${e(t.secretNote)}</p>`;
}

function findingsSection(data: ReportData, t: ReportStrings): string {
  const c = t.columns;
  const f = data.findings;
  const block = (key: keyof typeof f, headers: string[], rows: Row[], numeric: number[] = []) => {
    const shown = rows.slice(0, FINDINGS_SHOWN);
    const body = rows.length === 0 ? `<p>${e(t.none)}</p>` : table(headers, shown, new Set(numeric));
    const more = rows.length > shown.length ? `<p class="note">${e(t.moreItems(rows.length - shown.length))}</p>` : '';
    return `<h3>${e(t.findingTitles[key])} (${rows.length})</h3>${body}${more}`;
  };
  const people = data.complainants;
  return `<h2>${e(t.findingsSection)}</h2>
${block(
  'overdueComplaints',
  [
    c.complaintId!,
    c.communityId!,
    c.companyId!,
    c.status!,
    c.dueAt!,
    c.daysOverdue!,
    ...(people ? [c.complainant!] : []),
  ],
  f.overdueComplaints.map((o) => [
    o.complaintId,
    o.communityId,
    o.assigneeCompanyId ?? o.companyId,
    o.status,
    o.dueAt,
    o.daysOverdue,
    ...(people ? [JSON.stringify(people[o.complaintId] ?? null)] : []),
  ]),
  [5],
)}
${block(
  'emergencyDisbursements',
  [
    c.communityId!,
    c.disbursementId!,
    c.purpose!,
    c.amountFen!,
    c.emergency!,
    c.status!,
    c.requestedAt!,
    c.disbursedAt!,
  ],
  f.emergencyDisbursements.map((d) => [
    d.communityId,
    d.disbursementId,
    d.purpose,
    yuan(d.amountFen),
    d.emergency,
    d.status,
    d.requestedAt,
    d.disbursedAt,
  ]),
  [3],
)}
${block(
  'blackListedAwards',
  [c.companyId!, c.companyName!, c.projectId!, c.awardedAt!, c.blackListedIn!, c.duringSuspension!],
  f.blackListedAwards.map((a) => [
    a.companyId,
    a.companyName,
    a.projectId,
    a.awardedAt,
    a.blackListedIn,
    a.duringSuspension,
  ]),
)}
${block(
  'narrowVotes',
  [c.voteId!, c.communityId!, c.title!, c.closestCheck!, c.margin!],
  f.narrowVotes.map((v) => [
    v.voteId,
    v.communityId,
    v.title,
    `${v.closestCheck}: ${v.actual} / ${v.of} (≥ ${v.needed})`,
    `${(v.margin * 100).toFixed(2)}%`,
  ]),
  [4],
)}`;
}

function changeText(change: ItemChange, t: ReportStrings): string {
  if (change.kind === 'added') return `${t.added}: ${short(change.after)}`;
  if (change.kind === 'removed') return `${t.removed}: ${short(change.before)}`;
  const lines = change.fields.slice(0, FIELDS_SHOWN).map((f) => `${f.path}: ${short(f.before)} → ${short(f.after)}`);
  const more = change.fields.length - FIELDS_SHOWN + change.fieldsOmitted;
  return [...lines, ...(more > 0 ? [`… +${more}`] : [])].join('\n');
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

function diffSection(data: ReportData, t: ReportStrings, lang: 'zh' | 'en'): string {
  const parts = data.changes.map((p) => {
    const rows: Row[] = p.items
      .slice(0, ITEMS_SHOWN)
      .map((item) => [
        item.item,
        changeText(item, t),
        `${item.causes.map((r) => `#${r.index} ${audit.labelOf(audit.EVENT_LABELS, r.type, lang)}`).join(', ')}${item.causeCount > item.causes.length ? ` … (${item.causeCount})` : ''}`,
      ]);
    const more =
      p.items.length > ITEMS_SHOWN ? `<p class="note">${e(t.moreItems(p.items.length - ITEMS_SHOWN))}</p>` : '';
    return `<h3>${e(audit.labelOf(audit.PROJECTION_LABELS, p.name, lang))} <code>${e(p.name)}</code> — ${e(t.diffSummary(p.added, p.removed, p.changed))}</h3>
${rows.length > 0 ? table([t.item, t.change, t.causes], rows).replaceAll('\n', '<br>') : ''}${more}`;
  });
  return `<h2>${e(t.diffSection)}</h2>${parts.join('\n')}`;
}

const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A point of the period as asked: an entry, or a time (a bare date: the end of that day) in China Standard Time. */
function askedPoint(text: string, t: ReportStrings): string {
  const point = parseAsOf(text, CHINA_STANDARD_TIME_MINUTES);
  if (point === null) return text;
  if ('index' in point) return t.entryPoint(point.index);
  return CHINA_TIME.format(new Date(point.time));
}

/** The report page in `lang` (Chinese by default). */
export function renderReport(data: ReportData, lang: 'zh' | 'en' = 'zh'): string {
  const t = reportStrings(lang);
  const { period } = data;
  // The period as asked for, in China Standard Time, when the command line gave it; else the
  // recorded times of its first and last entries.
  const span = period.asked
    ? t.askedPeriod(askedPoint(period.asked.from, t), askedPoint(period.asked.to, t))
    : `${period.fromAt ?? t.emptyLedger} — ${period.toAt ?? t.emptyLedger}`;
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(t.title)} ${e(span)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(t.title)}</h1>
<p><strong>${e(t.period)}</strong>: ${e(span)} (${e(t.entries(period.fromSize, period.toSize - 1))})</p>
<p class="note">${e(t.personalNote(data.complainants !== null))}</p>
${checkpointSection(data, t)}
${growthSection(data, t)}
${actsSection(data, t, lang)}
${findingsSection(data, t)}
${diffSection(data, t, lang)}
<p class="note">${e(t.footer)}</p>
</body></html>
`;
}
