// Small shared pieces: problem display, labelled fields with their error, data loading, paging.
import { html, useState, useEffect, useRef } from './preact-htm.js';

/** The problem's detail, in a live region so a screen reader announces it. */
export function Problem({ error }) {
  if (!error) return null;
  const fields = error.problem?.errors || [];
  return html`<div class="problem" role="alert">
    <strong>${error.message}</strong>
    ${fields.length > 0 && html`<ul>${fields.map((f) => html`<li><code>${f.path}</code>: ${f.message}</li>`)}</ul>`}
  </div>`;
}

export function Notice({ text }) {
  return text ? html`<div class="notice" role="status">${text}</div>` : null;
}

let fieldSeq = 0;
/** A labelled input with the server's message for its JSON pointer (`path`) next to it. */
export function Field({ label, path, errors, value, onInput, type = 'text', children, ...rest }) {
  const id = useRef(`f${++fieldSeq}`).current;
  const message = errors && path ? errors[path] : undefined;
  const common = {
    id,
    'aria-invalid': message ? 'true' : undefined,
    'aria-describedby': message ? `${id}-err` : undefined,
    ...rest,
  };
  let control;
  if (children) control = html`<select ...${common} value=${value} onChange=${(e) => onInput(e.target.value)}>${children}</select>`;
  else if (type === 'textarea') control = html`<textarea ...${common} value=${value} onInput=${(e) => onInput(e.target.value)} />`;
  else control = html`<input ...${common} type=${type} value=${value} onInput=${(e) => onInput(e.target.value)} />`;
  return html`<div>
    <label for=${id}>${label}</label>
    ${control}
    ${message && html`<p class="field-error" id="${id}-err">${message}</p>`}
  </div>`;
}

/** Loads `load()` whenever `deps` change: `{ data, error, reload }`. */
export function useLoad(load, deps) {
  const [state, setState] = useState({ data: undefined, error: undefined });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ data: s.data, error: undefined }));
    load().then(
      (data) => live && setState({ data, error: undefined }),
      (error) => live && setState({ data: undefined, error }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

/** `value` once it has stopped changing for `ms`. */
export function useDebounced(value, ms = 300) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** Cursor paging: the cursors of the pages before this one, kept for "Previous". */
export function useCursor(resetKey) {
  const [stack, setStack] = useState([undefined]);
  useEffect(() => setStack([undefined]), [resetKey]);
  const cursor = stack[stack.length - 1];
  return {
    cursor,
    Pager: ({ nextCursor }) => html`<div class="pager">
      <button class="secondary" disabled=${stack.length < 2} onClick=${() => setStack(stack.slice(0, -1))}>Previous page</button>
      <button class="secondary" disabled=${!nextCursor} onClick=${() => setStack([...stack, nextCursor])}>Next page</button>
    </div>`,
  };
}

/** Runs a write: `busy`, the error and a success notice, for one form. */
export function useAction() {
  const [state, setState] = useState({ busy: false, error: undefined, notice: '' });
  const run = async (fn, notice = '') => {
    setState({ busy: true, error: undefined, notice: '' });
    try {
      const result = await fn();
      setState({ busy: false, error: undefined, notice });
      return result;
    } catch (error) {
      setState({ busy: false, error, notice: '' });
      return undefined;
    }
  };
  return { ...state, run, errors: state.error?.fieldErrors ? state.error.fieldErrors() : {} };
}

export function Loading({ error }) {
  return error ? html`<${Problem} error=${error} />` : html`<p class="muted" role="status">Loading…</p>`;
}
