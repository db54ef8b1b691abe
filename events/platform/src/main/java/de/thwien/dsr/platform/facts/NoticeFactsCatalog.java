package de.thwien.dsr.platform.facts;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.platform.facts.PrivacyFactsConfig.Text;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configured facts, resolved once per language ({@code de}, {@code en}): the one source of what the access
 * mail (notifier) and the copy's {@code index.html} (subject-index) state about the processing, so they agree.
 * Checked at start-up: a purpose naming an unknown store or category, or none at all, stops the service with a
 * message naming the entry.
 */
@Startup
@ApplicationScoped
public class NoticeFactsCatalog {

    /** The languages a notice or a copy is written in; any other language code reads German. */
    public static final String GERMAN = "de";
    public static final String ENGLISH = "en";

    /** What one configured purpose covers: a record of one of its stores, or of one of its categories in any. */
    private record Coverage(Set<StoreId> stores, Set<RetentionCategory> categories) {

        boolean covers(StoreId store, RetentionCategory category) {
            return stores.contains(store) || categories.contains(category);
        }
    }

    private final Map<String, NoticeFacts> byLanguage = new HashMap<>();
    private final Map<String, ProcessingPurpose> requestPurpose = new HashMap<>();
    private final List<Coverage> coverage = new ArrayList<>();

    public NoticeFactsCatalog(PrivacyFactsConfig config) {
        for (int i = 0; i < config.purposes().size(); i++) {
            coverage.add(coverage(i, config.purposes().get(i)));
        }
        for (String language : new String[] {GERMAN, ENGLISH}) {
            byLanguage.put(language, resolve(config, language));
            requestPurpose.put(language, purpose(config.requestPurpose(), language));
        }
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
        return new NoticeFacts(all.authority(), List.copyOf(purposes), all.recipients(), all.thirdCountryTransfers(),
                all.provisionRequirement(), all.sources(), all.automatedDecisions(), all.backupRetentionMonths());
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

    private static Coverage coverage(int index, PrivacyFactsConfig.PurposeConfig config) {
        Set<StoreId> stores = EnumSet.noneOf(StoreId.class);
        for (String id : config.stores().orElse(List.of())) {
            stores.add(StoreId.find(id.strip()).orElseThrow(() -> invalid(index, "unknown store '" + id
                    + "' (known: mail, crm, conference)")));
        }
        Set<RetentionCategory> categories = EnumSet.noneOf(RetentionCategory.class);
        for (String id : config.categories().orElse(List.of())) {
            categories.add(RetentionCategory.find(id.strip()).orElseThrow(() -> invalid(index,
                    "unknown retention category '" + id + "'")));
        }
        if (stores.isEmpty() && categories.isEmpty()) {
            throw invalid(index, "names neither stores nor categories: no access answer would ever state it");
        }
        return new Coverage(stores, categories);
    }

    private static IllegalStateException invalid(int index, String problem) {
        return new IllegalStateException("dsr.privacy.purposes[" + index + "]: " + problem);
    }

    private static NoticeFacts resolve(PrivacyFactsConfig config, String language) {
        PrivacyFactsConfig.SupervisoryAuthorityConfig authority = config.supervisoryAuthority();
        return new NoticeFacts(
                new SupervisoryAuthority(authority.name(), authority.street(), authority.city(),
                        authority.phone(), authority.fax().orElse(null), authority.email(), authority.website()),
                config.purposes().stream().map(purpose -> purpose(purpose, language)).toList(),
                config.recipients().stream().map(recipient -> new ProcessingRecipient(recipient.name(),
                        recipient.address(), in(recipient.role(), language))).toList(),
                in(config.thirdCountryTransfers(), language),
                in(config.provisionRequirement(), language),
                in(config.sources(), language),
                in(config.automatedDecisions(), language),
                config.backupRetentionMonths());
    }

    private static ProcessingPurpose purpose(PrivacyFactsConfig.PurposeConfig purpose, String language) {
        return new ProcessingPurpose(in(purpose.purpose(), language), in(purpose.legalBasis(), language),
                purpose.legitimateInterest().map(text -> in(text, language)).orElse(null),
                in(purpose.dataCategories(), language), in(purpose.storagePeriod(), language));
    }

    private static String in(Text text, String language) {
        return ENGLISH.equals(language) ? text.en() : text.de();
    }
}
