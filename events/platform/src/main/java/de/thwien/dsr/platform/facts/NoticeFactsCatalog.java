package de.thwien.dsr.platform.facts;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.RetentionLaw;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.platform.facts.PrivacyFactsConfig.Text;
import de.thwien.dsr.platform.text.MessageFile;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The configured facts, resolved once per language ({@code de}, {@code en}): the one source of what the access
 * mail (notifier) and the copy's {@code index.html} (subject-index) state about the processing, so they agree.
 * Checked at start-up: a purpose naming an unknown store or category, or none at all, stops the service with a
 * message naming the entry. A purpose's legal basis and storage period cite the laws of a statutory hold as
 * {@code {laws}}: the laws that hold the categories it covers ({@link RetentionCategory#statutoryLaws(boolean)}), so a
 * purpose cites what the records of those categories cite (§ 14b UStG with invoices, § 257 HGB only for a merchant).
 */
@Startup
@ApplicationScoped
public class NoticeFactsCatalog {

    /** The notification of a recipient that only hosts our own servers ({@code dsr.privacy.recipients[*]}). */
    private static final String HOSTING = "hosting";
    /** Where a purpose's text cites the laws of a statutory hold. */
    private static final String LAWS = "{laws}";

    /** The languages a notice or a copy is written in; any other language code reads German. */
    public static final String GERMAN = "de";
    public static final String ENGLISH = "en";

    /** What one configured purpose covers: a record of one of its stores, or of one of its categories in any. */
    private record Coverage(Set<StoreId> stores, Set<RetentionCategory> categories) {

        boolean covers(StoreId store, RetentionCategory category) {
            return stores.contains(store) || categories.contains(category);
        }
    }

    /** One configured source (Art. 15(1)(g)): what it covers, whether a third party's, its sentence per language. */
    private record Source(Coverage coverage, boolean thirdParty, Map<String, String> text) {
    }

    private final Map<String, NoticeFacts> byLanguage = new HashMap<>();
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, ProcessingPurpose> requestPurpose = new HashMap<>();
    private final List<Coverage> coverage = new ArrayList<>();
    /** Per configured recipient, in order: the records it receives or hosts (none: empty). */
    private final List<Coverage> recipientCoverage = new ArrayList<>();
    /** Per configured recipient, in order: whether it hosts our own servers, where every record and request lies. */
    private final List<Boolean> hosting = new ArrayList<>();

    /** The catalog of a merchant's facts (§ 257 HGB binds him). */
    public NoticeFactsCatalog(PrivacyFactsConfig config) {
        this(config, true);
    }

    /** {@code merchant}: whether § 257 HGB binds the controller (LEGAL.md §3), so that a purpose cites it. */
    @Inject
    public NoticeFactsCatalog(PrivacyFactsConfig config,
            @ConfigProperty(name = "dsr.controller.merchant") boolean merchant) {
        for (int i = 0; i < config.purposes().size(); i++) {
            PrivacyFactsConfig.PurposeConfig purpose = config.purposes().get(i);
            coverage.add(coverage("dsr.privacy.purposes[" + i + "]", purpose.stores(), purpose.categories()));
        }
        for (int i = 0; i < config.recipients().size(); i++) {
            PrivacyFactsConfig.RecipientConfig recipient = config.recipients().get(i);
            recipientCoverage.add(recipientCoverage("dsr.privacy.recipients[" + i + "]", recipient));
            hosting.add(recipient.notification().map(String::strip).filter(HOSTING::equals).isPresent());
        }
        for (int i = 0; i < config.sources().size(); i++) {
            PrivacyFactsConfig.SourceConfig source = config.sources().get(i);
            sources.add(new Source(coverage("dsr.privacy.sources[" + i + "]", source.stores(), source.categories()),
                    source.thirdParty().orElse(false), Map.of(GERMAN, in(source.text(), GERMAN), ENGLISH,
                            in(source.text(), ENGLISH))));
        }
        List<List<RetentionLaw>> laws = new ArrayList<>();
        for (int i = 0; i < coverage.size(); i++) {
            laws.add(statutoryLaws("dsr.privacy.purposes[" + i + "]", config.purposes().get(i), coverage.get(i),
                    merchant));
        }
        for (String language : new String[] {GERMAN, ENGLISH}) {
            byLanguage.put(language, resolve(config, language, laws));
            requestPurpose.put(language, purpose(config.requestPurpose(), language, List.of()));
        }
    }

    /**
     * The laws that hold the categories the purpose covers, in the order they are cited; a purpose whose text cites
     * {@code {laws}} but covers no category with a statutory hold is a defect of the configuration.
     */
    private static List<RetentionLaw> statutoryLaws(String entry, PrivacyFactsConfig.PurposeConfig purpose,
            Coverage coverage, boolean merchant) {
        Set<RetentionLaw> laws = EnumSet.noneOf(RetentionLaw.class);
        coverage.categories().forEach(category -> laws.addAll(category.statutoryLaws(merchant)));
        boolean cites = Stream.of(purpose.legalBasis(), purpose.storagePeriod())
                .anyMatch(text -> text.de().contains(LAWS) || text.en().contains(LAWS));
        if (cites && laws.isEmpty()) {
            throw invalid(entry, "cites " + LAWS + " but covers no retention category with a statutory hold");
        }
        return List.copyOf(laws);
    }

    /** The facts in the language with this code; German for any other. Every configured purpose (Art. 13). */
    public NoticeFacts in(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(GERMAN));
    }

    /**
     * The facts an access answer and its copy state (Art. 15(1)(a), (c)): the purposes that cover the records found,
     * then how the request itself is processed. Without what was found ({@code null}: an answer announced before
     * events said it), or when a found record is of a kind no purpose covers, every purpose: rather one too many
     * than one missing.
     *
     * @param categoriesPerStore retention category ids of the records found, per store id
     */
    public NoticeFacts forFound(String language, Map<String, List<String>> categoriesPerStore) {
        return forFound(language, categoriesPerStore, null);
    }

    /**
     * As {@link #forFound(String, Map)}, the recipients of the records found (Art. 15(1)(c): those that receive or hold
     * a record of a store or category found, and those hosting our own servers, where the request itself is kept), and
     * the sources (Art. 15(1)(g)) of the records found: each configured source
     * covering one of them; a third party's source only when a record of a store in {@code storesFromThirdParty} came
     * from a third party who names her ({@code null}: not known, then whenever its records were found).
     *
     * @param storesFromThirdParty store ids holding a record that came from a third party; null when not known
     */
    public NoticeFacts forFound(String language, Map<String, List<String>> categoriesPerStore,
            Set<String> storesFromThirdParty) {
        NoticeFacts all = in(language);
        List<ProcessingPurpose> purposes = new ArrayList<>();
        for (int i = 0; i < all.purposes().size(); i++) {
            if (categoriesPerStore == null || coversAny(coverage.get(i), categoriesPerStore)) {
                purposes.add(all.purposes().get(i));
            }
        }
        if (categoriesPerStore != null && !everyRecordCovered(categoriesPerStore)) {
            purposes = new ArrayList<>(all.purposes());
        }
        purposes.add(requestPurpose.getOrDefault(language, requestPurpose.get(GERMAN)));
        List<ProcessingRecipient> recipients = new ArrayList<>();
        for (int i = 0; i < all.recipients().size(); i++) {
            if (categoriesPerStore == null || hosting.get(i)
                    || coversAny(recipientCoverage.get(i), categoriesPerStore)) {
                recipients.add(all.recipients().get(i));
            }
        }
        return new NoticeFacts(all.authority(), List.copyOf(purposes), List.copyOf(recipients),
                all.thirdCountryTransfers(),
                all.provisionRequirement(), sources(language, categoriesPerStore, storesFromThirdParty),
                all.automatedDecisions(), all.backupRetentionMonths());
    }

    /**
     * The sentences of the sources of the records found; every source when that is not known or a record is of a kind
     * no source covers (rather one too many than one missing); those not of a third party when nothing was found.
     */
    private String sources(String language, Map<String, List<String>> categoriesPerStore,
            Set<String> storesFromThirdParty) {
        List<String> stated = new ArrayList<>();
        boolean everyRecordSourced = categoriesPerStore != null && categoriesPerStore.entrySet().stream()
                .allMatch(found -> found.getValue().stream().allMatch(category -> sources.stream()
                        .anyMatch(source -> covers(source.coverage(), found.getKey(), category))));
        for (Source source : sources) {
            boolean found = categoriesPerStore == null || !everyRecordSourced
                    || coversAny(source.coverage(), thirdPartyRecords(source, categoriesPerStore, storesFromThirdParty));
            if (found) {
                stated.add(source.text().getOrDefault(language, source.text().get(GERMAN)));
            }
        }
        if (stated.isEmpty()) {
            sources.stream().filter(source -> !source.thirdParty())
                    .forEach(source -> stated.add(source.text().getOrDefault(language, source.text().get(GERMAN))));
        }
        return String.join(" ", stated);
    }

    /** The records found a source may cover: for a third party's, only those of stores with a third party's record. */
    private static Map<String, List<String>> thirdPartyRecords(Source source,
            Map<String, List<String>> categoriesPerStore, Set<String> storesFromThirdParty) {
        if (!source.thirdParty() || storesFromThirdParty == null) {
            return categoriesPerStore;
        }
        Map<String, List<String>> fromThirdParty = new HashMap<>(categoriesPerStore);
        fromThirdParty.keySet().retainAll(storesFromThirdParty);
        return fromThirdParty;
    }

    private static boolean covers(Coverage coverage, String store, String category) {
        return coverage.covers(StoreId.find(store).orElse(null), RetentionCategory.find(category).orElse(null));
    }

    private static boolean coversAny(Coverage purpose, Map<String, List<String>> categoriesPerStore) {
        return categoriesPerStore.entrySet().stream().anyMatch(found -> found.getValue().stream()
                .anyMatch(category -> purpose.covers(StoreId.find(found.getKey()).orElse(null),
                        RetentionCategory.find(category).orElse(null))));
    }

    private boolean everyRecordCovered(Map<String, List<String>> categoriesPerStore) {
        return categoriesPerStore.entrySet().stream().allMatch(found -> found.getValue().stream()
                .allMatch(category -> coverage.stream().anyMatch(purpose -> purpose.covers(
                        StoreId.find(found.getKey()).orElse(null), RetentionCategory.find(category).orElse(null)))));
    }

    private static Coverage coverage(String entry, Optional<List<String>> storeIds,
            Optional<List<String>> categoryIds) {
        Set<StoreId> stores = EnumSet.noneOf(StoreId.class);
        for (String id : storeIds.orElse(List.of())) {
            stores.add(StoreId.find(id.strip()).orElseThrow(() -> invalid(entry, "unknown store '" + id
                    + "' (known: mail, crm, conference)")));
        }
        Set<RetentionCategory> categories = EnumSet.noneOf(RetentionCategory.class);
        for (String id : categoryIds.orElse(List.of())) {
            categories.add(RetentionCategory.find(id.strip()).orElseThrow(() -> invalid(entry,
                    "unknown retention category '" + id + "'")));
        }
        if (stores.isEmpty() && categories.isEmpty()) {
            throw invalid(entry, "names neither stores nor categories: no access answer would ever state it");
        }
        return new Coverage(stores, categories);
    }

    /** The stores and categories a recipient receives or hosts; none at all is allowed (it then holds none). */
    private static Coverage recipientCoverage(String entry, PrivacyFactsConfig.RecipientConfig recipient) {
        boolean holdsData = recipient.stores().map(ids -> !ids.isEmpty()).orElse(false)
                || recipient.categories().map(ids -> !ids.isEmpty()).orElse(false);
        return holdsData ? coverage(entry, recipient.stores(), recipient.categories())
                : new Coverage(EnumSet.noneOf(StoreId.class), EnumSet.noneOf(RetentionCategory.class));
    }

    private static IllegalStateException invalid(String entry, String problem) {
        return new IllegalStateException(entry + ": " + problem);
    }

    private static NoticeFacts resolve(PrivacyFactsConfig config, String language, List<List<RetentionLaw>> laws) {
        PrivacyFactsConfig.SupervisoryAuthorityConfig authority = config.supervisoryAuthority();
        return new NoticeFacts(
                new SupervisoryAuthority(authority.name(), authority.street(), authority.city(),
                        authority.phone(), authority.fax().orElse(null), authority.email(), authority.website()),
                IntStream.range(0, config.purposes().size())
                        .mapToObj(i -> purpose(config.purposes().get(i), language, laws.get(i))).toList(),
                config.recipients().stream().map(recipient -> new ProcessingRecipient(recipient.name(),
                        recipient.address(), in(recipient.role(), language))).toList(),
                in(config.thirdCountryTransfers(), language),
                in(config.provisionRequirement(), language),
                String.join(" ", config.sources().stream().map(source -> in(source.text(), language)).toList()),
                in(config.automatedDecisions(), language),
                config.backupRetentionMonths());
    }

    private static ProcessingPurpose purpose(PrivacyFactsConfig.PurposeConfig purpose, String language,
            List<RetentionLaw> laws) {
        String cited = cited(laws, language);
        return new ProcessingPurpose(in(purpose.purpose(), language),
                in(purpose.legalBasis(), language).replace(LAWS, cited),
                purpose.legitimateInterest().map(text -> in(text, language)).orElse(null),
                in(purpose.dataCategories(), language), in(purpose.storagePeriod(), language).replace(LAWS, cited));
    }

    /** The laws in the language's words ("§ 147 AO, § 257 HGB und § 14b UStG"); empty for none. */
    private static String cited(List<RetentionLaw> laws, String language) {
        MessageFile words = MessageFile.load("retention-laws", language);
        List<String> named = laws.stream().map(law -> words.text("law." + law.name())).toList();
        if (named.size() < 2) {
            return named.isEmpty() ? "" : named.get(0);
        }
        return words.text("law.lastTwo", Map.of("first", String.join(", ", named.subList(0, named.size() - 1)),
                "last", named.get(named.size() - 1)));
    }

    private static String in(Text text, String language) {
        return ENGLISH.equals(language) ? text.en() : text.de();
    }
}
