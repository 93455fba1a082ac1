package nl.xlascorecard.sandbox.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.ws.rs.ext.ContextResolver;

/**
 * The JSON mapper the sandbox uses when the plugin brings no {@code ContextResolver<ObjectMapper>}
 * of its own: java.time as ISO-8601 strings ({@code yyyy-MM-dd}, UTC instants), and unknown JSON
 * fields rejected (a deliberate choice, see docs/architecture.md "REST").
 */
public final class SandboxObjectMapper implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = create();

    public static ObjectMapper create() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
