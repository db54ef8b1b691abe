package de.thwien.dsr.platform.facts;

import de.thwien.dsr.platform.facts.PrivacyFactsConfig.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * The configured facts, resolved once per language ({@code de}, {@code en}): the one source of what the access
 * mail (notifier) and the copy's {@code index.html} (subject-index) state about the processing, so they agree.
 */
@ApplicationScoped
public class NoticeFactsCatalog {

    /** The languages a notice or a copy is written in; any other language code reads German. */
    public static final String GERMAN = "de";
    public static final String ENGLISH = "en";

    private final Map<String, NoticeFacts> byLanguage = new HashMap<>();

    public NoticeFactsCatalog(PrivacyFactsConfig config) {
        for (String language : new String[] {GERMAN, ENGLISH}) {
            byLanguage.put(language, resolve(config, language));
        }
    }

    /** The facts in the language with this code; German for any other. */
    public NoticeFacts in(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(GERMAN));
    }

    private static NoticeFacts resolve(PrivacyFactsConfig config, String language) {
        PrivacyFactsConfig.SupervisoryAuthorityConfig authority = config.supervisoryAuthority();
        return new NoticeFacts(
                new SupervisoryAuthority(authority.name(), authority.street(), authority.city(),
                        authority.phone(), authority.fax().orElse(null), authority.email(), authority.website()),
                config.purposes().stream().map(purpose -> new ProcessingPurpose(
                        in(purpose.purpose(), language), in(purpose.legalBasis(), language),
                        purpose.legitimateInterest().map(text -> in(text, language)).orElse(null),
                        in(purpose.dataCategories(), language), in(purpose.storagePeriod(), language))).toList(),
                config.recipients().stream().map(recipient -> new ProcessingRecipient(recipient.name(),
                        recipient.address(), in(recipient.role(), language))).toList(),
                in(config.thirdCountryTransfers(), language),
                in(config.provisionRequirement(), language),
                in(config.sources(), language),
                in(config.automatedDecisions(), language),
                config.backupRetentionMonths());
    }

    private static String in(Text text, String language) {
        return ENGLISH.equals(language) ? text.en() : text.de();
    }
}
