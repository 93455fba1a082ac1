package nl.xlascorecard.plugin.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;
import nl.xlascorecard.plugin.persistence.ao.OrgProfileAo;

/** Organisation profiles in {@code ORG_PROFILE}, one row per organisation, found by its unique id. */
public final class AoOrganisationProfileRepository implements OrganisationProfileRepository {

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoOrganisationProfileRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<OrganisationProfile> find(long organisationId) {
        return row(organisationId).map(AoOrganisationProfileRepository::toDomain);
    }

    /**
     * Version 0 means "never saved": it inserts, and a second first save (the row exists, or the
     * unique organisation id refuses a concurrent insert) is a stale-version conflict like any other.
     */
    @Override
    public OrganisationProfile save(OrganisationProfile profile) {
        return tx.inTransaction(() -> {
            Optional<OrgProfileAo> stored = row(profile.organisationId());
            if (stored.isEmpty()) {
                if (profile.version() != 0) {
                    throw OptimisticLock.stale("profile of organisation " + profile.organisationId() + " does not exist");
                }
                return toDomain(insert(profile));
            }
            OrgProfileAo row = stored.get();
            OptimisticLock.claim(ao, OrgProfileAo.class, row, profile.version());
            write(row, profile);
            row.setRowVersion(profile.version() + 1);
            row.save();
            return toDomain(row);
        });
    }

    private OrgProfileAo insert(OrganisationProfile profile) {
        try {
            OrgProfileAo row = ao.create(OrgProfileAo.class,
                    new DBParam("ORG_ID", profile.organisationId()),
                    new DBParam("LANG_CODE", profile.language().name()),
                    new DBParam("ROUNDS_PER_YEAR", profile.roundsPerYear()),
                    new DBParam("ROW_VERSION", 1L));
            write(row, profile);
            row.save();
            return row;
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw OptimisticLock.stale("profile of organisation " + profile.organisationId() + " was created concurrently");
            }
            throw e;
        }
    }

    private Optional<OrgProfileAo> row(long organisationId) {
        OrgProfileAo[] rows = ao.find(OrgProfileAo.class, Query.select().where("ORG_ID = ?", organisationId));
        return Arrays.stream(rows).findFirst();
    }

    private static void write(OrgProfileAo row, OrganisationProfile profile) {
        row.setLangCode(profile.language().name());
        row.setCustomerSince(Columns.date(profile.customerSince()));
        row.setServiceManagers(Columns.text(String.join("\n", profile.serviceManagerKeys())));
        row.setRoundsPerYear(profile.roundsPerYear());
    }

    private static OrganisationProfile toDomain(OrgProfileAo row) {
        String managers = row.getServiceManagers();
        List<String> keys = managers == null ? List.of() : List.of(managers.split("\n"));
        return new OrganisationProfile(row.getOrgId(), Language.valueOf(row.getLangCode()), Columns.date(row.getCustomerSince()),
                keys, row.getRoundsPerYear(), row.getRowVersion());
    }
}
