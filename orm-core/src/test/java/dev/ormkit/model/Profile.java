package dev.ormkit.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The child side of a one-to-one: holds the (unique) foreign key to its {@link Account}. */
@Table("profiles")
public class Profile {
    @Column(primaryKey = true) public Long id;
    @Column(unique = true) @ForeignKey("accounts.id") public Long accountId;
    @Column(length = 200) public String bio;
    @Relationship(backPopulates = "profile") public Account account;

    protected Profile() {
    }

    public Profile(String bio) {
        this.bio = bio;
    }
}
