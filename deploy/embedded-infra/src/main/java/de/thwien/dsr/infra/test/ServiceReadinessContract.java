package de.thwien.dsr.infra.test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service promises operations: readiness that really checks PostgreSQL and Kafka,
 * liveness (both open), OpenAPI, Swagger UI and Prometheus metrics (behind a login with the role admin or service),
 * and a consumer group that joined its topics.
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
        operator().when().get("/q/openapi").then().statusCode(200);
        operator().when().get("/q/metrics").then().statusCode(200);
        operator().redirects().follow(false).when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void openApiMetricsAndSwaggerUiNeedALogin() {
        for (String path : List.of("/q/openapi", "/q/openapi?format=json", "/q/metrics", "/q/swagger-ui",
                "/q/swagger-ui/", "/q/swagger-ui/index.html")) {
            given().redirects().follow(false).when().get(path).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Basic"));
            given().auth().preemptive().basic(EndpointAccessContract.WRONG_ROLE_USER,
                    EndpointAccessContract.WRONG_ROLE_PASSWORD).redirects().follow(false).when().get(path)
                    .then().statusCode(403);
        }
    }

    /** The test login with the role admin, which the operator's tools need. */
    public static RequestSpecification operator() {
        return given().auth().preemptive().basic("hostile-input", "demo-hostile");
    }

    @Test
    void consumerGroupHasJoinedItsTopics() {
        String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> ConsumerGroups.assignedTopics(bootstrapServers, consumerGroup),
                consumedTopics::equals);
    }
}
