package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;
import java.util.Optional;

/**
 * The legal basis of a retention hold (LEGAL.md §3), worded for the requester in the notice's language.
 * The erasure-service's deletion concept states the basis once, in its own (English) shorthand, and the
 * events repeat that text; a notice instead names the basis from the retention category the events carry.
 * Only a category not known here is quoted as the event states it, so no hold goes without its basis.
 */
public final class RetentionLegalBases {

    /** A statutory hold: the provisions that demand it, what they cover and for how many years. */
    private record StatutoryHold(String provisionsDe, String provisionsEn, String coversDe, String coversEn,
            int years) {
    }

    private RetentionLegalBases() {
    }

    /** The basis of the hold of a record of {@code category}; {@code statedBasis} for a category not known here. */
    public static String of(String category, String statedBasis, NoticeLanguage language) {
        if (RetentionCategory.find(category).filter(RetentionCategory.CUSTOMER_MASTER_DATA::equals).isPresent()) {
            return language.pick(
                    "Art. 17 Abs. 3 lit. b, Art. 18 DSGVO: Ihre Stammdaten bleiben eingeschränkt gespeichert, solange"
                            + " andere Unterlagen zu Ihnen einer gesetzlichen Aufbewahrungspflicht unterliegen",
                    "Art. 17(3)(b), Art. 18 GDPR: your master data stays restricted while other records about you"
                            + " are subject to a statutory retention obligation");
        }
        return statutoryHold(category).map(hold -> language.pick(
                        "Aufbewahrungspflicht nach " + hold.provisionsDe() + " (" + hold.coversDe() + ", "
                                + hold.years() + " Jahre)",
                        "retention obligation under " + hold.provisionsEn() + " (" + hold.coversEn() + "; "
                                + hold.years() + " years)"))
                .orElse(statedBasis);
    }

    /**
     * The provisions of the statutory retention obligation for records of {@code category} (what Art. 6(1)(c)
     * GDPR refers to for them), e.g. "§ 147 Abs. 1 Nr. 5, Abs. 3 AO"; empty for a category without one.
     */
    public static Optional<String> provisions(String category, NoticeLanguage language) {
        return statutoryHold(category).map(hold -> language.pick(hold.provisionsDe(), hold.provisionsEn()));
    }

    private static Optional<StatutoryHold> statutoryHold(String category) {
        return RetentionCategory.find(category).flatMap(RetentionLegalBases::statutoryHold);
    }

    private static Optional<StatutoryHold> statutoryHold(RetentionCategory category) {
        return Optional.ofNullable(switch (category) {
            case ACCOUNTING_RECORD -> new StatutoryHold(
                    "§ 147 Abs. 1 Nr. 1, Abs. 3 AO und § 257 Abs. 1 Nr. 1, Abs. 4 HGB",
                    "Section 147(1) No. 1 and (3) of the German Fiscal Code (AO) and Section 257(1) No. 1 and (4)"
                            + " of the German Commercial Code (HGB)",
                    "Bücher, Aufzeichnungen, Inventare, Jahresabschlüsse, Eröffnungsbilanzen",
                    "books, records, inventories, annual accounts, opening balances", 10);
            case ACCOUNTING_VOUCHER -> new StatutoryHold(
                    "§ 147 Abs. 1 Nr. 4, Abs. 3 AO, § 257 Abs. 1 Nr. 4, Abs. 4 HGB und § 14b Abs. 1 UStG",
                    "Section 147(1) No. 4 and (3) of the German Fiscal Code (AO), Section 257(1) No. 4 and (4) of"
                            + " the German Commercial Code (HGB) and Section 14b(1) of the German VAT Act (UStG)",
                    "Buchungsbelege einschließlich Rechnungen", "accounting vouchers, including invoices", 8);
            case COMMERCIAL_LETTER -> new StatutoryHold(
                    "§ 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO und § 257 Abs. 1 Nr. 2 und 3, Abs. 4 HGB",
                    "Section 147(1) Nos. 2 and 3 and (3) of the German Fiscal Code (AO) and Section 257(1) Nos. 2"
                            + " and 3 and (4) of the German Commercial Code (HGB)",
                    "Handels- und Geschäftsbriefe", "business letters", 6);
            case TAX_DOCUMENT -> new StatutoryHold(
                    "§ 147 Abs. 1 Nr. 5, Abs. 3 AO",
                    "Section 147(1) No. 5 and (3) of the German Fiscal Code (AO)",
                    "sonstige für die Besteuerung bedeutsame Unterlagen", "other documents relevant for taxation", 6);
            // no statutory hold
            case GENERAL_CORRESPONDENCE, CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, CONFERENCE_RECORDING, CONFERENCE_LOG,
                    VOICEMAIL, WEB_SERVER_LOG, BACKUP, DSR_REQUEST_RECORD -> null;
        });
    }
}
