package nl.xlascorecard.sandbox.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.web.JsonErrors;
import nl.xlascorecard.sandbox.web.SandboxText;

/**
 * Applies Jira REST v2's access annotations ({@code com.atlassian.plugins.rest.api.security.annotation})
 * per resource method, method annotation before class annotation:
 * {@code @UnrestrictedAccess} / {@code @AnonymousSiteAccess}: anyone; {@code @UnlicensedSiteAccess}:
 * any logged-in user; {@code @LicensedOnly}: logged-in users other than portal-only customers;
 * {@code @AdminOnly} / {@code @SystemAdminOnly}: administrators. Without an annotation a logged-in
 * user is required (the sandbox's reading of the v2 default; the plugin annotates every resource
 * anyway). Not logged in gives 401, not allowed 403, both in Jira's error shape. Annotations are
 * matched by simple name so the sandbox needs no compile-time dependency on their declarations.
 */
public final class RestAccessFeature implements DynamicFeature {

    enum Access {
        ANONYMOUS, LOGGED_IN, LICENSED, ADMIN
    }

    private static final Set<String> ANONYMOUS = Set.of("UnrestrictedAccess", "AnonymousSiteAccess");

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Access access = declared(resourceInfo.getResourceMethod())
                .or(() -> declared(resourceInfo.getResourceClass()))
                .orElse(Access.LOGGED_IN);
        if (access != Access.ANONYMOUS) {
            context.register(new Check(access));
        }
    }

    static Optional<Access> declared(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType)
                .map(Class::getSimpleName)
                .map(RestAccessFeature::access)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Access> access(String annotation) {
        if (ANONYMOUS.contains(annotation)) {
            return Optional.of(Access.ANONYMOUS);
        }
        return switch (annotation) {
            case "UnlicensedSiteAccess" -> Optional.of(Access.LOGGED_IN);
            case "LicensedOnly" -> Optional.of(Access.LICENSED);
            case "AdminOnly", "SystemAdminOnly" -> Optional.of(Access.ADMIN);
            default -> Optional.empty();
        };
    }

    /** Runs before the resource and before its entity is read, like Jira's authentication. */
    @Priority(Priorities.AUTHENTICATION)
    static final class Check implements ContainerRequestFilter {

        private final Access access;

        Check(Access access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SandboxText text = new SandboxText(CurrentVisitor.get().locale());
            Optional<DemoUser> user = CurrentVisitor.user();
            if (user.isEmpty()) {
                request.abortWith(error(Response.Status.UNAUTHORIZED, text.get("sandbox.error.notLoggedIn")));
                return;
            }
            boolean allowed = switch (access) {
                case ANONYMOUS, LOGGED_IN -> true;
                case LICENSED -> user.get().isLicensed();
                case ADMIN -> user.get().isAdministrator();
            };
            if (!allowed) {
                request.abortWith(error(Response.Status.FORBIDDEN, text.get("sandbox.error.forbidden")));
            }
        }

        private static Response error(Response.Status status, String message) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonErrors.body(message)).build();
        }
    }
}
