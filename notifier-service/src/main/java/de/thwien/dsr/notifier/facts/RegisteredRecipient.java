package de.thwien.dsr.notifier.facts;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import java.util.Set;

/**
 * A recipient of the register (Art. 19 GDPR): the stores and retention categories whose data it receives or hosts,
 * and how it is told. {@code privacyContact} is set for {@link NotificationChannel#MAIL} only.
 */
public record RegisteredRecipient(String name, String address, NotificationChannel channel, Set<StoreId> stores,
        Set<RetentionCategory> categories, String privacyContact) {

    /** Whether a record of this store and category (either may be unknown: null) is data this recipient holds. */
    public boolean concerns(StoreId store, RetentionCategory category) {
        return store != null && stores.contains(store) || category != null && categories.contains(category);
    }
}
