/**
 * Seller Center label tables (data). Every line is tagged:
 *   [C]  confirmed: domain/tiktok-reference.md (§1.3, §3.3, §5) or a stored official help page
 *        (sources/002 is the French help page "Shop Ads": it names the Ads tab, the roles and the buttons);
 *   [I]  assumption (our own wording or translation). Correct it here when a real page shows otherwise.
 * A line holding both says which strings are [C] (`[C] 'X' (§5); rest [I]`).
 *
 * Every table covers the eleven reader languages (en, it, id, fr, es, de, pt = pt-BR, ja, vi, th, zh = zh-CN);
 * tests/unit/readers-languages.test.ts checks it. The reference confirms few Seller Center strings outside
 * en / id / zh (§5: "Italian/French/Spanish Seller Center labels: not found"), so most lines are [I]: ordinary
 * product vocabulary of each language, listed with the variants a UI is likely to use.
 *
 * Comparison is exact after `norm()` (case, accents, trailing colon folded) for labels, and "contains" after
 * the same folding for banner phrases and task keywords. Pages mix languages: readers try the declared language
 * first, then all.
 */
import type { LabelTable } from '../find';
import type { Campaign, OnboardingTasks, SellerErrorKind, SellerRole, SellerSetupSteps } from '../../facts/types';

/* ───────────────────────────── left menu (fallback only: the Ads entry is found by its link target) ───── */

/** Paths whose presence as a menu link means "the Ads entry is there" (language-independent). */
export const ADS_ENTRY_PATHS: readonly string[] = [
  '/ads-creation/', // [C] /ads-creation/dashboard, /ads-creation/creation (§1.3)
];

/** Menu item text of the Ads entry, used only when the menu has no link targets at all. */
export const MENU_ADS: LabelTable = {
  en: ['Ads', 'Shop Ads', 'TikTok Shop Ads'], // [C] 'Ads', 'Shop Ads' (§1.3 "Marketing, then Ads", §5); rest [I]
  id: ['Iklan', 'Shop Ads', 'Iklan Toko'], // [C] 'Iklan', 'Shop Ads' (§5); rest [I]
  fr: ['Annonces', 'Publicités'], // [C] 'Annonces' (sources/002); rest [I]
  zh: ['店铺广告', '广告'], // [C] '店铺广告' (§1.3); rest [I]
  vi: ['Quảng cáo', 'Quảng cáo cửa hàng'], // [I]
  th: ['โฆษณา', 'โฆษณาร้านค้า'], // [I]
  es: ['Anuncios'], // [I]
  it: ['Annunci'], // [I]
  de: ['Anzeigen'], // [I]
  pt: ['Anúncios'], // [I]
  ja: ['広告', 'ショップ広告'], // [I]
};

/** Other menu items: they tell that a link-less menu is readable in a known language. */
export const MENU_COMMON: LabelTable = {
  en: ['Home', 'Orders', 'Products', 'Marketing', 'Finance', 'Analytics', 'Growth'], // [C] 'Marketing' (§1.3); rest [I]
  id: ['Beranda', 'Pesanan', 'Produk', 'Pemasaran', 'Keuangan'], // [C] 'Keuangan' (§5); rest [I]
  fr: ['Accueil', 'Commandes', 'Produits', 'Marketing', 'Finances'], // [C] 'Marketing' (sources/002); rest [I]
  zh: ['首页', '订单', '商品', '营销', '财务', '数据罗盘'], // [C] '营销', '财务' (§5); rest [I]
  vi: ['Trang chủ', 'Đơn hàng', 'Sản phẩm', 'Tiếp thị', 'Tài chính'], // [C] 'Tài chính' (§5); rest [I]
  th: ['หน้าแรก', 'คำสั่งซื้อ', 'สินค้า', 'การตลาด', 'การเงิน'], // [C] 'การเงิน' (§5); rest [I]
  it: ['Home', 'Ordini', 'Prodotti', 'Marketing', 'Finanza'], // [C] 'Finanza' (§5); rest [I]
  es: ['Inicio', 'Pedidos', 'Productos', 'Marketing', 'Finanzas'], // [C] 'Finanzas' (§5); rest [I]
  de: ['Startseite', 'Bestellungen', 'Produkte', 'Marketing', 'Finanzen'], // [C] 'Finanzen' (§5); rest [I]
  pt: ['Início', 'Pedidos', 'Produtos', 'Marketing', 'Finanças', 'Financeiro'], // [C] 'Finanças', 'Financeiro' (§5); rest [I]
  ja: ['ホーム', '注文', '商品', 'マーケティング', '財務'], // [C] '財務' (§5); rest [I]
};

/* ───────────────────────────── Ads dashboard: set-up steps ─────────────────────────────────────────────── */

export const SETUP_STEPS: Record<keyof SellerSetupSteps, LabelTable> = {
  businessCenter: {
    en: ['Connect Business Center', 'Connect a Business Center account', 'Connect Business Center account'], // [C] (§1.3, tkfff mirror)
    fr: ['Connecter un Business Center', 'Connecter le Business Center'], // [I]
    id: ['Hubungkan Business Center', 'Hubungkan akun Business Center'], // [I] ('Hubungkan' [C] §1.3)
    vi: ['Kết nối Trung tâm doanh nghiệp', 'Kết nối Business Center'], // [I]
    th: ['เชื่อมต่อศูนย์ธุรกิจ', 'เชื่อมต่อ Business Center'], // [I]
    zh: ['连接商务中心', '绑定商务中心'], // [I]
    it: ['Collega il Business Center', 'Collega un account Business Center'], // [I]
    es: ['Conectar el Centro de negocios', 'Conecta tu Centro de negocios', 'Conectar Business Center'], // [I]
    de: ['Business Center verbinden', 'Business Center-Konto verbinden'], // [I]
    pt: ['Conectar a Central de Negócios', 'Conectar Business Center'], // [I]
    ja: ['ビジネスセンターを接続', 'ビジネスセンターと連携'], // [I]
  },
  adAccount: {
    en: ['Link Ads Manager account', 'Link a TikTok Ads Manager account', 'Link TikTok Ads Manager account'], // [C] (§1.3)
    fr: ['Associer un compte Ads Manager', 'Associer le compte Ads Manager'], // [I]
    id: ['Tautkan akun Ads Manager', 'Tautkan akun TikTok Ads Manager'], // [I]
    vi: ['Liên kết tài khoản Trình quản lý quảng cáo', 'Liên kết tài khoản Ads Manager'], // [I]
    th: ['ลิงก์บัญชีตัวจัดการโฆษณา', 'ลิงก์บัญชี Ads Manager'], // [I]
    zh: ['关联广告管理平台账户', '关联广告账户'], // [I] (广告管理平台 [C] §5)
    it: ["Collega l'account Ads Manager", 'Collega un account TikTok Ads Manager'], // [I]
    es: ['Vincular la cuenta de Ads Manager', 'Vincular una cuenta de TikTok Ads Manager'], // [I]
    de: ['Ads Manager-Konto verknüpfen', 'TikTok Ads Manager-Konto verknüpfen'], // [I]
    pt: ['Vincular conta do Ads Manager', 'Vincular uma conta do TikTok Ads Manager'], // [I]
    ja: ['TikTok広告マネージャーアカウントをリンク', '広告アカウントをリンク'], // [I] (TikTok広告マネージャー [C] §5)
  },
  tiktokAccount: {
    en: ['Connect TikTok account', 'Connect a TikTok account'], // [C] (§1.3)
    fr: ['Connecter un compte TikTok', 'Connecter le compte TikTok'], // [C] 'Connecter un compte TikTok' (sources/002 "Connecter un compte"); rest [I]
    id: ['Hubungkan akun TikTok'], // [C] "+ Hubungkan akun" (§1.3)
    vi: ['Kết nối tài khoản TikTok'], // [I]
    th: ['เชื่อมต่อบัญชี TikTok'], // [I]
    zh: ['连接 TikTok 账号', '绑定 TikTok 账号'], // [I]
    it: ['Collega un account TikTok', "Collega l'account TikTok"], // [I]
    es: ['Conectar una cuenta de TikTok', 'Conectar cuenta de TikTok'], // [I]
    de: ['TikTok-Konto verbinden'], // [I]
    pt: ['Conectar uma conta do TikTok', 'Conectar conta do TikTok'], // [I]
    ja: ['TikTokアカウントを接続', 'TikTokアカウントと連携'], // [I]
  },
};

/**
 * Keywords of each set-up step: a step TITLE inside a group of steps (Arco steps, list, table, cards) that
 * contains exactly one step's keywords is that step, whatever the verb around it ("Connect", "Bind", "Link" …).
 * Matching is "contains" after folding, longest keyword first.
 */
export const SETUP_KEYWORDS: Record<keyof SellerSetupSteps, LabelTable> = {
  businessCenter: {
    en: ['Business Center', 'Business Centre'], // [C] 'Business Center' (§5); rest [I]
    it: ['Business Center'], // [C] (§5)
    id: ['Business Center'], // [C] (§5)
    fr: ['Business Center'], // [C] (§5)
    es: ['Centro de negocios'], // [C] (§5)
    de: ['Business Center'], // [C] (§5)
    pt: ['Central de Negócios'], // [C] (§5)
    ja: ['ビジネスセンター'], // [C] (§5)
    vi: ['Trung tâm doanh nghiệp'], // [C] (§5)
    th: ['ศูนย์ธุรกิจ'], // [C] (§5)
    zh: ['商务中心'], // [C] (§5)
  },
  adAccount: {
    en: ['Ads Manager', 'ad account', 'advertiser account'], // [C] 'Ads Manager' (§1.3); rest [I]
    it: ['account pubblicitario'], // [I]
    id: ['akun iklan'], // [I]
    fr: ['compte publicitaire'], // [C] (sources/002)
    es: ['cuenta publicitaria', 'cuenta de anuncios'], // [I]
    de: ['Werbekonto', 'Anzeigenkonto'], // [I]
    pt: ['conta de anúncios'], // [I]
    ja: ['広告マネージャー', '広告アカウント'], // [C] '広告マネージャー' (§5 TikTok広告マネージャー); rest [I]
    vi: ['Trình quản lý quảng cáo', 'tài khoản quảng cáo'], // [C] 'Trình quản lý quảng cáo' (§5); rest [I]
    th: ['ตัวจัดการโฆษณา', 'บัญชีโฆษณา'], // [I]
    zh: ['广告管理平台', '广告账户', '广告账号'], // [C] '广告管理平台' (§5); rest [I]
  },
  tiktokAccount: {
    en: ['TikTok account'], // [C] (§1.3)
    it: ['account TikTok'], // [I]
    id: ['akun TikTok'], // [I] (§1.3 confirms "+ Hubungkan akun")
    fr: ['compte TikTok'], // [C] (sources/002)
    es: ['cuenta de TikTok'], // [I]
    de: ['TikTok-Konto'], // [I]
    pt: ['conta do TikTok'], // [I]
    ja: ['TikTokアカウント'], // [I]
    vi: ['tài khoản TikTok'], // [I]
    th: ['บัญชี TikTok'], // [I]
    zh: ['TikTok 账号', 'TikTok账号', 'TikTok 账户'], // [I]
  },
};

/** A step / task whose status text says it is finished. */
export const STATE_DONE: LabelTable = {
  en: ['Done', 'Completed', 'Connected', 'Linked', 'Verified', 'Added', 'Live', 'Approved'], // [I]
  fr: ['Terminé', 'Connecté', 'Associé', 'Vérifié', 'Ajouté', 'En ligne'], // [I]
  id: ['Selesai', 'Terhubung', 'Tertaut', 'Terverifikasi', 'Ditambahkan'], // [C] 'Selesai' (§1.3); rest [I]
  vi: ['Đã hoàn tất', 'Đã hoàn thành', 'Đã kết nối', 'Đã liên kết', 'Đã xác minh', 'Đã thêm'], // [I]
  th: ['เสร็จสิ้น', 'เสร็จแล้ว', 'เชื่อมต่อแล้ว', 'ลิงก์แล้ว', 'ยืนยันแล้ว', 'เพิ่มแล้ว'], // [I]
  zh: ['已完成', '已连接', '已关联', '已绑定', '已认证', '已添加', '已上架'], // [I]
  it: ['Completato', 'Completata', 'Fatto', 'Collegato', 'Verificato', 'Aggiunto'], // [I]
  es: ['Completado', 'Completada', 'Hecho', 'Conectado', 'Vinculado', 'Verificado', 'Añadido'], // [I]
  de: ['Erledigt', 'Abgeschlossen', 'Verbunden', 'Verknüpft', 'Verifiziert', 'Hinzugefügt'], // [I]
  pt: ['Concluído', 'Concluída', 'Conectado', 'Vinculado', 'Verificado', 'Adicionado'], // [I]
  ja: ['完了', '完了済み', '接続済み', 'リンク済み', '認証済み', '追加済み', '出品済み'], // [I]
};

/** A step / task whose status text says it still has to be done (a step under review is not done yet). */
export const STATE_TODO: LabelTable = {
  en: ['To do', 'Not started', 'Not connected', 'Not linked', 'Pending', 'Incomplete', 'Required', 'In review', 'Under review'], // [I]
  fr: ['À faire', 'Non commencé', 'Non connecté', 'Non associé', 'En attente', 'Incomplet', "En cours d'examen"], // [I]
  id: ['Belum selesai', 'Belum dimulai', 'Belum terhubung', 'Belum ditautkan', 'Tertunda', 'Sedang ditinjau'], // [I]
  vi: ['Chưa hoàn tất', 'Chưa bắt đầu', 'Chưa kết nối', 'Chưa liên kết', 'Đang chờ', 'Đang xét duyệt'], // [I]
  th: ['ยังไม่เสร็จ', 'ยังไม่เริ่ม', 'ยังไม่เชื่อมต่อ', 'ยังไม่ได้ลิงก์', 'รอดำเนินการ', 'อยู่ระหว่างตรวจสอบ'], // [I]
  zh: ['待完成', '未开始', '未连接', '未关联', '未绑定', '待处理', '审核中'], // [I]
  it: ['Da fare', 'Non iniziato', 'Non collegato', 'In attesa', 'Incompleto', 'In revisione'], // [I]
  es: ['Pendiente', 'Sin empezar', 'No iniciado', 'No conectado', 'Incompleto', 'En revisión'], // [I]
  de: ['Offen', 'Nicht begonnen', 'Nicht verbunden', 'Ausstehend', 'Unvollständig', 'In Prüfung'], // [I]
  pt: ['Pendente', 'Não iniciado', 'Não conectado', 'Incompleto', 'Em análise'], // [I]
  ja: ['未完了', '未着手', '未接続', '未リンク', '保留中', '審査中'], // [I]
};

/** "Create campaign" on the Ads dashboard: shown only once set-up is complete (§1.3). */
export const CREATE_CAMPAIGN: LabelTable = {
  en: ['Create campaign', 'Create ad', 'Create GMV Max campaign', '+ Create campaign'], // [C] 'Create campaign', 'Create ad' (§1.3); rest [I]
  fr: ['Créer une campagne'], // [C] (sources/002)
  id: ['Buat kampanye', 'Buat iklan'], // [I]
  vi: ['Tạo chiến dịch', 'Tạo quảng cáo'], // [I]
  th: ['สร้างแคมเปญ', 'สร้างโฆษณา'], // [I]
  zh: ['创建推广系列', '创建广告'], // [C] '创建广告' (§1.3 Ads Manager zh); rest [I]
  it: ['Crea campagna', 'Crea una campagna'], // [I]
  es: ['Crear campaña', 'Crear una campaña'], // [I]
  de: ['Kampagne erstellen'], // [I]
  pt: ['Criar campanha'], // [I]
  ja: ['キャンペーンを作成', 'キャンペーン作成'], // [I]
};

/* ───────────────────────────── Ads dashboard: ad account header ───────────────────────────────────────── */

export const AD_ACCOUNT_LABEL: LabelTable = {
  en: ['Ad account', 'Ads account', 'Ads Manager account', 'Advertiser account'], // [I]
  fr: ['Compte publicitaire', 'Compte Ads Manager'], // [C] 'Compte publicitaire' (sources/002); rest [I]
  id: ['Akun iklan', 'Akun Ads Manager'], // [I]
  vi: ['Tài khoản quảng cáo'], // [I]
  th: ['บัญชีโฆษณา'], // [I]
  zh: ['广告账户', '广告账号'], // [I]
  it: ['Account pubblicitario', 'Account Ads Manager'], // [I]
  es: ['Cuenta publicitaria', 'Cuenta de anuncios'], // [I]
  de: ['Werbekonto', 'Anzeigenkonto'], // [I]
  pt: ['Conta de anúncios', 'Conta do Ads Manager'], // [I]
  ja: ['広告アカウント'], // [I]
};

/** Overview KPI card labels: they tell that the page is the Ads dashboard and which language it speaks. */
export const ADS_KPI: LabelTable = {
  en: ['Cost', 'SKU orders', 'Cost per order', 'Gross revenue', 'ROI'], // [C] (§1.3, translated from zh)
  zh: ['成本', 'SKU 订单数', '平均下单成本', '总收入', 'ROI'], // [C] (§1.3, [C-code])
  fr: ['Coût', 'Commandes de SKU', 'Coût par commande', 'Revenu brut'], // [I]
  id: ['Biaya', 'Pesanan SKU', 'Biaya per pesanan', 'Pendapatan kotor'], // [I]
  vi: ['Chi phí', 'Đơn hàng SKU', 'Chi phí mỗi đơn hàng', 'Tổng doanh thu'], // [I]
  th: ['ค่าใช้จ่าย', 'คำสั่งซื้อ SKU', 'ค่าใช้จ่ายต่อคำสั่งซื้อ', 'รายได้รวม'], // [I]
  it: ['Costo', 'Ordini SKU', 'Costo per ordine', 'Entrate lorde'], // [I]
  es: ['Coste', 'Costo', 'Pedidos de SKU', 'Coste por pedido', 'Ingresos brutos'], // [I]
  de: ['Kosten', 'SKU-Bestellungen', 'Kosten pro Bestellung', 'Bruttoumsatz'], // [I]
  pt: ['Custo', 'Pedidos de SKU', 'Custo por pedido', 'Receita bruta'], // [I]
  ja: ['費用', 'SKU注文数', '注文単価', '総収益'], // [I]
};

/* ───────────────────────────── Ads dashboard: campaign table ──────────────────────────────────────────── */

export const CAMPAIGN_COLUMNS = {
  name: {
    en: ['Campaign name', 'Campaign'], // [C] (§1.3 AM campaign list)
    fr: ['Nom de la campagne', 'Campagne'], // [I]
    id: ['Nama kampanye', 'Kampanye'], // [I]
    vi: ['Tên chiến dịch', 'Chiến dịch'], // [I]
    th: ['ชื่อแคมเปญ', 'แคมเปญ'], // [I]
    zh: ['推广系列名称', '推广系列'], // [C] '推广系列' (§1.3); rest [I]
    it: ['Nome della campagna', 'Nome campagna', 'Campagna'], // [I]
    es: ['Nombre de la campaña', 'Campaña'], // [I]
    de: ['Kampagnenname', 'Kampagne'], // [I]
    pt: ['Nome da campanha', 'Campanha'], // [I]
    ja: ['キャンペーン名', 'キャンペーン'], // [I]
  },
  status: {
    en: ['Status', 'Delivery status'], // [C] 'Status' (§7 AM campaigns); rest [I]
    fr: ['Statut', 'État'], // [I]
    id: ['Status'], // [I]
    vi: ['Trạng thái'], // [I]
    th: ['สถานะ'], // [I]
    zh: ['状态', '投放状态'], // [I]
    it: ['Stato', 'Stato di pubblicazione'], // [I]
    es: ['Estado', 'Estado de entrega'], // [I]
    de: ['Status', 'Auslieferungsstatus'], // [I]
    pt: ['Status', 'Status de veiculação'], // [I]
    ja: ['ステータス', '配信ステータス'], // [I]
  },
  type: {
    en: ['Type', 'Campaign type', 'Ad type'], // [I]
    fr: ['Type', 'Type de campagne'], // [I]
    id: ['Jenis', 'Tipe', 'Jenis kampanye'], // [I]
    vi: ['Loại', 'Loại chiến dịch'], // [I]
    th: ['ประเภท', 'ประเภทแคมเปญ'], // [I]
    zh: ['类型', '推广类型'], // [I]
    it: ['Tipo', 'Tipo di campagna'], // [I]
    es: ['Tipo', 'Tipo de campaña'], // [I]
    de: ['Typ', 'Kampagnentyp'], // [I]
    pt: ['Tipo', 'Tipo de campanha'], // [I]
    ja: ['タイプ', 'キャンペーンタイプ'], // [I]
  },
  budget: {
    en: ['Budget', 'Daily budget', 'Lifetime budget'], // [C] (§6)
    fr: ['Budget', 'Budget quotidien', 'Budget total'], // [I]
    id: ['Anggaran', 'Anggaran harian', 'Anggaran total'], // [I]
    vi: ['Ngân sách', 'Ngân sách hằng ngày', 'Ngân sách trọn đời'], // [I]
    th: ['งบประมาณ', 'งบประมาณรายวัน', 'งบประมาณตลอดแคมเปญ'], // [I]
    zh: ['预算', '日预算', '总预算'], // [I]
    it: ['Budget', 'Budget giornaliero', 'Budget totale'], // [I]
    es: ['Presupuesto', 'Presupuesto diario', 'Presupuesto total'], // [I]
    de: ['Budget', 'Tagesbudget', 'Gesamtbudget'], // [I]
    pt: ['Orçamento', 'Orçamento diário', 'Orçamento total'], // [I]
    ja: ['予算', '日予算', '1日の予算', '総予算'], // [I]
  },
  bidStrategy: {
    en: ['Bid strategy', 'Bidding strategy', 'Optimization'], // [C] 'Bid strategy' (§6, §7); rest [I]
    fr: ["Stratégie d'enchères", "Stratégie d'enchère"], // [I]
    id: ['Strategi bid', 'Strategi penawaran'], // [I]
    vi: ['Chiến lược giá thầu'], // [I]
    th: ['กลยุทธ์การเสนอราคา'], // [I]
    zh: ['出价策略', '竞价策略'], // [I]
    it: ["Strategia di offerta", "Strategia d'offerta"], // [I]
    es: ['Estrategia de puja', 'Estrategia de oferta'], // [I]
    de: ['Gebotsstrategie'], // [I]
    pt: ['Estratégia de lance'], // [I]
    ja: ['入札戦略'], // [I]
  },
  bid: {
    en: ['Bid', 'Cost cap', 'Cost Cap bid'], // [C] (§6)
    fr: ['Enchère', 'Plafond de coût'], // [C] 'Plafond de coût' (sources/002); rest [I]
    id: ['Bid', 'Tawaran', 'Batas biaya'], // [I]
    vi: ['Giá thầu', 'Giới hạn chi phí'], // [I]
    th: ['ราคาเสนอ', 'การจำกัดต้นทุน'], // [I]
    zh: ['出价', '成本上限'], // [I]
    it: ['Offerta', 'Limite di costo'], // [I]
    es: ['Puja', 'Límite de coste'], // [I]
    de: ['Gebot', 'Kostenobergrenze'], // [I]
    pt: ['Lance', 'Limite de custo'], // [I]
    ja: ['入札額', 'コスト上限'], // [I]
  },
  roiTarget: {
    en: ['ROI target', 'Target ROI', 'ROAS target'], // [I] (campaign_target_roi is [C-code] §1.3; the wording is not)
    fr: ['ROI cible', 'Objectif de ROI'], // [I]
    id: ['Target ROI'], // [I]
    vi: ['ROI mục tiêu'], // [I]
    th: ['ROI เป้าหมาย'], // [I]
    zh: ['目标 ROI', 'ROI 目标', '目标ROI'], // [I]
    it: ['ROI obiettivo', 'Obiettivo ROI'], // [I]
    es: ['ROI objetivo', 'Objetivo de ROI'], // [I]
    de: ['Ziel-ROI', 'ROI-Ziel'], // [I]
    pt: ['ROI desejado', 'Meta de ROI'], // [I]
    ja: ['目標ROI', 'ROI目標'], // [I]
  },
  /** A combined "Bid / ROI target" column: money → bid, bare number → ROI target. */
  bidOrRoi: {
    en: ['Bid / ROI target', 'Bid/ROI target', 'Bid or ROI target', 'Target'], // [I]
    fr: ['Enchère / ROI cible', 'Cible'], // [I]
    id: ['Bid / Target ROI', 'Target'], // [I]
    vi: ['Giá thầu / ROI mục tiêu', 'Mục tiêu'], // [I]
    th: ['ราคาเสนอ / ROI เป้าหมาย', 'เป้าหมาย'], // [I]
    zh: ['出价 / 目标 ROI', '出价/目标ROI', '目标'], // [I]
    it: ['Offerta / ROI obiettivo', 'Obiettivo'], // [I]
    es: ['Puja / ROI objetivo', 'Objetivo'], // [I]
    de: ['Gebot / Ziel-ROI', 'Ziel'], // [I]
    pt: ['Lance / ROI desejado', 'Meta'], // [I]
    ja: ['入札額 / 目標ROI', '入札額/目標ROI', '目標'], // [I]
  },
  schedule: {
    en: ['Schedule', 'Schedule time', 'Start time - End time'], // [C] 'Schedule' (§6, §7); rest [I]
    fr: ['Calendrier', 'Programmation'], // [C] 'Calendrier' (sources/002); rest [I]
    id: ['Jadwal'], // [I]
    vi: ['Lịch chạy', 'Lịch trình'], // [I]
    th: ['กำหนดการ', 'ตารางเวลา'], // [I]
    zh: ['排期', '投放时间'], // [I]
    it: ['Programmazione', 'Pianificazione'], // [I]
    es: ['Programación', 'Calendario'], // [I]
    de: ['Zeitplan', 'Laufzeit'], // [I]
    pt: ['Programação', 'Cronograma'], // [I]
    ja: ['スケジュール', '配信期間'], // [I]
  },
} satisfies Record<string, LabelTable>;

/** Cell values of the bid-strategy column. */
export const BID_STRATEGIES: Record<NonNullable<Campaign['bidStrategy']>, LabelTable> = {
  'cost-cap': {
    en: ['Cost cap', 'Cost Cap'], // [C] (§6)
    fr: ['Plafond de coût'], // [C] (sources/002)
    id: ['Batas biaya', 'Cost Cap'], // [I]
    vi: ['Giới hạn chi phí'], // [I]
    th: ['การจำกัดต้นทุน'], // [I]
    zh: ['成本上限', '控成本出价'], // [I]
    it: ['Limite di costo'], // [I]
    es: ['Límite de coste', 'Límite de costo'], // [I]
    de: ['Kostenobergrenze'], // [I]
    pt: ['Limite de custo'], // [I]
    ja: ['コスト上限'], // [I]
  },
  'max-delivery': {
    en: ['Maximum delivery', 'Max delivery', 'Lowest cost', 'Maximize gross revenue'], // [C] 'Maximum delivery' (§6); rest [I] ('Maximize gross revenue': GMV Max, budget-led, no ROI target)
    fr: ['Diffusion maximale', 'Maximiser le revenu brut'], // [I]
    id: ['Penayangan maksimum', 'Maksimalkan pendapatan kotor'], // [I]
    vi: ['Phân phối tối đa', 'Tối đa hóa tổng doanh thu'], // [I]
    th: ['การแสดงโฆษณาสูงสุด', 'เพิ่มรายได้รวมสูงสุด'], // [I]
    zh: ['最大投放量', '最大化投放', '最大化总收入'], // [I]
    it: ['Consegna massima', 'Massimizza le entrate lorde'], // [I]
    es: ['Entrega máxima', 'Maximizar los ingresos brutos'], // [I]
    de: ['Maximale Auslieferung', 'Bruttoumsatz maximieren'], // [I]
    pt: ['Entrega máxima', 'Maximizar a receita bruta'], // [I]
    ja: ['最大配信', '総収益を最大化'], // [I]
  },
  'roi-target': {
    en: ['ROI target', 'Target ROI', 'Minimum ROAS'], // [C] 'Minimum ROAS' (§6); rest [I]
    fr: ['ROI cible', 'ROAS minimum'], // [I]
    id: ['Target ROI', 'ROAS minimum'], // [I]
    vi: ['ROI mục tiêu', 'ROAS tối thiểu'], // [I]
    th: ['ROI เป้าหมาย', 'ROAS ขั้นต่ำ'], // [I]
    zh: ['目标 ROI', '最低 ROAS', '目标ROI'], // [I]
    it: ['ROI obiettivo', 'ROAS minimo'], // [I]
    es: ['ROI objetivo', 'ROAS mínimo'], // [I]
    de: ['Ziel-ROI', 'Mindest-ROAS'], // [I]
    pt: ['ROI desejado', 'ROAS mínimo'], // [I]
    ja: ['目標ROI', '最低ROAS'], // [I]
  },
  other: {},
};

/** Campaign type (a Type column or a tag beside the name). Product names stay in English in most UIs. */
export const CAMPAIGN_KINDS: Record<NonNullable<Campaign['kind']>, LabelTable> = {
  'gmv-max': {
    en: ['GMV Max', 'Product GMV Max', 'LIVE GMV Max'], // [C] 'GMV Max' (§6); rest [I]
    fr: ['GMV Max'], // [C] product name (§6)
    id: ['GMV Max'], // [C] product name (§6)
    vi: ['GMV Max'], // [C] product name (§6)
    th: ['GMV Max'], // [C] product name (§6)
    zh: ['GMV Max', '商品 GMV Max', '直播 GMV Max'], // [C] 'GMV Max' (§6); rest [I]
    it: ['GMV Max'], // [C] product name (§6)
    es: ['GMV Max'], // [C] product name (§6)
    de: ['GMV Max'], // [C] product name (§6)
    pt: ['GMV Max'], // [C] product name (§6)
    ja: ['GMV Max', '商品GMV Max', 'LIVE GMV Max'], // [C] 'GMV Max' (§6); rest [I]
  },
  live: {
    en: ['LIVE Shopping Ads', 'LSA', 'LIVE'], // [C] 'LIVE Shopping Ads', 'LSA' (§6, §7); rest [I]
    fr: ['Live Shopping Ads', 'LSA'], // [C] (sources/002)
    id: ['LIVE Shopping Ads', 'Iklan LIVE Shopping'], // [I]
    vi: ['Quảng cáo mua sắm LIVE', 'LIVE Shopping Ads'], // [I]
    th: ['โฆษณา LIVE Shopping', 'LIVE Shopping Ads'], // [I]
    zh: ['直播购物广告', 'LIVE Shopping Ads'], // [I]
    it: ['LIVE Shopping Ads'], // [I]
    es: ['LIVE Shopping Ads', 'Anuncios de compras en LIVE'], // [I]
    de: ['LIVE Shopping Ads'], // [I]
    pt: ['LIVE Shopping Ads', 'Anúncios de compras em LIVE'], // [I]
    ja: ['LIVE Shopping Ads', 'LIVEショッピング広告'], // [I]
  },
  video: {
    en: ['Video Shopping Ads', 'VSA'], // [C] (§6)
    fr: ['Video Shopping Ads', 'VSA'], // [C] (sources/002)
    id: ['Video Shopping Ads'], // [I]
    vi: ['Video Shopping Ads'], // [I]
    th: ['Video Shopping Ads'], // [I]
    zh: ['视频购物广告'], // [I]
    it: ['Video Shopping Ads'], // [I]
    es: ['Video Shopping Ads'], // [I]
    de: ['Video Shopping Ads'], // [I]
    pt: ['Video Shopping Ads'], // [I]
    ja: ['Video Shopping Ads', '動画ショッピング広告'], // [I]
  },
  product: {
    en: ['Product Shopping Ads', 'PSA'], // [C] (§6)
    fr: ['Product Shopping Ads', 'PSA'], // [C] (sources/002)
    id: ['Product Shopping Ads'], // [I]
    vi: ['Product Shopping Ads'], // [I]
    th: ['Product Shopping Ads'], // [I]
    zh: ['商品购物广告'], // [I]
    it: ['Product Shopping Ads'], // [I]
    es: ['Product Shopping Ads'], // [I]
    de: ['Product Shopping Ads'], // [I]
    pt: ['Product Shopping Ads'], // [I]
    ja: ['Product Shopping Ads', '商品ショッピング広告'], // [I]
  },
  other: {},
};

/**
 * Campaign status cell → a canonical status id (stored in `Campaign.status`). Unknown wording is stored
 * verbatim, so nothing is lost.
 */
export const CAMPAIGN_STATUSES: Record<'active' | 'paused' | 'ended' | 'not-delivering' | 'in-review' | 'rejected' | 'scheduled', LabelTable> = {
  active: {
    en: ['Active', 'Delivering', 'Running', 'On'], // [C] 'Active' (§5); rest [I]
    fr: ['Actif', 'Active', 'En cours de diffusion', 'En cours'], // [I]
    id: ['Aktif', 'Sedang berjalan'], // [I]
    vi: ['Đang hoạt động', 'Đang phân phối'], // [I]
    th: ['ใช้งานอยู่', 'กำลังแสดง'], // [I]
    zh: ['投放中', '进行中', '启用'], // [I]
    it: ['Attiva', 'Attivo', 'In pubblicazione'], // [I]
    es: ['Activa', 'Activo', 'En entrega'], // [I]
    de: ['Aktiv', 'Wird ausgeliefert'], // [I]
    pt: ['Ativa', 'Ativo', 'Em veiculação'], // [I]
    ja: ['配信中', 'アクティブ', '有効'], // [I]
  },
  paused: {
    en: ['Paused', 'Inactive', 'Off'], // [I]
    fr: ['En pause', 'Inactif'], // [I]
    id: ['Dijeda', 'Tidak aktif'], // [I]
    vi: ['Đã tạm dừng'], // [I]
    th: ['หยุดชั่วคราว'], // [I]
    zh: ['已暂停', '暂停'], // [I]
    it: ['In pausa', 'Sospesa'], // [I]
    es: ['En pausa', 'Pausada'], // [I]
    de: ['Pausiert', 'Inaktiv'], // [I]
    pt: ['Pausada', 'Pausado'], // [I]
    ja: ['一時停止中', '停止中'], // [I]
  },
  ended: {
    en: ['Completed', 'Ended', 'Finished'], // [I]
    fr: ['Terminée', 'Terminé'], // [I]
    id: ['Berakhir', 'Selesai'], // [I]
    vi: ['Đã kết thúc'], // [I]
    th: ['สิ้นสุดแล้ว'], // [I]
    zh: ['已结束', '已完成'], // [I]
    it: ['Terminata', 'Completata'], // [I]
    es: ['Finalizada', 'Completada'], // [I]
    de: ['Beendet', 'Abgeschlossen'], // [I]
    pt: ['Encerrada', 'Concluída'], // [I]
    ja: ['終了', '完了'], // [I]
  },
  'not-delivering': {
    en: ['Not delivering', 'Limited delivery'], // [C] (§5)
    fr: ['Pas de diffusion', 'Diffusion limitée'], // [I]
    id: ['Tidak ditayangkan', 'Penayangan terbatas'], // [I]
    vi: ['Không phân phối', 'Phân phối hạn chế'], // [I]
    th: ['ไม่ได้แสดง', 'การแสดงจำกัด'], // [I]
    zh: ['未投放', '投放受限'], // [I]
    it: ['Non in pubblicazione', 'Pubblicazione limitata'], // [I]
    es: ['Sin entrega', 'Entrega limitada'], // [I]
    de: ['Keine Auslieferung', 'Eingeschränkte Auslieferung'], // [I]
    pt: ['Sem veiculação', 'Veiculação limitada'], // [I]
    ja: ['配信なし', '配信制限あり'], // [I]
  },
  'in-review': {
    en: ['In review', 'Under review', 'Pending'], // [C] 'Pending' (§5); rest [I]
    fr: ['En cours d’examen', "En cours d'examen"], // [I]
    id: ['Sedang ditinjau'], // [I]
    vi: ['Đang xét duyệt'], // [I]
    th: ['อยู่ระหว่างตรวจสอบ'], // [I]
    zh: ['审核中'], // [I]
    it: ['In revisione'], // [I]
    es: ['En revisión'], // [I]
    de: ['In Prüfung', 'Wird geprüft'], // [I]
    pt: ['Em análise'], // [I]
    ja: ['審査中'], // [I]
  },
  rejected: {
    en: ['Rejected', 'Not approved'], // [I]
    fr: ['Refusée', 'Rejetée'], // [I]
    id: ['Ditolak'], // [I]
    vi: ['Bị từ chối'], // [I]
    th: ['ถูกปฏิเสธ'], // [I]
    zh: ['未通过', '已拒绝'], // [I]
    it: ['Rifiutata'], // [I]
    es: ['Rechazada'], // [I]
    de: ['Abgelehnt'], // [I]
    pt: ['Rejeitada', 'Reprovada'], // [I]
    ja: ['不承認', '却下'], // [I]
  },
  scheduled: {
    en: ['Scheduled', 'To be delivered'], // [C] 'To be delivered' (§5); rest [I]
    fr: ['Programmée', 'À diffuser'], // [I]
    id: ['Terjadwal'], // [I]
    vi: ['Đã lên lịch'], // [I]
    th: ['กำหนดเวลาแล้ว'], // [I]
    zh: ['待投放'], // [I]
    it: ['Programmata'], // [I]
    es: ['Programada'], // [I]
    de: ['Geplant'], // [I]
    pt: ['Programada', 'Agendada'], // [I]
    ja: ['配信予定'], // [I]
  },
};

/** Budget period words found in the budget cell or its header ("contains", case-folded). */
export const BUDGET_PERIOD: Record<'daily' | 'lifetime', LabelTable> = {
  daily: {
    en: ['daily', '/day', 'per day'], // [I]
    fr: ['quotidien', '/jour', 'par jour'], // [I]
    id: ['harian', '/hari'], // [I]
    vi: ['hằng ngày', 'hàng ngày', '/ngày'], // [I]
    th: ['รายวัน', '/วัน'], // [I]
    zh: ['日预算', '每日', '/天'], // [I]
    it: ['giornaliero', '/giorno', 'al giorno'], // [I]
    es: ['diario', '/día', 'al día'], // [I]
    de: ['tagesbudget', 'täglich', '/tag', 'pro tag'], // [I]
    pt: ['diário', '/dia', 'por dia'], // [I]
    ja: ['日予算', '1日の予算', '/日', '1日あたり'], // [I]
  },
  lifetime: {
    en: ['lifetime', 'total'], // [I]
    fr: ['total', 'totale'], // [I]
    id: ['total', 'seumur hidup'], // [I]
    vi: ['trọn đời', 'tổng'], // [I]
    th: ['ตลอดแคมเปญ', 'ทั้งหมด'], // [I]
    zh: ['总预算', '总计'], // [I]
    it: ['totale'], // [I]
    es: ['total'], // [I]
    de: ['gesamtbudget', 'gesamt', 'laufzeitbudget'], // [I]
    pt: ['total', 'vitalício'], // [I]
    ja: ['総予算', '通算予算'], // [I]
  },
};

/** Words between the two dates of a schedule range ("2026-11-20 ~ 2026-11-26"). */
export const RANGE_SEPARATORS: readonly string[] = [
  ' ~ ', '~', ' 〜 ', '〜', ' ～ ', '～', ' – ', ' — ', ' - ', ' to ', ' au ', ' à ', ' hingga ', ' sampai ', ' đến ', ' ถึง ', '至', ' 至 ', ' bis ', ' até ', // [I]
];

/** "Continuous" / no end date wording in a schedule cell. */
export const SCHEDULE_OPEN_END: LabelTable = {
  en: ['No end date', 'Continuous', 'Run continuously'], // [C] 'Run continuously' (§6); rest [I]
  fr: ['Aucune date de fin', 'En continu'], // [I]
  id: ['Tanpa tanggal akhir', 'Berkelanjutan'], // [I]
  vi: ['Không có ngày kết thúc', 'Liên tục'], // [I]
  th: ['ไม่มีวันสิ้นสุด', 'ต่อเนื่อง'], // [I]
  zh: ['不限结束时间', '长期投放'], // [I]
  it: ['Nessuna data di fine', 'Continuativa'], // [I]
  es: ['Sin fecha de finalización', 'Sin fecha de fin', 'Continua'], // [I]
  de: ['Kein Enddatum', 'Fortlaufend'], // [I]
  pt: ['Sem data de término', 'Contínua'], // [I]
  ja: ['終了日なし', '継続配信'], // [I]
};

/* ───────────────────────────── User management ────────────────────────────────────────────────────────── */

export const USERS_ROLE_COLUMN: LabelTable = {
  en: ['Role', 'Roles', 'Role(s)'], // [I] (§3.3 "select role")
  fr: ['Rôle', 'Rôles'], // [I]
  id: ['Peran'], // [I]
  vi: ['Vai trò'], // [I]
  th: ['บทบาท'], // [I]
  zh: ['角色'], // [I]
  it: ['Ruolo', 'Ruoli'], // [I]
  es: ['Rol', 'Roles', 'Función'], // [I]
  de: ['Rolle', 'Rollen'], // [I]
  pt: ['Função', 'Funções', 'Cargo'], // [I]
  ja: ['役割', 'ロール', '権限'], // [I]
};

/** The mark on the signed-in user's own row (a tag beside the name or e-mail). */
export const USERS_YOU_MARK: LabelTable = {
  en: ['You', '(You)', 'Me', 'Current user', 'Current account', 'Your account'], // [I]
  fr: ['Vous', '(Vous)', 'Moi', 'Utilisateur actuel', 'Votre compte'], // [I]
  id: ['Anda', '(Anda)', 'Saya', 'Pengguna saat ini', 'Akun Anda'], // [I]
  vi: ['Bạn', '(Bạn)', 'Tôi', 'Người dùng hiện tại', 'Tài khoản của bạn'], // [I]
  th: ['คุณ', '(คุณ)', 'ผู้ใช้ปัจจุบัน', 'บัญชีของคุณ'], // [I]
  zh: ['我', '(我)', '（我）', '当前用户', '当前账号', '您的账号'], // [I]
  it: ['Tu', '(Tu)', 'Utente attuale', 'Il tuo account'], // [I]
  es: ['Tú', '(Tú)', 'Usuario actual', 'Tu cuenta'], // [I]
  de: ['Sie', '(Sie)', 'Du', 'Aktueller Benutzer', 'Ihr Konto'], // [I]
  pt: ['Você', '(Você)', 'Usuário atual', 'Sua conta'], // [I]
  ja: ['あなた', '(あなた)', '（あなた）', '自分', '現在のユーザー'], // [I]
};

/** Seller Center roles (§3.3). English strings are back-translated from the Polish official list → [I]. */
export const SELLER_ROLES: Record<Exclude<SellerRole, 'other'>, LabelTable> = {
  owner: {
    en: ['Shop owner', 'Shop Owner', 'Owner', 'Main account'], // [C] 'Shop owner', 'Main account' (§3.3); rest [I]
    fr: ['Propriétaire de boutique', 'Propriétaire de la boutique', 'Propriétaire'], // [C] 'Propriétaire de boutique' (sources/002); rest [I]
    id: ['Pemilik toko', 'Pemilik Toko', 'Akun utama'], // [I]
    vi: ['Chủ cửa hàng', 'Chủ shop', 'Tài khoản chính'], // [I]
    th: ['เจ้าของร้านค้า', 'เจ้าของร้าน', 'บัญชีหลัก'], // [I]
    zh: ['店主', '主账号'], // [C] '店主' (§5); rest [I]
    it: ['Proprietario del negozio', 'Titolare del negozio', 'Account principale'], // [I]
    es: ['Propietario de la tienda', 'Cuenta principal'], // [I]
    de: ['Shop-Inhaber', 'Shopinhaber', 'Hauptkonto'], // [I]
    pt: ['Proprietário da loja', 'Dono da loja', 'Conta principal'], // [I]
    ja: ['ショップオーナー', 'メインアカウント'], // [I]
  },
  admin: {
    en: ['Main admin', 'Admin', 'Administrator'], // [C] 'Admin' (§3.3); rest [I] ('Main admin' is a back-translation)
    fr: ['Admin', 'Administrateur principal', 'Administrateur'], // [C] 'Admin' (sources/002); rest [I]
    id: ['Admin utama', 'Admin'], // [I]
    vi: ['Quản trị viên chính', 'Quản trị viên'], // [I] (Quản trị viên is [C-3p] §5 for BC)
    th: ['ผู้ดูแลระบบหลัก', 'ผู้ดูแลระบบ', 'ผู้ดูแล'], // [I] (ผู้ดูแล is [C] §5 for BC)
    zh: ['主管理员', '管理员'], // [C] '管理员' (§5); rest [I]
    it: ['Amministratore principale', 'Amministratore'], // [I] (Amministratore is [C] §5 for BC)
    es: ['Administrador principal', 'Administrador'], // [I]
    de: ['Hauptadministrator', 'Administrator', 'Admin'], // [I]
    pt: ['Administrador principal', 'Administrador'], // [I] (Administrador is [C] §5 for BC)
    ja: ['メイン管理者', '管理者'], // [I] (管理者 is [C] §5 for BC)
  },
  'ads-manager': {
    en: ['Ads manager', 'Ads Manager', 'Advertising manager'], // [C] 'Ads manager' (§3.3); rest [I]
    fr: ['Gestionnaire de publicité', 'Gestionnaire des publicités'], // [C] 'Gestionnaire de publicité' (sources/002); rest [I]
    id: ['Manajer iklan', 'Manajer Iklan'], // [I]
    vi: ['Quản lý quảng cáo'], // [I]
    th: ['ผู้จัดการโฆษณา'], // [I]
    zh: ['广告经理', '广告管理员'], // [C] '广告经理' (§5); rest [I]
    it: ['Responsabile pubblicità', 'Gestore annunci'], // [I]
    es: ['Gestor de anuncios', 'Administrador de anuncios'], // [I]
    de: ['Anzeigenmanager', 'Werbemanager'], // [I]
    pt: ['Gerente de anúncios'], // [I]
    ja: ['広告マネージャー', '広告担当者'], // [I]
  },
  finance: {
    en: ['Finance specialist', 'Finance'], // [I] (§3.3 back-translation)
    fr: ['Spécialiste financier', 'Spécialiste des finances'], // [I]
    id: ['Spesialis keuangan'], // [I]
    vi: ['Chuyên viên tài chính'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการเงิน'], // [I]
    zh: ['财务专员'], // [I]
    it: ['Specialista finanziario'], // [I]
    es: ['Especialista financiero', 'Especialista en finanzas'], // [I]
    de: ['Finanzspezialist'], // [I]
    pt: ['Especialista financeiro'], // [I]
    ja: ['財務担当者', '財務スペシャリスト'], // [I]
  },
  marketing: {
    en: ['Marketing specialist'], // [I]
    fr: ['Spécialiste marketing'], // [I]
    id: ['Spesialis pemasaran'], // [I]
    vi: ['Chuyên viên tiếp thị'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการตลาด'], // [I]
    zh: ['营销专员'], // [I]
    it: ['Specialista marketing'], // [I]
    es: ['Especialista en marketing'], // [I]
    de: ['Marketingspezialist'], // [I]
    pt: ['Especialista em marketing'], // [I]
    ja: ['マーケティング担当者'], // [I]
  },
  affiliate: {
    en: ['Affiliate manager'], // [I]
    fr: ["Gestionnaire d'affiliation"], // [I]
    id: ['Manajer afiliasi'], // [I]
    vi: ['Quản lý tiếp thị liên kết'], // [I]
    th: ['ผู้จัดการแอฟฟิลิเอต'], // [I]
    zh: ['达人合作经理', '联盟经理'], // [I]
    it: ['Responsabile affiliazioni'], // [I]
    es: ['Gestor de afiliados'], // [I]
    de: ['Affiliate-Manager'], // [I]
    pt: ['Gerente de afiliados'], // [I]
    ja: ['アフィリエイトマネージャー'], // [I]
  },
  'customer-service': {
    en: ['Customer service agent', 'Customer service'], // [I]
    fr: ['Agent du service client', 'Service client'], // [I]
    id: ['Agen layanan pelanggan', 'Layanan pelanggan'], // [I]
    vi: ['Nhân viên chăm sóc khách hàng'], // [I]
    th: ['เจ้าหน้าที่บริการลูกค้า'], // [I]
    zh: ['客服专员', '客服'], // [I]
    it: ['Addetto al servizio clienti', 'Servizio clienti'], // [I]
    es: ['Agente de atención al cliente', 'Atención al cliente'], // [I]
    de: ['Kundenservice-Mitarbeiter', 'Kundenservice'], // [I]
    pt: ['Agente de atendimento ao cliente', 'Atendimento ao cliente'], // [I]
    ja: ['カスタマーサービス担当者', 'カスタマーサービス'], // [I]
  },
  fulfillment: {
    en: ['Fulfillment specialist', 'Fulfilment specialist'], // [I]
    fr: ['Spécialiste du traitement des commandes'], // [I]
    id: ['Spesialis pemenuhan pesanan'], // [I]
    vi: ['Chuyên viên xử lý đơn hàng'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการจัดการคำสั่งซื้อ'], // [I]
    zh: ['履约专员', '订单履约专员'], // [I]
    it: ['Specialista evasione ordini'], // [I]
    es: ['Especialista en gestión de pedidos'], // [I]
    de: ['Fulfillment-Spezialist'], // [I]
    pt: ['Especialista em processamento de pedidos'], // [I]
    ja: ['フルフィルメント担当者'], // [I]
  },
  product: {
    en: ['Product management specialist', 'Product specialist'], // [I]
    fr: ['Spécialiste de la gestion des produits'], // [I]
    id: ['Spesialis manajemen produk'], // [I]
    vi: ['Chuyên viên quản lý sản phẩm'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการจัดการสินค้า'], // [I]
    zh: ['商品管理专员'], // [I]
    it: ['Specialista gestione prodotti'], // [I]
    es: ['Especialista en gestión de productos'], // [I]
    de: ['Produktmanagement-Spezialist'], // [I]
    pt: ['Especialista em gestão de produtos'], // [I]
    ja: ['商品管理担当者'], // [I]
  },
};

/* ───────────────────────────── Home / onboarding tasks ────────────────────────────────────────────────── */

/** Onboarding task titles (exact, after folding). Titles worded otherwise are found by ONBOARDING_KEYWORDS. */
export const ONBOARDING_TASKS: Record<keyof OnboardingTasks, LabelTable> = {
  verification: {
    en: ['Business verification', 'Verify your business', 'Identity verification', 'Verification', 'Verify business'], // [C] 'Business verification' (§3.4); rest [I]
    fr: ["Vérification de l'entreprise", 'Vérifier votre entreprise', "Vérification d'identité", 'Vérification'], // [I]
    id: ['Verifikasi bisnis', 'Verifikasi usaha', 'Verifikasi identitas', 'Verifikasi'], // [I]
    vi: ['Xác minh doanh nghiệp', 'Xác minh danh tính', 'Xác minh'], // [I]
    th: ['การยืนยันธุรกิจ', 'ยืนยันธุรกิจ', 'ยืนยันตัวตน'], // [I]
    zh: ['企业认证', '资质认证', '身份验证', '实名认证'], // [I]
    it: ["Verifica dell'attività", 'Verifica aziendale', 'Verifica'], // [I]
    es: ['Verificación de la empresa', 'Verifica tu empresa', 'Verificación'], // [I]
    de: ['Unternehmensverifizierung', 'Unternehmen verifizieren', 'Verifizierung'], // [I]
    pt: ['Verificação da empresa', 'Verifique sua empresa', 'Verificação'], // [I]
    ja: ['事業者認証', 'ビジネス認証', '本人確認'], // [I]
  },
  bankAccount: {
    en: ['Bank account', 'Add bank account', 'Link bank account', 'Add a bank account'], // [C] 'Bank account' (§3.4); rest [I]
    fr: ['Compte bancaire', 'Ajouter un compte bancaire', 'Associer un compte bancaire'], // [I]
    id: ['Rekening bank', 'Tambahkan rekening bank', 'Tautkan rekening bank'], // [I]
    vi: ['Tài khoản ngân hàng', 'Thêm tài khoản ngân hàng', 'Liên kết tài khoản ngân hàng'], // [I]
    th: ['บัญชีธนาคาร', 'เพิ่มบัญชีธนาคาร', 'เชื่อมโยงบัญชีธนาคาร'], // [I]
    zh: ['银行账户', '绑定银行账户', '添加银行账户'], // [I]
    it: ['Conto bancario', 'Aggiungi un conto bancario'], // [I]
    es: ['Cuenta bancaria', 'Añadir una cuenta bancaria', 'Agregar una cuenta bancaria'], // [I]
    de: ['Bankkonto', 'Bankkonto hinzufügen'], // [I]
    pt: ['Conta bancária', 'Adicionar conta bancária'], // [I]
    ja: ['銀行口座', '銀行口座を登録'], // [I]
  },
  addresses: {
    en: ['Warehouse and return address', 'Warehouse & return address', 'Addresses', 'Add warehouse address', 'Shipping and return address'], // [C] 'Warehouse and return address' (§3.4); rest [I]
    fr: ["Adresse d'entrepôt et de retour", "Adresses d'entrepôt et de retour", 'Adresses'], // [I]
    id: ['Alamat gudang dan pengembalian', 'Alamat gudang & pengembalian', 'Alamat'], // [I]
    vi: ['Địa chỉ kho hàng và trả hàng', 'Địa chỉ kho và trả hàng', 'Địa chỉ'], // [I]
    th: ['ที่อยู่คลังสินค้าและที่อยู่สำหรับคืนสินค้า', 'ที่อยู่คลังสินค้าและการคืนสินค้า', 'ที่อยู่'], // [I]
    zh: ['仓库和退货地址', '发货和退货地址', '地址'], // [I]
    it: ['Indirizzo di magazzino e di reso', 'Indirizzi'], // [I]
    es: ['Dirección de almacén y de devolución', 'Direcciones'], // [I]
    de: ['Lager- und Rücksendeadresse', 'Adressen'], // [I]
    pt: ['Endereço de armazém e de devolução', 'Endereços'], // [I]
    ja: ['倉庫と返品先の住所', '住所'], // [I]
  },
  productLive: {
    en: ['List your first product', 'Add your first product', 'First product live', 'Add product'], // [C] 'First product live' (§3.4); rest [I]
    fr: ['Mettre en ligne votre premier produit', 'Ajouter votre premier produit', 'Publier votre premier produit'], // [I]
    id: ['Unggah produk pertama', 'Tambahkan produk pertama Anda', 'Unggah produk pertama Anda'], // [I]
    vi: ['Đăng sản phẩm đầu tiên', 'Thêm sản phẩm đầu tiên', 'Đăng bán sản phẩm đầu tiên'], // [I]
    th: ['ลงสินค้าชิ้นแรก', 'เพิ่มสินค้าชิ้นแรก', 'ลงขายสินค้าชิ้นแรก'], // [I]
    zh: ['上架第一个商品', '发布首个商品', '上架首个商品'], // [I]
    it: ['Pubblica il tuo primo prodotto', 'Aggiungi il tuo primo prodotto'], // [I]
    es: ['Publica tu primer producto', 'Añade tu primer producto'], // [I]
    de: ['Erstes Produkt einstellen', 'Erstes Produkt hinzufügen'], // [I]
    pt: ['Publique seu primeiro produto', 'Adicione seu primeiro produto'], // [I]
    ja: ['最初の商品を出品', '最初の商品を追加'], // [I]
  },
};

/**
 * Word stems of each onboarding task (§3.4: business verification, bank account, warehouse/return address,
 * first product live). Used only on the TITLE of an item inside a group of steps/tasks (see seller.ts
 * `readTaskGroups`): "Verify business information", "Set warehouse and return addresses" and "Tayangkan produk
 * pertama Anda" are read without listing every wording. Longest keyword first ("คลังสินค้า", warehouse, takes its
 * span before "สินค้า", product); a title naming two tasks is none of them.
 */
export const ONBOARDING_KEYWORDS: Record<keyof OnboardingTasks, LabelTable> = {
  verification: {
    en: ['verif'], // [I] (verify, verification)
    it: ['verific'], // [I]
    id: ['verifikasi'], // [I]
    fr: ['vérif'], // [I]
    es: ['verific'], // [I]
    de: ['verifizier', 'verifikation'], // [I]
    pt: ['verific'], // [I]
    ja: ['認証', '本人確認'], // [I]
    vi: ['xác minh'], // [I]
    th: ['ยืนยัน'], // [I]
    zh: ['认证', '验证'], // [I]
  },
  bankAccount: {
    en: ['bank'], // [I] (stem of "bank account", §3.4)
    it: ['bancari'], // [I]
    id: ['rekening'], // [I]
    fr: ['bancaire'], // [I]
    es: ['bancari'], // [I]
    de: ['bankkonto', 'bankverbindung'], // [I]
    pt: ['bancária'], // [I]
    ja: ['銀行'], // [I]
    vi: ['ngân hàng'], // [I]
    th: ['ธนาคาร'], // [I]
    zh: ['银行', '收款账户'], // [I]
  },
  addresses: {
    en: ['address', 'warehouse'], // [I] (stems of "warehouse/return address", §3.4)
    it: ['indirizz', 'magazzino'], // [I]
    id: ['alamat', 'gudang'], // [I]
    fr: ['adresse', 'entrepôt'], // [I]
    es: ['dirección', 'direcciones', 'almacén'], // [I]
    de: ['adresse', 'lager'], // [I]
    pt: ['endereço', 'armazém'], // [I]
    ja: ['住所', '倉庫', '返品先'], // [I]
    vi: ['địa chỉ', 'kho hàng'], // [I]
    th: ['ที่อยู่', 'คลังสินค้า', 'คืนสินค้า'], // [I]
    zh: ['地址', '仓库', '退货'], // [I]
  },
  productLive: {
    en: ['product'], // [I] (stem of "first product live", §3.4)
    it: ['prodott'], // [I]
    id: ['produk'], // [I]
    fr: ['produit'], // [I]
    es: ['producto'], // [I]
    de: ['produkt'], // [I]
    pt: ['produto'], // [I]
    ja: ['商品', '出品'], // [I]
    vi: ['sản phẩm'], // [I]
    th: ['สินค้า'], // [I]
    zh: ['商品', '上架'], // [I]
  },
};

/* ───────────────────────────── Shop Ads error banners (§3.4: NO real string is known) ─────────────────── */

/**
 * Phrase fragments per error kind. ALL are [I] synthetic: §3.4 gives English fixture wordings, translated by us.
 * A banner's text matches a kind when it CONTAINS a fragment (after folding); the longest fragment wins.
 * The first entry of each language is the full synthetic sentence used by the fixtures.
 */
export const BANNER_PHRASES: Record<Exclude<SellerErrorKind, 'unknown'>, LabelTable> = {
  'bc-admin': {
    en: ['You need Business Center admin permission to continue', 'Business Center admin permission', 'admin permission for your Business Center'], // [I]
    fr: ["Vous avez besoin de l'autorisation d'administrateur du Business Center pour continuer", "autorisation d'administrateur du Business Center", 'autorisation de niveau Administrateur du Business Center'], // [I] (2nd wording from sources/002's fix text)
    id: ['Anda memerlukan izin admin Business Center untuk melanjutkan', 'izin admin Business Center'], // [I]
    vi: ['Bạn cần có quyền quản trị viên Trung tâm doanh nghiệp để tiếp tục', 'quyền quản trị viên Trung tâm doanh nghiệp', 'quyền quản trị viên Business Center'], // [I]
    th: ['คุณต้องมีสิทธิ์ผู้ดูแลศูนย์ธุรกิจเพื่อดำเนินการต่อ', 'สิทธิ์ผู้ดูแลศูนย์ธุรกิจ', 'สิทธิ์ผู้ดูแล Business Center'], // [I]
    zh: ['您需要商务中心管理员权限才能继续', '商务中心管理员权限', 'Business Center 管理员权限'], // [I]
    it: ["Per continuare è necessaria l'autorizzazione di amministratore del Business Center", "autorizzazione di amministratore del Business Center"], // [I]
    es: ['Necesitas permiso de administrador del Centro de negocios para continuar', 'permiso de administrador del Centro de negocios', 'permiso de administrador del Business Center'], // [I]
    de: ['Sie benötigen Administratorrechte für das Business Center, um fortzufahren', 'Administratorrechte für das Business Center'], // [I]
    pt: ['Você precisa de permissão de administrador da Central de Negócios para continuar', 'permissão de administrador da Central de Negócios', 'permissão de administrador do Business Center'], // [I]
    ja: ['続行するにはビジネスセンターの管理者権限が必要です', 'ビジネスセンターの管理者権限'], // [I]
  },
  'bc-bound-elsewhere': {
    en: ['This shop is already bound to another Business Center', 'bound to another Business Center', 'linked to another Business Center'], // [I]
    fr: ['Cette boutique est déjà associée à un autre Business Center', 'associée à un autre Business Center', 'liée à un autre Business Center'], // [I]
    id: ['Toko ini sudah terikat dengan Business Center lain', 'terikat dengan Business Center lain', 'terhubung dengan Business Center lain'], // [I]
    vi: ['Cửa hàng này đã được liên kết với một Trung tâm doanh nghiệp khác', 'liên kết với một Trung tâm doanh nghiệp khác', 'liên kết với Business Center khác'], // [I]
    th: ['ร้านค้านี้เชื่อมโยงกับศูนย์ธุรกิจอื่นแล้ว', 'เชื่อมโยงกับศูนย์ธุรกิจอื่น', 'เชื่อมโยงกับ Business Center อื่น'], // [I]
    zh: ['该店铺已绑定其他商务中心', '已绑定其他商务中心', '已绑定其他 Business Center'], // [I]
    it: ['Questo negozio è già associato a un altro Business Center', 'associato a un altro Business Center', 'collegato a un altro Business Center'], // [I]
    es: ['Esta tienda ya está vinculada a otro Centro de negocios', 'vinculada a otro Centro de negocios', 'vinculada a otro Business Center'], // [I]
    de: ['Dieser Shop ist bereits mit einem anderen Business Center verknüpft', 'mit einem anderen Business Center verknüpft', 'mit einem anderen Business Center verbunden'], // [I]
    pt: ['Esta loja já está vinculada a outra Central de Negócios', 'vinculada a outra Central de Negócios', 'vinculada a outro Business Center'], // [I]
    ja: ['このショップはすでに別のビジネスセンターに紐付けられています', '別のビジネスセンターに紐付け', '別のビジネスセンターにリンク'], // [I]
  },
  onboarding: {
    en: ["This shop hasn't completed the product selling process", "hasn't completed the product selling process", 'has not completed the product selling process', 'complete the product selling process'], // [I]
    fr: ["Cette boutique n'a pas terminé le processus de vente de produits", 'processus de vente de produits'], // [I] (cf. sources/002 "processus de vente de produits complet")
    id: ['Toko ini belum menyelesaikan proses penjualan produk', 'proses penjualan produk'], // [I]
    vi: ['Cửa hàng này chưa hoàn tất quy trình bán sản phẩm', 'quy trình bán sản phẩm'], // [I]
    th: ['ร้านค้านี้ยังไม่ได้ดำเนินการขั้นตอนการขายสินค้าให้เสร็จสมบูรณ์', 'ขั้นตอนการขายสินค้า'], // [I]
    zh: ['该店铺尚未完成商品销售流程', '商品销售流程'], // [I]
    it: ['Questo negozio non ha completato la procedura di vendita dei prodotti', 'procedura di vendita dei prodotti'], // [I]
    es: ['Esta tienda no ha completado el proceso de venta de productos', 'proceso de venta de productos'], // [I]
    de: ['Dieser Shop hat den Produktverkaufsprozess noch nicht abgeschlossen', 'Produktverkaufsprozess'], // [I]
    pt: ['Esta loja não concluiu o processo de venda de produtos', 'processo de venda de produtos'], // [I]
    ja: ['このショップは商品販売の手続きを完了していません', '商品販売の手続き'], // [I]
  },
  'ad-account-unlinked': {
    en: ['This ad account is not linked to your Business Center', 'ad account is not linked to your Business Center', 'ad account is not linked', 'Ads Manager account is not connected to the Business Center'], // [I]
    fr: ["Ce compte publicitaire n'est pas associé à votre Business Center", "compte publicitaire n'est pas associé", "compte Ads Manager n'est pas connecté au Business Center"], // [I]
    id: ['Akun iklan ini tidak terhubung ke Business Center Anda', 'akun iklan ini tidak terhubung', 'akun iklan tidak terhubung'], // [I]
    vi: ['Tài khoản quảng cáo này chưa được liên kết với Trung tâm doanh nghiệp của bạn', 'tài khoản quảng cáo này chưa được liên kết', 'tài khoản quảng cáo chưa được liên kết'], // [I]
    th: ['บัญชีโฆษณานี้ไม่ได้เชื่อมโยงกับศูนย์ธุรกิจของคุณ', 'บัญชีโฆษณานี้ไม่ได้เชื่อมโยง', 'บัญชีโฆษณาไม่ได้เชื่อมโยง'], // [I]
    zh: ['该广告账户未关联到您的商务中心', '广告账户未关联', '广告账号未关联'], // [I]
    it: ['Questo account pubblicitario non è collegato al tuo Business Center', 'account pubblicitario non è collegato'], // [I]
    es: ['Esta cuenta publicitaria no está vinculada a tu Centro de negocios', 'cuenta publicitaria no está vinculada'], // [I]
    de: ['Dieses Werbekonto ist nicht mit Ihrem Business Center verknüpft', 'Werbekonto ist nicht mit Ihrem Business Center verknüpft', 'Werbekonto ist nicht verknüpft'], // [I]
    pt: ['Esta conta de anúncios não está vinculada à sua Central de Negócios', 'conta de anúncios não está vinculada'], // [I]
    ja: ['この広告アカウントはビジネスセンターにリンクされていません', '広告アカウントはビジネスセンターにリンクされていません', '広告アカウントがリンクされていません'], // [I]
  },
};

/* ───────────────────────────── Region → shop currency (for amounts shown without a currency) ─────────── */

/** Shop currency by `shop_region` (the currency a region's Seller Center shows). [I] from GMV Pay currencies §2. */
export const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD', GB: 'GBP', UK: 'GBP', ID: 'IDR', VN: 'VND', TH: 'THB', MY: 'MYR', PH: 'PHP', SG: 'SGD',
  BR: 'BRL', MX: 'MXN', JP: 'JPY', DE: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', IE: 'EUR', EU: 'EUR',
};

/** Shop region by host when the URL has no `shop_region` (seller-<region>.tiktok.com). [I] */
export const HOST_REGION: Readonly<Record<string, string>> = {
  'seller-us.tiktok.com': 'US', 'seller-uk.tiktok.com': 'GB', 'seller-id.tokopedia.com': 'ID',
  'seller-id.tiktok.com': 'ID', 'seller-vn.tiktok.com': 'VN', 'seller-th.tiktok.com': 'TH',
  'seller-my.tiktok.com': 'MY', 'seller-ph.tiktok.com': 'PH', 'seller-sg.tiktok.com': 'SG',
  'seller-br.tiktok.com': 'BR', 'seller-mx.tiktok.com': 'MX', 'seller-jp.tiktok.com': 'JP',
  'seller-fr.tiktok.com': 'FR', 'seller-de.tiktok.com': 'DE', 'seller-es.tiktok.com': 'ES',
  'seller-it.tiktok.com': 'IT', 'seller-ie.tiktok.com': 'IE',
};
