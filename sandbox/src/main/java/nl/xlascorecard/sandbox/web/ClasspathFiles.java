package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads files from the class path (AUI, the plugin's JS and CSS) and names their content type. */
public final class ClasspathFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("map", "application/json;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"));

    private final ClassLoader loader;

    public ClasspathFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** The file's bytes; empty for a missing file or a path that tries to leave its folder. */
    public Optional<byte[]> read(String path) throws IOException {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    public static Optional<String> contentType(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
