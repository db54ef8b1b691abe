package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.infra.InfraConfiguration;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference stores of {@link ReferenceStoresTestResource} plus a mail store: the {@value #MAIL_LOGIN} account in
 * GreenMail (any login works there, the mailbox appears on first use), written through the mail connector.
 */
public class RestoredBackupStoresTestResource extends ReferenceStoresTestResource {

    static final String MAIL_LOGIN = "restore-info";
    static final String MAIL_PASSWORD = "secret";
    static final String MAIL_ADDRESS = "info@thwien.example";

    @Override
    public Map<String, String> start() {
        Map<String, String> configuration = new HashMap<>(super.start());
        configuration.put("dsr.stores.mail.accounts.info.host", configuration.get(InfraConfiguration.MAIL_HOST));
        configuration.put("dsr.stores.mail.accounts.info.port", configuration.get(InfraConfiguration.MAIL_IMAP_PORT));
        configuration.put("dsr.stores.mail.accounts.info.ssl", "false");
        configuration.put("dsr.stores.mail.accounts.info.login", MAIL_LOGIN);
        configuration.put("dsr.stores.mail.accounts.info.password", MAIL_PASSWORD);
        configuration.put("dsr.stores.mail.accounts.info.address", MAIL_ADDRESS);
        return configuration;
    }
}
