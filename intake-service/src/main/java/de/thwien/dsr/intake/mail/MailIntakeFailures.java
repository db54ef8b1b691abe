package de.thwien.dsr.intake.mail;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The mails of the request mailbox that became no case, as the mail failure API and the triage page list them. */
@ApplicationScoped
public class MailIntakeFailures {

    /** All of them, handled ones included, the latest first. */
    @WithSession
    public Uni<List<MailIntakeFailure>> newestFirst() {
        return MailIntakeFailure.listAll(Sort.descending("recordedAt"));
    }
}
