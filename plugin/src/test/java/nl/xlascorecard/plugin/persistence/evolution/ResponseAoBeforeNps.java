package nl.xlascorecard.plugin.persistence.evolution;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copy of {@code ResponseAo} as released before the relationship question (NPS) existed:
 * the table that installed apps already have, to prove the new columns arrive by AO's own
 * migration without losing or changing a stored row.
 */
@Preload
@Table("RESPONSE")
public interface ResponseAoBeforeNps extends Entity {

    @NotNull
    @Indexed
    long getRoundId();

    void setRoundId(long roundId);

    @NotNull
    @StringLength(20)
    String getRespondentRole();

    void setRespondentRole(String respondentRole);

    @StringLength(100)
    String getRespondentRef();

    void setRespondentRef(String respondentRef);

    @StringLength(255)
    String getRespondentName();

    void setRespondentName(String respondentName);

    @StringLength(StringLength.UNLIMITED)
    String getScores();

    void setScores(String scores);

    @StringLength(StringLength.UNLIMITED)
    String getComments();

    void setComments(String comments);

    @StringLength(StringLength.UNLIMITED)
    String getOnePointBetter();

    void setOnePointBetter(String onePointBetter);

    @NotNull
    long getSubmittedAt();

    void setSubmittedAt(long submittedAt);

    @NotNull
    @Unique
    @Indexed
    @StringLength(160)
    String getResponseKey();

    void setResponseKey(String responseKey);
}
