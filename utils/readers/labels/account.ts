/**
 * Label tables (data) for the account set-up and access readers: Ads Manager Account Setup / Account health and
 * Business Center Members, Finance roles, Ad accounts, Billing information, Overview.
 *
 * Every entry is tagged:
 *   // [C]  the string is confirmed by domain/tiktok-reference.md (§1.2, §3, §5, §7), which cites TikTok help pages
 *           or public code that drives the live site;
 *   // [I]  an assumption (a plausible UI string nobody here has seen on the live site).
 * Where one line mixes both, the comment says which strings are which.
 *
 * Every table covers the eleven reader languages (en, it, id, fr, es, de, pt = pt-BR, ja, vi, th, zh = zh-CN);
 * tests/unit/readers-languages.test.ts checks it. The reference (§5) confirms the Business Center role names and a
 * few Account Setup words; the other lines are ordinary UI wording of each language, marked [I].
 *
 * Matching is exact after `norm()` (case, accents, whitespace and a trailing colon/asterisk folded), so a label
 * table only needs one spelling per wording. Tables are searched in the page's declared language first and then in
 * every other language (pages mix languages; the Ads Manager language is an account setting).
 */
import type { LabelTable } from '../find';
import type { AccountHealth, AccountStatus, AdRole, BcBasicRole, FactValues } from '../../facts/types';

// ───────────────────────────── Ads Manager: Account Setup (/i18n/account/info) ─────────────────────────────

export const ACCOUNT_STATUS_LABEL: LabelTable = {
  en: ['Account status', 'Account Status'], // [C] "Account Status" module (help account-review-checklist)
  es: ['Estado de la cuenta'], // [C] Spanish help request-account-review
  it: ["Stato dell'account", 'Stato account'], // [I]
  id: ['Status akun', 'Status Akun'], // [I]
  fr: ['Statut du compte', 'État du compte'], // [I]
  de: ['Kontostatus'], // [I]
  pt: ['Status da conta'], // [I]
  ja: ['アカウントステータス', 'アカウントの状態'], // [I]
  vi: ['Trạng thái tài khoản'], // [I]
  th: ['สถานะบัญชี'], // [I]
  zh: ['账户状态', '账号状态'], // [I]
};

export const ACCOUNT_NAME_LABEL: LabelTable = {
  en: ['Account name', 'Ad account name', 'Advertiser name'], // [C] "Account name" (BC table header, §1.2); [I] the others
  it: ["Nome dell'account", 'Nome account'], // [I]
  id: ['Nama akun', 'Nama akun iklan'], // [I]
  fr: ['Nom du compte', 'Nom du compte publicitaire'], // [I]
  es: ['Nombre de la cuenta'], // [I]
  de: ['Kontoname'], // [I]
  pt: ['Nome da conta'], // [I]
  ja: ['アカウント名', '広告アカウント名'], // [I]
  vi: ['Tên tài khoản', 'Tên tài khoản quảng cáo'], // [I]
  th: ['ชื่อบัญชี', 'ชื่อบัญชีโฆษณา'], // [I]
  zh: ['账户名称', '广告账户名称', '账号名称'], // [I]
};

export const ACCOUNT_ID_LABEL: LabelTable = {
  en: ['Account ID', 'Ad account ID', 'Advertiser ID'], // [I]
  it: ["ID dell'account", 'ID account'], // [I]
  id: ['ID akun', 'ID akun iklan'], // [I]
  fr: ['ID du compte', 'Identifiant du compte'], // [I]
  es: ['ID de la cuenta', 'ID de cuenta'], // [I]
  de: ['Konto-ID'], // [I]
  pt: ['ID da conta'], // [I]
  ja: ['アカウントID', '広告アカウントID'], // [I]
  vi: ['ID tài khoản', 'ID tài khoản quảng cáo'], // [I]
  th: ['ID บัญชี', 'รหัสบัญชี', 'ID บัญชีโฆษณา'], // [I]
  zh: ['账户 ID', '账户ID', '广告账户 ID', '广告账户ID'], // [I]
};

export const CURRENCY_LABEL: LabelTable = {
  en: ['Currency'], // [I] (currency is shown read-only on Account Setup: [C] §7; the label wording is assumed)
  it: ['Valuta'], // [I]
  id: ['Mata uang'], // [I]
  fr: ['Devise'], // [I]
  es: ['Moneda'], // [I]
  de: ['Währung'], // [I]
  pt: ['Moeda'], // [I]
  ja: ['通貨'], // [I]
  vi: ['Tiền tệ', 'Đơn vị tiền tệ'], // [I]
  th: ['สกุลเงิน'], // [I]
  zh: ['币种', '货币'], // [I]
};

export const TIMEZONE_LABEL: LabelTable = {
  en: ['Time zone', 'Timezone'], // [I]
  it: ['Fuso orario'], // [I]
  id: ['Zona waktu'], // [I]
  fr: ['Fuseau horaire'], // [I]
  es: ['Zona horaria'], // [I]
  de: ['Zeitzone'], // [I]
  pt: ['Fuso horário'], // [I]
  ja: ['タイムゾーン'], // [I]
  vi: ['Múi giờ'], // [I]
  th: ['เขตเวลา'], // [I]
  zh: ['时区'], // [I]
};

export const BILLING_COUNTRY_LABEL: LabelTable = {
  en: ['Billing country', 'Billing country/region', 'Country/Region'], // [I] (billing country lives in Basic Information: [C] §1.1)
  it: ['Paese di fatturazione', 'Paese/regione'], // [I]
  id: ['Negara penagihan', 'Negara/Wilayah', 'Negara/wilayah penagihan'], // [I]
  fr: ['Pays de facturation', 'Pays/Région'], // [I]
  es: ['País de facturación', 'País/Región'], // [I]
  de: ['Rechnungsland', 'Land/Region'], // [I]
  pt: ['País de faturamento', 'País/Região'], // [I]
  ja: ['請求先の国', '請求先の国/地域', '国/地域'], // [I]
  vi: ['Quốc gia thanh toán', 'Quốc gia/Khu vực'], // [I]
  th: ['ประเทศที่เรียกเก็บเงิน', 'ประเทศ/ภูมิภาค'], // [I]
  zh: ['账单国家/地区', '结算国家/地区', '国家/地区'], // [I]
};

/** The ad-account role of the signed-in user, where the page shows it. */
export const AD_ROLE_LABEL: LabelTable = {
  en: ['Your role', 'My role'], // [I]
  it: ['Il tuo ruolo'], // [I]
  id: ['Peran Anda'], // [I]
  fr: ['Votre rôle'], // [I]
  es: ['Tu rol', 'Su rol'], // [I]
  de: ['Ihre Rolle', 'Deine Rolle'], // [I]
  pt: ['Sua função', 'Seu papel'], // [I]
  ja: ['あなたの役割', 'あなたの権限'], // [I]
  vi: ['Vai trò của bạn'], // [I]
  th: ['บทบาทของคุณ'], // [I]
  zh: ['你的角色', '您的角色'], // [I]
};

/** Promote ↔ Ads Manager integration state, only where a page shows one (no route is known: reference §4, §8.4). */
export const PROMOTE_STATE_LABEL: LabelTable = {
  en: ['Promote integration'], // [I]
  id: ['Integrasi Promosi', 'Integrasi fitur Promosi'], // [I] ("fitur Promosi" is [C], source 001)
  it: ['Integrazione Promuovi'], // [I]
  fr: ['Intégration de Promouvoir'], // [I]
  es: ['Integración de Promocionar'], // [I]
  de: ['Promote-Integration'], // [I]
  pt: ['Integração do Promover'], // [I]
  ja: ['Promoteとの連携', 'Promote連携'], // [I]
  vi: ['Tích hợp Quảng bá'], // [I]
  th: ['การผสานรวม Promote'], // [I]
  zh: ['Promote 集成', '推广功能集成'], // [I]
};

export const PROMOTE_STATES: Record<FactValues['promote.integrationState'], LabelTable> = {
  'not-started': {
    en: ['Not started', 'Not integrated'], // [I]
    id: ['Belum dimulai', 'Belum terintegrasi'], // [I]
    it: ['Non iniziata', 'Non integrato'], // [I]
    fr: ['Non commencée', 'Non intégré'], // [I]
    es: ['No iniciada', 'No integrado'], // [I]
    de: ['Nicht begonnen', 'Nicht integriert'], // [I]
    pt: ['Não iniciada', 'Não integrado'], // [I]
    ja: ['未開始', '未連携'], // [I]
    vi: ['Chưa bắt đầu', 'Chưa tích hợp'], // [I]
    th: ['ยังไม่เริ่ม', 'ยังไม่ได้ผสานรวม'], // [I]
    zh: ['未开始', '未集成'], // [I]
  },
  'in-progress': {
    en: ['In progress', 'Integration in progress'], // [I] (reference §4: status texts not found)
    id: ['Sedang berlangsung', 'Integrasi sedang berlangsung'], // [I] (source 001 says "integrasi yang sedang berlangsung")
    it: ['In corso', 'Integrazione in corso'], // [I]
    fr: ['En cours', 'Intégration en cours'], // [I]
    es: ['En curso', 'Integración en curso'], // [I]
    de: ['In Bearbeitung', 'Integration läuft'], // [I]
    pt: ['Em andamento', 'Integração em andamento'], // [I]
    ja: ['進行中', '連携中'], // [I]
    vi: ['Đang tiến hành', 'Đang tích hợp'], // [I]
    th: ['กำลังดำเนินการ', 'กำลังผสานรวม'], // [I]
    zh: ['进行中', '集成中'], // [I]
  },
  done: {
    en: ['Integrated', 'Integration successful', 'Completed'], // [I]
    id: ['Terintegrasi', 'Integrasi berhasil', 'Berhasil'], // [I] (source 001: "telah berhasil")
    it: ['Integrato', 'Integrazione riuscita'], // [I]
    fr: ['Intégré', 'Intégration réussie'], // [I]
    es: ['Integrado', 'Integración completada'], // [I]
    de: ['Integriert', 'Integration erfolgreich'], // [I]
    pt: ['Integrado', 'Integração concluída'], // [I]
    ja: ['連携済み', '連携完了'], // [I]
    vi: ['Đã tích hợp', 'Tích hợp thành công'], // [I]
    th: ['ผสานรวมแล้ว', 'ผสานรวมสำเร็จ'], // [I]
    zh: ['已集成', '集成成功'], // [I]
  },
};

/**
 * Business details and tax fields on Account Setup (and Business Center billing information). Each key becomes a
 * field of `account.businessDetails` when its label is on the page: `true` when filled, `false` when empty.
 */
export const BUSINESS_FIELDS: Record<string, LabelTable> = {
  companyName: {
    en: ['Company name', 'Business name', 'Legal entity name', 'Legal business name'], // [I]
    it: ["Nome dell'azienda", 'Ragione sociale', 'Nome azienda'], // [I]
    id: ['Nama perusahaan', 'Nama bisnis', 'Nama badan hukum', 'Nama badan usaha'], // [I]
    fr: ["Nom de l'entreprise", 'Raison sociale'], // [I]
    es: ['Nombre de la empresa', 'Razón social'], // [I]
    de: ['Firmenname', 'Unternehmensname'], // [I]
    pt: ['Nome da empresa', 'Razão social'], // [I]
    ja: ['会社名', '法人名', '事業者名'], // [I]
    vi: ['Tên công ty', 'Tên doanh nghiệp', 'Tên pháp nhân'], // [I]
    th: ['ชื่อบริษัท', 'ชื่อธุรกิจ', 'ชื่อนิติบุคคล'], // [I]
    zh: ['公司名称', '企业名称', '法人实体名称'], // [I]
  },
  website: {
    en: ['Company website', 'Website', 'Business website'], // [C] "company website" (reference §7 key data); [I] the others
    it: ['Sito web aziendale', 'Sito web'], // [I]
    id: ['Situs web perusahaan', 'Situs web'], // [I]
    fr: ["Site web de l'entreprise", 'Site web'], // [I]
    es: ['Sitio web de la empresa', 'Sitio web'], // [I]
    de: ['Unternehmenswebsite', 'Website'], // [I]
    pt: ['Site da empresa', 'Site'], // [I]
    ja: ['会社のウェブサイト', 'ウェブサイト'], // [I]
    vi: ['Trang web công ty', 'Trang web'], // [I]
    th: ['เว็บไซต์บริษัท', 'เว็บไซต์'], // [I]
    zh: ['公司网站', '网站'], // [I]
  },
  address: {
    en: ['Business address', 'Company address', 'Billing address', 'Registered address', 'Street address', 'Address'], // [I]
    it: ['Indirizzo aziendale', 'Indirizzo di fatturazione', 'Sede legale', 'Indirizzo'], // [I]
    id: ['Alamat perusahaan', 'Alamat bisnis', 'Alamat penagihan', 'Alamat'], // [I]
    fr: ["Adresse de l'entreprise", 'Adresse de facturation', 'Adresse du siège', 'Adresse'], // [I]
    es: ['Dirección de la empresa', 'Dirección de facturación'], // [I]
    de: ['Firmenadresse', 'Geschäftsadresse', 'Rechnungsadresse'], // [I]
    pt: ['Endereço da empresa', 'Endereço de cobrança'], // [I]
    ja: ['会社の住所', '事業所の住所', '請求先住所', '住所'], // [I]
    vi: ['Địa chỉ công ty', 'Địa chỉ doanh nghiệp', 'Địa chỉ thanh toán', 'Địa chỉ'], // [I]
    th: ['ที่อยู่บริษัท', 'ที่อยู่ธุรกิจ', 'ที่อยู่สำหรับเรียกเก็บเงิน', 'ที่อยู่'], // [I]
    zh: ['公司地址', '企业地址', '账单地址', '地址'], // [I]
  },
  taxId: {
    en: ['Tax ID', 'VAT number', 'VAT ID', 'VAT No.', 'Tax registration number', 'VAT/Tax ID'], // [C] "VAT No." (help turkey-vat); [I] the others
    it: ['Partita IVA', 'Codice fiscale', 'Numero di partita IVA'], // [I]
    id: ['NPWP', 'Nomor NPWP', 'ID pajak', 'Nomor pajak'], // [I]
    fr: ['Numéro de TVA', 'Numéro de TVA intracommunautaire', "Numéro d'identification fiscale"], // [I]
    es: ['NIF', 'Número de IVA', 'Número de identificación fiscal'], // [I]
    de: ['USt-IdNr.', 'Umsatzsteuer-ID', 'Steuernummer'], // [I]
    pt: ['CNPJ', 'Número de identificação fiscal'], // [I]
    ja: ['税番号', '登録番号', '納税者番号', '適格請求書発行事業者登録番号'], // [I]
    vi: ['Mã số thuế', 'MST'], // [I]
    th: ['เลขประจำตัวผู้เสียภาษี', 'หมายเลขภาษี'], // [I]
    zh: ['税号', '纳税人识别号', '统一社会信用代码'], // [I]
  },
  industry: {
    en: ['Industry'], // [I]
    it: ['Settore'], // [I]
    id: ['Industri'], // [I]
    fr: ["Secteur d'activité", 'Secteur'], // [I]
    es: ['Sector', 'Industria'], // [I]
    de: ['Branche'], // [I]
    pt: ['Setor'], // [I]
    ja: ['業種'], // [I]
    vi: ['Ngành', 'Ngành nghề'], // [I]
    th: ['อุตสาหกรรม', 'ประเภทธุรกิจ'], // [I]
    zh: ['行业'], // [I]
  },
};

/** Values that stand for "nothing filled in" (a page shows these in place of an empty field). */
export const EMPTY_VALUES: LabelTable = {
  en: ['-', '—', '–', '--', 'N/A', 'None', 'Not provided', 'Not set', 'Not filled', 'Not filled in', 'Add', '+ Add'], // [I]
  it: ['Non fornito', 'Non impostato', 'Nessuno', 'Aggiungi', '+ Aggiungi'], // [I]
  id: ['Belum diisi', 'Tidak ada', 'Belum diatur', 'Tambah', '+ Tambah', 'Tambahkan'], // [I]
  fr: ['Non renseigné', 'Non fourni', 'Non défini', 'Aucun', 'Ajouter', '+ Ajouter'], // [I]
  es: ['No proporcionado', 'Sin definir', 'Ninguno', 'Añadir', '+ Añadir', 'Agregar'], // [I]
  de: ['Nicht angegeben', 'Nicht festgelegt', 'Keine', 'Hinzufügen', '+ Hinzufügen'], // [I]
  pt: ['Não informado', 'Nenhum', 'Adicionar'], // [I]
  ja: ['未入力', '未設定', 'なし', '追加', '+ 追加'], // [I]
  vi: ['Chưa cung cấp', 'Chưa thiết lập', 'Không có', 'Thêm', '+ Thêm'], // [I]
  th: ['ไม่ได้ระบุ', 'ยังไม่ได้ตั้งค่า', 'ไม่มี', 'เพิ่ม', '+ เพิ่ม'], // [I]
  zh: ['未填写', '未设置', '无', '添加', '+ 添加'], // [I]
};

export const ACCOUNT_STATUSES: Record<AccountStatus, LabelTable> = {
  approved: {
    en: ['Approved'], // [C] BC ad-account status filter (§1.2)
    it: ['Approvato'], // [I]
    id: ['Disetujui'], // [I]
    fr: ['Approuvé'], // [I]
    es: ['Aprobado', 'Aprobada'], // [I]
    de: ['Genehmigt'], // [I]
    pt: ['Aprovado', 'Aprovada'], // [I]
    ja: ['承認済み'], // [I]
    vi: ['Đã phê duyệt', 'Đã duyệt'], // [I]
    th: ['อนุมัติแล้ว', 'ได้รับการอนุมัติ'], // [I]
    zh: ['已通过', '审核通过', '已批准'], // [I]
  },
  'in-review': {
    en: ['In review', 'Under review', 'Account under review'], // [C] "In review" (§1.2), "Account under review" (§5 ad statuses); [I] "Under review"
    it: ['In revisione', 'In fase di revisione'], // [I]
    id: ['Sedang ditinjau', 'Dalam peninjauan'], // [I]
    fr: ["En cours d'examen", 'En cours de vérification'], // [I]
    es: ['En revisión'], // [I]
    de: ['In Prüfung', 'Wird geprüft'], // [I]
    pt: ['Em análise'], // [I]
    ja: ['審査中'], // [I]
    vi: ['Đang xét duyệt', 'Đang được xem xét'], // [I]
    th: ['อยู่ระหว่างตรวจสอบ', 'กำลังตรวจสอบ'], // [I]
    zh: ['审核中'], // [I]
  },
  suspended: {
    en: ['Suspended'], // [C] (§1.2)
    it: ['Sospeso'], // [I]
    id: ['Ditangguhkan'], // [I]
    fr: ['Suspendu'], // [I]
    es: ['Suspendido', 'Suspendida'], // [I]
    de: ['Gesperrt', 'Ausgesetzt'], // [I]
    pt: ['Suspenso', 'Suspensa'], // [I]
    ja: ['停止中', '一時停止'], // [I]
    vi: ['Đã bị tạm ngưng', 'Bị tạm ngưng'], // [I]
    th: ['ถูกระงับ'], // [I]
    zh: ['已暂停', '已封禁'], // [I]
  },
  disapproved: {
    en: ['Disapproved', 'Not approved'], // [C] "Disapproved" (§1.2), "Not approved" (§7)
    it: ['Non approvato', 'Rifiutato'], // [I]
    id: ['Tidak disetujui', 'Ditolak'], // [I]
    fr: ['Refusé', 'Non approuvé'], // [I]
    es: ['Rechazado', 'No aprobado', 'Rechazada'], // [I]
    de: ['Abgelehnt', 'Nicht genehmigt'], // [I]
    pt: ['Reprovado', 'Não aprovado'], // [I]
    ja: ['不承認', '承認されませんでした'], // [I]
    vi: ['Không được phê duyệt', 'Bị từ chối'], // [I]
    th: ['ไม่ได้รับการอนุมัติ', 'ไม่อนุมัติ'], // [I]
    zh: ['未通过', '审核未通过', '已拒绝'], // [I]
  },
  disabled: {
    en: ['Disabled'], // [C] (§1.2)
    it: ['Disattivato', 'Disabilitato'], // [I]
    id: ['Dinonaktifkan', 'Nonaktif'], // [I]
    fr: ['Désactivé'], // [I]
    es: ['Deshabilitado', 'Desactivado', 'Deshabilitada'], // [I]
    de: ['Deaktiviert'], // [I]
    pt: ['Desativado', 'Desativada'], // [I]
    ja: ['無効', '無効化済み'], // [I]
    vi: ['Đã vô hiệu hóa', 'Bị vô hiệu hóa'], // [I]
    th: ['ปิดใช้งานแล้ว', 'ถูกปิดใช้งาน'], // [I]
    zh: ['已停用', '已禁用'], // [I]
  },
  'not-effective': {
    en: ['Contract has not taken effect'], // [C] (§1.2)
    it: ['Il contratto non è ancora in vigore'], // [I]
    id: ['Kontrak belum berlaku'], // [I]
    fr: ["Le contrat n'a pas encore pris effet"], // [I]
    es: ['El contrato aún no ha entrado en vigor'], // [I]
    de: ['Vertrag ist noch nicht wirksam'], // [I]
    pt: ['O contrato ainda não entrou em vigor'], // [I]
    ja: ['契約が未発効です', '契約未発効'], // [I]
    vi: ['Hợp đồng chưa có hiệu lực'], // [I]
    th: ['สัญญายังไม่มีผล'], // [I]
    zh: ['合同尚未生效', '合同未生效'], // [I]
  },
};

// ───────────────────────────── Ads Manager: Account health (/i18n/account/health) ─────────────────────────────

export const HEALTH_LABEL: LabelTable = {
  en: ['Account health', 'Health status', 'Account health status'], // [C] "Account health" (sidebar, §1.1, a third-party [C-3p] source there); [I] the others
  it: ["Salute dell'account", 'Stato di salute'], // [I]
  id: ['Kesehatan akun', 'Status kesehatan'], // [I]
  fr: ['Santé du compte', 'État de santé'], // [I]
  es: ['Salud de la cuenta', 'Estado de salud'], // [I]
  de: ['Kontozustand', 'Zustand des Kontos'], // [I]
  pt: ['Saúde da conta', 'Status de saúde'], // [I]
  ja: ['アカウントの健全性', 'アカウントヘルス'], // [I]
  vi: ['Tình trạng tài khoản', 'Sức khỏe tài khoản'], // [I]
  th: ['สุขภาพบัญชี', 'สถานะสุขภาพบัญชี'], // [I]
  zh: ['账户健康度', '账户健康状况'], // [I]
};

export const HEALTH_VALUES: Record<AccountHealth, LabelTable> = {
  good: {
    en: ['Good', 'Healthy'], // [I] (enum given by the product brief, not seen on the live site)
    it: ['Buono', 'Buona'], // [I]
    id: ['Baik'], // [I]
    fr: ['Bon', 'Bonne'], // [I]
    es: ['Bueno', 'Buena'], // [I]
    de: ['Gut'], // [I]
    pt: ['Boa', 'Bom', 'Saudável'], // [I]
    ja: ['良好'], // [I]
    vi: ['Tốt'], // [I]
    th: ['ดี'], // [I]
    zh: ['良好', '健康'], // [I]
  },
  attention: {
    en: ['Attention needed', 'Needs attention'], // [I]
    it: ['Richiede attenzione', 'Attenzione necessaria'], // [I]
    id: ['Perlu perhatian'], // [I]
    fr: ['Attention requise', 'Nécessite votre attention'], // [I]
    es: ['Requiere atención'], // [I]
    de: ['Aufmerksamkeit erforderlich'], // [I]
    pt: ['Requer atenção', 'Precisa de atenção'], // [I]
    ja: ['要注意'], // [I]
    vi: ['Cần chú ý'], // [I]
    th: ['ต้องให้ความสนใจ'], // [I]
    zh: ['需要注意', '需关注'], // [I]
  },
  restricted: {
    en: ['Restricted'], // [I]
    it: ['Limitato', 'Limitata'], // [I]
    id: ['Dibatasi'], // [I]
    fr: ['Restreint', 'Restreinte'], // [I]
    es: ['Restringido', 'Restringida'], // [I]
    de: ['Eingeschränkt'], // [I]
    pt: ['Restrita', 'Restrito'], // [I]
    ja: ['制限あり', '制限中'], // [I]
    vi: ['Bị hạn chế'], // [I]
    th: ['ถูกจำกัด'], // [I]
    zh: ['受限'], // [I]
  },
  poor: {
    en: ['Poor'], // [I]
    it: ['Scarso', 'Scarsa'], // [I]
    id: ['Buruk'], // [I]
    fr: ['Médiocre', 'Mauvais'], // [I]
    es: ['Deficiente', 'Malo'], // [I]
    de: ['Schlecht'], // [I]
    pt: ['Ruim', 'Fraca'], // [I]
    ja: ['不良'], // [I]
    vi: ['Kém'], // [I]
    th: ['แย่', 'ไม่ดี'], // [I]
    zh: ['较差', '差'], // [I]
  },
};

// ───────────────────────────── Roles (§3) ─────────────────────────────

export const AD_ROLES: Record<AdRole, LabelTable> = {
  admin: {
    en: ['Admin'], // [C] (§3.1)
    it: ['Amministratore'], // [I] (the BC role is [C]; assumed the same word for the ad-account role)
    id: ['Admin'], // [I]
    fr: ['Administrateur'], // [I]
    es: ['Administrador'], // [I]
    de: ['Administrator', 'Admin'], // [I]
    vi: ['Quản trị viên'], // [C] help about-assets-and-asset-level-permissions?lang=vi
    zh: ['管理员'], // [I]
    pt: ['Administrador'], // [I] (the BC role is [C] §5; assumed the same word here)
    ja: ['管理者'], // [I] (the BC role is [C] §5; assumed the same word here)
    th: ['ผู้ดูแล'], // [I] (the BC role is [C] §5; assumed the same word here)
  },
  operator: {
    en: ['Operator'], // [C] (§3.1)
    it: ['Operatore'], // [I]
    id: ['Operator'], // [I]
    fr: ['Opérateur'], // [I]
    es: ['Operador'], // [I]
    de: ['Operator', 'Bearbeiter'], // [I]
    vi: ['Người điều hành'], // [C] (§5)
    zh: ['操作员'], // [I]
    pt: ['Operador'], // [I]
    ja: ['オペレーター'], // [I]
    th: ['ผู้ปฏิบัติงาน'], // [I]
  },
  analyst: {
    en: ['Analyst'], // [C] (§3.1)
    it: ['Analista'], // [I]
    id: ['Analis'], // [I]
    fr: ['Analyste'], // [I]
    es: ['Analista'], // [I]
    de: ['Analyst'], // [I]
    vi: ['Chuyên gia phân tích'], // [C] (§5)
    zh: ['分析师'], // [I]
    pt: ['Analista'], // [I]
    ja: ['アナリスト'], // [I]
    th: ['นักวิเคราะห์'], // [I]
  },
};

export const BC_BASIC_ROLES: Record<BcBasicRole, LabelTable> = {
  admin: {
    en: ['Admin'], // [C] (§3.2, §5)
    it: ['Amministratore'], // [C] (§5)
    id: ['Admin'], // [C] (§5)
    fr: ['Administrateur'], // [C] (§5)
    es: ['Administrador'], // [I]
    de: ['Administrator', 'Admin'], // [I]
    pt: ['Administrador'], // [C] (§5)
    ja: ['管理者'], // [C] (§5)
    vi: ['Quản trị viên'], // [C] (§5, a third-party [C-3p] source there)
    th: ['ผู้ดูแล'], // [C] (§5)
    zh: ['管理员'], // [C] (§5, a third-party [C-3p] source there)
  },
  standard: {
    en: ['Standard'], // [C] (§3.2, §5)
    it: ['Standard'], // [I]
    id: ['Standar', 'Standard'], // [I]
    fr: ['Standard'], // [C] (§5)
    es: ['Estándar'], // [I]
    de: ['Standard'], // [I]
    pt: ['Padrão'], // [I]
    ja: ['標準', 'スタンダード'], // [I]
    vi: ['Tiêu chuẩn'], // [C] (§5, a third-party [C-3p] source there)
    th: ['มาตรฐาน'], // [C] (§5)
    zh: ['标准成员'], // [C] (§5, a third-party [C-3p] source there)
  },
};

/** Business Center advanced (finance) roles. `none` lists what a page shows for "no finance role". */
export const BC_FINANCE_ROLES: Record<'manager' | 'analyst', LabelTable> = {
  manager: {
    en: ['Finance Manager'], // [C] (§3.2; "Finance manager" in scraped members rows, same after norm)
    it: ['Responsabile finanziario'], // [C] (§5)
    id: ['Manajer Keuangan'], // [C] (§5)
    fr: ['Gestionnaire financier'], // [C] (§5)
    es: ['Gerente financiero', 'Administrador financiero'], // [I]
    de: ['Finanzmanager'], // [I]
    pt: ['Gerente financeiro'], // [C] (§5)
    th: ['ผู้จัดการด้านการเงิน'], // [C] (§5)
    zh: ['财务经理'], // [C] (§5, a third-party [C-3p] source there)
    ja: ['財務マネージャー', '財務管理者'], // [I]
    vi: ['Người quản lý tài chính', 'Quản lý tài chính'], // [I]
  },
  analyst: {
    en: ['Finance Analyst', 'Financial Analyst'], // [C] (§3.2)
    it: ['Analista finanziario'], // [I]
    id: ['Analis Keuangan'], // [I]
    fr: ['Analyste financier'], // [I]
    es: ['Analista financiero'], // [I]
    de: ['Finanzanalyst'], // [I]
    pt: ['Analista financeiro'], // [I]
    th: ['ผู้วิเคราะห์การเงิน'], // [C] (§5)
    zh: ['财务分析员'], // [C] (§5, a third-party [C-3p] source there)
    ja: ['財務アナリスト'], // [I]
    vi: ['Nhà phân tích tài chính', 'Chuyên viên phân tích tài chính'], // [I]
  },
};

export const NO_FINANCE_ROLE: LabelTable = {
  en: ['-', '—', '–', '--', 'None', 'No finance role', 'No advanced role'], // [I]
  it: ['Nessuno', 'Nessun ruolo finanziario'], // [I]
  id: ['Tidak ada', 'Tidak ada peran keuangan'], // [I]
  fr: ['Aucun', 'Aucun rôle financier'], // [I]
  es: ['Ninguno', 'Sin rol financiero'], // [I]
  de: ['Keine', 'Keine Finanzrolle'], // [I]
  pt: ['Nenhum', 'Nenhuma', 'Nenhuma função financeira'], // [I]
  ja: ['なし', '財務ロールなし'], // [I]
  vi: ['Không có', 'Không có vai trò tài chính'], // [I]
  th: ['ไม่มี', 'ไม่มีบทบาททางการเงิน'], // [I]
  zh: ['无', '无财务角色'], // [I]
};

// ───────────────────────────── Business Center: Members / Finance roles ─────────────────────────────

/** Marks the signed-in user's own row ("Jane Doe (You)"). Brackets are optional when matching. */
export const SELF_MARKERS: LabelTable = {
  en: ['You', 'Me'], // [I]
  it: ['Tu', 'Io'], // [I]
  id: ['Anda', 'Saya'], // [I]
  fr: ['Vous', 'Moi'], // [I]
  es: ['Tú', 'Usted', 'Yo'], // [I]
  de: ['Sie', 'Du', 'Ich'], // [I]
  pt: ['Você', 'Eu'], // [I]
  ja: ['あなた', '自分'], // [I]
  vi: ['Bạn'], // [I]
  th: ['คุณ'], // [I]
  zh: ['我', '你'], // [I]
};

export const MEMBER_COL: LabelTable = {
  en: ['Member', 'Members', 'Name', 'Username', 'User'], // [I] (members rows show username and e-mail: [C-code] §1.2)
  it: ['Membro', 'Membri', 'Nome', 'Utente'], // [I]
  id: ['Anggota', 'Nama', 'Pengguna'], // [I]
  fr: ['Membre', 'Membres', 'Nom', 'Utilisateur'], // [I]
  es: ['Miembro', 'Miembros', 'Nombre', 'Usuario'], // [I]
  de: ['Mitglied', 'Mitglieder', 'Name', 'Benutzer'], // [I]
  pt: ['Membro', 'Membros', 'Nome', 'Usuário'], // [I]
  ja: ['メンバー', '名前', 'ユーザー名', 'ユーザー'], // [I]
  vi: ['Thành viên', 'Tên', 'Người dùng'], // [I]
  th: ['สมาชิก', 'ชื่อ', 'ผู้ใช้'], // [I]
  zh: ['成员', '名称', '用户名', '用户'], // [I]
};

export const ROLE_COL: LabelTable = {
  en: ['Role', 'Roles', 'Basic role', 'Permission', 'Permissions'], // [I] (role text "Admin"/"Standard"/"Finance manager" in one column: [C-code] §1.2)
  it: ['Ruolo', 'Ruoli', 'Ruolo di base'], // [I]
  id: ['Peran', 'Peran dasar'], // [I]
  fr: ['Rôle', 'Rôles', 'Rôle de base'], // [I]
  es: ['Rol', 'Roles', 'Rol básico'], // [I]
  de: ['Rolle', 'Rollen', 'Basisrolle'], // [I]
  pt: ['Função', 'Funções', 'Função básica'], // [I]
  ja: ['役割', 'ロール', '基本ロール', '権限'], // [I]
  vi: ['Vai trò', 'Vai trò cơ bản'], // [I]
  th: ['บทบาท', 'บทบาทพื้นฐาน'], // [I]
  zh: ['角色', '基本角色'], // [I]
};

export const FINANCE_COL: LabelTable = {
  en: ['Finance role', 'Advanced role', 'Finance permission', 'Finance roles'], // [I] (advanced roles: [C] §3.2)
  it: ['Ruolo finanziario', 'Ruolo avanzato'], // [I]
  id: ['Peran keuangan', 'Peran lanjutan'], // [I]
  fr: ['Rôle financier', 'Rôle avancé'], // [I]
  es: ['Rol financiero', 'Rol avanzado'], // [I]
  de: ['Finanzrolle', 'Erweiterte Rolle'], // [I]
  pt: ['Função financeira', 'Função avançada'], // [I]
  ja: ['財務ロール', '高度なロール'], // [I]
  vi: ['Vai trò tài chính', 'Vai trò nâng cao'], // [I]
  th: ['บทบาททางการเงิน', 'บทบาทขั้นสูง'], // [I]
  zh: ['财务角色', '高级角色'], // [I]
};

// ───────────────────────────── Business Center: Ad accounts (bulk audit) ─────────────────────────────

export const AD_ACCOUNT_NAME_COL: LabelTable = {
  en: ['Account name', 'Ad account', 'Ad account name', 'Advertiser account', 'Name'], // [C] "Account name" (§1.2 scraped header); [I] the others
  it: ["Nome dell'account", 'Nome account', 'Account pubblicitario'], // [I]
  id: ['Nama akun', 'Akun iklan', 'Nama akun iklan'], // [I]
  fr: ['Nom du compte', 'Compte publicitaire'], // [I]
  es: ['Nombre de la cuenta', 'Cuenta publicitaria'], // [I]
  de: ['Kontoname', 'Werbekonto'], // [I]
  pt: ['Nome da conta', 'Conta de anúncios', 'Nome da conta de anúncios'], // [I]
  ja: ['アカウント名', '広告アカウント', '広告アカウント名'], // [I]
  vi: ['Tên tài khoản', 'Tài khoản quảng cáo'], // [I]
  th: ['ชื่อบัญชี', 'บัญชีโฆษณา'], // [I]
  zh: ['账户名称', '广告账户', '广告账户名称'], // [I]
};

export const AD_ACCOUNT_ID_COL: LabelTable = {
  en: ['Account ID', 'ID', 'Ad account ID'], // [I]
  it: ["ID dell'account", 'ID account', 'ID'], // [I]
  id: ['ID akun', 'ID'], // [I]
  fr: ['ID du compte', 'ID'], // [I]
  es: ['ID de la cuenta', 'ID'], // [I]
  de: ['Konto-ID', 'ID'], // [I]
  pt: ['ID da conta', 'ID'], // [I]
  ja: ['アカウントID', 'ID'], // [I]
  vi: ['ID tài khoản', 'ID'], // [I]
  th: ['ID บัญชี', 'ID'], // [I]
  zh: ['账户 ID', '账户ID', 'ID'], // [I]
};

export const STATUS_COL: LabelTable = {
  en: ['Status', 'Account status'], // [C] "Status" (§1.2 scraped header)
  it: ['Stato', "Stato dell'account"], // [I]
  id: ['Status', 'Status akun'], // [I]
  fr: ['Statut', 'État'], // [I]
  es: ['Estado'], // [I]
  de: ['Status'], // [I]
  pt: ['Status', 'Status da conta'], // [I]
  ja: ['ステータス', 'アカウントステータス'], // [I]
  vi: ['Trạng thái'], // [I]
  th: ['สถานะ'], // [I]
  zh: ['状态', '账户状态'], // [I]
};

export const OWNERSHIP_COL: LabelTable = {
  en: ['Ownership', 'Owner', 'Owned by'], // [I] (ownership is a filter on this page: [C] §1.2)
  it: ['Proprietà', 'Proprietario'], // [I]
  id: ['Kepemilikan', 'Pemilik'], // [I]
  fr: ['Propriété', 'Propriétaire'], // [I]
  es: ['Propiedad', 'Propietario'], // [I]
  de: ['Eigentum', 'Inhaber'], // [I]
  pt: ['Propriedade', 'Proprietário'], // [I]
  ja: ['所有者', '所有権'], // [I]
  vi: ['Quyền sở hữu', 'Chủ sở hữu'], // [I]
  th: ['ความเป็นเจ้าของ', 'เจ้าของ'], // [I]
  zh: ['所有权', '所有者'], // [I]
};

export const BALANCE_COL: LabelTable = {
  en: ['Balance', 'Available balance', 'Account balance', 'Available cash balance'], // [C] "Available balance", "Available cash balance" (§1.2 payment page); [I] the others
  it: ['Saldo', 'Saldo disponibile'], // [I]
  id: ['Saldo', 'Saldo tersedia'], // [I]
  fr: ['Solde', 'Solde disponible'], // [I]
  es: ['Saldo', 'Saldo disponible'], // [I]
  de: ['Guthaben', 'Verfügbares Guthaben'], // [I]
  pt: ['Saldo', 'Saldo disponível'], // [I]
  ja: ['残高', '利用可能残高'], // [I]
  vi: ['Số dư', 'Số dư khả dụng'], // [I]
  th: ['ยอดคงเหลือ', 'ยอดเงินคงเหลือที่ใช้ได้'], // [I]
  zh: ['余额', '可用余额'], // [I]
};

export const OWNERSHIP_VALUES: Record<'owned' | 'partner', LabelTable> = {
  owned: {
    en: ['Owned by this Business Center', 'Owned'], // [C] "Owned by this Business Center" (§1.2); [I] "Owned"
    it: ['Di proprietà di questo Business Center'], // [I]
    id: ['Dimiliki oleh Business Center ini'], // [I]
    fr: ['Appartient à ce Business Center', 'Détenu par ce Business Center'], // [I]
    es: ['Propiedad de este Business Center'], // [I]
    de: ['Im Besitz dieses Business Centers', 'Gehört diesem Business Center'], // [I]
    pt: ['Pertence a esta Central de Negócios', 'Pertence a este Business Center'], // [I] (Central de Negócios [C] §5)
    ja: ['このビジネスセンターが所有'], // [I] (ビジネスセンター [C] §5)
    vi: ['Thuộc sở hữu của Trung tâm doanh nghiệp này'], // [I] (Trung tâm doanh nghiệp [C] §5)
    th: ['เป็นของศูนย์ธุรกิจนี้'], // [I] (ศูนย์ธุรกิจ [C] §5)
    zh: ['归属于此商务中心', '本商务中心所有'], // [I] (商务中心 [C] §5)
  },
  partner: {
    en: ['Owned by partner', 'Shared by partner'], // [C] "Owned by partner" (§1.2); [I] "Shared by partner"
    it: ['Di proprietà del partner', 'Condiviso dal partner'], // [I]
    id: ['Dimiliki oleh mitra', 'Dibagikan oleh mitra'], // [I]
    fr: ['Appartient à un partenaire', 'Partagé par un partenaire'], // [I]
    es: ['Propiedad de un socio', 'Compartido por un socio'], // [I]
    de: ['Im Besitz eines Partners', 'Von Partner geteilt'], // [I]
    pt: ['Pertence a um parceiro', 'Compartilhado por parceiro'], // [I]
    ja: ['パートナーが所有', 'パートナーが共有'], // [I]
    vi: ['Thuộc sở hữu của đối tác', 'Được đối tác chia sẻ'], // [I]
    th: ['เป็นของพาร์ทเนอร์', 'แชร์โดยพาร์ทเนอร์'], // [I]
    zh: ['归属于合作伙伴', '合作伙伴共享'], // [I]
  },
};

/** "Total 200" style counters next to a pagination control (the "1-50 of 200" range needs no words). */
export const TOTAL_WORDS: LabelTable = {
  en: ['Total', 'Total:'], // [I]
  it: ['Totale', 'Totale:'], // [I]
  id: ['Total', 'Jumlah'], // [I]
  fr: ['Total', 'Total :'], // [I]
  es: ['Total', 'Total:'], // [I]
  de: ['Gesamt', 'Insgesamt'], // [I]
  pt: ['Total'], // [I]
  zh: ['共'], // [I]
  ja: ['合計', '全'], // [I]
  vi: ['Tổng', 'Tổng cộng'], // [I]
  th: ['ทั้งหมด', 'รวม'], // [I]
};

// ───────────────────────────── Business Center: Overview, picker ─────────────────────────────

export const BC_NAME_LABEL: LabelTable = {
  en: ['Business Center name', 'Business name'], // [I]
  it: ['Nome del Business Center'], // [I]
  id: ['Nama Business Center', 'Nama bisnis'], // [I]
  fr: ['Nom du Business Center'], // [I]
  es: ['Nombre del Business Center', 'Nombre del Centro de negocios'], // [I]
  de: ['Name des Business Centers'], // [I]
  pt: ['Nome da Central de Negócios', 'Nome do Business Center'], // [I] (Central de Negócios [C] §5)
  ja: ['ビジネスセンター名'], // [I] (ビジネスセンター [C] §5)
  vi: ['Tên Trung tâm doanh nghiệp'], // [I] (Trung tâm doanh nghiệp [C] §5)
  th: ['ชื่อศูนย์ธุรกิจ'], // [I] (ศูนย์ธุรกิจ [C] §5)
  zh: ['商务中心名称'], // [I] (商务中心 [C] §5)
};

export const BC_ID_LABEL: LabelTable = {
  en: ['Business Center ID'], // [C] "Business Center Info" shows the id (§1.2); label wording [I]
  it: ['ID del Business Center'], // [I]
  id: ['ID Business Center'], // [I]
  fr: ['ID du Business Center'], // [I]
  es: ['ID del Business Center', 'ID del Centro de negocios'], // [I]
  de: ['Business Center-ID'], // [I]
  pt: ['ID da Central de Negócios', 'ID do Business Center'], // [I]
  ja: ['ビジネスセンターID'], // [I]
  vi: ['ID Trung tâm doanh nghiệp'], // [I]
  th: ['ID ศูนย์ธุรกิจ'], // [I]
  zh: ['商务中心 ID', '商务中心ID'], // [I]
};

/** Billing information (BC Business settings → Billing information): fields reported in `account.businessDetails`. */
export const BC_BILLING_FIELDS: Record<string, LabelTable> = {
  companyName: BUSINESS_FIELDS.companyName!,
  address: BUSINESS_FIELDS.address!,
  taxId: BUSINESS_FIELDS.taxId!,
  email: {
    en: ['Billing email', 'Contact email', 'Email'], // [I]
    it: ['Email di fatturazione', 'Email'], // [I]
    id: ['Email penagihan', 'Email'], // [I]
    fr: ['E-mail de facturation', 'E-mail'], // [I]
    es: ['Correo electrónico de facturación', 'Correo electrónico'], // [I]
    de: ['Rechnungs-E-Mail', 'E-Mail'], // [I]
    pt: ['E-mail de cobrança', 'E-mail'], // [I]
    ja: ['請求先メールアドレス', 'メールアドレス'], // [I]
    vi: ['Email thanh toán', 'Email'], // [I]
    th: ['อีเมลสำหรับเรียกเก็บเงิน', 'อีเมล'], // [I]
    zh: ['账单邮箱', '邮箱', '电子邮件'], // [I]
  },
};
