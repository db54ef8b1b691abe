package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;

/** One mail account could not be asked; it is named by its configured key ({@code info}), never by its address. */
public final class AccountUnavailableException extends StoreUnavailableException {

    private final String account;

    AccountUnavailableException(String account, String reason, Throwable cause) {
        super(ImapMailReader.STORE, "account " + account + ": " + reason, cause);
        this.account = account;
    }

    /** The account's key in {@code dsr.stores.mail.accounts.<key>}. */
    public String account() {
        return account;
    }
}
