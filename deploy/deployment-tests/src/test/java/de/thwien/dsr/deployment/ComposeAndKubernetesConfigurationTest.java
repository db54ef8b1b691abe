package de.thwien.dsr.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComposeAndKubernetesConfigurationTest {

    private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|_KEY|_HASH).*");

    static List<String> services() {
        return DeploymentFiles.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeSetsEveryKeyTheServiceRequires(String service) {
        assertThat(ServiceConfiguration.of(service, DeploymentFiles.composeEnvironment(service)).problems())
                .as("configuration problems of %s in docker-compose.yml", service)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesSetsEveryKeyTheServiceRequires(String service) {
        assertThat(ServiceConfiguration.of(service, DeploymentFiles.kubernetesEnvironment(service)).problems())
                .as("configuration problems of %s in deploy/k8s", service)
                .isEmpty();
    }

    @Test
    void checkerReportsAMissingSecretWithoutDefault() {
        Map<String, String> environment = new HashMap<>(DeploymentFiles.composeEnvironment("intake-service"));
        environment.remove("DSR_SESSION_KEY");

        assertThat(ServiceConfiguration.of("intake-service", environment).problems())
                .anySatisfy(problem -> assertThat(problem).contains("DSR_SESSION_KEY"));
    }

    @Test
    void checkerReportsInfrastructureLeftAtTheLocalStacksDefaults() {
        assertThat(ServiceConfiguration.of("notifier-service", Map.of()).problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("dsr.postgres.host = 127.0.0.1"))
                .anySatisfy(problem -> assertThat(problem).startsWith("kafka.bootstrap.servers = 127.0.0.1"))
                .anySatisfy(problem -> assertThat(problem).startsWith("dsr.mail.host = 127.0.0.1"))
                .anySatisfy(problem -> assertThat(problem).startsWith("quarkus.http.host = 127.0.0.1"))
                .anySatisfy(problem -> assertThat(problem).startsWith("dsr.auth.users: no login"));
    }

    @Test
    void checkerReportsARequiredMappingKey() {
        Map<String, String> environment = new HashMap<>(DeploymentFiles.composeEnvironment("subject-index-service"));
        environment.remove("DSR_ACCESS_PACKAGE_KEY");

        assertThat(ServiceConfiguration.of("subject-index-service", environment).problems())
                .anySatisfy(problem -> assertThat(problem).contains("dsr.access-package.key"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeAndKubernetesRunTheImageTheImagesProfileBuilds(String service) {
        String image = System.getProperty("dsr.image.group") + "/" + service + ":" + DeploymentFiles.version();

        assertThat(DeploymentFiles.composeService(service).get("image")).isEqualTo(image);
        assertThat(DeploymentFiles.container(service).get("image")).isEqualTo(image);
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyPortIsTheServicesHttpPort(String service) {
        String port = ServiceConfiguration.of(service, Map.of()).value("quarkus.http.port");

        assertThat(DeploymentFiles.composeEnvironment(service)).containsEntry("QUARKUS_HTTP_PORT", port);
        assertThat(DeploymentFiles.composeService(service).get("ports")).isEqualTo(List.of(port + ":" + port));
        assertThat(DeploymentFiles.kubernetesEnvironment(service)).containsEntry("QUARKUS_HTTP_PORT", port);
        Map<String, Object> container = DeploymentFiles.container(service);
        assertThat(Yamls.list(container, "ports")).singleElement()
                .satisfies(containerPort -> assertThat(containerPort).containsEntry("name", "http")
                        .containsEntry("containerPort", Integer.valueOf(port)));
        Map<String, Object> kubernetesService = DeploymentFiles.kubernetesObject("Service", service);
        assertThat(Yamls.list(kubernetesService, "spec", "ports")).singleElement()
                .satisfies(servicePort -> assertThat(servicePort).containsEntry("port", Integer.valueOf(port))
                        .containsEntry("targetPort", "http"));
        assertThat(Yamls.map(kubernetesService, "spec", "selector"))
                .isEqualTo(Yamls.map(DeploymentFiles.kubernetesObject("Deployment", service),
                        "spec", "template", "metadata", "labels").entrySet().stream()
                        .filter(label -> label.getKey().equals("app.kubernetes.io/name"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceUrlsOfTheDashboardNameTheOtherServicesPorts(String service) {
        if (service.equals("intake-service")) {
            return;
        }
        String port = ServiceConfiguration.of(service, Map.of()).value("quarkus.http.port");
        String key = switch (service) {
            case "subject-index-service" -> "DSR_DASHBOARD_INDEX_BASE_URL";
            case "erasure-service" -> "DSR_DASHBOARD_ERASURE_BASE_URL";
            default -> "DSR_DASHBOARD_NOTIFIER_BASE_URL";
        };
        String url = "http://" + service + ":" + port;

        assertThat(DeploymentFiles.composeEnvironment("intake-service")).containsEntry(key, url);
        assertThat(DeploymentFiles.kubernetesEnvironment("intake-service")).containsEntry(key, url);
    }

    @ParameterizedTest
    @MethodSource("services")
    void healthChecksAskTheServicesOwnReadinessAndLiveness(String service) {
        assertThat(Yamls.string(DeploymentFiles.composeService(service), "healthcheck", "test"))
                .contains("/q/health/ready").contains("QUARKUS_HTTP_PORT");
        Map<String, Object> container = DeploymentFiles.container(service);
        assertThat(Yamls.string(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
        assertThat(Yamls.string(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
        assertThat(Yamls.string(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
        assertThat(Yamls.map(container, "resources", "requests")).containsKeys("cpu", "memory");
        assertThat(Yamls.map(container, "resources", "limits")).containsKeys("cpu", "memory");
    }

    /** Every scheduled job runs on one instance at a time (README "Scaling out"), so no service has to be alone. */
    @ParameterizedTest
    @MethodSource("services")
    void kubernetesRunsEveryServiceWithTwoReplicas(String service) {
        assertThat(Yamls.at(DeploymentFiles.kubernetesObject("Deployment", service), "spec", "replicas")).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesKeepsEveryCredentialInASecret(String service) {
        assertThat(DeploymentFiles.kubernetesEnvironmentBySource(service))
                .allSatisfy((name, value) -> {
                    if (CREDENTIAL.matcher(name).matches()) {
                        assertThat(value.source()).as(name).startsWith("Secret ");
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("services")
    void caCertificatesAreWhereTheKubernetesVolumeMountsThem(String service) {
        Map<String, String> environment = DeploymentFiles.kubernetesEnvironment(service);
        String mountPath = Yamls.list(DeploymentFiles.container(service), "volumeMounts").stream()
                .filter(mount -> "infra-ca".equals(mount.get("name"))).map(mount -> (String) mount.get("mountPath"))
                .findFirst().orElseThrow();

        assertThat(environment.get("DSR_POSTGRES_CA_CERT")).startsWith(mountPath + "/");
        assertThat(environment.get("DSR_KAFKA_CA_CERT")).startsWith(mountPath + "/");
    }

    @Test
    void composeRunsTheBomsKafkaAndCreatesEveryTopicWithItsDeadLetterTwin() {
        String kafkaImage = "apache/kafka:" + AppInfoParser.getVersion();
        String topicCommand = String.valueOf(DeploymentFiles.composeService("kafka-topics").get("command"));

        assertThat(DeploymentFiles.composeService("kafka").get("image")).isEqualTo(kafkaImage);
        assertThat(DeploymentFiles.composeService("kafka-topics").get("image")).isEqualTo(kafkaImage);
        assertThat(topicCommand).contains("for topic in " + String.join(" ", Topics.ALL) + ";")
                .contains("--topic $$topic --partitions 3")
                .contains("--topic $$topic" + Topics.deadLetterOf("") + " --partitions 1");
    }

    @Test
    void composeMailServerIsTheGreenMailTheTestsUse() {
        assertThat(DeploymentFiles.composeService("mail").get("image"))
                .isEqualTo("greenmail/standalone:" + System.getProperty("dsr.greenmail.version"));
    }
}
