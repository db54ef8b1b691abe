package de.thwien.dsr.erasure.jobs;

import de.thwien.dsr.erasure.plans.DeferredErasure;
import de.thwien.dsr.erasure.plans.OperatorTask;
import de.thwien.dsr.erasure.plans.OperatorTasks;
import de.thwien.dsr.erasure.plans.PlanView;
import de.thwien.dsr.platform.security.OnBehalfOf;
import io.quarkus.security.identity.SecurityIdentity;
import de.thwien.dsr.platform.problem.Problem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The assistant's view of the jobs that run by themselves. */
@Path("/api/jobs")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    public record MonthCount(String month, long erasures) {
    }

    public record RunView(long id, String job, Instant startedAt, Instant finishedAt, boolean dryRun, int erased,
            int failed, int wouldErase, String report) {

        static RunView of(JobRun run) {
            return new RunView(run.id, run.job, run.startedAt, run.finishedAt, run.dryRun, run.erased, run.failed,
                    run.wouldErase, run.report);
        }
    }

    /** A deferred erasure the store refused for good: the assistant resolves it (the record stays restricted). */
    public record Attention(UUID caseId, long itemId, String store, String reference, int attempts,
            String lastError) {

        static Attention of(DeferredErasure row) {
            return new Attention(row.caseId(), row.itemId(), row.store(), row.reference(), row.attempts(),
                    row.lastError());
        }
    }

    /** {@code operatorTasks}: what routine retention's deletions left to the operator, still open (no case). */
    public record JobsView(List<MonthCount> upcoming, List<Attention> needingAttention, List<RunView> lastRuns,
            List<PlanView.OperatorTaskView> operatorTasks) {
    }

    private final RoutineRetentionJob routine;
    private final OperatorTasks operatorTasks;
    private final SecurityIdentity identity;

    public JobsResource(RoutineRetentionJob routine, OperatorTasks operatorTasks, SecurityIdentity identity) {
        this.routine = routine;
        this.operatorTasks = operatorTasks;
        this.identity = identity;
    }

    /**
     * Upcoming deferred erasures by month of their erasable-from date, the ones a store refused (for the
     * assistant to resolve), and each job's last runs with results.
     */
    @GET
    @WithSession
    public Uni<JobsView> overview(@QueryParam("runs") Integer runs) {
        int limit = runs == null || runs < 1 || runs > 200 ? 10 : runs;
        Uni<List<MonthCount>> upcoming = DeferredErasure.<DeferredErasure>list("status", DeferredErasure.Status.SCHEDULED)
                .map(rows -> {
                    Map<YearMonth, Long> byMonth = new TreeMap<>();
                    rows.forEach(row -> byMonth.merge(YearMonth.from(row.erasableFrom()), 1L, Long::sum));
                    return byMonth.entrySet().stream().map(e -> new MonthCount(e.getKey().toString(), e.getValue())).toList();
                });
        Uni<List<Attention>> attention = DeferredErasure.<DeferredErasure>list("status = ?1 order by id",
                DeferredErasure.Status.NEEDS_ATTENTION).map(rows -> rows.stream().map(Attention::of).toList());
        return upcoming.chain(months -> attention.chain(needing -> lastRuns(JobRun.DEFERRED_ERASURE, limit)
                .chain(deferred -> lastRuns(JobRun.ROUTINE_RETENTION, limit).map(routineRuns -> {
                    List<RunView> all = new ArrayList<>(deferred);
                    all.addAll(routineRuns);
                    return all;
                })).chain(all -> OperatorTask.openWithoutCase().map(tasks -> new JobsView(months, needing, all,
                        tasks.stream().map(PlanView.OperatorTaskView::of).toList())))));
    }

    /** The assistant confirms the operator did a task routine retention left (idempotent). */
    @POST
    @Path("/operator-tasks/{taskId}/done")
    public Uni<PlanView.OperatorTaskView> operatorTaskDone(@PathParam("taskId") long taskId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return operatorTasks.doneWithoutCase(taskId, OnBehalfOf.actor(identity, onBehalfOf));
    }

    private static Uni<List<RunView>> lastRuns(String job, int limit) {
        return JobRun.<JobRun>find("job", Sort.descending("startedAt", "id"), job).page(0, limit).list()
                .map(list -> list.stream().map(RunView::of).toList());
    }

    /**
     * Runs routine retention now; with {@code dryRun=true} it only reports what would be deleted. 409 while it runs
     * already (on any instance).
     */
    @POST
    @Path("/routine-retention")
    public Uni<Response> runRoutineRetention(@QueryParam("dryRun") boolean dryRun) {
        return routine.run(dryRun).map(run -> run == null
                ? Problem.of(409, "Routine retention is running", "Routine retention runs right now; try again when "
                        + "it is done (the jobs overview lists its runs).").toResponse()
                : Response.ok(RunView.of(run)).build());
    }
}
