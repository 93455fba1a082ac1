package nl.xlascorecard.plugin.rest;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.followup.port.in.ManageFollowUpSettings;
import nl.xlascorecard.plugin.rest.dto.FollowUpSettingsDto;
import nl.xlascorecard.plugin.rest.input.FollowUpSettingsInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * Follow-up settings and the business calendar: service managers read them (they work by the window
 * and the opening hours), administrators change them.
 */
@Path("followup-settings")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpSettingsResource {

    private final ManageFollowUpSettings settings;
    private final CallerResolver callers;

    @Inject
    public FollowUpSettingsResource(ManageFollowUpSettings settings, CallerResolver callers) {
        this.settings = settings;
        this.callers = callers;
    }

    @GET
    public FollowUpSettingsDto get() {
        return FollowUpSettingsDto.from(settings.get(Callers.require(callers)));
    }

    @PUT
    @AdminOnly
    public FollowUpSettingsDto update(InputStream body) {
        var caller = Callers.require(callers);
        return FollowUpSettingsDto.from(settings.update(caller, FollowUpSettingsInput.read(body)));
    }
}
