package de.thwien.dsr.connectors.mail;

import java.time.Duration;
import java.util.List;

/**
 * @param accounts         accounts to crawl
 * @param rules            classification rules
 * @param restrictedFolder folder that restricted messages are moved to (write side); crawled like any other
 * @param timeout          connect and read timeout
 */
public record MailSettings(List<MailAccount> accounts, MailClassificationRules rules, String restrictedFolder,
        Duration timeout) {

    public static final String DEFAULT_RESTRICTED_FOLDER = "DSR-Restricted";

    public MailSettings {
        accounts = List.copyOf(accounts);
        restrictedFolder = restrictedFolder == null ? DEFAULT_RESTRICTED_FOLDER : restrictedFolder;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }
}
