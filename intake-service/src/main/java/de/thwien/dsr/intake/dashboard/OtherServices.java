package de.thwien.dsr.intake.dashboard;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The dashboard's calls to erasure-service, subject-index-service and notifier-service through their typed clients,
 * with the dashboard's service login and the clients' connect and read timeouts. A service that is not configured,
 * not reachable, too slow or refuses gives a reply without value, which the pages show as "not available" or with
 * the service's problem detail: the rest of the dashboard keeps working.
 */
@ApplicationScoped
public class OtherServices {

    private static final Logger LOG = Logger.getLogger(OtherServices.class);

    /**
     * What a service answered: its value (status 200), its refusal with the status, problem detail and the refusal's
     * name from the problem type ({@code problemCode}, null when it named none), or nothing (status 0): not
     * configured, not reachable or too slow.
     */
    public record Reply<T>(int status, T value, String problem, String problemCode) {

        public Reply(int status, T value, String problem) {
            this(status, value, problem, null);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean answered() {
            return status != 0;
        }
    }

    private final DashboardConfig config;
    // looked up on the first call: a client without a URL (service not configured) cannot be built
    private final Instance<ErasureService> erasure;
    private final Instance<SubjectIndexService> index;
    private final Instance<NotifierService> notifier;
    private final long connectTimeoutMillis;
    private final long readTimeoutMillis;
    // one health client per base URL, built on first use
    private final Map<String, ServiceHealth> healthClients = new ConcurrentHashMap<>();

    public OtherServices(DashboardConfig config, @RestClient Instance<ErasureService> erasure,
            @RestClient Instance<SubjectIndexService> index, @RestClient Instance<NotifierService> notifier,
            @ConfigProperty(name = "quarkus.rest-client.connect-timeout") long connectTimeoutMillis,
            @ConfigProperty(name = "quarkus.rest-client.read-timeout") long readTimeoutMillis) {
        this.config = config;
        this.erasure = erasure;
        this.index = index;
        this.notifier = notifier;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** A service's wellness group ({@code /q/health/well}): the stores and mail servers it uses. */
    public record ServiceWellness(String service, Reply<ServiceHealth.Wellness> reply) {
    }

    /**
     * The wellness groups of subject-index-, erasure- and notifier-service, asked side by side (so the overview waits
     * one timeout at most); a group with a store down (HTTP 503) is an answer.
     */
    public Uni<List<ServiceWellness>> wellness() {
        return Uni.combine().all().unis(wellness("subject-index-service", config.indexBaseUrl()),
                wellness("erasure-service", config.erasureBaseUrl()),
                wellness("notifier-service", config.notifierBaseUrl()))
                .with((index, erasure, notifier) -> List.of(index, erasure, notifier));
    }

    private Uni<ServiceWellness> wellness(String service, Optional<String> baseUrl) {
        Supplier<ServiceHealth> client = () -> healthClients.computeIfAbsent(baseUrl.orElseThrow(),
                url -> QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                        .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                        .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                        .build(ServiceHealth.class));
        return call(service, baseUrl, client, health -> health.wellness()
                .onFailure(ServiceHealth.SomeDown.class)
                .recoverWithItem(failure -> ((ServiceHealth.SomeDown) failure).wellness()))
                .map(reply -> new ServiceWellness(service, reply));
    }

    public <T> Uni<Reply<T>> erasure(Function<ErasureService, Uni<T>> call) {
        return call("erasure-service", config.erasureBaseUrl(), erasure::get, call);
    }

    public <T> Uni<Reply<T>> index(Function<SubjectIndexService, Uni<T>> call) {
        return call("subject-index-service", config.indexBaseUrl(), index::get, call);
    }

    public <T> Uni<Reply<T>> notifier(Function<NotifierService, Uni<T>> call) {
        return call("notifier-service", config.notifierBaseUrl(), notifier::get, call);
    }

    private static <C, T> Uni<Reply<T>> call(String service, Optional<String> baseUrl, Supplier<C> client,
            Function<C, Uni<T>> call) {
        if (baseUrl.filter(url -> !url.isBlank()).isEmpty()) {
            return Uni.createFrom().item(new Reply<>(0, null, null));
        }
        return Uni.createFrom().<T>deferred(() -> call.apply(client.get()))
                .map(value -> new Reply<>(200, value, null))
                .onFailure(ServiceRefusal.class).recoverWithItem(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    return new Reply<>(refusal.status(), null, refusal.detail(), refusal.code());
                })
                .onFailure().recoverWithItem(failure -> {
                    // the type only: an exception's message may carry what the other service was asked about
                    LOG.warnf("dashboard call to %s failed: %s", service, failure.getClass().getName());
                    return new Reply<>(0, null, null);
                });
    }
}
