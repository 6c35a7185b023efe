/** The card's styles, inside its shadow root only. Sizes in `em` follow the page's font size. */
export const CARD_CSS = `
:host { all: initial; }
.sr-only {
  position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.layer:focus { outline: none; }
.layer {
  position: fixed; top: 0; left: 0; font: 1em/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: var(--page-font, 15px);
}
.card {
  --bg: #ffffff; --fg: #1d2430; --muted: #535e6c; --accent: #1b56a0; --line: #c9d1db;
  box-sizing: border-box; width: min(22em, var(--max-w, calc(100vw - 16px))); max-height: min(36em, var(--max-h, calc(100vh - 16px)));
  overflow: auto; padding: 0.8em 0.95em 0.6em; border-radius: 10px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18);
  overflow-wrap: anywhere; text-align: start;
}
.layer[data-theme="dark"] .card {
  --bg: #1e232b; --fg: #e8ecf1; --muted: #a6b0bd; --accent: #8ab8f5; --line: #3a4350;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5);
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 0.5em; }
.tools { display: flex; align-items: center; gap: 0.25em; }
.tool, .action {
  all: unset; cursor: pointer; font-size: 0.78em; padding: 0.15em 0.5em; border-radius: 999px;
  border: 1px solid var(--line); color: var(--fg);
}
.tool[aria-pressed="true"] { background: var(--accent); color: var(--bg); border-color: var(--accent); }
.tool:hover, .action:hover { border-color: var(--accent); }
.tool:focus-visible, .action:focus-visible, .why summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.facts { margin: 0 0 0.5em; padding-inline-start: 1.1em; font-size: 0.92em; }
.why { margin: 0.4em 0 0; font-size: 0.85em; color: var(--muted); }
.why summary { cursor: pointer; }
.why p { margin: 0.25em 0 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.4em; margin-top: 0.55em; }
.category { font-size: 0.75em; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
.close {
  all: unset; cursor: pointer; font-size: 1.2em; line-height: 1; padding: 0.1em 0.35em; border-radius: 4px;
  color: var(--muted);
}
.close:hover, .close:focus-visible { color: var(--fg); outline: 2px solid var(--accent); }
.label { margin: 0.15em 0 0.3em; font-size: 1.1em; font-weight: 650; }
.summary, .note { margin: 0 0 0.5em; }
.note { font-style: italic; }
.roles { margin: 0 0 0.5em; padding-top: 0.4em; border-top: 1px solid var(--line); }
.role-group strong { font-size: 0.85em; }
.role-group ul { margin: 0.1em 0 0.35em; padding-inline-start: 1.1em; }
.muted { color: var(--muted); font-size: 0.9em; }
.more { color: var(--accent); text-decoration: underline; }
.more:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.foot { margin: 0.5em 0 0; font-size: 0.75em; color: var(--muted); }
@media (prefers-reduced-motion: no-preference) {
  .card { animation: appear 120ms ease-out; }
  @keyframes appear { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
`;
