package de.thwien.dsr.notifier.notices;

/** How a requester's name appears in a greeting. */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** Null for a missing or blank name (the template then greets without it), else the name on one line. */
    public static String of(String name) {
        // a name is shown on one line; line breaks in it carry no meaning, only risk
        return name == null || name.isBlank() ? null : name.replaceAll("\\s+", " ").strip();
    }
}
