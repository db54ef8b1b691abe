package de.thwien.dsr.notifier.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a recipient is told of an erasure, rectification or restriction (Art. 19 GDPR). */
public enum NotificationChannel {
    /** An instruction mailed to its privacy contact (Art. 28(3)(g) GDPR for a processor). */
    MAIL,
    /** It hosts our own servers: the erasure on our systems covers it; no message. */
    HOSTING,
    /** The assistant tells it herself (letter, phone, portal) and confirms that on the dashboard. */
    MANUAL;

    /** The channel as configuration writes it ({@code mail}, {@code hosting}, {@code manual}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<NotificationChannel> find(String id) {
        return Arrays.stream(values()).filter(channel -> channel.id().equals(id)).findFirst();
    }
}
