// CareBoard (demo): a pretend web EHR page for showing Kindling on.
// Every patient, clinician and number below is invented.

const PATIENTS = [
  {
    bed: 'A1',
    name: 'PENNYWHISTLE, Ottoline',
    id: 'DEMO-100231',
    age: 84,
    sex: 'F',
    news: 2,
    consultant: 'Dr Larkspur',
    plan: 'Fall at home, no fracture. OT/PT review, aim home Fri.',
    tasks: ['PT review'],
  },
  {
    bed: 'A2',
    name: 'THISTLEWOOD, Barnaby',
    id: 'DEMO-100877',
    age: 67,
    sex: 'M',
    news: 6,
    consultant: 'Dr Oakhart',
    plan: 'CAP, day 2 IV antibiotics. Repeat CRP, chase cultures.',
    tasks: ['Bloods 14:00', 'Obs 1-hourly'],
  },
  {
    bed: 'A3',
    name: 'FEATHERSTONE, Marigold',
    id: 'DEMO-101402',
    age: 72,
    sex: 'F',
    news: 0,
    consultant: 'Dr Larkspur',
    plan: 'Medically fit. Awaiting package of care.',
    tasks: ['TTO to pharmacy'],
  },
  {
    bed: 'A4',
    name: 'QUIBBLE, Cornelius',
    id: 'DEMO-101955',
    age: 58,
    sex: 'M',
    news: 3,
    consultant: 'Dr Fennimore',
    plan: 'AKI on CKD3. IV fluids, strict fluid balance, U&E at 16:00.',
    tasks: ['U&E 16:00', 'Fluid chart'],
  },
  {
    bed: 'B1',
    name: 'BRAMBLEWICK, Hyacinth',
    id: 'DEMO-102310',
    age: 91,
    sex: 'F',
    news: 5,
    consultant: 'Dr Oakhart',
    plan: 'Delirium, ?UTI. Treat, 4AT daily, family meeting 15:00.',
    tasks: ['Family mtg 15:00'],
  },
  {
    bed: 'B2',
    name: 'MOSSBOTTOM, Percival',
    id: 'DEMO-102688',
    age: 76,
    sex: 'M',
    news: 1,
    consultant: 'Dr Fennimore',
    plan: 'Heart failure, diuresing well. Daily weight.',
    tasks: ['Daily weight'],
  },
  {
    bed: 'B3',
    name: 'TUMBLEWEED, Winifred',
    id: 'DEMO-103041',
    age: 63,
    sex: 'F',
    news: 7,
    consultant: 'Dr Larkspur',
    plan: 'Sepsis, source unclear. Outreach aware. Escalate if MAP < 65.',
    tasks: ['Outreach', 'Lactate 13:30'],
  },
  {
    bed: 'B4',
    name: 'PUDDINGSTONE, Ezekiel',
    id: 'DEMO-103519',
    age: 49,
    sex: 'M',
    news: 2,
    consultant: 'Dr Oakhart',
    plan: 'Alcohol withdrawal. CIWA scoring, Pabrinex day 2 of 3.',
    tasks: ['CIWA 4-hourly'],
  },
  {
    bed: 'C1',
    name: 'ASHGROVE, Clementine',
    id: 'DEMO-104233',
    age: 81,
    sex: 'F',
    news: 4,
    consultant: 'Dr Fennimore',
    plan: 'COPD exacerbation. Target SpO2 88–92%. Steroids day 3/5.',
    tasks: ['ABG if drowsy'],
  },
  {
    bed: 'C2',
    name: 'HOLLYHOCK, Augustin',
    id: 'DEMO-104870',
    age: 69,
    sex: 'M',
    news: 0,
    consultant: 'Dr Larkspur',
    plan: 'Syncope, echo booked tomorrow. Telemetry.',
    tasks: [],
  },
  {
    bed: 'SR1',
    name: 'DRIZZLEFORD, Philippa',
    id: 'DEMO-105126',
    age: 55,
    sex: 'F',
    news: 3,
    consultant: 'Dr Oakhart',
    plan: 'C. diff (side room). Oral vancomycin, stool chart.',
    tasks: ['Stool chart'],
  },
  {
    bed: 'SR2',
    name: 'WOBBLESWORTH, Fitzgerald',
    id: 'DEMO-105733',
    age: 88,
    sex: 'M',
    news: 1,
    consultant: 'Dr Fennimore',
    plan: 'End of life care. Family visiting freely. Comfort focus.',
    tasks: ['Syringe driver'],
  },
];

const TASKS = [
  { time: '13:30', bed: 'B3', text: 'Repeat lactate', who: 'FY1' },
  { time: '14:00', bed: 'A2', text: 'Bloods: FBC, CRP, U&E', who: 'Phlebotomy' },
  { time: '14:30', bed: 'B3', text: 'Critical care outreach review', who: 'Outreach' },
  { time: '15:00', bed: 'B1', text: 'Family meeting (relatives room)', who: 'Dr Oakhart' },
  { time: '16:00', bed: 'A4', text: 'U&E, review fluid balance', who: 'FY2' },
  { time: '16:30', bed: 'A3', text: 'TTO to pharmacy for discharge', who: 'FY1' },
  { time: '17:00', bed: 'SR2', text: 'Syringe driver check', who: 'Nurse in charge' },
];

/** NEWS2 clinical risk band for the aggregate score. */
function newsBand(score) {
  if (score >= 7) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderBoard(tbody) {
  for (const p of PATIENTS) {
    const row = el('tr');
    row.dataset.search = `${p.bed} ${p.name} ${p.id} ${p.consultant}`.toLowerCase();

    row.append(el('td', 'bed', p.bed));

    const who = el('td', 'patient');
    who.append(el('span', 'patient-name', p.name), el('span', 'patient-id', p.id));
    row.append(who);

    row.append(el('td', 'age', `${p.age} ${p.sex}`));

    const news = el('td', 'news');
    const chip = el('span', `news-chip news-${newsBand(p.news)}`, String(p.news));
    chip.title = `NEWS2 ${p.news} (${newsBand(p.news)} risk)`;
    news.append(chip);
    row.append(news);

    row.append(el('td', 'consultant', p.consultant));
    row.append(el('td', 'plan', p.plan));

    const due = el('td', 'due');
    if (p.tasks.length === 0) due.append(el('span', 'muted', '—'));
    for (const t of p.tasks) due.append(el('span', 'task-tag', t));
    row.append(due);

    tbody.append(row);
  }
  const empty = el('tr', 'empty-row');
  empty.hidden = true;
  const cell = el('td', '', 'No patients match your search.');
  cell.colSpan = 7;
  empty.append(cell);
  tbody.append(empty);
}

function renderTasks(list, countEl) {
  for (const [i, t] of TASKS.entries()) {
    const item = el('li', 'task');
    const label = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.id = `task-${i}`;
    box.addEventListener('change', () => {
      item.classList.toggle('done', box.checked);
      updateCount();
    });
    const body = el('span', 'task-body');
    body.append(
      el('span', 'task-time', t.time),
      el('span', 'task-bed', t.bed),
      el('span', 'task-text', t.text),
      el('span', 'task-who', t.who),
    );
    label.append(box, body);
    item.append(label);
    list.append(item);
  }
  function updateCount() {
    const open = list.querySelectorAll('.task:not(.done)').length;
    countEl.textContent = String(open);
  }
  updateCount();
}

function setUpSearch(input, tbody, countEl) {
  const filter = () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const row of tbody.querySelectorAll('tr[data-search]')) {
      const match = !q || row.dataset.search.includes(q);
      row.hidden = !match;
      if (match) shown++;
    }
    tbody.querySelector('.empty-row').hidden = shown > 0;
    if (countEl) countEl.textContent = String(shown);
  };
  input.addEventListener('input', filter);
  filter();
}

function setUpNoteDialog(dialog, patientSelect, toast) {
  for (const p of PATIENTS) {
    const opt = el('option', '', `${p.bed} – ${p.name}`);
    opt.value = p.id;
    patientSelect.append(opt);
  }
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'save') showToast(toast, 'Note saved (demo only, nothing is stored).');
    dialog.returnValue = '';
    dialog.querySelector('form').reset();
  });
}

function showToast(toast, message) {
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(() => {
    toast.hidden = true;
  }, 3000);
}

function openNote(dialog) {
  if (dialog.open) return;
  // Non-modal on purpose: a modal dialog would make the rest of the page inert.
  dialog.show();
  dialog.querySelector('textarea').focus();
}

/** True when a keystroke is meant as typing, not as an app shortcut. */
function isTyping(target) {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

function setUpShortcuts({ search, dialog, counter, lastShortcut }) {
  let keydowns = 0;
  const fired = (name) => {
    if (lastShortcut) lastShortcut.textContent = name;
  };

  // Bubble phase on document, as most web apps do: a key that an extension
  // UI keeps to itself must never show up here.
  document.addEventListener('keydown', (event) => {
    keydowns++;
    if (counter) counter.textContent = String(keydowns);

    if (event.key === 'Escape' && dialog && dialog.open) {
      event.preventDefault();
      dialog.close();
      fired('Escape: closed note');
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target)) return;

    if (event.key === '/' && search) {
      event.preventDefault();
      search.focus();
      search.select();
      fired('/: search');
    } else if ((event.key === 'n' || event.key === 'N') && dialog) {
      event.preventDefault();
      openNote(dialog);
      fired('N: new note');
    }
  });
}

function init() {
  const byId = (id) => document.getElementById(id);

  const tbody = byId('board-body');
  if (tbody) renderBoard(tbody);

  const taskList = byId('task-list');
  if (taskList) renderTasks(taskList, byId('task-count'));

  const search = byId('patient-search');
  if (search && tbody) setUpSearch(search, tbody, byId('patient-count'));

  const dialog = byId('note-dialog');
  if (dialog) {
    setUpNoteDialog(dialog, byId('note-patient'), byId('toast'));
    byId('new-note')?.addEventListener('click', () => openNote(dialog));
  }

  setUpShortcuts({ search, dialog, counter: byId('page-keystrokes'), lastShortcut: byId('last-shortcut') });

  const clock = byId('clock');
  if (clock) {
    const tick = () => {
      clock.textContent = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    };
    tick();
    setInterval(tick, 30_000);
  }
}

init();
