package de.thwien.dsr.erasure.plans.lifecycle;

import static de.thwien.dsr.erasure.plans.lifecycle.Execution.AWAITING_APPROVAL;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.ERASED;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.KEPT;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.LIFTED;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.PENDING;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.REDACTED;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, intent) pair of a plan item: the legal ones lead where this list says, all others are refused. */
class PlanItemLifecycleTest {

    /** The lifecycle written out once more, independently of the table it checks. */
    private static final Map<Execution, Map<PlanItemIntent, Execution>> LEGAL = Map.of(
            AWAITING_APPROVAL, Map.of(
                    PlanItemIntent.APPROVE, PENDING,
                    PlanItemIntent.APPROVE_KEEPING, KEPT,
                    PlanItemIntent.APPROVE_REDACTION, PENDING,
                    PlanItemIntent.DECLINE, KEPT,
                    PlanItemIntent.SUPERSEDE, KEPT,
                    PlanItemIntent.RECLASSIFY, AWAITING_APPROVAL,
                    PlanItemIntent.REPLAN_FOR_REVIEW, AWAITING_APPROVAL,
                    PlanItemIntent.REPLAN_KEEPING, KEPT,
                    PlanItemIntent.REPLAN_TO_RUN, PENDING,
                    PlanItemIntent.CHANGE_HOLD, AWAITING_APPROVAL),
            PENDING, Map.ofEntries(
                    Map.entry(PlanItemIntent.RECLASSIFY, PENDING),
                    Map.entry(PlanItemIntent.REPLAN_FOR_REVIEW, AWAITING_APPROVAL),
                    Map.entry(PlanItemIntent.REPLAN_KEEPING, KEPT),
                    Map.entry(PlanItemIntent.REPLAN_TO_RUN, PENDING),
                    Map.entry(PlanItemIntent.CLAIM, PENDING),
                    Map.entry(PlanItemIntent.FAIL_ATTEMPT, PENDING),
                    Map.entry(PlanItemIntent.RECORD_ERASED, ERASED),
                    Map.entry(PlanItemIntent.RECORD_RESTRICTED, RESTRICTED),
                    Map.entry(PlanItemIntent.RECORD_KEPT, KEPT),
                    Map.entry(PlanItemIntent.RECORD_REDACTED, REDACTED),
                    Map.entry(PlanItemIntent.CHANGE_HOLD, PENDING),
                    Map.entry(PlanItemIntent.NEED_ATTENTION, PENDING)),
            RESTRICTED, Map.of(
                    PlanItemIntent.RECORD_ERASED, ERASED,
                    PlanItemIntent.RECORD_PART_ERASED, RESTRICTED,
                    PlanItemIntent.CHANGE_HOLD, RESTRICTED,
                    PlanItemIntent.RESTRICT_AGAIN, PENDING,
                    PlanItemIntent.RECORD_LIFTED, LIFTED,
                    PlanItemIntent.NEED_ATTENTION, RESTRICTED),
            KEPT, Map.of(
                    PlanItemIntent.RECORD_ERASED, ERASED,
                    PlanItemIntent.RECORD_PART_ERASED, KEPT,
                    PlanItemIntent.NEED_ATTENTION, KEPT,
                    PlanItemIntent.RECLASSIFY, KEPT,
                    PlanItemIntent.REPLAN_FOR_REVIEW, AWAITING_APPROVAL,
                    PlanItemIntent.REPLAN_KEEPING, KEPT,
                    PlanItemIntent.REPLAN_TO_RUN, PENDING),
            ERASED, Map.of(),
            REDACTED, Map.of(),
            LIFTED, Map.of());

    static Stream<Arguments> legalTransitions() {
        return pairs(true);
    }

    static Stream<Arguments> illegalTransitions() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean legal) {
        List<Arguments> pairs = new ArrayList<>();
        for (Execution from : Execution.values()) {
            for (PlanItemIntent intent : PlanItemIntent.values()) {
                if (LEGAL.get(from).containsKey(intent) == legal) {
                    pairs.add(Arguments.of(from, intent));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> as listed")
    @MethodSource("legalTransitions")
    void legalIntentLeadsToItsState(Execution from, PlanItemIntent intent) {
        assertThat(PlanItemLifecycle.next(from, intent)).contains(LEGAL.get(from).get(intent));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("illegalTransitions")
    void anyOtherIntentIsRefused(Execution from, PlanItemIntent intent) {
        assertThat(PlanItemLifecycle.next(from, intent)).isEmpty();
        assertThat(PlanItemLifecycle.allows(from, intent)).isFalse();
    }

    @Test
    void onlyRecordingAnErasureLeadsToErasedAndNothingLeadsOutOfIt() {
        for (Execution from : Execution.values()) {
            for (PlanItemIntent intent : PlanItemIntent.values()) {
                if (PlanItemLifecycle.next(from, intent).filter(ERASED::equals).isPresent()) {
                    assertThat(intent).isEqualTo(PlanItemIntent.RECORD_ERASED);
                }
                assertThat(PlanItemLifecycle.allows(ERASED, intent)).isFalse();
            }
        }
    }
}
