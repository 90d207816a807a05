/**
 * Label tables for the billing readers (Ads Manager Payment / Transactions / Invoices, Business Center Payment
 * management). Data only. Every entry is tagged:
 *   [C]  confirmed by domain/tiktok-reference.md (official help wording, §2 / §5 / §1), or
 *   [I]  an assumption (a plausible UI string nobody here could check on the live site).
 * Help-centre wording is the translated article, not guaranteed identical to the UI (reference §5 caveat), so even
 * [C] entries come with alternatives. Comparisons are accent- and case-insensitive (see `norm` in ../dom.ts).
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
  ja: ['請求オプション'], // [I]
  vi: ['Tùy chọn thanh toán'], // [I]
  zh: ['账单选项', '付款方式'], // [I]
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
    ja: ['自動払い'], // [C]
    vi: ['Thanh toán tự động'], // [C]
    th: ['การชำระเงินอัตโนมัติ'], // [C]
    zh: ['自动付款'], // [C]
  },
  manual: {
    en: ['Manual Payment', 'Manual payments'], // [C] / [I] plural
    it: ['Pagamento manuale'], // [C]
    id: ['Pembayaran manual'], // [C]
    fr: ['Paiement manuel'], // [C]
    es: ['Pago manual'], // [C]
    de: ['Manuelle Zahlung'], // [C]
    ja: ['手動払い'], // [C]
    vi: ['Thanh toán thủ công'], // [C]
    zh: ['手动付款'], // [I]
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
    zh: ['月结'], // [I]
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
};

export const THRESHOLD: LabelTable = {
  en: ['Billing threshold', 'Threshold'], // [C]
  it: ['Soglia di fatturazione', 'Soglia'], // [C]
  id: ['Ambang batas penagihan', 'Ambang batas'], // [I] (reference §5: "— [U]")
  fr: ['Seuil de facturation', 'Seuil'], // [I] (reference §5: "— [U]")
  es: ['Umbral de facturación', 'Umbral'], // [I] (reference §5: "— [U]")
  de: ['Abrechnungsschwelle', 'Schwellenwert'], // [C]
  ja: ['請求値'], // [C]
  vi: ['Ngưỡng thanh toán'], // [C]
  zh: ['账单阈值', '阈值'], // [C]
};

export const BILL_DATE: LabelTable = {
  en: ['Bill date', 'Next bill date'], // [C] / [I]
  it: ['Data di fatturazione', 'Prossima data di fatturazione'], // [C] / [I]
  id: ['Tanggal tagihan', 'Tanggal penagihan'], // [I]
  fr: ['Date de facturation', 'Prochaine date de facturation'], // [I]
  es: ['Fecha de facturación', 'Próxima fecha de facturación'], // [I]
  de: ['Abrechnungsdatum', 'Nächstes Abrechnungsdatum'], // [C] / [I]
  ja: ['請求日'], // [C]
  vi: ['Ngày thanh toán'], // [C]
  zh: ['结算日'], // [C]
};

export const CASH_BALANCE: LabelTable = {
  en: ['Cash balance', 'Account balance', 'Available cash balance', 'Available balance'], // [C] help / [C-code] BC
  it: ['Saldo in contanti', 'Saldo account', 'Saldo disponibile'], // [I]
  id: ['Saldo tunai', 'Saldo akun', 'Saldo tersedia'], // [I]
  fr: ['Solde en espèces', 'Solde du compte', 'Solde disponible'], // [I]
  es: ['Saldo en efectivo', 'Saldo de la cuenta', 'Saldo disponible'], // [I]
  de: ['Barguthaben', 'Kontoguthaben', 'Verfügbares Guthaben'], // [I]
};

export const AD_CREDIT: LabelTable = {
  en: ['Ad credit', 'Ad credits', 'Total ad credit balance'], // [C-3p] map "ad credit" / [C-code] BC
  it: ['Credito pubblicitario', 'Crediti pubblicitari'], // [I]
  id: ['Kredit iklan'], // [I]
  fr: ['Crédit publicitaire', 'Crédits publicitaires'], // [I]
  es: ['Crédito publicitario', 'Créditos publicitarios'], // [I]
  de: ['Werbeguthaben'], // [I]
};

export const OUTSTANDING: LabelTable = {
  en: ['Outstanding balance', 'Amount due'], // [C] help "pay outstanding balance" / [I]
  it: ['Saldo in sospeso', 'Importo dovuto'], // [I]
  id: ['Saldo terutang', 'Jumlah terutang'], // [I]
  fr: ['Solde impayé', 'Montant dû'], // [I]
  es: ['Saldo pendiente', 'Importe adeudado'], // [I]
  de: ['Ausstehender Saldo', 'Fälliger Betrag'], // [I]
};

/** The "Pay now" button of the page banner (and of failed transactions / unpaid invoices). */
export const PAY_NOW: LabelTable = {
  en: ['Pay now'], // [C]
  it: ['Paga ora'], // [I]
  id: ['Bayar sekarang'], // [I]
  fr: ['Payer maintenant'], // [C]
  es: ['Pagar ahora'], // [I]
  de: ['Jetzt bezahlen'], // [C]
};

export const CURRENCY_LABEL: LabelTable = {
  en: ['Currency'], // [I]
  it: ['Valuta'], // [I]
  id: ['Mata uang'], // [I]
  fr: ['Devise'], // [I]
  es: ['Moneda', 'Divisa'], // [I]
  de: ['Währung'], // [I]
};

export const ACCOUNT_NAME: LabelTable = {
  en: ['Account name', 'Ad account name', 'Advertiser account'], // [C-code] BC table "Account name" / [I]
  it: ['Nome account', "Nome dell'account"], // [I]
  id: ['Nama akun'], // [I]
  fr: ['Nom du compte'], // [I]
  es: ['Nombre de la cuenta'], // [I]
  de: ['Kontoname'], // [I]
};

/** Heading of the payment-methods list. */
export const PAYMENT_METHODS: LabelTable = {
  en: ['Payment methods', 'Payment method'], // [C-code] BC "Payment methods"
  it: ['Metodi di pagamento', 'Metodo di pagamento'], // [I]
  id: ['Metode pembayaran'], // [I] ("Tambah Metode Pembayaran" is [C-3p])
  fr: ['Modes de paiement', 'Mode de paiement'], // [I] (button "+ Ajouter un mode de paiement" is [C])
  es: ['Métodos de pago', 'Método de pago'], // [I]
  de: ['Zahlungsmethoden', 'Zahlungsmethode'], // [I]
};

/** "ending in 4242" (masked numbers like "•••• 4242" are matched without words). */
export const CARD_ENDING: LabelTable = {
  en: ['ending in', 'ends in'], // [I]
  it: ['che termina con', 'termina con', 'terminante in'], // [I]
  id: ['berakhiran', 'yang berakhiran'], // [I]
  fr: ['se terminant par', 'finissant par'], // [I]
  es: ['terminada en', 'que termina en'], // [I]
  de: ['endet auf', 'endend auf', 'endend mit'], // [I]
};

export const ACCOUNT_ID: LabelTable = {
  en: ['Account ID', 'Ad account ID', 'ID'], // [I]
  it: ['ID account', "ID dell'account", 'ID'], // [I]
  id: ['ID akun', 'ID'], // [I]
  fr: ['ID du compte', 'Identifiant du compte', 'ID'], // [I]
  es: ['ID de la cuenta', 'ID'], // [I]
  de: ['Konto-ID', 'ID'], // [I]
};

/** Empty state of the payment-methods list. Matched as a phrase. */
export const NO_METHODS_PHRASES: LabelTable = {
  en: ['No payment method', 'No payment methods', 'You have not added a payment method'], // [I]
  it: ['Nessun metodo di pagamento'], // [I]
  id: ['Belum ada metode pembayaran', 'Tidak ada metode pembayaran'], // [I]
  fr: ['Aucun mode de paiement'], // [I]
  es: ['No hay métodos de pago', 'Ningún método de pago'], // [I]
  de: ['Keine Zahlungsmethode', 'Keine Zahlungsmethoden'], // [I]
};

/** Tag marking the primary method ("Make primary" is [C]). */
export const PRIMARY_TAG: LabelTable = {
  en: ['Primary', 'Default'], // [C] (from "Make primary") / [I]
  it: ['Principale', 'Predefinito'], // [I]
  id: ['Utama', 'Default'], // [I]
  fr: ['Principal', 'Principale', 'Par défaut'], // [I]
  es: ['Principal', 'Predeterminado'], // [I]
  de: ['Primär', 'Standard'], // [I]
};

/** Tags the page puts on a method it considers unusable. */
export const METHOD_INVALID_TAG: LabelTable = {
  en: ['Expired', 'Verification failed', 'Payment failed', 'Invalid', 'Card declined'], // [I]
  it: ['Scaduta', 'Scaduto', 'Verifica non riuscita', 'Pagamento non riuscito', 'Non valida'], // [I]
  id: ['Kedaluwarsa', 'Verifikasi gagal', 'Pembayaran gagal', 'Tidak valid'], // [I]
  fr: ['Expirée', 'Expiré', 'Échec de la vérification', 'Échec du paiement', 'Non valide'], // [I]
  es: ['Caducada', 'Vencida', 'Verificación fallida', 'Pago fallido', 'No válida'], // [I]
  de: ['Abgelaufen', 'Verifizierung fehlgeschlagen', 'Zahlung fehlgeschlagen', 'Ungültig'], // [I]
};

/** Expiry label inside a method card ("Expires 08/2027"). */
export const EXPIRY_LABEL: LabelTable = {
  en: ['Expires', 'Expiry', 'Expiration date', 'Exp.', 'Exp'], // [I]
  it: ['Scadenza', 'Scade', 'Data di scadenza'], // [I]
  id: ['Berlaku hingga', 'Kedaluwarsa pada', 'Masa berlaku'], // [I]
  fr: ['Expire le', 'Expire', "Date d'expiration", 'Exp.'], // [I]
  es: ['Vence', 'Caduca', 'Fecha de caducidad'], // [I]
  de: ['Gültig bis', 'Ablaufdatum', 'Läuft ab'], // [I]
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
  },
  debit: {
    en: ['Debit card', 'Debit'], // [I]
    it: ['Carta di debito', 'Debito'], // [I]
    id: ['Kartu debit', 'Debit'], // [I]
    fr: ['Carte de débit', 'Débit'], // [I]
    es: ['Tarjeta de débito', 'Débito'], // [I]
    de: ['Debitkarte'], // [I]
  },
  prepaid: {
    en: ['Prepaid card', 'Prepaid'], // [I] (reference §2 [C]: "prepaid cards are not accepted")
    it: ['Carta prepagata', 'Prepagata'], // [I] (source article: "carta prepagata")
    id: ['Kartu prabayar', 'Prabayar'], // [I]
    fr: ['Carte prépayée', 'Prépayée'], // [I]
    es: ['Tarjeta prepago', 'Prepago'], // [I]
    de: ['Prepaid-Karte', 'Prepaidkarte', 'Prepaid'], // [I]
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
  unionpay: ['UnionPay', 'Union Pay'], // [I]
  gopay: ['GoPay'], // [C-3p]
};

export const BANK_TRANSFER: LabelTable = {
  en: ['Bank transfer'], // [C] reference §2 "bank transfer"
  it: ['Bonifico bancario'], // [I]
  id: ['Transfer bank'], // [I]
  fr: ['Virement bancaire'], // [I]
  es: ['Transferencia bancaria'], // [I]
  de: ['Banküberweisung'], // [I]
};

/** Notice that the account is managed by a Business Center (balance only added there). Matched as a phrase. */
export const BC_MANAGED_PHRASES: LabelTable = {
  en: ['managed by a Business Center', 'managed by Business Center', 'add balance in Business Center', 'top up in Business Center'], // [I] (rule [C]: BC-managed → add balance in BC Payment management)
  it: ['gestito da un Business Center', 'gestito dal Business Center', 'aggiungi saldo nel Business Center'], // [I]
  id: ['dikelola oleh Business Center', 'tambah saldo di Business Center'], // [I]
  fr: ['géré par un Business Center', 'géré par le Business Center', 'ajoutez du solde dans le Business Center'], // [I]
  es: ['administrada por un Centro de negocios', 'gestionada por un Centro de negocios', 'añade saldo en el Centro de negocios'], // [I]
  de: ['von einem Business Center verwaltet', 'im Business Center aufladen'], // [I]
};

// ───────────────────────────── Ads Manager · Transactions (ads.transactions) ─────────────────────────────

export const COL_DATE: LabelTable = {
  en: ['Date', 'Transaction date', 'Time'], // [I]
  it: ['Data', 'Data della transazione'], // [I]
  id: ['Tanggal', 'Tanggal transaksi', 'Waktu'], // [I]
  fr: ['Date', 'Date de la transaction'], // [I]
  es: ['Fecha', 'Fecha de la transacción'], // [I]
  de: ['Datum', 'Transaktionsdatum'], // [I]
};

export const COL_TYPE: LabelTable = {
  en: ['Type', 'Transaction type'], // [I]
  it: ['Tipo', 'Tipo di transazione'], // [I]
  id: ['Jenis', 'Jenis transaksi', 'Tipe'], // [I]
  fr: ['Type', 'Type de transaction'], // [I]
  es: ['Tipo', 'Tipo de transacción'], // [I]
  de: ['Typ', 'Art', 'Transaktionstyp'], // [I]
};

export const COL_AMOUNT: LabelTable = {
  en: ['Amount', 'Total amount', 'Amount (incl. tax)'], // [I] (invoice fields "amount" are [C-code])
  it: ['Importo', 'Importo totale'], // [I]
  id: ['Jumlah', 'Jumlah total', 'Nominal'], // [I]
  fr: ['Montant', 'Montant total'], // [I]
  es: ['Importe', 'Importe total', 'Monto'], // [I]
  de: ['Betrag', 'Gesamtbetrag'], // [I]
};

export const COL_STATUS: LabelTable = {
  en: ['Status', 'Payment status'], // [I]
  it: ['Stato'], // [I]
  id: ['Status'], // [I]
  fr: ['Statut', 'État'], // [I]
  es: ['Estado'], // [I]
  de: ['Status'], // [I]
};

export const PAYMENT_KIND_VALUES: EnumTable<Exclude<PaymentRecord['kind'], 'other'>> = {
  payment: {
    en: ['Bill payment', 'Automatic payment', 'Payment', 'Outstanding balance payment'], // [I] (reference §7)
    it: ['Pagamento fattura', 'Pagamento automatico', 'Pagamento'], // [I]
    id: ['Pembayaran tagihan', 'Pembayaran otomatis', 'Pembayaran'], // [I]
    fr: ['Paiement de facture', 'Paiement automatique', 'Paiement'], // [I]
    es: ['Pago de factura', 'Pago automático', 'Pago'], // [I]
    de: ['Rechnungszahlung', 'Automatische Zahlung', 'Zahlung'], // [I]
  },
  verification: {
    en: ['Card verification', 'Verification charge', 'Payment method verification'], // [I] (charge itself is [C])
    it: ['Verifica della carta', 'Addebito di verifica'], // [I]
    id: ['Verifikasi kartu', 'Biaya verifikasi'], // [I]
    fr: ['Vérification de la carte', 'Frais de vérification'], // [I]
    es: ['Verificación de la tarjeta', 'Cargo de verificación'], // [I]
    de: ['Kartenverifizierung', 'Verifizierungsbelastung'], // [I]
  },
  refund: {
    en: ['Refund', 'Verification refund'], // [I]
    it: ['Rimborso'], // [I]
    id: ['Pengembalian dana', 'Refund'], // [I]
    fr: ['Remboursement'], // [I]
    es: ['Reembolso'], // [I]
    de: ['Rückerstattung'], // [I]
  },
  'add-balance': {
    en: ['Add balance'], // [C]
    it: ['Aggiungi saldo', 'Ricarica'], // [I]
    id: ['Tambah saldo'], // [C-3p]
    fr: ['Ajouter du solde', 'Ajout de solde', 'Rechargement'], // [I]
    es: ['Añadir saldo', 'Recarga'], // [I]
    de: ['Guthaben aufladen', 'Aufladung'], // [I]
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
  },
  failed: {
    en: ['Failed', 'Unsuccessful', 'Declined'], // [I] (reference §7 "Failed")
    it: ['Non riuscito', 'Non riuscita', 'Fallito', 'Rifiutato'], // [I]
    id: ['Gagal', 'Ditolak'], // [I]
    fr: ['Échoué', 'Échouée', 'Échec', 'Refusé'], // [I]
    es: ['Fallido', 'Fallida', 'Rechazado'], // [I]
    de: ['Fehlgeschlagen', 'Abgelehnt'], // [I]
  },
  pending: {
    en: ['Pending', 'Processing', 'In progress'], // [I]
    it: ['In sospeso', 'In elaborazione'], // [I]
    id: ['Tertunda', 'Diproses', 'Sedang diproses'], // [I]
    fr: ['En attente', 'En cours'], // [I]
    es: ['Pendiente', 'En proceso'], // [I]
    de: ['Ausstehend', 'In Bearbeitung'], // [I]
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
};

export const INVOICE_DUE: LabelTable = {
  en: ['Due date', 'Payment due date'], // [I] (field `due_date` is [C-code])
  it: ['Data di scadenza', 'Scadenza'], // [I]
  id: ['Tanggal jatuh tempo', 'Jatuh tempo'], // [I]
  fr: ["Date d'échéance", 'Échéance'], // [I]
  es: ['Fecha de vencimiento', 'Vencimiento'], // [I]
  de: ['Fälligkeitsdatum', 'Fällig am'], // [I]
};

export const INVOICE_STATUS_VALUES: EnumTable<Invoice['status']> = {
  paid: {
    en: ['Paid'], // [I] (reference §7 "Paid/Unpaid"; API status 3 = paid [C-code])
    it: ['Pagata', 'Pagato'], // [I]
    id: ['Dibayar', 'Lunas', 'Sudah dibayar'], // [I]
    fr: ['Payée', 'Payé', 'Réglée'], // [I]
    es: ['Pagada', 'Pagado'], // [I]
    de: ['Bezahlt'], // [I]
  },
  unpaid: {
    en: ['Unpaid', 'Not paid', 'Partially paid'], // [I]
    it: ['Non pagata', 'Da pagare'], // [I]
    id: ['Belum dibayar', 'Belum lunas'], // [I]
    fr: ['Impayée', 'Impayé', 'Non payée', 'À payer'], // [I]
    es: ['No pagada', 'Pendiente de pago', 'Impagada'], // [I]
    de: ['Unbezahlt', 'Offen', 'Nicht bezahlt'], // [I]
  },
  overdue: {
    en: ['Overdue', 'Past due'], // [I]
    it: ['Scaduta', 'In ritardo'], // [I]
    id: ['Lewat jatuh tempo', 'Terlambat'], // [I]
    fr: ['En retard', 'Échue'], // [I]
    es: ['Vencida', 'Atrasada'], // [I]
    de: ['Überfällig'], // [I]
  },
};

// ───────────────────────────── Business Center · Payment management (bc.payment) ─────────────────────────────

export const BC_COL_ACCOUNT: LabelTable = {
  en: ['Account name', 'Ad account', 'Advertiser account'], // [C-code] "Account name" / [I]
  it: ['Nome account', 'Account pubblicitario'], // [I]
  id: ['Nama akun', 'Akun iklan'], // [I]
  fr: ['Nom du compte', 'Compte publicitaire'], // [I]
  es: ['Nombre de la cuenta', 'Cuenta publicitaria'], // [I]
  de: ['Kontoname', 'Werbekonto'], // [I]
};

export const BC_COL_THRESHOLD: LabelTable = {
  en: ['Threshold', 'Billing threshold'], // [C]
  it: ['Soglia', 'Soglia di fatturazione'], // [C]
  id: ['Ambang batas', 'Ambang batas penagihan'], // [I] (ms "Ambang" is [C])
  fr: ['Seuil', 'Seuil de facturation'], // [I]
  es: ['Umbral', 'Umbral de facturación'], // [I]
  de: ['Schwellenwert', 'Abrechnungsschwelle'], // [C]
  ja: ['請求値'], // [C]
  zh: ['阈值', '账单阈值'], // [C]
};

export const BC_COL_BALANCE: LabelTable = {
  en: ['Available balance', 'Available cash balance', 'Cash balance', 'Balance'], // [C]
  it: ['Saldo disponibile', 'Saldo'], // [I]
  id: ['Saldo tersedia', 'Saldo tunai tersedia', 'Saldo'], // [I]
  fr: ['Solde disponible', 'Solde en espèces disponible', 'Solde'], // [I]
  es: ['Saldo disponible', 'Saldo'], // [I]
  de: ['Verfügbares Guthaben', 'Guthaben'], // [I]
};

export const BC_COL_ALERT: LabelTable = {
  en: ['Balance Alert', 'Balance alert'], // [C]
  it: ['Avviso saldo'], // [I]
  id: ['Peringatan saldo'], // [I]
  fr: ['Alerte de solde', 'Alerte solde'], // [I]
  es: ['Alerta de saldo'], // [I]
  de: ['Guthabenwarnung'], // [I]
};

export const BC_COL_OPTION: LabelTable = {
  en: ['Billing option', 'Payment type', 'Payment method'], // [I]
  it: ['Opzione di fatturazione', 'Tipo di pagamento'], // [I]
  id: ['Opsi penagihan', 'Jenis pembayaran'], // [I]
  fr: ['Option de facturation', 'Type de paiement'], // [I]
  es: ['Opción de facturación', 'Tipo de pago'], // [I]
  de: ['Abrechnungsoption', 'Zahlungsart'], // [I]
};

export const BC_COL_OWNERSHIP: LabelTable = {
  en: ['Ownership', 'Owner'], // [I]
  it: ['Proprietà', 'Proprietario'], // [I]
  id: ['Kepemilikan', 'Pemilik'], // [I]
  fr: ['Propriété', 'Propriétaire'], // [I]
  es: ['Propiedad', 'Propietario'], // [I]
  de: ['Eigentümer', 'Inhaber'], // [I]
};

export const OWNERSHIP_VALUES: EnumTable<'owned' | 'partner'> = {
  owned: {
    en: ['Owned by this Business Center', 'Owned'], // [C] filter label / [I]
    it: ['Di proprietà di questo Business Center'], // [I]
    id: ['Dimiliki oleh Business Center ini'], // [I]
    fr: ['Appartient à ce Business Center', 'Détenu par ce Business Center'], // [I]
    es: ['Propiedad de este Centro de negocios'], // [I]
    de: ['Im Besitz dieses Business Centers'], // [I]
  },
  partner: {
    en: ['Owned by partner', 'Partner'], // [C] filter label / [I]
    it: ['Di proprietà del partner', 'Partner'], // [I]
    id: ['Dimiliki oleh mitra', 'Mitra'], // [I]
    fr: ['Appartient au partenaire', 'Détenu par un partenaire', 'Partenaire'], // [I]
    es: ['Propiedad del socio', 'Socio'], // [I]
    de: ['Im Besitz des Partners', 'Partner'], // [I]
  },
};

export const YES_NO_VALUES: EnumTable<'yes' | 'no'> = {
  yes: { en: ['Yes'], it: ['Sì', 'Si'], id: ['Ya'], fr: ['Oui'], es: ['Sí', 'Si'], de: ['Ja'] }, // [C] en "Yes"; [I] others
  no: { en: ['No'], it: ['No'], id: ['Tidak'], fr: ['Non'], es: ['No'], de: ['Nein'] }, // [I]
};

/** "1-20 of 57": the word between the shown range and the total, per language. */
export const PAGINATION_OF: Partial<Record<ReaderLang, readonly string[]>> = {
  en: ['of'], // [I]
  it: ['di', 'su'], // [I]
  id: ['dari'], // [I]
  fr: ['sur', 'de'], // [I]
  es: ['de'], // [I]
  de: ['von'], // [I]
  pt: ['de'], // [I]
};

/** "Total 57" / "57 items" pagination forms. */
export const PAGINATION_TOTAL: LabelTable = {
  en: ['Total', 'items', 'results'], // [I]
  it: ['Totale', 'elementi', 'risultati'], // [I]
  id: ['Total', 'item', 'hasil'], // [I]
  fr: ['Total', 'éléments', 'résultats'], // [I]
  es: ['Total', 'elementos', 'resultados'], // [I]
  de: ['Gesamt', 'Einträge', 'Ergebnisse'], // [I]
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
