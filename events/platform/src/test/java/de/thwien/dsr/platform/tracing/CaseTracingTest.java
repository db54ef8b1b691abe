package de.thwien.dsr.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaseTracingTest {

    private static final String CASE_ID = "0b7c2e1a-6f8d-4a51-9a43-2d1e5c7f9b10";

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final CaseTracing tracing = new CaseTracing(OpenTelemetrySdk.builder()
            .setTracerProvider(tracerProvider)
            .setPropagators(ContextPropagators.create(TextMapPropagator.composite(
                    W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance())))
            .build());

    @AfterEach
    void closeProvider() {
        tracerProvider.close();
    }

    @Test
    void consumerSpanContinuesTheTraceOfThePublishingServiceThroughTheRecordHeaders() {
        RecordHeaders headers = new RecordHeaders();
        Span publish = tracing.startPublish(UUID.randomUUID(), "de.thwien.dsr.request.received.v1", "dsr.cases",
                CASE_ID, headers);
        CaseTracing.end(publish, null);

        Span apply = tracing.startApply(UUID.randomUUID(), "de.thwien.dsr.request.received.v1", "dsr.cases",
                CASE_ID, headers);
        CaseTracing.end(apply, null);

        SpanData published = span("dsr.cases publish");
        SpanData applied = span("dsr.cases apply");
        assertThat(applied.getTraceId()).isEqualTo(published.getTraceId());
        assertThat(applied.getParentSpanId()).isEqualTo(published.getSpanId());
        assertThat(published.getAttributes().get(CaseTracing.CASE_ID)).isEqualTo(CASE_ID);
        assertThat(applied.getAttributes().get(CaseTracing.CASE_ID)).isEqualTo(CASE_ID);
    }

    @Test
    void publishedRecordCarriesTraceContextAndTheCaseIdAsBaggage() {
        RecordHeaders headers = new RecordHeaders();
        CaseTracing.end(tracing.startPublish(UUID.randomUUID(), "t", "dsr.cases", CASE_ID, headers), null);

        assertThat(headers.lastHeader("traceparent")).isNotNull();
        assertThat(new String(headers.lastHeader("baggage").value(), StandardCharsets.UTF_8))
                .contains("dsr.case_id=" + CASE_ID);
    }

    @Test
    void recordWithoutTraceContextStartsANewTraceThatStillNamesTheCase() {
        CaseTracing.end(tracing.startApply(UUID.randomUUID(), "t", "dsr.cases", CASE_ID, new RecordHeaders()), null);

        SpanData applied = span("dsr.cases apply");
        assertThat(applied.getParentSpanContext().isValid()).isFalse();
        assertThat(applied.getAttributes().get(CaseTracing.CASE_ID)).isEqualTo(CASE_ID);
    }

    @Test
    void failedApplyIsMarkedAsError() {
        CaseTracing.end(tracing.startApply(UUID.randomUUID(), "t", "dsr.cases", CASE_ID, new RecordHeaders()),
                new IllegalStateException("store down"));

        assertThat(span("dsr.cases apply").getStatus().getStatusCode())
                .isEqualTo(io.opentelemetry.api.trace.StatusCode.ERROR);
    }

    @Test
    void disabledTracingWritesNoHeaders() {
        RecordHeaders headers = new RecordHeaders();
        CaseTracing noop = new CaseTracing(OpenTelemetry.noop());

        CaseTracing.end(noop.startPublish(UUID.randomUUID(), "t", "dsr.cases", CASE_ID, headers), null);

        assertThat(headers.toArray()).isEmpty();
    }

    private SpanData span(String name) {
        return exported.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + exported.getFinishedSpanItems()));
    }
}
