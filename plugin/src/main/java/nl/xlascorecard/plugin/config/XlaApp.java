package nl.xlascorecard.plugin.config;

import java.time.Clock;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;

import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.action.port.out.ImprovementActionRepository;
import nl.xlascorecard.core.action.service.ImprovementActionService;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.organisation.port.in.ManageSettings;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.organisation.service.OrganisationService;
import nl.xlascorecard.core.organisation.service.SettingsService;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.scorecard.port.in.ManageTemplate;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.scorecard.port.out.TemplateRepository;
import nl.xlascorecard.core.scorecard.service.ResponseService;
import nl.xlascorecard.core.scorecard.service.RoundAccess;
import nl.xlascorecard.core.scorecard.service.RoundPlanner;
import nl.xlascorecard.core.scorecard.service.RoundResultService;
import nl.xlascorecard.core.scorecard.service.RoundService;
import nl.xlascorecard.core.scorecard.service.TemplateService;
import nl.xlascorecard.core.scorecard.service.TemplateVersions;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.plugin.persistence.PersistenceModule;

/**
 * The composition root: builds the core services from the out-ports. The Jira host
 * ({@link JiraSpringConfiguration}) and the sandbox both build the app through this one class, so
 * the two hosts cannot wire the core differently. Plain Java on purpose: no injection framework
 * reaches the core.
 */
public final class XlaApp {

    private final ManageOrganisations organisations;
    private final ManageSettings settings;
    private final ManageTemplate template;
    private final ManageRounds rounds;
    private final RecordResponses responses;
    private final ReadRoundResults results;
    private final ManageImprovementActions actions;

    /** Everything outside the core that the core needs. */
    public record Ports(OrganisationDirectory directory, OrganisationProfileRepository profiles,
                        AppSettingsRepository appSettings, TemplateRepository templates, RoundRepository roundStore,
                        ResponseRepository responseStore, ImprovementActionRepository actionStore,
                        TransactionRunner transactions) {

        public Ports {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(appSettings, "appSettings");
            Objects.requireNonNull(templates, "templates");
            Objects.requireNonNull(roundStore, "roundStore");
            Objects.requireNonNull(responseStore, "responseStore");
            Objects.requireNonNull(actionStore, "actionStore");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    /** The app on Active Objects (Jira's, or the sandbox's ao-host) and a directory of organisations. */
    public XlaApp(ActiveObjects ao, OrganisationDirectory directory, Clock clock) {
        this(ports(PersistenceModule.repositories(ao), directory), clock);
    }

    private static Ports ports(PersistenceModule.Repositories repositories, OrganisationDirectory directory) {
        return new Ports(directory, repositories.profiles(), repositories.settings(), repositories.templates(),
                repositories.rounds(), repositories.responses(), repositories.actions(), repositories.transactions());
    }

    public XlaApp(Ports ports, Clock clock) {
        OrganisationAccess access = new OrganisationAccess(ports.appSettings(), ports.profiles());
        TemplateVersions versions = new TemplateVersions(ports.templates(), clock);
        RoundAccess roundAccess = new RoundAccess(ports.roundStore(), access);
        TransactionRunner tx = ports.transactions();

        this.organisations = new OrganisationService(ports.directory(), ports.profiles(), access, tx);
        this.settings = new SettingsService(ports.appSettings(), access, tx);
        this.template = new TemplateService(ports.templates(), versions, access, tx, clock);
        this.rounds = new RoundService(ports.roundStore(), ports.directory(), ports.profiles(), access, roundAccess,
                versions, new RoundPlanner(clock), tx, clock);
        this.responses = new ResponseService(ports.responseStore(), ports.roundStore(), roundAccess, versions, tx, clock);
        this.results = new RoundResultService(ports.roundStore(), ports.responseStore(), roundAccess, access,
                ports.directory(), versions, ports.appSettings());
        this.actions = new ImprovementActionService(ports.actionStore(), ports.roundStore(), ports.directory(), access,
                versions, tx, clock);
    }

    public ManageOrganisations organisations() {
        return organisations;
    }

    public ManageSettings settings() {
        return settings;
    }

    public ManageTemplate template() {
        return template;
    }

    public ManageRounds rounds() {
        return rounds;
    }

    public RecordResponses responses() {
        return responses;
    }

    public ReadRoundResults results() {
        return results;
    }

    public ManageImprovementActions actions() {
        return actions;
    }
}
