package nl.xlascorecard.core.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the core reads free input from clients: surrounding blanks do not count, and enum names ignore case. */
public final class Inputs {

    private Inputs() {
    }

    /** The text without surrounding blanks, or {@code null} when nothing is left. */
    public static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The constant of {@code type} the client named (case and blanks ignored), if any. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        String name = stripped(value);
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(upper)).findFirst();
    }

    /** The constants of {@code type} as the argument of {@link FieldErrors#INVALID_CHOICE}, e.g. "A, B, C". */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
