/**
 * Ads Manager campaign list and creation flow label tables (data), read by ../campaigns.ts through
 * ../campaigns-shared.ts. Every language line is tagged:
 *   [C]  confirmed by domain/tiktok-reference.md (§1.1 campaign list: level tabs Campaign / Ad group / Ad,
 *        Status column; §5 ad statuses; §6 Cost Cap, Maximum Delivery, budgets, schedules; 推广系列 in §1.1);
 *   [I]  assumption (our wording or translation). Correct it here when a real page shows otherwise.
 * A line holding both says which strings are [C] (`[C] 'X' (§5); rest [I]`).
 *
 * Every table covers the eleven reader languages (en, it, id, fr, es, de, pt = pt-BR, ja, vi, th, zh = zh-CN).
 * The reference confirms almost nothing of the campaign list outside English (§8.1: the real Ads Manager DOM and
 * most of its wording are unknown), so nearly every non-English line is [I].
 *
 * Where the Seller Center already names the same thing (bid strategies, campaign types, schedule separators),
 * its table is reused (./seller.ts) and only Ads Manager wording is added (`plus`), so the two never drift.
 * Comparison is exact after `norm()` (case, accents, trailing colon folded) for labels; "contains" for budget
 * period words; "starts with" for bid words.
 */
import type { LabelTable } from '../find';
import type { ReaderLang } from '../lang';
import { BID_STRATEGIES, BUDGET_PERIOD, CAMPAIGN_KINDS, RANGE_SEPARATORS, SCHEDULE_OPEN_END } from './seller';

/** `base` with `extra` labels tried first, per language (longer Ads Manager wording before the shared words). */
function plus(base: LabelTable, extra: LabelTable): LabelTable {
  const out: Partial<Record<ReaderLang, readonly string[]>> = {};
  for (const l of new Set([...Object.keys(base), ...Object.keys(extra)]) as Set<ReaderLang>) out[l] = [...new Set([...(extra[l] ?? []), ...(base[l] ?? [])])];
  return out;
}

/* ───────────────────────────── level tabs (Campaign / Ad group / Ad) and creation steps ─────────────────── */

/** Level tabs of the campaign list and steps of the creation flow (§1.1: tabs Campaign / Ad group / Ad). */
export const LEVELS = {
  campaign: {
    en: ['Campaign', 'Campaigns'], // [C] (§1.1 level tabs)
    it: ['Campagna', 'Campagne'], // [I]
    id: ['Kampanye'], // [I]
    fr: ['Campagne', 'Campagnes'], // [I]
    es: ['Campaña', 'Campañas'], // [I]
    de: ['Kampagne', 'Kampagnen'], // [I]
    pt: ['Campanha', 'Campanhas'], // [I]
    ja: ['キャンペーン'], // [I]
    vi: ['Chiến dịch'], // [I]
    th: ['แคมเปญ'], // [I]
    zh: ['推广系列'], // [C] (§1.1 Chinese UI marker)
  },
  'ad-group': {
    en: ['Ad group', 'Ad groups'], // [C] (§1.1 level tabs)
    it: ['Gruppo di annunci', 'Gruppi di annunci'], // [I]
    id: ['Grup iklan'], // [I]
    fr: ["Groupe d'annonces", "Groupes d'annonces"], // [I]
    es: ['Grupo de anuncios', 'Grupos de anuncios'], // [I]
    de: ['Anzeigengruppe', 'Anzeigengruppen'], // [I]
    pt: ['Grupo de anúncios', 'Grupos de anúncios'], // [I]
    ja: ['広告グループ'], // [I]
    vi: ['Nhóm quảng cáo'], // [I]
    th: ['กลุ่มโฆษณา'], // [I]
    zh: ['广告组'], // [I]
  },
  ad: {
    en: ['Ad', 'Ads'], // [C] (§1.1 level tabs)
    it: ['Annuncio', 'Annunci'], // [I]
    id: ['Iklan'], // [I]
    fr: ['Annonce', 'Annonces'], // [I]
    es: ['Anuncio', 'Anuncios'], // [I]
    de: ['Anzeige', 'Anzeigen'], // [I]
    pt: ['Anúncio', 'Anúncios'], // [I]
    ja: ['広告'], // [I]
    vi: ['Quảng cáo'], // [I]
    th: ['โฆษณา'], // [I]
    zh: ['广告'], // [I]
  },
} satisfies Record<'campaign' | 'ad-group' | 'ad', LabelTable>;

/** The name column of the AD GROUP level (it tells an ad-group list whose tabs are not shown). */
export const AD_GROUP_NAME_COLUMN: LabelTable = {
  en: ['Ad group name'], // [I]
  it: ['Nome del gruppo di annunci', 'Nome gruppo di annunci'], // [I]
  id: ['Nama grup iklan'], // [I]
  fr: ["Nom du groupe d'annonces"], // [I]
  es: ['Nombre del grupo de anuncios'], // [I]
  de: ['Name der Anzeigengruppe', 'Anzeigengruppenname'], // [I]
  pt: ['Nome do grupo de anúncios'], // [I]
  ja: ['広告グループ名'], // [I]
  vi: ['Tên nhóm quảng cáo'], // [I]
  th: ['ชื่อกลุ่มโฆษณา'], // [I]
  zh: ['广告组名称'], // [I]
};

/* ───────────────────────────── campaign list: columns ─────────────────────────────────────────────────── */

export const LIST_COLUMNS = {
  name: {
    en: ['Campaign name', 'Name', 'Campaign'], // [C] 'Campaign' (§1.1 tab), campaign name (§7); rest [I]
    it: ['Nome della campagna', 'Nome campagna', 'Nome', 'Campagna'], // [I]
    id: ['Nama kampanye', 'Nama', 'Kampanye'], // [I]
    fr: ['Nom de la campagne', 'Nom', 'Campagne'], // [I]
    es: ['Nombre de la campaña', 'Nombre', 'Campaña'], // [I]
    de: ['Kampagnenname', 'Name', 'Kampagne'], // [I]
    pt: ['Nome da campanha', 'Nome', 'Campanha'], // [I]
    ja: ['キャンペーン名', '名前', 'キャンペーン'], // [I]
    vi: ['Tên chiến dịch', 'Tên', 'Chiến dịch'], // [I]
    th: ['ชื่อแคมเปญ', 'ชื่อ', 'แคมเปญ'], // [I]
    zh: ['推广系列名称', '名称', '推广系列'], // [C] '推广系列' (§1.1); rest [I]
  },
  status: {
    en: ['Status', 'Delivery status', 'Primary status'], // [C] 'Status' (§1.1, §7); rest [I]
    it: ['Stato', 'Stato di pubblicazione'], // [I]
    id: ['Status', 'Status penayangan'], // [I]
    fr: ['Statut', 'État', 'Statut de diffusion'], // [I]
    es: ['Estado', 'Estado de entrega'], // [I]
    de: ['Status', 'Auslieferungsstatus'], // [I]
    pt: ['Status', 'Status de veiculação'], // [I]
    ja: ['ステータス', '配信ステータス'], // [I]
    vi: ['Trạng thái', 'Trạng thái phân phối'], // [I]
    th: ['สถานะ', 'สถานะการแสดงโฆษณา'], // [I]
    zh: ['状态', '投放状态'], // [I]
  },
  type: {
    en: ['Type', 'Campaign type', 'Ad type'], // [I]
    it: ['Tipo', 'Tipo di campagna'], // [I]
    id: ['Jenis', 'Tipe', 'Jenis kampanye'], // [I]
    fr: ['Type', 'Type de campagne'], // [I]
    es: ['Tipo', 'Tipo de campaña'], // [I]
    de: ['Typ', 'Kampagnentyp'], // [I]
    pt: ['Tipo', 'Tipo de campanha'], // [I]
    ja: ['タイプ', 'キャンペーンタイプ'], // [I]
    vi: ['Loại', 'Loại chiến dịch'], // [I]
    th: ['ประเภท', 'ประเภทแคมเปญ'], // [I]
    zh: ['类型', '推广类型'], // [I]
  },
  budget: {
    en: ['Budget', 'Daily budget', 'Lifetime budget', 'Campaign budget'], // [C] 'Budget' (§6, §7); rest [I]
    it: ['Budget', 'Budget giornaliero', 'Budget totale', 'Budget della campagna'], // [I]
    id: ['Anggaran', 'Anggaran harian', 'Anggaran total', 'Anggaran kampanye'], // [I]
    fr: ['Budget', 'Budget quotidien', 'Budget total', 'Budget de la campagne'], // [I]
    es: ['Presupuesto', 'Presupuesto diario', 'Presupuesto total', 'Presupuesto de la campaña'], // [I]
    de: ['Budget', 'Tagesbudget', 'Gesamtbudget', 'Kampagnenbudget'], // [I]
    pt: ['Orçamento', 'Orçamento diário', 'Orçamento total', 'Orçamento da campanha'], // [I]
    ja: ['予算', '日予算', '1日の予算', '総予算', 'キャンペーン予算'], // [I]
    vi: ['Ngân sách', 'Ngân sách hằng ngày', 'Ngân sách trọn đời', 'Ngân sách chiến dịch'], // [I]
    th: ['งบประมาณ', 'งบประมาณรายวัน', 'งบประมาณตลอดแคมเปญ', 'งบประมาณแคมเปญ'], // [I]
    zh: ['预算', '日预算', '总预算', '推广系列预算'], // [I]
  },
  bidStrategy: {
    en: ['Bid strategy', 'Bidding strategy', 'Bidding & optimization'], // [C] 'Bid strategy' (§6, §7); rest [I]
    it: ['Strategia di offerta', "Strategia d'offerta"], // [I]
    id: ['Strategi bid', 'Strategi penawaran'], // [I]
    fr: ["Stratégie d'enchères", "Stratégie d'enchère"], // [I]
    es: ['Estrategia de puja', 'Estrategia de oferta'], // [I]
    de: ['Gebotsstrategie'], // [I]
    pt: ['Estratégia de lance'], // [I]
    ja: ['入札戦略'], // [I]
    vi: ['Chiến lược giá thầu'], // [I]
    th: ['กลยุทธ์การเสนอราคา'], // [I]
    zh: ['出价策略', '竞价策略'], // [I]
  },
  bid: {
    en: ['Bid', 'Cost cap', 'Cost Cap bid', 'Bid amount'], // [C] 'Bid', 'Cost Cap' (§6); rest [I]
    it: ['Offerta', 'Limite di costo', 'Importo offerta'], // [I]
    id: ['Bid', 'Tawaran', 'Batas biaya'], // [I]
    fr: ['Enchère', 'Plafond de coût', "Montant de l'enchère"], // [I]
    es: ['Puja', 'Límite de coste', 'Importe de la puja'], // [I]
    de: ['Gebot', 'Kostenobergrenze', 'Gebotsbetrag'], // [I]
    pt: ['Lance', 'Limite de custo', 'Valor do lance'], // [I]
    ja: ['入札額', 'コスト上限'], // [I]
    vi: ['Giá thầu', 'Giới hạn chi phí'], // [I]
    th: ['ราคาเสนอ', 'การจำกัดต้นทุน'], // [I]
    zh: ['出价', '成本上限'], // [I]
  },
  schedule: {
    en: ['Schedule', 'Schedule time', 'Start time - End time'], // [C] 'Schedule' (§6, §7); rest [I]
    it: ['Programmazione', 'Pianificazione'], // [I]
    id: ['Jadwal'], // [I]
    fr: ['Calendrier', 'Programmation'], // [I]
    es: ['Programación', 'Calendario'], // [I]
    de: ['Zeitplan', 'Laufzeit'], // [I]
    pt: ['Programação', 'Cronograma'], // [I]
    ja: ['スケジュール', '配信期間'], // [I]
    vi: ['Lịch chạy', 'Lịch trình'], // [I]
    th: ['กำหนดการ', 'ตารางเวลา'], // [I]
    zh: ['排期', '投放时间'], // [I]
  },
} satisfies Record<string, LabelTable>;

/* ───────────────────────────── campaign list: cell values ─────────────────────────────────────────────── */

/**
 * Status cell → a canonical status id (stored in `Campaign.status`); unknown wording is stored verbatim.
 * English from §5 (ad statuses and definitions) where confirmed.
 */
export const LIST_STATUSES: Record<'active' | 'learning' | 'limited' | 'not-delivering' | 'in-review' | 'scheduled' | 'paused' | 'ended' | 'rejected', LabelTable> = {
  active: {
    en: ['Active', 'Delivering', 'On'], // [C] 'Active' (§5); rest [I]
    it: ['Attiva', 'Attivo', 'In pubblicazione'], // [I]
    id: ['Aktif', 'Sedang ditayangkan'], // [I]
    fr: ['Active', 'Actif', 'En cours de diffusion', 'En diffusion'], // [I]
    es: ['Activa', 'Activo', 'En entrega'], // [I]
    de: ['Aktiv', 'Wird ausgeliefert'], // [I]
    pt: ['Ativa', 'Ativo', 'Em veiculação'], // [I]
    ja: ['アクティブ', '配信中', '有効'], // [I]
    vi: ['Đang hoạt động', 'Đang phân phối'], // [I]
    th: ['ใช้งานอยู่', 'กำลังแสดง'], // [I]
    zh: ['投放中', '启用'], // [I]
  },
  learning: {
    en: ['Learning', 'In learning phase'], // [I] (learning phase: §6)
    it: ['In apprendimento', 'Fase di apprendimento'], // [I]
    id: ['Pembelajaran', 'Fase pembelajaran'], // [I]
    fr: ['Apprentissage', "En phase d'apprentissage"], // [I]
    es: ['Aprendizaje', 'En fase de aprendizaje'], // [I]
    de: ['Lernphase', 'In der Lernphase'], // [I]
    pt: ['Aprendizado', 'Em fase de aprendizado'], // [I]
    ja: ['学習中', '学習期間'], // [I]
    vi: ['Đang học', 'Giai đoạn học'], // [I]
    th: ['กำลังเรียนรู้', 'ช่วงการเรียนรู้'], // [I]
    zh: ['学习期', '学习中'], // [I]
  },
  limited: {
    en: ['Limited delivery', 'Limited traffic'], // [C] (§5)
    it: ['Pubblicazione limitata', 'Traffico limitato'], // [I]
    id: ['Penayangan terbatas', 'Traffic terbatas'], // [I]
    fr: ['Diffusion limitée', 'Trafic limité'], // [I]
    es: ['Entrega limitada', 'Tráfico limitado'], // [I]
    de: ['Eingeschränkte Auslieferung', 'Eingeschränkter Traffic'], // [I]
    pt: ['Veiculação limitada', 'Tráfego limitado'], // [I]
    ja: ['配信制限あり', 'トラフィック制限あり'], // [I]
    vi: ['Phân phối hạn chế', 'Lưu lượng hạn chế'], // [I]
    th: ['การแสดงจำกัด', 'การเข้าชมจำกัด'], // [I]
    zh: ['投放受限', '流量受限'], // [I]
  },
  'not-delivering': {
    en: ['Not delivering', 'Campaign budget exceeded', 'Account balance insufficient'], // [C] 'Not delivering' (§5); rest [I]
    it: ['Non in pubblicazione', 'Non pubblicata'], // [I]
    id: ['Tidak ditayangkan', 'Belum ditayangkan'], // [I]
    fr: ['Non diffusée', 'Pas de diffusion', 'Aucune diffusion'], // [I]
    es: ['Sin entrega', 'No se entrega'], // [I]
    de: ['Keine Auslieferung', 'Wird nicht ausgeliefert'], // [I]
    pt: ['Sem veiculação', 'Não veiculada'], // [I]
    ja: ['配信なし', '配信されていません'], // [I]
    vi: ['Không phân phối', 'Chưa phân phối'], // [I]
    th: ['ไม่ได้แสดง', 'ไม่มีการแสดงโฆษณา'], // [I]
    zh: ['未投放', '不在投放中'], // [I]
  },
  'in-review': {
    en: ['Pending', 'Ad under review', 'Account under review', 'Ad group under review', 'Review for modification', 'In review', 'Under review'], // [C] first five (§5); rest [I]
    it: ['In attesa', 'In revisione'], // [I]
    id: ['Tertunda', 'Sedang ditinjau'], // [I]
    fr: ['En attente', "En cours d'examen", 'En cours d’examen'], // [I]
    es: ['Pendiente', 'En revisión'], // [I]
    de: ['Ausstehend', 'In Prüfung', 'Wird geprüft'], // [I]
    pt: ['Pendente', 'Em análise'], // [I]
    ja: ['保留中', '審査中'], // [I]
    vi: ['Đang chờ', 'Đang xét duyệt'], // [I]
    th: ['รอดำเนินการ', 'อยู่ระหว่างตรวจสอบ'], // [I]
    zh: ['待审核', '审核中'], // [I]
  },
  scheduled: {
    en: ['To be delivered', 'Scheduled'], // [C] 'To be delivered' (§5); rest [I]
    it: ['Da pubblicare', 'Programmata'], // [I]
    id: ['Akan ditayangkan', 'Terjadwal'], // [I]
    fr: ['À diffuser', 'Programmée'], // [I]
    es: ['Pendiente de entrega', 'Programada'], // [I]
    de: ['Wird demnächst ausgeliefert', 'Geplant'], // [I]
    pt: ['A ser veiculada', 'Programada', 'Agendada'], // [I]
    ja: ['配信予定'], // [I]
    vi: ['Sắp phân phối', 'Đã lên lịch'], // [I]
    th: ['รอแสดง', 'กำหนดเวลาแล้ว'], // [I]
    zh: ['待投放'], // [I]
  },
  paused: {
    en: ['Inactive', 'Paused', 'Off', 'Disabled'], // [I] (the On/Off toggle is §1.1)
    it: ['Non attiva', 'Non attivo', 'In pausa', 'Disattivata'], // [I]
    id: ['Tidak aktif', 'Dijeda', 'Nonaktif'], // [I]
    fr: ['Inactive', 'Inactif', 'En pause', 'Désactivée'], // [I]
    es: ['Inactiva', 'Inactivo', 'En pausa', 'Desactivada'], // [I]
    de: ['Inaktiv', 'Pausiert', 'Deaktiviert'], // [I]
    pt: ['Inativa', 'Inativo', 'Pausada', 'Desativada'], // [I]
    ja: ['停止中', '一時停止中', 'オフ'], // [I]
    vi: ['Không hoạt động', 'Đã tạm dừng', 'Đã tắt'], // [I]
    th: ['ไม่ได้ใช้งาน', 'หยุดชั่วคราว', 'ปิด'], // [I]
    zh: ['未启用', '已暂停', '已关闭'], // [I]
  },
  ended: {
    en: ['Completed', 'Ended', 'Finished'], // [I]
    it: ['Completata', 'Terminata'], // [I]
    id: ['Selesai', 'Berakhir'], // [I]
    fr: ['Terminée', 'Terminé'], // [I]
    es: ['Completada', 'Finalizada'], // [I]
    de: ['Abgeschlossen', 'Beendet'], // [I]
    pt: ['Concluída', 'Encerrada'], // [I]
    ja: ['完了', '終了'], // [I]
    vi: ['Đã hoàn thành', 'Đã kết thúc'], // [I]
    th: ['เสร็จสิ้น', 'สิ้นสุดแล้ว'], // [I]
    zh: ['已完成', '已结束'], // [I]
  },
  rejected: {
    en: ['Rejected', 'Not approved', 'Disapproved'], // [I]
    it: ['Rifiutata', 'Non approvata'], // [I]
    id: ['Ditolak', 'Tidak disetujui'], // [I]
    fr: ['Refusée', 'Rejetée', 'Non approuvée'], // [I]
    es: ['Rechazada', 'No aprobada'], // [I]
    de: ['Abgelehnt', 'Nicht genehmigt'], // [I]
    pt: ['Rejeitada', 'Reprovada', 'Não aprovada'], // [I]
    ja: ['不承認', '却下'], // [I]
    vi: ['Bị từ chối', 'Không được phê duyệt'], // [I]
    th: ['ถูกปฏิเสธ', 'ไม่ได้รับการอนุมัติ'], // [I]
    zh: ['未通过', '已拒绝'], // [I]
  },
};

/** Bid-strategy cell values: the Seller Center table (same product vocabulary) plus Ads Manager wording. */
export const LIST_BID_STRATEGIES = {
  'cost-cap': plus(BID_STRATEGIES['cost-cap'], {
    en: ['Cost Cap', 'Cost cap bidding'], // [C] 'Cost Cap' (§6); rest [I]
    it: ['Limite di costo'], // [I]
    id: ['Batas Biaya'], // [I]
    fr: ['Plafond de coût'], // [I]
    es: ['Límite de coste'], // [I]
    de: ['Kostenobergrenze'], // [I]
    pt: ['Limite de custo'], // [I]
    ja: ['コスト上限'], // [I]
    vi: ['Giới hạn chi phí'], // [I]
    th: ['การจำกัดต้นทุน'], // [I]
    zh: ['成本上限'], // [I]
  }),
  'max-delivery': plus(BID_STRATEGIES['max-delivery'], {
    en: ['Maximum Delivery', 'Lowest Cost'], // [C] 'Maximum Delivery' (§6); rest [I]
    it: ['Consegna massima'], // [I]
    id: ['Penayangan Maksimum'], // [I]
    fr: ['Diffusion maximale'], // [I]
    es: ['Entrega máxima'], // [I]
    de: ['Maximale Auslieferung'], // [I]
    pt: ['Entrega máxima'], // [I]
    ja: ['最大配信'], // [I]
    vi: ['Phân phối tối đa'], // [I]
    th: ['การแสดงโฆษณาสูงสุด'], // [I]
    zh: ['最大投放量'], // [I]
  }),
  'roi-target': BID_STRATEGIES['roi-target'],
  other: BID_STRATEGIES.other,
};

/** Campaign type (a Type column or a tag beside the name): the Seller Center table, unchanged. */
export const LIST_KINDS = CAMPAIGN_KINDS;

/** Budget period words ("contains", case-folded; longer wording first): Seller Center words plus Ads Manager's. */
export const LIST_BUDGET_PERIOD: Record<'daily' | 'lifetime', LabelTable> = {
  daily: plus(BUDGET_PERIOD.daily, {
    en: ['/ day', 'a day'], // [I]
    it: ['/ giorno', 'giornaliero', 'giornaliera'], // [I]
    id: ['/ hari', 'per hari'], // [I]
    fr: ['/ jour', 'par jour', 'quotidien', 'quotidienne'], // [I]
    es: ['/ día', 'por día', 'diaria'], // [I]
    de: ['/ tag', 'pro tag', 'täglich'], // [I]
    pt: ['/ dia', 'por dia', 'diária'], // [I]
    ja: ['/ 日', '日予算'], // [I]
    vi: ['/ ngày', 'mỗi ngày'], // [I]
    th: ['/ วัน', 'ต่อวัน'], // [I]
    zh: ['/ 天', '每天'], // [I]
  }),
  lifetime: plus(BUDGET_PERIOD.lifetime, {
    en: ['lifetime', 'in total'], // [I]
    it: ['in totale', 'totale'], // [I]
    id: ['total', 'seumur hidup'], // [I]
    fr: ['au total', 'totale', 'total'], // [I]
    es: ['en total', 'total'], // [I]
    de: ['insgesamt', 'gesamt'], // [I]
    pt: ['no total', 'total'], // [I]
    ja: ['総予算', '合計'], // [I]
    vi: ['tổng cộng', 'trọn đời'], // [I]
    th: ['ทั้งหมด', 'ตลอดแคมเปญ'], // [I]
    zh: ['总预算', '总计'], // [I]
  }),
};

/** Words between the two dates of a schedule range: the Seller Center list. */
export const LIST_RANGE_SEPARATORS: readonly string[] = RANGE_SEPARATORS;

/** "No end date" wording in a schedule cell: Seller Center words plus Ads Manager's. */
export const LIST_OPEN_END: LabelTable = plus(SCHEDULE_OPEN_END, {
  en: ['No end date', 'No end time', 'Run continuously'], // [C] 'Run continuously' (§6); rest [I]
  it: ['Nessuna data di fine', 'Senza data di fine'], // [I]
  id: ['Tanpa tanggal akhir', 'Tidak ada tanggal akhir'], // [I]
  fr: ['Pas de date de fin', 'Aucune date de fin', 'Sans date de fin'], // [I]
  es: ['Sin fecha de finalización', 'Sin fecha de fin'], // [I]
  de: ['Kein Enddatum', 'Ohne Enddatum'], // [I]
  pt: ['Sem data de término', 'Sem data de fim'], // [I]
  ja: ['終了日なし', '終了日時なし'], // [I]
  vi: ['Không có ngày kết thúc'], // [I]
  th: ['ไม่มีวันสิ้นสุด'], // [I]
  zh: ['不限结束时间', '无结束日期'], // [I]
});

/** Words before a bid amount inside a bid-strategy cell ("Cost Cap · Bid: 12.00 USD"). */
export const BID_WORDS: LabelTable = {
  en: ['Bid', 'Cost Cap bid', 'Bid amount'], // [C] 'Bid' (§6); rest [I]
  it: ['Offerta', 'Importo offerta'], // [I]
  id: ['Bid', 'Tawaran'], // [I]
  fr: ['Enchère', "Montant de l'enchère"], // [I]
  es: ['Puja', 'Importe de la puja'], // [I]
  de: ['Gebot', 'Gebotsbetrag'], // [I]
  pt: ['Lance', 'Valor do lance'], // [I]
  ja: ['入札額', '入札'], // [I]
  vi: ['Giá thầu'], // [I]
  th: ['ราคาเสนอ'], // [I]
  zh: ['出价'], // [I]
};

/** A totals row at the foot of a grid ("Total of 5 campaigns"): not a campaign. Prefix of the name cell. */
export const TOTAL_ROW: LabelTable = {
  en: ['Total', 'Total of'], // [I]
  it: ['Totale'], // [I]
  id: ['Total'], // [I]
  fr: ['Total'], // [I]
  es: ['Total'], // [I]
  de: ['Gesamt', 'Summe'], // [I]
  pt: ['Total'], // [I]
  ja: ['合計'], // [I]
  vi: ['Tổng', 'Tổng cộng'], // [I]
  th: ['รวม', 'ทั้งหมด'], // [I]
  zh: ['总计', '合计'], // [I]
};

/* ───────────────────────────── creation flow: the campaign being set up ───────────────────────────────── */

/** Field labels of the campaign step (and of the one-page editor's campaign card). */
export const CREATION_FIELDS = {
  name: {
    en: ['Campaign name'], // [I] (campaign name: §7)
    it: ['Nome della campagna', 'Nome campagna'], // [I]
    id: ['Nama kampanye'], // [I]
    fr: ['Nom de la campagne'], // [I]
    es: ['Nombre de la campaña'], // [I]
    de: ['Kampagnenname', 'Name der Kampagne'], // [I]
    pt: ['Nome da campanha'], // [I]
    ja: ['キャンペーン名'], // [I]
    vi: ['Tên chiến dịch'], // [I]
    th: ['ชื่อแคมเปญ'], // [I]
    zh: ['推广系列名称'], // [I]
  },
  budget: {
    en: ['Set campaign budget', 'Campaign budget', 'Budget'], // [C] 'Budget' (§6); rest [I]
    it: ['Imposta il budget della campagna', 'Budget della campagna', 'Budget'], // [I]
    id: ['Atur anggaran kampanye', 'Anggaran kampanye', 'Anggaran'], // [I]
    fr: ['Définir le budget de la campagne', 'Budget de la campagne', 'Budget'], // [I]
    es: ['Establecer el presupuesto de la campaña', 'Presupuesto de la campaña', 'Presupuesto'], // [I]
    de: ['Kampagnenbudget festlegen', 'Kampagnenbudget', 'Budget'], // [I]
    pt: ['Definir orçamento da campanha', 'Orçamento da campanha', 'Orçamento'], // [I]
    ja: ['キャンペーン予算を設定', 'キャンペーン予算', '予算'], // [I]
    vi: ['Đặt ngân sách chiến dịch', 'Ngân sách chiến dịch', 'Ngân sách'], // [I]
    th: ['ตั้งงบประมาณแคมเปญ', 'งบประมาณแคมเปญ', 'งบประมาณ'], // [I]
    zh: ['设置推广系列预算', '推广系列预算', '预算'], // [I]
  },
  bidStrategy: LIST_COLUMNS.bidStrategy,
  bid: LIST_COLUMNS.bid,
  schedule: LIST_COLUMNS.schedule,
} satisfies Record<string, LabelTable>;
