package de.thwien.dsr.intake.dashboard;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.function.Function;
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
     * What a service answered: its value (status 200), its refusal with the status and problem detail, or nothing
     * (status 0): not configured, not reachable or too slow.
     */
    public record Reply<T>(int status, T value, String problem) {

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

    public OtherServices(DashboardConfig config, @RestClient Instance<ErasureService> erasure,
            @RestClient Instance<SubjectIndexService> index, @RestClient Instance<NotifierService> notifier) {
        this.config = config;
        this.erasure = erasure;
        this.index = index;
        this.notifier = notifier;
    }

    public <T> Uni<Reply<T>> erasure(Function<ErasureService, Uni<T>> call) {
        return call("erasure-service", config.erasureBaseUrl(), erasure, call);
    }

    public <T> Uni<Reply<T>> index(Function<SubjectIndexService, Uni<T>> call) {
        return call("subject-index-service", config.indexBaseUrl(), index, call);
    }

    public <T> Uni<Reply<T>> notifier(Function<NotifierService, Uni<T>> call) {
        return call("notifier-service", config.notifierBaseUrl(), notifier, call);
    }

    private static <C, T> Uni<Reply<T>> call(String service, Optional<String> baseUrl, Instance<C> client,
            Function<C, Uni<T>> call) {
        if (baseUrl.filter(url -> !url.isBlank()).isEmpty()) {
            return Uni.createFrom().item(new Reply<>(0, null, null));
        }
        return Uni.createFrom().<T>deferred(() -> call.apply(client.get()))
                .map(value -> new Reply<>(200, value, null))
                .onFailure(ServiceRefusal.class).recoverWithItem(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    return new Reply<>(refusal.status(), null, refusal.detail());
                })
                .onFailure().recoverWithItem(failure -> {
                    // the type only: an exception's message may carry what the other service was asked about
                    LOG.warnf("dashboard call to %s failed: %s", service, failure.getClass().getName());
                    return new Reply<>(0, null, null);
                });
    }
}
