package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.events.Finding;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The readable part of an access package: the Art. 15(1) information (LEGAL.md §5) in the
 * request's language and one table row per record. Every value is HTML-escaped.
 */
final class Art15Summary {

    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "de", Map.of(
                    "title", "Auskunft nach Art. 15 DSGVO",
                    "intro", "Sie haben Auskunft über die zu Ihrer Person gespeicherten Daten verlangt. Eine vollständige Kopie der Daten liegt dieser Übersicht als Datei package.json bei (maschinenlesbar).",
                    "purposes", "Zwecke und Rechtsgrundlagen: Abwicklung von Verträgen und Anfragen (Art. 6 Abs. 1 lit. b DSGVO), Erfüllung gesetzlicher Aufbewahrungspflichten (Art. 6 Abs. 1 lit. c DSGVO i. V. m. §147 AO, §257 HGB), Beantwortung Ihrer Nachrichten (Art. 6 Abs. 1 lit. f DSGVO), Aufzeichnungen von Videokonferenzen nur mit Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Die Rechtsgrundlage jedes Datensatzes steht in der Tabelle.",
                    "recipients", "Empfänger: keine Weitergabe an Dritte außer an unsere Auftragsverarbeiter (Hosting, E-Mail, Telefonie) und, soweit gesetzlich verlangt, an Steuerberater und Finanzbehörden. Keine Übermittlung in Drittländer.",
                    "storage", "Speicherdauer: steuer- und handelsrechtliche Unterlagen bis zum Ende der gesetzlichen Frist (Rechnungen 8 Jahre, Geschäftsbriefe 6 Jahre ab Ende des Kalenderjahres), Konferenzaufzeichnungen 14 Tage, allgemeine Korrespondenz bis zur Erledigung. Die Kategorie und das Startdatum jedes Datensatzes stehen in der Tabelle.",
                    "rights", "Ihre Rechte: Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Widerspruch (Art. 21), Datenübertragbarkeit (Art. 20), Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3). Beschwerde bei einer Aufsichtsbehörde, z. B. der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW (LDI NRW).",
                    "source", "Herkunft: die Daten stammen von Ihnen selbst (Ihre Nachrichten, Bestellungen und Ihr Konferenzkonto) oder entstanden in unserer Geschäftsbeziehung. Es findet keine automatisierte Entscheidungsfindung einschließlich Profiling statt.",
                    "records", "Gespeicherte Datensätze",
                    "unavailable", "Diese Systeme konnten bei der Erstellung nicht abgefragt werden; wir reichen die Auskunft dazu nach:",
                    "columns", "System|Datensatz|Datenkategorien|Aufbewahrungskategorie|Fristbeginn|Rechtsgrundlage"),
            "en", Map.of(
                    "title", "Access under Art. 15 GDPR",
                    "intro", "You asked which data we hold about you. A complete copy of the data is attached to this summary as package.json (machine-readable).",
                    "purposes", "Purposes and legal bases: performing contracts and answering requests (Art. 6(1)(b) GDPR), statutory retention duties (Art. 6(1)(c) GDPR with §147 AO, §257 HGB), answering your messages (Art. 6(1)(f) GDPR), video conference recordings only with consent (Art. 6(1)(a) GDPR). The table shows the legal basis of every record.",
                    "recipients", "Recipients: no disclosure to third parties except our processors (hosting, e-mail, telephony) and, where the law requires, tax advisers and tax authorities. No transfers to third countries.",
                    "storage", "Storage period: tax and commercial records until the statutory period ends (invoices 8 years, business letters 6 years from the end of the calendar year), conference recordings 14 days, general correspondence until it is dealt with. The table shows each record's category and start date.",
                    "rights", "Your rights: rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), objection (Art. 21), data portability (Art. 20), withdrawing consent for the future (Art. 7(3)). You may complain to a supervisory authority, e.g. the data protection authority of North Rhine-Westphalia (LDI NRW).",
                    "source", "Source: the data comes from you (your messages, orders and conference account) or arose in our business relationship. There is no automated decision-making, including profiling.",
                    "records", "Records held",
                    "unavailable", "These systems could not be asked when this copy was made; we will send their part later:",
                    "columns", "System|Record|Data categories|Retention category|Period starts|Legal basis"));

    private Art15Summary() {
    }

    static void write(Writer out, String language, LocalDate createdOn, List<Finding> findings,
            List<String> storesUnavailable) throws IOException {
        Map<String, String> text = TEXT.getOrDefault(language, TEXT.get("de"));
        String lang = TEXT.containsKey(language) ? language : "de";
        out.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(text.get("title")) + "</title></head><body>\n");
        out.write("<h1>" + escape(text.get("title")) + "</h1>\n<p>" + escape(createdOn.toString()) + "</p>\n");
        for (String part : List.of("intro", "purposes", "recipients", "storage", "rights", "source")) {
            out.write("<p>" + escape(text.get(part)) + "</p>\n");
        }
        out.write("<p>" + escape(String.join(", ", new TreeSet<>(findings.stream()
                .flatMap(finding -> finding.dataCategories().stream()).toList()))) + "</p>\n");
        if (!storesUnavailable.isEmpty()) {
            out.write("<p><strong>" + escape(text.get("unavailable")) + " " + escape(String.join(", ", storesUnavailable))
                    + "</strong></p>\n");
        }
        out.write("<h2>" + escape(text.get("records")) + "</h2>\n<table border=\"1\">\n<tr>");
        for (String column : text.get("columns").split("\\|")) {
            out.write("<th>" + escape(column) + "</th>");
        }
        out.write("</tr>\n");
        for (Finding finding : findings) {
            out.write("<tr><td>" + escape(finding.store()) + "</td><td>" + escape(finding.summary()) + "</td><td>"
                    + escape(String.join(", ", finding.dataCategories())) + "</td><td>"
                    + escape(finding.retentionCategory()) + "</td><td>" + escape(String.valueOf(finding.retentionStart()))
                    + "</td><td>" + escape(finding.legalBasis()) + "</td></tr>\n");
        }
        out.write("</table>\n</body></html>\n");
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
