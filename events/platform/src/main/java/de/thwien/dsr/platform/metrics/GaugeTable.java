package de.thwien.dsr.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One gauge name with a series per combination of label values (e.g. status and type), all set at once by
 * {@link #replace}. A series that a refresh does not mention reads {@code whenAbsent} (0 for a count, NaN for an
 * age that does not exist), so it stays in the scrape instead of vanishing. Label values are enum names, store ids
 * and topics only, never personal data.
 */
public final class GaugeTable {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String baseUnit;
    private final List<String> labels;
    private final double whenAbsent;
    private final Map<List<String>, AtomicLong> series = new ConcurrentHashMap<>();

    private GaugeTable(MeterRegistry registry, String name, String description, String baseUnit, List<String> labels,
            double whenAbsent) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.baseUnit = baseUnit;
        this.labels = List.copyOf(labels);
        this.whenAbsent = whenAbsent;
    }

    /** Counts by the given labels; a combination without rows reads 0. */
    public static GaugeTable counts(MeterRegistry registry, String name, String description, String... labels) {
        return new GaugeTable(registry, name, description, null, List.of(labels), 0);
    }

    /** Ages in seconds by the given labels; a combination without an age reads NaN (no alert fires on it). */
    public static GaugeTable ages(MeterRegistry registry, String name, String description, String... labels) {
        return new GaugeTable(registry, name, description, "seconds", List.of(labels), Double.NaN);
    }

    /** Registers a series before any refresh, so it is scraped with {@code whenAbsent} from the start. */
    public GaugeTable expect(List<String> labelValues) {
        seriesOf(labelValues);
        return this;
    }

    /** Sets every series: the ones in {@code values} to their value, all others to {@code whenAbsent}. */
    public void replace(Map<List<String>, ? extends Number> values) {
        values.keySet().forEach(this::seriesOf);
        series.forEach((labelValues, value) -> {
            Number now = values.get(labelValues);
            value.set(Double.doubleToLongBits(now == null ? whenAbsent : now.doubleValue()));
        });
    }

    private AtomicLong seriesOf(List<String> labelValues) {
        if (labelValues.size() != labels.size()) {
            throw new IllegalArgumentException(name + " has labels " + labels + ", got " + labelValues.size());
        }
        return series.computeIfAbsent(List.copyOf(labelValues), key -> {
            AtomicLong value = new AtomicLong(Double.doubleToLongBits(whenAbsent));
            List<Tag> tags = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                tags.add(Tag.of(labels.get(i), key.get(i)));
            }
            Gauge.builder(name, value, bits -> Double.longBitsToDouble(bits.get()))
                    .description(description)
                    .baseUnit(baseUnit)
                    .tags(tags)
                    .strongReference(true)
                    .register(registry);
            return value;
        });
    }
}
