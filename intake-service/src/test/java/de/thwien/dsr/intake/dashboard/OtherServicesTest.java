package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A service the dashboard is not configured for (the default outside the local stack) is never called and gives a
 * reply without value, as an unreachable one does. The Quarkus tests all run with the StandInServices configured,
 * so this branch is checked here.
 */
class OtherServicesTest {

    @Test
    void aServiceWithoutABaseUrlIsNotCalledAndGivesAReplyWithoutValue() {
        AtomicBoolean clientAsked = new AtomicBoolean();
        OtherServices services = new OtherServices(new Unconfigured(" "), new Unasked<>(clientAsked),
                new Unasked<>(clientAsked), new Unasked<>(clientAsked), 3000, 3000);

        OtherServices.Reply<String> erasure = services.<String>erasure(client -> Uni.createFrom().item("plan"))
                .await().indefinitely();
        OtherServices.Reply<String> index = services.<String>index(client -> Uni.createFrom().item("status"))
                .await().indefinitely();

        assertThat(clientAsked).as("a client was looked up").isFalse();
        assertThat(erasure.answered()).isFalse();
        assertThat(erasure.value()).isNull();
        assertThat(index.answered()).isFalse();
    }

    @Test
    void theWellnessOfServicesWithoutABaseUrlIsNotAskedAndHasNoValue() {
        AtomicBoolean clientAsked = new AtomicBoolean();
        OtherServices services = new OtherServices(new Unconfigured(" "), new Unasked<>(clientAsked),
                new Unasked<>(clientAsked), new Unasked<>(clientAsked), 3000, 3000);

        assertThat(services.wellness().await().indefinitely())
                .extracting(OtherServices.ServiceWellness::service)
                .containsExactly("subject-index-service", "erasure-service", "notifier-service");
        assertThat(services.wellness().await().indefinitely())
                .allSatisfy(wellness -> assertThat(wellness.reply().answered()).isFalse());
    }

    /** Records that the client was looked up (it could not be built without a URL). */
    private record Unasked<T>(AtomicBoolean asked) implements Instance<T> {

        @Override
        public T get() {
            asked.set(true);
            throw new IllegalStateException("no URL, no client");
        }

        @Override
        public Instance<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return false;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public void destroy(T instance) {
        }

        @Override
        public Handle<T> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<T>> handles() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<T> iterator() {
            throw new UnsupportedOperationException();
        }
    }

    /** No URL for erasure-service, a blank one for subject-index-service. */
    private record Unconfigured(String blank) implements DashboardConfig {

        @Override
        public Optional<String> erasureBaseUrl() {
            return Optional.empty();
        }

        @Override
        public Optional<String> indexBaseUrl() {
            return Optional.of(blank);
        }

        @Override
        public Optional<String> notifierBaseUrl() {
            return Optional.empty();
        }

        @Override
        public Optional<String> serviceUsername() {
            return Optional.empty();
        }

        @Override
        public Optional<String> servicePassword() {
            return Optional.empty();
        }
    }
}
