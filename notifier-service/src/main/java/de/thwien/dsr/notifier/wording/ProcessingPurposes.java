package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;

/**
 * The purpose of processing that continues after a consent withdrawal, in the notice's language. The
 * {@code dsr.erasure} events identify it by the retention category of the records processed for it; the
 * erasure-service's own (English) description is quoted only for a category not known here.
 */
public final class ProcessingPurposes {

    private ProcessingPurposes() {
    }

    public static String of(String purposeId, String statedPurpose, NoticeLanguage language) {
        return RetentionCategory.find(purposeId).map(category -> of(category, language)).orElse(statedPurpose);
    }

    private static String of(RetentionCategory category, NoticeLanguage language) {
        return switch (category) {
            case ACCOUNTING_VOUCHER -> language.pick(
                    "Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege)",
                    "Invoicing and bookkeeping (invoices and other accounting vouchers)");
            case ACCOUNTING_RECORD -> language.pick(
                    "Buchführung und Jahresabschluss (Bücher, Aufzeichnungen, Inventare, Jahresabschlüsse)",
                    "Bookkeeping and annual accounts (books, records, inventories, annual accounts)");
            case COMMERCIAL_LETTER -> language.pick(
                    "Abwicklung Ihrer Aufträge (Geschäftsbriefe und E-Mails zu einem Auftrag)",
                    "Handling your orders (business letters and emails about an order)");
            case TAX_DOCUMENT -> language.pick("Erfüllung steuerlicher Pflichten (steuerlich relevante Unterlagen)",
                    "Meeting our tax obligations (tax-relevant documents)");
            case CUSTOMER_MASTER_DATA -> language.pick(
                    "Kundenverwaltung (Ihre Stammdaten: Name, Anschrift, Telefonnummern, E-Mail-Adressen)",
                    "Customer administration (your master data: name, address, phone numbers, email addresses)");
            case GENERAL_CORRESPONDENCE, VOICEMAIL -> language.pick("Beantwortung Ihrer E-Mails und Anrufe",
                    "Answering your emails and calls");
            case CONFERENCE_ACCOUNT -> language.pick("Web-Konferenzen (Ihr Konto auf unserem Konferenzserver)",
                    "Web conferences (your account on our conference server)");
            case CONFERENCE_RECORDING -> language.pick("Aufzeichnung von Web-Konferenzen",
                    "Recording of web conferences");
            case CONFERENCE_LOG, WEB_SERVER_LOG -> language.pick(
                    "Sicherheit und Verfügbarkeit der Server (Logdateien)",
                    "Security and availability of the servers (log files)");
            case BACKUP -> language.pick("Datensicherung unserer Server", "Backups of our servers");
            case DSR_REQUEST_RECORD -> language.pick("Nachweis, wie wir Ihre Datenschutzanfrage bearbeitet haben",
                    "Proof of how we handled your data protection request");
        };
    }
}
