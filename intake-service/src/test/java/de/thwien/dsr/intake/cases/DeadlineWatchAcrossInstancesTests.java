package de.thwien.dsr.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class DeadlineWatchAcrossInstancesTests {

    @Inject
    Pool pool;

    @Inject
    DeadlineWatch watch;

    @Test
    void scheduledWatchSkipsWhileAnotherInstanceWatchesAndFlagsOnceItIsDone() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        tables.execute("update dsr_case set current_due_on = $1 where id = $2",
                Tuple.of(LocalDate.now(DeadlineCalculator.BERLIN).plusDays(2), UUID.fromString(caseId)));

        try (OtherInstance other = OtherInstance.running(SingleInstanceJob.named(DeadlineWatch.JOB, pool), pool)) {
            VertxContextSupport.subscribeAndAwait(() -> watch.scheduled());
            assertThat(tables.timelineEntries(caseId, "DEADLINE_DUE_SOON")).as("skipped").isZero();
        }
        VertxContextSupport.subscribeAndAwait(() -> watch.scheduled());

        assertThat(tables.timelineEntries(caseId, "DEADLINE_DUE_SOON")).isEqualTo(1);
    }
}
