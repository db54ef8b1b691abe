package de.thwien.dsr.notifier.wording;

/**
 * The purpose of processing that continues after a consent withdrawal, in the notice's language. The
 * {@code dsr.erasure} events identify it by the retention category of the records processed for it; the
 * erasure-service's own (English) description is quoted only for a category not known here.
 */
public final class ProcessingPurposes {

    private ProcessingPurposes() {
    }

    public static String of(String purposeId, String statedPurpose, NoticeLanguage language) {
        return switch (purposeId == null ? "" : purposeId) {
            case "accounting-voucher" -> language.pick(
                    "Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege)",
                    "Invoicing and bookkeeping (invoices and other accounting vouchers)");
            case "accounting-record" -> language.pick(
                    "Buchführung und Jahresabschluss (Bücher, Aufzeichnungen, Inventare, Jahresabschlüsse)",
                    "Bookkeeping and annual accounts (books, records, inventories, annual accounts)");
            case "commercial-letter" -> language.pick(
                    "Abwicklung Ihrer Aufträge (Geschäftsbriefe und E-Mails zu einem Auftrag)",
                    "Handling your orders (business letters and emails about an order)");
            case "tax-document" -> language.pick("Erfüllung steuerlicher Pflichten (steuerlich relevante Unterlagen)",
                    "Meeting our tax obligations (tax-relevant documents)");
            case "customer-master-data" -> language.pick(
                    "Kundenverwaltung (Ihre Stammdaten: Name, Anschrift, Telefonnummern, E-Mail-Adressen)",
                    "Customer administration (your master data: name, address, phone numbers, email addresses)");
            case "general-correspondence", "voicemail" -> language.pick("Beantwortung Ihrer E-Mails und Anrufe",
                    "Answering your emails and calls");
            case "conference-account" -> language.pick("Web-Konferenzen (Ihr Konto auf unserem Konferenzserver)",
                    "Web conferences (your account on our conference server)");
            case "conference-recording" -> language.pick("Aufzeichnung von Web-Konferenzen",
                    "Recording of web conferences");
            case "conference-log", "web-server-log" -> language.pick(
                    "Sicherheit und Verfügbarkeit der Server (Logdateien)",
                    "Security and availability of the servers (log files)");
            case "backup" -> language.pick("Datensicherung unserer Server", "Backups of our servers");
            case "dsr-request-record" -> language.pick("Nachweis, wie wir Ihre Datenschutzanfrage bearbeitet haben",
                    "Proof of how we handled your data protection request");
            default -> statedPurpose;
        };
    }
}
