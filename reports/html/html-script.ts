/**
 * The report's only script: sortable tables and the inventory filters. It is a constant (no data is interpolated
 * into it, the tables are rendered on the server), so the page's Content-Security-Policy can allow exactly this
 * script by hash. Reading the report needs no script at all.
 */
export const REPORT_SCRIPT = `
(() => {
  'use strict';
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

  function sortKey(row, index, numeric) {
    const cell = row.cells[index];
    const text = cell ? (cell.getAttribute('data-sort') ?? cell.textContent.trim()) : '';
    if (!numeric) return text;
    const n = Number(text.replace(/,/g, ''));
    return text === '' || Number.isNaN(n) ? -Infinity : n;
  }

  function sortTable(table, th, index) {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of th.parentElement.cells) {
      if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none');
    }
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const numeric = th.getAttribute('data-type') === 'number';
    for (const body of table.tBodies) {
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = sortKey(a, index, numeric);
        const y = sortKey(b, index, numeric);
        const order = numeric ? (x === y ? 0 : x < y ? -1 : 1) : collator.compare(x, y);
        return ascending ? order : -order;
      });
      body.append(...rows);
    }
  }

  for (const table of document.querySelectorAll('table.sortable')) {
    const head = table.tHead && table.tHead.rows[0];
    if (!head) continue;
    Array.from(head.cells).forEach((th, index) => {
      if (th.hasAttribute('data-nosort')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.title = 'Sort by this column';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => sortTable(table, th, index));
    });
  }

  const form = document.getElementById('inventory-filters');
  const table = document.getElementById('inventory-table');
  if (!form || !table) return;
  const rows = Array.from(table.tBodies[0].rows);
  const haystacks = new Map(
    rows.map((row) => [
      row,
      Array.from(row.querySelectorAll('.q'))
        .map((cell) => cell.textContent)
        .join(' ')
        .toLowerCase(),
    ]),
  );
  const ranks = { low: 0, medium: 1, high: 2 };
  const count = document.getElementById('inventory-count');
  const empty = document.getElementById('inventory-empty');
  const value = (name) => form.elements.namedItem(name).value;

  function apply() {
    const terms = value('q').trim().toLowerCase().split(/\\s+/).filter(Boolean);
    const category = value('category');
    const sensitivity = value('sensitivity');
    const confidence = value('confidence');
    const source = value('source');
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!category || d.category === category || d.category.startsWith(category + '.')) &&
        (!sensitivity || d.sensitivity === sensitivity) &&
        (!confidence || ranks[d.confidence] >= ranks[confidence]) &&
        (!source || d.source === source) &&
        terms.every((term) => haystacks.get(row).includes(term));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown === rows.length ? rows.length + ' fields' : shown + ' of ' + rows.length + ' fields';
    empty.hidden = shown > 0;
  }

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply, 0));
  for (const link of document.querySelectorAll('a[data-filter]')) {
    link.addEventListener('click', () => {
      form.reset();
      form.elements.namedItem('q').value = link.getAttribute('data-filter');
      apply();
    });
  }
  apply();
})();
`
