package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AccessPackageWriterTest {

    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");
    private static final byte[] EML = "Subject: Rechnung\r\n\r\nAnbei.\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Finding mail = new Finding("mail", "info/Sent/1/7", List.of("email", "name", "message-content"),
            "commercial-letter", LocalDate.of(2024, 2, 1), "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG,
            "Sent mail");
    private final Finding partner = new Finding("crm", "res_partner/1", List.of("name", "email"),
            "customer-master-data", LocalDate.of(2020, 1, 1), "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG,
            "CRM partner");
    private final Finding recording = new Finding("conference", "recordings/3", List.of("recording"),
            "conference-recording", LocalDate.of(2026, 3, 1), "Art. 6(1)(a) GDPR (consent to the recording)",
            MatchStrength.STRONG, "Recording");

    @Test
    void theCopyHoldsTheIndexPageAnEmlPerMailItsAttachmentAndATablePerKindOfRow() throws IOException {
        List<PackageContents> rendered = new ArrayList<>();

        Map<String, byte[]> zip = write(List.of(mail, partner, recording), rendered);

        assertThat(zip.keySet()).containsExactlyInAnyOrder("index.html", "package.json", "emails/001 Rechnung 7.eml",
                "attachments/001-1 Rechnung_INV-2024-0007.pdf", "tables/Kundenkonten.csv",
                "tables/Konferenzaufzeichnungen.csv");
        assertThat(zip.get("emails/001 Rechnung 7.eml")).isEqualTo(EML);
        assertThat(zip.get("attachments/001-1 Rechnung_INV-2024-0007.pdf")).isEqualTo(new byte[] {37, 80, 68, 70});
        assertThat(new String(zip.get("tables/Kundenkonten.csv"), StandardCharsets.UTF_8))
                .as("headings in words with the stored column name")
                .isEqualTo("\uFEFF\"Name (name)\";\"E-Mail-Adresse (email)\"\r\n"
                        + "\"'=Jana\";\"jana.becker@example.net\"\r\n");
        assertThat(new String(zip.get("index.html"), StandardCharsets.UTF_8)).isEqualTo("page of 3 records");
        assertThat(new String(zip.get("package.json"), StandardCharsets.UTF_8)).contains("jana.becker@example.net",
                "contentBase64");
    }

    @Test
    void theIndexPageGetsEveryRecordWithItsRetentionAndFiles() throws IOException {
        List<PackageContents> rendered = new ArrayList<>();

        write(List.of(mail, partner, recording), rendered);

        PackageContents contents = rendered.get(0);
        assertThat(contents.language()).isEqualTo("de");
        assertThat(contents.records()).hasSize(3);
        CopiedRecord copiedMail = contents.records().get(0);
        assertThat(copiedMail.mail().text()).isEqualTo("Anbei Ihre Rechnung.");
        assertThat(copiedMail.emlFile()).isEqualTo("emails/001 Rechnung 7.eml");
        assertThat(copiedMail.retention().keptUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        CopiedRecord copiedPartner = contents.records().get(1);
        assertThat(copiedPartner.retention().kind()).as("master data stays while the letter is held")
                .isEqualTo(Retention.Kind.UNTIL_LAST_HOLD);
        assertThat(copiedPartner.retention().keptUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(copiedPartner.tableFile()).isEqualTo("tables/Kundenkonten.csv");
        assertThat(contents.records().get(2).playbackUrl()).isEqualTo("https://bbb.example/playback/3");
    }

    @Test
    void aRedactedMailHasNoEmlNorAttachmentAndNoOtherPersonsAddressInAnyFile() throws IOException {
        List<PackageContents> rendered = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessPackageWriter.write(out, "case-1", "de", new Person("jana.becker@example.net", "Jana Becker"), NOW,
                List.of(mail, partner), List.of(), finding -> {
                    ExportedRecord record = export(finding);
                    if (finding.storeId() != de.thwien.dsr.events.StoreId.MAIL) {
                        return record;
                    }
                    Map<String, Object> fields = new LinkedHashMap<>(record.fields());
                    fields.put("cc", "\"Paul Kramer\" <paul.kramer@example.org>");
                    fields.put("body", "Anbei Ihre Rechnung, Kopie an Paul Kramer.");
                    return new ExportedRecord("mail", finding.reference(), "message", fields, EML);
                }, Spool.inMemory(), contents -> {
                    rendered.add(contents);
                    return "page";
                }, new AccessPackageWriter.Redaction(java.util.Set.of("mail info/Sent/1/7"), List.of("thwien.example")));
        Map<String, byte[]> zip = unzip(out.toByteArray());

        assertThat(zip.keySet()).containsExactlyInAnyOrder("index.html", "package.json", "tables/Kundenkonten.csv");
        assertThat(new String(zip.get("package.json"), StandardCharsets.UTF_8))
                .doesNotContain("paul.kramer@example.org", "Paul Kramer", "contentBase64")
                .contains("Kopie an ████", "jana.becker@example.net");
        CopiedRecord.Mail copied = rendered.get(0).records().get(0).mail();
        assertThat(copied.redacted()).isTrue();
        assertThat(copied.cc()).isEqualTo("\"████\" <████>");
        assertThat(rendered.get(0).records().get(0).emlFile()).isNull();
        assertThat(rendered.get(0).records().get(0).attachmentFiles()).isEmpty();
    }

    @Test
    void aMailWithAnInvoiceGetsItsTextsAndItsAttachmentsRetentionOnThePageAndInPackageJson() throws IOException {
        Finding invoiceMail = new Finding("mail", "info/INBOX/1/8", List.of("email", "message-content", "invoice"),
                "accounting-voucher", LocalDate.of(2022, 5, 3), "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG,
                "Received mail", List.of(new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
        List<PackageContents> rendered = new ArrayList<>();

        Map<String, byte[]> zip = write(List.of(invoiceMail), rendered);

        Retention retention = rendered.get(0).records().get(0).retention();
        assertThat(retention.erasedFrom()).as("the record as a whole: until its last part's hold ends")
                .isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(retention.parts()).extracting(part -> part.kind(), part -> part.retention().erasedFrom())
                .containsExactly(tuple(Finding.PartKind.BODY, LocalDate.of(2029, 1, 1)),
                        tuple(Finding.PartKind.ATTACHMENTS, LocalDate.of(2031, 1, 1)));
        assertThat(new String(zip.get("package.json"), StandardCharsets.UTF_8).replaceAll("\\s", ""))
                .contains("\"retention\":{\"keptUntil\":\"2030-12-31\",\"erasedFrom\":\"2031-01-01\",\"parts\":["
                        + "{\"kind\":\"BODY\",\"retentionCategory\":\"commercial-letter\",\"keptUntil\":\"2028-12-31\","
                        + "\"erasedFrom\":\"2029-01-01\"},"
                        + "{\"kind\":\"ATTACHMENTS\",\"retentionCategory\":\"accounting-voucher\","
                        + "\"keptUntil\":\"2030-12-31\",\"erasedFrom\":\"2031-01-01\"}]}");
    }

    @Test
    void aTableIsNamedByWhatItHoldsInTheCopysLanguageAndEveryColumnHasAHeadingInWords() throws IOException {
        Finding crmMessage = new Finding("crm", "mail_message/26", List.of("email", "message-content"),
                "general-correspondence", LocalDate.of(2017, 3, 5), "Art. 6(1)(b) GDPR (contract)",
                MatchStrength.STRONG, "CRM message");
        // a table the copy has no words for (an Odoo custom model): named as it is
        Finding unknownKind = new Finding("crm", "x_loyalty_card/4", List.of("name"), "customer-master-data",
                LocalDate.of(2020, 1, 1), "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG, "loyalty card");
        AccessPackageWriter.RecordSource source = finding -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", "26");
            fields.put("model", "res.partner");
            fields.put("message_type", "email");
            fields.put("is_internal", "false");
            return new ExportedRecord("crm", finding.reference(), finding.reference().split("/")[0], fields);
        };

        Map<String, byte[]> german = unzip(written("de", List.of(crmMessage, unknownKind), List.of(), source));
        Map<String, byte[]> english = unzip(written("en", List.of(crmMessage), List.of(), source));

        assertThat(german.keySet()).contains("tables/Nachrichten in der Kundenverwaltung.csv",
                "tables/x_loyalty_card.csv");
        assertThat(english.keySet()).contains("tables/Messages in the customer management.csv");
        assertThat(new String(german.get("tables/Nachrichten in der Kundenverwaltung.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFF\"Nummer des Datensatzes (id)\";\"Art des verknüpften Datensatzes (model)\";"
                        + "\"Art der Nachricht (message_type)\";\"interne Notiz (is_internal)\"\r\n");
        assertThat(new String(english.get("tables/Messages in the customer management.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFF\"record number (id)\",\"kind of linked record (model)\","
                        + "\"kind of message (message_type)\",\"internal note (is_internal)\"\r\n");
    }

    @Test
    void theCopysTablesShowCodesFlagsHtmlAndTimesInWordsInBerlinTimeWithItsZoneAndPackageJsonAsStored()
            throws IOException {
        Finding invoice = new Finding("crm", "account_move/7", List.of("name", "invoice"), "accounting-voucher",
                LocalDate.of(2017, 3, 5), "Art. 6(1)(c) GDPR", MatchStrength.STRONG, "CRM invoice");
        AccessPackageWriter.RecordSource source = finding -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("move_type", "out_invoice");
            fields.put("state", "posted");
            fields.put("narration", "<p>Zahlbar bis zum 1. April.<br>Danke &amp; Gr&uuml;&szlig;e</p>");
            fields.put("create_date", "2017-03-05 09:30:00");
            fields.put("posted_before", "true");
            return new ExportedRecord("crm", finding.reference(), "account_move", fields);
        };

        Map<String, byte[]> german = unzip(written("de", List.of(invoice), List.of(), source));
        Map<String, byte[]> english = unzip(written("en", List.of(invoice), List.of(), source));

        String germanTable = new String(german.get("tables/Rechnungen und Buchungen.csv"), StandardCharsets.UTF_8);
        assertThat(germanTable).contains("\"Ausgangsrechnung (Rechnung von uns an Sie)\"", "\"gebucht\"",
                "\"Zahlbar bis zum 1. April.\nDanke & Grüße\"", "\"5. März 2017, 10:30 Uhr MEZ\"", "\"ja\"");
        assertThat(germanTable).doesNotContain("out_invoice", "posted\"", "<p>", "&amp;", "2017-03-05", "true");
        String englishTable = new String(english.get("tables/Invoices and bookings.csv"), StandardCharsets.UTF_8);
        assertThat(englishTable).contains("5 March 2017, 10:30 CET").doesNotContain("out_invoice", "<p>");
        assertThat(new String(german.get("package.json"), StandardCharsets.UTF_8)).as("the machine-readable copy")
                .contains("\"out_invoice\"", "\"posted\"", "\"2017-03-05 09:30:00\"");
    }

    @Test
    void anUnpublishedRecordingOrOneWithOtherParticipantsHasNoPlaybackLinkInAnyFileOfTheCopy() throws IOException {
        Finding unpublished = new Finding("conference", "recordings/4", List.of("recording"), "conference-recording",
                LocalDate.of(2026, 3, 1), "Art. 6(1)(a) GDPR", MatchStrength.STRONG, "Recording");
        Finding withOthers = new Finding("conference", "recordings/5", List.of("recording"), "conference-recording",
                LocalDate.of(2026, 3, 2), "Art. 6(1)(a) GDPR", MatchStrength.STRONG, "Recording");
        AccessPackageWriter.RecordSource source = finding -> {
            boolean hers = finding == unpublished;
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("participants", hers ? "1" : "3");
            fields.put("bbbState", hers ? "unpublished" : "published");
            fields.put("bbbPublished", hers ? "false" : "true");
            fields.put("bbbPlaybackUrl", "https://bbb.example/playback/" + finding.reference());
            return new ExportedRecord("conference", finding.reference(), "recordings", fields);
        };
        List<PackageContents> rendered = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AccessPackageWriter.write(out, "case-1", "de", null, NOW, List.of(unpublished, withOthers), List.of(), source,
                Spool.inMemory(), contents -> {
                    rendered.add(contents);
                    return "page";
                });

        assertThat(rendered.get(0).records()).extracting(CopiedRecord::playbackUrl).containsOnlyNulls();
        unzip(out.toByteArray()).forEach((file, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(file).doesNotContain("https://bbb.example/playback/"));
    }

    @Test
    void thePortabilityExportLinksOnlyARecordingTheAccessCopyLinks() throws IOException {
        Finding withOthers = new Finding("conference", "recordings/6", List.of("recording"), "conference-recording",
                LocalDate.of(2026, 3, 2), "Art. 6(1)(a) GDPR", MatchStrength.STRONG, "Recording");
        AccessPackageWriter.RecordSource source = finding -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            boolean hers = finding == recording;
            fields.put("record_id", hers ? "rec-3" : "rec-6");
            fields.put("participants", hers ? "1" : "3");
            fields.put("bbbState", "published");
            fields.put("bbbPublished", "true");
            fields.put("bbbPlaybackUrl", "https://bbb.example/playback/" + (hers ? "3" : "6"));
            return new ExportedRecord("conference", finding.reference(), "recordings", fields);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AccessPackageWriter.writePortable(out, "case-1", "de", null, NOW, List.of(recording, withOthers), List.of(),
                source, Spool.inMemory());

        Map<String, byte[]> files = unzip(out.toByteArray());
        String all = files.values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(all).as("both recordings exported").contains("rec-3", "rec-6")
                .as("hers alone, published: linked").contains("https://bbb.example/playback/3")
                .as("others took part (Art. 20(4))").doesNotContain("https://bbb.example/playback/6");
    }

    @Test
    void theIndexPageKnowsWhichStoresWereSearched() throws IOException {
        List<PackageContents> rendered = new ArrayList<>();

        AccessPackageWriter.write(new ByteArrayOutputStream(), "case-1", "de", null, NOW, List.of(partner),
                List.of("conference"), List.of("mail", "crm", "conference"), this::export, Spool.inMemory(),
                contents -> {
                    rendered.add(contents);
                    return "page";
                }, AccessPackageWriter.Redaction.NONE);

        assertThat(rendered.get(0).storesSearched()).as("the unavailable store was not searched")
                .containsExactly("mail", "crm");
        assertThat(rendered.get(0).storesUnavailable()).containsExactly("conference");
    }

    private static byte[] written(String language, List<Finding> findings, List<String> unavailable,
            AccessPackageWriter.RecordSource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessPackageWriter.write(out, "case-1", language, null, NOW, findings, unavailable, source,
                Spool.inMemory(), contents -> "page");
        return out.toByteArray();
    }

    @Test
    void aHostileAttachmentNameStaysInsideItsFolder() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(FileNames.safe("...")).isEqualTo("file");
    }

    private Map<String, byte[]> write(List<Finding> findings, List<PackageContents> rendered) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessPackageWriter.write(out, "case-1", "de", new Person("jana.becker@example.net", "Jana Becker"), NOW,
                findings, List.of(), this::export, Spool.inMemory(), contents -> {
                    rendered.add(contents);
                    return "page of " + contents.records().size() + " records";
                });
        return unzip(out.toByteArray());
    }

    private ExportedRecord export(Finding finding) throws StoreUnavailableException {
        Map<String, Object> fields = new LinkedHashMap<>();
        return switch (finding.storeId()) {
            case MAIL -> {
                fields.put("subject", "Rechnung/7");
                fields.put("from", "info@thwien.example");
                fields.put("body", "Anbei Ihre Rechnung.");
                fields.put("attachments", List.of(Map.of("fileName", "Rechnung_INV-2024-0007.pdf",
                        "contentType", "application/pdf", "bytes", 4, "contentBase64", "JVBERg==")));
                yield new ExportedRecord("mail", finding.reference(), "message", fields, EML);
            }
            case CRM -> {
                fields.put("name", "=Jana");
                fields.put("email", "jana.becker@example.net");
                yield new ExportedRecord("crm", finding.reference(), "res_partner", fields);
            }
            case CONFERENCE -> {
                // published, and she alone took part: the one recording the copy links
                fields.put("record_id", "rec-3");
                fields.put("participants", "1");
                fields.put("bbbState", "published");
                fields.put("bbbPublished", "true");
                fields.put("bbbPlaybackUrl", "https://bbb.example/playback/3");
                yield new ExportedRecord("conference", finding.reference(), "recordings", fields);
            }
        };
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
