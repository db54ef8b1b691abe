package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.CaseRow;
import de.thwien.dsr.intake.cases.CaseStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseListOrderTest {

    private static CaseRow row(CaseStatus status, long daysLeft) {
        LocalDate due = LocalDate.of(2026, 12, 1).plusDays(daysLeft);
        return new CaseRow(UUID.randomUUID(), RequestType.ACCESS, status, "WEB_FORM", "a***@e***.org",
                LocalDate.of(2026, 11, 1), due, false, daysLeft, null, null);
    }

    @Test
    void openOverdueCasesComeFirstAndTheRestKeepsItsDueDateOrder() {
        CaseRow closedLongAgo = row(CaseStatus.CLOSED, -40);
        CaseRow dueSoon = row(CaseStatus.VERIFIED, 2);
        CaseRow overdue = row(CaseStatus.IN_PROGRESS, -1);
        CaseRow later = row(CaseStatus.RECEIVED, 20);

        List<CaseRow> sorted = DashboardResource.overdueFirst(List.of(closedLongAgo, overdue, dueSoon, later));

        assertThat(sorted).containsExactly(overdue, closedLongAgo, dueSoon, later);
    }
}
