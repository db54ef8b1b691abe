package de.thwien.dsr.subjectindex.access.archive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RetentionCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an access package as a ZIP the requester can open without tools (Art. 15(3)): {@code index.html} lists
 * every record in words, each mail is an {@code .eml} file exactly as stored (attachments inside) and its
 * attachments are files of their own, rows of the other stores are CSV tables with their values in words;
 * {@code package.json} holds every record as stored, machine-readable (the copy's common electronic form, Art. 15(3)
 * third sentence). A recording's playback link is in the copy only where {@link RecordingCopy} gives it. Records are exported one at a time; {@code package.json} waits in a {@link Spool}
 * while the files go into the ZIP, so a large mailbox does not fill memory.
 */
public final class AccessPackageWriter {

    /** Reads one record from its store. */
    @FunctionalInterface
    public interface RecordSource {
        ExportedRecord export(Finding finding) throws StoreUnavailableException;
    }

    /** Mail text shown on the page; the whole mail is always in its .eml file. */
    static final int PAGE_TEXT_LIMIT = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AccessPackageWriter() {
    }

    /**
     * The mails the assistant chose to redact (Art. 15(4)): each is in the copy without its {@code .eml} and its
     * attachments, with other people's addresses and names ({@link ThirdPartyData}) blacked out in
     * {@code index.html} and {@code package.json}.
     *
     * @param mails        "store reference" of each mail to redact
     * @param ownAddresses addresses and domains of no person, the operator's own and the voicemail system's (not
     *                     blacked out)
     * @param ownNames     names of the operator's own people who sign mails for the controller (not blacked out)
     */
    public record Redaction(Set<String> mails, List<String> ownAddresses, List<String> ownNames) {

        public static final Redaction NONE = new Redaction(Set.of(), List.of(), List.of());

        public Redaction(Set<String> mails, List<String> ownAddresses) {
            this(mails, ownAddresses, List.of());
        }

        boolean applies(Finding finding) {
            return mails.contains(finding.store() + " " + finding.reference());
        }
    }

    /** @return stores that failed while exporting (added to the unavailable ones on the page) */
    public static Set<String> write(OutputStream target, String caseId, String language, Person subject,
            Instant createdAt, List<Finding> findings, List<String> storesUnavailable, RecordSource source,
            Spool spool, IndexPage page) throws IOException {
        return write(target, caseId, language, subject, createdAt, findings, storesUnavailable, source, spool, page,
                Redaction.NONE);
    }

    /** @return stores that failed while exporting (added to the unavailable ones on the page) */
    public static Set<String> write(OutputStream target, String caseId, String language, Person subject,
            Instant createdAt, List<Finding> findings, List<String> storesUnavailable, RecordSource source,
            Spool spool, IndexPage page, Redaction redaction) throws IOException {
        return write(target, caseId, language, subject, createdAt, findings, storesUnavailable, List.of(), source,
                spool, page, redaction);
    }

    /**
     * @param storesSearched stores the locate searched; the page names those that answered
     * @return stores that failed while exporting (added to the unavailable ones on the page)
     */
    public static Set<String> write(OutputStream target, String caseId, String language, Person subject,
            Instant createdAt, List<Finding> findings, List<String> storesUnavailable, List<String> storesSearched,
            RecordSource source, Spool spool, IndexPage page, Redaction redaction) throws IOException {
        LocalDate today = LocalDate.ofInstant(createdAt, ZONE);
        Optional<LocalDate> lastHoldEnd = findings.stream()
                .map(finding -> RetentionCategory.find(finding.retentionCategory())
                        .flatMap(category -> Retention.hold(category, finding.retentionStart(), today)))
                .flatMap(Optional::stream)
                .filter(retention -> retention.kind() == Retention.Kind.HOLD)
                .map(Retention::keptUntil)
                .max(LocalDate::compareTo);
        Set<String> failedStores = new LinkedHashSet<>();
        List<CopiedRecord> copied = new ArrayList<>();
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            try (JsonGenerator json = JSON.getFactory().createGenerator(spool.output(), JsonEncoding.UTF8)) {
                startPackage(json, caseId, createdAt, subject);
                for (Finding finding : findings) {
                    ExportedRecord record = exported(finding, source, failedStores);
                    if (record == null) {
                        continue;
                    }
                    ThirdPartyData others = record.original() != null && redaction.applies(finding)
                            ? ThirdPartyData.in(record.fields(), subject == null ? null : subject.email(),
                                    subject == null ? null : subject.name(), redaction.ownAddresses(), redaction.ownNames())
                            : null;
                    Finding shown = others == null ? finding : redacted(finding, others);
                    Map<String, Object> data = RecordingCopy.withoutLinkUnlessLinked(record.kind(),
                            others == null ? record.fields() : redacted(record.fields(), others));
                    Retention retention = RetentionCategory.find(finding.retentionCategory())
                            .map(category -> Retention.of(category, finding.retentionStart(), today, lastHoldEnd,
                                    finding.parts()))
                            .orElse(null);
                    writeRecord(json, shown, record.kind(), data, retention);
                    int number = copied.size() + 1;
                    copied.add(others != null ? redactedMail(shown, record.kind(), data, retention)
                            : record.original() != null ? mail(zip, number, finding, record, retention)
                            : row(tables, language, finding, record, data, retention));
                }
                endPackage(json, unavailable(storesUnavailable, failedStores));
            }
            writeTablesAndJson(zip, tables, spool);
            zip.putNextEntry(new ZipEntry("index.html"));
            List<String> unavailable = unavailable(storesUnavailable, failedStores);
            zip.write(page.render(new PackageContents(language, today, copied, unavailable,
                    storesSearched.stream().filter(store -> !unavailable.contains(store)).toList()))
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return failedStores;
    }

    /**
     * The finding's record as its store exports it; null when its store failed, now or for an earlier record (the
     * store is then added to {@code failedStores} and not asked again).
     */
    private static ExportedRecord exported(Finding finding, RecordSource source, Set<String> failedStores) {
        if (failedStores.contains(finding.store())) {
            return null;
        }
        try {
            return source.export(finding);
        } catch (StoreUnavailableException e) {
            failedStores.add(finding.store());
            return null;
        }
    }

    /**
     * What an Art. 20 export holds.
     *
     * @param recordsPerStore per store, the number of records in the export
     * @param failedStores    stores that failed while exporting
     */
    public record PortableExport(Map<String, Integer> recordsPerStore, Set<String> failedStores) {
    }

    /**
     * Writes the Art. 20 export: the same {@code package.json} and {@code tables/*.csv} as the access copy (mails too
     * are rows of a table, their attachments named there and in full in {@code package.json}), limited to the records
     * {@link PortableRecords} lets through: machine-readable files another service can import, no page to read (the
     * readable copy is the access answer's) and no retention dates (not what she takes along).
     */
    public static PortableExport writePortable(OutputStream target, String caseId, String language, Person subject,
            Instant createdAt, List<Finding> findings, List<String> storesUnavailable, RecordSource source,
            Spool spool) throws IOException {
        String requesterEmail = subject == null ? null : subject.email();
        Set<String> failedStores = new LinkedHashSet<>();
        Map<String, Integer> recordsPerStore = new LinkedHashMap<>();
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            try (JsonGenerator json = JSON.getFactory().createGenerator(spool.output(), JsonEncoding.UTF8)) {
                startPackage(json, caseId, createdAt, subject);
                for (Finding finding : findings) {
                    ExportedRecord record = exported(finding, source, failedStores);
                    if (record == null) {
                        continue;
                    }
                    if (!PortableRecords.portable(finding, record, requesterEmail)) {
                        continue;
                    }
                    // a recording's playback link only as the access copy gives it: others took part (Art. 20(4))
                    Map<String, Object> fields = RecordingCopy.withoutLinkUnlessLinked(record.kind(), record.fields());
                    writeRecord(json, finding, record.kind(), fields, null);
                    addRow(tables, language, record, attachmentsNamed(fields));
                    recordsPerStore.merge(finding.store(), 1, Integer::sum);
                }
                endPackage(json, unavailable(storesUnavailable, failedStores));
            }
            writeTablesAndJson(zip, tables, spool);
        }
        return new PortableExport(recordsPerStore, failedStores);
    }

    /** A mail's fields for its table row: its attachments by file name (their content is in package.json). */
    private static Map<String, Object> attachmentsNamed(Map<String, Object> fields) {
        if (!(fields.get("attachments") instanceof List<?> attachments)) {
            return fields;
        }
        Map<String, Object> row = new LinkedHashMap<>(fields);
        row.put("attachments", String.join("; ", attachments.stream()
                .map(attachment -> attachment instanceof Map<?, ?> described
                        ? Objects.toString(described.get("fileName"), "attachment") : "attachment")
                .toList()));
        return row;
    }

    private static void startPackage(JsonGenerator json, String caseId, Instant createdAt, Person subject)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("caseId", caseId);
        json.writeStringField("createdAt", createdAt.toString());
        json.writeObjectField("subject", subject);
        json.writeArrayFieldStart("records");
    }

    private static void writeRecord(JsonGenerator json, Finding finding, String kind, Map<String, Object> data,
            Retention retention) throws IOException {
        json.writeStartObject();
        json.writeObjectField("finding", finding);
        json.writeStringField("kind", kind);
        json.writeObjectField("data", data);
        writeRetention(json, retention);
        json.writeEndObject();
        json.flush();
    }

    private static void endPackage(JsonGenerator json, List<String> unavailable) throws IOException {
        json.writeEndArray();
        json.writeObjectField("storesUnavailable", unavailable);
        json.writeEndObject();
    }

    private static void writeTablesAndJson(ZipOutputStream zip, Map<String, CsvTable> tables, Spool spool)
            throws IOException {
        for (CsvTable table : tables.values()) {
            zip.putNextEntry(new ZipEntry(table.file()));
            zip.write(table.bytes());
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("package.json"));
        try (InputStream spooled = spool.input()) {
            spooled.transferTo(zip);
        }
        zip.closeEntry();
    }

    /**
     * When the record (and each part of a record in parts) may be erased, as the index page says it in words; left
     * out where the category's rule decides in words alone.
     */
    private static void writeRetention(JsonGenerator json, Retention retention) throws IOException {
        if (retention == null || retention.erasedFrom() == null && retention.parts().isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("retention");
        writeDates(json, retention);
        if (!retention.parts().isEmpty()) {
            json.writeArrayFieldStart("parts");
            for (Retention.PartRetention part : retention.parts()) {
                json.writeStartObject();
                json.writeStringField("kind", part.kind().name());
                json.writeStringField("retentionCategory", part.retention().category().id());
                writeDates(json, part.retention());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeDates(JsonGenerator json, Retention retention) throws IOException {
        if (retention.keptUntil() != null) {
            json.writeStringField("keptUntil", retention.keptUntil().toString());
        }
        if (retention.erasedFrom() != null) {
            json.writeStringField("erasedFrom", retention.erasedFrom().toString());
        }
    }

    private static CopiedRecord mail(ZipOutputStream zip, int number, Finding finding, ExportedRecord record,
            Retention retention) throws IOException {
        Map<String, Object> fields = record.fields();
        String subject = text(fields.get("subject"));
        String name = subject.isBlank() ? "mail" : subject.replaceAll("[/\\\\]", " "); // a subject is no path
        String eml = "emails/" + FileNames.numbered(number, name) + ".eml";
        zip.putNextEntry(new ZipEntry(eml));
        zip.write(record.original());
        zip.closeEntry();
        List<String> attachmentFiles = new ArrayList<>();
        if (fields.get("attachments") instanceof List<?> attachments) {
            int part = 0;
            for (Object attachment : attachments) {
                if (attachment instanceof Map<?, ?> described && described.get("contentBase64") instanceof String content) {
                    String file = "attachments/" + FileNames.numbered(number, ++part,
                            Objects.toString(described.get("fileName"), "attachment"));
                    zip.putNextEntry(new ZipEntry(file));
                    zip.write(Base64.getDecoder().decode(content));
                    zip.closeEntry();
                    attachmentFiles.add(file);
                }
            }
        }
        String body = text(fields.get("body"));
        boolean shortened = body.length() > PAGE_TEXT_LIMIT;
        CopiedRecord.Mail mail = new CopiedRecord.Mail(subject, text(fields.get("from")), text(fields.get("to")),
                text(fields.get("cc")), text(fields.get("date")),
                shortened ? body.substring(0, PAGE_TEXT_LIMIT) : body, shortened, false);
        return new CopiedRecord(finding, record.kind(), finding.retentionStart(), retention, mail, eml,
                attachmentFiles, null, Map.of(), null);
    }

    /** A redacted mail: its text and headers on the page, other people's parts blacked out; no file of its own. */
    private static CopiedRecord redactedMail(Finding finding, String kind, Map<String, Object> fields,
            Retention retention) {
        String body = text(fields.get("body"));
        boolean shortened = body.length() > PAGE_TEXT_LIMIT;
        CopiedRecord.Mail mail = new CopiedRecord.Mail(text(fields.get("subject")), text(fields.get("from")),
                text(fields.get("to")), text(fields.get("cc")), text(fields.get("date")),
                shortened ? body.substring(0, PAGE_TEXT_LIMIT) : body, shortened, true);
        return new CopiedRecord(finding, kind, finding.retentionStart(), retention, mail, null, List.of(), null,
                Map.of(), null);
    }

    /**
     * The mail's fields with other people's parts blacked out; its attachments and Message-ID (which may name a
     * host) are left out, as its {@code .eml} is.
     */
    private static Map<String, Object> redacted(Map<String, Object> fields, ThirdPartyData others) {
        Map<String, Object> redacted = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!"attachments".equals(name) && !"messageId".equals(name)) {
                redacted.put(name, value instanceof String text ? others.redact(text) : value);
            }
        });
        return redacted;
    }

    private static Finding redacted(Finding finding, ThirdPartyData others) {
        return new Finding(finding.store(), finding.reference(), finding.dataCategories(),
                finding.retentionCategory(), finding.retentionStart(), finding.legalBasis(), finding.matchStrength(),
                others.redact(finding.summary()), finding.parts());
    }

    /**
     * A row of the copy: in its table with each value in words ({@link FieldValues}: codes, flags, HTML, times in
     * Berlin time with the zone named), on the page from the values as stored (the page words them itself).
     *
     * @param values the record's fields as the copy holds them (a recording's link only where it is given)
     */
    private static CopiedRecord row(Map<String, CsvTable> tables, String language, Finding finding,
            ExportedRecord record, Map<String, Object> values, Retention retention) {
        Map<String, String> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> fields.put(name, text(value)));
        Map<String, String> texts = PackageTexts.of(language);
        Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "de");
        Map<String, String> inWords = new LinkedHashMap<>();
        fields.forEach((name, value) -> inWords.put(name, value.isBlank() ? value
                : FieldValues.readable(texts, locale, name, value)));
        table(tables, language, record).add(inWords);
        Object playback = values.get(RecordingCopy.PLAYBACK_URL);
        return new CopiedRecord(finding, record.kind(), finding.retentionStart(), retention, null, null, List.of(),
                table(tables, language, record).file(), fields, playback == null ? null : playback.toString());
    }

    /** Adds the record's fields as they are stored as a row of its store's table of its kind (the Art. 20 export). */
    private static void addRow(Map<String, CsvTable> tables, String language, ExportedRecord record,
            Map<String, Object> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> fields.put(name, text(value)));
        table(tables, language, record).add(fields);
    }

    /** The table of the record's store and kind, started when it is the first such record. */
    private static CsvTable table(Map<String, CsvTable> tables, String language, ExportedRecord record) {
        return tables.computeIfAbsent(record.store() + "/" + record.kind(),
                key -> new CsvTable(tableFile(tables, language, record.kind()), language));
    }

    /**
     * {@code tables/<what it holds>.csv} in the copy's language ({@code table.<kind>}, else the kind as stored); a
     * second store with a table of the same name gets a number.
     */
    private static String tableFile(Map<String, CsvTable> tables, String language, String kind) {
        String name = FileNames.safe(PackageTexts.of(language).getOrDefault("table." + kind, kind));
        Set<String> taken = new LinkedHashSet<>();
        tables.values().forEach(table -> taken.add(table.file()));
        String file = "tables/" + name + ".csv";
        for (int number = 2; taken.contains(file); number++) {
            file = "tables/" + name + " " + number + ".csv";
        }
        return file;
    }

    private static List<String> unavailable(List<String> storesUnavailable, Set<String> failedStores) {
        List<String> unavailable = new ArrayList<>(storesUnavailable);
        failedStores.stream().filter(store -> !unavailable.contains(store)).forEach(unavailable::add);
        return unavailable;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
