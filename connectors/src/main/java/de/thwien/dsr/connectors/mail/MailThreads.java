package de.thwien.dsr.connectors.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which mails belong to one conversation, and whether a conversation concerns a transaction. A business letter is
 * every letter of a transaction's preparation, conclusion, performance or reversal (LEGAL.md §3): the inquiry and the
 * offer that led to an order belong to it as much as the order confirmation, though only the confirmation says so.
 * Mails are one thread when one names the other in its Message-ID, In-Reply-To or References (two answers to the
 * same mail share it), or when one answers or forwards the other by subject ("Re:", "AW:", "Fwd:", "WG:" before the
 * same subject), as mail clients thread mails without those headers. Two mails that merely have the same subject
 * without a reply prefix ("Danke!", "Frage") are not one thread.
 */
final class MailThreads {

    /** Reply and forward prefixes, German and English, also counted ("Re[2]:") and repeated ("AW: Re:"). */
    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(re|aw|antw|fwd?|wg|wtrlt)(\\[\\d+]|\\(\\d+\\))?\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * One mail as far as threading is concerned.
     *
     * @param messageId           its Message-ID (may be null)
     * @param referencedIds       the Message-IDs it answers (In-Reply-To, References)
     * @param subject             its subject (may be null)
     * @param signalsATransaction the mail itself shows a transaction ({@link MailClassifier#signalsATransaction})
     */
    record ThreadedMail(String messageId, List<String> referencedIds, String subject, boolean signalsATransaction) {

        ThreadedMail {
            referencedIds = referencedIds == null ? List.of() : List.copyOf(referencedIds);
        }
    }

    private MailThreads() {
    }

    /**
     * For each mail, in order: whether another mail of its thread shows a transaction (its own signal not counted,
     * so that a mail's own voucher does not make its bare cover text a business letter).
     */
    static List<Boolean> transactionElsewhereInThread(List<ThreadedMail> mails) {
        int[] parent = new int[mails.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> bySubject = new HashMap<>();
        for (int i = 0; i < mails.size(); i++) {
            ThreadedMail mail = mails.get(i);
            List<String> ids = new ArrayList<>(mail.referencedIds());
            ids.add(mail.messageId());
            for (String id : ids) {
                if (id != null && !id.isBlank()) {
                    Integer seen = byId.putIfAbsent(id.trim(), i);
                    if (seen != null) {
                        union(parent, seen, i);
                    }
                }
            }
        }
        // the originals first, so that an answer by subject finds the mail it answers whatever the order
        for (int i = 0; i < mails.size(); i++) {
            String subject = mails.get(i).subject();
            if (!isAnswerOrForward(subject) && !normalisedSubject(subject).isEmpty()) {
                bySubject.putIfAbsent(normalisedSubject(subject), i);
            }
        }
        for (int i = 0; i < mails.size(); i++) {
            String subject = mails.get(i).subject();
            String normalised = normalisedSubject(subject);
            if (!normalised.isEmpty() && isAnswerOrForward(subject)) {
                // answers to an original not among the mails still join each other
                Integer original = bySubject.putIfAbsent(normalised, i);
                union(parent, original == null ? i : original, i);
            }
        }
        Map<Integer, Integer> signalsPerThread = new HashMap<>();
        for (int i = 0; i < mails.size(); i++) {
            if (mails.get(i).signalsATransaction()) {
                signalsPerThread.merge(root(parent, i), 1, Integer::sum);
            }
        }
        List<Boolean> elsewhere = new ArrayList<>(mails.size());
        for (int i = 0; i < mails.size(); i++) {
            int signals = signalsPerThread.getOrDefault(root(parent, i), 0);
            elsewhere.add(signals - (mails.get(i).signalsATransaction() ? 1 : 0) > 0);
        }
        return elsewhere;
    }

    /** The subject without reply and forward prefixes, blanks collapsed, lower case: "AW: Re:  Angebot" → "angebot". */
    static String normalisedSubject(String subject) {
        String rest = Objects.requireNonNullElse(subject, "");
        Matcher prefix = PREFIX.matcher(rest);
        while (prefix.lookingAt()) {
            rest = rest.substring(prefix.end());
            prefix = PREFIX.matcher(rest);
        }
        return rest.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static boolean isAnswerOrForward(String subject) {
        return subject != null && PREFIX.matcher(subject).lookingAt();
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
