package de.thwien.dsr.faults;

import de.thwien.dsr.localstack.LocalStack;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Injects a scenario's faults one after the other at random moments (seeded) spread over the run. A killed
 * service restarts in the background, so faults overlap; an outage lasts its length before the next fault.
 */
final class FaultInjector implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

    /** How long a fault that needs the system to be somewhere first (erasures planned, holds scheduled) waits. */
    private static final Duration PRECONDITION_TIMEOUT = Duration.ofMinutes(5);

    private final LocalStack stack;
    private final SystemState state;
    private final Outages outages;
    private final PostgresCrash postgres;
    private final ErasureClock erasureClock;
    private final Random random;
    private final List<Fault> faults;
    private final Duration meanGap;
    private final AtomicInteger injected = new AtomicInteger();
    private final AtomicInteger kills = new AtomicInteger();
    private final AtomicInteger restarts = new AtomicInteger();
    private final ExecutorService restarter = Executors.newCachedThreadPool();
    private final Map<String, Future<?>> restarting = new HashMap<>();
    private volatile Instant over;
    private volatile Duration clockOffset = Duration.ZERO;

    FaultInjector(LocalStack stack, SystemState state, Outages outages, PostgresCrash postgres, List<Fault> faults,
            Duration spreadOver, Random random) {
        this.stack = stack;
        this.state = state;
        this.outages = outages;
        this.postgres = postgres;
        this.erasureClock = new ErasureClock(stack.service("erasure-service").service().baseUrl());
        this.random = random;
        this.faults = faults;
        this.meanGap = spreadOver.dividedBy(faults.size() + 1);
    }

    @Override
    public void run() {
        try {
            for (Fault fault : faults) {
                pause(randomAround(meanGap));
                inject(fault);
                injected.incrementAndGet();
            }
            for (Future<?> restart : restarting.values()) {
                restart.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a killed service did not start again", e.getCause());
        } finally {
            over = Instant.now();
            restarter.shutdown();
        }
    }

    private void inject(Fault fault) throws InterruptedException, ExecutionException {
        LOG.info("fault: {}", fault);
        switch (fault.kind()) {
            case KILL_SERVICE -> kill(fault.target());
            case RESTART_KAFKA -> restartKafka(fault.length());
            case REFUSE_POSTGRES -> outage(fault.length(), outages.database::refuse, outages.database::open);
            case KILL_POSTGRES -> {
                postgres.crashAndRecover(fault.length());
                restarts.incrementAndGet();
            }
            case MAIL_DOWN -> outage(fault.length(), outages::mailDown, outages::mailUp);
            case STORES_DOWN -> {
                // during erasures: once the first erasure plan is there, its items are executed or about to be
                awaitUntil("an erasure plan", () -> !state.plannedCases().isEmpty());
                outage(fault.length(), outages::storesDown, outages::storesUp);
            }
            case CLOCK_JUMP -> {
                // mid-run, with holds to end: once a restriction has scheduled its deferred erasure
                awaitUntil("a deferred erasure", () -> state.deferredErasuresDue(Scenario.NINE_YEARS) > 0);
                erasureClock.advance(fault.length());
                clockOffset = clockOffset.plus(fault.length());
            }
            default -> throw new IllegalStateException(fault.kind().name());
        }
        LOG.info("fault over: {}", fault);
    }

    /** Faults injected (kills, restarts of the broker or the database, outages, clock jumps). */
    int injected() {
        return injected.get();
    }

    int kills() {
        return kills.get();
    }

    int restarts() {
        return restarts.get();
    }

    /** When the last fault was over (its service running again, its outage ended). */
    Instant over() {
        return over;
    }

    /** How far erasure-service's clock was moved. */
    Duration clockOffset() {
        return clockOffset;
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

    private void restartKafka(Duration down) throws InterruptedException {
        stack.infra().stopKafka();
        pause(down);
        stack.infra().startKafka();
        restarts.incrementAndGet();
    }

    private static void outage(Duration length, Runnable down, Runnable up) throws InterruptedException {
        down.run();
        try {
            pause(length);
        } finally {
            up.run();
        }
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PRECONDITION_TIMEOUT);
        while (!holds(condition)) {
            if (Instant.now().isAfter(deadline)) {
                LOG.warn("fault: no {} after {}, injecting anyway", what, PRECONDITION_TIMEOUT);
                return;
            }
            // deliberate: the fault waits for the system under load to get there, checked once a second
            pause(Duration.ofSeconds(1));
        }
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException notReadable) {
            return false;
        }
    }

    private Duration randomAround(Duration mean) {
        return Duration.ofMillis((long) (mean.toMillis() * (0.5 + random.nextDouble())));
    }

    /**
     * Deliberate: the gap before the next fault, a killed service's time down, or how long a part of the
     * infrastructure stays away. Nothing is waited for, so this is a sleep, not a poll.
     */
    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
