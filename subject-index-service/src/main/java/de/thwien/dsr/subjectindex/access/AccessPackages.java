package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.subjectindex.access.archive.AccessPackageWriter;
import de.thwien.dsr.subjectindex.access.archive.PackageEncryption;
import de.thwien.dsr.subjectindex.access.archive.ThirdPartyData;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.subjectindex.locate.LocateResult;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import de.thwien.dsr.subjectindex.stores.StoresConfig;
import de.thwien.dsr.connectors.mail.MailClassificationRules;
import de.thwien.dsr.connectors.stores.StoreSettings;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the Art. 15 package of an ACCESS case: every record of a STRONG finding exported from its
 * store (the ZIP's layout: {@link AccessPackageWriter}, its {@code index.html}: {@link AccessIndexPage}),
 * written to a temporary file through Tink's streaming AEAD (memory stays bounded), stored, and announced
 * with a time-limited link ({@code access.package.ready}). WEAK findings (name only) stay out: they may be a
 * stranger's data; {@link NameMatchReviews} calls this only once the assistant has decided them, with the confirmed
 * ones made STRONG and the rejected ones gone.
 *
 * <p>The package row is written with JDBC before the event is appended in the inbox transaction;
 * should that transaction fail, the retry builds a new package and the orphan expires unused.
 */
@ApplicationScoped
public class AccessPackages {

    private static final Logger LOG = Logger.getLogger(AccessPackages.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessPackageConfig config;
    private final StoreRegistry stores;
    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final Clock clock;
    private final PackageEncryption encryption;
    private final AccessIndexPage indexPage;
    private final StoresConfig storesConfig;
    private final WorkerExecutor builders;

    public AccessPackages(AccessPackageConfig config, StoreRegistry stores, AgroalDataSource dataSource, Outbox outbox,
            Vertx vertx, Clock clock, AccessIndexPage indexPage, StoresConfig storesConfig) {
        this.config = config;
        this.storesConfig = storesConfig;
        this.stores = stores;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.clock = clock;
        this.indexPage = indexPage;
        this.encryption = new PackageEncryption(key(config.key()));
        this.builders = vertx.createSharedWorkerExecutor("access-package-builders", config.builders());
    }

    @PreDestroy
    void stop() {
        builders.close();
    }

    /**
     * Runs blocking package work (exports from the stores, ZIP, encryption) on the builders' pool, at most
     * {@code dsr.access-package.builders} at once, not ordered behind other work of the caller's context; the result
     * comes back on the caller's context, inside its transaction.
     */
    <T> Uni<T> onBuilders(Supplier<T> work) {
        return builders.executeBlocking(Uni.createFrom().item(work), false);
    }

    /**
     * The download link mailed to the requester: an English request's link carries {@code ?lang=en}, as intake's
     * links do, so that a refused link's page opens in her language ({@link AccessPackageResource}).
     */
    static String downloadUrl(String publicBaseUrl, String token, String language) {
        String url = publicBaseUrl + "/access-packages/" + token;
        return "en".equals(language) ? url + "?lang=en" : url;
    }

    /** Link of a stored package. */
    record Link(String url, Instant expiresAt) {
    }

    /**
     * Builds, stores and announces the package; the announcement says which stores were searched, which could not
     * be, and how many records of each the copy holds, so that the answer can say "no data" or name a store down.
     *
     * @param searchedAgain for the follow-up, the stores that could not be searched for the first answer; else empty
     */
    public Uni<Void> prepare(CaseEvents.IdentityVerified verified, LocateResult located, List<String> searchedAgain) {
        return prepare(verified, located, searchedAgain, Set.of(), Set.of());
    }

    /**
     * As {@link #prepare(CaseEvents.IdentityVerified, LocateResult, List)}, with the mails the assistant chose to
     * redact (Art. 15(4)) and the name matches she confirmed.
     *
     * @param redactedMails        "store reference" of each mail shown with other people's data blacked out
     * @param confirmedNameMatches "store reference" of the findings the assistant confirmed from a name match: the
     *                             page says they come from a third party who names the requester
     */
    public Uni<Void> prepare(CaseEvents.IdentityVerified verified, LocateResult located, List<String> searchedAgain,
            Set<String> redactedMails, Set<String> confirmedNameMatches) {
        AccessPackageWriter.Redaction redaction = new AccessPackageWriter.Redaction(redactedMails, notPersons(),
                config.ownNames().orElse(List.of()));
        return onBuilders(() -> store(verified, located, redaction, confirmedNameMatches))
                .chain(link -> outbox.append(new DiscoveryEvents.AccessPackageReady(verified.caseId(),
                        verified.language(), link.url(), link.expiresAt(), verified.personal(),
                        located.storesSearched(), located.storesUnavailable(), recordsPerStore(located),
                        searchedAgain.isEmpty() ? null : searchedAgain, categoriesPerStore(located),
                        storesFromThirdParty(located, confirmedNameMatches))))
                .replaceWithVoid();
    }

    /** Every searched store with the number of records the copy holds from it (WEAK findings are not in it). */
    static Map<String, Integer> recordsPerStore(LocateResult located) {
        Map<String, Integer> records = new TreeMap<>();
        located.storesSearched().forEach(store -> records.put(store, 0));
        strong(located).forEach(finding -> records.merge(finding.store(), 1, Integer::sum));
        return records;
    }

    /** Every searched store with the retention categories of the records the copy holds from it, each once, sorted. */
    static Map<String, List<String>> categoriesPerStore(LocateResult located) {
        Map<String, Set<String>> categories = new TreeMap<>();
        located.storesSearched().forEach(store -> categories.put(store, new TreeSet<>()));
        strong(located).forEach(finding -> categories.computeIfAbsent(finding.store(), store -> new TreeSet<>())
                .add(finding.retentionCategory()));
        Map<String, List<String>> found = new TreeMap<>();
        categories.forEach((store, ids) -> found.put(store, List.copyOf(ids)));
        return found;
    }

    /**
     * The stores of the copy's records that came from a third party naming her: the name matches the assistant
     * confirmed ("store reference"), each store once, sorted. The answer names a third party as a source only for them.
     */
    static List<String> storesFromThirdParty(LocateResult located, Set<String> confirmedNameMatches) {
        return strong(located).stream()
                .filter(finding -> confirmedNameMatches.contains(finding.store() + " " + finding.reference()))
                .map(Finding::store).distinct().sorted().toList();
    }

    static List<Finding> strong(LocateResult located) {
        return located.findings().stream()
                .filter(finding -> finding.matchStrength() == Finding.MatchStrength.STRONG).toList();
    }

    /**
     * The mail findings that also hold other people's data ({@link ThirdPartyData}), as "store reference": STRONG ones
     * and name matches (a third party's mail naming her nearly always holds the sender's data); blocking (reads each
     * mail from its store). A mail that cannot be read now is not flagged: the package names its store as unavailable
     * instead.
     */
    List<String> mailsWithOthersData(Person requester, LocateResult located) {
        List<String> flagged = new ArrayList<>();
        for (Finding finding : located.findings()) {
            if (StoreId.find(finding.store()).filter(StoreId.MAIL::equals).isEmpty()) {
                continue;
            }
            try {
                ExportedRecord record = reader(finding.store()).export(finding.reference());
                if (ThirdPartyData.in(record.fields(), requester == null ? null : requester.email(),
                        requester == null ? null : requester.name(), notPersons(),
                        config.ownNames().orElse(List.of())).found()) {
                    flagged.add(finding.store() + " " + finding.reference());
                }
            } catch (StoreUnavailableException | RuntimeException e) {
                // the type only: the message may name the record
                LOG.warnf("mail not checked for other people's data (%s)", e.getClass().getSimpleName());
            }
        }
        return flagged;
    }

    /**
     * Addresses and domains whose mails hold no other person's data by their sender alone: the operator's own
     * ({@code dsr.access-package.own-addresses}) and the phone provider's voicemail sender domains
     * ({@code dsr.stores.mail.voicemail-sender-domains}, as the mail classification reads them).
     */
    List<String> notPersons() {
        List<String> notPersons = new ArrayList<>(config.ownAddresses());
        notPersons.addAll(storesConfig.mail().flatMap(StoreSettings.Mail::voicemailSenderDomains)
                .orElse(MailClassificationRules.DEFAULT_VOICEMAIL_SENDER_DOMAINS));
        return notPersons;
    }

    private Link store(CaseEvents.IdentityVerified verified, LocateResult located,
            AccessPackageWriter.Redaction redaction, Set<String> confirmedNameMatches) {
        List<Finding> strong = strong(located);
        long started = System.nanoTime();
        Link link = store(verified.caseId(), verified.language(), ACCESS_COPY, (out, spool, now) ->
                AccessPackageWriter.write(out, verified.caseId(), verified.language(), verified.personal(), now,
                        strong, located.storesUnavailable(), located.storesSearched(), this::export, spool,
                        contents -> indexPage.render(contents, confirmedNameMatches), redaction));
        LOG.infof("access package for case %s stored with %d records (%d ms)", verified.caseId(), strong.size(),
                (System.nanoTime() - started) / 1_000_000);
        return link;
    }

    /** Writes a package's ZIP; {@code now} is its creation instant. */
    @FunctionalInterface
    interface PackageContent {
        void write(OutputStream out, EncryptedSpool spool, Instant now) throws IOException;
    }

    /** The file name an access copy (Art. 15) is saved under. */
    static final String ACCESS_COPY = "access-package.zip";

    /** The file name an Art. 20 export is saved under. */
    static final String PORTABLE_EXPORT = "portable-data-export.zip";

    /**
     * Writes a package (an access copy, an Art. 20 export) encrypted to a temporary file, stores it and returns its
     * time-limited link, in the requester's {@code language} ({@link #downloadUrl}); her browser saves it as
     * {@code fileName}. Blocking.
     */
    Link store(String caseId, String language, String fileName, PackageContent writer) {
        UUID id = UUID.randomUUID();
        String token = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.validity());
        Path file = null;
        try {
            file = Files.createTempFile("dsr-access-package-", ".bin");
            try (EncryptedSpool spool = new EncryptedSpool(encryption);
                 OutputStream out = encryption.encrypting(Files.newOutputStream(file), associatedData(id))) {
                writer.write(out, spool, now);
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into access_package"
                         + " (id, case_id, token_hash, created_at, expires_at, content, file_name)"
                         + " values (?, ?, ?, ?, ?, ?, ?)");
                 InputStream content = Files.newInputStream(file)) {
                insert.setObject(1, id);
                insert.setString(2, caseId);
                insert.setString(3, tokenHash(token));
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setTimestamp(5, Timestamp.from(expiresAt));
                insert.setBinaryStream(6, content, Files.size(file));
                insert.setString(7, fileName);
                insert.executeUpdate();
            }
            return new Link(downloadUrl(config.publicBaseUrl(), token, language), expiresAt);
        } catch (IOException e) {
            throw new UncheckedIOException("access package not written", e);
        } catch (SQLException e) {
            throw new IllegalStateException("access package not stored", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The record of a finding, read from its store. */
    ExportedRecord export(Finding finding) throws StoreUnavailableException {
        return reader(finding.store()).export(finding.reference());
    }

    private StoreReader reader(String store) throws StoreUnavailableException {
        ConnectedStore configured = stores.store(store)
                .orElseThrow(() -> new StoreUnavailableException(store, "no longer configured"));
        return configured.reader();
    }

    static byte[] associatedData(UUID packageId) {
        return packageId.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    PackageEncryption encryption() {
        return encryption;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] key(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("dsr.access-package.key must be base64 of 16, 24 or 32 bytes");
        }
        return bytes;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("temporary package file not deleted (%s)", e.getClass().getSimpleName());
            }
        }
    }
}
