package de.thwien.dsr.notifier.facts;

import de.thwien.dsr.notifier.facts.PrivacyFactsConfig.Text;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** The configured facts, resolved once per notice language. */
@ApplicationScoped
public class NoticeFactsCatalog {

    private final Map<NoticeLanguage, NoticeFacts> byLanguage = new EnumMap<>(NoticeLanguage.class);

    public NoticeFactsCatalog(PrivacyFactsConfig config) {
        for (NoticeLanguage language : NoticeLanguage.values()) {
            byLanguage.put(language, resolve(config, language));
        }
    }

    public NoticeFacts in(NoticeLanguage language) {
        return byLanguage.get(language);
    }

    private static NoticeFacts resolve(PrivacyFactsConfig config, NoticeLanguage language) {
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

    private static String in(Text text, NoticeLanguage language) {
        return language == NoticeLanguage.EN ? text.en() : text.de();
    }
}
