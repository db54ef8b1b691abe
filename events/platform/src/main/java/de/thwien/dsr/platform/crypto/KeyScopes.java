package de.thwien.dsr.platform.crypto;

import de.thwien.dsr.events.EventTypes;

/**
 * Which data key protects the personal data of an event. Case events use the key of their case, so
 * shredding that one key at the end of the case record's retention makes every copy of the case's
 * personal data unreadable. {@code contact.first-seen} belongs to no case: its subject is a contact id
 * that the crawl mints once per address, so its key is per contact (one person, one key): shredding
 * it never touches anybody else's data, and no other event shares it.
 */
public final class KeyScopes {

    private static final String CASE = "case:";
    private static final String CONTACT = "contact:";

    private KeyScopes() {
    }

    /** The scope of an event, from its CloudEvents type and subject. */
    public static String of(String eventType, String subject) {
        return EventTypes.CONTACT_FIRST_SEEN.equals(eventType) ? ofContact(subject) : ofCase(subject);
    }

    public static String ofCase(String caseId) {
        return CASE + caseId;
    }

    public static String ofContact(String contactId) {
        return CONTACT + contactId;
    }
}
