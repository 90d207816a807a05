/**
 * Label tables for the billing readers (Ads Manager Payment / Transactions / Invoices, Business Center Payment
 * management). Data only. Every table has a row for each of the eleven reader languages (../lang.ts
 * READER_LANGS: en, it, id, fr, es, de, pt = pt-BR, ja, vi, th, zh = zh-CN), and every row is tagged:
 *   [C]  confirmed by domain/tiktok-reference.md (official help wording, §2 / §5 / §1), or
 *   [I]  an assumption (a plausible UI string nobody here could check on the live site).
 * A row tagged "[C] / [I]" has a confirmed first entry and assumed alternatives after it.
 * Help-centre wording is the translated article, not guaranteed identical to the UI (reference §5 caveat), so even
 * [C] entries come with alternatives. Comparisons are accent- and case-insensitive and NFKD-folded (full-width
 * colons and digits fold to ASCII; see `norm` in ../dom.ts).
 *
 * Two rules keep the tables safe across languages:
 * - no label used to pick the page language or to tell readiness (the `*_TABLES` lists at the end) may equal a
 *   menu item of the app shells in any language ("Payment", "支払い", "Thanh toán", "广告账户" …): a page still
 *   showing its loading skeleton would otherwise look ready and in that language;
 * - one string never maps to two different values of one enum table, in any pair of languages (pages mix
 *   languages, and `matchEnum` falls back to every language).
 *
 * Enum tables map a value the page shows to the value AdReady stores; they are matched per language too.
 */
import type { LabelTable } from '../find';
import type { ReaderLang } from '../lang';
import type { BillingOption, Funding, Invoice, PaymentRecord } from '../../facts/types';

export type EnumTable<V extends string> = Record<V, LabelTable>;

// ───────────────────────────── Ads Manager · Payment page (ads.payment) ─────────────────────────────

/** Label of the field that names the current billing option. */
export const BILLING_OPTION_LABEL: LabelTable = {
  en: ['Billing option', 'My billing options', 'Payment type'], // [C] "My billing options"; [I] others
  it: ['Opzione di fatturazione', 'Le mie opzioni di fatturazione', 'Tipo di pagamento'], // [I]
  id: ['Opsi penagihan', 'Opsi penagihan saya', 'Jenis pembayaran'], // [I]
  fr: ['Option de facturation', 'Mes options de facturation', 'Type de paiement'], // [I]
  es: ['Opción de facturación', 'Mis opciones de facturación', 'Tipo de pago'], // [I]
  de: ['Abrechnungsoption', 'Meine Abrechnungsoptionen', 'Zahlungsart'], // [I]
  pt: ['Opção de cobrança', 'Minhas opções de cobrança', 'Tipo de pagamento'], // [I]
  ja: ['請求オプション', '支払いオプション', '支払いタイプ'], // [I]
  vi: ['Tùy chọn thanh toán', 'Hình thức thanh toán'], // [I]
  th: ['ตัวเลือกการเรียกเก็บเงิน', 'ประเภทการชำระเงิน'], // [I]
  zh: ['账单选项', '付款设置', '结算方式'], // [I] ("付款方式" is left to the payment-methods heading)
};

/** Billing option values (reference §2, §5). */
export const BILLING_OPTION_VALUES: EnumTable<BillingOption> = {
  automatic: {
    en: ['Automatic Payment', 'Automatic payments'], // [C] / [I] plural
    it: ['Pagamento automatico'], // [C]
    id: ['Pembayaran otomatis'], // [C]
    fr: ['Paiement automatique'], // [C]
    es: ['Pago automático'], // [C]
    de: ['Automatische Zahlung'], // [C]
    pt: ['Pagamento automático'], // [I] (reference §5: "—")
    ja: ['自動払い', '自動支払い'], // [C] / [I]
    vi: ['Thanh toán tự động'], // [C]
    th: ['การชำระเงินอัตโนมัติ'], // [C]
    zh: ['自动付款', '自动支付'], // [C] / [I]
  },
  manual: {
    en: ['Manual Payment', 'Manual payments'], // [C] / [I] plural
    it: ['Pagamento manuale'], // [C]
    id: ['Pembayaran manual'], // [C]
    fr: ['Paiement manuel'], // [C]
    es: ['Pago manual'], // [C]
    de: ['Manuelle Zahlung'], // [C]
    pt: ['Pagamento manual'], // [I] (reference §5: "—")
    ja: ['手動払い', '手動支払い'], // [C] / [I]
    vi: ['Thanh toán thủ công'], // [C]
    th: ['การชำระเงินด้วยตนเอง'], // [I] (reference §5: "—")
    zh: ['手动付款', '手动支付'], // [I]
  },
  monthly: {
    en: ['Monthly Invoicing'], // [C]
    it: ['Fatturazione mensile'], // [C]
    id: ['Invoice Bulanan'], // [C]
    fr: ['Facturation mensuelle'], // [C]
    es: ['Facturación mensual'], // [C]
    de: ['Monatliche Abrechnung'], // [C]
    pt: ['Faturamento mensal'], // [C]
    ja: ['月次請求書', '月額請求'], // [C]
    vi: ['Lập hóa đơn hàng tháng'], // [C]
    th: ['การแจ้งยอดการชำระหนี้รายเดือน'], // [C]
    zh: ['月结', '月度结算'], // [I]
  },
};

/** "Spend so far" widget. */
export const SPEND_SO_FAR: LabelTable = {
  en: ['Spend so far', 'Spending so far'], // [C] help; [C-code] scrapers look for "Spending so far"
  it: ['Spesa finora'], // [C]
  id: ['Pengeluaran sejauh ini', 'Pembelanjaan sejauh ini'], // [I]
  fr: ['Dépenses à ce jour', "Dépenses jusqu'à présent"], // [I]
  es: ['Gasto hasta la fecha', 'Gasto hasta ahora'], // [I]
  de: ['Bisherige Ausgaben'], // [I]
  pt: ['Gasto até o momento', 'Gastos até agora'], // [I]
  ja: ['現在までの費用', 'これまでの消化金額'], // [I]
  vi: ['Chi tiêu đến nay', 'Chi tiêu cho đến nay'], // [I]
  th: ['ยอดใช้จ่ายจนถึงปัจจุบัน', 'ค่าใช้จ่ายจนถึงตอนนี้'], // [I]
  zh: ['目前花费', '截至目前的花费', '当前消耗'], // [I]
};

export const THRESHOLD: LabelTable = {
  en: ['Billing threshold', 'Threshold'], // [C]
  it: ['Soglia di fatturazione', 'Soglia'], // [C]
  id: ['Ambang batas penagihan', 'Ambang batas'], // [I] (reference §5: "— [U]")
  fr: ['Seuil de facturation', 'Seuil'], // [I] (reference §5: "— [U]")
  es: ['Umbral de facturación', 'Umbral'], // [I] (reference §5: "— [U]")
  de: ['Abrechnungsschwelle', 'Schwellenwert'], // [C]
  pt: ['Limite de cobrança', 'Limite de faturamento'], // [I] (reference §5: "—")
  ja: ['請求値', '請求しきい値'], // [C] / [I]
  vi: ['Ngưỡng thanh toán', 'Ngưỡng'], // [C] / [I]
  th: ['เกณฑ์การเรียกเก็บเงิน', 'เกณฑ์'], // [I] (reference §5: "—")
  zh: ['账单阈值', '阈值'], // [C]
};

export const BILL_DATE: LabelTable = {
  en: ['Bill date', 'Next bill date'], // [C] / [I]
  it: ['Data di fatturazione', 'Prossima data di fatturazione'], // [C] / [I]
  id: ['Tanggal tagihan', 'Tanggal penagihan'], // [I]
  fr: ['Date de facturation', 'Prochaine date de facturation'], // [I]
  es: ['Fecha de facturación', 'Próxima fecha de facturación'], // [I]
  de: ['Abrechnungsdatum', 'Nächstes Abrechnungsdatum'], // [C] / [I]
  pt: ['Data de cobrança', 'Próxima data de cobrança'], // [I]
  ja: ['請求日', '次回請求日'], // [C] / [I]
  vi: ['Ngày thanh toán', 'Ngày thanh toán tiếp theo'], // [C] / [I]
  th: ['วันที่เรียกเก็บเงิน', 'วันเรียกเก็บเงินครั้งถัดไป'], // [I]
  zh: ['结算日', '账单日', '下一个结算日'], // [C] / [I]
};

export const CASH_BALANCE: LabelTable = {
  en: ['Cash balance', 'Account balance', 'Available cash balance', 'Available balance'], // [C] help / [C-code] BC
  it: ['Saldo in contanti', 'Saldo account', 'Saldo disponibile'], // [I]
  id: ['Saldo tunai', 'Saldo akun', 'Saldo tersedia'], // [I]
  fr: ['Solde en espèces', 'Solde du compte', 'Solde disponible'], // [I]
  es: ['Saldo en efectivo', 'Saldo de la cuenta', 'Saldo disponible'], // [I]
  de: ['Barguthaben', 'Kontoguthaben', 'Verfügbares Guthaben'], // [I]
  pt: ['Saldo em dinheiro', 'Saldo da conta', 'Saldo disponível'], // [I]
  ja: ['現金残高', 'アカウント残高', '利用可能残高'], // [I]
  vi: ['Số dư tiền mặt', 'Số dư tài khoản', 'Số dư khả dụng'], // [I]
  th: ['ยอดเงินสดคงเหลือ', 'ยอดเงินในบัญชี', 'ยอดเงินที่ใช้ได้'], // [I]
  zh: ['现金余额', '账户余额', '可用余额'], // [I]
};

export const AD_CREDIT: LabelTable = {
  en: ['Ad credit', 'Ad credits', 'Total ad credit balance'], // [C-3p] map "ad credit" / [C-code] BC
  it: ['Credito pubblicitario', 'Crediti pubblicitari'], // [I]
  id: ['Kredit iklan'], // [I]
  fr: ['Crédit publicitaire', 'Crédits publicitaires'], // [I]
  es: ['Crédito publicitario', 'Créditos publicitarios'], // [I]
  de: ['Werbeguthaben'], // [I]
  pt: ['Crédito de anúncio', 'Créditos de anúncio'], // [I]
  ja: ['広告クレジット'], // [I]
  vi: ['Tín dụng quảng cáo'], // [I]
  th: ['เครดิตโฆษณา'], // [I]
  zh: ['广告赠款', '赠款余额'], // [I]
};

export const OUTSTANDING: LabelTable = {
  en: ['Outstanding balance', 'Amount due'], // [C] help "pay outstanding balance" / [I]
  it: ['Saldo in sospeso', 'Importo dovuto'], // [I]
  id: ['Saldo terutang', 'Jumlah terutang'], // [I]
  fr: ['Solde impayé', 'Montant dû'], // [I]
  es: ['Saldo pendiente', 'Importe adeudado'], // [I]
  de: ['Ausstehender Saldo', 'Fälliger Betrag'], // [I]
  pt: ['Saldo devedor', 'Valor devido'], // [I]
  ja: ['未払い残高', '未払い金額'], // [I]
  vi: ['Số dư chưa thanh toán', 'Số tiền nợ'], // [I]
  th: ['ยอดค้างชำระ'], // [I]
  zh: ['未结余额', '待付金额'], // [I]
};

/** The "Pay now" button of the page banner (and of failed transactions / unpaid invoices). */
export const PAY_NOW: LabelTable = {
  en: ['Pay now'], // [C]
  it: ['Paga ora'], // [I]
  id: ['Bayar sekarang'], // [I]
  fr: ['Payer maintenant'], // [C]
  es: ['Pagar ahora'], // [I]
  de: ['Jetzt bezahlen'], // [C]
  pt: ['Pagar agora'], // [I]
  ja: ['今すぐ支払う'], // [I]
  vi: ['Thanh toán ngay'], // [I]
  th: ['ชำระเงินทันที'], // [I]
  zh: ['立即付款', '立即支付'], // [I]
};

export const CURRENCY_LABEL: LabelTable = {
  en: ['Currency'], // [I]
  it: ['Valuta'], // [I]
  id: ['Mata uang'], // [I]
  fr: ['Devise'], // [I]
  es: ['Moneda', 'Divisa'], // [I]
  de: ['Währung'], // [I]
  pt: ['Moeda'], // [I]
  ja: ['通貨'], // [I]
  vi: ['Đơn vị tiền tệ', 'Tiền tệ'], // [I]
  th: ['สกุลเงิน'], // [I]
  zh: ['币种', '货币'], // [I]
};

export const ACCOUNT_NAME: LabelTable = {
  en: ['Account name', 'Ad account name', 'Advertiser account'], // [C-code] BC table "Account name" / [I]
  it: ['Nome account', "Nome dell'account"], // [I]
  id: ['Nama akun'], // [I]
  fr: ['Nom du compte'], // [I]
  es: ['Nombre de la cuenta'], // [I]
  de: ['Kontoname'], // [I]
  pt: ['Nome da conta'], // [I]
  ja: ['アカウント名'], // [I]
  vi: ['Tên tài khoản'], // [I]
  th: ['ชื่อบัญชี'], // [I]
  zh: ['账户名称'], // [I]
};

/** Heading of the payment-methods list. */
export const PAYMENT_METHODS: LabelTable = {
  en: ['Payment methods', 'Payment method'], // [C-code] BC "Payment methods"
  it: ['Metodi di pagamento', 'Metodo di pagamento'], // [I]
  id: ['Metode pembayaran'], // [I] ("Tambah Metode Pembayaran" is [C-3p])
  fr: ['Modes de paiement', 'Mode de paiement'], // [I] (button "+ Ajouter un mode de paiement" is [C])
  es: ['Métodos de pago', 'Método de pago'], // [I]
  de: ['Zahlungsmethoden', 'Zahlungsmethode'], // [I]
  pt: ['Formas de pagamento', 'Métodos de pagamento', 'Forma de pagamento'], // [I]
  ja: ['支払い方法', 'お支払い方法'], // [I]
  vi: ['Phương thức thanh toán'], // [I]
  th: ['วิธีการชำระเงิน'], // [I]
  zh: ['付款方式', '支付方式'], // [I]
};

/** "ending in 4242" (masked numbers like "•••• 4242" are matched without words). */
export const CARD_ENDING: LabelTable = {
  en: ['ending in', 'ends in'], // [I]
  it: ['che termina con', 'termina con', 'terminante in'], // [I]
  id: ['berakhiran', 'yang berakhiran'], // [I]
  fr: ['se terminant par', 'finissant par'], // [I]
  es: ['terminada en', 'que termina en'], // [I]
  de: ['endet auf', 'endend auf', 'endend mit'], // [I]
  pt: ['terminado em', 'final'], // [I]
  ja: ['末尾'], // [I]
  vi: ['kết thúc bằng', 'đuôi'], // [I]
  th: ['ลงท้ายด้วย'], // [I]
  zh: ['尾号'], // [I]
};

export const ACCOUNT_ID: LabelTable = {
  en: ['Account ID', 'Ad account ID', 'ID'], // [I]
  it: ['ID account', "ID dell'account", 'ID'], // [I]
  id: ['ID akun', 'ID'], // [I]
  fr: ['ID du compte', 'Identifiant du compte', 'ID'], // [I]
  es: ['ID de la cuenta', 'ID'], // [I]
  de: ['Konto-ID', 'ID'], // [I]
  pt: ['ID da conta', 'ID'], // [I]
  ja: ['アカウントID', 'ID'], // [I]
  vi: ['ID tài khoản', 'ID'], // [I]
  th: ['ID บัญชี', 'รหัสบัญชี', 'ID'], // [I]
  zh: ['账户 ID', '账户ID', 'ID'], // [I]
};

/** Empty state of the payment-methods list. Matched as a phrase. */
export const NO_METHODS_PHRASES: LabelTable = {
  en: ['No payment method', 'No payment methods', 'You have not added a payment method'], // [I]
  it: ['Nessun metodo di pagamento'], // [I]
  id: ['Belum ada metode pembayaran', 'Tidak ada metode pembayaran'], // [I]
  fr: ['Aucun mode de paiement'], // [I]
  es: ['No hay métodos de pago', 'Ningún método de pago'], // [I]
  de: ['Keine Zahlungsmethode', 'Keine Zahlungsmethoden'], // [I]
  pt: ['Nenhuma forma de pagamento', 'Nenhum método de pagamento'], // [I]
  ja: ['支払い方法がありません', '支払い方法が登録されていません'], // [I]
  vi: ['Chưa có phương thức thanh toán'], // [I]
  th: ['ยังไม่มีวิธีการชำระเงิน'], // [I]
  zh: ['暂无付款方式', '暂无支付方式'], // [I]
};

/** Tag marking the primary method ("Make primary" is [C]). */
export const PRIMARY_TAG: LabelTable = {
  en: ['Primary', 'Default'], // [C] (from "Make primary") / [I]
  it: ['Principale', 'Predefinito'], // [I]
  id: ['Utama', 'Default'], // [I]
  fr: ['Principal', 'Principale', 'Par défaut'], // [I]
  es: ['Principal', 'Predeterminado'], // [I]
  de: ['Primär', 'Standard'], // [I]
  pt: ['Principal', 'Padrão'], // [I]
  ja: ['メイン', 'デフォルト', '既定'], // [I]
  vi: ['Chính', 'Mặc định'], // [I]
  th: ['หลัก', 'ค่าเริ่มต้น'], // [I]
  zh: ['主要', '默认'], // [I]
};

/** Tags the page puts on a method it considers unusable. */
export const METHOD_INVALID_TAG: LabelTable = {
  en: ['Expired', 'Verification failed', 'Payment failed', 'Invalid', 'Card declined'], // [I]
  it: ['Scaduta', 'Scaduto', 'Verifica non riuscita', 'Pagamento non riuscito', 'Non valida'], // [I]
  id: ['Kedaluwarsa', 'Verifikasi gagal', 'Pembayaran gagal', 'Tidak valid'], // [I]
  fr: ['Expirée', 'Expiré', 'Échec de la vérification', 'Échec du paiement', 'Non valide'], // [I]
  es: ['Caducada', 'Vencida', 'Verificación fallida', 'Pago fallido', 'No válida'], // [I]
  de: ['Abgelaufen', 'Verifizierung fehlgeschlagen', 'Zahlung fehlgeschlagen', 'Ungültig'], // [I]
  pt: ['Expirado', 'Vencido', 'Falha na verificação', 'Falha no pagamento', 'Inválido'], // [I]
  ja: ['期限切れ', '認証失敗', '支払い失敗', '無効'], // [I]
  vi: ['Đã hết hạn', 'Xác minh thất bại', 'Thanh toán thất bại', 'Không hợp lệ'], // [I]
  th: ['หมดอายุแล้ว', 'การยืนยันล้มเหลว', 'การชำระเงินล้มเหลว', 'ไม่ถูกต้อง'], // [I]
  zh: ['已过期', '验证失败', '付款失败', '无效'], // [I]
};

/** Expiry label inside a method card ("Expires 08/2027"). */
export const EXPIRY_LABEL: LabelTable = {
  en: ['Expires', 'Expiry', 'Expiration date', 'Exp.', 'Exp'], // [I]
  it: ['Scadenza', 'Scade', 'Data di scadenza'], // [I]
  id: ['Berlaku hingga', 'Kedaluwarsa pada', 'Masa berlaku'], // [I]
  fr: ['Expire le', 'Expire', "Date d'expiration", 'Exp.'], // [I]
  es: ['Vence', 'Caduca', 'Fecha de caducidad'], // [I]
  de: ['Gültig bis', 'Ablaufdatum', 'Läuft ab'], // [I]
  pt: ['Validade', 'Expira em', 'Vence em'], // [I]
  ja: ['有効期限'], // [I]
  vi: ['Ngày hết hạn', 'Hết hạn'], // [I]
  th: ['วันหมดอายุ', 'หมดอายุ'], // [I] ("หมดอายุแล้ว", "expired", is a METHOD_INVALID_TAG)
  zh: ['有效期至', '有效期', '到期日'], // [I]
};

/** Card funding type as the page labels it. Wallets/banks carry none (→ 'unknown'). */
export const FUNDING_VALUES: EnumTable<Exclude<Funding, 'unknown'>> = {
  credit: {
    en: ['Credit card', 'Credit'], // [I]
    it: ['Carta di credito', 'Credito'], // [I] (the Italian source article says "carta di credito")
    id: ['Kartu kredit', 'Kredit'], // [I]
    fr: ['Carte de crédit', 'Crédit'], // [I]
    es: ['Tarjeta de crédito', 'Crédito'], // [I]
    de: ['Kreditkarte'], // [I]
    pt: ['Cartão de crédito', 'Crédito'], // [I]
    ja: ['クレジットカード', 'クレジット'], // [I]
    vi: ['Thẻ tín dụng'], // [I]
    th: ['บัตรเครดิต'], // [I]
    zh: ['信用卡'], // [I]
  },
  debit: {
    en: ['Debit card', 'Debit'], // [I]
    it: ['Carta di debito', 'Debito'], // [I]
    id: ['Kartu debit', 'Debit'], // [I]
    fr: ['Carte de débit', 'Débit'], // [I]
    es: ['Tarjeta de débito', 'Débito'], // [I]
    de: ['Debitkarte'], // [I]
    pt: ['Cartão de débito', 'Débito'], // [I]
    ja: ['デビットカード', 'デビット'], // [I]
    vi: ['Thẻ ghi nợ'], // [I]
    th: ['บัตรเดบิต'], // [I]
    zh: ['借记卡'], // [I]
  },
  prepaid: {
    en: ['Prepaid card', 'Prepaid'], // [I] (reference §2 [C]: "prepaid cards are not accepted")
    it: ['Carta prepagata', 'Prepagata'], // [I] (source article: "carta prepagata")
    id: ['Kartu prabayar', 'Prabayar'], // [I]
    fr: ['Carte prépayée', 'Prépayée'], // [I]
    es: ['Tarjeta prepago', 'Prepago'], // [I]
    de: ['Prepaid-Karte', 'Prepaidkarte', 'Prepaid'], // [I]
    pt: ['Cartão pré-pago', 'Pré-pago'], // [I]
    ja: ['プリペイドカード', 'プリペイド'], // [I]
    vi: ['Thẻ trả trước'], // [I]
    th: ['บัตรเติมเงิน', 'บัตรพรีเพด'], // [I]
    zh: ['预付卡'], // [I]
  },
};

/**
 * Brands are proper names, the same in every language (matched on text, `alt`, `aria-label`, `title`).
 * `bank` is a per-language phrase.
 */
export const BRAND_NAMES: Record<string, readonly string[]> = {
  visa: ['Visa'], // [C] reference §2 / source article
  mastercard: ['Mastercard', 'MasterCard', 'Master Card'], // [C]
  amex: ['American Express', 'Amex', 'AMEX'], // [C-3p]
  paypal: ['PayPal'], // [C]
  jcb: ['JCB'], // [C]
  discover: ['Discover'], // [I]
  unionpay: ['UnionPay', 'Union Pay', '银联'], // [I]
  gopay: ['GoPay'], // [C-3p]
};

export const BANK_TRANSFER: LabelTable = {
  en: ['Bank transfer'], // [C] reference §2 "bank transfer"
  it: ['Bonifico bancario'], // [I]
  id: ['Transfer bank'], // [I]
  fr: ['Virement bancaire'], // [I]
  es: ['Transferencia bancaria'], // [I]
  de: ['Banküberweisung'], // [I]
  pt: ['Transferência bancária'], // [I]
  ja: ['銀行振込'], // [I]
  vi: ['Chuyển khoản ngân hàng'], // [I]
  th: ['โอนเงินผ่านธนาคาร'], // [I]
  zh: ['银行转账'], // [I]
};

/** Notice that the account is managed by a Business Center (balance only added there). Matched as a phrase. */
export const BC_MANAGED_PHRASES: LabelTable = {
  en: ['managed by a Business Center', 'managed by Business Center', 'add balance in Business Center', 'top up in Business Center'], // [I] (rule [C]: BC-managed → add balance in BC Payment management)
  it: ['gestito da un Business Center', 'gestito dal Business Center', 'aggiungi saldo nel Business Center'], // [I]
  id: ['dikelola oleh Business Center', 'tambah saldo di Business Center'], // [I]
  fr: ['géré par un Business Center', 'géré par le Business Center', 'ajoutez du solde dans le Business Center'], // [I]
  es: ['administrada por un Centro de negocios', 'gestionada por un Centro de negocios', 'añade saldo en el Centro de negocios'], // [I]
  de: ['von einem Business Center verwaltet', 'im Business Center aufladen'], // [I]
  pt: ['gerenciada por uma Central de Negócios', 'adicione saldo na Central de Negócios'], // [I] ("Central de Negócios" is [C])
  ja: ['ビジネスセンターで管理されています', 'ビジネスセンターで残高を追加'], // [I] ("ビジネスセンター" is [C])
  vi: ['được quản lý bởi Trung tâm doanh nghiệp', 'nạp số dư trong Trung tâm doanh nghiệp'], // [I] ("Trung tâm doanh nghiệp" is [C])
  th: ['จัดการโดยศูนย์ธุรกิจ', 'เติมยอดเงินในศูนย์ธุรกิจ'], // [I] ("ศูนย์ธุรกิจ" is [C])
  zh: ['由商务中心管理', '请在商务中心充值'], // [I] ("商务中心" is [C])
};

// ───────────────────────────── Ads Manager · Transactions (ads.transactions) ─────────────────────────────

export const COL_DATE: LabelTable = {
  en: ['Date', 'Transaction date', 'Time'], // [I]
  it: ['Data', 'Data della transazione'], // [I]
  id: ['Tanggal', 'Tanggal transaksi', 'Waktu'], // [I]
  fr: ['Date', 'Date de la transaction'], // [I]
  es: ['Fecha', 'Fecha de la transacción'], // [I]
  de: ['Datum', 'Transaktionsdatum'], // [I]
  pt: ['Data', 'Data da transação'], // [I]
  ja: ['日付', '取引日', '日時'], // [I]
  vi: ['Ngày', 'Ngày giao dịch', 'Thời gian'], // [I]
  th: ['วันที่', 'วันที่ทำธุรกรรม', 'เวลา'], // [I]
  zh: ['日期', '交易日期', '时间'], // [I]
};

export const COL_TYPE: LabelTable = {
  en: ['Type', 'Transaction type'], // [I]
  it: ['Tipo', 'Tipo di transazione'], // [I]
  id: ['Jenis', 'Jenis transaksi', 'Tipe'], // [I]
  fr: ['Type', 'Type de transaction'], // [I]
  es: ['Tipo', 'Tipo de transacción'], // [I]
  de: ['Typ', 'Art', 'Transaktionstyp'], // [I]
  pt: ['Tipo', 'Tipo de transação'], // [I]
  ja: ['種類', 'タイプ', '取引タイプ'], // [I]
  vi: ['Loại', 'Loại giao dịch'], // [I]
  th: ['ประเภท', 'ประเภทธุรกรรม'], // [I]
  zh: ['类型', '交易类型'], // [I]
};

export const COL_AMOUNT: LabelTable = {
  en: ['Amount', 'Total amount', 'Amount (incl. tax)'], // [I] (invoice fields "amount" are [C-code])
  it: ['Importo', 'Importo totale'], // [I]
  id: ['Jumlah', 'Jumlah total', 'Nominal'], // [I]
  fr: ['Montant', 'Montant total'], // [I]
  es: ['Importe', 'Importe total', 'Monto'], // [I]
  de: ['Betrag', 'Gesamtbetrag'], // [I]
  pt: ['Valor', 'Valor total'], // [I]
  ja: ['金額', '合計金額'], // [I]
  vi: ['Số tiền', 'Tổng số tiền'], // [I]
  th: ['จำนวนเงิน', 'ยอดเงิน'], // [I]
  zh: ['金额', '总金额'], // [I]
};

export const COL_STATUS: LabelTable = {
  en: ['Status', 'Payment status'], // [I]
  it: ['Stato'], // [I]
  id: ['Status'], // [I]
  fr: ['Statut', 'État'], // [I]
  es: ['Estado'], // [I]
  de: ['Status'], // [I]
  pt: ['Status', 'Situação'], // [I]
  ja: ['ステータス', '状態'], // [I]
  vi: ['Trạng thái'], // [I]
  th: ['สถานะ'], // [I]
  zh: ['状态', '付款状态'], // [I]
};

export const PAYMENT_KIND_VALUES: EnumTable<Exclude<PaymentRecord['kind'], 'other'>> = {
  payment: {
    en: ['Bill payment', 'Automatic payment', 'Payment', 'Outstanding balance payment'], // [I] (reference §7)
    it: ['Pagamento fattura', 'Pagamento automatico', 'Pagamento'], // [I]
    id: ['Pembayaran tagihan', 'Pembayaran otomatis', 'Pembayaran'], // [I]
    fr: ['Paiement de facture', 'Paiement automatique', 'Paiement'], // [I]
    es: ['Pago de factura', 'Pago automático', 'Pago'], // [I]
    de: ['Rechnungszahlung', 'Automatische Zahlung', 'Zahlung'], // [I]
    pt: ['Pagamento de fatura', 'Pagamento automático', 'Pagamento'], // [I]
    ja: ['請求の支払い', '請求額の支払い', '自動払い', '支払い'], // [I]
    vi: ['Thanh toán hóa đơn', 'Thanh toán tự động', 'Thanh toán'], // [I]
    th: ['ชำระค่าบริการ', 'การชำระเงินอัตโนมัติ', 'การชำระเงิน'], // [I]
    zh: ['账单付款', '自动付款', '付款'], // [I]
  },
  verification: {
    en: ['Card verification', 'Verification charge', 'Payment method verification'], // [I] (charge itself is [C])
    it: ['Verifica della carta', 'Addebito di verifica'], // [I]
    id: ['Verifikasi kartu', 'Biaya verifikasi'], // [I]
    fr: ['Vérification de la carte', 'Frais de vérification'], // [I]
    es: ['Verificación de la tarjeta', 'Cargo de verificación'], // [I]
    de: ['Kartenverifizierung', 'Verifizierungsbelastung'], // [I]
    pt: ['Verificação do cartão', 'Cobrança de verificação'], // [I]
    ja: ['カード認証', '認証のための請求'], // [I]
    vi: ['Xác minh thẻ', 'Phí xác minh'], // [I]
    th: ['การยืนยันบัตร', 'ค่ายืนยันบัตร'], // [I]
    zh: ['银行卡验证', '验证扣款'], // [I]
  },
  refund: {
    en: ['Refund', 'Verification refund'], // [I]
    it: ['Rimborso'], // [I]
    id: ['Pengembalian dana', 'Refund'], // [I]
    fr: ['Remboursement'], // [I]
    es: ['Reembolso'], // [I]
    de: ['Rückerstattung'], // [I]
    pt: ['Reembolso'], // [I]
    ja: ['返金'], // [I]
    vi: ['Hoàn tiền'], // [I]
    th: ['การคืนเงิน', 'คืนเงิน'], // [I]
    zh: ['退款'], // [I]
  },
  'add-balance': {
    en: ['Add balance'], // [C]
    it: ['Aggiungi saldo', 'Ricarica'], // [I]
    id: ['Tambah saldo'], // [C-3p]
    fr: ['Ajouter du solde', 'Ajout de solde', 'Rechargement'], // [I]
    es: ['Añadir saldo', 'Recarga'], // [I]
    de: ['Guthaben aufladen', 'Aufladung'], // [I]
    pt: ['Adicionar saldo', 'Recarga'], // [I]
    ja: ['残高を追加', 'チャージ'], // [I]
    vi: ['Nạp số dư', 'Thêm số dư'], // [I]
    th: ['เติมยอดเงิน', 'เพิ่มยอดเงิน'], // [I]
    zh: ['充值', '添加余额'], // [I]
  },
};

export const PAYMENT_STATUS_VALUES: EnumTable<PaymentRecord['status']> = {
  success: {
    en: ['Successful', 'Success', 'Succeeded', 'Completed', 'Paid'], // [I] (reference §7 "Successful")
    it: ['Riuscito', 'Riuscita', 'Completato', 'Pagato'], // [I]
    id: ['Berhasil', 'Sukses', 'Selesai'], // [I]
    fr: ['Réussi', 'Réussie', 'Terminé', 'Payé'], // [I]
    es: ['Correcto', 'Completado', 'Exitoso', 'Pagado'], // [I]
    de: ['Erfolgreich', 'Abgeschlossen', 'Bezahlt'], // [I]
    pt: ['Bem-sucedido', 'Concluído', 'Sucesso'], // [I] (not "Pago": the Spanish shell's menu item "Payment")
    ja: ['成功', '完了', '支払い済み'], // [I]
    vi: ['Thành công', 'Hoàn tất', 'Đã thanh toán'], // [I]
    th: ['สำเร็จ', 'เสร็จสมบูรณ์', 'ชำระแล้ว'], // [I]
    zh: ['成功', '已完成', '已支付'], // [I]
  },
  failed: {
    en: ['Failed', 'Unsuccessful', 'Declined'], // [I] (reference §7 "Failed")
    it: ['Non riuscito', 'Non riuscita', 'Fallito', 'Rifiutato'], // [I]
    id: ['Gagal', 'Ditolak'], // [I]
    fr: ['Échoué', 'Échouée', 'Échec', 'Refusé'], // [I]
    es: ['Fallido', 'Fallida', 'Rechazado'], // [I]
    de: ['Fehlgeschlagen', 'Abgelehnt'], // [I]
    pt: ['Falhou', 'Falha', 'Malsucedido', 'Recusado'], // [I]
    ja: ['失敗', '拒否'], // [I]
    vi: ['Thất bại', 'Không thành công', 'Bị từ chối'], // [I]
    th: ['ไม่สำเร็จ', 'ล้มเหลว', 'ถูกปฏิเสธ'], // [I]
    zh: ['失败', '付款失败', '已拒绝'], // [I]
  },
  pending: {
    en: ['Pending', 'Processing', 'In progress'], // [I]
    it: ['In sospeso', 'In elaborazione'], // [I]
    id: ['Tertunda', 'Diproses', 'Sedang diproses'], // [I]
    fr: ['En attente', 'En cours'], // [I]
    es: ['Pendiente', 'En proceso'], // [I]
    de: ['Ausstehend', 'In Bearbeitung'], // [I]
    pt: ['Pendente', 'Processando', 'Em processamento'], // [I]
    ja: ['保留中', '処理中'], // [I]
    vi: ['Đang chờ xử lý', 'Đang xử lý'], // [I]
    th: ['รอดำเนินการ', 'กำลังดำเนินการ'], // [I]
    zh: ['待处理', '处理中'], // [I]
  },
};

// ───────────────────────────── Ads Manager · Invoices (ads.invoices) ─────────────────────────────

export const INVOICE_SERIAL: LabelTable = {
  en: ['Invoice number', 'Invoice No.', 'Invoice serial', 'Invoice ID'], // [I] (field `invoice_serial` is [C-code])
  it: ['Numero fattura', 'N. fattura'], // [I]
  id: ['Nomor invoice', 'No. invoice', 'Nomor faktur'], // [I]
  fr: ['Numéro de facture', 'N° de facture'], // [I]
  es: ['Número de factura', 'N.º de factura'], // [I]
  de: ['Rechnungsnummer', 'Rechnungs-Nr.'], // [I]
  pt: ['Número da fatura', 'Nº da fatura'], // [I] ("Faturas" is [C])
  ja: ['請求書番号'], // [I] ("請求書" is [C])
  vi: ['Số hóa đơn'], // [I]
  th: ['เลขที่ใบแจ้งหนี้'], // [I] ("ใบแจ้งหนี้" is [C])
  zh: ['发票编号', '发票号码'], // [I]
};

export const INVOICE_DUE: LabelTable = {
  en: ['Due date', 'Payment due date'], // [I] (field `due_date` is [C-code])
  it: ['Data di scadenza', 'Scadenza'], // [I]
  id: ['Tanggal jatuh tempo', 'Jatuh tempo'], // [I]
  fr: ["Date d'échéance", 'Échéance'], // [I]
  es: ['Fecha de vencimiento', 'Vencimiento'], // [I]
  de: ['Fälligkeitsdatum', 'Fällig am'], // [I]
  pt: ['Data de vencimento', 'Vencimento'], // [I]
  ja: ['支払期限', '支払期日'], // [I]
  vi: ['Ngày đến hạn', 'Hạn thanh toán'], // [I]
  th: ['วันครบกำหนดชำระ', 'วันครบกำหนด'], // [I]
  zh: ['到期日期', '付款截止日期'], // [I]
};

export const INVOICE_STATUS_VALUES: EnumTable<Invoice['status']> = {
  paid: {
    en: ['Paid'], // [I] (reference §7 "Paid/Unpaid"; API status 3 = paid [C-code])
    it: ['Pagata', 'Pagato'], // [I]
    id: ['Dibayar', 'Lunas', 'Sudah dibayar'], // [I]
    fr: ['Payée', 'Payé', 'Réglée'], // [I]
    es: ['Pagada', 'Pagado'], // [I]
    de: ['Bezahlt'], // [I]
    pt: ['Paga', 'Quitada'], // [I] (not "Pago": the Spanish shell's menu item "Payment")
    ja: ['支払い済み'], // [I]
    vi: ['Đã thanh toán'], // [I]
    th: ['ชำระแล้ว'], // [I]
    zh: ['已支付', '已付款'], // [I]
  },
  unpaid: {
    en: ['Unpaid', 'Not paid', 'Partially paid'], // [I]
    it: ['Non pagata', 'Da pagare'], // [I]
    id: ['Belum dibayar', 'Belum lunas'], // [I]
    fr: ['Impayée', 'Impayé', 'Non payée', 'À payer'], // [I]
    es: ['No pagada', 'Pendiente de pago', 'Impagada'], // [I]
    de: ['Unbezahlt', 'Offen', 'Nicht bezahlt'], // [I]
    pt: ['Não paga', 'Em aberto', 'A pagar'], // [I]
    ja: ['未払い', '一部支払い済み'], // [I]
    vi: ['Chưa thanh toán'], // [I]
    th: ['ยังไม่ชำระ', 'รอชำระ'], // [I]
    zh: ['未支付', '未付款', '部分支付'], // [I]
  },
  overdue: {
    en: ['Overdue', 'Past due'], // [I]
    it: ['Scaduta', 'In ritardo'], // [I]
    id: ['Lewat jatuh tempo', 'Terlambat'], // [I]
    fr: ['En retard', 'Échue'], // [I]
    es: ['Vencida', 'Atrasada'], // [I]
    de: ['Überfällig'], // [I]
    pt: ['Vencida', 'Atrasada'], // [I]
    ja: ['期限超過', '支払期限超過'], // [I]
    vi: ['Quá hạn'], // [I]
    th: ['เกินกำหนดชำระ', 'เลยกำหนด'], // [I]
    zh: ['已逾期', '逾期'], // [I]
  },
};

// ───────────────────────────── Business Center · Payment management (bc.payment) ─────────────────────────────

/** Column of the account (name + id). Never the shell's menu item "Ad accounts" (広告アカウント, 广告账户 …). */
export const BC_COL_ACCOUNT: LabelTable = {
  en: ['Account name', 'Ad account', 'Advertiser account'], // [C-code] "Account name" / [I]
  it: ['Nome account', 'Account pubblicitario'], // [I]
  id: ['Nama akun', 'Nama akun iklan'], // [I] (not "Akun iklan": the shell's menu item "Ad accounts")
  fr: ['Nom du compte', 'Compte publicitaire'], // [I]
  es: ['Nombre de la cuenta', 'Cuenta publicitaria'], // [I]
  de: ['Kontoname', 'Werbekonto'], // [I]
  pt: ['Nome da conta', 'Conta de anúncios'], // [I]
  ja: ['アカウント名', '広告アカウント名'], // [I]
  vi: ['Tên tài khoản', 'Tên tài khoản quảng cáo'], // [I]
  th: ['ชื่อบัญชี', 'ชื่อบัญชีโฆษณา'], // [I]
  zh: ['账户名称', '广告账户名称'], // [I]
};

export const BC_COL_THRESHOLD: LabelTable = {
  en: ['Threshold', 'Billing threshold'], // [C]
  it: ['Soglia', 'Soglia di fatturazione'], // [C]
  id: ['Ambang batas', 'Ambang batas penagihan'], // [I] (ms "Ambang" is [C])
  fr: ['Seuil', 'Seuil de facturation'], // [I]
  es: ['Umbral', 'Umbral de facturación'], // [I]
  de: ['Schwellenwert', 'Abrechnungsschwelle'], // [C]
  pt: ['Limite', 'Limite de cobrança'], // [I]
  ja: ['請求値'], // [C]
  vi: ['Ngưỡng thanh toán', 'Ngưỡng'], // [C] / [I]
  th: ['เกณฑ์', 'เกณฑ์การเรียกเก็บเงิน'], // [I]
  zh: ['阈值', '账单阈值'], // [C]
};

export const BC_COL_BALANCE: LabelTable = {
  en: ['Available balance', 'Available cash balance', 'Cash balance', 'Balance'], // [C]
  it: ['Saldo disponibile', 'Saldo'], // [I]
  id: ['Saldo tersedia', 'Saldo tunai tersedia', 'Saldo'], // [I]
  fr: ['Solde disponible', 'Solde en espèces disponible', 'Solde'], // [I]
  es: ['Saldo disponible', 'Saldo'], // [I]
  de: ['Verfügbares Guthaben', 'Guthaben'], // [I]
  pt: ['Saldo disponível', 'Saldo'], // [I]
  ja: ['利用可能残高', '残高'], // [I]
  vi: ['Số dư khả dụng', 'Số dư'], // [I]
  th: ['ยอดเงินที่ใช้ได้', 'ยอดเงินคงเหลือ'], // [I]
  zh: ['可用余额', '余额'], // [I]
};

export const BC_COL_ALERT: LabelTable = {
  en: ['Balance Alert', 'Balance alert'], // [C]
  it: ['Avviso saldo'], // [I]
  id: ['Peringatan saldo'], // [I]
  fr: ['Alerte de solde', 'Alerte solde'], // [I]
  es: ['Alerta de saldo'], // [I]
  de: ['Guthabenwarnung'], // [I]
  pt: ['Alerta de saldo'], // [I]
  ja: ['残高アラート'], // [I]
  vi: ['Cảnh báo số dư'], // [I]
  th: ['การแจ้งเตือนยอดเงิน'], // [I]
  zh: ['余额提醒', '余额预警'], // [I]
};

export const BC_COL_OPTION: LabelTable = {
  en: ['Billing option', 'Payment type', 'Payment method'], // [I]
  it: ['Opzione di fatturazione', 'Tipo di pagamento'], // [I]
  id: ['Opsi penagihan', 'Jenis pembayaran'], // [I]
  fr: ['Option de facturation', 'Type de paiement'], // [I]
  es: ['Opción de facturación', 'Tipo de pago'], // [I]
  de: ['Abrechnungsoption', 'Zahlungsart'], // [I]
  pt: ['Opção de cobrança', 'Tipo de pagamento'], // [I]
  ja: ['請求オプション', '支払いタイプ'], // [I]
  vi: ['Tùy chọn thanh toán', 'Hình thức thanh toán'], // [I]
  th: ['ตัวเลือกการเรียกเก็บเงิน', 'ประเภทการชำระเงิน'], // [I]
  zh: ['账单选项', '结算方式'], // [I]
};

export const BC_COL_OWNERSHIP: LabelTable = {
  en: ['Ownership', 'Owner'], // [I]
  it: ['Proprietà', 'Proprietario'], // [I]
  id: ['Kepemilikan', 'Pemilik'], // [I]
  fr: ['Propriété', 'Propriétaire'], // [I]
  es: ['Propiedad', 'Propietario'], // [I]
  de: ['Eigentümer', 'Inhaber'], // [I]
  pt: ['Propriedade', 'Proprietário'], // [I]
  ja: ['所有権', '所有者'], // [I]
  vi: ['Quyền sở hữu', 'Chủ sở hữu'], // [I]
  th: ['ความเป็นเจ้าของ', 'เจ้าของ'], // [I]
  zh: ['所有权', '归属'], // [I]
};

export const OWNERSHIP_VALUES: EnumTable<'owned' | 'partner'> = {
  owned: {
    en: ['Owned by this Business Center', 'Owned'], // [C] filter label / [I]
    it: ['Di proprietà di questo Business Center'], // [I]
    id: ['Dimiliki oleh Business Center ini'], // [I]
    fr: ['Appartient à ce Business Center', 'Détenu par ce Business Center'], // [I]
    es: ['Propiedad de este Centro de negocios'], // [I]
    de: ['Im Besitz dieses Business Centers'], // [I]
    pt: ['Pertence a esta Central de Negócios'], // [I]
    ja: ['このビジネスセンターが所有'], // [I]
    vi: ['Thuộc sở hữu của Trung tâm doanh nghiệp này'], // [I]
    th: ['เป็นของศูนย์ธุรกิจนี้'], // [I]
    zh: ['归属于此商务中心', '本商务中心所有'], // [I]
  },
  partner: {
    en: ['Owned by partner', 'Partner'], // [C] filter label / [I]
    it: ['Di proprietà del partner', 'Partner'], // [I]
    id: ['Dimiliki oleh mitra', 'Mitra'], // [I]
    fr: ['Appartient au partenaire', 'Détenu par un partenaire', 'Partenaire'], // [I]
    es: ['Propiedad del socio', 'Socio'], // [I]
    de: ['Im Besitz des Partners', 'Partner'], // [I]
    pt: ['Pertence ao parceiro', 'Parceiro'], // [I]
    ja: ['パートナーが所有', 'パートナー'], // [I]
    vi: ['Thuộc sở hữu của đối tác', 'Đối tác'], // [I]
    th: ['เป็นของพาร์ทเนอร์', 'พาร์ทเนอร์'], // [I]
    zh: ['归属于合作伙伴', '合作伙伴'], // [I]
  },
};

export const YES_NO_VALUES: EnumTable<'yes' | 'no'> = {
  yes: {
    en: ['Yes'], // [C]
    it: ['Sì', 'Si'], // [I]
    id: ['Ya'], // [I]
    fr: ['Oui'], // [I]
    es: ['Sí', 'Si'], // [I]
    de: ['Ja'], // [I]
    pt: ['Sim'], // [I]
    ja: ['はい', 'あり'], // [I]
    vi: ['Có'], // [I]
    th: ['ใช่', 'มี'], // [I]
    zh: ['是'], // [I]
  },
  no: {
    en: ['No'], // [I]
    it: ['No'], // [I]
    id: ['Tidak'], // [I]
    fr: ['Non'], // [I]
    es: ['No'], // [I]
    de: ['Nein'], // [I]
    pt: ['Não'], // [I]
    ja: ['いいえ', 'なし'], // [I]
    vi: ['Không'], // [I]
    th: ['ไม่ใช่', 'ไม่มี'], // [I]
    zh: ['否'], // [I]
  },
};

/** "1-20 of 57": the word between the shown range and the total, per language ("1-20 / 57" needs none). */
export const PAGINATION_OF: Partial<Record<ReaderLang, readonly string[]>> = {
  en: ['of'], // [I]
  it: ['di', 'su'], // [I]
  id: ['dari'], // [I]
  fr: ['sur', 'de'], // [I]
  es: ['de'], // [I]
  de: ['von'], // [I]
  pt: ['de'], // [I]
  ja: ['/'], // [I]
  vi: ['trên', 'của'], // [I]
  th: ['จาก'], // [I]
  zh: ['/'], // [I]
};

/**
 * "Total 57" / "57 items" / "共 57 条" pagination forms: a word before the count, after it, or one on each side
 * (languages that wrap the count: zh "共 … 条", ja "全 … 件").
 */
export const PAGINATION_TOTAL: LabelTable = {
  en: ['Total', 'items', 'results'], // [I]
  it: ['Totale', 'elementi', 'risultati'], // [I]
  id: ['Total', 'item', 'hasil'], // [I]
  fr: ['Total', 'éléments', 'résultats'], // [I]
  es: ['Total', 'elementos', 'resultados'], // [I]
  de: ['Gesamt', 'Einträge', 'Ergebnisse'], // [I]
  pt: ['Total', 'itens', 'resultados'], // [I]
  ja: ['全', '合計', '件'], // [I]
  vi: ['Tổng', 'Tổng cộng', 'mục', 'kết quả'], // [I]
  th: ['ทั้งหมด', 'รายการ'], // [I]
  zh: ['共', '总计', '条', '项'], // [I]
};

/** Every label table of the Ads Manager payment page (used to pick and confirm the page's language). */
export const PAYMENT_PAGE_TABLES: readonly LabelTable[] = [
  BILLING_OPTION_LABEL,
  SPEND_SO_FAR,
  THRESHOLD,
  BILL_DATE,
  CASH_BALANCE,
  AD_CREDIT,
  OUTSTANDING,
  PAYMENT_METHODS,
  PAY_NOW,
  ...Object.values(BILLING_OPTION_VALUES),
];

/** Kinds are left out: bare words like "Payment" are also menu items of the app shell. */
export const TRANSACTION_TABLES: readonly LabelTable[] = [
  COL_DATE,
  COL_TYPE,
  COL_AMOUNT,
  COL_STATUS,
  ...Object.values(PAYMENT_STATUS_VALUES),
];

export const INVOICE_TABLES: readonly LabelTable[] = [
  INVOICE_SERIAL,
  INVOICE_DUE,
  COL_AMOUNT,
  COL_STATUS,
  ...Object.values(INVOICE_STATUS_VALUES),
];

export const BC_PAYMENT_TABLES: readonly LabelTable[] = [
  BC_COL_ACCOUNT,
  BC_COL_THRESHOLD,
  BC_COL_BALANCE,
  BC_COL_ALERT,
  BC_COL_OPTION,
  BILL_DATE,
];
