package nl.xlascorecard.aohost;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A small entity to exercise the host: a unique natural key, an indexed number, free text. */
@Table("NOTE")
public interface NoteAo extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getNoteKey();

    void setNoteKey(String noteKey);

    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);
}
