package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.RetentionLaw;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legal basis of a retention hold (LEGAL.md §3), worded for the requester in the notice's language.
 * The erasure-service's deletion concept states the basis once, in its own (English) shorthand, and the
 * events repeat that text; a notice instead names the basis from the retention category the events carry.
 * Only a category not known here is quoted as the event states it, so no hold goes without its basis.
 * § 257 HGB is named only when the controller is a merchant ({@link ControllerStatus}); § 147 AO always.
 * Which laws demand the hold is {@link RetentionCategory#statutoryLaws()} (the access copy cites the same); the
 * provisions and what they cover are worded in the message files ({@code hold.<category>.<law>}).
 */
public final class RetentionLegalBases {

    /** A statutory hold: of which category, and for how many years. */
    private record StatutoryHold(RetentionCategory category, int years) {

        String provisions(ControllerStatus status, NoticeLanguage language) {
            return cited(category.statutoryLaws(status.boundByCommercialCode()).stream()
                    .map(law -> language.text(key(lawKey(law)))).toList(), language);
        }

        String covers(NoticeLanguage language) {
            return language.text(key("covers"));
        }

        private String key(String part) {
            return "hold." + category.name() + "." + part;
        }
    }

    private RetentionLegalBases() {
    }

    /** "a, b und c": the provisions cited, in the notice's language. */
    private static String cited(List<String> cited, NoticeLanguage language) {
        String last = cited.get(cited.size() - 1);
        return cited.size() == 1 ? last : language.text("list.lastTwo", Map.of(
                "first", String.join(", ", cited.subList(0, cited.size() - 1)), "last", last));
    }

    /**
     * The laws master data is kept under: those of every statutory hold ({@link RetentionCategory#statutoryLaws}),
     * as the records it stays for are held under them.
     */
    private static Set<RetentionLaw> masterDataLaws(ControllerStatus status) {
        Set<RetentionLaw> laws = EnumSet.noneOf(RetentionLaw.class);
        for (RetentionCategory category : RetentionCategory.values()) {
            laws.addAll(category.statutoryLaws(status.boundByCommercialCode()));
        }
        return laws;
    }

    /** The law's key in the message files. */
    private static String lawKey(RetentionLaw law) {
        return switch (law) {
            case TAX_CODE -> "taxCode";
            case COMMERCIAL_CODE -> "commercialCode";
            case VAT_ACT -> "vatAct";
        };
    }

    /** The basis of the hold of a record of {@code category}; {@code statedBasis} for a category not known here. */
    public static String of(String category, String statedBasis, ControllerStatus status, NoticeLanguage language) {
        if (RetentionCategory.find(category).filter(RetentionCategory.CUSTOMER_MASTER_DATA::equals).isPresent()) {
            // kept because the held records (vouchers, letters) need it: the laws of those records
            return language.text("hold.masterData", Map.of("laws", cited(masterDataLaws(status).stream()
                    .map(law -> language.text("law." + lawKey(law))).toList(), language)));
        }
        return statutoryHold(category).map(hold -> language.text("hold.basis", Map.of(
                        "provisions", hold.provisions(status, language), "covers", hold.covers(language),
                        "years", String.valueOf(hold.years()))))
                .orElse(statedBasis);
    }

    /**
     * The provisions of the statutory retention obligation for records of {@code category} (what Art. 6(1)(c)
     * GDPR refers to for them), e.g. "§ 147 Abs. 1 Nr. 5, Abs. 3 AO"; empty for a category without one.
     */
    public static Optional<String> provisions(String category, ControllerStatus status, NoticeLanguage language) {
        return statutoryHold(category).map(hold -> hold.provisions(status, language));
    }

    private static Optional<StatutoryHold> statutoryHold(String category) {
        return RetentionCategory.find(category).flatMap(RetentionLegalBases::statutoryHold);
    }

    private static Optional<StatutoryHold> statutoryHold(RetentionCategory category) {
        return Optional.ofNullable(switch (category) {
            // § 147(4) AO: books count from their last entry, inventories and accounts from when drawn up
            case ACCOUNTING_RECORD -> new StatutoryHold(category, 10);
            case ACCOUNTING_VOUCHER -> new StatutoryHold(category, 8);
            case COMMERCIAL_LETTER, TAX_DOCUMENT -> new StatutoryHold(category, 6);
            // no statutory hold
            case GENERAL_CORRESPONDENCE, CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, CONFERENCE_RECORDING, CONFERENCE_LOG,
                    VOICEMAIL, WEB_SERVER_LOG, BACKUP, DSR_REQUEST_RECORD -> null;
            case INVOICE_DRAFT -> null; // never issued: no voucher (LEGAL.md §3)
        });
    }
}
