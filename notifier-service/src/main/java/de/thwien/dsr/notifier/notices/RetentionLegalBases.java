package de.thwien.dsr.notifier.notices;

/**
 * The legal basis of a retention hold (LEGAL.md §3), worded for the requester in the notice's language.
 * The erasure-service's deletion concept states the basis once, in its own (English) shorthand, and the
 * events repeat that text; a notice instead names the basis from the retention category the events carry.
 * Only a category not known here is quoted as the event states it, so no hold goes without its basis.
 */
public final class RetentionLegalBases {

    private RetentionLegalBases() {
    }

    /** The basis of the hold of a record of {@code category}; {@code statedBasis} for a category not known here. */
    public static String of(String category, String statedBasis, NoticeLanguage language) {
        return switch (category == null ? "" : category) {
            case "accounting-record" -> language.pick(
                    "Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 1, Abs. 3 AO und § 257 Abs. 1 Nr. 1, Abs. 4 HGB"
                            + " (Bücher, Aufzeichnungen, Inventare, Jahresabschlüsse, Eröffnungsbilanzen, 10 Jahre)",
                    "retention obligation under Section 147(1) No. 1 and (3) of the German Fiscal Code (AO) and"
                            + " Section 257(1) No. 1 and (4) of the German Commercial Code (HGB) (books, records,"
                            + " inventories, annual accounts, opening balances; 10 years)");
            case "accounting-voucher" -> language.pick(
                    "Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO, § 257 Abs. 1 Nr. 4, Abs. 4 HGB und"
                            + " § 14b Abs. 1 UStG (Buchungsbelege einschließlich Rechnungen, 8 Jahre)",
                    "retention obligation under Section 147(1) No. 4 and (3) of the German Fiscal Code (AO),"
                            + " Section 257(1) No. 4 and (4) of the German Commercial Code (HGB) and Section 14b(1)"
                            + " of the German VAT Act (UStG) (accounting vouchers, including invoices; 8 years)");
            case "commercial-letter" -> language.pick(
                    "Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO und § 257 Abs. 1 Nr. 2 und 3,"
                            + " Abs. 4 HGB (Handels- und Geschäftsbriefe, 6 Jahre)",
                    "retention obligation under Section 147(1) Nos. 2 and 3 and (3) of the German Fiscal Code (AO)"
                            + " and Section 257(1) Nos. 2 and 3 and (4) of the German Commercial Code (HGB)"
                            + " (business letters; 6 years)");
            case "tax-document" -> language.pick(
                    "Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 5, Abs. 3 AO (sonstige für die Besteuerung"
                            + " bedeutsame Unterlagen, 6 Jahre)",
                    "retention obligation under Section 147(1) No. 5 and (3) of the German Fiscal Code (AO)"
                            + " (other documents relevant for taxation; 6 years)");
            case "customer-master-data" -> language.pick(
                    "Art. 17 Abs. 3 lit. b, Art. 18 DSGVO: Ihre Stammdaten bleiben eingeschränkt gespeichert, solange"
                            + " andere Unterlagen zu Ihnen einer gesetzlichen Aufbewahrungspflicht unterliegen",
                    "Art. 17(3)(b), Art. 18 GDPR: your master data stays restricted while other records about you"
                            + " are subject to a statutory retention obligation");
            default -> statedBasis;
        };
    }
}
