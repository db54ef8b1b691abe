package de.thwien.dsr.faults;

import de.thwien.dsr.events.RequestType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Compares what the system did with what it should have done after a run; counts lost, duplicated, stuck. */
final class Verdict {

    static final String FINAL_STATUS = "RESPONDED";
    private static final Set<String> DONE = Set.of("ERASED", "RESTRICTED", "KEPT");

    long lost;
    long duplicated;
    long stuck;
    final List<String> findings = new ArrayList<>();

    /** Cases of the harness's requests that are not in their final state yet. */
    static long unfinished(List<PlannedRequest> requests, List<SystemState.CaseRow> cases) {
        Set<String> requesters = requests.stream().map(r -> SystemState.requesterDigest(r.email()))
                .collect(Collectors.toSet());
        long withCase = cases.stream().map(SystemState.CaseRow::requesterDigest).filter(requesters::contains)
                .distinct().count();
        long open = cases.stream().filter(c -> requesters.contains(c.requesterDigest()))
                .filter(c -> !FINAL_STATUS.equals(c.status())).count();
        return open + (requesters.size() - withCase);
    }

    static Verdict of(List<PlannedRequest> requests, Map<Integer, Integer> attempts, SystemState state,
            Duration clockOffset) {
        Verdict verdict = new Verdict();
        Map<String, List<SystemState.CaseRow>> casesByRequester = state.cases().stream()
                .collect(Collectors.groupingBy(SystemState.CaseRow::requesterDigest));
        Map<String, List<String>> mailIdsByNotice = mailsByNotice(state);
        Map<UUID, List<SystemState.PlanItemRow>> itemsByCase = state.planItems().stream()
                .collect(Collectors.groupingBy(SystemState.PlanItemRow::caseId));
        Set<UUID> planned = Set.copyOf(state.plannedCases());

        for (PlannedRequest request : requests) {
            List<SystemState.CaseRow> cases = casesByRequester.getOrDefault(SystemState.requesterDigest(request.email()),
                    List.of());
            if (cases.isEmpty()) {
                verdict.lost("request " + request.number() + " (" + request.channel() + ", " + request.type()
                        + ") has no case");
                continue;
            }
            if (cases.size() > 1) {
                if (attempts.getOrDefault(request.number(), 1) > 1) {
                    verdict.findings.add("request " + request.number() + " was sent " + attempts.get(request.number())
                            + " times by the requester (answer lost in a crash) and has " + cases.size()
                            + " cases: not counted as duplicated");
                } else {
                    verdict.duplicated(cases.size() - 1, "request " + request.number() + " has " + cases.size()
                            + " cases");
                }
            }
            for (SystemState.CaseRow dsrCase : cases) {
                verdict.checkCase(request, dsrCase, mailIdsByNotice, itemsByCase, planned);
            }
        }
        state.unpublishedOutbox().forEach((schema, count) -> {
            if (count > 0) {
                verdict.stuck(count, count + " unpublished outbox rows in " + schema);
            }
        });
        state.consumerLag().forEach((group, lag) -> {
            if (lag > 0) {
                verdict.stuck(lag, "consumer group " + group + " is " + lag + " records behind");
            }
        });
        long due = state.deferredErasuresDue(clockOffset);
        if (due > 0) {
            verdict.stuck(due, due + " deferred erasures whose hold has ended by erasure-service's clock are still"
                    + " scheduled");
        }
        state.deadLetters().forEach((topic, count) -> {
            if (count > 0) {
                verdict.lost(count, count + " records in " + topic);
            }
        });
        return verdict;
    }

    private void checkCase(PlannedRequest request, SystemState.CaseRow dsrCase,
            Map<String, List<String>> mailIdsByNotice, Map<UUID, List<SystemState.PlanItemRow>> itemsByCase,
            Set<UUID> planned) {
        RequestType type = RequestType.valueOf(dsrCase.type());
        String name = "case " + dsrCase.id() + " (request " + request.number() + ", " + type + ")";
        if (!FINAL_STATUS.equals(dsrCase.status())) {
            stuck(1, name + " stuck in " + dsrCase.status());
            return;
        }
        for (String kind : List.of("ACKNOWLEDGEMENT", "VERIFICATION_LINK", answerKind(type))) {
            if (!mailIdsByNotice.containsKey(dsrCase.id() + "/" + kind)) {
                lost(1, name + ": no " + kind + " mail in the mailbox");
            }
        }
        mailIdsByNotice.forEach((notice, messageIds) -> {
            if (notice.startsWith(dsrCase.id() + "/") && messageIds.size() > 1) {
                long distinct = messageIds.stream().distinct().count();
                duplicated(messageIds.size() - 1, name + ": " + messageIds.size() + " mails of "
                        + notice.substring(notice.indexOf('/') + 1) + " (" + distinct + " distinct Message-IDs)");
            }
        });
        // an answer with a link, no erasure plan
        if (type == RequestType.ACCESS || type == RequestType.PORTABILITY) {
            return;
        }
        if (!planned.contains(dsrCase.id())) {
            lost(1, name + ": answered without an erasure plan");
            return;
        }
        for (SystemState.PlanItemRow item : itemsByCase.getOrDefault(dsrCase.id(), List.of())) {
            if (!DONE.contains(item.execution())) {
                lost(1, name + ": plan item " + item.id() + " (" + item.action() + ") skipped, still "
                        + item.execution());
            }
            if (item.doneCount() > 1) {
                duplicated(item.doneCount() - 1, name + ": plan item " + item.id() + " " + item.execution() + " "
                        + item.doneCount() + " times");
            }
        }
    }

    static String answerKind(RequestType type) {
        return switch (type) {
            case ACCESS -> "ACCESS_ANSWER";
            case ERASURE -> "ERASURE_CONFIRMATION";
            case CONSENT_WITHDRAWAL -> "CONSENT_WITHDRAWAL_CONFIRMATION";
            case PORTABILITY -> "PORTABILITY_ANSWER";
            case OBJECTION -> "OBJECTION_ANSWER";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** "caseId/KIND" -> the Message-IDs of the mails of that notice in GreenMail, one entry per mail. */
    private static Map<String, List<String>> mailsByNotice(SystemState state) {
        Map<String, String> noticeByMessageId = new HashMap<>();
        state.notices().forEach(n -> noticeByMessageId.put(n.messageId(), n.caseId() + "/" + n.kind()));
        Map<String, List<String>> mails = new HashMap<>();
        for (MimeMessage message : state.receivedMails()) {
            try {
                String notice = noticeByMessageId.get(message.getMessageID());
                if (notice != null) {
                    mails.computeIfAbsent(notice, key -> new ArrayList<>()).add(message.getMessageID());
                }
            } catch (MessagingException unreadable) {
                // not a notice
            }
        }
        return mails;
    }

    private void lost(String finding) {
        lost(1, finding);
    }

    private void lost(long count, String finding) {
        lost += count;
        findings.add("LOST: " + finding);
    }

    private void duplicated(long count, String finding) {
        duplicated += count;
        findings.add("DUPLICATED: " + finding);
    }

    private void stuck(long count, String finding) {
        stuck += count;
        findings.add("STUCK: " + finding);
    }
}
