package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RetentionCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Why a record was kept as it is, or restricted longer than its regular period, in the notice's language
 * ({@code reason.<code>} in the message files).
 * The {@code dsr.erasure} events carry the reason as a {@link ReasonCode} next to the erasure-service's English
 * words for the assistant; the notice words the code itself and quotes the English only for an event written
 * before the code existed (no code).
 */
public final class ItemReasons {

    /** The calendar the privacy policy's periods are counted on. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private ItemReasons() {
    }

    /** Why a record is kept; {@code statedReason} when the event carries no code. */
    public static String kept(ReasonCode code, String statedReason, NoticeLanguage language) {
        if (code == null) {
            return statedReason;
        }
        return switch (code) {
            case DECLINED, LEGAL_CLAIMS, RELATIONSHIP_CONTINUES -> language.text("reason." + code.name(),
                    Map.of("reasons", Objects.toString(statedReason, "")));
            default -> language.text("reason." + code.name());
        };
    }

    /**
     * Why a record processed on another basis than consent was erased on a withdrawal: its storage period had ended
     * ({@code erased.storagePeriodEnded}), or it never had one, as no law required us to keep it, e.g. an invoice
     * draft never issued or a voicemail ({@code erased.noRetentionDuty}). A category unknown here is said to have had
     * a period, as the erasure-service counted one for it.
     */
    public static String noPurposeLeft(String category, NoticeLanguage language) {
        return noPurposeLeft(category, null, null, language);
    }

    /**
     * As {@link #noPurposeLeft(String, NoticeLanguage)}, for a record erased at {@code erasedAt} dated {@code
     * retentionStart}: one the privacy policy keeps at most a while (a recording: 14 days) whose time had not run out
     * (a two-day-old recording at the end of a restriction) had no period that ended: it had no retention duty.
     */
    public static String noPurposeLeft(String category, LocalDate retentionStart, Instant erasedAt,
            NoticeLanguage language) {
        boolean hadPeriod = RetentionCategory.find(category)
                .map(known -> known.heldByLaw() || known.maximumStorage()
                        .filter(period -> retentionStart == null || erasedAt == null
                                || !retentionStart.plus(period).isAfter(LocalDate.ofInstant(erasedAt, BERLIN)))
                        .isPresent())
                .orElse(true);
        return language.text(hadPeriod ? "erased.storagePeriodEnded" : "erased.noRetentionDuty");
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
        // the reason, worded to follow a record in a list, stands as a sentence of its own here
        String sentence = kept(code, null, language);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }
}
