package de.thwien.dsr.intake.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStateMachineTest {

    /** Every allowed transition, written out one by one: "from trigger to". Everything else is forbidden. */
    private static final String ALLOWED = """
            RECEIVED VERIFICATION_REQUESTED AWAITING_VERIFICATION
            RECEIVED VERIFIED_MANUALLY VERIFIED
            RECEIVED DEADLINE_EXTENDED RECEIVED
            RECEIVED REJECTED REJECTED
            RECEIVED NOTE_ADDED RECEIVED
            RECEIVED NOTICE_SENT RECEIVED
            RECEIVED NOTICE_FAILED RECEIVED
            RECEIVED DELIVERY_REPORTED RECEIVED
            RECEIVED OTHER_CHANNEL_RECORDED RECEIVED
            AWAITING_VERIFICATION VERIFIED_BY_LINK VERIFIED
            AWAITING_VERIFICATION VERIFIED_MANUALLY VERIFIED
            AWAITING_VERIFICATION VERIFICATION_EXPIRED VERIFICATION_EXPIRED
            AWAITING_VERIFICATION VERIFICATION_LINK_RENEWED AWAITING_VERIFICATION
            AWAITING_VERIFICATION DEADLINE_EXTENDED AWAITING_VERIFICATION
            AWAITING_VERIFICATION REJECTED REJECTED
            AWAITING_VERIFICATION NOTE_ADDED AWAITING_VERIFICATION
            AWAITING_VERIFICATION NOTICE_SENT AWAITING_VERIFICATION
            AWAITING_VERIFICATION NOTICE_FAILED AWAITING_VERIFICATION
            AWAITING_VERIFICATION DELIVERY_REPORTED AWAITING_VERIFICATION
            AWAITING_VERIFICATION OTHER_CHANNEL_RECORDED AWAITING_VERIFICATION
            VERIFICATION_EXPIRED VERIFIED_MANUALLY VERIFIED
            VERIFICATION_EXPIRED VERIFICATION_LINK_RENEWED AWAITING_VERIFICATION
            VERIFICATION_EXPIRED DEADLINE_EXTENDED VERIFICATION_EXPIRED
            VERIFICATION_EXPIRED REJECTED REJECTED
            VERIFICATION_EXPIRED CLOSED CLOSED
            VERIFICATION_EXPIRED NOTE_ADDED VERIFICATION_EXPIRED
            VERIFICATION_EXPIRED NOTICE_SENT VERIFICATION_EXPIRED
            VERIFICATION_EXPIRED NOTICE_FAILED VERIFICATION_EXPIRED
            VERIFICATION_EXPIRED DELIVERY_REPORTED VERIFICATION_EXPIRED
            VERIFICATION_EXPIRED OTHER_CHANNEL_RECORDED VERIFICATION_EXPIRED
            VERIFIED SUBJECT_LOCATED IN_PROGRESS
            VERIFIED ACCESS_PACKAGE_READY IN_PROGRESS
            VERIFIED PORTABILITY_PACKAGE_READY IN_PROGRESS
            VERIFIED ANSWER_SENT RESPONDED
            VERIFIED DEADLINE_EXTENDED VERIFIED
            VERIFIED REJECTED REJECTED
            VERIFIED NOTE_ADDED VERIFIED
            VERIFIED NOTICE_SENT VERIFIED
            VERIFIED NOTICE_FAILED VERIFIED
            VERIFIED DELIVERY_REPORTED VERIFIED
            VERIFIED OTHER_CHANNEL_RECORDED VERIFIED
            IN_PROGRESS ACCESS_PACKAGE_READY IN_PROGRESS
            IN_PROGRESS PORTABILITY_PACKAGE_READY IN_PROGRESS
            IN_PROGRESS ERASURE_PLANNED IN_PROGRESS
            IN_PROGRESS ERASURE_PLANNED_FOR_APPROVAL AWAITING_APPROVAL
            IN_PROGRESS RECORDS_RESTRICTED IN_PROGRESS
            IN_PROGRESS RECORDS_ERASED IN_PROGRESS
            IN_PROGRESS ANSWER_SENT RESPONDED
            IN_PROGRESS DEADLINE_EXTENDED IN_PROGRESS
            IN_PROGRESS REJECTED REJECTED
            IN_PROGRESS NOTE_ADDED IN_PROGRESS
            IN_PROGRESS NOTICE_SENT IN_PROGRESS
            IN_PROGRESS NOTICE_FAILED IN_PROGRESS
            IN_PROGRESS DELIVERY_REPORTED IN_PROGRESS
            IN_PROGRESS OTHER_CHANNEL_RECORDED IN_PROGRESS
            AWAITING_APPROVAL RECORDS_RESTRICTED IN_PROGRESS
            AWAITING_APPROVAL RECORDS_ERASED IN_PROGRESS
            AWAITING_APPROVAL ANSWER_SENT RESPONDED
            AWAITING_APPROVAL DEADLINE_EXTENDED AWAITING_APPROVAL
            AWAITING_APPROVAL REJECTED REJECTED
            AWAITING_APPROVAL NOTE_ADDED AWAITING_APPROVAL
            AWAITING_APPROVAL NOTICE_SENT AWAITING_APPROVAL
            AWAITING_APPROVAL NOTICE_FAILED AWAITING_APPROVAL
            AWAITING_APPROVAL DELIVERY_REPORTED AWAITING_APPROVAL
            AWAITING_APPROVAL OTHER_CHANNEL_RECORDED AWAITING_APPROVAL
            RESPONDED CLOSED CLOSED
            RESPONDED NOTE_ADDED RESPONDED
            RESPONDED NOTICE_SENT RESPONDED
            RESPONDED NOTICE_FAILED RESPONDED
            RESPONDED DELIVERY_REPORTED RESPONDED
            RESPONDED OTHER_CHANNEL_RECORDED RESPONDED
            REJECTED CLOSED CLOSED
            REJECTED NOTE_ADDED REJECTED
            REJECTED NOTICE_SENT REJECTED
            REJECTED NOTICE_FAILED REJECTED
            REJECTED DELIVERY_REPORTED REJECTED
            REJECTED OTHER_CHANNEL_RECORDED REJECTED
            CLOSED NOTE_ADDED CLOSED
            CLOSED NOTICE_SENT CLOSED
            CLOSED NOTICE_FAILED CLOSED
            CLOSED DELIVERY_REPORTED CLOSED
            CLOSED OTHER_CHANNEL_RECORDED CLOSED
            """;

    private static Map<String, CaseStatus> allowed() {
        Map<String, CaseStatus> allowed = new HashMap<>();
        ALLOWED.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] parts = line.split(" ");
            allowed.put(parts[0] + " " + parts[1], CaseStatus.valueOf(parts[2]));
        });
        return allowed;
    }

    static Stream<Arguments> allowedTransitions() {
        return allowed().entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split(" ");
            return Arguments.of(CaseStatus.valueOf(key[0]), CaseTrigger.valueOf(key[1]), entry.getValue());
        });
    }

    static Stream<Arguments> forbiddenTransitions() {
        Map<String, CaseStatus> allowed = allowed();
        return Arrays.stream(CaseStatus.values()).flatMap(from -> Arrays.stream(CaseTrigger.values())
                .filter(trigger -> !allowed.containsKey(from + " " + trigger))
                .map(trigger -> Arguments.of(from, trigger)));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowedTransitions")
    void allowedTransitionLeadsToItsTarget(CaseStatus from, CaseTrigger trigger, CaseStatus to) {
        assertThat(CaseStateMachine.next(from, trigger)).contains(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> forbidden")
    @MethodSource("forbiddenTransitions")
    void forbiddenTransitionHasNoTarget(CaseStatus from, CaseTrigger trigger) {
        assertThat(CaseStateMachine.next(from, trigger)).isEmpty();
        assertThat(CaseStateMachine.allows(from, trigger)).isFalse();
    }

    @Test
    void everyPairIsEitherAllowedOrForbidden() {
        long pairs = (long) CaseStatus.values().length * CaseTrigger.values().length;
        assertThat(allowedTransitions().count() + forbiddenTransitions().count()).isEqualTo(pairs);
        assertThat(forbiddenTransitions().count()).as("the table forbids most pairs").isGreaterThan(90);
    }

    @Test
    void closedCaseCannotBeReopenedRejectedOrExtended() {
        assertThat(CaseStateMachine.allows(CaseStatus.CLOSED, CaseTrigger.VERIFIED_MANUALLY)).isFalse();
        assertThat(CaseStateMachine.allows(CaseStatus.CLOSED, CaseTrigger.REJECTED)).isFalse();
        assertThat(CaseStateMachine.allows(CaseStatus.CLOSED, CaseTrigger.DEADLINE_EXTENDED)).isFalse();
    }

    @Test
    void openStatusesAreThoseStillRunningAgainstTheDeadline() {
        assertThat(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen))
                .containsExactlyInAnyOrder(CaseStatus.RECEIVED, CaseStatus.AWAITING_VERIFICATION, CaseStatus.VERIFIED,
                        CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_APPROVAL, CaseStatus.VERIFICATION_EXPIRED);
    }
}
