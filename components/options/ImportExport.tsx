import { useEffect, useRef, useState } from 'preact/hooks';
import { applyDryRun, dryRun, type DryRun } from '../../lib/glossary/dry-run';
import { backupJson, glossaryCsv, glossaryJson, readImportFile } from '../../lib/glossary/formats';
import { t } from '../../lib/i18n';
import { BUNDLED } from '../../lib/kb';
import type { Lang } from '../../lib/kb/schema';
import { loadOwnGlossary, loadSettings, restoreBackup, updateOwnEntries } from '../../lib/storage';
import { downloadText, fileName } from './download';
import { ImportReport } from './ImportReport';
import { problemText } from './import-text';
import { KeptAside } from './KeptAside';
import './import-export.css';

type Phase =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'checking'; done: number; total: number }
  | { step: 'report'; name: string; run: DryRun }
  | { step: 'saving'; name: string; run: DryRun };

type Outcome = { ok: boolean; text: string } | null;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Import and export of the reader's own glossary, and the full backup. An import is read and checked first (in
 * slices, with a progress bar), the report shows what would change, and only "Import" writes, in one write
 * against the revision the check was made on. Everything read from storage is read at the moment it is needed,
 * so a change made in another window is never overwritten by a stale copy.
 */
export function ImportExport({ lang }: { lang: Lang }) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [skip, setSkip] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const exportOwn = async (format: 'json' | 'csv' | 'backup'): Promise<void> => {
    const { entries } = await loadOwnGlossary();
    const now = new Date();
    if (format === 'json') downloadText(fileName('glossary', 'json', now), glossaryJson(entries, now.toISOString()), 'application/json');
    if (format === 'csv') downloadText(fileName('glossary', 'csv', now), glossaryCsv(entries), 'text/csv');
    if (format === 'backup') {
      const settings = await loadSettings();
      downloadText(fileName('backup', 'json', now), backupJson(settings, entries, now.toISOString()), 'application/json');
    }
    setOutcome({ ok: true, text: t(lang, 'ioExported', entries.length) });
  };

  const reset = (): void => {
    abort.current?.abort();
    setPhase({ step: 'idle' });
    setSkip(false);
    if (input.current) input.current.value = '';
  };

  const check = async (file: File): Promise<void> => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setSkip(false);
    setPhase({ step: 'reading', name: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({ step: 'idle' });
      setOutcome({ ok: false, text: t(lang, 'ioFileRefused', problemText(lang, { code: 'unreadable' })) });
      return;
    }
    // Let the "reading" state paint before a large file is parsed.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const read = readImportFile(file.name, text);
    if (!read.ok) {
      setPhase({ step: 'idle' });
      setOutcome({ ok: false, text: t(lang, 'ioFileRefused', problemText(lang, read.problem)) });
      return;
    }
    const [own, settings] = await Promise.all([loadOwnGlossary(), loadSettings()]);
    try {
      const run = await dryRun(
        read,
        { own: own.entries, bundled: BUNDLED.entries, revision: own.revision, settings },
        { signal: controller.signal, onProgress: (done, total) => setPhase({ step: 'checking', done, total }) },
      );
      setPhase({ step: 'report', name: file.name, run });
    } catch (error) {
      if (!controller.signal.aborted) {
        setPhase({ step: 'idle' });
        setOutcome({ ok: false, text: t(lang, 'ioFileRefused', messageOf(error)) });
      }
    }
  };

  const apply = async (name: string, run: DryRun): Promise<void> => {
    if (run.rejected.length > 0 && !skip) {
      setOutcome({ ok: false, text: t(lang, 'ioNotSkipped', run.rejected.length) });
      return;
    }
    if (run.kind === 'entries' && run.added.length + run.updated.length === 0) {
      reset();
      setOutcome({ ok: true, text: t(lang, 'ioNothingNew') });
      return;
    }
    setPhase({ step: 'saving', name, run });
    try {
      const result =
        run.kind === 'backup'
          ? await restoreBackup(run.settings!, applyDryRun([], run), run.revision)
          : await updateOwnEntries((current) => applyDryRun(current, run), run.revision);
      reset();
      if (!result.ok) setOutcome({ ok: false, text: t(lang, 'ioConflict') });
      else if (run.kind === 'backup') setOutcome({ ok: true, text: t(lang, 'ioRestored', run.valid.length) });
      else setOutcome({ ok: true, text: t(lang, 'ioDone', run.added.length, run.updated.length) });
    } catch (error) {
      reset();
      setOutcome({ ok: false, text: t(lang, 'ioWriteFailed', messageOf(error)) });
    }
  };

  const busy = phase.step === 'reading' || phase.step === 'checking' || phase.step === 'saving';
  return (
    <section class="import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">{t(lang, 'ioTitle')}</h2>
      <KeptAside lang={lang} />
      <h3>{t(lang, 'ioExportTitle')}</h3>
      <p class="muted">{t(lang, 'ioExportHelp')}</p>
      <div class="import-actions">
        <button type="button" data-export="json" onClick={() => void exportOwn('json')}>
          {t(lang, 'ioExportJson')}
        </button>
        <button type="button" data-export="csv" onClick={() => void exportOwn('csv')}>
          {t(lang, 'ioExportCsv')}
        </button>
        <button type="button" data-export="backup" onClick={() => void exportOwn('backup')}>
          {t(lang, 'ioExportBackup')}
        </button>
      </div>
      <h3>{t(lang, 'ioImportTitle')}</h3>
      <p class="muted">{t(lang, 'ioImportHelp')}</p>
      <label>
        {t(lang, 'ioChooseFile')}
        <input
          ref={input}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void check(file);
          }}
        />
      </label>
      {busy && (
        <div class="import-progress" role="status">
          {phase.step === 'checking' ? (
            <progress max={phase.total} value={phase.done} aria-label={t(lang, 'ioProgressLabel')} />
          ) : (
            <progress aria-label={t(lang, 'ioProgressLabel')} />
          )}
          <span>
            {phase.step === 'reading' && t(lang, 'ioReading', phase.name)}
            {phase.step === 'checking' && t(lang, 'ioChecking', phase.done, phase.total)}
            {phase.step === 'saving' && t(lang, 'ioSaving')}
          </span>
        </div>
      )}
      {(phase.step === 'report' || phase.step === 'saving') && (
        <ImportReport
          lang={lang}
          fileName={phase.name}
          run={phase.run}
          skip={skip}
          busy={busy}
          onSkip={setSkip}
          onApply={() => void apply(phase.name, phase.run)}
          onCancel={reset}
        />
      )}
      {outcome && (
        <p class={outcome.ok ? 'import-outcome' : 'import-outcome error'} role={outcome.ok ? 'status' : 'alert'} data-testid="import-outcome">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
