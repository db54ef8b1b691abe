package de.thwien.dsr.connectors.mail;

import java.util.Objects;

/**
 * One IMAP account to crawl.
 *
 * @param name     short, non-personal name used in references ({@code info}, {@code sales})
 * @param host     IMAP host
 * @param port     IMAP port
 * @param ssl      IMAPS instead of plain IMAP (plain only for tests and the local stack)
 * @param login    the account's login, or a Dovecot master login {@code user*master} with the
 *                 master user's password, so that no per-user password has to be stored
 * @param password password of {@code login}
 * @param address  the account's own address: mail from it is outbound, not a first contact
 */
public record MailAccount(String name, String host, int port, boolean ssl, String login, String password,
        String address) {

    public MailAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(login, "login");
        if (name.contains("/") || name.isBlank()) {
            throw new IllegalArgumentException("account names are short words without '/'");
        }
    }

    @Override
    public String toString() {
        return "MailAccount[" + name + " at " + host + ":" + port + "]";
    }
}
