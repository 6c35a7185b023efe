import type { DryRun } from '../../lib/glossary/dry-run';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';
import { errorText, sourceText, whereText } from './import-text';

/** Long lists are cut here; the counts above them are always complete. */
const SHOWN = 100;

interface Props {
  lang: Lang;
  fileName: string;
  run: DryRun;
  skip: boolean;
  busy: boolean;
  onSkip: (skip: boolean) => void;
  onApply: () => void;
  onCancel: () => void;
}

function More({ lang, total }: { lang: Lang; total: number }) {
  return total > SHOWN ? <p class="muted">{t(lang, 'ioMore', total - SHOWN)}</p> : null;
}

/** What an import would change, before anything is saved; props only. */
export function ImportReport({ lang, fileName, run, skip, busy, onSkip, onApply, onCancel }: Props) {
  const rejectedEntries = run.rejected.reduce((sum, r) => sum + (r.where.kind === 'settings' ? 0 : 1), 0);
  return (
    <div class="import-report" data-testid="import-report">
      <p role="status">
        {t(lang, 'ioSummary', fileName, run.added.length, run.updated.length, run.unchanged.length, rejectedEntries)}
      </p>
      {run.kind === 'backup' && (
        <p>
          {t(lang, 'ioBackupSummary', run.removed.length)}{' '}
          {run.settingsChanged.length
            ? t(lang, 'ioSettingsChanged', run.settingsChanged.join(', '))
            : t(lang, 'ioSettingsSame')}
        </p>
      )}
      {run.rejected.length > 0 && (
        <>
          <h4>{t(lang, 'ioRejectedTitle')}</h4>
          <ul class="import-list" data-testid="import-rejected">
            {run.rejected.slice(0, SHOWN).map((rejected, i) => (
              <li key={i}>
                <strong>{whereText(lang, rejected.where)}</strong>
                {rejected.id ? ` (${rejected.id})` : ''}
                <ul>
                  {rejected.errors.map((error, j) => (
                    <li key={j}>{errorText(lang, error)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <More lang={lang} total={run.rejected.length} />
        </>
      )}
      {run.clashes.length > 0 && (
        <>
          <h4>{t(lang, 'ioClashesTitle')}</h4>
          <ul class="import-list" data-testid="import-clashes">
            {run.clashes.slice(0, SHOWN).map((clash, i) => (
              <li key={i}>
                <strong>{whereText(lang, clash.where)}</strong> ({clash.id}):{' '}
                {t(lang, 'ioClash', clash.alias, clash.with.label, sourceText(lang, clash.with.source))}
              </li>
            ))}
          </ul>
          <More lang={lang} total={run.clashes.length} />
        </>
      )}
      {run.rejected.length > 0 && (
        <label class="switch">
          <input type="checkbox" checked={skip} onChange={(e) => onSkip(e.currentTarget.checked)} />
          {t(lang, 'ioSkip', run.rejected.length)}
        </label>
      )}
      <div class="import-actions">
        <button type="button" disabled={busy} onClick={onApply}>
          {t(lang, run.kind === 'backup' ? 'ioRestore' : 'ioApply')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          {t(lang, 'ioCancel')}
        </button>
      </div>
    </div>
  );
}
