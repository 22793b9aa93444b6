// The analyst's desk page: the board of incidents, one incident with its evidence, live through /events.
// Plain JavaScript, no build step. Text from reports is only ever set as textContent, never as HTML.
'use strict';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const $ = (id) => document.getElementById(id);

let openIncident = null;      // the id of the incident shown, or null
let evidenceOf = [];          // conclusion number -> its evidence list

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(path) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}});
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function say(text, isError) {
  const status = $('add-status');
  status.textContent = text;
  status.classList.toggle('error', !!isError);
}

// ---- adding reports ----

async function postReport(text, id) {
  const body = {text};
  if (id && ID_PATTERN.test(id)) body.id = id;
  const response = await fetch('reports', {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.detail || answer.title);
  return answer;
}

function describeOutcome(answer) {
  return answer.incident
    ? `Report ${answer.report} added to ${answer.incident} (${answer.changes.length} incident(s) changed).`
    : `Report ${answer.report} added; it describes no incident.`;
}

async function addFromForm(event) {
  event.preventDefault();
  const text = $('report-text').value;
  if (!text.trim()) {
    say('Paste a report first.', true);
    return;
  }
  $('add-button').disabled = true;
  say('Analysing…');
  try {
    const answer = await postReport(text, $('report-id').value.trim());
    $('report-text').value = '';
    $('report-id').value = '';
    say(describeOutcome(answer));
    await refreshBoard();
  } catch (e) {
    say('Not added: ' + e.message, true);
  } finally {
    $('add-button').disabled = false;
  }
}

async function addFiles(files) {
  const messages = [];
  for (const file of files) {
    say(`Analysing ${file.name}…`);
    try {
      const answer = await postReport(await file.text(), file.name.replace(/\.txt$/i, ''));
      messages.push(describeOutcome(answer));
    } catch (e) {
      messages.push(`${file.name} not added: ${e.message}`);
    }
  }
  say(messages.join(' '), messages.some((m) => m.includes('not added')));
  await refreshBoard();
}

// ---- the board ----

function dateOf(line) {
  if (!line.from) return '';
  return line.to && line.to !== line.from ? `${line.from} – ${line.to}` : line.from;
}

function typeName(type) {
  return type ? type.replaceAll('_', ' ').toLowerCase() : '—';
}

async function refreshBoard() {
  const {incidents} = await getJson('incidents');
  const rows = incidents.map((line) => el('tr', {'data-incident': line.id, class: line.id === openIncident ? 'open' : null},
    el('th', {scope: 'row'}, el('a', {href: '#' + line.id, class: 'incident-link'}, line.id)),
    el('td', {}, typeName(line.primaryType)),
    el('td', {}, [line.place, line.country].filter(Boolean).join(', ') || '—'),
    el('td', {}, dateOf(line) || '—'),
    el('td', {class: 'num'}, line.reports.length),
    el('td', {class: 'num' + (line.inconsistencies ? ' flagged' : '')}, line.inconsistencies)));
  $('board').tBodies[0].replaceChildren(...rows);
  $('board-empty').hidden = incidents.length > 0;
  if (openIncident && !incidents.some((line) => line.id === openIncident)) {
    closeIncident();
  }
}

// ---- one incident ----

function conclusion(label, evidence, kind) {
  const n = evidenceOf.length;
  evidenceOf.push(evidence || []);
  return el('button', {type: 'button', class: 'conclusion k-' + kind, 'data-conclusion': n,
    disabled: !(evidence && evidence.length), onclick: () => showWords(n)}, label);
}

function claimLabel(claim) {
  const figure = claim.value !== null && claim.value !== undefined ? claim.value
    : [claim.min, claim.max].filter((v) => v !== null && v !== undefined).join('–') || 'some';
  const source = claim.source ? ` (${claim.source.name || claim.source.kind})` : '';
  return `${figure} ${claim.subject.toLowerCase().replaceAll('_', ' ')} ${claim.status.toLowerCase()}${source}`;
}

/** Cuts each report's text at every evidence edge and sentence edge, so a span can be marked on its own. */
function renderReports(reports, spans) {
  const container = $('reports');
  container.replaceChildren();
  for (const report of reports) {
    const text = report.text;
    const mine = spans.filter((s) => s.document === report.id && s.start < s.end && s.end <= text.length);
    const sentences = [];
    const ends = /[.!?]["'’”)\]]*\s+|\n\s*\n/g;
    let from = 0;
    for (let m; (m = ends.exec(text)) !== null;) {
      sentences.push([from, m.index + m[0].length]);
      from = m.index + m[0].length;
    }
    if (from < text.length) sentences.push([from, text.length]);
    const cuts = new Set([0, text.length]);
    mine.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    sentences.forEach(([a]) => cuts.add(a));
    const points = [...cuts].sort((a, b) => a - b);
    const body = el('div', {class: 'report-text', id: 'report-' + report.id});
    let sentence = 0;
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      while (sentence + 1 < sentences.length && sentences[sentence + 1][0] <= a) sentence++;
      const covering = mine.filter((s) => s.start <= a && b <= s.end);
      const piece = text.slice(a, b);
      if (covering.length) {
        const kinds = [...new Set(covering.map((s) => 'k-' + s.kind))].join(' ');
        body.append(el('mark', {class: 'ev ' + kinds, 'data-sentence': sentence,
          'data-conclusions': ' ' + covering.map((s) => s.conclusion).join(' ') + ' '}, piece));
      } else {
        body.append(el('span', {'data-sentence': sentence}, piece));
      }
    }
    const info = [report.date, report.source].filter(Boolean).join(' · ');
    container.append(el('article', {class: 'report', 'data-report': report.id},
      el('h4', {}, report.id, info ? el('small', {}, ' ' + info) : null), body));
  }
}

function showWords(n) {
  document.querySelectorAll('.report-text .active, .report-text .in-sentence')
    .forEach((node) => node.classList.remove('active', 'in-sentence'));
  document.querySelectorAll('button.conclusion[aria-pressed]').forEach((b) => b.removeAttribute('aria-pressed'));
  const chosen = document.querySelector(`button.conclusion[data-conclusion="${n}"]`);
  if (chosen) chosen.setAttribute('aria-pressed', 'true');
  let first = null;
  for (const ev of evidenceOf[n]) {
    const report = document.getElementById('report-' + ev.document);
    if (!report) continue;
    const marks = [...report.querySelectorAll(`mark[data-conclusions~="${n}"]`)];
    for (const mark of marks) {
      mark.classList.add('active');
      report.querySelectorAll(`[data-sentence="${mark.dataset.sentence}"]`)
        .forEach((node) => node.classList.add('in-sentence'));
    }
    first = first || marks[0];
  }
  if (first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
}

const SHOWN_PER_PART = 6;

function deltaList(title, delta, label) {
  if (!delta || (!delta.new.length && !delta.withdrawn.length)) return null;
  const entries = [...delta.new.map((e) => el('span', {class: 'added'}, '+ ' + label(e))),
    ...delta.withdrawn.map((e) => el('span', {class: 'withdrawn'}, '− ' + label(e)))];
  const more = entries.length - SHOWN_PER_PART;
  return el('li', {}, el('strong', {}, `${title} (+${delta.new.length} −${delta.withdrawn.length})`),
    entries.slice(0, SHOWN_PER_PART), more > 0 ? el('span', {class: 'more'}, `… and ${more} more`) : null);
}

function words(code) {
  return (code || '').toLowerCase().replaceAll('_', ' ');
}

function renderChange(change) {
  if (!change) return el('p', {class: 'empty'}, 'No change recorded.');
  const who = change.report ? `report ${change.report} ${change.action}` : 'rules reloaded';
  return el('div', {},
    el('p', {}, `${change.state} by ${who}`),
    el('ul', {class: 'changes'},
      deltaList('reports', change.documents, (d) => d),
      deltaList('types', change.types, (t) => typeName(t.type)),
      deltaList('claims', change.claims, claimLabel),
      deltaList('actors', change.actors, (a) => a.name),
      deltaList('affiliations', change.affiliations, (f) => `${f.actor} ${words(f.relation)} ${f.targetName || f.target} (${f.status})`),
      deltaList('inconsistencies', change.inconsistencies, (i) => `${i.kind}: ${i.explanation || ''}`)));
}

function renderIncident(body, history) {
  const incident = body.incident;
  evidenceOf = [];
  const spans = [];
  const track = (evidence, kind) => {
    const n = evidenceOf.length; // the conclusion about to be made
    (evidence || []).forEach((e) => spans.push({...e, kind, conclusion: n}));
  };
  $('incident-title').textContent = `${incident.id}: ${typeName(incident.types[0] && incident.types[0].type)}`;
  const place = incident.location ? [incident.location.place, incident.location.country].filter(Boolean).join(', ') : 'place unknown';
  const date = incident.date ? dateOf(incident.date) : 'date unknown';
  $('incident-summary').textContent = `${place} · ${date} · ${incident.documents.length} report(s)`;

  const claimsById = new Map(incident.claims.map((c) => [c.id, c]));
  $('types').replaceChildren(...incident.types.map((t) => {
    track(t.evidence, 'trigger');
    return el('li', {}, conclusion(`${typeName(t.type)} (${t.confidence})`, t.evidence, 'trigger'));
  }));
  $('claims').replaceChildren(...incident.claims.map((c) => {
    track(c.evidence, 'claim');
    return el('li', {}, conclusion(claimLabel(c), c.evidence, 'claim'), el('small', {}, ' ' + c.document));
  }));
  $('actors').replaceChildren(...incident.actors.map((a) => {
    track(a.evidence, 'actor');
    const affiliations = (a.affiliations || []).map((f) => {
      track(f.evidence, 'actor');
      return el('li', {}, conclusion(`${words(f.relation)} ${f.targetName || f.target}: ${f.status}`,
        f.evidence, 'actor'));
    });
    return el('li', {}, conclusion(`${a.name} (${(a.roles || []).join(', ').toLowerCase() || a.kind.toLowerCase()})`,
      a.evidence, 'actor'), affiliations.length ? el('ul', {class: 'plain'}, affiliations) : null);
  }));
  $('inconsistencies').replaceChildren(...(incident.inconsistencies.length ? incident.inconsistencies.map((i) => {
    track(i.evidence, 'claim');
    const restsOn = (i.claims || []).map((id) => claimsById.get(id)).filter(Boolean);
    return el('li', {class: 'inconsistency sev-' + (i.severity || '').toLowerCase()},
      conclusion(`${i.kind} (${i.severity})`, i.evidence, 'claim'), el('p', {}, i.explanation || ''),
      restsOn.length ? el('p', {class: 'rests'}, 'Rests on: ', restsOn.map((c) => claimLabel(c) + ' [' + c.document + ']').join('; ')) : null);
  }) : [el('li', {class: 'empty'}, 'None.')]));

  $('figures').replaceChildren(...(incident.quantities || []).map((q) => el('table', {class: 'figures'},
    el('caption', {}, `${q.subject.toLowerCase().replaceAll('_', ' ')} ${q.status.toLowerCase()}: best ${q.best ?? '?'} (${q.low ?? '?'}–${q.high ?? '?'})`),
    el('thead', {}, el('tr', {}, ['report', 'figure', 'source', 'stance', 'credibility'].map((h) => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, q.figures.map((f) => el('tr', {},
      el('td', {}, f.document), el('td', {class: 'num'}, f.value ?? [f.min, f.max].filter((v) => v != null).join('–')),
      el('td', {}, f.source || f.sourceKind || '—'), el('td', {}, (f.stance || '').toLowerCase()),
      el('td', {class: 'num'}, f.credibility ?? '—')))))));
  if (!(incident.quantities || []).length) $('figures').replaceChildren(el('p', {class: 'empty'}, 'No figures.'));

  const sources = new Map();
  for (const c of incident.claims) {
    const name = c.source ? (c.source.name || c.source.kind) : 'the report itself';
    const key = c.document + '|' + name;
    if (!sources.has(key)) sources.set(key, {document: c.document, name, kind: c.source && c.source.kind, grades: new Set()});
    if (c.grade) sources.get(key).grades.add(`${c.grade.reliability}${c.grade.credibility}`);
  }
  $('sources').replaceChildren(el('table', {class: 'sources'},
    el('thead', {}, el('tr', {}, ['report', 'source', 'kind', 'grades'].map((h) => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, [...sources.values()].map((s) => el('tr', {}, el('td', {}, s.document), el('td', {}, s.name),
      el('td', {}, (s.kind || '—').toLowerCase()), el('td', {}, [...s.grades].join(', ') || '—'))))));

  const changes = history.changes;
  $('last-change').replaceChildren(renderChange(changes[changes.length - 1]));
  renderReports(body.reports, spans);
}

async function openIncidentView(id, focus) {
  try {
    const [body, history] = await Promise.all([getJson('incidents/' + encodeURIComponent(id)),
      getJson('incidents/' + encodeURIComponent(id) + '/history')]);
    openIncident = id;
    renderIncident(body, history);
    $('incident').hidden = false;
    document.querySelectorAll('#board tr[data-incident]')
      .forEach((row) => row.classList.toggle('open', row.dataset.incident === id));
    if (focus) $('incident-title').focus();
  } catch (e) {
    say(`Cannot open ${id}: ${e.message}`, true);
  }
}

function closeIncident() {
  openIncident = null;
  $('incident').hidden = true;
}

function fromHash(focus) {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) openIncidentView(id, focus);
  else closeIncident();
}

// ---- live ----

function listen() {
  const events = new EventSource('events');
  events.addEventListener('open', () => { $('live').textContent = 'live'; $('live').className = 'live on'; });
  events.addEventListener('error', () => { $('live').textContent = 'reconnecting…'; $('live').className = 'live'; });
  events.addEventListener('change', async (message) => {
    const outcome = JSON.parse(message.data);
    await refreshBoard();
    if (openIncident && outcome.changes.some((c) => c.incident === openIncident)) {
      await openIncidentView(openIncident, false);
    }
  });
}

document.addEventListener('DOMContentLoaded', () => {
  $('add-form').addEventListener('submit', addFromForm);
  $('files').addEventListener('change', (e) => addFiles([...e.target.files]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    addFiles([...e.dataTransfer.files]);
  });
  window.addEventListener('hashchange', () => fromHash(true));
  refreshBoard().then(() => fromHash(false)).catch((e) => say('The desk does not answer: ' + e.message, true));
  listen();
});
