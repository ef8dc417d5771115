// 2,000 rows of 10 nodes each (row, 4 cells, 4 text nodes, 1 badge) = 20,000 nodes.
const table = document.createElement('table');
const rows = document.createElement('tbody');
for (let i = 0; i < 2000; i++) {
  const row = document.createElement('tr');
  for (const text of [`Bed ${i + 1}`, `Ward ${(i % 30) + 1}`, i % 3 ? 'Occupied' : 'Free']) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  const cell = document.createElement('td');
  const badge = document.createElement('span');
  badge.textContent = `${i % 5}`;
  cell.append(badge);
  row.append(cell);
  rows.append(row);
}
table.append(rows);
document.body.append(table);
document.body.dataset.nodes = String(document.getElementsByTagName('*').length);
