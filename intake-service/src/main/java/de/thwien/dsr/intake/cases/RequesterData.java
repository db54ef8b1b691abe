package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.Person;

/**
 * The requester's personal data of a case as opened from its sealed columns: readable, erased (the case's key
 * was shredded at the end of its retention) or unreadable (the sealed value was changed or has no key).
 */
public record RequesterData(Readability readability, String email, String name, String message) {

    public enum Readability {
        READABLE, ERASED, UNREADABLE;

        public boolean isReadable() {
            return this == READABLE;
        }

        public boolean isErased() {
            return this == ERASED;
        }

        public boolean isUnreadable() {
            return this == UNREADABLE;
        }
    }

    static RequesterData readable(String email, String name, String message) {
        return new RequesterData(Readability.READABLE, email, name, message);
    }

    static RequesterData erased() {
        return new RequesterData(Readability.ERASED, null, null, null);
    }

    static RequesterData unreadable() {
        return new RequesterData(Readability.UNREADABLE, null, null, null);
    }

    /**
     * The person for an event. An erased case's events carry no personal data anyway (the outbox seals nothing
     * under a shredded key); an unreadable one must not send an event with made-up data.
     */
    public Person person() {
        if (readability == Readability.UNREADABLE) {
            throw new IllegalStateException("the requester's data of this case cannot be opened");
        }
        return new Person(email, name);
    }
}
