package de.thwien.dsr.events;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The display names of the contracts' ids, one message file per language (German unless English is asked for). */
final class DisplayNames {

    private static final String BUNDLE = "de.thwien.dsr.events.DisplayNames";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DisplayNames() {
    }

    static String of(Locale language, String key) {
        Locale bundleLocale = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        try {
            return ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("no display name " + key + " in " + bundleLocale, missing);
        }
    }
}
