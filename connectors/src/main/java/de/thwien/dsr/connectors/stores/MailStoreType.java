package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.mail.ImapMailReader;
import de.thwien.dsr.connectors.mail.ImapMailWriter;
import de.thwien.dsr.connectors.mail.InvoicedCustomers;
import de.thwien.dsr.connectors.mail.MailAccount;
import de.thwien.dsr.connectors.mail.MailClassificationRules;
import de.thwien.dsr.connectors.mail.MailSettings;
import de.thwien.dsr.events.StoreId;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The mail server's mailboxes over IMAP. A mail's counterpart counts as a customer when another store offers
 * {@link InvoicedCustomers} (the CRM). A third party's mail that names the requester can have only her mention
 * removed; a mail's text is not corrected (Art. 16: a supplementary statement instead).
 */
public final class MailStoreType implements StoreType {

    @Override
    public String id() {
        return StoreId.MAIL.id();
    }

    @Override
    public Set<StoreCapability> capabilities() {
        return EnumSet.of(StoreCapability.READ, StoreCapability.ERASE, StoreCapability.RESTRICT,
                StoreCapability.LIFT, StoreCapability.REDACT);
    }

    @Override
    public String displayName(Locale language) {
        return StoreId.MAIL.displayName(language);
    }

    @Override
    public Optional<ConnectedStore> connect(StoreSettings settings, StoreFeatures others) {
        return settings.mail().map(mail -> {
            MailSettings mailSettings = mailSettings(mail);
            // keeps a few logged-in sessions per account (ImapSessions), nothing to open
            ImapMailReader reader = new ImapMailReader(mailSettings, address -> {
                for (InvoicedCustomers customers : others.all(InvoicedCustomers.class)) {
                    if (customers.hasInvoice(address)) {
                        return true;
                    }
                }
                return false;
            });
            // the writer checks the restricted folder's name against each server's separator when it is opened
            return new ConnectedStore(this, () -> reader, () -> ImapMailWriter.open(mailSettings),
                    reader::checkLogins);
        });
    }

    private static MailSettings mailSettings(StoreSettings.Mail mail) {
        List<MailAccount> accounts = mail.accounts().entrySet().stream()
                .map(entry -> new MailAccount(entry.getKey(), entry.getValue().host(), entry.getValue().port(),
                        entry.getValue().ssl().orElse(true), entry.getValue().login(), entry.getValue().password(),
                        entry.getValue().address()))
                .toList();
        return new MailSettings(accounts,
                MailClassificationRules.defaults(mail.voicemailSenderDomains()
                        .orElse(MailClassificationRules.DEFAULT_VOICEMAIL_SENDER_DOMAINS)),
                mail.restrictedFolder().orElse("DSR-Restricted"), mail.timeout().orElse(Duration.ofSeconds(20)));
    }
}
