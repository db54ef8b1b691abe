package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.ErasureEvents.ReasonCode;

/**
 * Why a record was kept as it is, or restricted longer than its regular period, in the notice's language.
 * The {@code dsr.erasure} events carry the reason as a {@link ReasonCode} next to the erasure-service's English
 * words for the assistant; the notice words the code itself and quotes the English only for an event written
 * before the code existed (no code).
 */
public final class ItemReasons {

    private ItemReasons() {
    }

    /** Why a record is kept; {@code statedReason} when the event carries no code. */
    public static String kept(ReasonCode code, String statedReason, NoticeLanguage language) {
        if (code == null) {
            return statedReason;
        }
        return switch (code) {
            case WEAK_MATCH_AWAITING_REVIEW -> language.pick(
                    "Die Daten passen nur dem Namen nach zu Ihnen; wir prüfen noch, ob sie Sie betreffen, und"
                            + " verändern sie bis dahin nicht",
                    "the data matches you by name only; we are still checking whether it concerns you and leave it"
                            + " unchanged until then");
            case STORE_UNAVAILABLE -> language.pick(
                    "Dieses System war bei der Suche nicht erreichbar; wir durchsuchen es, sobald es wieder"
                            + " erreichbar ist, und verfahren dann mit Ihren Daten dort ebenso",
                    "this system could not be searched because it was unavailable; we will search it as soon as it"
                            + " is available again and then deal with your data there in the same way");
            case STORE_SEARCHED_AGAIN -> language.pick(
                    "Dieses System haben wir inzwischen erneut durchsucht; Ihre Daten dort sind in dieser Nachricht"
                            + " einzeln aufgeführt",
                    "we have since searched this system again; your data there is listed item by item in this"
                            + " message");
            case UNKNOWN_CATEGORY -> language.pick(
                    "Wir klären noch, welche Aufbewahrungsregel für diese Daten gilt, und verändern sie bis dahin"
                            + " nicht",
                    "we are still determining which retention rule applies to this data and leave it unchanged"
                            + " until then");
            case NOT_PROCESSED_ON_CONSENT -> language.pick(
                    "Wir verarbeiten diese Daten nicht aufgrund Ihrer Einwilligung, sondern auf einer anderen"
                            + " Rechtsgrundlage; Ihr Widerruf beendet diese Verarbeitung daher nicht (Art. 7 Abs. 3,"
                            + " Art. 17 Abs. 1 lit. b DSGVO)",
                    "we do not process this data on the basis of your consent but on another legal basis, so your"
                            + " withdrawal does not end this processing (Art. 7(3), Art. 17(1)(b) GDPR)");
            case DECLINED -> language.pick(
                    "Nach Prüfung im Einzelfall kommen wir Ihrer Anfrage für diese Daten nicht nach, aus diesen"
                            + " Gründen: " + statedReason,
                    "after an individual review we are not acting on your request for this data, for these"
                            + " reasons: " + statedReason);
            case LEGAL_CLAIMS -> language.pick(
                    "Wir benötigen diese Daten zur Geltendmachung, Ausübung oder Verteidigung von"
                            + " Rechtsansprüchen (Art. 17 Abs. 3 lit. e DSGVO): " + statedReason,
                    "we need this data to establish, exercise or defend legal claims (Art. 17(3)(e) GDPR): "
                            + statedReason);
            case NOT_THE_REQUESTER -> language.pick("Die Daten betreffen nach unserer Prüfung nicht Sie",
                    "after our review, the data does not concern you");
            case APPROVED -> language.pick("nach Prüfung im Einzelfall", "after an individual review");
            case PINNED_HOLD -> pinnedHold(language);
            case RETENTION_HOLD -> language.pick(
                    "gesetzliche Aufbewahrungspflicht: Die Daten werden nur noch gespeichert und für nichts anderes"
                            + " verwendet (Art. 17 Abs. 3 lit. b, Art. 18 DSGVO)",
                    "statutory retention obligation: the data is only stored and used for nothing else"
                            + " (Art. 17(3)(b), Art. 18 GDPR)");
            case MASTER_DATA_WHILE_HELD -> language.pick(
                    "Ihre Stammdaten bleiben eingeschränkt gespeichert, solange andere Unterlagen zu Ihnen"
                            + " aufbewahrt werden müssen (Art. 17 Abs. 3 lit. b, Art. 18 DSGVO)",
                    "your master data stays restricted while other records about you must be kept"
                            + " (Art. 17(3)(b), Art. 18 GDPR)");
            case NO_HOLD -> language.pick("keine Aufbewahrungspflicht", "no retention obligation");
            case ERASED_AFTER_HOLD -> language.pick("nach Ablauf der Aufbewahrungspflicht gelöscht",
                    "erased after the retention obligation ended");
        };
    }

    /** True when the code says the assistant declined to act on the requester's record (Art. 12(4) GDPR). */
    public static boolean refused(ReasonCode code) {
        return code == ReasonCode.DECLINED || code == ReasonCode.LEGAL_CLAIMS;
    }

    /** Why a restricted record is kept beyond its regular period; null when it is not. */
    public static String restrictionExtended(ReasonCode code, NoticeLanguage language) {
        if (code != ReasonCode.PINNED_HOLD) {
            return null;
        }
        String sentence = pinnedHold(language);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    private static String pinnedHold(NoticeLanguage language) {
        return language.pick(
                "Die Aufbewahrungsfrist verlängert sich über das reguläre Ende hinaus, weil die Unterlagen noch für"
                        + " Steuern von Bedeutung sind, deren Festsetzungsfrist nicht abgelaufen ist (§ 147 Abs. 3"
                        + " AO)",
                "the retention period runs beyond its regular end because the records still matter for taxes whose"
                        + " assessment period has not yet expired (Section 147(3) of the German Fiscal Code (AO))");
    }
}
