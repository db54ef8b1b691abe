package de.thwien.dsr.erasure.plans;

import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.strong;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.erasure.retention.ConfiguredDeletionConcept;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The restriction box counts what is true of her records: restricted at her request, waiting for their erasure after
 * the end of a restriction under Art. 18(1)(c) GDPR, or kept under a retention hold after it.
 */
class RestrictionViewTest {

    private static final LocalDate TODAY = parse("2026-11-26");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final ErasurePlanner planner = new ErasurePlanner(ConfiguredDeletionConcept.policy(),
            Set.of("conference-recording"));
    private final UUID caseId = UUID.randomUUID();

    @Test
    void recordsWaitingForTheirErasureAfterTheEndOfLegalClaimsAreCountedAsSuchNotAsNone() {
        PlanItem mail = restrictedAtHerRequest(strong("mail", "mail:INBOX:1:12", "general-correspondence",
                "2025-05-05"));
        PlanItem invoice = restrictedAtHerRequest(strong("crm", "crm:invoice:7", "accounting-voucher",
                "2019-06-10"));
        List<LegalClaimsEnded.Outcome> outcomes = LegalClaimsEnded.evaluate(planner, List.of(mail, invoice), TODAY);
        mail.eraseAfterLegalClaims(TODAY);
        invoice.holdAfterLegalClaims(outcomes.get(1).evaluated());

        RestrictionView view = RestrictionView.of(plan(), ground(), List.of(mail, invoice),
                RestrictionEnd.CLAIMS_NO_LONGER_NEEDED);

        assertThat(view.restricted()).isZero();
        assertThat(view.awaitingErasure()).isEqualTo(1);
        assertThat(view.erasureDueOn()).isEqualTo(TODAY);
        assertThat(view.keptUnderHold()).isEqualTo(1);
        // what the plan's rows show as "to be erased" (PlanView.Item#awaitingErasure)
        assertThat(mail.keptByNoHold()).isTrue();
        assertThat(invoice.keptByNoHold()).isFalse();
    }

    @Test
    void aRestrictionInForceWaitsForNoErasure() {
        PlanItem mail = restrictedAtHerRequest(strong("mail", "mail:INBOX:1:12", "general-correspondence",
                "2025-05-05"));

        RestrictionView view = RestrictionView.of(plan(), ground(), List.of(mail), null);

        assertThat(view.restricted()).isEqualTo(1);
        assertThat(view.awaitingErasure()).isZero();
        assertThat(view.erasureDueOn()).isNull();
        assertThat(view.keptUnderHold()).isZero();
        assertThat(mail.keptByNoHold()).isFalse();
    }

    private PlanItem restrictedAtHerRequest(Finding finding) {
        PlanItem item = PlanItem.planned(caseId, planner.forRestriction(finding), NOW);
        item.recordRestricted("restricted in " + finding.store(), null, NOW);
        return item;
    }

    private ErasurePlan plan() {
        ErasurePlan plan = new ErasurePlan();
        plan.caseId = caseId;
        plan.requestType = RequestType.RESTRICTION;
        plan.status = ErasurePlan.Status.COMPLETED;
        return plan;
    }

    private RequestedRestriction ground() {
        RequestedRestriction ground = new RequestedRestriction();
        ground.caseId = caseId;
        ground.ground = RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS;
        return ground;
    }
}
