package de.thwien.dsr.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A body whose meaning is in doubt is refused with 400 instead of being guessed at:
 * <ul>
 *   <li>a field named twice ({@code {"type":"ACCESS","type":"ERASURE"}}): which value the sender meant is unknown;</li>
 *   <li>anything after the JSON value ({@code {…}{…}}): a second request glued to the first;</li>
 *   <li>on a type marked {@link RefusesUnknownFields}, a field it does not have ({@code restriction_ground} for
 *       {@code restrictionGround}): silently dropped, the sender would believe she asked for it.</li>
 * </ul>
 * Other types keep ignoring unknown fields, so another service's newer answer still reads.
 */
@Singleton
public class StrictRequestBodies implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.addHandler(new UnknownFieldOfStrictType());
    }

    /** Refuses an unknown field of a {@link RefusesUnknownFields} type; any other type ignores it as before. */
    static final class UnknownFieldOfStrictType extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String field) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> named ? named : beanOrClass.getClass();
            if (type.isAnnotationPresent(RefusesUnknownFields.class)) {
                throw UnrecognizedPropertyException.from(parser, beanOrClass, field,
                        deserializer == null ? null : deserializer.getKnownPropertyNames());
            }
            return false;
        }
    }
}
