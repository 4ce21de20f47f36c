package dev.ormkit.mapping.elsewhere;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.MappedSuperclass;

/** A mapped superclass in a package of its own, with fields of each visibility its subclasses cannot all reach. */
@MappedSuperclass
public abstract class Audited {
    @Column(length = 20) private String createdBy;
    @Column protected long revision;
    @Column int flags;
    @Column public Boolean archived;

    public String createdBy() {
        return createdBy;
    }

    public void createdBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public int flags() {
        return flags;
    }

    public void flags(int flags) {
        this.flags = flags;
    }
}
