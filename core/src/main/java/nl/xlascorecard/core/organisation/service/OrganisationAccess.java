package nl.xlascorecard.core.organisation.service;

import java.util.Objects;
import java.util.function.Supplier;

import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;

/**
 * The one place that decides who may see and who may manage an organisation's data (spec section 1).
 * Every service of every feature asks here, so the rules cannot drift apart.
 *
 * <ul>
 * <li>Administrator: sees and manages every organisation.</li>
 * <li>Service manager: sees and manages every organisation; when
 *     {@code AppSettings.limitServiceManagersToOwnOrganisations} is on, only the organisations whose
 *     profile lists them as service manager.</li>
 * <li>Agent: sees the organisations of their service projects ({@code agentOrganisationIds}),
 *     read-only.</li>
 * <li>Customer: nothing through these services (respondents use their own signed survey link).</li>
 * </ul>
 * Seeing nothing and a missing organisation look the same: {@link NotFoundException}.
 */
public final class OrganisationAccess {

    public static final String NOT_FOUND = "xla.error.organisation.notFound";
    public static final String NOT_MANAGER = "xla.error.permission.organisation";
    public static final String NOT_ADMINISTRATOR = "xla.error.permission.administrator";
    public static final String NOT_SERVICE_MANAGER = "xla.error.permission.serviceManager";

    private final AppSettingsRepository settings;
    private final OrganisationProfileRepository profiles;

    public OrganisationAccess(AppSettingsRepository settings, OrganisationProfileRepository profiles) {
        this.settings = Objects.requireNonNull(settings);
        this.profiles = Objects.requireNonNull(profiles);
    }

    /** The caller's rights with the settings read once, for checking many organisations in a row. */
    public Scope scope(Caller caller) {
        boolean limited = caller.isServiceManager() && !caller.isAdministrator()
                && settings.load().limitServiceManagersToOwnOrganisations();
        return new Scope(caller, limited);
    }

    public boolean canSee(Caller caller, long organisationId) {
        return scope(caller).canSee(organisationId);
    }

    public boolean canManage(Caller caller, long organisationId) {
        return scope(caller).canManage(organisationId);
    }

    /** @throws NotFoundException when the caller may not see the organisation */
    public void checkVisible(Caller caller, long organisationId) {
        checkVisible(caller, organisationId, () -> notFound(organisationId));
    }

    /**
     * For items of an organisation (a round, an action): {@code hidden} names the item itself, so
     * a hidden round is "round not found" like a missing one.
     */
    public void checkVisible(Caller caller, long organisationId, Supplier<NotFoundException> hidden) {
        if (!canSee(caller, organisationId)) {
            throw hidden.get();
        }
    }

    /**
     * @throws NotFoundException  when the caller may not see the organisation
     * @throws ForbiddenException when they see it (as an agent) but may not change its data
     */
    public void checkManageable(Caller caller, long organisationId) {
        checkManageable(caller, organisationId, () -> notFound(organisationId));
    }

    /** As {@link #checkManageable(Caller, long)} for an item of the organisation; see {@link #checkVisible}. */
    public void checkManageable(Caller caller, long organisationId, Supplier<NotFoundException> hidden) {
        Scope scope = scope(caller);
        if (!scope.canManage(organisationId)) {
            if (scope.canSee(organisationId)) {
                throw new ForbiddenException(NOT_MANAGER,
                        caller.userKey() + " may not manage organisation " + organisationId);
            }
            throw hidden.get();
        }
    }

    /** @throws ForbiddenException unless the caller is an administrator */
    public void checkAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException(NOT_ADMINISTRATOR, caller.userKey() + " is not an administrator");
        }
    }

    /** @throws ForbiddenException unless the caller is a service manager or administrator */
    public void checkServiceManager(Caller caller) {
        if (!caller.isServiceManager()) {
            throw new ForbiddenException(NOT_SERVICE_MANAGER, caller.userKey() + " is not a service manager");
        }
    }

    public static NotFoundException notFound(long organisationId) {
        return new NotFoundException(NOT_FOUND, "organisation " + organisationId + " missing or hidden");
    }

    /** One caller's rights; reads an organisation's profile only when the limited rule needs it. */
    public final class Scope {

        private final Caller caller;
        private final boolean limited;

        private Scope(Caller caller, boolean limited) {
            this.caller = caller;
            this.limited = limited;
        }

        /** True when the caller sees every organisation, so lists need no filtering. */
        public boolean seesAll() {
            return caller.isAdministrator() || (caller.isServiceManager() && !limited);
        }

        /** True when the caller may see some organisations, but not necessarily all. */
        public boolean seesAny() {
            return caller.isServiceManager() || !caller.agentOrganisationIds().isEmpty();
        }

        public boolean canManage(long organisationId) {
            return seesAll() || (limited && lists(profileOf(organisationId)));
        }

        public boolean canManage(OrganisationProfile profile) {
            return seesAll() || (limited && lists(profile));
        }

        public boolean canSee(long organisationId) {
            return caller.agentOrganisationIds().contains(organisationId) || canManage(organisationId);
        }

        public boolean canSee(OrganisationProfile profile) {
            return caller.agentOrganisationIds().contains(profile.organisationId()) || canManage(profile);
        }

        private boolean lists(OrganisationProfile profile) {
            return profile.serviceManagerKeys().contains(caller.userKey());
        }

        private OrganisationProfile profileOf(long organisationId) {
            return profiles.find(organisationId).orElseGet(() -> OrganisationProfile.defaults(organisationId));
        }
    }
}
