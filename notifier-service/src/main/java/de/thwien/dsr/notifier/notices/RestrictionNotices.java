package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.DisplayNames;
import de.thwien.dsr.notifier.wording.ItemReasons;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
import de.thwien.dsr.notifier.wording.RecordParts;
import de.thwien.dsr.notifier.wording.RetentionLegalBases;
import java.util.List;

/** The data of the restriction answer and of the Art. 18(3) notice before a lift, in the notice's language. */
public final class RestrictionNotices {

    private RestrictionNotices() {
    }

    /** @param recipients the Art. 19 recipients as the case's recorded notifications say */
    public static RestrictionNotice confirmation(ErasureEvents.RecordsErased outcome, RecipientsTold recipients,
            ControllerStatus status, NoticeLanguage language) {
        List<ErasureEvents.PlanItem> kept = outcome.kept() == null ? List.of() : outcome.kept().stream()
                .filter(k -> k.reasonCode() != ErasureEvents.ReasonCode.NOT_THE_REQUESTER).toList();
        return new RestrictionNotice(CaseReference.of(outcome.caseId()),
                DisplayNames.of(outcome.personal() == null ? null : outcome.personal().name()),
                ground(outcome.restrictionGround(), language), duration(outcome.restrictionGround(), language),
                outcome.restricted().stream().map(r -> described(r, language)).toList(),
                kept.stream().map(k -> new KeptItem(
                        RecordDescriptions.of(k.store(), k.reference(), k.retentionCategory(), k.retentionStart(),
                                language),
                        ErasureConfirmations.keptBasis(k, status, language),
                        ItemReasons.kept(k.reasonCode(), k.reason(), language), language.date(k.holdUntil())))
                        .toList(),
                recipients, !kept.isEmpty());
    }

    /**
     * The notice before the lift. On 18(1)(c), ended because she no longer needs the data for legal claims, it names
     * per record what erasure-service's deletion concept said when the lift was announced: erased (no hold keeps it),
     * or kept restricted under its retention duty with law ({@code status}: whether § 257 HGB binds us) and dates.
     */
    public static RestrictionLiftNotice liftAnnounced(ErasureEvents.RestrictionLiftAnnounced announced,
            ControllerStatus status, NoticeLanguage language) {
        String caseReference = CaseReference.of(announced.caseId());
        String name = DisplayNames.of(announced.personal() == null ? null : announced.personal().name());
        List<String> records = announced.records().stream().map(r -> described(r, language)).toList();
        if (!endsInErasure(announced)) {
            // a record whose storage period ended while it was restricted is erased instead of lifted back into use
            return new RestrictionLiftNotice(caseReference, name, ground(announced.ground(), language),
                    liftReason(announced, language), overridingGrounds(announced),
                    announced.records().stream().filter(r -> !erasedInsteadOfLifted(r))
                            .map(r -> described(r, language)).toList(),
                    false, announced.records().stream().filter(RestrictionNotices::erasedInsteadOfLifted)
                            .map(r -> described(r, language)).toList(), List.of(),
                    announced.records().stream().filter(r -> !erasedInsteadOfLifted(r) && !r.parts().isEmpty())
                            .map(r -> new RestrictedItem(describedWhole(r, language), null, null, null, null,
                                    RecordParts.of(r.parts().stream().filter(part -> part.erasableFrom() != null)
                                            .toList(), status, language, language.day(announced.requestedAt()))))
                            .toList());
        }
        List<ErasureEvents.RestrictedRecord> held = announced.records().stream().filter(r -> r.holdUntil() != null)
                .toList();
        return new RestrictionLiftNotice(caseReference, name, ground(announced.ground(), language),
                liftReason(announced, language), null, records, true,
                announced.records().stream().filter(r -> r.holdUntil() == null).map(r -> described(r, language))
                        .toList(),
                held.stream().map(r -> new RestrictedItem(describedWhole(r, language),
                        RetentionLegalBases.of(r.retentionCategory(), r.legalBasis(), status, language),
                        language.date(r.holdUntil()), language.date(r.erasableFrom()),
                        ItemReasons.restrictionExtended(r.reasonCode(), language),
                        // a record in parts: its part whose hold ended goes now, the rest under its own hold
                        RecordParts.of(r.parts(), status, language, language.day(announced.requestedAt()))))
                        .toList(), List.of());
    }

    /**
     * On a lift back into use: erasure-service names a record whose storage period has ended by the reason it is
     * erased for ({@code ERASED_AFTER_HOLD}, {@code NO_HOLD}); the others are restricted at her request until the lift.
     */
    private static boolean erasedInsteadOfLifted(ErasureEvents.RestrictedRecord record) {
        return record.reasonCode() == ErasureEvents.ReasonCode.ERASED_AFTER_HOLD
                || record.reasonCode() == ErasureEvents.ReasonCode.NO_HOLD;
    }

    /**
     * Whether the restriction ends in erasure rather than back into use: on 18(1)(c) she no longer needs the data for
     * legal claims, and we had no longer needed them (that was the ground), so nothing is left to use them for.
     */
    static boolean endsInErasure(ErasureEvents.RestrictionLiftAnnounced announced) {
        return announced.ground() == RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS
                && announced.end() == RestrictionEnd.CLAIMS_NO_LONGER_NEEDED;
    }

    /**
     * Why the restriction ends, as is true for its ground: the reason erasure-service recorded for it (on 18(1)(a)
     * the accuracy check's actual result; on (d) the weighing's); the general words, never a check that did not
     * happen, when it recorded none that ends the ground (an event written before it recorded one).
     */
    static String liftReason(ErasureEvents.RestrictionLiftAnnounced announced, NoticeLanguage language) {
        RestrictionEnd end = announced.end();
        if (announced.ground() == null || end == null || !end.ends(announced.ground())) {
            return language.text("restrictionLiftReason.UNKNOWN");
        }
        return language.text("restrictionLiftReason." + end.name());
    }

    /** On 18(1)(d): our compelling legitimate grounds in the assistant's words; null otherwise. */
    private static String overridingGrounds(ErasureEvents.RestrictionLiftAnnounced announced) {
        if (announced.end() != RestrictionEnd.OVERRIDING_GROUNDS || announced.personal() == null) {
            return null;
        }
        String grounds = announced.personal().overridingGrounds();
        return grounds == null || grounds.isBlank() ? null : grounds.strip();
    }

    /** How long the restriction lasts, as its ground says: until what ends it. */
    static String duration(RestrictionGround ground, NoticeLanguage language) {
        return language.text("restrictionDuration." + (ground == null ? "UNKNOWN" : ground.name()));
    }

    /** The ground in words, with its letter of Art. 18(1); the general words when none was recorded. */
    static String ground(RestrictionGround ground, NoticeLanguage language) {
        return language.text("restrictionGround." + (ground == null ? "UNKNOWN" : ground.name()));
    }

    /** The record in plain words; one in parts without one category, as each part names its own. */
    private static String describedWhole(ErasureEvents.RestrictedRecord record, NoticeLanguage language) {
        return RecordDescriptions.of(record.store(), record.reference(), record.parts() == null
                || record.parts().isEmpty() ? record.retentionCategory() : null, record.retentionStart(), language);
    }

    private static String described(ErasureEvents.RestrictedRecord record, NoticeLanguage language) {
        return RecordDescriptions.of(record.store(), record.reference(), record.retentionCategory(),
                record.retentionStart(), language);
    }
}
