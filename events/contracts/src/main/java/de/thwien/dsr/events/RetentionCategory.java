package de.thwien.dsr.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of record a finding is, which decides how long it must or may be kept: the statutory categories of
 * LEGAL.md §3 (§147 AO, §257 HGB) and the non-statutory ones of the operator's privacy policy and deletion concept.
 * Events carry the id ({@link Finding#retentionCategory()}); code that treats categories differently switches on
 * this type.
 */
public enum RetentionCategory {
    ACCOUNTING_RECORD("accounting-record"),
    ACCOUNTING_VOUCHER("accounting-voucher"),
    COMMERCIAL_LETTER("commercial-letter"),
    TAX_DOCUMENT("tax-document"),
    GENERAL_CORRESPONDENCE("general-correspondence"),
    CUSTOMER_MASTER_DATA("customer-master-data"),
    CONFERENCE_ACCOUNT("conference-account"),
    CONFERENCE_RECORDING("conference-recording"),
    CONFERENCE_LOG("conference-log"),
    VOICEMAIL("voicemail"),
    WEB_SERVER_LOG("web-server-log"),
    BACKUP("backup"),
    DSR_REQUEST_RECORD("dsr-request-record");

    private final String id;

    RetentionCategory(String id) {
        this.id = id;
    }

    /** The id as events, mappings and the deletion concept's configuration write it. */
    public String id() {
        return id;
    }

    /** The category with this id; an id no category has is a broken event, mapping or configuration. */
    public static RetentionCategory of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown retention category '" + id + "'"));
    }

    /** The category with this id, if one has it (events written by a newer or an older service may carry others). */
    public static Optional<RetentionCategory> find(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }


    /** What a requester reads for the category ("Buchungsbeleg (z. B. Rechnung)", "accounting voucher …"). */
    public String displayName(Locale language) {
        return DisplayNames.of(language, "category." + id);
    }
}
