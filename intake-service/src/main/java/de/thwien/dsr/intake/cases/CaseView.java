package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.RequestType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as the assistant sees it. */
public record CaseView(
        UUID id,
        RequestType type,
        CaseStatus status,
        String language,
        String channel,
        Requester requester,
        Instant receivedAt,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate extendedDueOn,
        List<Entry> timeline) {

    public record Requester(String email, String name) {
    }

    public record Entry(Instant at, String kind, String detail) {
    }

    static CaseView of(DsrCase dsrCase, List<TimelineEntry> timeline) {
        return new CaseView(dsrCase.id, dsrCase.requestType, dsrCase.status, dsrCase.language,
                dsrCase.channel.name(), new Requester(dsrCase.requesterEmail, dsrCase.requesterName),
                dsrCase.receivedAt, dsrCase.receivedOn, dsrCase.dueOn, dsrCase.extendedDueOn,
                timeline.stream().map(entry -> new Entry(entry.occurredAt, entry.kind, entry.detail)).toList());
    }
}
