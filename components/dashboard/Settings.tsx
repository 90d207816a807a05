import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { UI_LANGS, type Translator } from '../../utils/i18n';
import { KEYS, sanitizeSettings, type Settings as S } from '../../utils/store/schema';

const LANG_NAMES: Record<string, string> = {
  en: 'English', it: 'Italiano', id: 'Bahasa Indonesia', fr: 'Français', es: 'Español', de: 'Deutsch',
  pt_BR: 'Português (Brasil)', ja: '日本語', vi: 'Tiếng Việt', th: 'ไทย', zh_CN: '简体中文',
};

export function Settings({ tr, settings }: { tr: Translator; settings: S }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const save = async (patch: Partial<S>) => {
    const next = sanitizeSettings({ ...settings, ...patch }, UI_LANGS);
    await browser.storage.local.set({ [KEYS.settings]: next });
    setStatus(tr.t('settings.saved'));
  };
  const num = (e: Event) => Number((e.target as HTMLInputElement).value);
  const toggleNotifications = async (on: boolean) => {
    if (on) {
      const ok = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
      await save({ notifications: ok });
    } else {
      await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
      await save({ notifications: false });
    }
  };
  return (
    <section class="adr-settings" data-testid="settings">
      <label>
        {tr.t('settings.language')}
        <select value={settings.language} onChange={(e) => void save({ language: (e.target as HTMLSelectElement).value as S['language'] })} data-testid="setting-language">
          <option value="auto">{tr.t('settings.languageAuto')}</option>
          {UI_LANGS.map((l) => (
            <option key={l} value={l} lang={l.replace('_', '-')}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr.t('settings.reminderDays')}
        <input type="number" min={0} max={30} value={settings.reminderDays} onChange={(e) => void save({ reminderDays: num(e) })} data-testid="setting-reminder-days" />
      </label>
      <label>
        {tr.t('settings.thresholdPct')}
        <input type="number" min={50} max={99} value={settings.thresholdPct} onChange={(e) => void save({ thresholdPct: num(e) })} data-testid="setting-threshold" />
      </label>
      <label>
        {tr.t('settings.staleBillingHours')}
        <input type="number" min={1} max={168} value={settings.staleBillingHours} onChange={(e) => void save({ staleBillingHours: num(e) })} />
      </label>
      <label>
        {tr.t('settings.staleOtherDays')}
        <input type="number" min={1} max={90} value={settings.staleOtherDays} onChange={(e) => void save({ staleOtherDays: num(e) })} />
      </label>
      <label class="adr-check-row">
        <input type="checkbox" checked={settings.notifications} onChange={(e) => void toggleNotifications((e.target as HTMLInputElement).checked)} data-testid="setting-notifications" />
        {tr.t('settings.notifications')}
      </label>
      <p class="adr-muted">{tr.t('settings.privacy')}</p>
      <div>
        {!confirming ? (
          <button type="button" class="adr-btn adr-btn-danger" onClick={() => setConfirming(true)} data-testid="clear-all">
            {tr.t('settings.clearAll')}
          </button>
        ) : (
          <div class="adr-error" role="alertdialog" aria-labelledby="adr-clear-q">
            <p id="adr-clear-q">{tr.t('settings.clearConfirm')}</p>
            <button
              type="button"
              class="adr-btn adr-btn-danger"
              data-testid="clear-confirm"
              onClick={() =>
                void browser.runtime.sendMessage({ type: 'clear-all' }).then(() => {
                  setConfirming(false);
                  setStatus(tr.t('settings.cleared'));
                })
              }
            >
              {tr.t('settings.clearYes')}
            </button>{' '}
            <button type="button" class="adr-btn adr-btn-quiet" onClick={() => setConfirming(false)}>
              {tr.t('settings.cancel')}
            </button>
          </div>
        )}
      </div>
      <p role="status" aria-live="polite" class="adr-muted">
        {status}
      </p>
    </section>
  );
}
