package nl.xlascorecard.plugin.rest.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.plugin.rest.ObjectMapperResolver;
import nl.xlascorecard.plugin.rest.error.RequestRejectedException;

/**
 * Reads a request body as one JSON object, by hand rather than by data binding, so that every
 * problem is reported as the app's own error: malformed JSON and a non-object body as 400
 * messages, wrong types and unknown fields as 400 field errors (see {@link JsonObjectReader}),
 * and bodies over {@link #MAX_BYTES} as 413 without reading further.
 */
public final class JsonBody {

    /** Far above the largest legitimate body (a template with 25 statements in two languages). */
    public static final int MAX_BYTES = 256 * 1024;

    private static final ObjectMapper MAPPER = ObjectMapperResolver.newMapper();

    private JsonBody() {
    }

    /**
     * @param allowedFields the object's known fields; any other field is a field error
     * @return a reader that collects field errors; call {@link JsonObjectReader#validate()} at the end
     */
    public static JsonObjectReader read(InputStream body, Set<String> allowedFields) {
        JsonNode node = parse(body);
        if (!(node instanceof ObjectNode object)) {
            throw RequestRejectedException.notAnObject();
        }
        List<FieldError> errors = new ArrayList<>();
        return new JsonObjectReader(object, "", allowedFields, errors);
    }

    private static JsonNode parse(InputStream body) {
        byte[] bytes = readBounded(body);
        if (bytes.length == 0) {
            throw RequestRejectedException.malformedJson();
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw RequestRejectedException.malformedJson();
            }
            return node;
        } catch (IOException notJson) {
            // Jackson's message quotes the input and names classes: never shown.
            throw RequestRejectedException.malformedJson();
        }
    }

    private static byte[] readBounded(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw RequestRejectedException.tooLarge(MAX_BYTES / 1024);
            }
            return bytes;
        } catch (IOException e) {
            // The client went away or sent a broken stream: nothing we could answer about.
            throw RequestRejectedException.malformedJson();
        }
    }
}
