package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/** Writes Jira's REST error shape {@code {"errorMessages":[...],"errors":{}}} from servlet code. */
public final class JsonErrors {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonErrors() {
    }

    public static String body(String message) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errorMessages", List.of(message));
            body.put("errors", Map.of());
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body(message).getBytes(StandardCharsets.UTF_8));
    }
}
