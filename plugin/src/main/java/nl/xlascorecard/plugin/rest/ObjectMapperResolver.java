package nl.xlascorecard.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The app's one Jackson configuration, for the JSON the JAX-RS provider writes and for the bodies
 * {@code rest.input.JsonBody} reads:
 * <ul>
 *   <li>{@code java.time} as ISO-8601 strings: dates {@code 2026-03-01}, instants
 *       {@code 2026-03-01T09:30:00Z} (UTC), never epoch numbers;</li>
 *   <li>unknown JSON fields rejected, so a typo ({@code "score"} for {@code "scores"}) is a 400
 *       naming the field instead of silently lost input;</li>
 *   <li>a key given twice and anything after the JSON value are malformed input.</li>
 * </ul>
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public final class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = newMapper();

    @Inject
    public ObjectMapperResolver() {
        // Stateless: the mapper is built once and is thread-safe once configured.
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
