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

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an access package as a ZIP with {@code package.json} (every record, streamed one at a time
 * so that a large mailbox does not fill memory) and {@code summary.html} (Art. 15(1) information).
 */
public final class AccessPackageWriter {

    /** Reads one record from its store. */
    @FunctionalInterface
    public interface RecordSource {
        ExportedRecord export(Finding finding) throws StoreUnavailableException;
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AccessPackageWriter() {
    }

    /** @return stores that failed while exporting (added to the unavailable ones in the summary) */
    public static Set<String> write(OutputStream target, String caseId, String language, Person subject,
            Instant createdAt, List<Finding> findings, List<String> storesUnavailable, RecordSource source)
            throws IOException {
        Set<String> failedStores = new LinkedHashSet<>();
        List<Finding> exported = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("package.json"));
            try (JsonGenerator json = JSON.getFactory().createGenerator(new KeepOpen(zip), JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("caseId", caseId);
                json.writeStringField("createdAt", createdAt.toString());
                json.writeObjectField("subject", subject);
                json.writeArrayFieldStart("records");
                for (Finding finding : findings) {
                    if (failedStores.contains(finding.store())) {
                        continue;
                    }
                    try {
                        ExportedRecord record = source.export(finding);
                        json.writeStartObject();
                        json.writeObjectField("finding", finding);
                        json.writeStringField("kind", record.kind());
                        json.writeObjectField("data", record.fields());
                        json.writeEndObject();
                        json.flush();
                        exported.add(finding);
                    } catch (StoreUnavailableException e) {
                        failedStores.add(finding.store());
                    }
                }
                json.writeEndArray();
                List<String> unavailable = new ArrayList<>(storesUnavailable);
                failedStores.stream().filter(store -> !unavailable.contains(store)).forEach(unavailable::add);
                json.writeObjectField("storesUnavailable", unavailable);
                json.writeEndObject();
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("summary.html"));
            Writer html = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
            List<String> unavailable = new ArrayList<>(storesUnavailable);
            failedStores.stream().filter(store -> !unavailable.contains(store)).forEach(unavailable::add);
            Art15Summary.write(html, language, LocalDate.ofInstant(createdAt, ZoneId.of("Europe/Berlin")), exported,
                    unavailable);
            html.flush();
            zip.closeEntry();
        }
        return failedStores;
    }

    /** Lets a writer be closed without closing the ZIP entry stream under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            out.write(data, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
