package cn.onewindow.platform.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON object that names a field twice ({@code {"kind":"","kind":0}}) is refused as malformed (400
 * {@code malformed-json}) instead of being bound: which of the two values was meant is not ours to guess, and binding
 * such a body to a record's creator failed inside Jackson with a definition error, answered 500 (found by
 * BadInputPropertiesIT). Every service and the gateway read requests and events with this mapper.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
