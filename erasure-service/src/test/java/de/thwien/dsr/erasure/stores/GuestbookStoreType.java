package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.connectors.stores.StoreCapability;
import de.thwien.dsr.connectors.stores.StoreSettings;
import de.thwien.dsr.connectors.stores.StoreType;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RetentionCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A fourth store type, in the tests only, to show that a store is one plug-in: a web site's guest book kept as a
 * text file, one entry a line ({@code <id> TAB <date> TAB <e-mail> TAB <name> TAB <text>}). Besides this class it
 * takes only configuration: its line in {@code META-INF/services/de.thwien.dsr.connectors.stores.StoreType}, its
 * names in {@code guestbook-store*.properties}, and the file in {@code dsr.stores.plugins.guestbook.file}. Its
 * entries can be read and erased; it has no way to restrict one, so it declares none.
 */
public final class GuestbookStoreType implements StoreType {

    static final String ID = "guestbook";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<StoreCapability> capabilities() {
        return EnumSet.of(StoreCapability.READ, StoreCapability.ERASE);
    }

    @Override
    public String displayName(Locale language) {
        Locale bundle = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        return ResourceBundle.getBundle("guestbook-store", bundle, GuestbookStoreType.class.getClassLoader(),
                NO_FALLBACK).getString("name");
    }

    @Override
    public Optional<ConnectedStore> connect(StoreSettings settings, StoreFeatures others) {
        return Optional.ofNullable(settings.plugins().get(ID)).map(own -> own.get("file")).map(Path::of)
                .map(file -> {
                    Book book = new Book(file);
                    return new ConnectedStore(this, () -> book, () -> book, book::entries);
                });
    }

    /** The guest book file, read and written whole (it is small); references are {@code entry/<id>}. */
    static final class Book implements StoreReader, StoreWriter {

        private static final String PREFIX = "entry/";
        private final Path file;

        Book(Path file) {
            this.file = file;
        }

        @Override
        public String store() {
            return ID;
        }

        @Override
        public CrawlResult crawl(CrawlCursor cursor, Consumer<IndexedRecord> sink) throws StoreUnavailableException {
            List<String[]> entries = entries();
            for (String[] entry : entries) {
                sink.accept(new IndexedRecord(PREFIX + entry[0], Identifiers.of(entry[2], null, entry[3]), null,
                        null));
            }
            return CrawlResult.of(CrawlCursor.START, entries.size());
        }

        @Override
        public List<Finding> find(Collection<RecordHit> hits) throws StoreUnavailableException {
            List<Finding> found = new ArrayList<>();
            for (RecordHit hit : hits) {
                entry(hit.reference()).ifPresent(entry -> found.add(new Finding(ID, hit.reference(),
                        List.of("name", "email", "message-content"), RetentionCategory.GENERAL_CORRESPONDENCE.id(),
                        LocalDate.parse(entry[1]), "Art. 6(1)(f) GDPR", hit.strength(), "guest book entry")));
            }
            return found;
        }

        @Override
        public ExportedRecord export(String reference) throws StoreUnavailableException {
            Map<String, Object> fields = new LinkedHashMap<>();
            entry(reference).ifPresent(entry -> {
                fields.put("date", entry[1]);
                fields.put("email", entry[2]);
                fields.put("name", entry[3]);
                fields.put("text", entry[4]);
            });
            return new ExportedRecord(ID, reference, "entry", fields);
        }

        @Override
        public synchronized ErasureResult erase(String reference) throws StoreUnavailableException {
            List<String> kept = new ArrayList<>();
            for (String[] entry : entries()) {
                if (!(PREFIX + entry[0]).equals(reference)) {
                    kept.add(String.join("\t", entry));
                }
            }
            try {
                Path written = Files.write(file.resolveSibling(file.getFileName() + ".new"), kept,
                        StandardCharsets.UTF_8);
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new StoreUnavailableException(ID, "guest book not writable", e);
            }
            return ErasureResult.complete();
        }

        @Override
        public String restrict(String reference, LocalDate holdUntil) throws StoreRefusedException {
            throw new StoreRefusedException(ID, "a guest book entry cannot be restricted", null);
        }

        @Override
        public String lift(String reference) throws StoreRefusedException {
            throw new StoreRefusedException(ID, "a guest book entry cannot be restricted", null);
        }

        private Optional<String[]> entry(String reference) throws StoreUnavailableException {
            return entries().stream().filter(entry -> (PREFIX + entry[0]).equals(reference)).findFirst();
        }

        List<String[]> entries() throws StoreUnavailableException {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                        .map(line -> line.split("\t", 5)).toList();
            } catch (IOException e) {
                throw new StoreUnavailableException(ID, "guest book not readable", e);
            }
        }
    }
}
