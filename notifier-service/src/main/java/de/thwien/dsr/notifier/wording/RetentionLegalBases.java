package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legal basis of a retention hold (LEGAL.md §3), worded for the requester in the notice's language.
 * The erasure-service's deletion concept states the basis once, in its own (English) shorthand, and the
 * events repeat that text; a notice instead names the basis from the retention category the events carry.
 * Only a category not known here is quoted as the event states it, so no hold goes without its basis.
 * § 257 HGB is named only when the controller is a merchant ({@link ControllerStatus}); § 147 AO always.
 */
public final class RetentionLegalBases {

    /**
     * A statutory hold: the provisions that demand it (tax law, the commercial code for merchants, other law), what
     * they cover and for how many years.
     */
    private record StatutoryHold(Provision taxLaw, Provision commercialCode, Provision otherLaw, String coversDe,
            String coversEn, int years) {

        String provisions(ControllerStatus status, NoticeLanguage language) {
            List<String> cited = new ArrayList<>();
            cited.add(taxLaw.in(language));
            if (commercialCode != null && status.boundByCommercialCode()) {
                cited.add(commercialCode.in(language));
            }
            if (otherLaw != null) {
                cited.add(otherLaw.in(language));
            }
            String last = cited.remove(cited.size() - 1);
            return cited.isEmpty() ? last
                    : String.join(", ", cited) + language.pick(" und ", " and ") + last;
        }
    }

    /** One cited provision in both notice languages. */
    private record Provision(String de, String en) {

        String in(NoticeLanguage language) {
            return language.pick(de, en);
        }
    }

    private RetentionLegalBases() {
    }

    /** The basis of the hold of a record of {@code category}; {@code statedBasis} for a category not known here. */
    public static String of(String category, String statedBasis, ControllerStatus status, NoticeLanguage language) {
        if (RetentionCategory.find(category).filter(RetentionCategory.CUSTOMER_MASTER_DATA::equals).isPresent()) {
            return language.pick(
                    "Art. 17 Abs. 3 lit. b, Art. 18 DSGVO: Ihre Stammdaten bleiben eingeschränkt gespeichert, solange"
                            + " andere Unterlagen zu Ihnen einer gesetzlichen Aufbewahrungspflicht unterliegen",
                    "Art. 17(3)(b), Art. 18 GDPR: your master data stays restricted while other records about you"
                            + " are subject to a statutory retention obligation");
        }
        return statutoryHold(category).map(hold -> language.pick(
                        "Aufbewahrungspflicht nach " + hold.provisions(status, language) + " (" + hold.coversDe()
                                + ", " + hold.years() + " Jahre)",
                        "retention obligation under " + hold.provisions(status, language) + " (" + hold.coversEn()
                                + "; " + hold.years() + " years)"))
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
            case ACCOUNTING_RECORD -> new StatutoryHold(
                    new Provision("§ 147 Abs. 1 Nr. 1, Abs. 3 AO",
                            "Section 147(1) No. 1 and (3) of the German Fiscal Code (AO)"),
                    new Provision("§ 257 Abs. 1 Nr. 1, Abs. 4 HGB",
                            "Section 257(1) No. 1 and (4) of the German Commercial Code (HGB)"), null,
                    // § 147(4) AO: books count from their last entry, inventories and accounts from when drawn up
                    "Bücher, Aufzeichnungen, Inventare, Jahresabschlüsse, Eröffnungsbilanzen; die Frist beginnt mit"
                            + " dem Ende des Jahres der letzten Eintragung bzw. der Aufstellung",
                    "books, records, inventories, annual accounts, opening balances; the period starts at the end"
                            + " of the year of the last entry or of the year they were drawn up", 10);
            case ACCOUNTING_VOUCHER -> new StatutoryHold(
                    new Provision("§ 147 Abs. 1 Nr. 4, Abs. 3 AO",
                            "Section 147(1) No. 4 and (3) of the German Fiscal Code (AO)"),
                    new Provision("§ 257 Abs. 1 Nr. 4, Abs. 4 HGB",
                            "Section 257(1) No. 4 and (4) of the German Commercial Code (HGB)"),
                    new Provision("§ 14b Abs. 1 UStG", "Section 14b(1) of the German VAT Act (UStG)"),
                    "Buchungsbelege einschließlich Rechnungen", "accounting vouchers, including invoices", 8);
            case COMMERCIAL_LETTER -> new StatutoryHold(
                    new Provision("§ 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO",
                            "Section 147(1) Nos. 2 and 3 and (3) of the German Fiscal Code (AO)"),
                    new Provision("§ 257 Abs. 1 Nr. 2 und 3, Abs. 4 HGB",
                            "Section 257(1) Nos. 2 and 3 and (4) of the German Commercial Code (HGB)"), null,
                    "Handels- und Geschäftsbriefe", "business letters", 6);
            case TAX_DOCUMENT -> new StatutoryHold(
                    new Provision("§ 147 Abs. 1 Nr. 5, Abs. 3 AO",
                            "Section 147(1) No. 5 and (3) of the German Fiscal Code (AO)"), null, null,
                    "sonstige für die Besteuerung bedeutsame Unterlagen", "other documents relevant for taxation", 6);
            // no statutory hold
            case GENERAL_CORRESPONDENCE, CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, CONFERENCE_RECORDING, CONFERENCE_LOG,
                    VOICEMAIL, WEB_SERVER_LOG, BACKUP, DSR_REQUEST_RECORD -> null;
        });
    }
}
