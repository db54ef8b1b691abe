package de.thwien.dsr.intake.mail;

import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.RequesterDigest;
import de.thwien.dsr.intake.mail.classification.MailReference;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The case a mail answers. A Message-ID of one of our notices in {@code In-Reply-To} or {@code References} proves
 * it, whoever sends it (a requester may answer from her other address). The Message-ID of a case's own request mail
 * there (she adds to the mail she sent, in her thread) and a case reference in the subject prove nothing by
 * themselves (anyone can copy them): they belong to the case only when the sender's address is the case's requester
 * address, compared by the keyed digest ({@link RequesterDigest}) without opening any case; from another address it
 * is for the assistant to decide. Eight hex digits, or a reused Message-ID, may be shared by several cases: the one
 * whose requester wrote. Runs in the caller's Hibernate Reactive session.
 */
@ApplicationScoped
public class ReplyMatcher {

    /** How the mail names its case. */
    public enum How {
        /** It answers a notice we sent for the case (its Message-ID in the headers). */
        BY_HEADER,
        /** It answers the case's request mail (its Message-ID in the headers) and comes from the requester's address. */
        BY_REQUEST_MAIL,
        /** Its subject carries the case reference and it comes from the requester's address. */
        BY_REFERENCE,
        /** It names the case by reference or request mail but comes from another address: triage. */
        FROM_OTHER_ADDRESS
    }

    /** The case a mail names, how, and whether it comes from the case's requester address. */
    public record Match(UUID caseId, How how, boolean fromRequester) {
    }

    private final SentNotices sentNotices;
    private final RequesterDigest digest;

    public ReplyMatcher(SentNotices sentNotices, RequesterDigest digest) {
        this.sentNotices = sentNotices;
        this.digest = digest;
    }

    Uni<Optional<Match>> match(MailReference reference, String senderAddress) {
        String senderDigest = senderAddress == null ? null : digest.of(senderAddress);
        return noticeNamedIn(reference.messageIds(), 0).chain(caseId -> caseId.isPresent()
                ? DsrCase.<DsrCase>findById(caseId.get()).map(dsrCase -> Optional.ofNullable(dsrCase)
                        .map(found -> new Match(found.id, How.BY_HEADER,
                                Objects.equals(senderDigest, found.requesterEmailDigest))))
                : requestMailNamedIn(reference.messageIds(), senderDigest).chain(byRequestMail ->
                        byRequestMail.filter(Match::fromRequester).isPresent()
                                ? Uni.createFrom().item(byRequestMail)
                                // the requester's own reference goes before a stranger's naming of a request mail
                                : caseReferencedBy(reference.casePrefixes(), senderDigest)
                                        .map(byReference -> byReference.filter(Match::fromRequester)
                                                .or(() -> byRequestMail).or(() -> byReference))));
    }

    /** The case whose request mail the first Message-ID, in the mail's order, is: the sender's own case first. */
    private Uni<Optional<Match>> requestMailNamedIn(List<String> messageIds, String senderDigest) {
        if (messageIds.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        List<String> keys = messageIds.stream().map(MessageIdKey::of).toList();
        // dsr_case_mail (mail_key, mail_digest) finds them, no case is opened
        return DsrCase.<DsrCase>list("mailKey in ?1 and requesterEmailDigest is not null order by receivedAt desc",
                        keys)
                .map(cases -> {
                    List<DsrCase> inMailOrder = cases.stream()
                            .sorted(Comparator.comparingInt(dsrCase -> keys.indexOf(dsrCase.mailKey))).toList();
                    return inMailOrder.stream().filter(dsrCase -> dsrCase.requesterEmailDigest.equals(senderDigest))
                            .findFirst().map(dsrCase -> new Match(dsrCase.id, How.BY_REQUEST_MAIL, true))
                            .or(() -> inMailOrder.stream().findFirst()
                                    .map(dsrCase -> new Match(dsrCase.id, How.FROM_OTHER_ADDRESS, false)));
                });
    }

    /** The case of the first Message-ID, in the mail's order, that is one of our notices. */
    private Uni<Optional<UUID>> noticeNamedIn(List<String> messageIds, int index) {
        if (index >= messageIds.size()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return sentNotices.find(messageIds.get(index)).chain(notice -> notice.isPresent()
                ? Uni.createFrom().item(Optional.of(notice.get().caseId()))
                : noticeNamedIn(messageIds, index + 1));
    }

    private Uni<Optional<Match>> caseReferencedBy(List<String> prefixes, String senderDigest) {
        List<DsrCase> candidates = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String prefix : prefixes) {
            // the id range of the prefix: the primary key's index finds it, no case is opened
            chain = chain.chain(() -> DsrCase.<DsrCase>list(
                            "id >= ?1 and id <= ?2 and requesterEmailDigest is not null order by receivedAt desc",
                            UUID.fromString(prefix + "-0000-0000-0000-000000000000"),
                            UUID.fromString(prefix + "-ffff-ffff-ffff-ffffffffffff"))
                    .invoke(candidates::addAll).replaceWithVoid());
        }
        return chain.map(done -> candidates.stream()
                .filter(dsrCase -> dsrCase.requesterEmailDigest.equals(senderDigest))
                .findFirst().map(dsrCase -> new Match(dsrCase.id, How.BY_REFERENCE, true))
                .or(() -> candidates.stream().findFirst()
                        .map(dsrCase -> new Match(dsrCase.id, How.FROM_OTHER_ADDRESS, false))));
    }
}
