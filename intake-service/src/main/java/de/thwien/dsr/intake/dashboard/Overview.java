package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import java.util.UUID;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.deadletters.DeadLetters;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.mail.MailboxHealth;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The figures of the dashboard's overview page. */
@ApplicationScoped
public class Overview {

    static final int WEEKS = 8;

    /**
     * Open cases due in the week starting on {@code monday}, and where its bar goes in the chart: {@code height}
     * (0-100) is its share of the tallest bar.
     */
    public record Week(LocalDate monday, long due, int height) {

        static final int BASELINE = 130;

        public int x(int index) {
            return index * 60 + 10;
        }

        public int center(int index) {
            return index * 60 + 30;
        }

        public int top() {
            return BASELINE - height;
        }

        public int labelY() {
            return BASELINE - height - 5;
        }

        public String label() {
            return monday.getDayOfMonth() + "." + monday.getMonthValue() + ".";
        }
    }

    /**
     * {@code index} and {@code jobs}: the other services' answers, null when not available; {@code openDeadLetters}:
     * records of any dead-letter topic nobody has replayed or handled yet; {@code health}: each store and mail
     * server as the service using it last checked it (intake's own first); {@code restoreCheck}: erasure-service's
     * last restore check.
     */
    public record Figures(Map<CaseStatus, Long> openByStatus, long open, long overdue, List<Week> dueByWeek,
            SubjectIndexService.IndexStatus index, ErasureService.Jobs jobs, long openDeadLetters,
            List<StoreHealthLine> health, RestoreCheckSummary restoreCheck, List<UUID> casesWithOperatorTasks) {

        /** Whether any operator task is open: routine retention's (from erasure-service) or a case's. */
        public boolean operatorTasksOpen() {
            return !casesWithOperatorTasks.isEmpty() || (jobs != null && !jobs.operatorTasks().isEmpty());
        }

        /** Whether a service found one of its stores or mail servers down. */
        public boolean storeDown() {
            return health.stream().anyMatch(line -> line.answered() && !line.up());
        }
    }

    private final OtherServices services;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final MailboxHealth mailboxHealth;

    public Overview(OtherServices services, Clock clock, DeadLetters deadLetters, MailboxHealth mailboxHealth) {
        this.services = services;
        this.clock = clock;
        this.deadLetters = deadLetters;
        this.mailboxHealth = mailboxHealth;
    }

    @WithSession
    public Uni<Figures> collect() {
        LocalDate today = clock.instant().atZone(DeadlineCalculator.BERLIN).toLocalDate();
        List<CaseStatus> openStatuses = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
        return DsrCase.<DsrCase>list("status in ?1", openStatuses).chain(open -> {
            Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
            open.forEach(dsrCase -> byStatus.merge(dsrCase.status, 1L, Long::sum));
            long overdue = open.stream().filter(dsrCase -> dsrCase.currentDueOn.isBefore(today)).count();
            List<Week> weeks = dueByWeek(open.stream().map(dsrCase -> dsrCase.currentDueOn).toList(), today);
            return services.index(SubjectIndexService::status)
                    // erasure-service's two answers side by side: the page waits one timeout for them at most
                    .chain(index -> Uni.combine().all().unis(services.erasure(ErasureService::jobs),
                                    services.erasure(ErasureService::lastRestoreCheck)).asTuple()
                            .chain(erasure -> services.wellness()
                                    .chain(wellness -> deadLetters.openCount().chain(openDeadLetters ->
                                            casesWithOperatorTasks().map(caseTasks -> new Figures(
                                            byStatus, open.size(), overdue, weeks,
                                            index.value(), erasure.getItem1().value(),
                                            openDeadLetters, health(wellness),
                                            RestoreCheckSummary.of(erasure.getItem2()), caseTasks))))));
        });
    }

    /** The cases whose erasures left the operator work still open (flagged when erasure-service reported it). */
    private static Uni<List<UUID>> casesWithOperatorTasks() {
        return CaseAttention.allOpen().map(all -> all.stream()
                .filter(attention -> attention.reason == Attention.OPERATOR_TASKS_OPEN)
                .map(attention -> attention.caseId).toList());
    }

    private List<StoreHealthLine> health(List<OtherServices.ServiceWellness> others) {
        List<StoreHealthLine> lines = new ArrayList<>(StoreHealthLine.of("intake-service", mailboxHealth.states()));
        others.forEach(service -> lines.addAll(StoreHealthLine.of(service)));
        return lines;
    }

    /** Counts due dates per calendar week (Monday first) for the next {@link #WEEKS} weeks, this week included. */
    static List<Week> dueByWeek(List<LocalDate> dueDates, LocalDate today) {
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long[] counts = new long[WEEKS];
        for (LocalDate due : dueDates) {
            long week = java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, due);
            if (!due.isBefore(today) && week >= 0 && week < WEEKS) {
                counts[(int) week]++;
            }
        }
        long tallest = Math.max(1, Arrays.stream(counts).max().orElse(1));
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new Week(firstMonday.plusWeeks(i), counts[i], (int) (counts[i] * 100 / tallest)));
        }
        return weeks;
    }
}
