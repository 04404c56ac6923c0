// Catalog import (CSV or NDJSON upload, progress from the job) and export (a download).
import { html, useState, useEffect } from './preact-htm.js';
import { get, ApiError, csrf } from './api.js';
import { Problem, Notice } from './ui.js';

const TYPES = { csv: 'text/csv', ndjson: 'application/x-ndjson', jsonl: 'application/x-ndjson' };

export function Transfer({ can }) {
  const [file, setFile] = useState(null);
  const [jobId, setJobId] = useState(null);
  const [job, setJob] = useState(null);
  const [error, setError] = useState(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!jobId) return undefined;
    let live = true;
    const poll = async () => {
      try {
        const j = await get(`/admin/jobs/${encodeURIComponent(jobId)}`);
        if (!live) return;
        setJob(j);
        if (j.status === 'queued' || j.status === 'running') setTimeout(poll, 1000);
      } catch (e) {
        if (live) setError(e);
      }
    };
    poll();
    return () => {
      live = false;
    };
  }, [jobId]);
  const upload = async (e) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setJob(null);
    try {
      const extension = file.name.split('.').pop().toLowerCase();
      const res = await fetch('/admin/products/import', {
        method: 'POST',
        headers: { 'content-type': TYPES[extension] || 'text/csv', 'x-csrf-token': csrf(), accept: 'application/json' },
        body: file,
      });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) throw new ApiError(res.status, body);
      setJobId(body.jobId);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const state = job?.result || job?.progress || {};
  const total = Number(state.totalRows) || 0;
  const done = job?.status === 'succeeded' ? total : Number(state.processedRows) || 0;
  const percent = total ? Math.round((done / total) * 100) : job?.status === 'succeeded' ? 100 : 0;
  return html`<h1>Import and export</h1>
    <h2>Export</h2>
    <p>The whole catalog, one row per variant, in the format the import reads:
      <a href="/admin/products/export?format=csv" download="products.csv">CSV</a> ·
      <a href="/admin/products/export?format=ndjson" download="products.ndjson">NDJSON</a></p>
    ${can('products:write') &&
    html`<h2>Import</h2>
      <form onSubmit=${upload} id="import-form">
        <label for="import-file">CSV or NDJSON file</label>
        <input id="import-file" type="file" accept=".csv,.ndjson,.jsonl,text/csv" onChange=${(e) => setFile(e.target.files[0] || null)} />
        <p><button type="submit" disabled=${busy || !file}>Import</button></p>
      </form>`}
    <${Problem} error=${error} />
    ${job &&
    html`<div>
      <label for="import-progress">Import ${job.status}: ${done} of ${total || '?'} rows</label>
      <progress id="import-progress" max="100" value=${percent}>${percent} %</progress> <span id="import-percent">${percent} %</span>
      ${job.status === 'succeeded' &&
      html`<${Notice} text=${`Done: ${state.productsCreated ?? 0} products created, ${state.productsUpdated ?? 0} updated, ${state.failedRows ?? 0} rows refused.`} />`}
      ${job.lastError && html`<div class="problem" role="alert">${job.lastError}</div>`}
      ${(state.errors || []).length > 0 &&
      html`<table>
        <thead><tr><th scope="col">Row</th><th scope="col">Field</th><th scope="col">Problem</th></tr></thead>
        <tbody>${state.errors.map((x) => html`<tr><td>${x.row}</td><td><code>${x.path}</code></td><td>${x.message}</td></tr>`)}</tbody>
      </table>`}
    </div>`}`;
}
