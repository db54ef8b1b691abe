package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.CaseReference;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.verification.IdentityVerification;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cases as the assistant reads them: the filtered list, one case with its timeline, the complete case record. The
 * case API and the dashboard both read through here, so they show the same.
 */
@ApplicationScoped
public class CaseViews {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.values()).stream().filter(CaseStatus::isOpen)
            .toList();

    private final CaseWorkflow workflow;
    private final CasePersonalData personalData;
    private final Clock clock;

    public CaseViews(CaseWorkflow workflow, CasePersonalData personalData, Clock clock) {
        this.workflow = workflow;
        this.personalData = personalData;
        this.clock = clock;
    }

    /** One page of cases with filters and days left: open overdue cases first, then by current due date. */
    @WithSession
    public Uni<CaseRow.Page> list(CaseStatus status, RequestType type, Boolean overdue,
            @Min(value = 0, message = "must be 0 or more") Integer dueWithinDays,
            @Size(max = CaseReference.SEARCH_MAX) @Pattern(regexp = CaseReference.SEARCH,
                    message = "{dsr.caseSearch.NOT_A_REFERENCE}") String caseIdPart,
            @Min(value = 0, message = "must be 0 or more") int page,
            @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int size) {
        LocalDate today = today();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            conditions.add("status = :status");
            parameters.put("status", status);
        }
        if (type != null) {
            conditions.add("requestType = :type");
            parameters.put("type", type);
        }
        if (Boolean.TRUE.equals(overdue) || dueWithinDays != null) {
            conditions.add("status in :open");
            parameters.put("open", OPEN);
        }
        if (Boolean.TRUE.equals(overdue)) {
            conditions.add("currentDueOn < :today");
            parameters.put("today", today);
        }
        if (dueWithinDays != null) {
            conditions.add("currentDueOn >= :today and currentDueOn <= :horizon");
            parameters.put("today", today);
            parameters.put("horizon", today.plusDays(dueWithinDays));
        }
        if (caseIdPart != null && !caseIdPart.isBlank()) {
            conditions.add("str(id) like :idPart");
            parameters.put("idPart", "%" + CaseReference.idPartOf(caseIdPart) + "%");
        }
        String where = String.join(" and ", conditions.isEmpty() ? List.of("1 = 1") : conditions);
        // open cases past their due date first, in the query: so on every page, not only within one
        Map<String, Object> ordered = new HashMap<>(parameters);
        ordered.put("open", OPEN);
        ordered.put("today", today);
        var query = DsrCase.<DsrCase>find("from DsrCase where " + where
                + " order by case when status in :open and currentDueOn < :today then 0 else 1 end,"
                + " currentDueOn, receivedAt, id", ordered);
        return DsrCase.count(where, parameters).chain(total -> query.page(page, size).list()
                .chain(cases -> personalData.openAll(cases).chain(requesters -> CaseAttention
                        .ofCases(cases.stream().map(dsrCase -> dsrCase.id).toList()).chain(attention -> CaseAttention
                        .storesNotSearched(attention.keySet()).map(notSearched -> {
                            List<CaseRow> rows = new ArrayList<>(cases.size());
                            for (int i = 0; i < cases.size(); i++) {
                                rows.add(CaseRow.of(cases.get(i), requesters.get(i),
                                        attention.getOrDefault(cases.get(i).id, Set.of()),
                                        notSearched.getOrDefault(cases.get(i).id, List.of()), today));
                            }
                            return new CaseRow.Page(rows, page, size, total);
                        })))));
    }

    /** The case with its timeline, or {@link de.thwien.dsr.intake.cases.CaseNotFound}. */
    @WithSession
    public Uni<CaseView> of(UUID id) {
        return workflow.read(id).chain(dsrCase -> personalData.open(dsrCase)
                .chain(requester -> CaseAttention.of(id).chain(attention -> storesNotSearched(id)
                        .chain(notSearched -> TimelineEntry.ofCase(id).chain(timeline -> followUpsOf(id)
                                .map(followUps -> CaseView.of(dsrCase, requester, attention, notSearched, timeline,
                                        followUps, today())))))));
    }

    /** The complete case record, for accountability. */
    @WithSession
    public Uni<CaseFile> file(UUID id) {
        return workflow.read(id).chain(dsrCase -> personalData.open(dsrCase).chain(requester -> CaseAttention.of(id)
                .chain(attention -> storesNotSearched(id).chain(notSearched -> TimelineEntry.ofCase(id)
                        .chain(timeline -> followUpsOf(id).chain(followUps ->
                        IdentityVerification.<IdentityVerification>findById(id).map(verification -> new CaseFile(
                                clock.instant(), CaseView.of(dsrCase, requester, attention, notSearched, timeline,
                                        followUps, today()),
                                requester.message(), verification == null ? null : new CaseFile.Verification(
                                        verification.requestedAt, verification.expiresAt, verification.remindedAt,
                                        verification.verifiedAt,
                                        verification.method == null ? null : verification.method.name(),
                                        verification.expiredAt)))))))));
    }

    private static Uni<List<String>> storesNotSearched(UUID id) {
        return CaseAttention.storesNotSearched(List.of(id)).map(byCase -> byCase.getOrDefault(id, List.of()));
    }

    /** The cases opened as follow-ups of this one, oldest first. */
    private static Uni<List<UUID>> followUpsOf(UUID id) {
        return DsrCase.<DsrCase>list("followUpOf = ?1 order by receivedAt, id", id)
                .map(followUps -> followUps.stream().map(followUp -> followUp.id).toList());
    }

    private LocalDate today() {
        return clock.instant().atZone(DeadlineCalculator.BERLIN).toLocalDate();
    }
}
