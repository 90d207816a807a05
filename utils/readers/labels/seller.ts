/**
 * Seller Center label tables (data). Every line is tagged:
 *   [C]  confirmed: domain/tiktok-reference.md (§1.3, §3.3, §5) or a stored official help page
 *        (sources/002 is the French help page "Shop Ads": it names the Ads tab, the roles and the buttons);
 *   [I]  assumption (our own wording or translation). Correct it here when a real page shows otherwise.
 *
 * Comparison is exact after `norm()` (case, accents, trailing colon folded) for labels, and "contains" after
 * the same folding for banner phrases. Pages mix languages: readers try the declared language first, then all.
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
  en: ['Ads', 'Shop Ads', 'TikTok Shop Ads'], // [C] "Marketing, then Ads" (§1.3)
  id: ['Iklan', 'Shop Ads', 'Iklan Toko'], // [C] "tab Shop Ads", Iklan (§5); 'Iklan Toko' [I]
  fr: ['Annonces', 'Publicités'], // [C] "section Annonces" (sources/002); 'Publicités' [I]
  zh: ['店铺广告', '广告'], // [C] 营销 → 店铺广告 (§1.3); '广告' [I]
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
  en: ['Home', 'Orders', 'Products', 'Marketing', 'Finance', 'Analytics', 'Growth'], // [C] Marketing; rest [I]
  id: ['Beranda', 'Pesanan', 'Produk', 'Pemasaran', 'Keuangan'], // [C] Keuangan; Pemasaran [I] (§5); rest [I]
  fr: ['Accueil', 'Commandes', 'Produits', 'Marketing', 'Finances'], // [C] Marketing (sources/002); rest [I]
  zh: ['首页', '订单', '商品', '营销', '财务', '数据罗盘'], // [C] 营销, 财务 (§5); rest [I]
  vi: ['Trang chủ', 'Đơn hàng', 'Sản phẩm', 'Tiếp thị', 'Tài chính'], // [C] Tài chính (§5); rest [I]
  th: ['หน้าแรก', 'คำสั่งซื้อ', 'สินค้า', 'การตลาด', 'การเงิน'], // [C] การเงิน (§5); rest [I]
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
  },
  adAccount: {
    en: ['Link Ads Manager account', 'Link a TikTok Ads Manager account', 'Link TikTok Ads Manager account'], // [C] (§1.3)
    fr: ['Associer un compte Ads Manager', 'Associer le compte Ads Manager'], // [I]
    id: ['Tautkan akun Ads Manager', 'Tautkan akun TikTok Ads Manager'], // [I]
    vi: ['Liên kết tài khoản Trình quản lý quảng cáo', 'Liên kết tài khoản Ads Manager'], // [I]
    th: ['ลิงก์บัญชีตัวจัดการโฆษณา', 'ลิงก์บัญชี Ads Manager'], // [I]
    zh: ['关联广告管理平台账户', '关联广告账户'], // [I] (广告管理平台 [C] §5)
  },
  tiktokAccount: {
    en: ['Connect TikTok account', 'Connect a TikTok account'], // [C] (§1.3)
    fr: ['Connecter un compte TikTok', 'Connecter le compte TikTok'], // [C] "Connecter un compte" (sources/002)
    id: ['Hubungkan akun TikTok'], // [C] "+ Hubungkan akun" (§1.3)
    vi: ['Kết nối tài khoản TikTok'], // [I]
    th: ['เชื่อมต่อบัญชี TikTok'], // [I]
    zh: ['连接 TikTok 账号', '绑定 TikTok 账号'], // [I]
  },
};

/** A step / task whose status text says it is finished. */
export const STATE_DONE: LabelTable = {
  en: ['Done', 'Completed', 'Connected', 'Linked', 'Verified', 'Added', 'Live', 'Approved'], // [I]
  fr: ['Terminé', 'Connecté', 'Associé', 'Vérifié', 'Ajouté', 'En ligne'], // [I]
  id: ['Selesai', 'Terhubung', 'Tertaut', 'Terverifikasi', 'Ditambahkan'], // [C] 'Selesai' (§1.3); rest [I]
  vi: ['Đã hoàn tất', 'Đã kết nối', 'Đã liên kết', 'Đã xác minh', 'Đã thêm'], // [I]
  th: ['เสร็จสิ้น', 'เชื่อมต่อแล้ว', 'ลิงก์แล้ว', 'ยืนยันแล้ว', 'เพิ่มแล้ว'], // [I]
  zh: ['已完成', '已连接', '已关联', '已绑定', '已认证', '已添加', '已上架'], // [I]
};

/** A step / task whose status text says it still has to be done. */
export const STATE_TODO: LabelTable = {
  en: ['To do', 'Not started', 'Not connected', 'Not linked', 'Pending', 'Incomplete', 'Required'], // [I]
  fr: ['À faire', 'Non commencé', 'Non connecté', 'Non associé', 'En attente', 'Incomplet'], // [I]
  id: ['Belum selesai', 'Belum dimulai', 'Belum terhubung', 'Belum ditautkan', 'Tertunda'], // [I]
  vi: ['Chưa hoàn tất', 'Chưa bắt đầu', 'Chưa kết nối', 'Chưa liên kết', 'Đang chờ'], // [I]
  th: ['ยังไม่เสร็จ', 'ยังไม่เริ่ม', 'ยังไม่เชื่อมต่อ', 'ยังไม่ได้ลิงก์', 'รอดำเนินการ'], // [I]
  zh: ['待完成', '未开始', '未连接', '未关联', '未绑定', '待处理'], // [I]
};

/** "Create campaign" on the Ads dashboard: shown only once set-up is complete (§1.3). */
export const CREATE_CAMPAIGN: LabelTable = {
  en: ['Create campaign', 'Create ad', 'Create GMV Max campaign', '+ Create campaign'], // [C] (§1.3)
  fr: ['Créer une campagne'], // [C] (sources/002)
  id: ['Buat kampanye', 'Buat iklan'], // [I]
  vi: ['Tạo chiến dịch', 'Tạo quảng cáo'], // [I]
  th: ['สร้างแคมเปญ', 'สร้างโฆษณา'], // [I]
  zh: ['创建推广系列', '创建广告'], // [C] 创建广告 (§1.3 Ads Manager zh); 创建推广系列 [I]
};

/* ───────────────────────────── Ads dashboard: ad account header ───────────────────────────────────────── */

export const AD_ACCOUNT_LABEL: LabelTable = {
  en: ['Ad account', 'Ads account', 'Ads Manager account', 'Advertiser account'], // [I]
  fr: ['Compte publicitaire', 'Compte Ads Manager'], // [C] "compte publicitaire" (sources/002)
  id: ['Akun iklan', 'Akun Ads Manager'], // [I]
  vi: ['Tài khoản quảng cáo'], // [I]
  th: ['บัญชีโฆษณา'], // [I]
  zh: ['广告账户', '广告账号'], // [I]
};

/** Overview KPI card labels: they tell that the page is the Ads dashboard and which language it speaks. */
export const ADS_KPI: LabelTable = {
  en: ['Cost', 'SKU orders', 'Cost per order', 'Gross revenue', 'ROI'], // [C] (§1.3, translated from zh)
  zh: ['成本', 'SKU 订单数', '平均下单成本', '总收入', 'ROI'], // [C-code] (§1.3)
  fr: ['Coût', 'Commandes de SKU', 'Coût par commande', 'Revenu brut'], // [I]
  id: ['Biaya', 'Pesanan SKU', 'Biaya per pesanan', 'Pendapatan kotor'], // [I]
  vi: ['Chi phí', 'Đơn hàng SKU', 'Chi phí mỗi đơn hàng', 'Tổng doanh thu'], // [I]
  th: ['ค่าใช้จ่าย', 'คำสั่งซื้อ SKU', 'ค่าใช้จ่ายต่อคำสั่งซื้อ', 'รายได้รวม'], // [I]
};

/* ───────────────────────────── Ads dashboard: campaign table ──────────────────────────────────────────── */

export const CAMPAIGN_COLUMNS = {
  name: {
    en: ['Campaign name', 'Campaign'], // [C] (§1.3 AM campaign list)
    fr: ['Nom de la campagne', 'Campagne'], // [I]
    id: ['Nama kampanye', 'Kampanye'], // [I]
    vi: ['Tên chiến dịch', 'Chiến dịch'], // [I]
    th: ['ชื่อแคมเปญ', 'แคมเปญ'], // [I]
    zh: ['推广系列名称', '推广系列'], // [C] 推广系列 (§1.3); 名称 [I]
  },
  status: {
    en: ['Status', 'Delivery status'], // [C] (§7 AM campaigns)
    fr: ['Statut', 'État'], // [I]
    id: ['Status'], // [I]
    vi: ['Trạng thái'], // [I]
    th: ['สถานะ'], // [I]
    zh: ['状态', '投放状态'], // [I]
  },
  type: {
    en: ['Type', 'Campaign type', 'Ad type'], // [I]
    fr: ['Type', 'Type de campagne'], // [I]
    id: ['Jenis', 'Tipe', 'Jenis kampanye'], // [I]
    vi: ['Loại', 'Loại chiến dịch'], // [I]
    th: ['ประเภท', 'ประเภทแคมเปญ'], // [I]
    zh: ['类型', '推广类型'], // [I]
  },
  budget: {
    en: ['Budget', 'Daily budget', 'Lifetime budget'], // [C] (§6)
    fr: ['Budget', 'Budget quotidien', 'Budget total'], // [I]
    id: ['Anggaran', 'Anggaran harian', 'Anggaran total'], // [I]
    vi: ['Ngân sách', 'Ngân sách hằng ngày', 'Ngân sách trọn đời'], // [I]
    th: ['งบประมาณ', 'งบประมาณรายวัน', 'งบประมาณตลอดแคมเปญ'], // [I]
    zh: ['预算', '日预算', '总预算'], // [I]
  },
  bidStrategy: {
    en: ['Bid strategy', 'Bidding strategy', 'Optimization'], // [C] (§6 "bid strategy")
    fr: ["Stratégie d'enchères", "Stratégie d'enchère"], // [I]
    id: ['Strategi bid', 'Strategi penawaran'], // [I]
    vi: ['Chiến lược giá thầu'], // [I]
    th: ['กลยุทธ์การเสนอราคา'], // [I]
    zh: ['出价策略', '竞价策略'], // [I]
  },
  bid: {
    en: ['Bid', 'Cost cap', 'Cost Cap bid'], // [C] (§6)
    fr: ['Enchère', 'Plafond de coût'], // [C] 'Plafond de coût' (sources/002); 'Enchère' [I]
    id: ['Bid', 'Tawaran', 'Batas biaya'], // [I]
    vi: ['Giá thầu', 'Giới hạn chi phí'], // [I]
    th: ['ราคาเสนอ', 'การจำกัดต้นทุน'], // [I]
    zh: ['出价', '成本上限'], // [I]
  },
  roiTarget: {
    en: ['ROI target', 'Target ROI', 'ROAS target'], // [C-code] campaign_target_roi (§1.3); wording [I]
    fr: ['ROI cible', 'Objectif de ROI'], // [I]
    id: ['Target ROI'], // [I]
    vi: ['ROI mục tiêu'], // [I]
    th: ['ROI เป้าหมาย'], // [I]
    zh: ['目标 ROI', 'ROI 目标', '目标ROI'], // [I]
  },
  /** A combined "Bid / ROI target" column: money → bid, bare number → ROI target. */
  bidOrRoi: {
    en: ['Bid / ROI target', 'Bid/ROI target', 'Bid or ROI target', 'Target'], // [I]
    fr: ['Enchère / ROI cible', 'Cible'], // [I]
    id: ['Bid / Target ROI', 'Target'], // [I]
    vi: ['Giá thầu / ROI mục tiêu', 'Mục tiêu'], // [I]
    th: ['ราคาเสนอ / ROI เป้าหมาย', 'เป้าหมาย'], // [I]
    zh: ['出价 / 目标 ROI', '出价/目标ROI', '目标'], // [I]
  },
  schedule: {
    en: ['Schedule', 'Schedule time', 'Start time - End time'], // [C] (§6 "schedule")
    fr: ['Calendrier', 'Programmation'], // [C] 'calendrier' (sources/002); 'Programmation' [I]
    id: ['Jadwal'], // [I]
    vi: ['Lịch chạy', 'Lịch trình'], // [I]
    th: ['กำหนดการ', 'ตารางเวลา'], // [I]
    zh: ['排期', '投放时间'], // [I]
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
  },
  'max-delivery': {
    en: ['Maximum delivery', 'Max delivery', 'Lowest cost', 'Maximize gross revenue'], // [C] (§6); 'Maximize gross revenue' (GMV Max, budget-led, no ROI target) [I]
    fr: ['Diffusion maximale'], // [I]
    id: ['Penayangan maksimum'], // [I]
    vi: ['Phân phối tối đa'], // [I]
    th: ['การแสดงโฆษณาสูงสุด'], // [I]
    zh: ['最大投放量', '最大化投放'], // [I]
  },
  'roi-target': {
    en: ['ROI target', 'Target ROI', 'Minimum ROAS'], // [C] minimum ROAS (§6); rest [I]
    fr: ['ROI cible', 'ROAS minimum'], // [I]
    id: ['Target ROI', 'ROAS minimum'], // [I]
    vi: ['ROI mục tiêu', 'ROAS tối thiểu'], // [I]
    th: ['ROI เป้าหมาย', 'ROAS ขั้นต่ำ'], // [I]
    zh: ['目标 ROI', '最低 ROAS', '目标ROI'], // [I]
  },
  other: {},
};

/** Campaign type (a Type column or a tag beside the name). */
export const CAMPAIGN_KINDS: Record<NonNullable<Campaign['kind']>, LabelTable> = {
  'gmv-max': {
    en: ['GMV Max', 'Product GMV Max', 'LIVE GMV Max'], // [C] (§6)
    fr: ['GMV Max'], // [C] product name
    id: ['GMV Max'], // [C]
    vi: ['GMV Max'], // [C]
    th: ['GMV Max'], // [C]
    zh: ['GMV Max', '商品 GMV Max', '直播 GMV Max'], // [C] name; zh prefixes [I]
  },
  live: {
    en: ['LIVE Shopping Ads', 'LSA', 'LIVE'], // [C] (§6)
    fr: ['Live Shopping Ads', 'LSA'], // [C] (sources/002)
    id: ['LIVE Shopping Ads', 'Iklan LIVE Shopping'], // [I]
    vi: ['Quảng cáo mua sắm LIVE', 'LIVE Shopping Ads'], // [I]
    th: ['โฆษณา LIVE Shopping', 'LIVE Shopping Ads'], // [I]
    zh: ['直播购物广告', 'LIVE Shopping Ads'], // [I]
  },
  video: {
    en: ['Video Shopping Ads', 'VSA'], // [C] (§6)
    fr: ['Video Shopping Ads', 'VSA'], // [C] (sources/002)
    id: ['Video Shopping Ads'], // [I]
    vi: ['Video Shopping Ads'], // [I]
    th: ['Video Shopping Ads'], // [I]
    zh: ['视频购物广告'], // [I]
  },
  product: {
    en: ['Product Shopping Ads', 'PSA'], // [C] (§6)
    fr: ['Product Shopping Ads', 'PSA'], // [C] (sources/002)
    id: ['Product Shopping Ads'], // [I]
    vi: ['Product Shopping Ads'], // [I]
    th: ['Product Shopping Ads'], // [I]
    zh: ['商品购物广告'], // [I]
  },
  other: {},
};

/**
 * Campaign status cell → a canonical status id (stored in `Campaign.status`). Unknown wording is stored
 * verbatim, so nothing is lost.
 */
export const CAMPAIGN_STATUSES: Record<'active' | 'paused' | 'ended' | 'not-delivering' | 'in-review' | 'rejected' | 'scheduled', LabelTable> = {
  active: {
    en: ['Active', 'Delivering', 'Running', 'On'], // [C] 'Active' (§5)
    fr: ['Actif', 'Active', 'En cours de diffusion', 'En cours'], // [I]
    id: ['Aktif', 'Sedang berjalan'], // [I]
    vi: ['Đang hoạt động', 'Đang phân phối'], // [I]
    th: ['ใช้งานอยู่', 'กำลังแสดง'], // [I]
    zh: ['投放中', '进行中', '启用'], // [I]
  },
  paused: {
    en: ['Paused', 'Inactive', 'Off'], // [I]
    fr: ['En pause', 'Inactif'], // [I]
    id: ['Dijeda', 'Tidak aktif'], // [I]
    vi: ['Đã tạm dừng'], // [I]
    th: ['หยุดชั่วคราว'], // [I]
    zh: ['已暂停', '暂停'], // [I]
  },
  ended: {
    en: ['Completed', 'Ended', 'Finished'], // [I]
    fr: ['Terminée', 'Terminé'], // [I]
    id: ['Berakhir', 'Selesai'], // [I]
    vi: ['Đã kết thúc'], // [I]
    th: ['สิ้นสุดแล้ว'], // [I]
    zh: ['已结束', '已完成'], // [I]
  },
  'not-delivering': {
    en: ['Not delivering', 'Limited delivery'], // [C] (§5)
    fr: ['Pas de diffusion', 'Diffusion limitée'], // [I]
    id: ['Tidak ditayangkan', 'Penayangan terbatas'], // [I]
    vi: ['Không phân phối', 'Phân phối hạn chế'], // [I]
    th: ['ไม่ได้แสดง', 'การแสดงจำกัด'], // [I]
    zh: ['未投放', '投放受限'], // [I]
  },
  'in-review': {
    en: ['In review', 'Under review', 'Pending'], // [C] 'Pending' (§5); rest [I]
    fr: ['En cours d’examen', "En cours d'examen"], // [I]
    id: ['Sedang ditinjau'], // [I]
    vi: ['Đang xét duyệt'], // [I]
    th: ['อยู่ระหว่างตรวจสอบ'], // [I]
    zh: ['审核中'], // [I]
  },
  rejected: {
    en: ['Rejected', 'Not approved'], // [I]
    fr: ['Refusée', 'Rejetée'], // [I]
    id: ['Ditolak'], // [I]
    vi: ['Bị từ chối'], // [I]
    th: ['ถูกปฏิเสธ'], // [I]
    zh: ['未通过', '已拒绝'], // [I]
  },
  scheduled: {
    en: ['Scheduled', 'To be delivered'], // [C] 'To be delivered' (§5)
    fr: ['Programmée', 'À diffuser'], // [I]
    id: ['Terjadwal'], // [I]
    vi: ['Đã lên lịch'], // [I]
    th: ['กำหนดเวลาแล้ว'], // [I]
    zh: ['待投放'], // [I]
  },
};

/** Budget period words found in the budget cell or its header. */
export const BUDGET_PERIOD: Record<'daily' | 'lifetime', LabelTable> = {
  daily: {
    en: ['daily', '/day', 'per day'], // [I]
    fr: ['quotidien', '/jour', 'par jour'], // [I]
    id: ['harian', '/hari'], // [I]
    vi: ['hằng ngày', 'hàng ngày', '/ngày'], // [I]
    th: ['รายวัน', '/วัน'], // [I]
    zh: ['日预算', '每日', '/天'], // [I]
  },
  lifetime: {
    en: ['lifetime', 'total'], // [I]
    fr: ['total', 'totale'], // [I]
    id: ['total', 'seumur hidup'], // [I]
    vi: ['trọn đời', 'tổng'], // [I]
    th: ['ตลอดแคมเปญ', 'ทั้งหมด'], // [I]
    zh: ['总预算', '总计'], // [I]
  },
};

/** Words between the two dates of a schedule range ("2026-11-20 ~ 2026-11-26"). */
export const RANGE_SEPARATORS: readonly string[] = [
  ' ~ ', '~', ' – ', ' — ', ' - ', ' to ', ' au ', ' à ', ' hingga ', ' sampai ', ' đến ', ' - ', ' ถึง ', '至', ' 至 ', // [I]
];

/** "Continuous" / no end date wording in a schedule cell. */
export const SCHEDULE_OPEN_END: LabelTable = {
  en: ['No end date', 'Continuous', 'Run continuously'], // [C] "run continuously" (§6)
  fr: ['Aucune date de fin', 'En continu'], // [I]
  id: ['Tanpa tanggal akhir', 'Berkelanjutan'], // [I]
  vi: ['Không có ngày kết thúc', 'Liên tục'], // [I]
  th: ['ไม่มีวันสิ้นสุด', 'ต่อเนื่อง'], // [I]
  zh: ['不限结束时间', '长期投放'], // [I]
};

/* ───────────────────────────── User management ────────────────────────────────────────────────────────── */

export const USERS_ROLE_COLUMN: LabelTable = {
  en: ['Role', 'Roles', 'Role(s)'], // [I] (§3.3 "select role")
  fr: ['Rôle', 'Rôles'], // [I]
  id: ['Peran'], // [I]
  vi: ['Vai trò'], // [I]
  th: ['บทบาท'], // [I]
  zh: ['角色'], // [I]
};

/** The mark on the signed-in user's own row (a tag beside the name or e-mail). */
export const USERS_YOU_MARK: LabelTable = {
  en: ['You', '(You)', 'Me', 'Current user', 'Current account', 'Your account'], // [I]
  fr: ['Vous', '(Vous)', 'Moi', 'Utilisateur actuel', 'Votre compte'], // [I]
  id: ['Anda', '(Anda)', 'Saya', 'Pengguna saat ini', 'Akun Anda'], // [I]
  vi: ['Bạn', '(Bạn)', 'Tôi', 'Người dùng hiện tại', 'Tài khoản của bạn'], // [I]
  th: ['คุณ', '(คุณ)', 'ผู้ใช้ปัจจุบัน', 'บัญชีของคุณ'], // [I]
  zh: ['我', '(我)', '（我）', '当前用户', '当前账号', '您的账号'], // [I]
};

/** Seller Center roles (§3.3). English strings are back-translated from the Polish official list → [I]. */
export const SELLER_ROLES: Record<Exclude<SellerRole, 'other'>, LabelTable> = {
  owner: {
    en: ['Shop owner', 'Shop Owner', 'Owner', 'Main account'], // [C-3p] "Shop Owner" (§3.3 tkfff); 'Main account' [C] §3.3
    fr: ['Propriétaire de boutique', 'Propriétaire de la boutique', 'Propriétaire'], // [C] (sources/002)
    id: ['Pemilik toko', 'Pemilik Toko', 'Akun utama'], // [I]
    vi: ['Chủ cửa hàng', 'Chủ shop', 'Tài khoản chính'], // [I]
    th: ['เจ้าของร้านค้า', 'เจ้าของร้าน', 'บัญชีหลัก'], // [I]
    zh: ['店主', '主账号'], // [C] 店主 (§5); 主账号 [I]
  },
  admin: {
    en: ['Main admin', 'Admin', 'Administrator'], // [C] "Admin" (§3.3 tkfff); 'Main admin' [I] back-translation
    fr: ['Admin', 'Administrateur principal', 'Administrateur'], // [C] 'Admin' (sources/002); rest [I]
    id: ['Admin utama', 'Admin'], // [I]
    vi: ['Quản trị viên chính', 'Quản trị viên'], // [I] (Quản trị viên [C-3p] §5)
    th: ['ผู้ดูแลระบบหลัก', 'ผู้ดูแลระบบ', 'ผู้ดูแล'], // [I] (ผู้ดูแล [C] §5 BC)
    zh: ['主管理员', '管理员'], // [C] 管理员 (§5); 主管理员 [I]
  },
  'ads-manager': {
    en: ['Ads manager', 'Ads Manager', 'Advertising manager'], // [C] "Ads Manager" permission (§3.3)
    fr: ['Gestionnaire de publicité', 'Gestionnaire des publicités'], // [C] (sources/002)
    id: ['Manajer iklan', 'Manajer Iklan'], // [I]
    vi: ['Quản lý quảng cáo'], // [I]
    th: ['ผู้จัดการโฆษณา'], // [I]
    zh: ['广告经理', '广告管理员'], // [C] 广告经理 (§5)
  },
  finance: {
    en: ['Finance specialist', 'Finance'], // [I] (§3.3 back-translation)
    fr: ['Spécialiste financier', 'Spécialiste des finances'], // [I]
    id: ['Spesialis keuangan'], // [I]
    vi: ['Chuyên viên tài chính'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการเงิน'], // [I]
    zh: ['财务专员'], // [I]
  },
  marketing: {
    en: ['Marketing specialist'], // [I]
    fr: ['Spécialiste marketing'], // [I]
    id: ['Spesialis pemasaran'], // [I]
    vi: ['Chuyên viên tiếp thị'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการตลาด'], // [I]
    zh: ['营销专员'], // [I]
  },
  affiliate: {
    en: ['Affiliate manager'], // [I]
    fr: ["Gestionnaire d'affiliation"], // [I]
    id: ['Manajer afiliasi'], // [I]
    vi: ['Quản lý tiếp thị liên kết'], // [I]
    th: ['ผู้จัดการแอฟฟิลิเอต'], // [I]
    zh: ['达人合作经理', '联盟经理'], // [I]
  },
  'customer-service': {
    en: ['Customer service agent', 'Customer service'], // [I]
    fr: ['Agent du service client', 'Service client'], // [I]
    id: ['Agen layanan pelanggan', 'Layanan pelanggan'], // [I]
    vi: ['Nhân viên chăm sóc khách hàng'], // [I]
    th: ['เจ้าหน้าที่บริการลูกค้า'], // [I]
    zh: ['客服专员', '客服'], // [I]
  },
  fulfillment: {
    en: ['Fulfillment specialist', 'Fulfilment specialist'], // [I]
    fr: ['Spécialiste du traitement des commandes'], // [I]
    id: ['Spesialis pemenuhan pesanan'], // [I]
    vi: ['Chuyên viên xử lý đơn hàng'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการจัดการคำสั่งซื้อ'], // [I]
    zh: ['履约专员', '订单履约专员'], // [I]
  },
  product: {
    en: ['Product management specialist', 'Product specialist'], // [I]
    fr: ['Spécialiste de la gestion des produits'], // [I]
    id: ['Spesialis manajemen produk'], // [I]
    vi: ['Chuyên viên quản lý sản phẩm'], // [I]
    th: ['ผู้เชี่ยวชาญด้านการจัดการสินค้า'], // [I]
    zh: ['商品管理专员'], // [I]
  },
};

/* ───────────────────────────── Home / onboarding tasks ────────────────────────────────────────────────── */

export const ONBOARDING_TASKS: Record<keyof OnboardingTasks, LabelTable> = {
  verification: {
    en: ['Business verification', 'Verify your business', 'Identity verification', 'Verification'], // [C] "business verification" (§3.4); rest [I]
    fr: ["Vérification de l'entreprise", 'Vérifier votre entreprise', 'Vérification'], // [I]
    id: ['Verifikasi bisnis', 'Verifikasi usaha', 'Verifikasi'], // [I]
    vi: ['Xác minh doanh nghiệp', 'Xác minh'], // [I]
    th: ['การยืนยันธุรกิจ', 'ยืนยันธุรกิจ'], // [I]
    zh: ['企业认证', '资质认证', '身份验证'], // [I]
  },
  bankAccount: {
    en: ['Bank account', 'Add bank account', 'Link bank account'], // [C] "bank account" (§3.4); rest [I]
    fr: ['Compte bancaire', 'Ajouter un compte bancaire'], // [I]
    id: ['Rekening bank', 'Tambahkan rekening bank'], // [I]
    vi: ['Tài khoản ngân hàng', 'Thêm tài khoản ngân hàng'], // [I]
    th: ['บัญชีธนาคาร', 'เพิ่มบัญชีธนาคาร'], // [I]
    zh: ['银行账户', '绑定银行账户'], // [I]
  },
  addresses: {
    en: ['Warehouse and return address', 'Warehouse & return address', 'Addresses', 'Add warehouse address', 'Shipping and return address'], // [C] "warehouse/return address" (§3.4); rest [I]
    fr: ["Adresse d'entrepôt et de retour", 'Adresses'], // [I]
    id: ['Alamat gudang dan pengembalian', 'Alamat'], // [I]
    vi: ['Địa chỉ kho hàng và trả hàng', 'Địa chỉ'], // [I]
    th: ['ที่อยู่คลังสินค้าและที่อยู่สำหรับคืนสินค้า', 'ที่อยู่'], // [I]
    zh: ['仓库和退货地址', '地址'], // [I]
  },
  productLive: {
    en: ['List your first product', 'Add your first product', 'First product live', 'Add product'], // [C] "first product live" (§3.4); rest [I]
    fr: ['Mettre en ligne votre premier produit', 'Ajouter votre premier produit'], // [I]
    id: ['Unggah produk pertama', 'Tambahkan produk pertama Anda'], // [I]
    vi: ['Đăng sản phẩm đầu tiên', 'Thêm sản phẩm đầu tiên'], // [I]
    th: ['ลงสินค้าชิ้นแรก', 'เพิ่มสินค้าชิ้นแรก'], // [I]
    zh: ['上架第一个商品', '发布首个商品'], // [I]
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
  },
  'bc-bound-elsewhere': {
    en: ['This shop is already bound to another Business Center', 'bound to another Business Center', 'linked to another Business Center'], // [I]
    fr: ['Cette boutique est déjà associée à un autre Business Center', 'associée à un autre Business Center', 'liée à un autre Business Center'], // [I]
    id: ['Toko ini sudah terikat dengan Business Center lain', 'terikat dengan Business Center lain', 'terhubung dengan Business Center lain'], // [I]
    vi: ['Cửa hàng này đã được liên kết với một Trung tâm doanh nghiệp khác', 'liên kết với một Trung tâm doanh nghiệp khác', 'liên kết với Business Center khác'], // [I]
    th: ['ร้านค้านี้เชื่อมโยงกับศูนย์ธุรกิจอื่นแล้ว', 'เชื่อมโยงกับศูนย์ธุรกิจอื่น', 'เชื่อมโยงกับ Business Center อื่น'], // [I]
    zh: ['该店铺已绑定其他商务中心', '已绑定其他商务中心', '已绑定其他 Business Center'], // [I]
  },
  onboarding: {
    en: ["This shop hasn't completed the product selling process", "hasn't completed the product selling process", 'has not completed the product selling process', 'complete the product selling process'], // [I]
    fr: ["Cette boutique n'a pas terminé le processus de vente de produits", 'processus de vente de produits'], // [I] (cf. sources/002 "processus de vente de produits complet")
    id: ['Toko ini belum menyelesaikan proses penjualan produk', 'proses penjualan produk'], // [I]
    vi: ['Cửa hàng này chưa hoàn tất quy trình bán sản phẩm', 'quy trình bán sản phẩm'], // [I]
    th: ['ร้านค้านี้ยังไม่ได้ดำเนินการขั้นตอนการขายสินค้าให้เสร็จสมบูรณ์', 'ขั้นตอนการขายสินค้า'], // [I]
    zh: ['该店铺尚未完成商品销售流程', '商品销售流程'], // [I]
  },
  'ad-account-unlinked': {
    en: ['This ad account is not linked to your Business Center', 'ad account is not linked to your Business Center', 'ad account is not linked', 'Ads Manager account is not connected to the Business Center'], // [I]
    fr: ["Ce compte publicitaire n'est pas associé à votre Business Center", "compte publicitaire n'est pas associé", "compte Ads Manager n'est pas connecté au Business Center"], // [I]
    id: ['Akun iklan ini tidak terhubung ke Business Center Anda', 'akun iklan ini tidak terhubung', 'akun iklan tidak terhubung'], // [I]
    vi: ['Tài khoản quảng cáo này chưa được liên kết với Trung tâm doanh nghiệp của bạn', 'tài khoản quảng cáo này chưa được liên kết', 'tài khoản quảng cáo chưa được liên kết'], // [I]
    th: ['บัญชีโฆษณานี้ไม่ได้เชื่อมโยงกับศูนย์ธุรกิจของคุณ', 'บัญชีโฆษณานี้ไม่ได้เชื่อมโยง', 'บัญชีโฆษณาไม่ได้เชื่อมโยง'], // [I]
    zh: ['该广告账户未关联到您的商务中心', '广告账户未关联', '广告账号未关联'], // [I]
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
