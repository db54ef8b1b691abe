package de.thwien.dsr.infra.test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One scrape of a service's {@code /q/metrics} (Prometheus text format), read as series → value, where a series is
 * written as in the scrape: {@code dsr_cases_open{status="RECEIVED",type="ERASURE"}} (labels in the order the scrape
 * gives them: Micrometer sorts them by name). Tests compare two scrapes around a scripted case.
 */
public final class MetricsScrape {

    private final Map<String, Double> series;

    private MetricsScrape(Map<String, Double> series) {
        this.series = series;
    }

    /** Scrapes the running test application with the operator's login. */
    public static MetricsScrape now() {
        // the classic text format (what Prometheus falls back to), not OpenMetrics with exemplars
        return parse(ServiceReadinessContract.operator().accept("text/plain; version=0.0.4").when().get("/q/metrics")
                .then().statusCode(200).extract().asString());
    }

    static MetricsScrape parse(String text) {
        Map<String, Double> series = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // name{labels} value [timestamp] [# exemplar]: label values may hold spaces, so split after the '}'
            int labelsEnd = line.indexOf('}');
            int space = line.indexOf(' ', labelsEnd < 0 ? 0 : labelsEnd);
            String[] rest = line.substring(space + 1).strip().split(" ");
            series.put(line.substring(0, space).strip(), number(rest[0]));
        }
        return new MetricsScrape(series);
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** Whether the series is in the scrape at all. */
    public boolean has(String series) {
        return this.series.containsKey(series);
    }

    /** The series' value; fails if the scrape lacks it, which is itself what a test wants to know. */
    public double value(String series) {
        Double value = this.series.get(series);
        if (value == null) {
            throw new AssertionError("no series " + series + " in /q/metrics");
        }
        return value;
    }

    /**
     * The value of the one series of metric {@code name} that carries each of {@code labels} ({@code "type=ACCESS"}),
     * in whatever order the scrape writes them; fails if there is none or more than one.
     */
    public double value(String name, String... labels) {
        List<String> matching = series.keySet().stream()
                .filter(key -> key.equals(name) || key.startsWith(name + "{"))
                .filter(key -> Arrays.stream(labels).allMatch(label -> carries(key, label)))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one series " + name + " " + Arrays.toString(labels) + ", found "
                    + matching);
        }
        return series.get(matching.get(0));
    }

    private static boolean carries(String series, String label) {
        int equals = label.indexOf('=');
        String pair = label.substring(0, equals) + "=\"" + label.substring(equals + 1) + "\"";
        return series.contains("{" + pair) || series.contains("," + pair);
    }

    /** The scrape's dsr_ series, sorted: for a failing assertion's message. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        series.entrySet().stream().filter(entry -> entry.getKey().startsWith("dsr_"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> text.append('\n').append(entry.getKey()).append(' ').append(entry.getValue()));
        return text.toString();
    }

    /** Whether some series of the metric {@code name} is in the scrape (with any labels). */
    public boolean hasMetric(String name) {
        return series.keySet().stream().anyMatch(key -> key.equals(name) || key.startsWith(name + "{"));
    }
}
