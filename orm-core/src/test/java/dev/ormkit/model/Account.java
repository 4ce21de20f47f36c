package dev.ormkit.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The parent side of a one-to-one: at most one {@link Profile} refers to an account. */
@Table("accounts")
public class Account {
    @Column(primaryKey = true) public Long id;
    @Column(length = 50, nullable = false) public String login;
    @Relationship(uselist = false, backPopulates = "account") public Profile profile;

    protected Account() {
    }

    public Account(String login) {
        this.login = login;
    }
}
