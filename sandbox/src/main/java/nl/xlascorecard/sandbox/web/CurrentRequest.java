package nl.xlascorecard.sandbox.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** The HTTP request this thread serves, for {@code $req} in templates and the page decorator. */
public final class CurrentRequest {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    private CurrentRequest() {
    }

    public static Optional<HttpServletRequest> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(HttpServletRequest request) {
        CURRENT.set(request);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
