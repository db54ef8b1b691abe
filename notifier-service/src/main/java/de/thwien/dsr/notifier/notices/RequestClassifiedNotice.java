package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;

/**
 * What the requester is told when the assistant set the kind of a request the software could not assign: we treat
 * her letter of {@code receivedOn} as {@code treatedAs} ("Antrag auf Auskunft") under {@code article}, the deadline
 * counted from receipt stays ({@code dueOn}; {@code periodEnded} when it has passed already), and she should tell us
 * if she meant something else. {@code withdrawal}: a consent withdrawal took effect on receipt (Art. 7(3) GDPR), and
 * the notice says so. {@code ground}: on a restriction, the ground the assistant read in her letter, in words (null
 * otherwise or when none was recorded).
 */
@TemplateData
public record RequestClassifiedNotice(String caseReference, String name, String receivedOn, String treatedAs,
        String article, String dueOn, boolean periodEnded, boolean withdrawal, String ground) {

    /** The notice for a request now of {@code type}, worded in {@code language}. */
    public static RequestClassifiedNotice of(String caseReference, String name, RequestType type,
            RestrictionGround ground, NoticeLanguage language, LocalDate receivedOn, LocalDate dueOn,
            boolean periodEnded) {
        return new RequestClassifiedNotice(caseReference, name, language.date(receivedOn),
                language.text("treatedAs." + type.name()), language.text("article." + type.name()),
                language.date(dueOn), periodEnded, type == RequestType.CONSENT_WITHDRAWAL,
                type == RequestType.RESTRICTION && ground != null
                        ? language.text("restrictionGround." + ground.name()) : null);
    }

    public boolean hasName() {
        return name != null && !name.isBlank();
    }
}
