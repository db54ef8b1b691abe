package de.thwien.dsr.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Spans that name the case they work on, linked across services through the Kafka record headers.
 *
 * <p>The relay starts a producer span per outbox row and writes its W3C trace context ({@code traceparent})
 * and the case id as baggage into the record's headers; a consumer's apply span continues that trace. Every
 * such span carries the case id as attribute {@value #CASE_ID_NAME}, so one search in the tracing backend
 * finds a case's hops in every service. With the SDK disabled (the default) all of this is a no-op.
 */
@ApplicationScoped
public class CaseTracing {

    public static final String CASE_ID_NAME = "dsr.case_id";
    public static final AttributeKey<String> CASE_ID = AttributeKey.stringKey(CASE_ID_NAME);
    public static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("dsr.event_id");
    public static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("dsr.event_type");

    private static final TextMapSetter<Headers> HEADER_SETTER = (headers, name, value) -> {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    };

    private static final TextMapGetter<Headers> HEADER_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String name) {
            Header header = headers == null ? null : headers.lastHeader(name);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;

    public CaseTracing(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
        this.tracer = openTelemetry.getTracer("de.thwien.dsr.events");
    }

    /** Starts the span of publishing one event and writes its context (and the case id as baggage) into the headers. */
    public Span startPublish(UUID eventId, String eventType, String topic, String caseId, Headers headers) {
        Span span = tracer.spanBuilder(topic + " publish")
                .setParent(Context.current())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute(CASE_ID, caseId)
                .setAttribute(EVENT_ID, eventId.toString())
                .setAttribute(EVENT_TYPE, eventType)
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        Context context = Context.current().with(span)
                .with(Baggage.current().toBuilder().put(CASE_ID_NAME, caseId).build());
        openTelemetry.getPropagators().getTextMapPropagator().inject(context, headers, HEADER_SETTER);
        return span;
    }

    /**
     * Starts the span of applying one consumed event: a child of the span current here (the messaging
     * connector's receive span) or else of the producer's context read from the record headers.
     */
    public Span startApply(UUID eventId, String eventType, String topic, String caseId, Headers headers) {
        Context parent = Span.current().getSpanContext().isValid() ? Context.current()
                : openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), headers, HEADER_GETTER);
        return tracer.spanBuilder(topic + " apply")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(CASE_ID, caseId)
                .setAttribute(EVENT_ID, eventId.toString())
                .setAttribute(EVENT_TYPE, eventType)
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
    }

    /** Ends a span, marking it failed if the work failed. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR);
        }
        span.end();
    }
}
