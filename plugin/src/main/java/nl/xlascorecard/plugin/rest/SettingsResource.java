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

import nl.xlascorecard.core.organisation.port.in.ManageSettings;
import nl.xlascorecard.plugin.rest.dto.SettingsDto;
import nl.xlascorecard.plugin.rest.input.SettingsInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/** The app's global settings: service managers read them, administrators change them. */
@Path("settings")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final ManageSettings settings;
    private final CallerResolver callers;

    @Inject
    public SettingsResource(ManageSettings settings, CallerResolver callers) {
        this.settings = settings;
        this.callers = callers;
    }

    @GET
    public SettingsDto get() {
        return SettingsDto.from(settings.get(Callers.require(callers)));
    }

    @PUT
    @AdminOnly
    public SettingsDto update(InputStream body) {
        var caller = Callers.require(callers);
        return SettingsDto.from(settings.update(caller, SettingsInput.read(body)));
    }
}
