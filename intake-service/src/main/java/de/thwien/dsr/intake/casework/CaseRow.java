package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.Masking;
import de.thwien.dsr.intake.cases.RequesterData;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One line of the assistant's case list; the requester's address only masked, none when {@code personalData}
 * is ERASED (shredded) or UNREADABLE. {@code storesNotSearched}: the store ids of an open STORES_NOT_SEARCHED.
 */
public record CaseRow(UUID id, RequestType type, CaseStatus status, String channel, String requesterMasked,
        RequesterData.Readability personalData, LocalDate receivedOn,
        LocalDate currentDueOn, boolean extended, long daysLeft, String deadlineFlag, UUID duplicateOf,
        Set<Attention> attention, List<String> storesNotSearched) {

    /** Calendar days past the current due date; 0 while it has not passed. */
    public long daysOverdue() {
        return daysLeft < 0 ? -daysLeft : 0;
    }

    static CaseRow of(DsrCase dsrCase, RequesterData requester, Set<Attention> attention,
            List<String> storesNotSearched, LocalDate today) {
        return new CaseRow(dsrCase.id, dsrCase.requestType, dsrCase.status, dsrCase.channel.name(),
                requester.readability().isReadable() ? Masking.maskEmail(requester.email()) : null,
                requester.readability(),
                dsrCase.receivedOn, dsrCase.currentDueOn, dsrCase.extended, CaseView.daysLeft(dsrCase, today),
                dsrCase.deadlineFlag, dsrCase.duplicateOf, attention, storesNotSearched);
    }

    /** What the assistant does next on this case ({@link NextSteps}): message keys of the page's words. */
    public List<String> nextSteps() {
        return NextSteps.of(status, type, attention);
    }

    /** A page of rows and how many match in all. */
    public record Page(List<CaseRow> items, int page, int size, long total) {
    }
}
