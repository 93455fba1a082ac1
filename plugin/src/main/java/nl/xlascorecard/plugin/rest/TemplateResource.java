package nl.xlascorecard.plugin.rest;

import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.scorecard.port.in.ManageTemplate;
import nl.xlascorecard.plugin.rest.dto.TemplateDto;
import nl.xlascorecard.plugin.rest.input.TemplateInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The scorecard template: the current version, any earlier version (rounds keep theirs), and saving
 * an edit as the next version. Saving is for administrators: the core decides, and in Jira
 * {@link AdminOnly} already keeps everyone else out.
 */
@Path("template")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final ManageTemplate template;
    private final CallerResolver callers;

    @Inject
    public TemplateResource(ManageTemplate template, CallerResolver callers) {
        this.template = template;
        this.callers = callers;
    }

    @GET
    public TemplateDto current() {
        return TemplateDto.from(template.current(Callers.require(callers)));
    }

    @GET
    @Path("versions/" + Ids.VERSION)
    public TemplateDto version(@PathParam("version") int version) {
        return TemplateDto.from(template.version(Callers.require(callers), version));
    }

    /** 201 with the new version; 409 when {@code basedOnVersion} is no longer the current one. */
    @POST
    @AdminOnly
    public Response save(InputStream body) {
        var caller = Callers.require(callers);
        TemplateInput.Draft draft = TemplateInput.read(body);
        TemplateDto saved = TemplateDto.from(template.saveNewVersion(caller, draft.basedOnVersion(), draft.categories()));
        return Response.created(URI.create("template/versions/" + saved.version())).entity(saved).build();
    }
}
