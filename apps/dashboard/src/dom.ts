/**
 * Building the page from data without HTML strings: every text goes in as a text node, so
 * nothing the API returns can become markup, and nothing needs inline script or style.
 */

type Child = Node | string | number | null | undefined | false;
type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** An element `tag` with `attributes` (false/null/undefined ones left out) and `children`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== null && child !== undefined && child !== false)
      parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces the children of `parent`. */
export function replace(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A column of a data table: its header and how a row shows in it. */
export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => Child | readonly Child[];
  /** Numeric columns align right. */
  readonly numeric?: boolean;
}

/**
 * An accessible data table: a caption, column headers with scope, one row per item. It
 * holds the exact figures a chart above it draws.
 */
export function table<R>(
  caption: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  attributes: Attributes = {},
): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      attributes,
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.header)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            {},
            columns.map((c) => h('td', { class: c.numeric ? 'num' : null }, c.cell(row))),
          ),
        ),
      ),
    ),
  );
}

/** A labelled figure: a big number with its name, marked for tests and assistive technology. */
export function figure(name: string, label: string, value: string): HTMLElement {
  return h('div', { class: 'figure' }, h('dt', {}, label), h('dd', { 'data-figure': name }, value));
}
