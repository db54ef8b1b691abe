package de.thwien.dsr.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies that name a field twice ({@code {"type":"ACCESS","type":"ERASURE"}}) are refused with 400 instead of
 * silently taking the last value: which of the two the sender meant is unknown.
 */
@Singleton
public class DuplicateFieldsRefused implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
