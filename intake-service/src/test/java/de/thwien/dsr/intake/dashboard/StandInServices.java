package de.thwien.dsr.intake.dashboard;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Stands in for erasure-service and subject-index-service at the edge of the dashboard, for every test of the module
 * (one configuration, so the application starts once): dsr.dashboard.erasure-base-url and index-base-url point here,
 * with the dashboard's service login {@value #USERNAME}. Unless a test gives a service other behaviour
 * ({@link #erasure(HttpHandler)}, {@link #index(HttpHandler)}), it is not reachable: the connection closes without an
 * answer, which the dashboard shows as "not available". A field of this type in the test class is filled with it;
 * a test that changes a service calls {@link #reset()} after it. (notifier-service is the NotifierServiceStub.)
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    static final String USERNAME = "dashboard";
    static final String PASSWORD = "stub-secret";

    private static final HttpHandler NOT_REACHABLE = exchange -> exchange.close();

    private volatile HttpHandler erasure = NOT_REACHABLE;
    private volatile HttpHandler index = NOT_REACHABLE;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/erasure", exchange -> erasure.handle(exchange));
        server.createContext("/index", exchange -> index.handle(exchange));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("dsr.dashboard.erasure-base-url", base + "/erasure",
                "dsr.dashboard.index-base-url", base + "/index",
                "dsr.dashboard.service-username", USERNAME,
                "dsr.dashboard.service-password", PASSWORD);
    }

    /** erasure-service answers with {@code handler} until {@link #reset()}. */
    public void erasure(HttpHandler handler) {
        erasure = handler;
    }

    /** subject-index-service answers with {@code handler} until {@link #reset()}. */
    public void index(HttpHandler handler) {
        index = handler;
    }

    /** Both services not reachable again. */
    public void reset() {
        erasure = NOT_REACHABLE;
        index = NOT_REACHABLE;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(StandInServices.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
