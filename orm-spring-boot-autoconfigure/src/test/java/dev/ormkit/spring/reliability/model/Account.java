package dev.ormkit.spring.reliability.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** An account whose password hash must never be reachable from a web request's sort. */
@Table("rb_accounts")
public class Account {
    @Column(primaryKey = true) Long id;
    @Column(length = 200) String username;
    @Column(length = 100) String passwordHash;
    @ForeignKey("rb_teams.id") Long teamId;
    @Relationship(backPopulates = "members") Team team;

    protected Account() {
    }

    public Account(String username, String passwordHash, Team team) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.team = team;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Long getTeamId() {
        return teamId;
    }
}
