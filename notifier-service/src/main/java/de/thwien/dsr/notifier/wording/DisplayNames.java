package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.platform.text.InvisibleCharacters;

/** How a requester's name appears in a greeting. */
public final class DisplayNames {

    private DisplayNames() {
    }

    /**
     * Null for a missing or blank name (the template then greets without it), else the name on one line without
     * invisible characters (a bidi override would turn the rest of the line around).
     */
    public static String of(String name) {
        String visible = InvisibleCharacters.stripped(name);
        // a name is shown on one line; line breaks in it carry no meaning, only risk
        return visible == null || visible.isBlank() ? null : visible.replaceAll("\\s+", " ").strip();
    }
}
