package de.thwien.dsr.notifier.facts;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.platform.facts.PrivacyFactsConfig;
import de.thwien.dsr.platform.address.MailAddressRule;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Art. 19 register: the recipients of the privacy policy ({@code dsr.privacy.recipients}) with the stores and
 * categories each receives or hosts and how it is told. Checked at start-up: an unknown store, category or channel,
 * or a mail recipient without a deliverable privacy contact, stops the service with a message naming the entry.
 */
@Startup
@ApplicationScoped
public class RecipientRegister {

    private final List<RegisteredRecipient> recipients;

    @Inject
    public RecipientRegister(PrivacyFactsConfig config) {
        this(config.recipients());
    }

    RecipientRegister(List<PrivacyFactsConfig.RecipientConfig> configured) {
        List<RegisteredRecipient> resolved = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < configured.size(); i++) {
            RegisteredRecipient recipient = resolve(i, configured.get(i));
            if (!names.add(recipient.name())) {
                throw invalid(i, "name '" + recipient.name() + "' is registered twice");
            }
            resolved.add(recipient);
        }
        this.recipients = List.copyOf(resolved);
    }

    /** Every registered recipient, in configured order. */
    public List<RegisteredRecipient> all() {
        return recipients;
    }

    /** Where the recipient of this name stands in the register; after every registered one if it is no longer. */
    public int position(String name) {
        for (int i = 0; i < recipients.size(); i++) {
            if (recipients.get(i).name().equals(name)) {
                return i;
            }
        }
        return recipients.size();
    }

    private static RegisteredRecipient resolve(int index, PrivacyFactsConfig.RecipientConfig config) {
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
        boolean holdsData = !stores.isEmpty() || !categories.isEmpty();
        NotificationChannel channel = config.notification().map(id -> NotificationChannel.find(id.strip())
                .orElseThrow(() -> invalid(index, "unknown notification '" + id + "' (known: mail, hosting, manual)")))
                .orElse(null);
        if (holdsData && channel == null) {
            throw invalid(index, "receives data but has no notification (mail, hosting or manual)");
        }
        String contact = config.privacyContact().map(String::strip).orElse(null);
        if (channel == NotificationChannel.MAIL) {
            MailAddressRule.Verdict verdict = MailAddressRule.check(contact);
            if (contact == null || !verdict.deliverable()) {
                throw invalid(index, "notification=mail needs a deliverable privacy-contact");
            }
            contact = verdict.address();
        }
        return new RegisteredRecipient(config.name(), config.address(),
                channel == null ? NotificationChannel.MANUAL : channel, stores, categories, contact);
    }

    private static IllegalStateException invalid(int index, String problem) {
        return new IllegalStateException("dsr.privacy.recipients[" + index + "]: " + problem);
    }
}
