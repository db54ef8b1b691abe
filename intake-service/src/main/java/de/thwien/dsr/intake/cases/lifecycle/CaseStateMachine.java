package de.thwien.dsr.intake.cases.lifecycle;

import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.AWAITING_APPROVAL;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.AWAITING_VERIFICATION;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.CLOSED;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.IN_PROGRESS;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.RECEIVED;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.REJECTED;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.RESPONDED;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.VERIFICATION_EXPIRED;
import static de.thwien.dsr.intake.cases.lifecycle.CaseStatus.VERIFIED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case workflow as a transition table: for each status, which triggers are allowed and where
 * they lead. Anything not in the table is forbidden. Pure Java so it is tested without Quarkus.
 */
public final class CaseStateMachine {

    private static final Set<CaseStatus> OPEN_BEFORE_ANSWER = EnumSet.of(RECEIVED, AWAITING_VERIFICATION, VERIFIED,
            IN_PROGRESS, AWAITING_APPROVAL, VERIFICATION_EXPIRED);
    private static final Set<CaseStatus> BEING_WORKED_ON = EnumSet.of(VERIFIED, IN_PROGRESS, AWAITING_APPROVAL);

    private static final Map<CaseStatus, Map<CaseTrigger, CaseStatus>> TABLE = new EnumMap<>(CaseStatus.class);

    static {
        allow(RECEIVED, CaseTrigger.VERIFICATION_REQUESTED, AWAITING_VERIFICATION);
        allow(AWAITING_VERIFICATION, CaseTrigger.VERIFIED_BY_LINK, VERIFIED);
        allow(AWAITING_VERIFICATION, CaseTrigger.VERIFICATION_EXPIRED, VERIFICATION_EXPIRED);
        for (CaseStatus from : EnumSet.of(RECEIVED, AWAITING_VERIFICATION, VERIFICATION_EXPIRED)) {
            allow(from, CaseTrigger.VERIFIED_MANUALLY, VERIFIED);
        }
        // a new link for a requester who asked for one or never got the first; the case waits for it again
        for (CaseStatus from : EnumSet.of(AWAITING_VERIFICATION, VERIFICATION_EXPIRED)) {
            allow(from, CaseTrigger.VERIFICATION_LINK_RENEWED, AWAITING_VERIFICATION);
        }
        allow(VERIFIED, CaseTrigger.SUBJECT_LOCATED, IN_PROGRESS);
        // an access package is built from the located subject; if subject.located is still in flight, it starts the work
        allow(VERIFIED, CaseTrigger.ACCESS_PACKAGE_READY, IN_PROGRESS);
        allow(IN_PROGRESS, CaseTrigger.ACCESS_PACKAGE_READY, IN_PROGRESS);
        // the Art. 20 export likewise
        allow(VERIFIED, CaseTrigger.PORTABILITY_PACKAGE_READY, IN_PROGRESS);
        allow(IN_PROGRESS, CaseTrigger.PORTABILITY_PACKAGE_READY, IN_PROGRESS);
        allow(IN_PROGRESS, CaseTrigger.ERASURE_PLANNED, IN_PROGRESS);
        allow(IN_PROGRESS, CaseTrigger.ERASURE_PLANNED_FOR_APPROVAL, AWAITING_APPROVAL);
        // executing restrictions or erasures means the plan was approved
        for (CaseStatus from : EnumSet.of(IN_PROGRESS, AWAITING_APPROVAL)) {
            allow(from, CaseTrigger.RECORDS_RESTRICTED, IN_PROGRESS);
            allow(from, CaseTrigger.RECORDS_ERASED, IN_PROGRESS);
        }
        for (CaseStatus from : BEING_WORKED_ON) {
            allow(from, CaseTrigger.ANSWER_SENT, RESPONDED);
        }
        for (CaseStatus from : OPEN_BEFORE_ANSWER) {
            allow(from, CaseTrigger.DEADLINE_EXTENDED, from);
            allow(from, CaseTrigger.REJECTED, REJECTED);
        }
        for (CaseStatus from : CaseStatus.values()) {
            // notes and notices are recorded whatever the status: they never move the case
            allow(from, CaseTrigger.NOTE_ADDED, from);
            allow(from, CaseTrigger.NOTICE_SENT, from);
            allow(from, CaseTrigger.NOTICE_FAILED, from);
            allow(from, CaseTrigger.DELIVERY_REPORTED, from);
            allow(from, CaseTrigger.OTHER_CHANNEL_RECORDED, from);
        }
        for (CaseStatus from : EnumSet.of(RESPONDED, REJECTED, VERIFICATION_EXPIRED)) {
            allow(from, CaseTrigger.CLOSED, CLOSED);
        }
    }

    private CaseStateMachine() {
    }

    /** The status after {@code trigger}, or empty if the trigger is not allowed in {@code from}. */
    public static Optional<CaseStatus> next(CaseStatus from, CaseTrigger trigger) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(trigger));
    }

    public static boolean allows(CaseStatus from, CaseTrigger trigger) {
        return next(from, trigger).isPresent();
    }

    private static void allow(CaseStatus from, CaseTrigger trigger, CaseStatus to) {
        TABLE.computeIfAbsent(from, status -> new EnumMap<>(CaseTrigger.class)).put(trigger, to);
    }
}
