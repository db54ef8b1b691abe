package de.thwien.dsr.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The stores personal data is found in. Events carry the id ({@link Finding#store()}); code that treats stores
 * differently switches on this type, so a store the code forgets is a compile error, not a silent default.
 */
public enum StoreId {
    /** The mail server's mailboxes (IMAP). */
    MAIL("mail"),
    /** The CRM/ERP with customers and invoices. */
    CRM("crm"),
    /** The conference server: Greenlight accounts and BigBlueButton recordings. */
    CONFERENCE("conference");

    private final String id;

    StoreId(String id) {
        this.id = id;
    }

    /** The id as events, mappings and tables write it. */
    public String id() {
        return id;
    }

    /** The store with this id; an id no store has is a broken event or mapping. */
    public static StoreId of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown store id '" + id + "'"));
    }

    /** The store with this id, if one has it (events written by a newer or an older service may carry others). */
    public static Optional<StoreId> find(String id) {
        return Arrays.stream(values()).filter(store -> store.id.equals(id)).findFirst();
    }


    /** What a requester reads for the store ("E-Mail-Postfach", "mailbox"). */
    public String displayName(Locale language) {
        return DisplayNames.of(language, "store." + id);
    }
}
