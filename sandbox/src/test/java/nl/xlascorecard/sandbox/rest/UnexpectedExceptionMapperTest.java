package nl.xlascorecard.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.rest.error.ErrorBody;
import nl.xlascorecard.plugin.rest.error.UnexpectedExceptionMapper;

/**
 * The last-resort mapper cannot be reached over HTTP without a bug to provoke, so it is checked
 * here directly (with Jersey as the JAX-RS runtime): a generic text with an error code, never the
 * exception's message.
 */
class UnexpectedExceptionMapperTest {

    @Test
    void answers500WithAGenericTextAndAnErrorCodeButNotTheMessage() {
        UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper(BundleMessages::new);

        Response response = mapper.toResponse(new IllegalStateException("password=hunter2 in table AO_123_SECRET"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        ErrorBody body = (ErrorBody) response.getEntity();
        assertThat(body.errors()).isEmpty();
        assertThat(body.errorMessages()).singleElement().satisfies(text -> {
            assertThat(text).doesNotContain("hunter2").doesNotContain("AO_123").doesNotContain("IllegalState");
            assertThat(text).matches("Something went wrong on the server\\..* error code [0-9a-f]{8}\\.");
        });
    }

    @Test
    void everyAnswerHasItsOwnErrorCode() {
        UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper(locale -> new BundleMessages(Locale.ENGLISH));

        Object first = mapper.toResponse(new RuntimeException()).getEntity();
        Object second = mapper.toResponse(new RuntimeException()).getEntity();

        assertThat(first).isNotEqualTo(second);
    }
}
