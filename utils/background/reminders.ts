/**
 * Reminders: reconciles browser alarms with the plan from the stored facts (utils/rules/reminders.ts), and turns a
 * fired alarm into a notification when the user opted in (optional `notifications` permission).
 */
import { browser } from 'wxt/browser';
import type { AccountRecord } from '../facts/types';
import type { Settings } from '../store/schema';
import { ALARM_PREFIX, planReminders } from '../rules/reminders';
import { readSettings } from './repo';
import { getCatalog } from './catalog';
import { createTranslator } from '../i18n';

const FIRED_KEY = 'remindersFired';
const MAX_FIRED = 500;

async function firedSet(): Promise<Set<string>> {
  const v = (await browser.storage.local.get(FIRED_KEY))[FIRED_KEY];
  return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
}

export async function reconcileAlarms(records: AccountRecord[], settings: Settings, now = Date.now()): Promise<void> {
  const plan = planReminders(records, settings, now, await firedSet());
  const want = new Map(plan.map((p) => [p.name, p]));
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  for (const a of existing) {
    const p = want.get(a.name);
    if (!p) await browser.alarms.clear(a.name);
    else if (p.kind === 'bill-date' && Math.abs(a.scheduledTime - p.when) > 60_000) await browser.alarms.clear(a.name);
    else want.delete(a.name);
  }
  for (const p of want.values()) await browser.alarms.create(p.name, { when: p.when });
}

async function notify(name: string): Promise<void> {
  const settings = await readSettings();
  const fired = await firedSet();
  fired.add(name);
  await browser.storage.local.set({ [FIRED_KEY]: [...fired].slice(-MAX_FIRED) });
  if (!settings.notifications || !browser.notifications) return;
  const allowed = await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
  if (!allowed) return;
  const [, kind, ...rest] = name.split(':');
  const account = rest.slice(0, kind === 'bill' ? -1 : -2).join(':');
  const rec = (await browser.storage.local.get(`acct:${account}`))[`acct:${account}`] as AccountRecord | undefined;
  const cat = await getCatalog(settings.language);
  const tr = createTranslator(cat.lang, cat.messages, cat.fallback);
  const accName = rec?.name ?? account.split(':').pop() ?? account;
  const message =
    kind === 'bill'
      ? tr.t('notify.billDate', { name: accName, date: tr.date(String(rec?.facts['billing.billDate']?.value ?? '')) })
      : tr.t('notify.threshold', { name: accName, percent: settings.thresholdPct });
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: tr.t('notify.title'),
    message,
  });
}

export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX)) void notify(alarm.name);
  });
}
