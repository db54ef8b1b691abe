package de.thwien.dsr.intake.pages;

/** Hides most of an e-mail address in lists, so a glance over the screen shows no identities. */
public final class Masking {

    private Masking() {
    }

    /** {@code maria.muster@example.org} becomes {@code m***@e***.org}. */
    public static String maskEmail(String email) {
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
