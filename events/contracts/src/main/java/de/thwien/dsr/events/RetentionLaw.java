package de.thwien.dsr.events;

/**
 * A law that demands a statutory retention hold (LEGAL.md §3). Which laws demand the hold of which category is said
 * once, by {@link RetentionCategory#statutoryLaws()}; notices and the access copy word the provisions in their
 * message files.
 */
public enum RetentionLaw {
    /** § 147 AO: binds every controller. */
    TAX_CODE,
    /** § 257 HGB: binds only a merchant (configuration {@code dsr.controller.merchant}). */
    COMMERCIAL_CODE,
    /** § 14b UStG: invoices. */
    VAT_ACT;

    /** Whether the law binds a controller who is ({@code merchant}) or is not a merchant. */
    public boolean binds(boolean merchant) {
        return this != COMMERCIAL_CODE || merchant;
    }
}
