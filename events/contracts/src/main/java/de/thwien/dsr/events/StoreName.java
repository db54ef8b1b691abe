package de.thwien.dsr.events;

import java.util.Locale;

/**
 * What a requester reads for a store in each notice language, as the store's type declares it (the connectors'
 * {@code StoreType}). Events that name records carry it for each of their stores, so that a notice names a store
 * added as a plug-in by its own words: a service that reads the event need not know the store. A notice never shows
 * a store's id: a store with neither a {@link StoreId} nor a name here is "another system".
 */
public record StoreName(String store, String german, String english) {

    /** The name in the notice's language: English where asked for, else German. */
    public String in(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? english : german;
    }
}
