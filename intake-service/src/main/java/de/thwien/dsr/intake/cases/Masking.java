package de.thwien.dsr.intake.cases;

import de.thwien.dsr.platform.text.InvisibleCharacters;

/** Hides most of an e-mail address in lists, so a glance over the screen shows no identities. */
public final class Masking {

    private Masking() {
    }

    /** {@code maria.muster@example.org} becomes {@code m***@e***.org}; an invisible first character shows as such. */
    public static String maskEmail(String email) {
        return InvisibleCharacters.shown(masked(email));
    }

    private static String masked(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return email.charAt(0) + "***";
        }
        String domain = email.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String maskedDomain = dot <= 0 ? "***" : domain.charAt(0) + "***" + domain.substring(dot);
        return email.charAt(0) + "***@" + maskedDomain;
    }
}
