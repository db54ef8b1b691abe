package de.thwien.dsr.connectors.spi;

/**
 * Retention category ids a finding can carry: the statutory ones of LEGAL.md §3 and the
 * non-statutory ones of the operator's privacy policy.
 */
public final class RetentionCategories {

    public static final String ACCOUNTING_RECORD = "accounting-record";
    public static final String ACCOUNTING_VOUCHER = "accounting-voucher";
    public static final String COMMERCIAL_LETTER = "commercial-letter";
    public static final String TAX_DOCUMENT = "tax-document";
    public static final String GENERAL_CORRESPONDENCE = "general-correspondence";
    public static final String CUSTOMER_MASTER_DATA = "customer-master-data";
    public static final String CONFERENCE_ACCOUNT = "conference-account";
    public static final String CONFERENCE_RECORDING = "conference-recording";
    public static final String VOICEMAIL = "voicemail";

    private RetentionCategories() {
    }
}
