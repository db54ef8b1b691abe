package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.DisplayNames;
import de.thwien.dsr.notifier.wording.ItemReasons;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
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
                ground(outcome.restrictionGround(), language),
                outcome.restrictionGround() != null && outcome.restrictionGround().endsWithAccuracyCheck(),
                outcome.restricted().stream().map(r -> described(r, language)).toList(),
                kept.stream().map(k -> new KeptItem(
                        RecordDescriptions.of(k.store(), k.reference(), k.retentionCategory(), k.retentionStart(),
                                language),
                        ErasureConfirmations.keptBasis(k, status, language),
                        ItemReasons.kept(k.reasonCode(), k.reason(), language), language.date(k.holdUntil())))
                        .toList(),
                recipients, !kept.isEmpty());
    }

    public static RestrictionLiftNotice liftAnnounced(ErasureEvents.RestrictionLiftAnnounced announced,
            NoticeLanguage language) {
        return new RestrictionLiftNotice(CaseReference.of(announced.caseId()),
                DisplayNames.of(announced.personal() == null ? null : announced.personal().name()),
                ground(announced.ground(), language), liftReason(announced, language),
                announced.records().stream().map(r -> described(r, language)).toList());
    }

    /**
     * Why the restriction ends, as is true for its ground: on 18(1)(a) the accuracy check's result as erasure-service
     * recorded it (never a check that has no result); on (b)-(d) the end its own ground names.
     */
    static String liftReason(ErasureEvents.RestrictionLiftAnnounced announced, NoticeLanguage language) {
        RestrictionGround ground = announced.ground();
        if (ground == null) {
            return language.text("restrictionLiftReason.UNKNOWN");
        }
        if (ground.endsWithAccuracyCheck()) {
            if (announced.accuracyCheck() == null) {
                // erasure-service lifts 18(1)(a) only with a result; an announcement without one claims no check
                return language.text("restrictionLiftReason.UNKNOWN");
            }
            return language.text("restrictionLiftReason." + ground.name() + "." + announced.accuracyCheck().name());
        }
        return language.text("restrictionLiftReason." + ground.name());
    }

    /** The ground in words, with its letter of Art. 18(1); the general words when none was recorded. */
    static String ground(RestrictionGround ground, NoticeLanguage language) {
        return language.text("restrictionGround." + (ground == null ? "UNKNOWN" : ground.name()));
    }

    private static String described(ErasureEvents.RestrictedRecord record, NoticeLanguage language) {
        return RecordDescriptions.of(record.store(), record.reference(), record.retentionCategory(),
                record.retentionStart(), language);
    }
}
