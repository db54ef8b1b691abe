package de.thwien.dsr.subjectindex.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.subjectindex.locate.LocateResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.vertx.mutiny.core.Vertx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assistant's review of name matches before an access answer (Art. 15): a locate that found WEAK findings (a
 * record naming the requester by name only, which may be a namesake's) does not build the package; the case waits
 * ({@code name-matches.awaiting-review}) until she has decided every match. A confirmed match joins the copy like a
 * STRONG finding; a rejected one is left out of the copy, its count and the answer. The last decision only marks the
 * answer as due and commits; {@link ReviewedAnswers} builds and announces the package ({@code access.package.ready})
 * afterwards, outside the assistant's request, under the review's row lock, so the answer goes out once. A case
 * without WEAK findings is answered at once, as before. Decisions carry over to a later locate of the same case (the
 * follow-up after a store was down), so a match is decided once.
 */
@ApplicationScoped
public class NameMatchReviews {

    private static final Logger LOG = Logger.getLogger(NameMatchReviews.class);

    /**
     * What the package is built from, kept while the answer waits.
     *
     * @param othersData "store reference" of each mail flagged for other people's data, of STRONG findings and of
     *                   name matches (a third party's mail naming her) alike (null in a review kept before Art. 15(4)
     *                   was checked: none)
     */
    record PendingAnswer(CaseEvents.IdentityVerified verified, LocateResult located, List<String> othersData) {

        List<String> flaggedMails() {
            return othersData == null ? List.of() : othersData;
        }

        /**
         * The flagged mails with a row of their own: those of STRONG findings. A flagged name match is asked on its
         * own row ({@link Decision#CONFIRMED_REDACTED}): it is in the copy only if it is hers.
         */
        List<String> mailRows() {
            Set<String> names = weak(located).stream().map(NameMatchReviews::key).collect(Collectors.toSet());
            return flaggedMails().stream().filter(mail -> !names.contains(mail)).toList();
        }
    }

    /** What a row of the review is about. */
    public enum Concern {
        /** A WEAK finding: the record names the requester by name only. Decided CONFIRMED or REJECTED. */
        NAME_MATCH(Set.of(Decision.CONFIRMED, Decision.CONFIRMED_REDACTED, Decision.REJECTED)),
        /**
         * A mail of the copy that also holds other people's data (Art. 15(4) GDPR). Decided REDACT or INCLUDE.
         */
        THIRD_PARTY_DATA(Set.of(Decision.REDACT, Decision.INCLUDE));

        private final Set<Decision> decisions;

        Concern(Set<Decision> decisions) {
            this.decisions = decisions;
        }

        String key(String storeAndReference) {
            return name() + " " + storeAndReference;
        }
    }

    /** The assistant's decision on one row of the review. */
    public enum Decision {
        /** The record is the requester's: it joins the copy (a mail as stored). */
        CONFIRMED,
        /**
         * The mail is the requester's, a third party's mail naming her that also holds other people's data: it joins
         * the copy as {@link #REDACT} puts a mail in. Only for a name match flagged for other people's data.
         */
        CONFIRMED_REDACTED,
        /** The record concerns another person: left out of the copy and the answer. */
        REJECTED,
        /** The mail joins the copy with other people's addresses and names blacked out, without its .eml. */
        REDACT,
        /** The mail joins the copy as stored. */
        INCLUDE
    }

    private final AccessPackages packages;
    private final StoreRegistry stores;
    private final Vertx vertx;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public NameMatchReviews(AccessPackages packages, StoreRegistry stores, Vertx vertx, Outbox outbox,
            ObjectMapper json, Clock clock) {
        this.packages = packages;
        this.stores = stores;
        this.vertx = vertx;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Answers the access request now (no name match, or every one decided already), or keeps what the answer is built
     * from and announces that the case waits on review. Runs inside the caller's reactive transaction.
     *
     * @param searchedAgain for the follow-up, the stores that could not be searched for the first answer; else empty
     */
    public Uni<Void> answerOrWait(CaseEvents.IdentityVerified verified, LocateResult located,
            List<String> searchedAgain) {
        String caseId = verified.caseId();
        List<Finding> weak = weak(located);
        return packages.onBuilders(() -> packages.mailsWithOthersData(verified.personal(), located))
                .chain(othersData -> session().chain(session -> session.createNativeQuery(
                                "select count(*) from name_match_review where case_id = :caseId", Long.class)
                        .setParameter("caseId", caseId).getSingleResult())
                .chain(reviewed -> {
                    if (weak.isEmpty() && othersData.isEmpty() && reviewed == 0) {
                        return packages.prepare(verified, located, searchedAgain);
                    }
                    PendingAnswer pending = new PendingAnswer(verified, located, othersData);
                    return keep(pending, searchedAgain)
                            .chain(() -> addRows(caseId, Concern.NAME_MATCH, weak.stream().map(
                                    NameMatchReviews::key).toList()))
                            .chain(() -> addRows(caseId, Concern.THIRD_PARTY_DATA, pending.mailRows()))
                            .chain(() -> decisions(caseId))
                            .chain(decided -> {
                                long open = open(pending, decided);
                                if (open == 0) {
                                    return answer(caseId);
                                }
                                LOG.infof("case %s: access answer waits on the review of %d name matches"
                                        + " or mails with other people's data", caseId, open);
                                return outbox.append(new DiscoveryEvents.NameMatchesAwaitingReview(caseId,
                                        (int) open)).replaceWithVoid();
                            });
                }));
    }

    /** The rows of the kept answer still undecided: its name matches and its mails with other people's data. */
    static long open(PendingAnswer pending, Map<String, String> decided) {
        long names = weak(pending.located()).stream()
                .filter(finding -> !decided.containsKey(Concern.NAME_MATCH.key(key(finding)))).count();
        long mails = pending.mailRows().stream()
                .filter(mail -> !decided.containsKey(Concern.THIRD_PARTY_DATA.key(mail))).count();
        return names + mails;
    }

    /**
     * Records the assistant's decision on one match; the last open one marks the answer as due (built after the
     * commit by {@link ReviewedAnswers}: building it here would hold the request and its transaction for seconds).
     * Deciding a match again the same way changes nothing; the other way is refused.
     *
     * @param reasonCode for a rejection: {@link ReasonCode#NOT_THE_REQUESTER}, the code erasure's plan decisions use
     * @return whether this decision made the answer due
     */
    @WithTransaction
    public Uni<Boolean> decide(String caseId, long matchId, Decision decision, ReasonCode reasonCode, String actor) {
        if (decision == null) {
            throw new InvalidNameMatchDecision(
                    "decision must be CONFIRMED, CONFIRMED_REDACTED, REJECTED, REDACT or INCLUDE");
        }
        if (decision == Decision.REJECTED && reasonCode != ReasonCode.NOT_THE_REQUESTER) {
            throw new InvalidNameMatchDecision("a rejected name match needs reasonCode NOT_THE_REQUESTER");
        }
        String reason = decision == Decision.REJECTED ? reasonCode.name() : null;
        Instant now = clock.instant();
        // the review row's lock orders two decisions of one case: only the last one answers
        return session().chain(session -> session.createNativeQuery("select answer from name_match_review"
                                + " where case_id = :caseId for update")
                        .setParameter("caseId", caseId).getResultList())
                .chain(reviews -> {
                    if (reviews.isEmpty()) {
                        throw new NameMatchNotFound("no name matches to review for this case");
                    }
                    String answer = (String) reviews.get(0);
                    return session().chain(session -> session.createNativeQuery("select store, decision, reason_code,"
                                            + " concern, reference from name_match where id = :id and case_id = :caseId")
                                    .setParameter("id", matchId).setParameter("caseId", caseId).getResultList())
                            .chain(rows -> {
                                if (rows.isEmpty()) {
                                    throw new NameMatchNotFound("no such name match in this case");
                                }
                                Object[] row = (Object[]) rows.get(0);
                                String store = (String) row[0];
                                Concern concern = Concern.valueOf((String) row[3]);
                                if (!concern.decisions.contains(decision)) {
                                    throw new InvalidNameMatchDecision(concern == Concern.NAME_MATCH
                                            ? "a name match is decided CONFIRMED, CONFIRMED_REDACTED or REJECTED"
                                            : "a mail with other people's data is decided REDACT or INCLUDE");
                                }
                                if (decision == Decision.CONFIRMED_REDACTED && (answer == null || !read(answer)
                                        .flaggedMails().contains(store + " " + row[4]))) {
                                    throw new InvalidNameMatchDecision("only a name match flagged for other people's"
                                            + " data is confirmed redacted");
                                }
                                if (row[1] != null) {
                                    if (decision.name().equals(row[1]) && Objects.equals(reason, row[2])) {
                                        return Uni.createFrom().item(false);
                                    }
                                    throw new NameMatchConflict("the name match is " + row[1] + " already");
                                }
                                if (answer == null) {
                                    throw new NameMatchConflict("the answer has gone out without this match");
                                }
                                return record(matchId, decision, reason, actor, now)
                                        .chain(() -> decisions(caseId))
                                        .chain(decided -> {
                                            long open = open(read(answer), decided);
                                            LOG.infof("case %s: name match %d %s, %d open", caseId, matchId,
                                                    decision, open);
                                            return outbox.append(new DiscoveryEvents.NameMatchDecided(caseId, store,
                                                            decision.name(), reason, actor, now, (int) open))
                                                    .chain(() -> open == 0 ? markDue(caseId, now)
                                                            : Uni.createFrom().item(false));
                                        });
                            });
                });
    }

    /** The review of a case as the assistant sees it; empty when the case has none. */
    public record MatchRow(long id, String store, String reference, String decision, String reasonCode,
            String decidedBy, Instant decidedAt, Concern concern) {
    }

    /**
     * What the answer waits on: the kept locate result (null once answered), whether every match is decided and the
     * answer is being built, and every match with its decision.
     */
    public record Review(String caseId, PendingAnswer pending, boolean building, List<MatchRow> matches) {
    }

    /**
     * One match as the assistant's review list shows it. {@code date}, {@code summary} and {@code excerpt} (the words
     * around the name, read live from the store; null when the store cannot be asked) are there while the answer
     * waits; afterwards only the decision is kept. {@code summary} is the connector's technical line (English); a page
     * words the row from {@code store}, {@code category} (the retention category id), {@code date} and {@code subject}
     * (the record's own subject as written, read live). {@code othersData}: a name match whose mail also holds other
     * people's data, decided {@link Decision#CONFIRMED_REDACTED} or {@link Decision#CONFIRMED} (as stored).
     */
    public record MatchView(long id, String store, LocalDate date, String summary, String excerpt, String decision,
            String reasonCode, String decidedBy, Instant decidedAt, String category, String subject,
            boolean othersData) {
    }

    /**
     * The review of a case: whether the answer still waits on decisions, whether it is being built (every match
     * decided, the package not yet announced; neither: the answer has gone out), each name match, and each mail of
     * the copy that also holds other people's data (Art. 15(4); no excerpt: the mail is the requester's, its summary
     * names it).
     */
    public record ReviewView(String caseId, boolean waiting, boolean building, List<MatchView> matches,
            List<MatchView> othersData) {
    }

    /** The case's review with an excerpt of every match; {@link NameMatchNotFound} when the case has none. */
    @WithSession
    public Uni<ReviewView> view(String caseId) {
        return view(caseId, null);
    }

    /**
     * As {@link #view(String)}, the excerpts' field names in the language of the page that shows them.
     *
     * @param pageLanguage "de" or "en"; null (or anything else): the request's language
     */
    @WithSession
    public Uni<ReviewView> view(String caseId, String pageLanguage) {
        return review(caseId).chain(review -> vertx.executeBlocking(Uni.createFrom().item(() -> {
            Map<String, Finding> findings = new HashMap<>();
            Set<String> flagged = Set.of();
            String name = null;
            String language = "de".equals(pageLanguage) || "en".equals(pageLanguage) ? pageLanguage : null;
            if (review.pending() != null) {
                language = language == null ? review.pending().verified().language() : language;
                review.pending().located().findings().forEach(finding -> findings.put(key(finding), finding));
                flagged = Set.copyOf(review.pending().flaggedMails());
                name = review.pending().verified().personal() == null ? null
                        : review.pending().verified().personal().name();
            }
            String requester = name;
            String shownIn = language;
            Set<String> withOthersData = flagged;
            return new ReviewView(caseId, review.pending() != null && !review.building(), review.building(),
                    review.matches().stream().filter(match -> match.concern() == Concern.NAME_MATCH)
                            .map(match -> matchView(match, findings, requester, shownIn, withOthersData)).toList(),
                    review.matches().stream().filter(match -> match.concern() == Concern.THIRD_PARTY_DATA)
                            .map(match -> matchView(match, findings, requester, shownIn, withOthersData)).toList());
        })));
    }

    /** One row as shown: while the answer waits, with what the finding and the record itself say. */
    private MatchView matchView(MatchRow match, Map<String, Finding> findings, String requester, String language,
            Set<String> flagged) {
        String record = match.store() + " " + match.reference();
        Finding finding = findings.get(record);
        Map<String, Object> fields = finding == null ? null : fields(match);
        String excerpt = fields == null || match.concern() != Concern.NAME_MATCH ? null
                : MatchExcerpt.around(requester, fields, language);
        return new MatchView(match.id(), match.store(), finding == null ? null : finding.retentionStart(),
                finding == null ? null : finding.summary(), excerpt, match.decision(), match.reasonCode(),
                match.decidedBy(), match.decidedAt(), finding == null ? null : finding.retentionCategory(),
                fields != null && fields.get("subject") instanceof String subject ? subject : null,
                flagged.contains(record));
    }

    /** The record's fields read live from its store; null when the store cannot be asked. */
    private Map<String, Object> fields(MatchRow match) {
        try {
            Optional<ConnectedStore> store = stores.store(match.store());
            if (store.isEmpty()) {
                return null;
            }
            return store.get().reader().export(match.reference()).fields();
        } catch (StoreUnavailableException | RuntimeException e) {
            // the type only: the message may name the record
            LOG.warnf("record of a name match not read from store %s: %s", match.store(),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    Uni<Review> review(String caseId) {
        return session().chain(session -> session.createNativeQuery(
                                "select answer, build_due_at from name_match_review where case_id = :caseId")
                        .setParameter("caseId", caseId).getResultList())
                .chain(reviews -> {
                    if (reviews.isEmpty()) {
                        throw new NameMatchNotFound("no name matches to review for this case");
                    }
                    Object[] review = (Object[]) reviews.get(0);
                    String answer = (String) review[0];
                    boolean building = answer != null && review[1] != null;
                    return session().chain(session -> session.createNativeQuery("select id, store, reference,"
                                            + " decision, reason_code, decided_by, decided_at, concern from name_match"
                                            + " where case_id = :caseId order by id")
                                    .setParameter("caseId", caseId).getResultList())
                            .map(rows -> new Review(caseId, answer == null ? null : read(answer), building,
                                    rows.stream()
                                        .map(row -> (Object[]) row)
                                        .map(row -> new MatchRow(((Number) row[0]).longValue(), (String) row[1],
                                                (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                                                instant(row[6]), Concern.valueOf((String) row[7])))
                                        .toList()));
                });
    }

    /** Every match is decided: the answer is due, built after the commit ({@link ReviewedAnswers}). */
    private Uni<Boolean> markDue(String caseId, Instant now) {
        return session().chain(session -> session.createNativeQuery("update name_match_review"
                                + " set build_due_at = :now where case_id = :caseId")
                        .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("caseId", caseId)
                        .executeUpdate())
                .replaceWith(true);
    }

    /**
     * Builds and announces the answer of a review marked due, if it still is. The case's build lock (held to the
     * commit) makes a second builder (the job beside the build right after the decision, another instance) wait and
     * then find it answered: the answer goes out once. Not the review's row lock: a decision posted again meanwhile
     * takes that one and must not wait for a build. Runs inside the caller's reactive transaction.
     */
    Uni<Void> answerIfDue(String caseId) {
        return session().chain(session -> session.createNativeQuery("select cast(pg_advisory_xact_lock("
                                + "hashtext(current_schema() || '/reviewed-answer'), hashtext(:caseId)) as text)")
                        .setParameter("caseId", caseId).getSingleResult())
                .chain(() -> session()).chain(session -> session.createNativeQuery("select case_id"
                                + " from name_match_review"
                                + " where case_id = :caseId and build_due_at is not null and answer is not null")
                        .setParameter("caseId", caseId).getResultList())
                .chain(due -> due.isEmpty() ? Uni.createFrom().voidItem() : answer(caseId));
    }

    /** Builds and announces the package from what was kept, with the decisions applied; the review is answered. */
    private Uni<Void> answer(String caseId) {
        return session().chain(session -> session.createNativeQuery("select answer, searched_again"
                                + " from name_match_review where case_id = :caseId")
                        .setParameter("caseId", caseId).getSingleResult())
                .chain(row -> {
                    Object[] columns = (Object[]) row;
                    PendingAnswer pending = read((String) columns[0]);
                    List<String> searchedAgain = columns[1] == null || ((String) columns[1]).isEmpty() ? List.of()
                            : Arrays.asList(((String) columns[1]).split(","));
                    return decisions(caseId).chain(decided -> packages.prepare(pending.verified(),
                                    reviewed(pending.located(), decided), searchedAgain,
                                    redacted(pending, decided), confirmed(pending.located(), decided)))
                            .chain(() -> session().chain(session -> session.createNativeQuery(
                                            "update name_match_review set answer = null, build_due_at = null,"
                                                    + " answered_at = :now"
                                                    + " where case_id = :caseId")
                                    .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                                    .setParameter("caseId", caseId).executeUpdate()))
                            .invoke(() -> LOG.infof("case %s: name matches reviewed, access answer built", caseId))
                            .replaceWithVoid();
                });
    }

    /**
     * The locate result as the copy takes it: STRONG findings, and WEAK ones the assistant confirmed (now STRONG);
     * rejected ones are gone.
     */
    static LocateResult reviewed(LocateResult located, Map<String, String> decided) {
        List<Finding> kept = located.findings().stream()
                .filter(finding -> finding.matchStrength() == Finding.MatchStrength.STRONG
                        || confirmed(decided.get(Concern.NAME_MATCH.key(key(finding)))))
                .map(finding -> finding.matchStrength() == Finding.MatchStrength.STRONG ? finding
                        : finding.confirmed())
                .toList();
        return new LocateResult(located.storesSearched(), located.storesUnavailable(), located.unavailableReasons(),
                kept);
    }

    /** The flagged mails the assistant chose to redact, on their own row or on their name match's. */
    static Set<String> redacted(PendingAnswer pending, Map<String, String> decided) {
        return pending.flaggedMails().stream()
                .filter(mail -> Decision.REDACT.name().equals(decided.get(Concern.THIRD_PARTY_DATA.key(mail)))
                        || Decision.CONFIRMED_REDACTED.name().equals(decided.get(Concern.NAME_MATCH.key(mail))))
                .collect(Collectors.toSet());
    }

    /** "store reference" of the name matches the assistant confirmed. */
    static Set<String> confirmed(LocateResult located, Map<String, String> decided) {
        return weak(located).stream().map(NameMatchReviews::key)
                .filter(key -> confirmed(decided.get(Concern.NAME_MATCH.key(key))))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean confirmed(String decision) {
        return Decision.CONFIRMED.name().equals(decision) || Decision.CONFIRMED_REDACTED.name().equals(decision);
    }

    /**
     * Keeps what the answer is built from. A review still waiting keeps the stores it searched again (the first answer
     * has not gone out: a later, complete locate is still the first answer); an answered one waits again.
     */
    private Uni<Void> keep(PendingAnswer pending, List<String> searchedAgain) {
        return session().chain(session -> session.createNativeQuery("insert into name_match_review"
                                + " (case_id, answer, searched_again, created_at) values (:caseId, :answer, :again, :now)"
                                + " on conflict (case_id) do update set answer = excluded.answer,"
                                + " searched_again = case when name_match_review.answered_at is null"
                                + " then name_match_review.searched_again else excluded.searched_again end,"
                                + " answered_at = null, build_due_at = null")
                        .setParameter("caseId", pending.verified().caseId())
                        .setParameter("answer", write(pending))
                        .setParameter("again", String.join(",", searchedAgain))
                        .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Adds a row per "store reference" not in the review yet (a decided one keeps its decision). */
    private Uni<Void> addRows(String caseId, Concern concern, List<String> records) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (String record : records) {
            int space = record.indexOf(' ');
            all = all.chain(() -> session().chain(session -> session.createNativeQuery("insert into name_match"
                                    + " (case_id, concern, store, reference) values (:caseId, :concern, :store,"
                                    + " :reference) on conflict (case_id, concern, store, reference) do nothing")
                            .setParameter("caseId", caseId).setParameter("concern", concern.name())
                            .setParameter("store", record.substring(0, space))
                            .setParameter("reference", record.substring(space + 1)).executeUpdate())
                    .replaceWithVoid());
        }
        return all;
    }

    private Uni<Integer> record(long matchId, Decision decision, String reason, String actor, Instant now) {
        return session().chain(session -> session.createNativeQuery("update name_match set decision = :decision,"
                        + " reason_code = :reason, decided_by = :actor, decided_at = :now where id = :id")
                .setParameter("decision", decision.name()).setParameter("reason", reason)
                .setParameter("actor", actor).setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("id", matchId).executeUpdate());
    }

    /** "concern store reference" → the decision, for the decided rows of the case. */
    private Uni<Map<String, String>> decisions(String caseId) {
        return session().chain(session -> session.createNativeQuery("select concern || ' ' || store, reference,"
                                + " decision"
                                + " from name_match where case_id = :caseId and decision is not null")
                        .setParameter("caseId", caseId).getResultList())
                .map(rows -> {
                    Map<String, String> decided = new HashMap<>();
                    rows.forEach(row -> {
                        Object[] columns = (Object[]) row;
                        decided.put(columns[0] + " " + columns[1], (String) columns[2]);
                    });
                    return decided;
                });
    }

    static List<Finding> weak(LocateResult located) {
        return located.findings().stream()
                .filter(finding -> finding.matchStrength() == Finding.MatchStrength.WEAK).toList();
    }

    private static String key(Finding finding) {
        return finding.store() + " " + finding.reference();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    private String write(PendingAnswer pending) {
        try {
            return json.writeValueAsString(pending);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pending answer not written", e);
        }
    }

    private PendingAnswer read(String answer) {
        try {
            return json.readValue(answer, PendingAnswer.class);
        } catch (JsonProcessingException e) {
            // the type only: the text is personal data
            throw new IllegalStateException("pending answer not readable: " + e.getClass().getSimpleName());
        }
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
