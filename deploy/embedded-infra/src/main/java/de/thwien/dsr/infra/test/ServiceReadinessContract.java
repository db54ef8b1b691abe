package de.thwien.dsr.infra.test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service promises operations: readiness that really checks PostgreSQL and Kafka,
 * liveness, OpenAPI, Prometheus metrics, and a consumer group that joined its topics.
 * A service's test extends it, annotated {@code @QuarkusTest}.
 */
public abstract class ServiceReadinessContract {

    private final String consumerGroup;
    private final List<String> consumedTopics;

    protected ServiceReadinessContract(String consumerGroup, List<String> consumedTopics) {
        this.consumerGroup = consumerGroup;
        this.consumedTopics = consumedTopics.stream().sorted().toList();
    }

    @Test
    void readinessChecksPostgresqlAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check",
                        "Kafka connection health check", "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiAndPrometheusMetricsAreServed() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void consumerGroupHasJoinedItsTopics() {
        String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> ConsumerGroups.assignedTopics(bootstrapServers, consumerGroup),
                consumedTopics::equals);
    }
}
