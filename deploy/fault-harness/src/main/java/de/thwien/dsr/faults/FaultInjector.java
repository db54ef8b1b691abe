package de.thwien.dsr.faults;

import de.thwien.dsr.infra.test.RefusingProxy;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The faults of one run, in a random order at random moments: every service of the run's choice
 * ({@link HarnessOptions#kills}) killed with SIGKILL {@code killsPerService} times (and started again after a short random pause), the Kafka broker stopped
 * and started once, PostgreSQL refusing connections once. A killed service restarts in the background, so
 * faults overlap.
 */
final class FaultInjector implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);
    private static final String KAFKA = "kafka";
    private static final String POSTGRES = "postgres";
    private static final Duration KAFKA_DOWN = Duration.ofSeconds(5);
    private static final Duration POSTGRES_DOWN = Duration.ofSeconds(5);

    private final LocalStack stack;
    private final RefusingProxy postgres;
    private final Random random;
    private final List<String> faults = new ArrayList<>();
    private final Duration meanGap;
    private final AtomicInteger kills = new AtomicInteger();
    private final AtomicInteger restarts = new AtomicInteger();
    private final ExecutorService restarter = Executors.newCachedThreadPool();
    private final Map<String, Future<?>> restarting = new HashMap<>();

    FaultInjector(LocalStack stack, RefusingProxy postgres, HarnessOptions options, Duration spreadOver) {
        this.stack = stack;
        this.postgres = postgres;
        this.random = new Random(options.seed());
        for (ServiceProcess service : stack.services()) {
            if (!options.kills(service.service().name())) {
                continue;
            }
            for (int i = 0; i < options.killsPerService(); i++) {
                faults.add(service.service().name());
            }
        }
        faults.add(KAFKA);
        faults.add(POSTGRES);
        Collections.shuffle(faults, random);
        this.meanGap = spreadOver.dividedBy(faults.size() + 1);
    }

    @Override
    public void run() {
        try {
            for (String fault : faults) {
                pause(randomAround(meanGap));
                switch (fault) {
                    case KAFKA -> restartKafka();
                    case POSTGRES -> refusePostgres();
                    default -> kill(fault);
                }
            }
            for (Future<?> restart : restarting.values()) {
                restart.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a killed service did not start again", e.getCause());
        } finally {
            restarter.shutdown();
        }
    }

    int kills() {
        return kills.get();
    }

    int restarts() {
        return restarts.get();
    }

    /**
     * Kills the service and starts it again in the background after a random pause of up to 3 s, so
     * other faults can hit the system while it restarts; a service is killed again only once it is back.
     */
    private void kill(String service) throws InterruptedException, ExecutionException {
        Future<?> previous = restarting.get(service);
        if (previous != null) {
            previous.get();
        }
        LOG.info("fault: SIGKILL {}", service);
        stack.kill(service);
        kills.incrementAndGet();
        long downMillis = random.nextInt(3000);
        restarting.put(service, restarter.submit(() -> {
            pause(Duration.ofMillis(downMillis));
            startAgain(service);
            restarts.incrementAndGet();
            LOG.info("fault: {} running again", service);
            return null;
        }));
    }

    /**
     * Like a supervisor (systemd, Kubernetes): a service that exits while starting (e.g. its migration
     * found the database refusing connections) is started again.
     */
    private void startAgain(String service) {
        for (int attempt = 1; ; attempt++) {
            try {
                stack.restart(service);
                return;
            } catch (IllegalStateException failedToStart) {
                if (attempt == 5) {
                    throw failedToStart;
                }
                LOG.warn("fault: {} did not start ({}), starting it again", service, failedToStart.getMessage());
                stack.kill(service);
            }
        }
    }

    private void restartKafka() throws InterruptedException {
        LOG.info("fault: Kafka broker stopped");
        stack.infra().stopKafka();
        pause(KAFKA_DOWN);
        stack.infra().startKafka();
        restarts.incrementAndGet();
        LOG.info("fault: Kafka broker started again");
    }

    private void refusePostgres() throws InterruptedException {
        LOG.info("fault: PostgreSQL refuses connections");
        postgres.refuse();
        pause(POSTGRES_DOWN);
        postgres.open();
        LOG.info("fault: PostgreSQL accepts connections again");
    }

    private Duration randomAround(Duration mean) {
        return Duration.ofMillis((long) (mean.toMillis() * (0.5 + random.nextDouble())));
    }

    /**
     * Deliberate: the gap before the next fault, a killed service's time down, or how long Kafka or
     * PostgreSQL stays away. Nothing is waited for, so this is a sleep, not a poll.
     */
    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
