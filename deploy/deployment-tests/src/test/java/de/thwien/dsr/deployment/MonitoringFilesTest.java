package de.thwien.dsr.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * deploy/monitoring: the alert rules load as a Prometheus rule file (its schema, as {@code promtool check rules} reads
 * it: groups with a unique name and rules, each rule an alert or a record with a non-empty expression, durations in
 * Prometheus' syntax, labels and annotations as maps of strings), and the rules and the Grafana dashboard use only
 * metrics that the README's "Metrics" table documents.
 */
class MonitoringFilesTest {

    private static final Pattern DURATION =
            Pattern.compile("^(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?$");
    private static final Pattern LABEL_NAME = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]*$");
    private static final Pattern METRIC_NAME = Pattern.compile("^[a-zA-Z_:][a-zA-Z0-9_:]*$");
    private static final Pattern DSR_METRIC = Pattern.compile("\\bdsr_[a-z0-9_]+");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(dsr_[a-z0-9_]+)(\\{[a-z,]*})?` \\|",
            Pattern.MULTILINE);
    private static final Set<String> GROUP_KEYS = Set.of("name", "interval", "limit", "query_offset", "labels",
            "rules");
    private static final Set<String> ALERT_KEYS = Set.of("alert", "expr", "for", "keep_firing_for", "labels",
            "annotations");
    private static final Set<String> RECORD_KEYS = Set.of("record", "expr", "labels");
    private static final Path MONITORING = DeploymentFiles.projectRoot().resolve("deploy/monitoring");

    @Test
    void theAlertRulesAreAValidPrometheusRuleFile() throws IOException {
        Map<String, Object> file = yaml(MONITORING.resolve("alerts.yml"));

        assertThat(file).containsOnlyKeys("groups");
        List<Map<String, Object>> groups = Yamls.list(file, "groups");
        assertThat(groups).isNotEmpty();
        Set<String> groupNames = new HashSet<>();
        for (Map<String, Object> group : groups) {
            assertThat(GROUP_KEYS).containsAll(group.keySet());
            assertThat(group.get("name")).isInstanceOf(String.class).asString().isNotBlank();
            assertThat(groupNames.add((String) group.get("name"))).as("group name unique").isTrue();
            if (group.containsKey("interval")) {
                assertDuration(group.get("interval"));
            }
            List<Map<String, Object>> rules = Yamls.list(group, "rules");
            assertThat(rules).as("rules of " + group.get("name")).isNotEmpty();
            rules.forEach(MonitoringFilesTest::assertRule);
        }
    }

    @Test
    void theAlertRulesCoverOverdueCasesDeadLettersAStuckOutboxAStaleCrawlAndABouncedNotice() throws IOException {
        String rules = Files.readString(MONITORING.resolve("alerts.yml"));

        assertThat(rules).contains("dsr_cases_overdue", "dsr_inbox_dead_letters_total",
                "dsr_outbox_oldest_unsent_age_seconds) > 300", "dsr_crawl_age_seconds) > 7200",
                "dsr_notices_bounced_total");
    }

    @Test
    void theAlertRulesCoverAStoreDownForTenMinutesAStoreNeverCrawledAndAFailedNotice() throws IOException {
        Map<String, Map<String, Object>> alerts = new java.util.HashMap<>();
        for (Map<String, Object> group : Yamls.list(yaml(MONITORING.resolve("alerts.yml")), "groups")) {
            Yamls.list(group, "rules").forEach(rule -> alerts.put((String) rule.get("alert"), rule));
        }

        assertThat(alerts.get("DsrStoreDown")).containsEntry("for", "10m")
                .extractingByKey("expr").asString().contains("dsr_dependency_up", "== 0");
        assertThat(alerts.get("DsrCrawlNeverCompleted")).containsEntry("for", "2h")
                .extractingByKey("expr").asString().contains("dsr_crawl_never_completed", "== 1");
        assertThat(alerts.get("DsrNoticeFailed")).extractingByKey("expr").asString()
                .contains("dsr_notices_failed_total");
    }

    @Test
    void theRulesAndTheDashboardUseOnlyDocumentedMetrics() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher rows = DOCUMENTED.matcher(Files.readString(DeploymentFiles.projectRoot().resolve("README.md")));
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertThat(documented).contains("dsr_cases_open", "dsr_outbox_backlog", "dsr_notices_bounced_total");

        Set<String> used = new TreeSet<>();
        for (String file : List.of("alerts.yml", "grafana-dashboard.json")) {
            Matcher names = DSR_METRIC.matcher(Files.readString(MONITORING.resolve(file)));
            while (names.find()) {
                used.add(names.group().replaceFirst("_(bucket|count|sum|max)$", ""));
            }
        }
        assertThat(used).hasSizeGreaterThanOrEqualTo(15);
        assertThat(documented).containsAll(used);
    }

    @Test
    void theDashboardIsAGrafanaDashboardWhosePanelsAllQueryPrometheus() throws IOException {
        Map<String, Object> dashboard = yaml(MONITORING.resolve("grafana-dashboard.json"));

        assertThat(dashboard).containsKeys("title", "uid", "panels", "schemaVersion");
        List<Map<String, Object>> panels = Yamls.list(dashboard, "panels");
        assertThat(panels).isNotEmpty().allSatisfy(panel -> {
            assertThat(Yamls.string(panel, "datasource", "type")).isEqualTo("prometheus");
            assertThat(Yamls.list(panel, "targets")).isNotEmpty()
                    .allSatisfy(target -> assertThat(Yamls.string(target, "expr")).isNotBlank());
        });
    }

    @SuppressWarnings("unchecked")
    private static void assertRule(Map<String, Object> rule) {
        boolean alert = rule.containsKey("alert");
        assertThat(alert ^ rule.containsKey("record")).as("exactly one of alert and record: " + rule).isTrue();
        assertThat(alert ? ALERT_KEYS : RECORD_KEYS).containsAll(rule.keySet());
        if (alert) {
            assertThat(rule.get("alert")).isInstanceOf(String.class).asString().isNotBlank();
        } else {
            assertThat((String) rule.get("record")).matches(METRIC_NAME);
        }
        assertThat(rule.get("expr")).isInstanceOf(String.class).asString().isNotBlank();
        assertBalanced((String) rule.get("expr"));
        for (String duration : List.of("for", "keep_firing_for")) {
            if (rule.containsKey(duration)) {
                assertDuration(rule.get(duration));
            }
        }
        for (String map : List.of("labels", "annotations")) {
            if (rule.containsKey(map)) {
                assertThat(rule.get(map)).isInstanceOf(Map.class);
                ((Map<Object, Object>) rule.get(map)).forEach((name, value) -> {
                    assertThat(name).isInstanceOf(String.class).asString().matches(LABEL_NAME);
                    assertThat(value).isInstanceOf(String.class);
                });
            }
        }
    }

    private static void assertDuration(Object duration) {
        assertThat(duration).isInstanceOf(String.class).asString().isNotEmpty().matches(DURATION);
    }

    private static void assertBalanced(String expr) {
        int depth = 0;
        for (char c : expr.toCharArray()) {
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            assertThat(depth).as("brackets of " + expr).isNotNegative();
        }
        assertThat(depth).as("brackets of " + expr).isZero();
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }
}
